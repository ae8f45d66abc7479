"""Time to check a 500-word English release against a local LanguageTool server: cold (fresh
server, empty paragraph cache), warm server with an empty cache, and with the cache warm.
Requests go through language-tool-python's client, as in the app.

Run: .venv/bin/python bench/bench_languagetool.py   (prints numbers; asserts nothing)
"""

from __future__ import annotations

import statistics
import time
from importlib.metadata import version

from editor.checks import languagetool as lt
from editor.languagetool import server as lts
from editor.paths import resource


def main() -> None:
    text = resource("samples", "en", "banyuasin-investment-forum.txt").read_text(encoding="utf-8")
    began = time.perf_counter()
    server = lts.LocalServer()
    server.start(timeout=180)
    startup = time.perf_counter() - began
    try:
        backend = lt.LanguageToolBackend(server.url, timeout=60)
        t0 = time.perf_counter()
        cold = backend.check_text(text)
        cold_s = time.perf_counter() - t0
        fresh = []
        for _ in range(3):
            backend.clear_cache()
            t0 = time.perf_counter()
            backend.check_text(text)
            fresh.append(time.perf_counter() - t0)
        warm = []
        for _ in range(20):
            t0 = time.perf_counter()
            result = backend.check_text(text)
            warm.append(time.perf_counter() - t0)
        edited = text.replace("She hope that", "She hopes that")
        t0 = time.perf_counter()
        one = backend.check_text(edited)
        edit_s = time.perf_counter() - t0
    finally:
        server.stop()
    words = len(text.split())
    print(
        f"LanguageTool {lts.LT_VERSION} via language-tool-python {version('language-tool-python')}"
        f", {words} words, {len(cold.findings)} findings"
    )
    print(f"server start incl. warm-up:    {startup:7.2f} s")
    print(f"first check (cold):            {cold_s:7.3f} s  ({cold.sent} request)")
    print(f"check, empty cache (median 3): {statistics.median(fresh):7.3f} s")
    print(
        f"check, cache warm (median 20): {statistics.median(warm) * 1000:7.2f} ms"
        f"  ({result.sent} requests)"
    )
    print(f"one paragraph edited:          {edit_s:7.3f} s  ({one.sent} request)")


if __name__ == "__main__":
    main()
