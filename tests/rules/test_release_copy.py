"""Whole-release checks: correct copy raises nothing (of severity error or warning) from the rule
packs, and a draft full of typical humas mistakes gets the expected fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.checks.engine import CheckEngine

DATA = Path(__file__).parent / "data"
# the spelling rule belongs to the lexicon issue; its own tests cover it
OTHER_ISSUES = {"KBBI.Spelling"}


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def test_clean_release_has_no_false_alarms(engine) -> None:
    text = (DATA / "clean_release.txt").read_text(encoding="utf-8")
    alarms = [
        (f.rule, f.text, f.suggestions[:1])
        for f in engine.check(text)
        if f.severity != "suggestion" and f.rule not in OTHER_ISSUES
    ]
    assert alarms == []


DRAFT = [
    ("Kapolsek Betung AKP Herman, SH.MH, memimpin patroli.", "SH.MH", "S.H., M.H."),
    ("Warga dihimbau mewaspadai cuaca ekstrim.", "dihimbau", "diimbau"),
    ("Warga dihimbau mewaspadai cuaca ekstrim.", "ekstrim", "ekstrem"),
    ("Pihaknya akan mengkoordinasikan penanganan sampah.", "mengkoordinasikan", "mengoordinasikan"),
    ("Rapat dilaksanakan diruang rapat Sekda.", "diruang", "di ruang"),
    ("Pembangunan jalan ini di targetkan rampung.", "di targetkan", "ditargetkan"),
    ("Bupati berharap kegiatan ini dapat di ikuti warga.", "di ikuti", "diikuti"),
    (
        "Peserta datang dari berbagai sekolah-sekolah.",
        "berbagai sekolah-sekolah",
        "berbagai sekolah",
    ),
    ("Selain itu , pihaknya menyiapkan posko.", " ", ""),
    ("Pembangunan gedung senilai Rp 2,5 miliar selesai.", "Rp ", "Rp"),
    ("Hadir pula Asisten ll Setda Banyuasin.", "ll", "II"),
    ("Jumlah pengunjung meningkat sangat pesat sekali.", "sangat pesat sekali", "sangat pesat"),
    ("Bupati meresmikan gedung di desa Sukajadi.", "desa", "Desa"),
    ("Lomba memeriahkan HUT Kabupaten Banyuasin ke 22.", "ke 22", "ke-22"),
    ("Pemkab melakukan monitoring ke lokasi proyek.", "monitoring", "pemantauan"),
    ("Bupati menyampaikan ucapan terimakasih.", "terimakasih", "terima kasih"),
    ("Sebanyak 2500 paket sembako disalurkan.", "2500", "2.500"),
    ("Acara ditutup pada hari senin sore.", "senin", "Senin"),
    ("Rapat digelar diBanyuasin kemarin.", "diBanyuasin", "di Banyuasin"),
    ("Warga Kecamatan betung menerima bantuan.", "betung", "Betung"),
    ("Bupati mengatakan bahwa, jalan segera dibangun.", ",", ""),
    ("Berita itu dimuat media masa nasional.", "media masa", "media massa"),
    ("Acara dibuka Pejabat Bupati Banyuasin.", "Pejabat Bupati", "Penjabat Bupati"),
    ("Perawat, Rina Lestari, S.Kep.Ns, hadir.", "S.Kep.Ns", "S.Kep., Ns."),
    ("Warga Kecamatan Banyuasin lll hadir.", "lll", "III"),
    ("Kegiatan digelar pemerintah Kabupaten Banyuasin.", "pemerintah", "Pemerintah"),
]


@pytest.mark.parametrize(("text", "flagged", "fix"), DRAFT, ids=[d[1] for d in DRAFT])
def test_typical_mistakes_are_fixed(engine, text, flagged, fix) -> None:
    found = [f for f in engine.check(text) if f.text == flagged]
    assert found, f"nothing flagged at {flagged!r} in {text!r}: {engine.check(text)}"
    assert found[0].suggestions[:1] == (fix,)
