"""`sunting office set|show`: the office profile from a file, so the CLI exports on its own."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from db import open_database
from editor.cli import main
from editor.document.importers import load_text
from editor.paths import resource
from editor.services import articles, settings, workflow

PROFILE_YAML = """institution_lines:
  - PEMERINTAH KABUPATEN BANYUASIN
  - DINAS KOMUNIKASI DAN INFORMATIKA
address: Jl. Merdeka No. 1, Pangkalan Balai
logo_path: logo.png
contact: {name: Rina, phone: "0812"}
numbering: "{seq:03d}/SP/{month_roman}/{year}"
"""


@pytest.fixture
def url(tmp_path: Path) -> str:
    path = tmp_path / "desk.db"
    open_database(str(path), create=True).dispose()
    return str(path)


def test_set_show_and_export_from_the_cli(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logo.png").write_bytes(resource("templates", "logo-contoh.png").read_bytes())
    (tmp_path / "kantor.yaml").write_text(PROFILE_YAML, encoding="utf-8")
    assert main(["office", "show", "--db", url]) == 2
    assert "belum diisi" in capsys.readouterr().err
    assert main(["office", "set", str(tmp_path / "kantor.yaml"), "--db", url]) == 0
    assert "PEMERINTAH KABUPATEN BANYUASIN" in capsys.readouterr().out
    assert main(["office", "show", "--db", url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["logo_path"] == str(tmp_path / "logo.png")  # relative to the profile file
    db = open_database(url)
    try:
        assert settings.get_office_profile(db) == shown
        article = articles.import_document(db, load_text("Bupati Buka Pasar\nIsi rilis."))
        workflow.submit(db, article.id)
        workflow.approve(db, article.id)
    finally:
        db.dispose()
    out = tmp_path / "keluar"
    out.mkdir()
    assert main(["export", str(article.id), "--out", str(out), "--db", url]) == 0
    capsys.readouterr()
    (written,) = out.glob("*.docx")
    header = docx.Document(str(written)).sections[0].first_page_header
    letterhead = [c.text for t in header.tables for row in t.rows for c in row.cells]
    letterhead += [p.text for p in header.paragraphs]
    assert any("DINAS KOMUNIKASI DAN INFORMATIKA" in text for text in letterhead), letterhead


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "tidak dapat dibaca"),
        ("- hanya\n- daftar\n", "pasangan kunci dan nilai"),
        ("address: x\n", "nama instansi"),
        ("institution_lines: [A]\ncontact: Rina\n", "tidak sah"),
        ("institution_lines: [A]\nwarna: biru\n", "tidak dikenal"),
        ("institution_lines: [A]\nnumbering: '{nomor}'\n", "Pola nomor"),
        ("institution_lines: [A\n", "bukan YAML"),
    ],
)
def test_bad_profile_files_get_a_message(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "kantor.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["office", "set", str(path), "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sunting: ") and message in err and "Traceback" not in err
    db = open_database(url)
    try:
        assert settings.get_office_profile(db) == {}  # nothing half-saved
    finally:
        db.dispose()
