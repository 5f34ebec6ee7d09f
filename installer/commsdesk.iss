; Inno Setup 6.3+ script: turns the one-folder build dist\commsdesk\ (made by scripts\build_installer.ps1) into
; dist\installer\commsdesk-setup-<version>.exe. Build it with:  iscc installer\commsdesk.iss
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\commsdesk, a shortcut to the
; Start menu, an uninstaller to Settings > Apps. Name, publisher and version are read from the version information
; of the built commsdesk.exe, which build_installer.spec writes from commsdesk.__version__: nothing is repeated here.
;
; The user's data (the database, its backups, the attachments) lives in %LOCALAPPDATA%\commsdesk, never in the
; program folder. Nothing below touches it: uninstalling or upgrading removes only the program's own files.

#ifndef AppExeName
  #define AppExeName "commsdesk"
#endif
#define BuildDir AddBackslash(SourcePath) + "..\dist\" + AppExeName
#define AppExe BuildDir + "\" + AppExeName + ".exe"
#if !FileExists(AppExe)
  #error The one-folder build is missing: run scripts\build_installer.ps1 first.
#endif
#define AppName GetStringFileInfo(AppExe, "ProductName")
#define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#define AppPublisher GetStringFileInfo(AppExe, "CompanyName")
#if AppVersion == ""
  #error The built program has no version information: rebuild it with build_installer.spec.
#endif

[Setup]
; AppId identifies commsdesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{BF671D17-7BAC-46CD-945F-C24F4F67EC31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#GetVersionNumbersString(AppExe)}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename={#AppExeName}-setup-{#AppVersion}
SetupIconFile=..\resources\icons\commsdesk.ico
UninstallDisplayIcon={app}\{#AppExeName}.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running commsdesk is closed (it keeps no unsaved data: every change is committed) before its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime, so no file of an older version stays behind (a leftover migration script
; would confuse the database upgrade). Only the program folder: the user's data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Whatever the program folder gained after installation; never the data folder %LOCALAPPDATA%\commsdesk.
Type: filesandordirs; Name: "{app}\_internal"
