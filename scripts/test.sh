#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (system packages,
# the virtual environment, services' binaries), then lint, format check and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
for setup in scripts/setup/*.sh; do
    echo "== $setup"
    bash "$setup"
done
venv=${SUNTING_VENV:-$PWD/.venv}
echo "== ruff"
"$venv/bin/ruff" check .
"$venv/bin/ruff" format --check .
echo "== mypy (engine and storage)"
"$venv/bin/mypy"
echo "== pytest"
export QT_QPA_PLATFORM=offscreen
"$venv/bin/python" -m pytest "$@"
