"""What every rule kind shares: the rule header, the check context and the error type."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from editor.checks.finding import CATEGORIES, SEVERITIES, Finding
from editor.checks.spans import Containment
from editor.checks.text import TextModel, headline_span

if TYPE_CHECKING:
    from editor.checks.lexicon import Lexicon
    from editor.checks.people import PeopleRegistry
    from editor.checks.spelling import Speller


class RuleError(ValueError):
    """A rule file that does not validate; the message names the file and line."""


@dataclass(frozen=True)
class RuleHeader:
    """The fields every rule has, whatever its kind."""

    id: str
    category: str
    severity: str
    message: str
    reference: str | None
    where: str  # "path:line" of the rule, for error messages

    def finding(
        self,
        start: int,
        end: int,
        text: str,
        suggestions: tuple[str, ...] | list[str] = (),
        message: str | None = None,
        severity: str | None = None,
    ) -> Finding:
        if message is None:
            message = self.message
        if "{" in message:
            # the YAML's placeholders, filled for every kind that leaves them to the header
            message = message.replace("{text}", text[start:end])
            message = message.replace("{suggestion}", suggestions[0] if suggestions else "")
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            text=text[start:end],
            message=message,
            suggestions=tuple(suggestions),
            reference=self.reference,
        )


@dataclass
class CheckContext:
    """Everything a rule may look at while checking one text."""

    model: TextModel
    lexicon: Lexicon
    italic: list[tuple[int, int]] = field(default_factory=list)
    language: str = "id"
    # a kind may cache document-wide work here (e.g. word counts), keyed by its own name; this
    # is where per-check state lives: rules are immutable after loading and shared by threads
    memo: dict[str, Any] = field(default_factory=dict)
    # the engine's speller over ``lexicon`` (its caches outlive one check); made here if absent
    shared_speller: Speller | None = None
    # the headline's span as the Document marks it; ``UNKNOWN``: read it from the text
    title: tuple[int, int] | None | str = "unknown"
    # the desk's officials registry (HouseStyle.people); None or empty: no registry checks
    people: PeopleRegistry | None = None

    @property
    def headline(self) -> tuple[int, int] | None:
        if self.title == "unknown":
            self.title = headline_span(self.model.paragraphs)
        return self.title  # type: ignore[return-value]

    @property
    def speller(self) -> Speller:
        if self.shared_speller is None:
            from editor.checks.spelling import Speller

            self.shared_speller = Speller(self.lexicon)
        return self.shared_speller

    @property
    def text(self) -> str:
        return self.model.text

    @property
    def lowered(self) -> str:
        """The text in lower case (computed once)."""
        lowered = self.memo.get("lowered")
        if lowered is None:
            lowered = self.memo["lowered"] = self.model.text.lower()
        return lowered

    def is_italic(self, start: int, end: int) -> bool:
        index = self.memo.get("italic")
        if index is None:
            index = self.memo["italic"] = Containment(self.italic)
        return index.contains(start, end)


# regular-expression constructs that can match a line break (or a whole class holding one)
_LINE_BREAK_CONSTRUCTS = (
    r"\s",
    "[^",
    r"\W",
    r"\D",
    r"\P",
    r"\n",
    r"\R",
    r"\X",
    r"\v",
    r"\p{C",
    r"\p{Z",
    r"\p{White",
    r"\p{Space",
    r"\p{s",
    "[:space:]",
    "(?s",
    r"\x",
    r"\u",
    r"\N",
    r"\0",
    r"\h",
    r"\H",
)


# a negated set that leaves out the line break (\n or all white space) and otherwise plain
# characters or escaped marks ([^\s"”], [^.,;!?\n]): it never matches a line break (no
# ranges, classes or set operations)
_NO_BREAK_SET = regex.compile(r"\[\^(?:[^\\\[\]\-&|~]|\\[nst]|\\[^\w\s])*\]")
# a look behind at a line break: in a paragraph alone it sees the break the paragraph is
# given with, as in the whole text
_AFTER_BREAK = "(?<=\\n)"
# look-aheads at the line break ending the line (or the text's end), past spaces or tabs: in a
# paragraph alone they see the break it is given with (or its end), as in the whole text; what
# they read is the rest of one line
_BEFORE_BREAK = (r"(?=\n|$)", r"(?=[ \t]*(?:\n|$))")


def _without_break_free_sets(source: str) -> str:
    """``source`` without its sets that cannot match a line break (``_NO_BREAK_SET``), its
    look-behinds at a line break (``_AFTER_BREAK``) and look-aheads at one (``_BEFORE_BREAK``), read
    as ``regex`` reads it (version 1): an escape is one character, a set ends at its own
    closing bracket, a set holding another set is kept."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if c == "(" and source.startswith(_AFTER_BREAK, i):
            i += len(_AFTER_BREAK)
            continue
        if c == "(" and source.startswith(_BEFORE_BREAK, i):
            i += len(next(b for b in _BEFORE_BREAK if source.startswith(b, i)))
            continue
        if c != "[":
            out.append(c)
            i += 1
            continue
        j, depth, nested = i + 1, 1, False
        if source[j : j + 1] == "^":
            j += 1
        if source[j : j + 1] == "]":
            j += 1  # a "]" first is a member
        while j < n and depth:
            if source[j] == "\\":
                j += 2
                continue
            if source[j] == "[":
                depth, nested = depth + 1, True
            elif source[j] == "]":
                depth -= 1
            j += 1
        found = source[i:j]
        members = regex.findall(r"\\.|.", found[2:-1])  # an escape is one member
        free = (
            not nested and _NO_BREAK_SET.fullmatch(found) and ("\\n" in members or "\\s" in members)
        )
        if not free:
            out.append(found)
        i = j
    return "".join(out)


def newline_free(source: str) -> bool:
    """Can no match of the pattern ``source`` (nor a look-around of it) cross a line break? A
    conservative reading of the source: such a pattern finds the same in a paragraph alone
    (between the line breaks that bound it) as in the whole text. A negated set that leaves
    out the line break, a look behind at one (``(?<=\\n)``) and a look ahead at the one ending
    the line (``(?=\\n|$)``, ``(?=[ \\t]*(?:\\n|$))``) are no crossing."""
    source = _without_break_free_sets(source)
    return not any(c in source for c in _LINE_BREAK_CONSTRUCTS)


class Kind:
    """A rule kind: validates its spec once in ``__init__`` and yields findings in ``check``.

    Subclasses declare the keys their spec may hold in ``keys`` (required) and ``optional``.
    """

    name: ClassVar[str]
    keys: ClassVar[frozenset[str]] = frozenset()
    optional: ClassVar[frozenset[str]] = frozenset()
    # language-independent kinds also run on English releases
    any_language: bool = False
    # findings depend on nothing but one paragraph's text (with the line breaks around it),
    # whether it holds the headline, its italic ranges and the language: the engine may check
    # such a rule paragraph by paragraph and keep the findings of an unchanged paragraph
    # (editor/checks/engine.py, ParagraphCache). A kind sets it per rule where its spec decides.
    paragraph_local: bool = False

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        self.header = header
        # a rule may run on English releases too, when its kind allows the key
        self.any_language = bool(spec.get("any_language", type(self).any_language))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        raise NotImplementedError

    def validate(self) -> None:
        """Checks a kind leaves to first use (a pattern's compilation), done now: the loader
        calls it for every rule file it has not loaded before."""

    def choice(self, spec: Mapping[str, Any], key: str, options: tuple[str, ...]) -> str:
        """The value of ``key`` in the spec, which must be one of ``options``."""
        value = spec[key]
        if value not in options:
            raise self.fail(f"{key} must be one of {', '.join(options)}")
        return value

    def compile_pattern(self, spec: Mapping[str, Any]) -> tuple[Any, int | str]:
        """The spec's ``pattern`` (``regex`` syntax, ``ignorecase`` honoured) and the ``group``
        to flag (default the whole match), both checked."""
        flags = regex.IGNORECASE if spec.get("ignorecase") else 0
        try:
            pattern = regex.compile(spec["pattern"], flags | regex.VERSION1)
        except regex.error as exc:
            raise self.fail(f"bad pattern: {exc}") from None
        group = spec.get("group", 0)
        if isinstance(group, str) and group not in pattern.groupindex:
            raise self.fail(f"pattern has no group named {group!r}")
        if isinstance(group, int) and group > pattern.groups:
            raise self.fail(f"pattern has no group {group}")
        return pattern, group

    def fail(self, message: str) -> RuleError:
        return RuleError(f"{self.header.where}: {self.header.id}: {message}")


def validate_header(raw: Mapping[str, Any], where: str) -> None:
    if raw["category"] not in CATEGORIES:
        raise RuleError(f"{where}: unknown category {raw['category']!r}")
    if raw["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: unknown severity {raw['severity']!r}")


def preserve_case(source: str, replacement: str) -> str:
    """``replacement`` in the capitalisation of ``source`` (Himbauan -> Imbauan, IJIN -> IZIN)."""
    if not source or not replacement:
        return replacement
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if source[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
