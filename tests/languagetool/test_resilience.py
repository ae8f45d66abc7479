"""A server that is down, silent or answers garbage costs seconds, gives one notice, never raises.
Also: Java detection and a cancelled first download."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from required import missing

from editor.checks import languagetool as lt
from editor.languagetool import server as lts
from editor.languagetool import start_backend

TEXT = "The forum opens today.\nFarmers sell rice and and fish.\nThe port is ready."


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the with block ends


def test_server_down_gives_one_notice_fast() -> None:
    backend = lt.LanguageToolBackend(f"http://127.0.0.1:{_closed_port()}/v2", max_bytes=300)
    began = time.monotonic()
    result = backend.check_text(TEXT * 5)
    assert time.monotonic() - began < 2
    # the client's first request (the server's languages) fails: no text is ever sent
    assert result.findings == [] and result.sent == 0
    assert result.notice and "tidak terhubung" in result.notice and "dilewati" in result.notice
    assert "Connection refused" in result.notice  # the short reason, not requests' long message
    assert backend.connect() == result.notice


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def test_silent_server_times_out(silent_server: str) -> None:
    backend = lt.LanguageToolBackend(silent_server, timeout=1.0)
    began = time.monotonic()
    result = backend.check_text(TEXT)
    assert time.monotonic() - began < 3
    assert result.notice and "1 detik" in result.notice


_LANGUAGES = b'[{"name": "English (US)", "code": "en", "longCode": "en-US"}]'


class _Garbage(http.server.BaseHTTPRequestHandler):
    """Lists its languages like LanguageTool, then answers checks with garbage; or drips."""

    protocol_version = "HTTP/1.1"
    bodies: dict[str, bytes] = {
        "/text/v2/check": b"<html>Bad gateway</html>",
        "/json/v2/check": b'{"software": {"name": "LanguageTool"}}',
        "/partial/v2/check": b'{"matches": [{"offset": "x", "length": 2}]}',
        "/nolang/v2/languages": b'{"software": "not a list"}',
        "/french/v2/languages": b'[{"name": "French", "code": "fr", "longCode": "fr"}]',
    }

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        body = self.bodies.get(self.path)
        self._answer(200, body if body is not None else _LANGUAGES)

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/drip/"):
            self._drip()
            return
        body = self.bodies.get(self.path)
        self._answer(200 if body else 500, body or b"oops: internal error")

    def _drip(self) -> None:
        """Headers, then one byte of a long body every 0.3 s: no single wait is long."""
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(30):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def garbage_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/text", "bukan JSON (<html>Bad gateway</html>)"),
        ("/json", "bukan jawaban LanguageTool"),
        ("/partial", "tidak lengkap"),
        ("/error", "bukan JSON (oops: internal error)"),
        ("/nolang", "tidak lengkap"),
        ("/french", "tidak mendukung bahasa"),
    ],
)
def test_garbage_answers_give_a_notice(garbage_server: str, path: str, says: str) -> None:
    backend = lt.LanguageToolBackend(garbage_server + path, max_bytes=300)
    began = time.monotonic()
    result = backend.check_text(TEXT * 5)  # several requests' worth
    assert time.monotonic() - began < 2
    assert result.findings == []
    assert result.notice and says in result.notice, result.notice
    # stops at the first failure: one check at most, none when the languages were garbage
    assert result.sent == (0 if path in ("/nolang", "/french") else 1)


def test_dripping_server_is_cut_at_the_deadline(garbage_server: str) -> None:
    backend = lt.LanguageToolBackend(garbage_server + "/drip", timeout=1.5)
    began = time.monotonic()
    result = backend.check_text(TEXT)
    assert time.monotonic() - began < 2.5  # each byte came within the socket timeout
    assert result.sent == 1 and result.notice and "1.5 detik" in result.notice
    # the abandoned request, still dripping, holds up no other request
    began = time.monotonic()
    other = lt.LanguageToolBackend(garbage_server + "/json", timeout=5).check_text(TEXT)
    assert time.monotonic() - began < 1
    assert other.notice and "bukan jawaban LanguageTool" in other.notice


def test_failed_paragraphs_are_retried_next_time(garbage_server: str) -> None:
    backend = lt.LanguageToolBackend(garbage_server + "/error")
    assert backend.check_text(TEXT).sent == 1
    assert backend.check_text(TEXT).sent == 1  # nothing was cached from the failure


# --- Java -------------------------------------------------------------------------------------


def test_real_java_is_new_enough() -> None:
    version = lts.java_version()
    if version is None:
        missing("languagetool", "no java on this machine")
    assert version is not None and version >= lts.MIN_JAVA
    assert lts.require_java()


def test_missing_java_is_said_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert lts.java_version() is None
    with pytest.raises(lt.LanguageToolError, match="Java tidak ditemukan.*Java 17"):
        lts.require_java()


@pytest.mark.parametrize(("reported", "major"), [("11.0.2", 11), ("1.8.0_392", 8)])
def test_old_java_is_said_plainly(tmp_path: Path, reported: str, major: int) -> None:
    # a stand-in that prints what an old JDK prints, as `java -version` does: on stderr
    fake = tmp_path / "java"
    fake.write_text(f"#!/bin/sh\necho 'openjdk version \"{reported}\" 2019-01-15' >&2\n")
    fake.chmod(0o755)
    assert lts.java_version(str(fake)) == major
    with pytest.raises(lt.LanguageToolError, match=f"Java {major} terlalu lama.*Java 17"):
        lts.require_java(str(fake))


# --- Jars ---------------------------------------------------------------------------------------


def test_cancelled_download_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not lts.shutil.which("mvn"):
        missing("languagetool", "no Maven on this machine")
    monkeypatch.setenv("SUNTING_LT_HOME", str(tmp_path))
    cancel = threading.Event()
    cancel.set()
    began = time.monotonic()
    with pytest.raises(lt.LanguageToolError, match="dibatalkan"):
        lts.ensure_jars(cancel=cancel)
    assert time.monotonic() - began < 5
    assert not lts.jars_ready()
    assert not (tmp_path / lts.LT_VERSION / "jars").exists()


def test_cached_jars_are_not_fetched_again(lt_server: lts.LocalServer) -> None:
    assert lts.jars_ready()
    began = time.monotonic()
    lines: list[str] = []
    assert lts.ensure_jars(progress=lines.append) == lts.jars_dir()
    assert time.monotonic() - began < 0.5 and lines == []
    assert any(
        p.name == f"languagetool-server-{lts.LT_VERSION}.jar" for p in lts.jars_dir().iterdir()
    )


def test_local_mode_passes_cancel_to_the_first_download(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if not lts.shutil.which("mvn"):
        missing("languagetool", "no Maven on this machine")
    monkeypatch.setenv("SUNTING_LT_HOME", str(tmp_path))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(lt.LanguageToolError, match="dibatalkan"):
        start_backend("local", cancel=cancel, progress=lambda _line: None)
    assert not lts.jars_ready()
