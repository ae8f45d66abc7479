#!/usr/bin/env bash
# Build the desktop bundle (PyInstaller, one folder) into DIST (default dist/), add the Linux menu
# entry and icon, print its size, and smoke-test it: offscreen, the demo desk, one check, exit 0.
#   bash scripts/bundle/build.sh [DIST]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
dist=$(realpath -m "${1:-dist}")
venv=$(venv_dir)
[ -x "$venv/bin/python" ] || bash scripts/setup/10-python.sh
timed "pip: PyInstaller" pip_install "pyinstaller>=6.10,<7"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed "PyInstaller: the bundle" "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" scripts/bundle/sunting.spec
bundle="$dist/sunting"
mkdir -p "$bundle/share/applications" "$bundle/share/icons/hicolor/scalable/apps"
cp scripts/bundle/sunting.desktop "$bundle/share/applications/sunting.desktop"
cp resources/icons/sunting.svg "$bundle/share/icons/hicolor/scalable/apps/sunting.svg"
cp scripts/bundle/install-linux.sh "$bundle/install.sh"
echo "bundle: $bundle ($(du -sm "$bundle" | cut -f1) MB, $(find "$bundle" -type f | wc -l) files)"
smoke_data=$(mktemp -d)
timed "smoke test of the bundle" env QT_QPA_PLATFORM=offscreen SUNTING_DATA_DIR="$smoke_data" \
    SUNTING_CACHE_DIR="$smoke_data/cache" "$bundle/sunting" --smoke-test
rm -rf "$smoke_data"
