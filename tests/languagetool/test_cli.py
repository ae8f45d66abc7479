"""`sunting check` with LanguageTool and `sunting languagetool serve`, as real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from editor.checks import languagetool as lt
from editor.checks.engine import CheckEngine
from editor.languagetool import server as lts
from editor.paths import resource
from editor.services.checking import build_engine

from .conftest import SAMPLE

ID_SAMPLE = resource("samples", "draft-banyuasin-pilkada.txt")


def _sunting(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
    )


def _closed_url() -> str:
    return f"http://127.0.0.1:{lts.free_port()}/v2"


def test_check_english_prints_languagetool_findings(lt_server: lts.LocalServer) -> None:
    out = _sunting("check", "--format", "json", "--lt-server", lt_server.url, str(SAMPLE))
    assert out.returncode == 1, out.stderr
    entry = json.loads(out.stdout)["files"][0]
    assert entry["language"] == "en"  # detected: --language auto is the default
    text = SAMPLE.read_text(encoding="utf-8")
    by_rule = {(f["rule"], f["text"]): f for f in entry["findings"]}
    typo = by_rule[("LT.MORFOLOGIK_RULE_EN_US", "goverment")]
    assert typo["suggestions"][0] == "government" and typo["source"] == "languagetool"
    assert text[typo["start"] : typo["end"]] == "goverment"
    # "the the": flagged once, by Sunting's own doubled-word rule (which also runs on English)
    # or by LanguageTool's, never by both
    doubled = [f for f in entry["findings"] if "the the" in text[f["start"] - 4 : f["end"] + 4]]
    assert len(doubled) == 1, doubled
    assert ("LT.HE_VERB_AGR", "hope") in by_rule

    plain = _sunting("check", "--language", "en", "--lt-server", lt_server.url, str(SAMPLE))
    assert plain.returncode == 1, plain.stderr
    line = next(x for x in plain.stdout.splitlines() if "[government]" in x)
    assert line.startswith(f"{SAMPLE}:17:") and "error LT.MORFOLOGIK_RULE_EN_US" in line


def test_check_with_server_down_gives_one_notice() -> None:
    began = time.monotonic()
    out = _sunting("check", "--language", "en", "--lt-server", _closed_url(), str(SAMPLE))
    assert time.monotonic() - began < 30
    assert out.returncode in (0, 1) and "Traceback" not in out.stderr
    notices = [x for x in out.stderr.splitlines() if "LanguageTool" in x]
    assert len(notices) == 1 and "tidak terhubung" in notices[0]
    assert "LT." not in out.stdout


def test_indonesian_drafts_never_go_to_languagetool() -> None:
    out = _sunting("check", "--format", "json", "--lt-server", _closed_url(), str(ID_SAMPLE))
    entry = json.loads(out.stdout)["files"][0]
    assert entry["language"] == "id"
    assert "LanguageTool" not in out.stderr  # a closed port was never even tried
    assert not [f for f in entry["findings"] if f["source"] == "languagetool"]


def test_the_engine_merges_its_grammar_checker_for_english_only(
    backend: lt.LanguageToolBackend,
) -> None:
    engine = CheckEngine.default().with_grammar(backend)
    text = "Harvest Festival\nFarmers sell rice and and fish at the the goverment market."
    merged = engine.check(text, "en")
    assert [f.start for f in merged] == sorted(f.start for f in merged)
    lt_hits = [f for f in merged if f.source == "languagetool"]
    assert "goverment" in {f.text for f in lt_hits}
    # each doubled word is reported once, whichever checker found it
    for doubled in ("and and", "the the"):
        at = text.index(doubled)
        hits = [f for f in merged if f.start < at + len(doubled) and at < f.end]
        assert len(hits) == 1, (doubled, hits)
    sent = backend.requests_sent
    assert not [f for f in engine.check(text, "id") if f.source != "sunting"]
    assert backend.requests_sent == sent
    # the office's style reaches LanguageTool's findings too: its categories can be switched off
    quiet = build_engine(disabled_categories={"spelling"}, grammar=backend)
    assert "goverment" not in {f.text for f in quiet.check(text, "en")}


def test_serve_starts_and_stops(tmp_path: Path) -> None:
    port = lts.free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "editor", "languagetool", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        first = proc.stdout.readline()
        assert f"siap di http://127.0.0.1:{port}/v2" in first, first
        url = f"http://127.0.0.1:{port}/v2/languages"
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert any(x["longCode"] == "en-US" for x in json.load(resp))
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    with socket_closed(port):
        pass


class socket_closed:  # noqa: N801
    """Asserts nothing listens on ``port`` any more (the Java server was stopped too)."""

    def __init__(self, port: int) -> None:
        self.port = port

    def __enter__(self) -> None:
        import socket

        with socket.socket() as sock:
            assert sock.connect_ex(("127.0.0.1", self.port)) != 0

    def __exit__(self, *exc: object) -> None:
        pass


def test_serve_rejects_a_bad_port() -> None:
    out = _sunting("languagetool", "serve", "--port", "70000")
    assert out.returncode == 2 and "port 70000" in out.stderr and "Traceback" not in out.stderr


def test_serve_on_a_busy_port_says_so() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = _sunting("languagetool", "serve", "--port", str(port))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"port {port}" in out.stderr and "sudah dipakai" in out.stderr


def test_check_with_a_malformed_server_url_gives_one_notice() -> None:
    for url in ("http://[::1", "notaurl", "ftp://127.0.0.1/v2"):
        out = _sunting("check", "--language", "en", "--lt-server", url, str(SAMPLE))
        assert out.returncode in (0, 1) and "Traceback" not in out.stderr, out.stderr
        notices = [x for x in out.stderr.splitlines() if "LanguageTool" in x]
        assert len(notices) == 1 and "tidak sah" in notices[0], out.stderr
        assert out.stdout.strip()  # Sunting's own checks still ran
        assert not [x for x in out.stdout.splitlines() if " LT." in x]
