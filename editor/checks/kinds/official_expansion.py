"""``official_expansion``: the words written out before an official acronym in brackets.

Releases define an acronym inline: "Badan Penanggulangan Bencana Daerah (BPBD)". Where the
bracket holds an acronym with official expansions (resources/words/acronym-expansions.tsv), the
words right before it are aligned word by word (case-insensitive) with each expansion, the window
taken one word shorter, as long and one word longer than the expansion:

- ``check: word``: the best alignment is one edit from an expansion: a word different (a slip
  that still fits the acronym's letters, "Rencana Panjang Jangka ...", in a name of three words
  or more) or misspelt (two edits at most), or a word dropped (in a name of three words or
  more). The word is flagged with the official one, in the case of the text's run. Nothing is said
  where the best alignment is two edits or more (another body sharing the acronym, a regional
  name), where it only adds a word (a place after the name), where the word written or wanted
  is a place, an administrative unit or a name, where both are words of level or heads of a
  regional body (Desa for Daerah, Dinas for Badan: rather the acronym is the slip, or the region
  names its office so; resources/words/acronym-scope-words.txt; but a level whose bodies are
  never the other's, Daerah for Desa, is flagged where the acronym's letter fits both and the
  words as written are no official name: resources/words/acronym-distinct-levels.txt, even
  where the draft writes it so twice), where the word written is an
  affix sibling of the official one (Pengendali for Pengendalian: a variant), where the word does
  not fit the acronym's letters, where the words are the official name of another acronym (the
  acronym is the slip), where two expansions call for different fixes, and where the draft
  defines the acronym the same way twice (its own regional name).
- ``check: case``: the words match an expansion written with capitals (a body, a named plan or
  programme), but the text writes some of them in lower case: the run is flagged with the
  official capitals (an expansion written in lower case in the table is a common noun and its
  case is left alone). A name of one of many bodies of its kind (Dinas Kesehatan, Badan
  Permusyawaratan Desa; resources/words/acronym-regional-words.txt) may be meant generally in
  lower case, so it is flagged only where a place or an administrative unit follows the acronym.
  A common noun's expansion begun with a capital mid-sentence and going on in lower case
  ("menggelar Rapat koordinasi (rakor)") is half a name: its first word goes to lower case.

A run whose words' initials are the acronym's capitals with one of them capitalised mid-sentence
("ibu kota Nusantara (IKN)") is the acronym_expansion kind's to recase; this kind leaves its case
alone. Findings depend on the whole draft (its other definitions), so the kind is not
paragraph-local.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz.distance import OSA

from editor.checks.finding import SEVERITIES, Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok
from editor.checks.text import Token, tokenize
from editor.checks.wordlists import entries, table, word_set

CHECKS = ("word", "case")
_MAX_INNER = 6  # tokens between the brackets at most ("TP PKK", "Kemendes PDTT")
_JOINERS = frozenset({",", "/"})  # marks a written-out name may hold between its words


@dataclass(frozen=True)
class _Expansion:
    words: tuple[str, ...]  # as the official name writes them
    folded: tuple[str, ...]  # lower case

    @property
    def proper(self) -> bool:
        return any(w[:1].isupper() for w in self.words)


@cache
def _expansions() -> dict[str, tuple[_Expansion, ...]]:
    """Acronym (lower case) -> its official expansions, in the table's order."""
    out: dict[str, tuple[_Expansion, ...]] = {}
    for key, value in table("acronym-expansions").items():
        found = []
        for part in value.split("|"):
            words = tuple(t.text for t in tokenize(part.strip()) if t.kind is Tok.WORD)
            if words:
                found.append(_Expansion(words, tuple(w.lower() for w in words)))
        out[key.lower()] = tuple(found)
    return out


@cache
def _by_name() -> dict[tuple[str, ...], frozenset[str]]:
    """An official expansion (lower case) -> the acronyms (lower case) it expands."""
    out: dict[tuple[str, ...], set[str]] = {}
    for key, options in _expansions().items():
        for exp in options:
            out.setdefault(exp.folded, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def _names_another(folded: tuple[str, ...], acronym: str, least: int) -> bool:
    """Do the words before the bracket end with the official name of another acronym, of
    ``least`` words or more ("Rencana Pembangunan Jangka Panjang Daerah (RPJMD)": the RPJPD's
    name; not "Pekerja Migran Indonesia", the end of a longer name)?"""
    names, key = _by_name(), acronym.lower()
    for m in range(least, len(folded) + 1):
        others = names.get(folded[-m:])
        if others and key not in others:
            return True
    return False


@cache
def _scope_words() -> frozenset[str]:
    return word_set("acronym-scope-words")


@cache
def _regional_words() -> frozenset[str]:
    return word_set("acronym-regional-words")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_set("function-words"))


@cache
def _admin_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in word_set("admin-words"))


# one edit of an alignment: ("eq" | "sub" | "del" | "ins", text index or -1, expansion index or -1);
# "del": an expansion word the text lacks, "ins": a text word the expansion lacks
_Op = tuple[str, int, int]


def _align(text: tuple[str, ...], official: tuple[str, ...]) -> tuple[int, list[_Op]]:
    """Word-level edit distance of ``text`` to ``official`` and one cheapest alignment."""
    n, m = len(text), len(official)
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = i
    for j in range(m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            same = text[i - 1] == official[j - 1]
            cost[i][j] = min(
                cost[i - 1][j - 1] + (0 if same else 1),
                cost[i - 1][j] + 1,
                cost[i][j - 1] + 1,
            )
    ops: list[_Op] = []
    i, j = n, m
    while i or j:
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (text[i - 1] != official[j - 1]):
            ops.append(("eq" if text[i - 1] == official[j - 1] else "sub", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            ops.append(("ins", i - 1, -1))
            i -= 1
        else:
            ops.append(("del", -1, j - 1))
            j -= 1
    ops.reverse()
    return cost[n][m], ops


@dataclass(frozen=True)
class _Fix:
    start: int
    end: int
    suggestion: str
    kind: str  # "sub" (a word for a word), "level" (a word of level for one never its own),
    # "del" (a word dropped), "case" or "common"
    official: str  # the official word wanted, or the official run (case)


class OfficialExpansion(Kind):
    """Spec: ``check`` (word or case). The message may use ``{text}``, ``{suggestion}``,
    ``{acronym}`` and ``{official}`` (the official word, or the whole official name);
    ``message_dropped`` and ``severity_dropped`` (check word) are the message and severity for a
    word dropped (default the rule's: regions drop words from a name more often
    than they change one, so a rule may give it less weight); ``message_common`` (check case)
    the message for a common noun begun with a capital ("Rapat koordinasi (rakor)")."""

    name = "official_expansion"
    keys = frozenset({"check"})
    optional = frozenset({"message_dropped", "severity_dropped", "message_common"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.check_kind = self.choice(spec, "check", CHECKS)
        self.message_dropped = str(spec.get("message_dropped", header.message))
        self.message_common = str(spec.get("message_common", header.message))
        self.severity_dropped = str(spec.get("severity_dropped", header.severity))
        if self.severity_dropped not in SEVERITIES:
            raise self.fail(f"unknown severity_dropped {self.severity_dropped!r}")

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if "(" not in ctx.text:
            return
        found = ctx.memo.get(self.name)
        if found is None:
            found = ctx.memo[self.name] = _draft_fixes(ctx)
        for acronym, fix in found:
            if (fix.kind in ("case", "common")) != (self.check_kind == "case"):
                continue
            dropped = fix.kind == "del"
            message = self.message_dropped if dropped else self.header.message
            if fix.kind == "common":
                message = self.message_common
            text = ctx.text[fix.start : fix.end]
            yield self.header.finding(
                fix.start,
                fix.end,
                ctx.text,
                [fix.suggestion],
                message=message.format(
                    text=text, suggestion=fix.suggestion, acronym=acronym, official=fix.official
                ),
                severity=self.severity_dropped if dropped else None,
            )


def _draft_fixes(ctx: CheckContext) -> list[tuple[str, _Fix]]:
    """Every fix of the draft, with the acronym it concerns; a way of writing an acronym's name
    that the draft repeats (two definitions alike) is the draft's own and is left alone."""
    expansions = _expansions()
    toks = ctx.model.tokens
    text = ctx.text
    candidates: list[tuple[str, tuple[str, ...], _Fix]] = []
    written: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for k, tok in enumerate(toks):
        if tok.text != "(" or tok.kind is not Tok.PUNCT:
            continue
        close = _closing(toks, k, text)
        if close is None:
            continue
        acronym = text[tok.end : toks[close].start].strip()
        options = expansions.get(acronym.lower())
        if not options:
            continue
        longest = max(len(e.folded) for e in options)
        run = _run_before(toks, k, text, longest + 1)
        if not run:
            continue
        placed = _place_after(ctx, toks, close)
        general = _general_cue(toks, run[0], close)
        result = _judge(ctx, acronym, run, options, placed, general)
        if result is None:
            continue
        variant, fix = result
        written[(acronym.lower(), variant)] += 1
        if fix is not None:
            candidates.append((acronym, variant, fix))
    return [
        (acronym, fix)
        for acronym, variant, fix in candidates
        if fix.kind in ("case", "common", "level") or written[(acronym.lower(), variant)] < 2
    ]


def _place_after(ctx: CheckContext, toks: list[Token], close: int) -> bool:
    """Does a place or an administrative unit follow the bracket closed at ``close`` ("(BPBD)
    Kabupaten Sigi", "(Dinkes) Banyuasin"): the release names one body, not the kind?"""
    if close + 1 >= len(toks):
        return False
    tok = toks[close + 1]
    if tok.kind is not Tok.WORD or not tok.text[:1].isupper():
        return False
    if ctx.text[toks[close].end : tok.start] != " ":
        return False
    low = tok.text.lower()
    lexicon = ctx.lexicon
    return low in _admin_words() or lexicon.is_place(tok.text) or not lexicon.is_common(low)


_CUE_WORDS = 3  # words before the run and after the bracket read for a quantifier


def _general_cue(toks: list[Token], first: Token, close: int) -> bool:
    """A quantifier a few words before the run or after the bracket ("setiap dinas kesehatan
    (Dinkes)", "(Dishub) di banyak daerah"): the body is meant as one of its kind."""
    k = next(i for i in range(close, -1, -1) if toks[i] is first)
    near = toks[max(0, k - _CUE_WORDS) : close + 1 + _CUE_WORDS]  # (no name holds one)
    quantifiers = _quantifiers()
    return any(t.text.lower() in quantifiers or t.text.lower().startswith("se-") for t in near)


@cache
def _quantifiers() -> frozenset[str]:
    return word_set("quantifiers")


def _regional(exp: _Expansion) -> bool:
    """Is the name one of many bodies of its kind, one in each region (Dinas Kesehatan)?"""
    return bool(_regional_words().intersection(exp.folded))


def _closing(toks: list[Token], k: int, text: str) -> int | None:
    """The index of the ")" closing the bracket opened at ``k`` on the same line, a few tokens
    on; None if there is none."""
    for j in range(k + 1, min(len(toks), k + _MAX_INNER + 2)):
        if toks[j].text == ")":
            return j if "\n" not in text[toks[k].end : toks[j].start] else None
        if toks[j].kind is Tok.PUNCT and toks[j].text not in ("-", "/", "&"):
            return None
    return None


def _run_before(toks: list[Token], k: int, text: str, limit: int) -> list[Token]:
    """The words right before the bracket at ``k`` (at most ``limit``), in text order: words
    joined by spaces, commas or slashes on one line."""
    run: list[Token] = []
    j = k - 1
    after = toks[k]
    while j >= 0 and len(run) < limit:
        tok = toks[j]
        gap = text[tok.end : after.start]
        if gap not in ("", " "):
            break
        if tok.kind is Tok.WORD:
            run.append(tok)
        elif tok.text not in _JOINERS or not run:
            break
        after = tok
        j -= 1
    run.reverse()
    return run


def _judge(
    ctx: CheckContext,
    acronym: str,
    run: list[Token],
    options: tuple[_Expansion, ...],
    placed: bool,
    general: bool = False,
) -> tuple[tuple[str, ...], _Fix | None] | None:
    """How the words before the bracket stand to the official expansions: None when they are
    no writing of one (two edits or more), else the words as written that stand for the name
    and the fix they need (None when they need none)."""
    folded = tuple(t.text.lower() for t in run)
    best: list[tuple[int, _Expansion, int, list[_Op]]] = []  # (cost, expansion, window, ops)
    for exp in options:
        n = len(exp.folded)
        for m in (n, n - 1, n + 1):
            if m < 1 or m > len(folded):
                continue
            cost, ops = _align(folded[-m:], exp.folded)
            best.append((cost, exp, m, ops))
    if not best:
        return None
    low = min(b[0] for b in best)
    shortest = min(len(e.folded) for e in options)
    if low and _names_another(folded, acronym, max(1, shortest - 1)):
        return None  # the words are another acronym's name: the acronym is the slip
    if low == 0:
        _, exp, m, _ = next(b for b in best if b[0] == 0)
        window = run[-m:]
        if _initials_named(ctx, window, acronym):
            case = None  # the acronym_expansion kind's (EYD.Capitalization.AcronymExpansion)
        elif exp.proper:
            named = (
                placed
                or not _regional(exp)
                or (not general and (_named_acronym(acronym) or _half_named(ctx, window)))
            )
            if _common_reading(acronym, window, exp):
                case = None
            else:
                case = _case_fix(ctx, window, exp) if named else None
        elif placed and exp.folded[0] in _named_heads():
            case = _placed_fix(ctx, window, exp)
        else:
            case = _common_fix(run, m)
        return tuple(t.text.lower() for t in window), case
    if low > 1:
        return None
    fixes: set[tuple[int, int, str]] = set()
    chosen: tuple[tuple[str, ...], _Fix] | None = None
    for cost, exp, m, ops in best:
        if cost != 1:
            continue
        if next(o for o in ops if o[0] != "eq")[0] == "ins":
            return None  # the official name and a word more (a place, a level): no slip
        window = run[-m:]
        variant = tuple(t.text.lower() for t in window)
        fix = _word_fix(ctx, acronym, window, exp, ops)
        if fix is None:
            return variant, None  # one reading of the words is no slip: say nothing
        fixes.add((fix.start, fix.end, fix.suggestion.lower()))
        chosen = (variant, fix)
    if len(fixes) > 1:
        return None  # two names call for two fixes: not sure which is meant
    return chosen


def _content(words: list[str]) -> int:
    function = _function_words()
    return sum(1 for w in words if w.lower() not in function)


def _word_fix(
    ctx: CheckContext, acronym: str, window: list[Token], exp: _Expansion, ops: list[_Op]
) -> _Fix | None:
    op = next(o for o in ops if o[0] != "eq")
    matched = [exp.words[o[2]] for o in ops if o[0] == "eq"]
    n = len(exp.words)
    wanted = exp.words[op[2]]
    if wanted.isupper() or _content(matched) < (2 if n >= 3 else 1):
        return None  # a word wanted that is an acronym itself, or too little of the name seen
    case = _run_case(window, exp)
    if op[0] == "sub":
        tok = window[op[1]]
        word = tok.text
        if _level_slip(acronym, window, op[1], wanted):
            return _Fix(tok.start, tok.end, _in_case(wanted, word, case), "level", wanted)
        if not _wrong_word(ctx, acronym, word, wanted, n):
            return None
        return _Fix(tok.start, tok.end, _in_case(wanted, word, case), "sub", wanted)
    if n < 3 or wanted.lower() in _function_words() and n < 4:
        return None
    if _place(ctx, wanted) or wanted.lower() in _admin_words():
        return None
    if wanted.lower() not in _function_words() and not _fits(wanted.lower(), acronym):
        return None  # the acronym does not hold the word either: a regional name without it
    # a word dropped: flag the word after the gap (or before it, at the end of the name)
    after = next((o for o in ops if o[2] > op[2] and o[1] >= 0), None)
    if after is not None:
        tok = window[after[1]]
        suggestion = f"{_in_case(wanted, tok.text, case)} {tok.text}"
    else:
        tok = window[-1]
        suggestion = f"{tok.text} {_in_case(wanted, tok.text, case)}"
    return _Fix(tok.start, tok.end, suggestion, "del", wanted)


def _wrong_word(ctx: CheckContext, acronym: str, word: str, wanted: str, n: int) -> bool:
    """Is ``word``, written where the official name has ``wanted``, a slip for it: a misspelling
    (two edits at most, one for a short word), or in a name of three words or more a word that
    still fits the acronym's letters? Never a place, an administrative unit, a name or a word of
    level for another."""
    low, want = word.lower(), wanted.lower()
    lexicon = ctx.lexicon
    if _place(ctx, word) or low in _admin_words() or _place(ctx, wanted):
        return False
    scope = _scope_words()
    if low in scope and want in scope:
        return False  # (a swap of distinct levels is _level_slip's, asked before)
    if word.isupper() and len(word) > 1:
        return False  # an acronym written in the name
    sibling = low in want or want in low
    if sibling and abs(len(low) - len(want)) >= 2 and lexicon.is_word(low):
        return False  # an affix sibling of the official word (Pengendali, Perencanaan): a variant
    edits = OSA.distance(low, want)
    if low[:1] == want[:1] and (edits == 1 or (edits == 2 and len(want) >= 6)):
        return lexicon.is_word(low) or not lexicon.is_name(low)  # (a name is no misspelling)
    if n < 3 or low in _function_words() or want in _function_words():
        return False
    if not _fits(low, acronym):
        return False  # the word does not fit the acronym: another name, not a slip
    if lexicon.is_name(low) and not lexicon.is_word(low):
        return False
    return lexicon.is_word(low)


@cache
def _distinct_levels() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in entries("acronym-distinct-levels"))


def _level_slip(acronym: str, window: list[Token], at: int, wanted: str) -> bool:
    """Is the word at ``at``, a word of level where the official name has another whose bodies
    are never its own (Daerah for Desa: resources/words/acronym-distinct-levels.txt), a slip? So
    where the acronym is of capitals whose letters stand one for each word of the name (function
    words aside), the letter of that word is the initial of both (the acronym cannot be the
    slip), and the words as written are no official name of any acronym in the table."""
    low, want = window[at].text.lower(), wanted.lower()
    if frozenset((low, want)) not in _distinct_levels() or low[:1] != want[:1]:
        return False
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 3 or len(letters) != len(acronym.replace(" ", "")):
        return False
    function = _function_words()
    content = [i for i, t in enumerate(window) if t.text.lower() not in function]
    if len(content) != len(letters) or at not in content:
        return False
    if any(window[i].text[:1].upper() != c for i, c in zip(content, letters, strict=True)):
        return False
    return tuple(t.text.lower() for t in window) not in _by_name()


def _fits(word: str, acronym: str) -> bool:
    """Could the acronym hold ``word`` (lower case)? Its initial, in an acronym of capitals
    (BPBD); its first two letters, in one of syllables (Bappeda, Disdukcapil)."""
    letters = acronym.replace(" ", "")
    if letters.isupper():
        return word[:1].upper() in letters
    return word[:2] in letters.lower()


def _place(ctx: CheckContext, word: str) -> bool:
    """A place name that is no common word (Sigi, Banyuasin; not Panjang, a common word that
    also names a place)."""
    return ctx.lexicon.is_place(word.capitalize()) and not ctx.lexicon.is_common(word.lower())


def _run_case(window: list[Token], exp: _Expansion) -> str:
    """The case convention of the text's run: "upper" (all capitals), "lower" (every word in
    lower case) or "official" (as the official name writes it)."""
    words = [t.text for t in window if t.text.lower() not in _function_words()]
    if words and all(w.isupper() for w in words) and any(len(w) > 1 for w in words):
        return "upper"
    if words and all(w.islower() for w in words):
        return "lower"
    return "official"


def _in_case(wanted: str, written: str, case: str) -> str:
    if case == "upper":
        return wanted.upper()
    if case == "lower" and not wanted.isupper():
        return wanted.lower()
    return wanted


def _case_fix(ctx: CheckContext, window: list[Token], exp: _Expansion) -> _Fix | None:
    """The run with the official capitals where the official name is a proper name and the text
    writes some of its capitalised words in lower case."""
    if not exp.proper:
        return None
    lowered = [
        (tok, word)
        for tok, word in zip(window, exp.words, strict=True)
        if word[:1].isupper() and tok.text[:1].islower()
    ]
    if not lowered:
        return None
    text = ctx.text
    # from the first word to recase to the last (the words written right stay outside it, so
    # a finding of another rule on the same words is the same finding)
    start, end = lowered[0][0].start, lowered[-1][0].end
    parts: list[str] = []
    at = start
    for tok, word in zip(window, exp.words, strict=True):
        if tok.end <= start or tok.start >= end:
            continue
        parts.append(text[at : tok.start])
        parts.append(word if word[:1].isupper() and tok.text[:1].islower() else tok.text)
        at = tok.end
    return _Fix(start, end, "".join(parts), "case", " ".join(exp.words))


def _named_acronym(acronym: str) -> bool:
    """An acronym of syllables written as a name (Dinkes, Bappeda: a capital, then lower case):
    EYD V writes so only the acronym of a name, so the words it stands for are that name, not
    one of a kind meant generally (which the acronym of capitals alone does not tell: BPD)."""
    return (
        len(acronym) > 2
        and acronym[:1].isupper()
        and acronym[1:].isalpha()
        and acronym[1:].islower()
    )


def _half_named(ctx: CheckContext, window: list[Token]) -> bool:
    """The run's first word capitalised where no sentence starts ("oleh Badan perencanaan ...
    (Bappeda)"): the writer began a name and left the rest in lower case."""
    first = window[0]
    return first.text[:1].isupper() and first.start not in ctx.model.sentence_starts


def _common_reading(acronym: str, window: list[Token], exp: _Expansion) -> bool:
    """The acronym and the words before it both in lower case, for a name that is not of a body
    ("musyawarah perencanaan pembangunan (musrenbang)"): the writer consistently means the event
    or the activity as a common noun, as the short form in lower case shows (EYD V writes the
    acronym of a common noun in lower case). A body's name (Badan, Dinas: resources/words/
    institution-heads.txt) is a name however it is written."""
    if not acronym.isalpha() or not acronym.islower():
        return False
    if any(not t.text.islower() for t in window):
        return False
    return exp.folded[0] not in _institution_heads()


@cache
def _institution_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in word_set("institution-heads"))


@cache
def _named_heads() -> frozenset[str]:
    """The heads of a government or an office (pemerintah, sekretaris, kepala) whose common
    name becomes one body's or one office's name when a place follows its acronym."""
    heads = word_set("institution-heads") | word_set("office-title-heads")
    return frozenset(w.lower() for w in heads)


def _placed_fix(ctx: CheckContext, window: list[Token], exp: _Expansion) -> _Fix | None:
    """A common name of a government or an office, its acronym followed by a place
    ("pemerintah kota (Pemkot) Lahat", "Sekretaris daerah (Sekda) Lahat"): with the place it is
    the one body's or office's name, every word capitalised (EYD V I.F.6, I.F.11)."""
    function = _function_words()
    lowered = [t for t in window if t.text.islower() and t.text not in function]
    if not lowered:
        return None
    text = ctx.text
    start, end = lowered[0].start, lowered[-1].end
    parts: list[str] = []
    at = start
    for tok in window:
        if tok.end <= start or tok.start >= end:
            continue
        parts.append(text[at : tok.start])
        low = tok.text.islower() and tok.text not in function
        parts.append(tok.text[:1].upper() + tok.text[1:] if low else tok.text)
        at = tok.end
    words = " ".join(w if w in function else w.capitalize() for w in exp.folded)
    return _Fix(start, end, "".join(parts), "case", words)


def _initials_named(ctx: CheckContext, window: list[Token], acronym: str) -> bool:
    """Does the acronym_expansion kind judge the run's case: the acronym's capitals are the
    initials of the run's words (function words aside) and one of them is capitalised where no
    sentence starts? Then this kind leaves the case alone (one finding, not two)."""
    letters = [c for c in acronym if c.isupper()]
    content = [t for t in window if t.text.lower() not in _function_words()]
    if len(letters) < 2 or not acronym[:1].isupper() or len(content) != len(letters):
        return False
    if any(t.text[:1].lower() != c.lower() for t, c in zip(content, letters, strict=True)):
        return False
    starts = ctx.model.sentence_starts
    return any(t.text[:1].isupper() and t.start not in starts for t in content)


def _common_fix(run: list[Token], m: int) -> _Fix | None:
    """A common noun's expansion (written in lower case in the table) begun mid-sentence with a
    capital and the rest in lower case ("menggelar Rapat koordinasi (rakor)"): half a name is
    none, the first word goes to lower case. Only after a word in lower case, so that the run
    is mid-sentence and no part of a longer name."""
    if len(run) <= m:
        return None
    before, window = run[-m - 1], run[-m:]
    first = window[0].text
    if not before.text.islower() or not first[:1].isupper() or first.isupper():
        return None
    rest = [t.text for t in window[1:] if t.text.lower() not in _function_words()]
    if not rest or not all(w.islower() for w in rest):
        return None
    return _Fix(window[0].start, window[0].end, first.lower(), "common", first.lower())
