#!/usr/bin/env bash
# Install this Sunting bundle for the current user: the program in ~/.local/opt/sunting, the
# command `sunting` in ~/.local/bin, and Sunting in the desktop's application menu.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
target="$prefix/opt/sunting"
rm -rf "$target"
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" \
    "$prefix/share/icons/hicolor/scalable/apps"
cp -a "$here" "$target"
ln -sfn "$target/sunting" "$prefix/bin/sunting"
sed "s#^Exec=sunting#Exec=$target/sunting#" "$here/share/applications/sunting.desktop" \
    > "$prefix/share/applications/sunting.desktop"
cp "$here/share/icons/hicolor/scalable/apps/sunting.svg" "$prefix/share/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
echo "Sunting terpasang di $target; buka dari menu aplikasi atau jalankan: sunting"
