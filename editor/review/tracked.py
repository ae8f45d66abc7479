"""Review the writer's own .docx: fixes as tracked changes, findings as Word comments.

``review_docx(data, name, checker, options)`` returns the bytes of a copy of the file in which
every chosen fix is a ``w:del``/``w:ins`` pair by the reviewer and every other finding a comment
on its span (message, suggestions, rule and reference). What becomes a change is the fix mode's
default, or the reviewer's own choice per finding: ``docx_findings`` lists the file's findings
(each with its :class:`FindingKey` and default), and ``ReviewOptions.decisions`` maps keys to a
:class:`Decision` (a change with the chosen suggestion, a comment, or nothing). Only the paragraphs that get a mark are
re-written; every other part of the package (styles, images, numbering, settings, ...) is copied
byte for byte. The body, text boxes, tables, headers, footers, footnotes and endnotes are each
checked as a story of their own. Word allows no comments in headers and footers, so a finding
there that is not a change becomes a comment on the first paragraph of the body that names it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from lxml import etree

from editor.checks.finding import Finding, fix_shown
from editor.document.docx_reader import sniff
from editor.document.errors import DraftError
from editor.document.model import Document, InlineSpan, Paragraph
from editor.export.report import finding_lines
from editor.export.runs import xml_safe
from editor.review.checking import Checker, check_stories
from editor.review.marks import Comments, Ids, Stamp, anchor_comment, replace_runs, span_runs
from editor.review.ooxml import MAIN_PART, MC_NS, Package, max_annotation_id, w
from editor.review.styles import Italics
from editor.review.textmap import Para, paragraphs_of

FIX_MODES = ("safe", "all", "none")
DECISION_KINDS = ("change", "comment", "ignore")
_NOTE_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_TRACKED = (w("ins"), w("del"), w("moveFrom"), w("moveTo"))
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True, slots=True, order=True)
class FindingKey:
    """Which finding of a file: its story (part name), its span in that story's text and its
    rule. The same file checked by the same engine gives the same keys."""

    story: str
    start: int
    end: int
    rule: str

    def as_text(self) -> str:
        """``story:start-end:rule``, e.g. for a decisions file."""
        return f"{self.story}:{self.start}-{self.end}:{self.rule}"

    @classmethod
    def from_text(cls, text: str) -> FindingKey:
        story, span, rule = text.rsplit(":", 2) if text.count(":") >= 2 else ("", "", "")
        start, _, end = span.partition("-")
        if not story or not rule or not start.isdigit() or not end.isdigit():
            raise ValueError(f"not a finding key: {text!r}")
        return cls(story, int(start), int(end), rule)


@dataclass(frozen=True, slots=True)
class Decision:
    """The reviewer's choice for one finding: ``change`` (a tracked change to ``suggestion``,
    by default the first one), ``comment`` (a comment only) or ``ignore`` (left out)."""

    kind: str
    suggestion: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in DECISION_KINDS:
            raise ValueError(f"unknown decision {self.kind!r}")


@dataclass(frozen=True, slots=True)
class ReviewOptions:
    author: str
    # "safe": batch-safe fixes as changes; "all": every error or warning with a fix; "none"
    fixes: str = "safe"
    when: dt.datetime | None = None
    # the reviewer's choice per finding; a finding not in it gets the fix mode's default
    decisions: Mapping[FindingKey, Decision] | None = None

    def __post_init__(self) -> None:
        if self.fixes not in FIX_MODES:
            raise ValueError(f"unknown fix mode {self.fixes!r}")


@dataclass(frozen=True, slots=True)
class Mark:
    """A finding as it went into the file: ``story`` is the part it stands in."""

    story: str
    finding: Finding
    kind: str  # "change" | "comment"
    replacement: str | None = None  # what a change put in place of the finding's text

    @property
    def key(self) -> FindingKey:
        return FindingKey(self.story, self.finding.start, self.finding.end, self.finding.rule)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A finding of the file as the reviewer chooses for it: ``default`` is what the fix mode
    would do ("change" or "comment"); ``changeable`` whether it can be a tracked change (it has
    a suggestion, lies in one paragraph, and its runs can be split: not inside a field result or
    across a hyperlink's edge); ``context`` its paragraph's text, which starts at offset
    ``context_start`` of the story (the finding's offsets are story offsets)."""

    key: FindingKey
    finding: Finding
    default: str
    changeable: bool
    context: str
    context_start: int

    @property
    def where(self) -> str:
        """Indonesian name of the story: body, header, footer, footnote, ..."""
        return story_label(self.key.story)

    def fix_shown(self, suggestion: str) -> str | None:
        """What ``suggestion`` makes in the paragraph: the suggestion itself, or for a space or
        a deletion the word(s) it leaves ("Sukses nya" -> "Suksesnya"); None where no text is
        left to show (the caller then names what is deleted)."""
        local = self.finding.shifted(-self.context_start)
        # the checked paragraph has a line break (Shift+Enter) as a space
        return fix_shown(self.context.replace("\n", " "), local, suggestion)


class DecisionError(DraftError):
    """A decision that does not fit the file's findings (the message says which, Indonesian)."""


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    data: bytes
    marks: tuple[Mark, ...]
    notices: tuple[str, ...] = ()

    @property
    def changes(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.kind == "change")

    @property
    def comments(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.kind == "comment")


@dataclass
class _Story:
    part: str
    paragraphs: list[Para]
    starts: list[int] = field(default_factory=list)

    @property
    def commentable(self) -> bool:
        name = self.part.rsplit("/", 1)[-1]
        return not name.startswith(("header", "footer"))

    def document(self, is_body: bool) -> Document:
        paragraphs, offset, titled = [], 0, not is_body
        for para in self.paragraphs:
            self.starts.append(offset)
            offset += len(para.text) + 1
            kind = "body"
            if not titled and para.text.strip():
                kind, titled = "title", True
            text = para.text.replace("\n", " ")
            spans = tuple(InlineSpan(a, b, "italic") for a, b in para.italic if a < b)
            paragraphs.append(Paragraph(text, spans, kind))
        return Document(tuple(paragraphs))

    def locate(self, offset: int) -> tuple[int, int]:
        """(paragraph index, offset in it) of a story offset."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo, offset - self.starts[lo]


@dataclass
class _Planned:
    story: _Story
    finding: Finding
    first: int  # paragraph index of start
    start: int
    last: int  # paragraph index of end
    end: int
    change: bool
    replacement: str = ""
    chosen: bool = False  # the reviewer asked for this change (its fallback to a comment is told)


def story_label(part: str) -> str:
    name = part.rsplit("/", 1)[-1]
    for prefix, label in (("document", "isi"), ("header", "kepala halaman"),
                          ("footer", "kaki halaman"), ("footnotes", "catatan kaki"),
                          ("endnotes", "catatan akhir")):  # fmt: skip
        if name.startswith(prefix):
            return label
    return name


def precheck(data: bytes, name: str) -> None:
    """Refuse what is not a readable .docx with a message that says what it is."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if _ENCRYPTED in data:
            raise DraftError(
                f"{name}: dokumen Word ini dilindungi kata sandi (terenkripsi); buka di Word, "
                "hapus kata sandinya, simpan, lalu tinjau lagi"
            )
        raise DraftError(
            f"{name}: berkas Word 97-2003 (.doc); buka di Word dan simpan sebagai .docx "
            "(Dokumen Word) dahulu"
        )
    sniff(data, name)


def review_docx(data: bytes, name: str, checker: Checker, options: ReviewOptions) -> ReviewOutcome:
    """The reviewed copy of the .docx ``data`` (``name`` is for messages)."""
    return _guarded(data, name, lambda: _review(data, name, checker, options))


def docx_findings(data: bytes, name: str, checker: Checker, fixes: str = "safe"
                  ) -> list[Candidate]:  # fmt: skip
    """The findings ``review_docx`` would mark in ``data``, each with its key and the default of
    the fix mode ``fixes``, in the order of the file (body first, then the other stories)."""
    if fixes not in FIX_MODES:
        raise ValueError(f"unknown fix mode {fixes!r}")
    return _guarded(data, name, lambda: _candidates(data, checker, fixes))


def _guarded(data: bytes, name: str, work):  # type: ignore[no-untyped-def]
    precheck(data, name)
    try:
        return work()
    except DraftError:
        raise
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DraftError(f"{name}: dokumen Word rusak, tidak dapat ditinjau ({reason})") from None


def _checked(data: bytes, checker: Checker):  # type: ignore[no-untyped-def]
    package = Package.from_bytes(data)
    italics = Italics(package)
    parts = [MAIN_PART, *package.story_parts()]
    stories = [_Story(part, _story_paragraphs(package, part, italics)) for part in parts]
    documents = [story.document(index == 0) for index, story in enumerate(stories)]
    return package, italics, parts, stories, check_stories(checker, documents)


def _candidates(data: bytes, checker: Checker, fixes: str) -> list[Candidate]:
    _, italics, _, stories, found = _checked(data, checker)
    planned = [
        plan
        for story, findings in zip(stories, found, strict=True)
        for plan in _plan(story, findings, fixes, story is stories[0])
    ]
    _cut(planned, italics)  # on this copy only: whether each span's runs can be split
    out = []
    for plan in planned:
        f, para = plan.finding, plan.story.paragraphs[plan.first]
        changeable = (
            _fixable(f)
            and plan.first == plan.last
            and span_runs(para, plan.start, plan.end) is not None
        )
        default = "change" if plan.change and changeable else "comment"
        key = FindingKey(plan.story.part, f.start, f.end, f.rule)
        start = plan.story.starts[plan.first]
        out.append(Candidate(key, f, default, changeable, para.text, start))
    return out


def _review(data: bytes, name: str, checker: Checker, options: ReviewOptions) -> ReviewOutcome:
    package, italics, parts, stories, found = _checked(data, checker)
    comments = Comments(package)
    notices = list(_existing(package, parts, comments.existing))
    ids_parts = [*parts, *([comments.name] if comments.name else [])]
    ids = Ids(max_annotation_id(package, ids_parts))
    when = options.when or dt.datetime.now(dt.UTC)
    author = xml_safe(options.author).strip() or "Sunting"
    stamp = Stamp(author, when.strftime("%Y-%m-%dT%H:%M:%SZ"), _initials(author))
    decisions = dict(options.decisions) if options.decisions is not None else None
    planned: list[_Planned] = []
    for story, findings in zip(stories, found, strict=True):
        planned.extend(_plan(story, findings, options.fixes, story is stories[0], decisions))
    if decisions:  # what is left matched no finding: the file is not the one listed
        raise DecisionError(
            f"{name}: {len(decisions)} pilihan tidak cocok dengan temuan berkas ini (berkasnya "
            "berubah sejak temuannya didaftar?); daftar temuannya lagi lalu pilih ulang"
        )
    body = stories[0]
    chosen = {
        FindingKey(p.story.part, p.finding.start, p.finding.end, p.finding.rule)
        for p in planned
        if p.chosen
    }
    orphans = [p for p in planned if not p.story.commentable and not p.change]
    planned = [p for p in planned if p not in orphans]
    _cut(planned, italics)
    for plan in planned:
        if (
            plan.change
            and span_runs(plan.story.paragraphs[plan.first], plan.start, plan.end) is None
        ):
            plan.change = False
    orphans += [p for p in planned if not p.story.commentable and not p.change]
    planned = [p for p in planned if p not in orphans]
    marks: list[Mark] = []
    changed: set[str] = set()
    runs_of = {
        id(p): span_runs(p.story.paragraphs[p.first], p.start, p.end) for p in planned if p.change
    }
    for plan in planned:
        if plan.change:
            continue
        _widen(plan, planned)
        cid = ids.next()
        first, last = plan.story.paragraphs[plan.first], plan.story.paragraphs[plan.last]
        if anchor_comment(first, plan.start, last, plan.end, cid):
            comments.add(cid, finding_lines(plan.finding), stamp)
            marks.append(Mark(plan.story.part, plan.finding, "comment"))
            changed.add(plan.story.part)
    # comment ranges go in before any run moves into a w:del (a range start there would vanish
    # with the deletion on accept)
    marks += _orphan_comments(orphans, body, comments, ids, stamp, changed)
    for plan in planned:
        runs = runs_of[id(plan)] if plan.change else None
        if runs is not None:
            replace_runs(runs, plan.replacement, stamp, ids)
            marks.append(Mark(plan.story.part, plan.finding, "change", plan.replacement))
            changed.add(plan.story.part)
    fell_back = sum(1 for m in marks if m.kind == "comment" and m.key in chosen)
    if fell_back:
        notices.append(
            f"{fell_back} temuan yang dipilih untuk diubah menjadi komentar: rentangnya "
            "bertumpang tindih dengan perubahan lain atau tidak dapat dipecah tanpa merusak "
            "isian, tautan, atau penanda di dalamnya."
        )
    _mirror_fallbacks([p for p in planned if runs_of.get(id(p)) is not None], stamp, ids)
    part = comments.finish()
    if part:
        changed |= {part, "[Content_Types].xml", "word/_rels/document.xml.rels"}
    changed &= set(package.trees)
    return ReviewOutcome(package.to_bytes(changed), tuple(marks), tuple(notices))


def _story_paragraphs(package: Package, part: str, italics: Italics) -> list[Para]:
    root = package.xml(part)
    paragraphs = paragraphs_of(root, part, italics)
    if part.endswith(("footnotes.xml", "endnotes.xml")):
        paragraphs = [p for p in paragraphs if not _separator(p.element)]
    return paragraphs


def _separator(paragraph: etree._Element) -> bool:
    for ancestor in paragraph.iterancestors(w("footnote"), w("endnote")):
        return ancestor.get(w("type")) in _NOTE_TYPES
    return False


def _existing(package: Package, parts: list[str], comments: int) -> Iterable[str]:
    tracked = sum(
        1 for part in parts for el in package.xml(part).iter(*_TRACKED) if el.get(w("author"))
    )
    if tracked or comments:
        yield (
            f"Berkas ini sudah memuat {tracked} perubahan terlacak dan {comments} komentar dari "
            "orang lain; semuanya dibiarkan, tinjauan ditambahkan di atasnya."
        )


def _fixable(f: Finding) -> bool:
    return bool(f.suggestions) and f.suggestions[0] != f.text


def _plan(
    story: _Story, findings: list[Finding], fixes: str, is_body: bool,
    decisions: dict[FindingKey, Decision] | None = None,
) -> list[_Planned]:  # fmt: skip
    """What each finding becomes. ``decisions`` (the reviewer's choices) is consumed: the keys
    that matched a finding are removed from it, so what is left matched none."""
    out: list[_Planned] = []
    taken: list[tuple[int, int]] = []
    for f in findings:
        if not is_body and f.category == "structure":
            continue  # a header or a footnote is not a release: no dateline, no closing mark
        first, start = story.locate(f.start)
        last, end = story.locate(f.end)
        if end == 0 and last > first:  # a span ending at a paragraph break ends before it
            last -= 1
            end = len(story.paragraphs[last].text)
        decision = None
        if decisions is not None:
            decision = decisions.pop(FindingKey(story.part, f.start, f.end, f.rule), None)
        if decision is not None and decision.kind == "ignore":
            continue
        replacement = f.suggestions[0] if f.suggestions else ""
        if decision is not None:
            wants = decision.kind == "change"
            if wants and decision.suggestion is not None:
                if decision.suggestion not in f.suggestions:
                    raise DecisionError(
                        f"“{decision.suggestion}” bukan saran temuan {f.rule} pada “{f.text}”"
                    )
                replacement = decision.suggestion
            wants = wants and bool(f.suggestions) and replacement != f.text
        else:
            # "all" leaves judgement calls (severity "suggestion") to the writer, as comments
            wants = _fixable(f) and (
                (fixes == "all" and f.severity != "suggestion")
                or (fixes == "safe" and f.batch_safe)
            )
        change = wants and first == last and not any(
            a < f.end and f.start < b for a, b in taken
        )  # fmt: skip
        if change:
            taken.append((f.start, f.end))
        chosen = decision is not None and decision.kind == "change"
        out.append(_Planned(story, f, first, start, last, end, change, replacement, chosen))
    return out


def _cut(planned: list[_Planned], italics: Italics) -> None:
    """Run boundaries at every span end, each paragraph cut from right to left."""
    cuts: dict[int, tuple[Para, set[int]]] = {}
    for plan in planned:
        for index, offset in ((plan.first, plan.start), (plan.last, plan.end)):
            para = plan.story.paragraphs[index]
            cuts.setdefault(id(para), (para, set()))[1].add(offset)
    for para, offsets in cuts.values():
        for offset in sorted(offsets, reverse=True):
            if para.cut(offset):
                para.rebuild()


def _widen(comment: _Planned, planned: list[_Planned]) -> None:
    """A comment overlapping a change covers the whole change (its range cannot end inside)."""
    for other in planned:
        if not other.change or other.story is not comment.story:
            continue
        f = other.finding
        if f.start < comment.finding.end and comment.finding.start < f.end:
            if (other.first, other.start) < (comment.first, comment.start):
                comment.first, comment.start = other.first, other.start
            if (other.last, other.end) > (comment.last, comment.end):
                comment.last, comment.end = other.last, other.end


def _mirror_fallbacks(changes: list[_Planned], stamp: Stamp, ids: Ids) -> None:
    """A text box's changes repeated in its VML fallback copy (what older Word versions show),
    where that copy holds the same text."""
    by_para: dict[int, tuple[Para, list[_Planned]]] = {}
    for plan in changes:
        para = plan.story.paragraphs[plan.first]
        by_para.setdefault(id(para), (para, []))[1].append(plan)
    for para, plans in by_para.values():
        twin = _fallback_twin(para.element)
        if twin is None:
            continue
        copy_of = Para(twin, para.story, [])
        copy_of.rebuild()
        original = para.text  # the Choice paragraph's text before its own changes
        if copy_of.text != original:
            continue
        for offset in sorted({o for p in plans for o in (p.start, p.end)}, reverse=True):
            if copy_of.cut(offset):
                copy_of.rebuild()
        found = [(p, span_runs(copy_of, p.start, p.end)) for p in plans]
        for plan, runs in found:
            if runs is not None:
                replace_runs(runs, plan.replacement, stamp, ids)


def _fallback_twin(paragraph: etree._Element) -> etree._Element | None:
    """The paragraph at the same place in the mc:Fallback of the mc:Choice holding ``paragraph``."""
    choice = next(paragraph.iterancestors(f"{{{MC_NS}}}Choice"), None)
    if choice is None:
        return None
    fallback = choice.getnext()
    if fallback is None or fallback.tag != f"{{{MC_NS}}}Fallback":
        return None
    mine = list(choice.iter(w("p")))
    theirs = list(fallback.iter(w("p")))
    if len(mine) != len(theirs):
        return None
    return theirs[mine.index(paragraph)]


def _orphan_comments(
    orphans: list[_Planned], body: _Story, comments: Comments, ids: Ids, stamp: Stamp,
    changed: set[str],
) -> list[Mark]:  # fmt: skip
    """Findings in headers and footers, as comments on the body's first paragraph with text."""
    target = next((p for p in body.paragraphs if p.text.strip()), None)
    if target is None or not orphans:
        return []
    marks = []
    for plan in orphans:
        where = "kaki halaman" if "footer" in plan.story.part else "kepala halaman"
        cid = ids.next()
        if anchor_comment(target, 0, target, len(target.text), cid):
            lines = (f"Di {where}: “{plan.finding.text}”", *finding_lines(plan.finding))
            comments.add(cid, lines, stamp)
            marks.append(Mark(plan.story.part, plan.finding, "comment"))
            changed.add(body.part)
    return marks


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:3]).upper() or "S"


def story_texts(data: bytes) -> dict[str, str]:
    """part name -> the text of that story as the review checks it (changes accepted)."""
    package = Package.from_bytes(data)
    italics = Italics(package)
    parts = [MAIN_PART, *package.story_parts()]
    return {
        part: "\n".join(p.text for p in _story_paragraphs(package, part, italics)) for part in parts
    }


def applied(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with the first suggestion of each (non-overlapping) finding applied."""
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = f.apply(text)
    return text
