#!/usr/bin/env bash
# Build the one-folder commsdesk (dist/commsdesk/) with PyInstaller and prove it works before anyone installs it:
# the bundle's files, the built program's --version and selftest, and its window starting on the demo data, all
# headless. Prints the build time and the bundle size; exits non-zero on any failure.
#
# Python: $PYTHON if set, else the active virtual environment, else .venv/, else python3. PyInstaller (the
# project's "build" extra) is installed into it when missing. Linux needs objdump (binutils):
# sudo bash scripts/install_system_packages.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then
    PYTHON="$VIRTUAL_ENV/bin/python"
  elif [ -x .venv/bin/python ]; then
    PYTHON=.venv/bin/python
  else
    PYTHON=python3
  fi
fi
echo "== installer: $("$PYTHON" --version) at $PYTHON"

if [ "$(uname -s)" = "Linux" ] && ! command -v objdump >/dev/null; then
  echo "PyInstaller needs objdump: sudo bash scripts/install_system_packages.sh (binutils)" >&2
  exit 1
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "== installing PyInstaller: pip install -e \".[build]\""
  "$PYTHON" -m pip install --quiet -e ".[build]"
fi

identity=$("$PYTHON" -c "import sys; sys.path.insert(0, 'src'); import commsdesk as c; print(c.APP_NAME, c.__version__)")
read -r name version <<<"$identity"
dist=dist/$name
app=$dist/$name
echo "== building $name $version into $dist/"
started=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN build_installer.spec
build_seconds=$((SECONDS - started))

echo "== checking the bundle's files"
"$PYTHON" installer/check_bundle.py "$dist"

# The built program runs with its own folders: settings, data and temporary files in a scratch folder.
scratch=$(mktemp -d)
gui=""
cleanup() {
  if [ -n "$gui" ] && kill -0 "$gui" 2>/dev/null; then kill "$gui" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" TMPDIR="$scratch" QT_QPA_PLATFORM=offscreen

echo "== $app --version"
printed=$("$app" --version)
if [ "$printed" != "$name $version" ]; then
  echo "expected \"$name $version\", the built program printed \"$printed\"" >&2
  exit 1
fi
echo "$printed"

echo "== $app selftest"
"$app" --lang en selftest --verbose

echo "== the window opens on the demo data (offscreen)"
"$app" --demo --lang en >"$scratch/window.log" 2>&1 &
gui=$!
database=""
for _ in $(seq 1 90); do
  database=$(find "$scratch" -path "*-demo-*/*.sqlite" -print -quit)
  if [ -n "$database" ] || ! kill -0 "$gui" 2>/dev/null; then break; fi
  sleep 1
done
sleep 5  # the window is built after the database: give it time to fail if it is going to
if ! kill -0 "$gui" 2>/dev/null; then
  echo "the window exited on its own:" >&2
  cat "$scratch/window.log" >&2
  exit 1
fi
kill "$gui"
wait "$gui" 2>/dev/null || true
gui=""
if [ -z "$database" ]; then
  echo "the window did not create its demo database within 90 s" >&2
  exit 1
fi
if grep -E "Traceback|Could not (load|find) the Qt platform plugin|cannot open shared object" "$scratch/window.log"; then
  echo "the window reported errors (above)" >&2
  exit 1
fi
contacts=$("$PYTHON" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM contact').fetchone()[0])" "$database")
echo "ok: the window ran on a demo database with $contacts contacts"

echo "== bundle: $(du -sh "$dist" | cut -f1) in $dist/ (built in ${build_seconds} s)"
