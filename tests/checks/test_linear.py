"""Checking stays linear in the length of the draft: huge and pathological drafts finish and the
merge, the span questions and the line/column lookup give what the plain definitions give.
(Time is measured in bench/bench_scale.py, not asserted here.)"""

from __future__ import annotations

import random

import pytest

from editor.checks.engine import CheckEngine, merge_findings
from editor.checks.finding import Finding, sort_key
from editor.checks.spans import Containment, LineIndex

# freshly written release copy, with slips the rules know ("di hadiri", "Rp 2 milyar"); each
# paragraph of a long draft gets its own road length (same width), since a line pasted again is
# a web leftover and would take the findings inside it
TEMPLATE = (
    "Bupati Sukamaju, Andi Pratama, S.Sos., membuka rapat koordinasi di Aula Kantor Bupati pada "
    "Senin (3/2/2025). Rapat itu di hadiri oleh camat, kepala desa dan para kepala dinas. "
    '"Kita harus bekerja sama," katanya. Anggaran sebesar Rp 2 milyar di alokasikan untuk '
    "perbaikan jalan sepanjang {length} meter di Desa Sukamaju dan Desa Mekarsari."
)
PARAGRAPH = TEMPLATE.format(length="100.000")


def paragraphs(count: int) -> str:
    return "\n".join(
        TEMPLATE.format(length=f"1{k // 1000:02d}.{k % 1000:03d}") for k in range(count)
    )


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def _assert_well_formed(text: str, found: list[Finding]) -> None:
    assert found == sorted(found, key=sort_key)
    last_end: dict[str, int] = {}
    for f in found:
        assert text[f.start : f.end] == f.text
        assert last_end.get(f.rule, -1) <= f.start, f"{f.rule} overlaps itself at {f.start}"
        last_end[f.rule] = f.end


def test_half_a_million_words_are_checked_like_one_paragraph(engine: CheckEngine) -> None:
    step = len(PARAGRAPH) + 1

    def inside(found: list[Finding], k: int) -> set[tuple[str, int, int]]:
        """The paragraph-local findings of the k-th paragraph, at offsets into it."""
        return {
            (f.rule, f.start - k * step, f.end - k * step)
            for f in found
            if k * step <= f.start < (k + 1) * step
            and f.category not in ("consistency", "structure")
        }

    three = engine.check(paragraphs(3))
    middle = inside(three, 1)
    assert {PARAGRAPH[s:e] for _, s, e in middle} >= {"di hadiri", "milyar"}
    copies = 500_000 // len(PARAGRAPH.split()) + 1
    text = paragraphs(copies)
    assert len(text.split()) >= 500_000
    found = engine.check(text)
    _assert_well_formed(text, found)
    # every paragraph gets the findings it gets among a few: nothing is lost or doubled at scale
    for k in (1, copies // 2, copies - 2):
        assert inside(found, k) == middle


@pytest.mark.parametrize("unit", ["di ", "Rp "])
def test_160_kb_of_one_repeated_word_finishes(engine: CheckEngine, unit: str) -> None:
    text = unit * (160_000 // len(unit))
    found = engine.check(text)
    _assert_well_formed(text, found)
    # the doubled word is flagged again and again, never as one giant span
    assert len(found) > 10_000
    assert max(f.end - f.start for f in found) < 20


def _naive_strict(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def test_containment_answers_what_the_definition_answers() -> None:
    rnd = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rnd.randint(0, 8)) for s in (rnd.randint(0, 40) for _ in range(12))]
        index = Containment(spans)
        for _ in range(30):
            s = rnd.randint(0, 45)
            e = s + rnd.randint(0, 8)
            assert index.strictly_contains(s, e) == _naive_strict(spans, s, e)
            assert index.contains(s, e) == any(a <= s and e <= b for a, b in spans)


def _naive_merge(findings: list[Finding]) -> list[Finding]:
    """merge_findings as first written: every finding compared with every other."""
    from editor.checks.engine import _GENERIC_CATEGORIES, _dedupe_span

    kept: list[Finding] = []
    last_end: dict[str, int] = {}
    for f in sorted(findings, key=sort_key):
        if last_end.get(f.rule, -1) > f.start:
            continue
        last_end[f.rule] = f.end
        kept.append(f)
    dels = [(f.start, f.end) for f in kept if f.suggestions[:1] == ("",)]
    kept = [f for f in kept if not _naive_strict(dels, f.start, f.end)]
    longer = [(f.start, f.end) for f in kept if f.category not in _GENERIC_CATEGORIES]
    kept = [
        f for f in kept if f.category != "spelling" or not _naive_strict(longer, f.start, f.end)
    ]
    by_span: dict[tuple[int, int], list[Finding]] = {}
    for f in kept:
        by_span.setdefault((f.start, f.end), []).append(f)
    return sorted((g for fs in by_span.values() for g in _dedupe_span(fs)), key=sort_key)


def test_merge_gives_what_the_pairwise_merge_gave() -> None:
    rnd = random.Random(11)
    text = "x" * 80
    rules = [("A", "spelling"), ("B", "style"), ("C", "punctuation"), ("D", "nonstandard")]
    for _ in range(300):
        found = []
        for _ in range(rnd.randint(0, 14)):
            rule, category = rnd.choice(rules)
            s = rnd.randint(0, 60)
            e = s + rnd.randint(1, 12)
            sugg = rnd.choice([(), ("",), ("y",), ("z", "y")])
            sev = rnd.choice(["error", "warning", "suggestion"])
            found.append(Finding(rule, category, sev, s, e, text[s:e], "m", sugg))
        assert merge_findings(found) == _naive_merge(found)


def test_line_index_gives_line_and_column_of_every_offset() -> None:
    text = "satu\r\ndua\n\ntiga empat\nlima"
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert index.line_col(offset) == (line, col)


def _naive_variants(words, lex, unknown) -> dict[int, str]:
    """discourse._variants as first written: every spelling compared with every other."""
    from editor.checks.discourse import _WORLD_NAME, Nearby, _twin, _world

    placed = Nearby((t.text, t.start) for t in words if t.text[:1].isupper())
    pool = [
        w
        for w in placed
        if len(w) >= 4
        and not lex.is_acronym(w)
        and (w in unknown or (lex.is_name(w) and not lex.is_common(w)))
    ]
    out: dict[int, str] = {}
    for w in pool:
        if w not in unknown or w.isupper() or not w.isascii():
            continue
        twins = [v for v in pool if v[:1] == w[:1] and v.lower() != w.lower() and _twin(w, v, lex)]
        for at in placed.starts(w) if twins else ():
            mine = placed.count(w, at)
            best = max(twins, key=lambda v: (placed.count(v, at), _world(v.lower(), lex), v))
            theirs = placed.count(best, at)
            if theirs > mine or (
                theirs == mine
                and len(best) != len(w)
                and _world(best.lower(), lex) >= _WORLD_NAME
                and _world(w.lower(), lex) < 1.0
            ):
                out[at] = best
    return out


def test_name_variants_are_those_the_pairwise_comparison_finds(engine: CheckEngine) -> None:
    """A rarer spelling of a name is matched with the usual one without comparing every
    capitalised word of the draft with every other."""
    from editor.checks.discourse import _variants
    from editor.checks.text import words

    rnd = random.Random(5)
    letters = "aeiouklmnrst"
    for _ in range(60):
        stems = ["".join(rnd.choice(letters) for _ in range(rnd.randint(3, 9))) for _ in range(6)]
        written = []
        for stem in stems:
            base = rnd.choice("KSMR") + stem
            written += [base] * rnd.randint(1, 4)
            for _ in range(rnd.randint(0, 3)):
                i = rnd.randrange(len(base))
                written.append(base[:i] + rnd.choice(letters) + base[i + 1 :])
            written.append(base + "s")
        rnd.shuffle(written)
        toks = words(" ".join(written))
        unknown = {t.text for t in toks if not engine.lexicon.is_word(t.text)}
        assert _variants(toks, engine.lexicon, unknown) == _naive_variants(
            toks, engine.lexicon, unknown
        )
