#!/usr/bin/env bash
# Regenerate the interface translations from the sources: lupdate -> fill English -> lrelease.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${SUNTING_VENV:-$PWD/.venv}
"$venv/bin/pyside6-lupdate" editor/gui/*.py -source-language id -target-language en \
    -no-obsolete -ts resources/i18n/sunting_en.ts
"$venv/bin/python" resources/i18n/fill_en.py resources/i18n/sunting_en.ts
"$venv/bin/pyside6-lrelease" resources/i18n/sunting_en.ts -qm resources/i18n/sunting_en.qm
# Qt's own dialogs and buttons in Indonesian (PySide6 ships no qtbase_id.qm).
"$venv/bin/python" resources/i18n/fill_qtbase_id.py resources/i18n/qtbase_id.ts
"$venv/bin/pyside6-lrelease" resources/i18n/qtbase_id.ts -qm resources/i18n/qtbase_id.qm
