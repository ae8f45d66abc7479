#!/usr/bin/env bash
# docs/img/writer-sunting.png: LibreOffice Writer underlining an Indonesian draft through
# `sunting serve` and the extension, with the context menu on a flagged word.
#
#     bash scripts/office/screenshot.sh [OUT.png]
#
# Its own Xvfb display, a throwaway LibreOffice profile, a server on a free port; every step
# under a time limit, and everything it started is stopped at the end (also on failure).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
# Xvfb, the window lookup and the screen grab (LibreOffice and python3-uno: 40-office.sh)
apt_install xvfb xdotool imagemagick >/dev/null
venv=${SUNTING_VENV:-$PWD/.venv}
out=${1:-docs/img/writer-sunting.png}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    sleep 1
    for pid in "${pids[@]}"; do
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# a display nobody uses
display=""
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=$n; break; fi
done
[ -n "$display" ] || { echo "screenshot: no free X display" >&2; exit 2; }
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$display" ] && break
    sleep 0.2
done
export DISPLAY=":$display"
timeout 10 xdpyinfo >/dev/null 2>&1 || timeout 10 xwininfo -root >/dev/null ||
    { echo "screenshot: Xvfb did not start" >&2; exit 2; }

# the server on a free port; its first line names the URL
"$venv/bin/sunting" serve --port 0 --lt off >"$work/serve.log" 2>&1 &
pids+=($!)
url=""
for _ in $(seq 120); do
    url=$(grep -o "http://[^ ]*/v2" "$work/serve.log" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.5
done
[ -n "$url" ] || { echo "screenshot: sunting serve did not start:" >&2; cat "$work/serve.log" >&2; exit 2; }

python3 scripts/build_oxt.py --url "$url" -o "$work/sunting.oxt" >/dev/null
mkdir -p "$(dirname "$out")"
# the office under a hard limit; timeout leads its own process group (python3, soffice), which
# is killed whole at the end so that a hang leaves nothing behind
SAL_USE_VCLPLUGIN=gen timeout -k 5 240 /usr/bin/python3 scripts/office/screenshot.py \
    --profile "$work/profile" --install "$work/sunting.oxt" --server "$url" \
    --draft resources/samples/draft-banyuasin-pilkada.txt "$out" &
office=$!
pids+=("$office")
status=0
wait "$office" || status=$?
kill -KILL -- "-$office" 2>/dev/null || true
[ "$status" -eq 0 ] || { echo "screenshot: failed (exit $status)" >&2; exit "$status"; }
echo "$out"
