#!/usr/bin/env bash
# The system libraries Qt (PySide6) needs for the offscreen platform and for xvfb, plus a font so
# screenshots have text. The list comes from `ldd` on PySide6's Qt libraries and platform plugins.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
apt_install \
    libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core \
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 \
    xvfb xauth
