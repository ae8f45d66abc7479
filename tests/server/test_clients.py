"""language-tool-python, a real LanguageTool client, against a real `sunting serve`."""

from __future__ import annotations

import language_tool_python
import pytest

from editor.checks.languagetool import index_to_utf16
from editor.paths import resource

from .conftest import Served, sunting_check

SEED = resource("samples", "draft-banyuasin-pilkada.txt")
EMOJI_TEXT = (
    "Warga antusias 🎉🎉 menyambut festival itu. Sukses nya acara 👍 didukung warga "
    "Se-Kabupaten Banyuasin 🇮🇩 dan suport dari dinas terkait."
)


@pytest.fixture(scope="module")
def tool(server: Served):
    client = language_tool_python.LanguageTool("id-ID", remote_server=server.base)
    yield client
    client.close()


def _as_sunting(text: str, matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The client's matches as (rule, start, flagged text, suggestions), spans in str offsets."""
    return [
        (m.rule_id, m.offset, text[m.offset : m.offset + m.error_length], m.replacements)
        for m in matches
    ]


def _expected(findings: list[dict]) -> list[tuple]:
    return [(f["rule"], f["start"], f["text"], f["suggestions"][:10]) for f in findings]


def test_the_seed_draft_gets_suntings_findings(tool, server: Served) -> None:
    text = SEED.read_text(encoding="utf-8")
    expected = sunting_check(text)
    got = tool.check(text)
    assert len(expected) > 20  # the seed draft is full of errors
    assert _as_sunting(text, got) == _expected(expected)
    # the flagged words of the desk's own list are there, under LanguageTool's categories
    by_text = {text[m.offset : m.offset + m.error_length]: m for m in got}
    assert by_text["Kebangsaam"].category == "TYPOS"
    assert by_text["Kebangsaam"].replacements == ["Kebangsaan"]
    assert by_text["penyelenggaran"].rule_issue_type == "misspelling"
    assert by_text["SE.,M.SI"].replacements == ["S.E., M.Si."]
    assert "ditulis" in by_text["apapun"].message  # Indonesian messages


def test_offsets_count_utf16_code_units_around_emoji(tool, server: Served) -> None:
    expected = sunting_check(EMOJI_TEXT)
    assert {f["text"] for f in expected} >= {" ", "Se-Kabupaten", "suport"}
    got = tool.check(EMOJI_TEXT)
    assert _as_sunting(EMOJI_TEXT, got) == _expected(expected)
    # on the wire: UTF-16 offsets, as LibreOffice and Java count (each emoji is two units)
    raw = server.check(text=EMOJI_TEXT, language="id-ID").json()["matches"]
    utf16 = index_to_utf16(EMOJI_TEXT)
    assert [(m["offset"], m["length"]) for m in raw] == [
        (utf16(f["start"]), utf16(f["end"]) - utf16(f["start"])) for f in expected
    ]
    assert raw[-1]["offset"] > expected[-1]["start"]  # the emoji before it count twice


def test_rule_and_category_filters(tool, server: Served) -> None:
    text = "Sukses nya acara itu didukung warga Se-Kabupaten Banyuasin dan suport dinas."
    all_rules = {m.rule_id for m in tool.check(text)}
    assert {"EYD.Affix.CliticApart", "EYD.Affix.BoundForm"} <= all_rules
    tool.disabled_rules = {"EYD.Affix.CliticApart"}
    assert {m.rule_id for m in tool.check(text)} == all_rules - {"EYD.Affix.CliticApart"}
    tool.disabled_rules = set()
    tool.enabled_categories = {"COMPOUNDING"}  # Sunting's affix rules (penulisan kata)
    tool.enabled_rules_only = True
    only = {m.rule_id for m in tool.check(text)}
    assert only and all(r.startswith("EYD.Affix.") for r in only)
    tool.enabled_categories, tool.enabled_rules_only = set(), False


def test_language_auto_and_languages_list(server: Served) -> None:
    import requests

    listed = requests.get(server.url + "/languages", timeout=10).json()
    assert {"name": "Indonesian", "code": "id", "longCode": "id-ID"} in listed
    answer = server.check(text="Sukses nya pilkada di desa itu.", language="auto").json()
    assert answer["language"]["detectedLanguage"]["code"] == "id-ID"
    assert [m["rule"]["id"] for m in answer["matches"]] == ["EYD.Affix.CliticApart"]


def test_annotated_data_maps_offsets_onto_the_markup(server: Served) -> None:
    import json

    data = {
        "annotation": [
            {"markup": "<p>"},
            {"text": "Acara itu "},
            {"markup": "<b>", "interpretAs": ""},
            {"text": "Sukses nya"},
            {"markup": "</b>"},
            {"markup": "<br/>", "interpretAs": "\n\n"},
            {"text": "dan suport dinas."},
            {"markup": "</p>"},
        ]
    }
    original = "".join(item.get("text", item.get("markup", "")) for item in data["annotation"])
    answer = server.check(data=json.dumps(data), language="id-ID").json()
    spans = {original[m["offset"] : m["offset"] + m["length"]] for m in answer["matches"]}
    assert {" ", "suport"} <= spans
    assert not any("<" in s for s in spans)


def test_matches_carry_urls_and_at_most_ten_replacements(server: Served) -> None:
    answer = server.check(text="Bupati Banyuasin meresmikan Kebangsaam itu.", language="id").json()
    match = next(m for m in answer["matches"] if m["rule"]["id"] == "KBBI.Spelling")
    assert match["rule"]["urls"][0]["value"].startswith("https://kbbi.")
    assert match["rule"]["category"] == {"id": "TYPOS", "name": "Ejaan dan salah ketik"}
    assert all(len(m["replacements"]) <= 10 for m in answer["matches"])
