"""The Finding record shared by the engine, the CLI, the services and the GUI (docs/architecture.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

CATEGORIES = (
    "spelling",
    "nonstandard",
    "affix",
    "capitalization",
    "punctuation",
    "abbreviation",
    "number",
    "typography",
    "style",
    "foreign",
    "consistency",
    "structure",
    "grammar",
)
SEVERITIES = ("error", "warning", "suggestion")
SEVERITY_RANK = {"error": 0, "warning": 1, "suggestion": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = field(default_factory=tuple)
    reference: str | None = None
    source: str = "sunting"
    # True only when the first suggestion may be applied without a person looking at it
    # ("Perbaiki semua" and any other batch fix apply nothing else); see the severity policy.
    batch_safe: bool = False

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("text does not match the span")
        if not isinstance(self.suggestions, tuple):
            object.__setattr__(self, "suggestions", tuple(self.suggestions))

    def shifted(self, offset: int) -> Finding:
        """The same finding with its span moved by ``offset`` characters (a copy made field by
        field: the paragraph cache shifts every finding of every check, and a checked finding
        moved stays valid as long as it starts at 0 or later)."""
        if self.start + offset < 0:
            raise ValueError(f"bad span {self.start + offset}..{self.end + offset}")
        moved = object.__new__(Finding)
        for name in _FIELDS:
            object.__setattr__(moved, name, getattr(self, name))
        object.__setattr__(moved, "start", self.start + offset)
        object.__setattr__(moved, "end", self.end + offset)
        return moved

    def apply(self, text: str, choice: int = 0) -> str:
        """``text`` with this finding's suggestion ``choice`` applied."""
        return text[: self.start] + self.suggestions[choice] + text[self.end :]

    def to_dict(self) -> dict:
        # the fields are plain values: no deep copy (dataclasses.asdict) is needed
        data = {name: getattr(self, name) for name in _FIELDS}
        data["suggestions"] = list(self.suggestions)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["suggestions"] = tuple(known.get("suggestions", ()))
        return cls(**known)


_FIELDS = tuple(f.name for f in fields(Finding))


def sort_key(finding: Finding) -> tuple[int, int, int, str]:
    return (finding.start, finding.end, SEVERITY_RANK[finding.severity], finding.rule)


def fix_result(text: str, start: int, end: int, replacement: str) -> str | None:
    """What a fix makes, to show instead of a bare suggestion where the suggestion alone says
    nothing: for a space or a deletion, the word(s) the change touches after it ("Sukses nya",
    the space deleted -> "Suksesnya"; "di di pasar", "di " deleted -> "di pasar"). ``text`` is the
    paragraph, ``start``/``end`` the flagged span in it. None when nothing is left to show (the
    caller then names what is deleted)."""
    flagged = text[start:end]
    if replacement.strip() and flagged.strip():
        return replacement
    left, right = start, end
    deletion = bool(flagged.strip()) and not replacement.strip()
    # (asked of the text before the span without copying it: a long draft has many findings)
    text_before = _NON_SPACE.search(text, 0, start) is not None
    # a real deletion shows a whole word on each side (two after it at the paragraph's start),
    # where the text closes up; a space only the word(s) it joins or splits
    for _ in range(1 if not deletion else 1 if text_before else 0):
        while left > 0 and text[left - 1].isspace():
            left -= 1
        while left > 0 and not text[left - 1].isspace():
            left -= 1
    for _ in range(1 if not deletion else 1 if text_before else 2):
        while deletion and right < len(text) and text[right].isspace():
            right += 1
        while right < len(text) and not text[right].isspace():
            right += 1
    after = " ".join((text[left:start] + replacement + text[end:right]).split())
    return after.strip(_ENCLOSING) or None


def fix_shown(text: str, finding: Finding, suggestion: str) -> str | None:
    """What a list of fixes shows for ``suggestion`` of ``finding`` in ``text`` (the paragraph
    or the whole draft it was found in): the suggestion itself, or for a space or a deletion the
    word(s) it makes ("Sukses nya" -> "Suksesnya"); None where no text is left to show (the caller
    then names what is deleted)."""
    if suggestion.strip() and finding.text.strip():
        return suggestion
    shown = None
    if text[finding.start : finding.end] == finding.text:
        shown = fix_result(text, finding.start, finding.end, suggestion)
    return shown or suggestion.strip() and suggestion or None


_NON_SPACE = re.compile(r"\S")
_ENCLOSING = "\"'“”‘’«»()[]"  # quotes and brackets around the word are not part of the fix
