"""The Indonesian-vs-English detector, on the bundled samples and on short texts."""

from __future__ import annotations

import pytest

from editor.checks.language import detect, detect_language, resolve_language
from editor.paths import resource


def test_english_sample_is_english(sample_text: str) -> None:
    found = detect(sample_text)
    assert found.language == "en"
    assert found.confident and found.en_hits > 10 * max(1, found.id_hits)


def test_indonesian_sample_is_indonesian() -> None:
    text = resource("samples", "draft-banyuasin-pilkada.txt").read_text(encoding="utf-8")
    found = detect(text)
    assert found.language == "id" and found.id_hits > 10 * max(1, found.en_hits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regent opened the forum and thanked the investors for their support.", "en"),
        ("Bupati membuka forum dan berterima kasih kepada para investor yang hadir.", "id"),
        # names and acronyms alone say nothing: Indonesian is the default
        ("Banyuasin, Pangkalan Balai, DPRD, KPU", "id"),
        ("", "id"),
        # an English quote inside an Indonesian release does not flip it
        (
            "Menurut beliau, acara ini adalah bagian dari program yang disebut "
            "“Open for business” oleh pemerintah daerah untuk para investor.",
            "id",
        ),
    ],
)
def test_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_override_wins_over_detection(sample_text: str) -> None:
    assert resolve_language(sample_text, "id") == "id"
    assert resolve_language(sample_text, "auto") == "en"
    assert resolve_language(sample_text, None) == "en"
    with pytest.raises(ValueError, match="unknown language"):
        resolve_language(sample_text, "fr")


def test_english_phrases_inside_an_indonesian_release_stay_indonesian() -> None:
    from editor.checks.language import detect_language

    text = "Warga membaca do'a bersama. Acara on the spot di balai desa dan pantai."
    assert detect_language(text) == "id"
