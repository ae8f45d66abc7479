#!/usr/bin/env bash
# docs/img/writer-sunting.png: LibreOffice Writer underlining the seed draft through
# `sunting serve` and the extension (Xvfb, soffice, python3-uno; Qt grabs the screen).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${SUNTING_VENV:-$PWD/.venv}
port=${PORT:-8097}
out=${1:-docs/img/writer-sunting.png}
work=$(mktemp -d)
"$venv/bin/sunting" serve --port "$port" --lt off >"$work/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do
    grep -q "siap di" "$work/serve.log" && break
    sleep 1
done
python3 scripts/build_oxt.py --url "http://127.0.0.1:$port/v2" -o "$work/sunting.oxt" >/dev/null
mkdir -p "$(dirname "$out")"
cat >"$work/grab.py" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv)
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
PY
xvfb-run -a -s "-screen 0 1280x860x24" /usr/bin/python3 scripts/office/screenshot.py \
    --profile "$work/profile" --install "$work/sunting.oxt" \
    --draft resources/samples/draft-banyuasin-pilkada.txt \
    env QT_QPA_PLATFORM=xcb "$venv/bin/python" "$work/grab.py" "$PWD/$out"
echo "$out"
