"""LanguageTool's real matches as Findings, against the session's real server."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st
from language_tool_python import LanguageTool, LanguageToolPublicAPI, Match

from editor.checks import languagetool as lt
from editor.checks.finding import Finding
from editor.languagetool import server as lts


def _at(findings: list[Finding], rule: str, start: int) -> Finding:
    hits = [f for f in findings if f.rule == rule and f.start == start]
    assert hits, f"no {rule} at {start}: {[(f.rule, f.start, f.text) for f in findings]}"
    return hits[0]


def test_sample_release_known_errors(backend: lt.LanguageToolBackend, sample_text: str) -> None:
    result = backend.check_text(sample_text)
    assert result.notice is None
    found = result.findings
    for f in found:
        assert f.source == "languagetool" and f.rule.startswith("LT.")
        assert sample_text[f.start : f.end] == f.text

    doubled = sample_text.index("the the office")
    f = _at(found, "LT.ENGLISH_WORD_REPEAT_RULE", doubled)
    assert (f.end, f.category, f.severity, f.suggestions[0]) == (
        doubled + 7,
        "typography",
        "error",
        "the",
    )

    typo = sample_text.index("goverment")
    f = _at(found, "LT.MORFOLOGIK_RULE_EN_US", typo)
    assert (f.text, f.category, f.severity) == ("goverment", "spelling", "error")
    assert f.suggestions[0] == "government"
    assert f.apply(sample_text).count("goverment") == 0

    agreement = sample_text.index("She hope that") + len("She ")
    f = _at(found, "LT.HE_VERB_AGR", agreement)
    assert (f.text, f.category, f.severity) == ("hope", "grammar", "error")
    assert "hopes" in f.suggestions

    # a place name mid-sentence is a spelling suggestion, not an error
    place = sample_text.index("Pangkalan Balai")
    assert _at(found, "LT.MORFOLOGIK_RULE_EN_US", place).severity == "suggestion"


def test_offsets_after_non_bmp_characters(backend: lt.LanguageToolBackend) -> None:
    # LanguageTool counts UTF-16 code units: each emoji below is two of them, one Python char
    text = "Port launch 🚀🎉 today\nThe 🌾 harvest festival starts and and ends on Friday."
    found = backend.check_text(text).findings
    start = text.index("and and")
    f = _at(found, "LT.ENGLISH_WORD_REPEAT_RULE", start)
    assert (f.end, f.text) == (start + 7, "and and")


def test_span_containing_non_bmp_characters(backend: lt.LanguageToolBackend) -> None:
    # language-tool-python maps a match's start to a str offset but not its length: a flagged
    # word holding a two-unit character must still end where the word ends
    text = "Harvest 🌾 report\nThe gover𠀀ment opened the a𝕏b market."
    found = backend.check_text(text).findings
    for word in ("gover𠀀ment", "a𝕏b"):
        start = text.index(word)
        f = _at(found, "LT.MORFOLOGIK_RULE_EN_US", start)
        assert (f.end, f.text) == (start + len(word), word)


def test_unchanged_paragraphs_are_not_sent_again(
    backend: lt.LanguageToolBackend, sample_text: str
) -> None:
    first = backend.check_text(sample_text)
    assert first.sent == 1
    again = backend.check_text(sample_text)
    assert again.sent == 0 and again.findings == first.findings

    edited = sample_text.replace("She hope that", "She hopes that")
    third = backend.check_text(edited)
    assert third.sent == 1  # only the edited paragraph
    assert not any(f.rule == "LT.HE_VERB_AGR" and f.text == "hope" for f in third.findings)
    # the paragraphs after the edit moved by one character, their findings with them
    typo = edited.index("goverment")
    assert _at(third.findings, "LT.MORFOLOGIK_RULE_EN_US", typo).text == "goverment"


def test_chunking_matches_one_request(lt_server: lts.LocalServer, sample_text: str) -> None:
    whole = lt.LanguageToolBackend(lt_server.url, timeout=30).check_text(sample_text)
    small = lt.LanguageToolBackend(lt_server.url, timeout=30, max_bytes=1200)
    chunked = small.check_text(sample_text)
    assert chunked.sent >= 3
    key = lambda f: (f.rule, f.start, f.end)  # noqa: E731
    # the same local errors at the same offsets (context rules may differ across chunks)
    wanted = {key(f) for f in whole.findings if f.category in ("spelling", "typography")}
    got = {key(f) for f in chunked.findings if f.category in ("spelling", "typography")}
    assert wanted == got


def test_overlong_paragraph_is_split(lt_server: lts.LocalServer) -> None:
    sentence = "The regency prepared a large industrial area near the port corridor. "
    para = sentence * 12 + "Farmers harvest rice and and sell it to the mill."
    backend = lt.LanguageToolBackend(lt_server.url, timeout=30, max_bytes=700)
    result = backend.check_text("Title\n" + para)
    assert result.sent >= 2
    start = len("Title\n") + para.index("and and")
    assert _at(result.findings, "LT.ENGLISH_WORD_REPEAT_RULE", start).text == "and and"


def test_pacing_spaces_requests(lt_server: lts.LocalServer, sample_text: str) -> None:
    backend = lt.LanguageToolBackend(lt_server.url, timeout=30, max_bytes=2500, min_interval=0.4)
    began = time.monotonic()
    result = backend.check_text(sample_text)
    assert result.sent >= 2
    assert time.monotonic() - began >= 0.4 * (result.sent - 1)


@given(st.text(alphabet=st.sampled_from("ab \n😀é𝕏中"), max_size=40))
def test_utf16_offsets_map_back(text: str) -> None:
    to_index, to_utf16 = lt.utf16_to_index(text), lt.index_to_utf16(text)
    for i in range(len(text) + 1):
        units = len(text[:i].encode("utf-16-le")) // 2
        assert to_index(units) == i and to_utf16(i) == units


def _match(text: str, issue: str, category: str, offset: int = 0, length: int = 5) -> Match:
    """A Match built by language-tool-python from an answer shaped like LanguageTool's."""
    answer = {
        "message": "m",
        "replacements": [{"value": "There"}, {"value": "Their"}, {"value": "There"}],
        "offset": offset,
        "length": length,
        "context": {"text": text, "offset": offset, "length": length},
        "rule": {"id": "X", "issueType": issue, "category": {"id": category}},
    }
    return Match(answer, text)


def test_issue_types_become_categories() -> None:
    text = "Their is a problem"
    cases = {
        ("misspelling", "TYPOS"): ("spelling", "error"),
        ("grammar", "GRAMMAR"): ("grammar", "error"),
        ("style", "STYLE"): ("style", "suggestion"),
        ("typographical", "TYPOGRAPHY"): ("typography", "warning"),
        ("typographical", "PUNCTUATION"): ("punctuation", "warning"),
        ("misspelling", "CASING"): ("capitalization", "error"),
        ("something-new", "MISC"): ("grammar", "warning"),
    }
    for (issue, category), expected in cases.items():
        match = _match(text, issue, category)
        f = lt.match_to_finding(text, 0, 5, match)
        assert f is not None and (f.category, f.severity) == expected, (issue, category)
        assert f.suggestions == ("There",)  # the flagged text itself and repeats are dropped
        assert f.rule == "LT.X" and f.message == "LanguageTool: m"
    assert lt.match_to_finding(text, 3, 3, match) is None  # LanguageTool's empty spans


def test_public_api_is_paced_and_chunked() -> None:
    backend = lt.LanguageToolBackend(lt.PUBLIC_API)
    assert backend.public and backend.min_interval == lt.PUBLIC_MIN_INTERVAL
    assert backend.max_bytes == lt.PUBLIC_MAX_BYTES == 20_000
    own = lt.LanguageToolBackend("http://127.0.0.1:8081")
    assert not own.public and own.min_interval == 0 and own.url.endswith(":8081/v2")
    assert issubclass(lt._client_class(True), LanguageToolPublicAPI)


def test_requests_go_through_language_tool_python(
    backend: lt.LanguageToolBackend, lt_server: lts.LocalServer
) -> None:
    assert backend.check_text("The the forum opens today.").notice is None
    client = backend._client
    assert isinstance(client, LanguageTool) and client.is_remote
    assert client.url == lt_server.url + "/" and str(client.language) == "en-US"
