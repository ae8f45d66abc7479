"""A transitive verb with "tentang"/"mengenai" before its object (STYLE.TransitivePreposition).

Fresh sentences written for this test."""

from __future__ import annotations


def _found(engine, text: str) -> dict[str, str]:
    return {
        f.text: f.severity for f in engine.check(text) if f.rule == "STYLE.TransitivePreposition"
    }


def test_the_listed_bare_verb_is_a_note_with_its_fix(engine) -> None:
    # the judged releases leave "membahas mengenai" standing as often as they mark it: a note
    found = [
        f
        for f in engine.check("Rapat itu membahas mengenai jadwal panen.")
        if f.rule == "STYLE.TransitivePreposition"
    ]
    assert [(f.text, f.severity, f.suggestions[0]) for f in found] == [
        ("membahas mengenai", "suggestion", "membahas")
    ]


def test_a_verb_in_kan_or_i_is_only_a_note(engine) -> None:
    found = _found(engine, "Camat menjelaskan tentang jadwal panen dan mempelajari mengenai pupuk.")
    assert found == {"menjelaskan tentang": "suggestion", "mempelajari mengenai": "suggestion"}


def test_intransitive_verbs_and_a_verb_with_its_object_stay_clean(engine) -> None:
    text = (
        "Petani berbicara tentang pupuk. Ia menyanyi tentang desanya. Camat memberikan "
        "penjelasan mengenai jadwal panen."
    )
    assert _found(engine, text) == {}


def test_in_quoted_speech_the_bare_verb_is_only_a_note(engine) -> None:
    text = "“Kami akan membahas tentang jadwal itu besok,” kata camat."
    assert _found(engine, text) == {"membahas tentang": "suggestion"}
