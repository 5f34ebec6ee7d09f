"""The Windows installer script and the build scripts, read as text: per-user install, data left alone, CI wired."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ISS = (ROOT / "installer" / "commsdesk.iss").read_text(encoding="utf-8")


def section(name: str) -> list[str]:
    """The entries of one [Section] of the .iss, comments and blank lines left out."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert match, name
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in section("Setup"))


def test_the_installer_installs_per_user_without_administrator_rights():
    directives = setup()
    assert directives["PrivilegesRequired"] == "lowest"
    assert directives["DefaultDirName"].startswith(("{autopf}", "{localappdata}", "{userpf}"))
    assert "PrivilegesRequiredOverridesAllowed" not in directives


def test_the_setup_file_is_named_with_the_version_read_from_the_built_program():
    assert setup()["OutputBaseFilename"] == "{#AppExeName}-setup-{#AppVersion}"
    assert '#define AppVersion GetStringFileInfo(AppExe, "ProductVersion")' in ISS
    assert setup()["AppVersion"] == "{#AppVersion}"
    assert re.search(r'#define AppExeName "commsdesk"', ISS)


def test_the_whole_one_folder_build_is_installed_with_a_start_menu_shortcut_and_an_uninstaller():
    assert section("Files") == [
        'Source: "{#BuildDir}\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs'
    ]
    assert any(line.startswith('Name: "{autoprograms}\\') for line in section("Icons"))
    assert setup().get("Uninstallable", "yes") == "yes"
    assert setup()["UninstallDisplayIcon"] == "{app}\\{#AppExeName}.exe"


def test_uninstall_and_upgrade_touch_only_the_program_folder_never_the_users_data():
    for name in ("InstallDelete", "UninstallDelete"):
        for line in section(name):
            target = re.search(r'Name: "([^"]+)"', line).group(1)
            assert target.startswith("{app}\\") and target != "{app}\\", line
    assert "{localappdata}\\commsdesk" not in ISS.replace("{localappdata}\\commsdesk\\", "")
    assert "[Code]" not in ISS and "[Registry]" not in ISS


def test_the_linux_build_script_is_valid_bash_and_runs_version_selftest_and_size():
    script = ROOT / "scripts" / "build_installer.sh"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    text = script.read_text(encoding="utf-8")
    for step in ("PyInstaller", "installer/check_bundle.py", '"$app" --version', "selftest", "--demo", "du -sh"):
        assert step in text, step
    assert "set -euo pipefail" in text


def test_the_windows_build_script_mirrors_the_linux_one_and_builds_the_setup():
    text = (ROOT / "scripts" / "build_installer.ps1").read_text(encoding="utf-8")
    for step in ('"-m", "PyInstaller"', "installer\\check_bundle.py", "--version", "selftest", "--demo", "iscc"):
        assert step in text, step
    assert '$ErrorActionPreference = "Stop"' in text
    assert text.count("{") == text.count("}") and text.count("(") == text.count(")")


def test_ci_builds_the_installer_after_the_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("-m pytest") < ci.index("bash scripts/build_installer.sh")
    assert "PYTHON=.venv/bin/python bash scripts/build_installer.sh" in ci
