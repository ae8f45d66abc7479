"""One real LanguageTool server per test session, started from the jars that
scripts/setup/50-languagetool.sh fetched from Maven Central (fetched here too when missing)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from required import missing

from editor.checks import languagetool as lt
from editor.languagetool import server as lts
from editor.paths import resource

SAMPLE = resource("samples", "en", "banyuasin-investment-forum.txt")


def _unavailable(reason: str) -> None:
    missing("languagetool", reason)


@pytest.fixture(scope="session")
def lt_server() -> Iterator[lts.LocalServer]:
    server = lts.LocalServer()
    try:
        server.start(timeout=180)
    except lt.LanguageToolError as exc:
        server.stop()
        _unavailable(str(exc))
    yield server
    server.stop()


@pytest.fixture
def backend(lt_server: lts.LocalServer) -> lt.LanguageToolBackend:
    """A fresh backend (empty paragraph cache) against the session's server."""
    return lt.LanguageToolBackend(lt_server.url, timeout=30)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
