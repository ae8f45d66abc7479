#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (system packages,
# the virtual environment, services' binaries), then lint, format check and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
began=$SECONDS
for setup in scripts/setup/*.sh; do
    echo "-- $(sed -n 2p "$setup" | sed 's/^# //')"
    timed "$setup" bash "$setup"
done
venv=$(venv_dir)
timed "ruff check" "$venv/bin/ruff" check .
timed "ruff format --check" "$venv/bin/ruff" format --check .
timed "mypy (engine and storage)" "$venv/bin/mypy"
export QT_QPA_PLATFORM=offscreen
status=0
timed "pytest" "$venv/bin/python" -m pytest "$@" || status=$?
echo "== all done in $((SECONDS - began)) s (exit $status)"
exit "$status"
