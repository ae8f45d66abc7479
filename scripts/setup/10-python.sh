#!/usr/bin/env bash
# The project's virtual environment with the package and its test tools.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
venv=$(venv_dir)
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[test]"
