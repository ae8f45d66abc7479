#!/usr/bin/env bash
# The project's virtual environment with the package and its test tools.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
venv=$(venv_dir)
if [ ! -x "$venv/bin/python" ]; then
    echo "setup: creating the virtual environment $venv"
    python3 -m venv "$venv"
fi
pip_install --upgrade pip
echo "setup: installing Sunting (editable) with its test tools into $venv"
pip_install -e ".[test]"
# Byte-compile the package now: where PYTHONDONTWRITEBYTECODE is set, every `sunting` run would
# otherwise compile ~100 modules from source (~100 ms of each start).
echo "setup: byte-compiling the package"
"$venv/bin/python" -m compileall -q editor db
