"""LanguageTool's local side: Java detection, the jars from Maven Central, a local HTTP server.

``local`` mode runs ``org.languagetool.server.HTTPServer`` on 127.0.0.1 from jars that Maven
fetched from Maven Central into a cache folder (needs Java 17 or newer); ``sunting languagetool
serve`` runs the same server for a whole press unit. Every request to the server, the
readiness probe and the warm-up included, goes through ``editor/checks/languagetool.py``'s backend, which
speaks through language-tool-python's client.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from editor.checks.languagetool import LanguageToolBackend, LanguageToolError

LT_VERSION = "6.6"  # the last 6.x release; runs on Java 17
MIN_JAVA = 17

# --- Java -------------------------------------------------------------------------------------


def java_version(java: str | None = None) -> int | None:
    """The major version of ``java`` (default: the one on PATH), or None when there is none."""
    exe = java or shutil.which("java")
    if not exe:
        return None
    try:
        out = subprocess.run(
            [exe, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8.0" is Java 8


def require_java(java: str | None = None) -> str:
    """The path of a usable java, or a LanguageToolError saying plainly what is missing."""
    exe = java or shutil.which("java")
    if not exe:
        raise LanguageToolError(
            "Java tidak ditemukan: LanguageTool lokal butuh Java 17 atau lebih baru "
            "(mis. paket openjdk-17-jre-headless). Atau pakai server LanguageTool (--lt-server)."
        )
    version = java_version(exe)
    if version is None:
        raise LanguageToolError(f"Java di {exe} tidak bisa dijalankan atau versinya tidak terbaca.")
    if version < MIN_JAVA:
        raise LanguageToolError(
            f"Java {version} terlalu lama: LanguageTool {LT_VERSION} butuh Java {MIN_JAVA} "
            "atau lebih baru."
        )
    return exe


# --- The jars, from Maven Central -------------------------------------------------------------

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sunting</groupId><artifactId>languagetool-jars</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-server</artifactId>
      <version>{v}</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId>
      <version>{v}</version></dependency>
  </dependencies>
</project>
"""


def lt_home(version: str = LT_VERSION) -> Path:
    """Where the jars of ``version`` are cached: ``$SUNTING_LT_HOME/<version>`` or the user cache.

    Deliberately not ``SUNTING_CACHE_DIR``: the jars are large and shared by every run.
    """
    base = os.environ.get("SUNTING_LT_HOME")
    if base:
        return Path(base) / version
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sunting", appauthor=False)) / "languagetool" / version


def jars_dir(version: str = LT_VERSION) -> Path:
    return lt_home(version) / "jars"


def jars_ready(version: str = LT_VERSION) -> bool:
    return (lt_home(version) / "complete").is_file()


def ensure_jars(
    version: str = LT_VERSION,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The folder holding LanguageTool's jars, fetched with Maven on first use.

    ``progress`` gets one line per downloaded artifact; setting ``cancel`` stops Maven and
    leaves nothing half-written behind.
    """
    home = lt_home(version)
    if jars_ready(version):
        return home / "jars"
    mvn = shutil.which("mvn")
    if not mvn:
        raise LanguageToolError(
            "Maven (mvn) tidak ditemukan: dibutuhkan sekali untuk mengunduh LanguageTool "
            f"{LT_VERSION} dari Maven Central (mis. paket maven)."
        )
    home.mkdir(parents=True, exist_ok=True)
    (home / "pom.xml").write_text(_POM.format(v=version), encoding="utf-8")
    partial = home / "jars.partial"
    shutil.rmtree(partial, ignore_errors=True)
    log_path = home / "maven.log"
    cmd = [mvn, "-B", "-f", str(home / "pom.xml"), "dependency:copy-dependencies",
           f"-DoutputDirectory={partial}", "-DincludeScope=runtime"]  # fmt: skip
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _follow_maven(proc, log_path, progress, cancel)
    if proc.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        raise LanguageToolError(
            "Gagal mengunduh LanguageTool dari Maven Central: " + " / ".join(tail)[-300:]
        )
    shutil.rmtree(home / "jars", ignore_errors=True)
    partial.rename(home / "jars")
    (home / "complete").write_text(version + "\n", encoding="utf-8")
    return home / "jars"


def _follow_maven(
    proc: subprocess.Popen,
    log_path: Path,
    progress: Callable[[str], None] | None,
    cancel: threading.Event | None,
) -> None:
    seen = 0
    while True:
        try:
            proc.wait(timeout=0.3)
            done = True
        except subprocess.TimeoutExpired:
            done = False
        if cancel is not None and cancel.is_set():
            proc.kill()
            proc.wait()
            raise LanguageToolError("Unduhan LanguageTool dibatalkan.")
        if progress is not None:
            lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
            for line in lines[seen:]:
                if line.startswith(("Downloaded from", "[INFO] Copying")):
                    progress(line.rsplit("/", 1)[-1].split(" ")[0])
            seen = len(lines)
        if done:
            return


# --- A local server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class LocalServer:
    """``org.languagetool.server.HTTPServer`` on 127.0.0.1, started from the cached jars."""

    def __init__(
        self,
        port: int | None = None,
        java: str | None = None,
        *,
        progress: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.port = port or free_port()
        self.java = java
        self.progress, self.cancel = progress, cancel  # for the first start's download
        self.process: subprocess.Popen | None = None
        self._log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"

    def command(self) -> list[str]:
        java = require_java(self.java)
        classpath = str(ensure_jars(progress=self.progress, cancel=self.cancel)) + os.sep + "*"
        return [java, "-Xss2m", "-cp", classpath, "org.languagetool.server.HTTPServer",
                "--port", str(self.port)]  # fmt: skip

    def start(self, timeout: float = 90.0) -> str:
        """Start the server and wait until it answers; returns its ``/v2`` URL."""
        if not port_free(self.port):
            raise LanguageToolError(
                f"port {self.port} di 127.0.0.1 sudah dipakai program lain; pilih port lain."
            )
        cmd = self.command()
        self._log = lt_home() / f"server-{self.port}.log"
        with open(self._log, "w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        deadline = time.monotonic() + timeout
        probe = LanguageToolBackend(self.url, timeout=2.0)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LanguageToolError(
                    f"Server LanguageTool berhenti saat dinyalakan: {self._log_tail()}"
                )
            if probe.connect() is None:  # it lists its languages: the HTTP side is up
                self._warm_up(max(5.0, deadline - time.monotonic()))
                return self.url
            time.sleep(0.25)
        self.stop()
        raise LanguageToolError(f"Server LanguageTool tidak siap dalam {timeout:.0f} detik.")

    def _warm_up(self, timeout: float) -> None:
        """The first English check loads LanguageTool's models (seconds): do it here, once."""
        warm = LanguageToolBackend(self.url, timeout=timeout)
        result = warm.check_text(_WARM_UP)
        if result.notice:
            raise LanguageToolError(result.notice)

    def _log_tail(self) -> str:
        if self._log is None or not self._log.exists():
            return ""
        lines = self._log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return " / ".join(lines[-2:])[-300:]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


_WARM_UP = (
    "Warm-up\nThe regent have opened the the forum in Pangkalan Balai on Tuesday (11/6), and "
    "more than 120 participants attended. She hope that the goverment will help farmers; "
    "\u201cWe are ready,\u201d he said. The total investment is Rp 850 billion."
)
