"""Capitalised generic words in a paragraph crowded with names and offices: the names do not make
the line a heading, so the generic phrase among them is still flagged (EYD V I.F), while a list
of an office's titles and an office before a titled name stay quiet."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine

RULE = "EYD.Capitalization.GenericPhrase"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def alarms(engine: CheckEngine, text: str) -> list[str]:
    return [
        f.text
        for f in engine.check(text, language="id")
        if f.rule == RULE and f.severity in ("error", "warning")
    ]


def test_a_generic_office_among_many_names_is_flagged(engine) -> None:
    text = (
        "Bantuan dari Pemprov Sumsel yang dibawa Sekda Lahat Chandra Wijaya diserahkan "
        "kepada 28 Kepala Distrik. Setiap distrik menerima bagian yang sama."
    )
    assert alarms(engine, text) == ["Kepala Distrik"]


def test_a_list_of_an_offices_fields_is_a_title(engine) -> None:
    text = "Rapat dibuka oleh Asisten Perekonomian, Keuangan, dan Pembangunan Setda Lahat pagi ini."
    assert alarms(engine, text) == []


def test_an_office_before_a_titled_name_stays(engine) -> None:
    text = "Laporan dibacakan oleh Asisten 1 bidang Pemerintahan dr Sari Wulan di depan para camat."
    assert "Pemerintahan" not in alarms(engine, text)


def test_offices_counted_through_an_adjective_are_generic(engine) -> None:
    text = "Bupati Lahat mengundang para mantan Camat dan Lurah ke rumah dinasnya pekan lalu."
    assert alarms(engine, text) == ["Camat", "Lurah"]


def _compass(engine: CheckEngine, text: str) -> list[str]:
    return [
        f.text
        for f in engine.check(text, language="id")
        if f.rule == "EYD.Capitalization.CompassGeneric" and f.severity == "warning"
    ]


def test_a_direction_within_a_place_is_lower_case(engine) -> None:
    assert _compass(engine, "Banjir merendam desa di bagian Selatan Lahat kemarin.") == ["Selatan"]
    assert _compass(engine, "Warga Lahat Selatan dan pedagang dari Timur Tengah datang.") == []


def test_a_name_news_always_capitalises_is_capitalised(engine) -> None:
    found = [
        f.suggestions[0]
        for f in engine.check("Penenun dari pedalaman papua memamerkan kainnya di pasar.")
        if f.rule == "EYD.Capitalization.LowerName"
    ]
    assert found == ["Papua"]
    quiet = engine.check("Jadwal lengkap ada di laman papua.go.id dan akun resmi dinas.")
    assert [f for f in quiet if f.rule == "EYD.Capitalization.LowerName"] == []


def test_a_generic_word_after_a_degree_in_a_list_of_officials(engine) -> None:
    text = (
        "Hadir Wakil Bupati Lahat Ir. Rudi Hartono M.Si Selaku Ketua Panitia, Kapolres AKBP "
        "Dedi Kurnia, Dandim Letkol Arif Budiman dan para camat."
    )
    found = [f.text for f in engine.check(text) if f.rule == "EYD.Capitalization.GenericHead"]
    assert found == ["Selaku"]
    quiet = "Laporan itu dibacakan oleh Asisten III Setda Lahat di depan para camat."
    assert [f for f in engine.check(quiet) if f.rule == "EYD.Capitalization.GenericHead"] == []


def test_the_last_item_of_a_list_of_bodies_after_serta_is_a_name(engine) -> None:
    text = (
        "Patroli itu melibatkan Manggala Agni, BPBD, Satpol PP, serta Masyarakat Peduli Api di "
        "tiga kecamatan. Sementara itu, para Relawan yang lain berjaga di posko."
    )
    assert alarms(engine, text) == ["Relawan"]


def test_a_capital_after_the_comma_of_a_sentence_opener_is_no_list_of_names(engine) -> None:
    text = "Warga berkumpul sejak pagi. Sebelumnya, Pengunjung diminta antre di depan loket."
    assert alarms(engine, text) == ["Pengunjung"]
    # a sentence opened by a name and a comma lists names
    assert alarms(engine, "Sleman, Bantul dan Kulon Progo menggelar lomba serentak.") == []
