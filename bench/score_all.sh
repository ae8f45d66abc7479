#!/usr/bin/env bash
# Scores the checker on the development set and on Sunting's own held-out sets (bench/eval).
set -euo pipefail
cd "$(dirname "$0")/.."
score=../shared/tools/score.py
cmd="${SUNTING_CMD:-$PWD/.venv/bin/sunting check --format json}"
for set in ../shared/eval-dev bench/eval/*/; do
    [ -f "$set/sentences.jsonl" ] || continue
    printf '%-22s ' "$(basename "$set")"
    python3 "$score" --set "$set" --cmd "$cmd" --show 0 | tail -1
done
