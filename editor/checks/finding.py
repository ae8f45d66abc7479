"""The Finding record shared by the engine, the CLI, the services and the GUI (docs/architecture.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

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
        """The same finding with its span moved by ``offset`` characters."""
        return replace(self, start=self.start + offset, end=self.end + offset)

    def apply(self, text: str, choice: int = 0) -> str:
        """``text`` with this finding's suggestion ``choice`` applied."""
        return text[: self.start] + self.suggestions[choice] + text[self.end :]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["suggestions"] = tuple(known.get("suggestions", ()))
        return cls(**known)


def sort_key(finding: Finding) -> tuple[int, int, int, str]:
    return (finding.start, finding.end, SEVERITY_RANK[finding.severity], finding.rule)
