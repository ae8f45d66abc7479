"""Whatever the run structure of the writer's file, accepting every change gives the fixed text
and rejecting every change the original, in every paragraph (hypothesis builds the files)."""

from __future__ import annotations

import io

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.review.accept import settled_docx
from editor.review.ooxml import MAIN_PART
from editor.review.tracked import ReviewOptions, applied, review_docx, story_texts

# fresh sentences; most carry an error with a fix (se-, apa pun, bekerja sama, di-)
SENTENCES = (
    "Warga Se-Kecamatan hadir tanpa undangan apapun.",
    "Petugas diminta bekerjasama dengan kader desa.",
    "Bantuan di salurkan kepada keluarga penerima.",
    "Rapat dibuka pukul sembilan pagi.",
    "Kegiatan ini terbuka bagi siapapun yang berminat.",
)


@st.composite
def paragraphs(draw) -> list[tuple[str, list[int], list[tuple[bool, bool]]]]:  # type: ignore[no-untyped-def]
    """(text, run cuts, (bold, italic) per run) for each paragraph; the first has an error."""
    out = []
    for index in range(draw(st.integers(1, 4))):
        chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3))
        if index == 0:
            chosen.insert(draw(st.integers(0, len(chosen))), SENTENCES[0])
        text = " ".join(chosen)
        cuts = sorted(set(draw(st.lists(st.integers(1, len(text) - 1), max_size=6))))
        looks = draw(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=len(cuts) + 1,
                              max_size=len(cuts) + 1))  # fmt: skip
        out.append((text, cuts, looks))
    return out


def build(spec) -> bytes:  # type: ignore[no-untyped-def]
    word = docx.Document()
    word.add_paragraph("Kegiatan Warga Berjalan Lancar", style="Title")
    for text, cuts, looks in spec:
        para = word.add_paragraph()
        for (a, b), (bold, italic) in zip(
            zip([0, *cuts], [*cuts, len(text)], strict=True), looks, strict=True
        ):
            run = para.add_run(text[a:b])
            run.bold, run.italic = bold, italic
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spec=paragraphs())
def test_accept_gives_the_fixes_and_reject_the_original(engine, spec) -> None:  # type: ignore[no-untyped-def]
    data = build(spec)
    done = review_docx(data, "acak.docx", engine, ReviewOptions("Penguji", "all"))
    original = story_texts(data)[MAIN_PART]
    expected = applied(original, [m.finding for m in done.changes])
    assert story_texts(settled_docx(done.data, accept=True))[MAIN_PART] == expected
    assert story_texts(settled_docx(done.data, accept=False))[MAIN_PART] == original
    assert done.changes  # the first paragraph always holds fixable errors
    assert "se-Kecamatan" in expected and "apa pun" in expected
    # python-docx still reads the result, comments included
    word = docx.Document(io.BytesIO(done.data))
    assert len(list(word.comments)) == len(done.comments)
