"""Every office in a list after a quantifier (para, seluruh) is general, not only the first."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from tests.checks.alarms import graded

RULE = "EYD.Capitalization.GenericList"


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return graded(engine, text, RULE)


def test_the_later_offices_of_a_general_list_are_lowered(engine) -> None:
    text = "Sosialisasi itu diikuti seluruh Camat, Lurah dan Kepala Desa se-Kabupaten Sigi."
    assert flags(engine, text) == [
        ("warning", "Lurah", ["lurah"]),
        ("warning", "Kepala Desa", ["kepala desa"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a name in a member ends the general list
        "Sosialisasi itu diikuti para camat, Bupati Sigi Rusdin Talamoa dan stafnya.",
        # no quantifier: offices before a name are left to the other rules
        "Sosialisasi itu dibuka Camat Merapi, Lurah Pombewe dan Kepala Desa Lembah.",
    ],
)
def test_a_named_member_or_a_list_without_quantifier_stays_quiet(engine, text) -> None:
    assert flags(engine, text) == []
