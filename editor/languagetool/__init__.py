"""LanguageTool as a process: the Java check, the jars fetched from Maven Central, the local
server's start and stop (``server.py``), and ``start_backend``, which gives the engine's adapter
(:class:`editor.checks.languagetool.LanguageToolBackend`) a server to talk to.

The engine (``editor.checks``) never imports this package: it only turns LanguageTool's matches
into findings. This package imports the adapter, never the other way round.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from editor.checks.languagetool import MODES, LanguageToolBackend, LanguageToolError
from editor.languagetool.server import LocalServer

__all__ = ["LocalServer", "start_backend"]


def start_backend(
    mode: str,
    url: str | None = None,
    *,
    variant: str = "en-US",
    timeout: float = 10.0,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[LanguageToolBackend | None, LocalServer | None]:
    """A backend for ``mode``; for ``local`` also the server that the caller must stop.

    ``progress``/``cancel`` reach the one-time download of the jars (``server.ensure_jars``).
    """
    if mode not in MODES:
        raise LanguageToolError(f"mode LanguageTool tidak dikenal: {mode!r} (off, local, server)")
    if mode == "off":
        return None, None
    if mode == "server":
        if not url:
            raise LanguageToolError("mode server butuh URL server LanguageTool")
        return LanguageToolBackend(url, variant=variant, timeout=timeout), None
    server = LocalServer(progress=progress, cancel=cancel)
    try:
        server.start()
    except LanguageToolError:
        server.stop()
        raise
    return LanguageToolBackend(server.url, variant=variant, timeout=timeout), server
