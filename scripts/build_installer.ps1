# Build the one-folder commsdesk (dist\commsdesk\) with PyInstaller on Windows and prove it works: the bundle's
# files, the built program's --version and selftest, and its window starting on the demo data, all headless; then,
# when Inno Setup is installed, the installer dist\installer\commsdesk-setup-<version>.exe.
# The twin of scripts/build_installer.sh. Works in Windows PowerShell 5.1 and PowerShell 7.
#
#   py -3.11 -m venv .venv
#   .venv\Scripts\pip install -e ".[build]"
#   powershell -ExecutionPolicy Bypass -File scripts\build_installer.ps1
#
# Python: $env:PYTHON if set, else the active virtual environment, else .venv\, else python on the PATH.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    # Run a program; stop the build when it fails (native programs do not raise PowerShell errors, and what they
    # write to stderr, such as PyInstaller's log, is not an error).
    param([string]$Program, [string[]]$Arguments)
    $ErrorActionPreference = "Continue"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

if ($env:PYTHON) {
    $python = $env:PYTHON
} elseif ($env:VIRTUAL_ENV) {
    $python = Join-Path $env:VIRTUAL_ENV "Scripts\python.exe"
} elseif (Test-Path ".venv\Scripts\python.exe") {
    $python = (Resolve-Path ".venv\Scripts\python.exe").Path
} else {
    $python = "python"
}
Write-Host "== installer: $(& $python --version) at $python"

$ErrorActionPreference = "Continue"
& $python -c "import PyInstaller" 2>$null
$missing = $LASTEXITCODE -ne 0
$ErrorActionPreference = "Stop"
if ($missing) {
    Write-Host "== installing PyInstaller: pip install -e "".[build]"""
    Invoke-Checked $python @("-m", "pip", "install", "--quiet", "-e", ".[build]")
}

$identity = & $python -c "import sys; sys.path.insert(0, 'src'); import commsdesk as c; print(c.APP_NAME, c.__version__)"
if ($LASTEXITCODE -ne 0) { throw "cannot read the name and version of the package" }
$name, $version = $identity.Trim().Split(" ")
$dist = Join-Path (Get-Location).Path "dist\$name"
$gui = Join-Path $dist "$name.exe"
$cli = Join-Path $dist "$name-cli.exe"  # the console twin: a windowed program has no standard output

Write-Host "== building $name $version into $dist\"
$watch = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build_installer.spec")
$buildSeconds = [int]$watch.Elapsed.TotalSeconds

Write-Host "== checking the bundle's files"
Invoke-Checked $python @("installer\check_bundle.py", $dist)

$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("commsdesk-build-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $scratch | Out-Null
$saved = @{ QT_QPA_PLATFORM = $env:QT_QPA_PLATFORM; TMP = $env:TMP; TEMP = $env:TEMP }
$env:QT_QPA_PLATFORM = "offscreen"
$env:TMP = $scratch
$env:TEMP = $scratch
$window = $null
try {
    Write-Host "== $cli --version"
    $printed = (& $cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $printed -ne "$name $version") {
        throw "expected ""$name $version"", the built program printed ""$printed"""
    }
    Write-Host $printed

    Write-Host "== $cli selftest"
    Invoke-Checked $cli @("--lang", "en", "selftest", "--verbose")

    Write-Host "== the window opens on the demo data (offscreen)"
    $window = Start-Process -FilePath $gui -ArgumentList @("--demo", "--lang", "en") -PassThru
    $handle = $window.Handle  # keeps the exit code readable after the process ends
    $database = $null
    for ($i = 0; $i -lt 90 -and -not $window.HasExited; $i++) {
        $database = Get-ChildItem -Path $scratch -Recurse -Filter "*.sqlite" -ErrorAction SilentlyContinue |
            Where-Object { $_.DirectoryName -like "*-demo-*" } | Select-Object -First 1
        if ($database) { break }
        Start-Sleep -Seconds 1
    }
    Start-Sleep -Seconds 5  # the window is built after the database: give it time to fail if it is going to
    if ($window.HasExited) {
        throw "the window exited on its own (exit code $($window.ExitCode))"
    }
    if (-not $database) {
        throw "the window did not create its demo database within 90 s"
    }
    Write-Host "ok: the window ran on the demo database $($database.FullName)"
} finally {
    if ($window -and -not $window.HasExited) {
        Stop-Process -Id $window.Id -Force
        $window.WaitForExit()
    }
    foreach ($key in $saved.Keys) {
        if ($null -eq $saved[$key]) {
            Remove-Item -Path "env:$key" -ErrorAction SilentlyContinue
        } else {
            Set-Item -Path "env:$key" -Value $saved[$key]
        }
    }
    Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
}

$bytes = (Get-ChildItem -Path $dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("== bundle: {0:N0} MB in $dist\ (built in $buildSeconds s)" -f ($bytes / 1MB))

# The installer, when Inno Setup 6 is installed (https://jrsoftware.org/isinfo.php): on the PATH or in its default
# folders (per machine, or per user when installed without administrator rights).
$iscc = Get-Command "iscc.exe" -ErrorAction SilentlyContinue
if ($iscc) {
    $iscc = $iscc.Source
} else {
    $candidates = @()
    foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($folder) { $candidates += "$folder\Inno Setup 6\ISCC.exe" }
    }
    if ($env:LOCALAPPDATA) { $candidates += "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
    $iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if ($iscc) {
    Write-Host "== installer: $iscc installer\commsdesk.iss"
    Invoke-Checked $iscc @("/Q", "/DAppExeName=$name", "installer\commsdesk.iss")
    Get-ChildItem "dist\installer\$name-setup-$version.exe" | ForEach-Object {
        Write-Host ("== setup: {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
    }
} else {
    Write-Host "Inno Setup 6 not found: install it, then run  iscc installer\commsdesk.iss"
}
