"""The doer written for the deed before "oleh": the -an sibling is meant."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from tests.checks.alarms import alarms

RULE = "KBBI.RealWord.AgentNoun"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


@pytest.mark.parametrize(
    ("sentence", "agent", "deed"),
    [
        ("Laporan itu menunggu proses pemeriksa oleh inspektorat.", "pemeriksa", "pemeriksaan"),
        ("Tahap pembina oleh dinas dimulai bulan depan.", "pembina", "pembinaan"),
        ("Dokumen itu masih dalam proses penandatangan oleh wali kota.", "penandatangan",
         "penandatanganan"),
    ],
)  # fmt: skip
def test_an_agent_noun_before_oleh_is_the_deed(engine, sentence, agent, deed) -> None:
    assert alarms(engine, sentence, RULE) == {agent: [deed]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Laporan itu menunggu proses pemeriksaan oleh inspektorat.",
        "Pendataan penduduk oleh petugas kelurahan selesai pekan lalu.",  # the deed's object
        "Penularan penyakit oleh nyamuk meningkat saat hujan.",
        "Rapat itu dipimpin oleh pelaksana tugas camat.",  # the agent after oleh
    ],
)
def test_deeds_objects_and_agents_after_oleh_stay_quiet(engine, sentence) -> None:
    assert alarms(engine, sentence, RULE) == {}


def test_an_agent_noun_right_after_proses_is_the_deed(engine) -> None:
    after = "KBBI.RealWord.AgentNounAfter"
    found = alarms(engine, "Usulan warga masih dalam proses penyusun di bappeda.", after)
    assert found == {"penyusun": ["penyusunan"]}
    for sentence in (
        "Usulan warga masih dalam proses penyusunan di bappeda.",
        "Tim penyusun menempuh proses panjang sebelum naskah selesai.",
    ):
        assert alarms(engine, sentence, after) == {}, sentence
