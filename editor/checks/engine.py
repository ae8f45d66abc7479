"""The one door for checking: ``CheckEngine(lexicon, rules, style, grammar=None).check(document)``
returns the merged findings of a draft, Indonesian or English.

``style`` is the office's :class:`~editor.checks.style.HouseStyle` (options, words, category
switches, its own rules); ``grammar`` an optional checker of English text (the LanguageTool
adapter, :class:`editor.checks.languagetool.LanguageToolBackend`) whose findings are merged with
Sunting's own. Engines are built for the CLI, the app and export by one function,
``editor.services.checking.build_engine``.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import accumulate
from typing import Any, Protocol

from editor.checks.discourse import CROSSES_LINE, settle
from editor.checks.finding import SEVERITY_RANK, Finding, sort_key
from editor.checks.kinds.base import CheckContext
from editor.checks.kinds.leftover import join_leftovers, leftovers_first
from editor.checks.kinds.people import index_for, registry_settle
from editor.checks.lexicon import Lexicon
from editor.checks.policy import mark_batch_safe
from editor.checks.rules import Rule, RuleSet, load_bundled
from editor.checks.spans import Containment
from editor.checks.spelling import Speller
from editor.checks.style import HouseStyle
from editor.checks.text import TextModel, Token, tokenize
from editor.document.model import Document

# When two rules flag the same span with the same fix, the more specific one speaks: a typo that is
# also a non-standard form is reported once, as the non-standard form.
_GENERIC_CATEGORIES = ("spelling", "consistency", "style")

# the options of an engine are its house style (the older name, kept for callers)
CheckOptions = HouseStyle


class Checker(Protocol):
    """What the CLI, the app, export and the desk services call to check a draft."""

    def check(self, document: Document | str, language: str | None = None) -> list[Finding]: ...


class GrammarResult(Protocol):
    findings: list[Finding]
    notice: str | None  # one line for the user when the grammar checker could not help


class Grammar(Protocol):
    """A checker of English text (paragraphs joined with "\n") that never raises."""

    def check_text(self, text: str) -> GrammarResult: ...


class CheckEngine:
    """Runs every enabled rule over a text. Immutable: new options or packs mean a new engine."""

    def __init__(
        self,
        lexicon: Lexicon,
        rules: RuleSet,
        style: HouseStyle | None = None,
        grammar: Grammar | None = None,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self.style = self.options = style or HouseStyle()
        house = self.style.house
        self.lexicon = lexicon.with_house(house) if house else lexicon
        self.rules = rules.merged(self.style.rules) if self.style.rules.rules else rules
        self.active: tuple[Rule, ...] = tuple(r for r in self.rules.rules if self._enabled(r))
        self.grammar = grammar
        self.on_notice = on_notice
        # one speller per engine: its caches outlive a check and are safe to share by threads
        self.speller = Speller(self.lexicon)
        # a check without a cache still reuses what each line says by itself (its tokens, its
        # discourse evidence) from the engine's earlier checks: the same tokens and evidence
        # as working them out again (ParagraphCache.begin), and nothing of a rule's findings
        self._line_memo = ParagraphCache()
        if self.style.people:
            index_for(self.style.people)  # built once here, not on the first check

    @classmethod
    def default(cls, style: HouseStyle | None = None) -> CheckEngine:
        """The bundled lexicon and rule packs."""
        return cls(Lexicon.load_default(), load_bundled(), style)

    def with_grammar(
        self, grammar: Grammar | None, on_notice: Callable[[str], None] | None = None
    ) -> CheckEngine:
        """This engine with an English grammar checker attached (its rules and caches shared)."""
        if grammar is self.grammar and on_notice is self.on_notice:
            return self
        other = object.__new__(CheckEngine)
        other.__dict__.update(self.__dict__)
        other.grammar, other.on_notice = grammar, on_notice
        return other

    def _enabled(self, rule: Rule) -> bool:
        style = self.style
        return (
            rule.enabled
            and rule.id not in style.disabled_rules
            and rule.category not in style.disabled_categories
        )

    def check(
        self,
        document: Document | str,
        language: str | None = None,
        cache: ParagraphCache | None = None,
    ) -> list[Finding]:
        """Every finding on ``document`` (a Document or its checked text), merged; for English
        the grammar checker's findings too, where Sunting has none of the same category.

        With a ``cache`` (one per open draft: the app's), the rules that read one paragraph
        alone are run only on paragraphs the cache has not seen; the findings are the same."""
        title: tuple[int, int] | None | str = "unknown"
        if isinstance(document, Document):
            text, italic = document.text, document.styled_ranges("italic")
            title = _marked_title(document)
        else:
            text, italic = document, []
        lang = language or self.style.language
        model = TextModel(text)
        stores = cache.begin(self, model) if cache is not None else None
        lines = self._line_memo.begin(self, model)[0] if cache is None else None
        ctx = CheckContext(
            model,
            self.lexicon,
            italic,
            lang,
            shared_speller=self.speller,
            title=title,
            people=self.style.people or None,
        )
        if stores is not None:
            # what each line says (editor.checks.discourse), and a line's findings of a rule
            # that reads the whole draft, with the questions it asked (editor.checks.reads)
            ctx.memo["discourse.lines"], ctx.memo["lines.store"] = stores
        elif lines is not None:
            ctx.memo["discourse.lines"] = lines
        # each line's tokens as the draft was cut (line by line): the discourse reads them too
        ctx.memo["lines.tokens"] = (cache if cache is not None else self._line_memo).tokens
        rules = [r for r in self.active if lang == "id" or r.kind.any_language]
        found: list[Finding] = []
        if cache is None:
            for rule in rules:
                found.extend(self._with_severity(mark_batch_safe(f)) for f in rule.kind.check(ctx))
        else:
            for rule in rules:
                if not rule.kind.paragraph_local:
                    found.extend(
                        self._with_severity(mark_batch_safe(f)) for f in rule.kind.check(ctx)
                    )
            local = tuple(r for r in rules if r.kind.paragraph_local)
            found.extend(cache.findings(self, local, ctx))
        if ctx.people:
            found = registry_settle(ctx, found)
        own = merge_findings(leftovers_first(text, join_leftovers(text, settle(ctx, found))))
        if lang != "en" or self.grammar is None:
            return own
        result = self.grammar.check_text(text)
        if result.notice and self.on_notice is not None:
            self.on_notice(result.notice)
        covered = _Overlaps(own)
        extra = [
            self._with_severity(f)
            for f in result.findings
            if f.rule not in self.style.disabled_rules
            and f.category not in self.style.disabled_categories
            and not covered.hit(f)
        ]
        return merge_findings([*own, *extra]) if extra else own

    def paragraph_findings(self, rules: Sequence[Rule], ctx: CheckContext) -> list[Finding]:
        """The findings of paragraph-local ``rules`` on the one paragraph ``ctx`` holds."""
        out: list[Finding] = []
        for rule in rules:
            out.extend(self._with_severity(mark_batch_safe(f)) for f in rule.kind.check(ctx))
        return out

    def _with_severity(self, finding: Finding) -> Finding:
        sev = self.style.severities
        wanted = sev.get(finding.rule) or sev.get(finding.category)
        if wanted and wanted != finding.severity:
            # an office that lowers a rule to a warning wants a person to look at it
            safe = finding.batch_safe and wanted == "error"
            return replace(finding, severity=wanted, batch_safe=safe)
        return finding


_KEPT_PARAGRAPHS = 4096  # a cache this full forgets the paragraphs the last check did not see
_ParagraphKey = tuple[str, "tuple[int, int] | None", tuple[tuple[int, int], ...], str]


class ParagraphCache:
    """The findings of the paragraph-local rules (``Kind.paragraph_local``) per paragraph, keyed
    by what those rules read: the paragraph's text, the headline's span inside it, its italic
    ranges and the language. One cache per open draft (the app keeps one per editor); it belongs
    to one engine, and a check by another engine (new settings, house dictionary) empties it.
    Threads that share one cache take turns."""

    def __init__(self) -> None:
        self._owner: tuple[object, ...] = ()
        self._store: dict[_ParagraphKey, tuple[Finding, ...]] = {}
        self.hits = self.misses = 0  # paragraphs reused and checked, since the cache was made
        self._lock = threading.Lock()
        self._tokens: dict[str, list[Token]] = {}  # a line's tokens, at offsets into the line
        self._placed: dict[tuple[str, int], list[Token]] = {}
        self._moved: dict[tuple[_ParagraphKey, int], tuple[Finding, ...]] = {}
        self._lines: dict[str, Any] = {}  # a line's discourse evidence (editor.checks.discourse)
        self._rule_lines: dict[Any, Any] = {}  # a line's findings with their reads (checks.reads)

    def begin(self, engine: CheckEngine, model: TextModel) -> tuple[dict[str, Any], dict[Any, Any]]:
        """Prepare a check by ``engine`` of ``model``: the cache is emptied if it belonged to
        another engine, the model's tokens are filled from its lines' (``_tokenize``), and the
        stores of line evidence for the draft's discourse and of the lines' findings of the
        rules that read the whole draft are returned."""
        with self._lock:
            self._own(engine)
            self._tokenize(model)
            return self._lines, self._rule_lines

    def _own(self, engine: CheckEngine) -> None:
        owner = (engine.lexicon, engine.style, engine.active)
        if len(owner) != len(self._owner) or any(
            a is not b for a, b in zip(owner, self._owner, strict=True)
        ):
            self._owner, self._store, self._moved = owner, {}, {}
            self._lines, self._rule_lines = {}, {}

    def _tokenize(self, model: TextModel) -> None:
        """Fill ``model``'s tokens from the tokens of its lines (those of unchanged lines come
        from the cache), the same tokens as cutting the whole text, unless a token may cross a
        line break: then the whole text is cut."""
        text = model.text
        if CROSSES_LINE.search(text):
            return
        store = self._tokens
        if len(store) > _KEPT_PARAGRAPHS:
            store.clear()
        tokens: list[Token] = []
        # the lines of the last check where they stood then, tokens at offsets into its text:
        # the lines before an edit stand where they stood and are not moved again
        placed, before = {}, self._placed
        pos = 0
        for line in text.split("\n"):
            if line:
                here = before.get((line, pos))
                if here is None:
                    local = store.get(line)
                    if local is None:
                        local = store[line] = tokenize(line)
                    # tokens are immutable: a line at the draft's start takes the line's own
                    here = (
                        local
                        if not pos
                        else [Token(t.kind, t.start + pos, t.end + pos, t.text) for t in local]
                    )
                placed[line, pos] = here
                tokens.extend(here)
            pos += len(line) + 1
        self._placed = placed
        model.__dict__["tokens"] = tokens  # TextModel.tokens is a cached property

    @property
    def tokens(self) -> dict[str, list[Token]]:
        """Each line's tokens (at offsets into the line) of the drafts checked lately."""
        return self._tokens

    def __len__(self) -> int:
        return len(self._store)

    def findings(
        self, engine: CheckEngine, rules: tuple[Rule, ...], ctx: CheckContext
    ) -> list[Finding]:
        """Findings of ``rules`` over the whole text of ``ctx``, paragraph by paragraph, with
        offsets into that text; unchanged paragraphs come from the cache."""
        with self._lock:
            return self._findings(engine, rules, ctx)

    def _findings(
        self, engine: CheckEngine, rules: tuple[Rule, ...], ctx: CheckContext
    ) -> list[Finding]:
        self._own(engine)
        text = ctx.text
        headline = ctx.headline
        italic = sorted(ctx.italic)
        out: list[Finding] = []
        used: set[_ParagraphKey] = set()
        # the findings of the last check's paragraphs where they stood then (not moved again)
        moved: dict[tuple[_ParagraphKey, int], tuple[Finding, ...]] = {}
        moved_before = self._moved
        pos = 0
        for para in text.split("\n"):
            start, end = pos, pos + len(para)
            pos = end + 1
            if not para:
                continue
            # the paragraph with the line breaks around it, as the rules see it in the text
            lead = 1 if start else 0
            checked = ("\n" if lead else "") + para + ("\n" if end < len(text) else "")
            shift = start - lead
            title = None
            if headline is not None and start <= headline[0] and headline[1] <= end:
                title = (headline[0] - shift, headline[1] - shift)
            slanted = tuple(
                (max(s, start) - shift, min(e, end) - shift)
                for s, e in italic
                if s < end and e > start
            )
            key = (checked, title, slanted, ctx.language)
            used.add(key)
            local = self._store.get(key)
            if local is None:
                self.misses += 1
                pctx = CheckContext(
                    TextModel(checked),
                    ctx.lexicon,
                    list(slanted),
                    ctx.language,
                    shared_speller=ctx.shared_speller,
                    title=title,
                    people=ctx.people,
                )
                local = self._store[key] = tuple(engine.paragraph_findings(rules, pctx))
            else:
                self.hits += 1
            if not shift:
                out.extend(local)
                continue
            here = moved_before.get((key, shift))
            if here is None:
                here = tuple(f.shifted(shift) for f in local)
            moved[key, shift] = here
            out.extend(here)
        self._moved = moved
        if len(self._store) > max(_KEPT_PARAGRAPHS, 2 * len(used)):
            # forget paragraphs that are gone (an edited draft leaves its old versions behind)
            self._store = {k: v for k, v in self._store.items() if k in used}
        return out


def _marked_title(document: Document) -> tuple[int, int] | None | str:
    """The span of the title paragraph the Document marks, when it reads as a headline (no
    closing full stop, more paragraphs after it); "unknown" when the Document marks none."""
    paras = [(o, p) for o, p in document.paragraph_offsets() if p.text.strip()]
    marked = next((i for i, (_, p) in enumerate(paras) if p.kind == "title"), None)
    if marked is None:
        return "unknown"
    offset, para = paras[marked]
    if len(paras) < 2 or para.text.rstrip().endswith((".", "!", "?")):
        return None
    return (offset, offset + len(para.text))


class _Overlaps:
    """Does one of Sunting's findings of the same category overlap a grammar finding? (Then
    Sunting's, with its Indonesian message, is kept.) Answered per category by bisection."""

    def __init__(self, own: Sequence[Finding]) -> None:
        by_category: dict[str, list[tuple[int, int]]] = {}
        for f in own:
            by_category.setdefault(f.category, []).append((f.start, f.end))
        self._index = {}
        for category, spans in by_category.items():
            spans.sort()
            starts = [s for s, _ in spans]
            self._index[category] = (starts, list(accumulate((e for _, e in spans), max)))

    def hit(self, f: Finding) -> bool:
        found = self._index.get(f.category)
        if found is None:
            return False
        starts, reach = found
        i = bisect_left(starts, f.end)  # spans starting before f ends
        return i > 0 and reach[i - 1] > f.start


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Sorted findings with overlaps from one rule and duplicates at one span removed."""
    ordered = sorted(findings, key=sort_key)
    last_end: dict[str, int] = {}
    kept: list[Finding] = []
    for f in ordered:
        if last_end.get(f.rule, -1) > f.start:
            continue  # a rule never overlaps itself
        last_end[f.rule] = f.end
        kept.append(f)
    # a finding that deletes its span (a pasted web widget) takes the findings inside it along
    deletions = Containment((f.start, f.end) for f in kept if f.suggestions[:1] == ("",))
    if deletions:
        kept = [f for f in kept if not deletions.strictly_contains(f.start, f.end)]
    # a spelling note inside a longer finding of another kind ("on the spot", "pra sejahtera")
    # is explained by that finding, and its fix would spoil the longer one's
    longer = Containment((f.start, f.end) for f in kept if f.category not in _GENERIC_CATEGORIES)
    if longer:
        kept = [
            f
            for f in kept
            if f.category != "spelling" or not longer.strictly_contains(f.start, f.end)
        ]
    by_span: dict[tuple[int, int], list[Finding]] = {}
    for f in kept:
        by_span.setdefault((f.start, f.end), []).append(f)
    out: list[Finding] = []
    for group in by_span.values():
        out.extend(_dedupe_span(group))
    return sorted(out, key=sort_key)


def _dedupe_span(group: list[Finding]) -> list[Finding]:
    if len(group) == 1:
        return group
    result: list[Finding] = []
    for f in sorted(group, key=_specificity):
        same = next(
            (
                r
                for r in result
                if (r.suggestions[:1] == f.suggestions[:1] or f.category in _GENERIC_CATEGORIES)
            ),
            None,
        )
        if same is None:
            result.append(f)
    return result


def _specificity(f: Finding) -> tuple[int, int]:
    generic = f.category in _GENERIC_CATEGORIES
    return (1 if generic else 0, SEVERITY_RANK[f.severity])
