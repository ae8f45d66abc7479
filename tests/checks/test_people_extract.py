"""extract_people on sixty short releases of fresh wording (tests/data/people): the people and
titles the registry would learn, judged by hand in expected.json. Precision matters most: a wrong
name or title learned would be taught to every later draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.checks.lexicon import Lexicon
from editor.checks.people import PersonMention, extract_people, official_degrees

DATA = Path(__file__).resolve().parent.parent / "data" / "people"


def _releases() -> dict[str, str]:
    out: dict[str, list[str]] = {}
    current = None
    for line in (DATA / "releases.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            current = line[4:].strip()
            out[current] = []
        elif current is not None:
            out[current].append(line)
    return {k: "\n".join(v) for k, v in out.items()}


def _record(m: PersonMention | dict) -> tuple[str, str, str, str, tuple[str, ...]]:
    if isinstance(m, dict):
        return (m["name"], m["position"], m["rank"], m["honorific"], tuple(m["degrees"]))
    return (m.name, m.position, m.rank, m.honorific, m.degrees)


@pytest.fixture(scope="module")
def scored() -> dict[str, float]:
    releases = _releases()
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["releases"]
    assert len(releases) >= 50 and set(releases) == set(expected)
    lex = Lexicon.load_default()
    found_names = right_names = found_records = right_records = 0
    total = sum(len(v) for v in expected.values())
    wrong: list[str] = []
    for rid, text in releases.items():
        judged = [_record(e) for e in expected[rid]]
        names = {r[0]: r for r in judged}
        for m in extract_people(text, lex):
            rec = _record(m)
            found_names += 1
            found_records += 1
            if rec[0] in names:
                right_names += 1
                if names[rec[0]] == rec:
                    right_records += 1
                else:
                    wrong.append(f"{rid}: {rec} != {names[rec[0]]}")
            else:
                wrong.append(f"{rid}: {rec} not a judged person")
    result = {
        "people_precision": right_names / max(found_names, 1),
        "people_recall": right_names / total,
        "record_precision": right_records / max(found_records, 1),
        "record_recall": right_records / total,
    }
    print(f"\nextraction on {len(releases)} releases:", {k: round(v, 3) for k, v in result.items()})
    print("\n".join(wrong))
    return result


def test_people_learned_are_precise(scored: dict[str, float]) -> None:
    # a person learned is the right name of a judged person
    assert scored["people_precision"] >= 0.95
    # and what is learned with it (position, rank, honorific, degrees) is right as a whole
    assert scored["record_precision"] >= 0.95


def test_most_titled_people_are_learned(scored: dict[str, float]) -> None:
    assert scored["people_recall"] >= 0.6


def test_places_events_and_streets_are_no_people() -> None:
    text = (
        "Bupati Banyuasin meresmikan Jalan Jenderal Sudirman dan membuka Piala Bupati Banyuasin "
        "di RSUD dr. Sobirin. Dinas Kesehatan Banyuasin menggelar Festival Bupati Cup 2026. "
        'Turnamen voli "Kapolres Cup" dibuka. Gedung “Bupati Hasan” diresmikan dengan lagu '
        '"Camat Teladan".'
    )
    assert extract_people(text) == []


def test_a_mention_keeps_its_parts_apart() -> None:
    text = "Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K., M.H., memimpin apel."
    (m,) = extract_people(text)
    assert (m.position, m.rank, m.name, m.degrees) == (
        "Kapolres Banyuasin",
        "AKBP",
        "Ruri Prastowo",
        ("S.I.K.", "M.H."),
    )
    assert text[m.start : m.end].startswith("Kapolres") and "M.H." in text[m.start : m.end]


def test_degrees_as_written_have_their_official_forms_for_the_registry() -> None:
    (m,) = extract_people("Kepala Bappeda Lahat, Rudi Hartawan, SE.,M.SI, menutup rapat.")
    assert m.name == "Rudi Hartawan" and m.position == "Kepala Bappeda Lahat"
    assert official_degrees(m.degrees) == ("S.E.", "M.Si.")
