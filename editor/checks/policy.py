"""The severity policy (README, "Severity policy"): which findings a batch fix may apply.

- ``error``: the engine is sure: a known misspelling, a KBBI non-standard form, a definite EYD
  rule, a web leftover matched by its pattern.
- ``warning``: probably wrong, but the diagnosis rests on evidence that can mislead (a name's
  rarer spelling in the same draft, a line that looks English by word frequencies).
- ``suggestion``: a guess: an unknown word, a name, a foreign phrase, a style preference.

``Finding.batch_safe`` is True only for an ``error`` whose first suggestion may be applied
without a person looking: the kinds that know why they flagged set it (spelling: a sure fix of a
lower-case word; leftover: a deletion by pattern); for the other kinds it follows from the
category here. A spelling guess, above all for a capitalised word, is never batch-safe.
"""

from __future__ import annotations

from dataclasses import replace

from editor.checks.finding import Finding

# the category whose kind decides batch safety itself, and those a person must always look at
_DECIDED_BY_KIND = frozenset({"spelling"})
_NEVER = frozenset({"consistency", "style", "grammar"})


def mark_batch_safe(finding: Finding) -> Finding:
    """``finding`` with ``batch_safe`` set by the policy (called before user severities)."""
    if finding.batch_safe or finding.category in _DECIDED_BY_KIND:
        return finding
    safe = (
        finding.severity == "error"
        and finding.category not in _NEVER
        and bool(finding.suggestions)
        and finding.suggestions[0] != finding.text
    )
    return replace(finding, batch_safe=True) if safe else finding


def batch_fixes(findings: list[Finding]) -> list[Finding]:
    """The batch-safe findings a batch fix applies, in text order, none overlapping another
    (of two that overlap, the first in the text wins; the other waits for the next check)."""
    out: list[Finding] = []
    end = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if not f.batch_safe or not f.suggestions or f.start < end:
            continue
        out.append(f)
        end = f.end
    return out


def apply_fixes(text: str, fixes: list[Finding]) -> str:
    """``text`` with the first suggestion of each (non-overlapping) finding applied."""
    for f in sorted(fixes, key=lambda f: f.start, reverse=True):
        text = f.apply(text)
    return text
