"""What runs in the server's worker processes: the engine, built once per process.

The web process parses and validates requests; every check (CPU-bound, a few milliseconds for a
paragraph) runs here, in a pool of processes, so that every core serves, and so does the answer
of an Indonesian check: the matches built and encoded to JSON here come back as one bytes object,
which costs the single web process far less than unpickling findings and encoding them itself.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from typing import Any

from editor.checks.finding import Finding
from editor.server import engine as adapter
from editor.server import protocol
from editor.server.protocol import RuleFilter

_CONFIG: adapter.EngineConfig | None = None
WARM_UP_TEXT = "Bupati meresmikan jembatan baru di desa itu pada hari Senin."


def init(config: adapter.EngineConfig) -> None:
    """Pool initializer: build the engine (lexicon, rules) before the first request arrives."""
    global _CONFIG
    _CONFIG = config
    parent = multiprocessing.parent_process()
    if parent is not None and parent.pid is not None:
        _exit_with_parent(parent.pid)
    adapter.check_text(config, WARM_UP_TEXT, adapter.NO_FILTER)


def _exit_with_parent(parent: int) -> None:
    """A worker whose server was killed (kill -9, a crash) leaves with it instead of lingering:
    once the parent is gone the worker is re-parented, and it exits."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _config() -> adapter.EngineConfig:
    if _CONFIG is None:  # not started through the pool's initializer
        raise RuntimeError("worker not initialised")
    return _CONFIG


def check(text: str, language: str, rules: RuleFilter) -> tuple[str, list[Finding]]:
    """(language checked, findings): "auto" is resolved here; English comes back unchecked."""
    lang = adapter.detect_language(text) if language == "auto" else "id"
    if lang != "id":
        return lang, []
    return "id", list(adapter.check_text(_config(), text, rules))


def answer(fields: dict[str, str], max_chars: int) -> tuple[str, bytes | None]:
    """(language checked, the JSON answer) for a check request's form fields, already validated
    by the web process (parsed again here: a callable does not cross processes); None as the
    answer when "auto" found English, which the web process passes on."""
    request = protocol.parse_check(fields, max_chars=max_chars, english=False)
    language, findings = check(request.text, request.language, request.rules)
    if language != "id":
        return language, None
    return "id", protocol.encode(protocol.check_answer(request, findings))


def ping() -> dict[str, Any]:
    """The worker's pid and resident memory (bench/ follows both)."""
    return {"pid": os.getpid(), "rss_kb": _rss_kb()}


def _rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
