"""The review report: the current revision as DOCX with a Word comment at each open finding and
each open reviewer comment, anchored on the flagged words, for sending back to the writer."""

from __future__ import annotations

import datetime as dt
import io
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.checks.finding import Finding, fix_shown
from editor.document.model import Document
from editor.export import styles as st
from editor.export.docx_writer import new_document, write_body
from editor.export.profile import indonesian_date
from editor.export.runs import xml_safe

SUNTING_AUTHOR = ("Sunting", "SN")


@dataclass(frozen=True, slots=True)
class ReportNote:
    """A reviewer's open comment on a span of the revision's text."""

    start: int
    end: int
    text: str
    author: str = "Peninjau"


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int
    end: int
    lines: tuple[str, ...]
    author: str
    initials: str


def finding_lines(finding: Finding, text: str = "") -> tuple[str, ...]:
    """A finding's comment: message, fixes and rule. ``text`` is the text its offsets point into;
    with it a space or deletion fix is shown as the word it makes ("Suksesnya")."""
    lines = [finding.message]
    if finding.suggestions:
        shown = ", ".join(
            f"“{fix}”"
            if (fix := fix_shown(text, finding, s))
            else f"hapus «{finding.text.strip() or '␣'}»"
            for s in finding.suggestions[:5]
        )
        lines.append(f"Saran: {shown}")
    rule = f"Aturan: {finding.rule}"
    lines.append(f"{rule} ({finding.reference})" if finding.reference else rule)
    return tuple(lines)


def build_report(
    document: Document,
    findings: Iterable[Finding],
    notes: Iterable[ReportNote] = (),
    *,
    revision: int = 1,
    day: dt.date | None = None,
    template: Path | None = None,
    comment_summary: str | None = None,
):
    anchors = [
        _Anchor(f.start, f.end, finding_lines(f, document.text), *SUNTING_AUTHOR) for f in findings
    ]
    anchors += [_Anchor(n.start, n.end, (n.text,), n.author, _initials(n.author)) for n in notes]
    length = len(document.text)
    anchors = [a for a in anchors if 0 <= a.start < a.end <= length]
    word = new_document(template)
    counts = (
        sum(a.author == "Sunting" for a in anchors),
        sum(a.author != "Sunting" for a in anchors),
    )
    word.add_paragraph("LAPORAN TINJAUAN", style=st.PRESS)
    when = indonesian_date(day or dt.date.today())
    summary = f"Revisi {revision} · {when} · {counts[0]} temuan, {counts[1]} komentar peninjau"
    word.add_paragraph(summary, style=st.NUMBER)
    if comment_summary:
        word.add_paragraph(xml_safe(comment_summary), style=st.NUMBER)
    starts = [offset for offset, _ in document.paragraph_offsets()]
    cuts: dict[int, set[int]] = {}
    for anchor in anchors:
        for index, local in (_locate(starts, anchor.start), _locate(starts, anchor.end)):
            cuts.setdefault(index, set()).add(local)
    written = write_body(word, document, cuts)
    for anchor in anchors:
        runs = _runs_for(written, starts, anchor)
        if runs:
            comment = word.add_comment(
                runs, xml_safe(anchor.lines[0]), anchor.author, anchor.initials
            )
            for line in anchor.lines[1:]:
                comment.add_paragraph(xml_safe(line))
    props = word.core_properties
    props.title = xml_safe(f"Laporan tinjauan: {document.title or ''}")[:255]
    props.revision = max(1, revision)
    props.language = st.LANGUAGE
    return word


def report_bytes(document: Document, findings: Iterable[Finding], notes=(), **kwargs) -> bytes:
    buffer = io.BytesIO()
    build_report(document, findings, notes, **kwargs).save(buffer)
    return buffer.getvalue()


def _locate(starts: Sequence[int], offset: int) -> tuple[int, int]:
    index = bisect_right(starts, offset) - 1
    return index, offset - starts[index]


def _runs_for(written: list[list], starts: Sequence[int], anchor: _Anchor) -> list:
    """The runs covering the anchor's span (first and last are what Word needs)."""
    covered = []
    for index, runs in enumerate(written):
        base = starts[index]
        for start, end, run in runs:
            if base + start < anchor.end and anchor.start < base + end:
                covered.append(run)
    return covered[:1] + covered[-1:] if covered else []


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:3]).upper() or "P"
