"""No rule of the packs crashes or returns a bad span, whatever the text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.checks.engine import CheckEngine

ENGINE = CheckEngine.default()
PIECES = st.sampled_from(
    [
        "Bupati",
        "bupati",
        "di",
        "ke",
        "tengah",
        "nya",
        "pun",
        "apa",
        "SH",
        "S.H.",
        "M.Si",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "-",
        " - ",
        "–",
        "(",
        ")",
        '"',
        "“",
        "”",
        "'",
        "Rp",
        "Rp.",
        "10",
        "2024",
        "ke 5",
        "l",
        "ll",
        "Asisten",
        "Para",
        "Camat",
        "Non",
        "PNS",
        "antar",
        "desa",
        "beliau",
        "Kec.",
        "Pj",
        "WIB",
        "wib",
        "09.00",
        "Dilihat",
        "Baca juga:",
        "hal",
        "se",
        "Kabupaten",
        "sangat",
        "sekali",
        "zero",
        "online",
        "himbauan",
        "merubah",
        "é",
        "🙂",
        ":",
        ";",
        "!",
        "?",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map(" ".join) | st.text(max_size=200))
def test_any_text_gives_valid_findings(text: str) -> None:
    for f in ENGINE.check(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert all(isinstance(s, str) for s in f.suggestions)
