#!/usr/bin/env bash
# Quick start: sets Sunting up in .venv and runs its main job. With a display, the desk app on a
# demo database of the sample drafts; headless, the sample drafts go into the embedded SQLite desk
# (in a temporary data folder, so nothing of yours is touched) and are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
export SUNTING_VENV=${SUNTING_VENV:-$PWD/.venv}
if [ ! -x "$SUNTING_VENV/bin/python" ]; then
    echo "setup: creating the virtual environment $SUNTING_VENV"
    python3 -m venv "$SUNTING_VENV"
fi
timed "pip: upgrade" pip_install --upgrade pip
timed "pip: Sunting and what it needs" pip_install -e .
shopt -s nullglob
samples=(resources/samples/*.txt resources/samples/*.md resources/samples/*.docx)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    bash scripts/setup/60-qt.sh
    exec "$SUNTING_VENV/bin/sunting" --demo
fi
export SUNTING_DATA_DIR="${SUNTING_DATA_DIR:-$(mktemp -d)}"
sunting=$SUNTING_VENV/bin/sunting
echo "== sunting check ${samples[*]}"
status=0
$sunting check "${samples[@]}" || status=$?
# exit code 1 means "errors were found in the drafts": that is the job done
[ "$status" -le 1 ]
echo "== the review desk (SQLite in $SUNTING_DATA_DIR): import, review, approve, export"
$sunting import "${samples[@]}"
$sunting office set resources/office-profile.example.yaml
$sunting submit 1 --comment "Siap ditinjau"
$sunting approve 1 --comment "Disetujui untuk terbit"
$sunting export 1 --out "$SUNTING_DATA_DIR/keluar"
$sunting list
$sunting history 1
