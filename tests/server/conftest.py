"""Real `sunting serve` processes for the server tests, started as a user starts them.

Each server is `python -m editor serve --port 0 ...`; the fixture reads the URL from its first
line of output and stops the process (SIGTERM, then SIGKILL) at the end.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from required import missing

ROOT = Path(__file__).resolve().parents[2]


class Served:
    def __init__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "editor", "serve", "--port", "0", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, lines), daemon=True).start()
        threading.Thread(target=self._pump_err, daemon=True).start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                line = ""
            if "siap di " in line:
                self.url = line.split("siap di ", 1)[1].split()[0]  # http://127.0.0.1:PORT/v2
                self.base = self.url.rsplit("/v2", 1)[0]
                return
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"sunting serve did not start: {''.join(self.stderr)}")

    @staticmethod
    def _pump(stream, lines: queue.Queue[str]) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            lines.put(line)

    def _pump_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    def check(self, **fields: str) -> requests.Response:
        return requests.post(self.url + "/check", data=fields, timeout=30)

    def health(self) -> dict:
        return requests.get(self.url + "/health", timeout=10).json()

    def alive(self) -> bool:
        """Still answering a check (the server keeps serving after a bad request)."""
        answer = self.check(text="Sukses nya acara itu.", language="id-ID")
        return answer.status_code == 200 and bool(answer.json()["matches"])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="session")
def server() -> Iterator[Served]:
    """Indonesian only (no LanguageTool), two worker processes."""
    served = Served("--lt", "off", "--workers", "2")
    yield served
    served.stop()


@pytest.fixture(scope="session")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("keys") / "server-keys.json"


def sunting(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def sunting_check(text: str) -> list[dict]:
    """What `sunting check --format json` reports for ``text`` (read from stdin)."""
    import json

    done = sunting("check", "--format", "json", "--language", "id", "--lt", "off", "-", stdin=text)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["files"][0]["findings"]


@pytest.fixture(scope="session")
def server_en() -> Iterator[Served]:
    """Indonesian with Sunting, English through the desk's local LanguageTool server."""
    from editor.languagetool import server as lts

    if not lts.jars_ready():
        missing("languagetool", "the LanguageTool jars are not fetched here")
    served = Served("--lt", "local", "--workers", "2")
    deadline = time.monotonic() + 180
    while (status := served.health()["english"]) == "starting" and time.monotonic() < deadline:
        time.sleep(1)
    if status != "ready":
        served.stop()
        pytest.fail(f"LanguageTool behind sunting serve: {status}")
    yield served
    served.stop()
