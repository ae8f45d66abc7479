"""Path handling with Windows semantics (PureWindowsPath), for the Windows build of the bundle:
the SQLite URL of a desk under C:\\Users, where LibreOffice's installer puts soffice.exe, and
export file names that Windows accepts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath, PureWindowsPath

from sqlalchemy.engine import make_url

from db.database import sqlite_url
from editor.export.files import release_file_name
from editor.export.pdf import installed_locations

WINDOWS_RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip


def test_sqlite_url_of_a_windows_path() -> None:
    path = PureWindowsPath(r"C:\Users\Rina Wulandari\AppData\Local\sunting\sunting.db")
    url = sqlite_url(path)
    assert url == "sqlite:///C:/Users/Rina Wulandari/AppData/Local/sunting/sunting.db"
    assert make_url(url).database == "C:/Users/Rina Wulandari/AppData/Local/sunting/sunting.db"
    assert sqlite_url(PurePosixPath("/home/rina/.local/share/sunting/sunting.db")) == (
        "sqlite:////home/rina/.local/share/sunting/sunting.db"
    )


def test_libreoffice_where_its_windows_installer_puts_it() -> None:
    env = {"ProgramFiles": r"C:\Program Files", "ProgramFiles(x86)": r"C:\Program Files (x86)",
           "ProgramW6432": r"C:\Program Files"}  # fmt: skip
    assert installed_locations(env, windows=True) == [
        PureWindowsPath(r"C:\Program Files\LibreOffice\program\soffice.exe"),
        PureWindowsPath(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
    ]
    assert installed_locations({}, windows=True) == []


def test_export_file_names_are_valid_on_windows() -> None:
    headlines = [
        'Bupati: "Jalan Rusak?" Segera Diperbaiki / Dianggarkan*',
        "CON",
        "Rapat Koordinasi <Forkopimda> | Kab. Muara Enim.",
        "Wakil Bupati Tinjau Banjir di Desa Sukamaju, Kecamatan Lubai Ulu " * 4,
        "",
    ]
    for headline in headlines:
        for suffix in (".docx", ".pdf", ".txt", ".html"):
            name = release_file_name(dt.date(2026, 12, 2), headline, suffix_ext=suffix)
            assert not WINDOWS_RESERVED.search(name), name
            assert PureWindowsPath(name).name == name and PureWindowsPath(name).suffix == suffix
            assert name.split(".")[0].upper() not in DEVICE_NAMES
            assert not name.endswith((" ", ".")) and len(name) <= 120
