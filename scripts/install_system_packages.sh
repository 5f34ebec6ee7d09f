#!/usr/bin/env bash
# The Debian/Ubuntu libraries Qt needs to run (also headless), plus Xvfb and poppler for looking at the window and
# the reports, and binutils for PyInstaller. Run as root (or with sudo). Windows and macOS need nothing of this.
set -euo pipefail
if ! command -v apt-get >/dev/null; then
  echo "No apt-get here: install Qt's runtime libraries (EGL, fontconfig, xkbcommon, xcb-cursor) yourself." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 \
  libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 xvfb xauth poppler-utils binutils >/dev/null
