"""LibreOffice Writer, headless, with our extension in a throwaway profile, driven through UNO:
its proofreading iterator asks `sunting serve` (through LibreOffice's built-in LanguageTool
client) and gets what `sunting check` reports; English goes through to LanguageTool."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile

import pytest
from required import missing

from editor.checks.languagetool import index_to_utf16

from .conftest import ROOT, Served, sunting_check

PARAGRAPH = (
    "Sukses nya kegiatan 🎉 itu didukung warga Se-Kabupaten Banyuasin, dan suport dari "
    "dinas terkait terus mengalir hingga penyelenggaran selesai."
)
ENGLISH = "This are the regent's programme, and it have a speling mistake in it."


def _office_python() -> str:
    """A Python that can import LibreOffice's uno module (Debian: python3-uno)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3") or ""):
        if (
            candidate
            and subprocess.run(
                [candidate, "-c", "import uno"], capture_output=True, check=False
            ).returncode
            == 0
        ):
            return candidate
    missing("libreoffice", "python3-uno (LibreOffice's Python bridge) is missing")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, server_en: Served):
    if not shutil.which("soffice"):
        pytest.fail("soffice is missing (scripts/setup/40-office.sh installs it)")
    python = _office_python()
    work = tmp_path_factory.mktemp("office")
    oxt = work / "sunting-languagetool.oxt"
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_oxt.py"), "--url", server_en.url,
         "-o", str(oxt)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    profile = work / "profile"
    installed = [False]

    def proofread(text: str, locale: str) -> list[dict]:
        args = [python, str(ROOT / "scripts" / "office" / "proofread.py"),
                "--profile", str(profile), "--locale", locale]  # fmt: skip
        if not installed[0]:
            args += ["--install", str(oxt)]
        done = subprocess.run(
            [*args, text], capture_output=True, text=True, timeout=180, check=False
        )
        assert done.returncode == 0, done.stderr
        installed[0] = True
        return json.loads(done.stdout)

    proofread.oxt = oxt  # type: ignore[attr-defined]
    return proofread


def test_the_extension_is_configuration_only(office) -> None:  # type: ignore[no-untyped-def]
    names = zipfile.ZipFile(office.oxt).namelist()
    assert "sunting-languagetool.xcu" in names
    assert not [n for n in names if n.endswith((".py", ".rdb", ".jar", ".so"))]


def test_writer_underlines_what_sunting_check_reports(office, server_en) -> None:  # type: ignore[no-untyped-def]
    expected = sunting_check(PARAGRAPH)
    assert {f["text"] for f in expected} >= {"Se-Kabupaten", "suport", "penyelenggaran"}
    errors = office(PARAGRAPH, "id-ID")
    utf16 = index_to_utf16(PARAGRAPH)  # Writer counts UTF-16 code units
    assert [(e["start"], e["length"], e["short"], e["suggestions"]) for e in errors] == [
        (utf16(f["start"]), utf16(f["end"]) - utf16(f["start"]), f["message"],
         f["suggestions"][:10])
        for f in expected
    ]  # fmt: skip


def test_writer_gets_english_findings_through_the_server(office, server_en) -> None:  # type: ignore[no-untyped-def]
    errors = office(ENGLISH, "en-US")
    assert errors, "no English findings in Writer"
    direct = server_en.check(text=ENGLISH, language="en-US").json()
    assert direct["software"]["name"] == "LanguageTool"  # answered by LanguageTool itself
    assert [(e["start"], e["length"]) for e in errors] == [
        (m["offset"], m["length"]) for m in direct["matches"]
    ]
    flagged = {ENGLISH[e["start"] : e["start"] + e["length"]]: e for e in errors}
    assert "spelling" in flagged["speling"]["suggestions"]
