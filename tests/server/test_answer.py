"""The answer to an Indonesian check is built and encoded in the worker processes: what a client
reads is still LanguageTool's JSON with the matches of Sunting's findings on its own text."""

from __future__ import annotations

import json

from .conftest import Served, sunting_check

DRAFT = "Bupati 😀 meresmikan jembatan di desa itu dan menghimbau warga menjaganya 🙏."


def test_matches_slice_the_findings_in_utf16(server: Served) -> None:
    answer = server.check(text=DRAFT, language="id-ID")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["language"]["code"] == "id-ID"
    units = DRAFT.encode("utf-16-le")
    got = {
        (
            units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le"),
            m["rule"]["id"],
        )
        for m in body["matches"]
    }
    expected = {(f["text"], f["rule"]) for f in sunting_check(DRAFT)}
    assert expected and got == expected
    # the replacements a user clicks are the engine's suggestions
    suggested = {m["rule"]["id"]: [r["value"] for r in m["replacements"]] for m in body["matches"]}
    for f in sunting_check(DRAFT):
        assert suggested[f["rule"]] == f["suggestions"][:10]


def test_annotated_text_and_rule_filter_go_through_the_worker(server: Served) -> None:
    data = {"annotation": [{"markup": "<p>"}, {"text": DRAFT}, {"markup": "</p>"}]}
    plain = server.check(text=DRAFT, language="id-ID").json()["matches"]
    annotated = server.check(data=json.dumps(data), language="id").json()["matches"]
    assert [m["offset"] for m in annotated] == [m["offset"] + 3 for m in plain]
    rule = plain[0]["rule"]["id"]
    filtered = server.check(text=DRAFT, language="id-ID", disabledRules=rule).json()["matches"]
    assert filtered and rule not in {m["rule"]["id"] for m in filtered}


def test_auto_finds_english_and_answers_it_without_indonesian_matches(server: Served) -> None:
    text = "The regent opened the new bridge in the village on Monday morning with residents."
    body = server.check(text=text, language="auto").json()
    assert body["language"]["code"] == "en-US"
    assert body["matches"] == []
