"""The paragraph cache: a draft checked with the cache gives exactly the findings of a full check,
after any series of edits, and an edit re-checks only the paragraph it touched."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.checks.engine import CheckEngine, ParagraphCache
from editor.document.model import Document, InlineSpan, Paragraph

# Fresh sentences in the manner of a regional government's release, written for this test (people
# and places invented); some carry the slips a sub-editor marks.
HEADLINES = [
    "Pemkab Sukamaju Gelar Rapat Koordinasi Penanganan Banjir",
    "Bupati Tinjau Pembangunan Jembatan Desa Karangjati",
    "Dinas Kesehatan gelar vaksinasi massal di Kecamatan Lembah Hijau",
    "Ribuan Warga Ikuti Jalan Sehat HUT Kabupaten ke-45",
]
SENTENCES = [
    "SUKAMAJU - Pemerintah Kabupaten Sukamaju menggelar rapat koordinasi di aula kantor bupati, Senin (3/2/2025).",
    "Rapat itu dipimpin langsung oleh Bupati Sukamaju, H. Arman Wijaya, S.E., M.Si.",
    "Kepala Dinas Pekerjaan Umum, Ir. Budi Santoso MT mengatakan pembangunan jembatan di targetkan selesai bulan depan.",
    "Sebanyak 12500 warga terdampak banjir di tiga kecamatan.",
    "Menurut dia, bantuan akan di salurkan secara bertahap kepada 4 desa.",
    "Kegiatan ini merupakan bentuk kepedulian pemerintah daerah terhadap masyarakat yang terdampak.",
    "Camat Lembah Hijau menghimbau warga agar tetap waspada terhadap potensi banjir susulan.",
    "Beliau juga meminta para kepala desa untuk mendata warga yang membutuhkan bantuan.",
    "Dalam kesempatan tersebut, bupati menyerahkan bantuan berupa sembako, selimut, dan obat obatan.",
    "Pemerintah akan terus berkordinasi dengan Badan Penanggulangan Bencana Daerah (BPBD).",
    "BPBD Sukamaju telah menyiagakan 50 personel di titik titik rawan.",
    "Warga yang membutuhkan bantuan dapat menghubungi posko di kantor kecamatan masing-masing.",
    "Kami berharap kegiatan ini dapat berjalan dengan lancar dan aman,” ujar Arman.",
    "“Kita harus bergerak bersama untuk membantu saudara-saudara kita,” katanya.",
    "Acara di hadiri oleh Wakil Bupati, Sekretaris Daerah, serta pimpinan OPD se Kabupaten Sukamaju.",
    "Pembangunan jalan sepanjang 2 kilometer itu menelan anggaran Rp1,2 miliar dari APBD.",
    "Program ini telah berjalan sejak tahun 2021 dan melibatkan 300 kader posyandu.",
    "Dia menambahkan bahwa pelayanan kesehatan gratis tersedia di puskesmas setiap hari kerja.",
    "Pada kesempatan itu juga dilakukan penanaman pohon di sepanjang bantaran sungai Cimanuk.",
    "Kepala Bidang Kesiapsiagaan (Kabid) BPBD menjelaskan prosedur evakuasi kepada warga.",
    "Kabid juga mengingatkan warga agar tidak membuang sampah kesungai.",
    "Hal tersebut di sampaikan saat kunjungan kerja ke Desa Karangjati, Kecamatan lembah hijau.",
    "Sementara itu, antusiasme warga sangat tinggi dengan hadirnya para peserta dari berbagai desa.",
    "Pemkab menargetkan angka stunting turun menjadi 14 persen pada akhir tahun.",
    "Dengan adanya program tersebut di harapkan kesejahteraan petani meningkat.",
    "Website resmi Pemkab Sukamaju dapat diakses di sukamajukab.go.id untuk informasi lebih lanjut.",
    "Baca juga: Bupati Resmikan Pasar Rakyat",
    "Humas Setda Kabupaten Sukamaju",
    "(ril/hms)",
    "LEMBAH HIJAU, kabarsukamaju – Ratusan warga memadati alun-alun untuk senam bersama.",
    "Sambutan disampaikan oleh Bupati",
    "Surat itu ditandatangani Wakil Bupati H.",
    "Dana hibah sebesar Rp",
    "“Posko kami buka sampai malam” ujar Lurah Karangjati.",
    'Warga menyebut lomba itu "pesta rakyat" kata Kades.',
    "Selain itu warga diminta menjaga kebersihan saluran air.",
    "Karena hujan turun sejak pagi, maka apel pagi dipindah ke aula.",
    "Meskipun jalannya licin, namun petugas tetap berjaga di pos.",
    "Ia menegaskan bahwa, pendaftaran dibuka hingga akhir bulan.",
]
# a title, an initial or "Rp" inserted at a line's end reaches the next line: a name's title
# stands before it, or the tokenizer joins the initial or amount with what follows the break
WORDS = ["tambahan", "pemerintah", "kordinasi", "di", "Sukamaju", "bantuan", "2", "himbauan"]
WORDS += ["Bupati", "H.", "Rp", "Armanto", "on the road"]
# a name's rarer spelling, a slip of a word the draft uses, a word written thrice: the spelling
# of one line depends on the others (editor.checks.reads keeps what a line asked of them)
WORDS += ["Armantto", "bantuaan", "sipakatau sipakatau sipakatau"]


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


@st.composite
def drafts(draw: st.DrawFn) -> list[str]:
    head = draw(st.sampled_from(HEADLINES))
    body = draw(
        st.lists(
            st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join),
            min_size=1,
            max_size=8,
        )
    )
    return [head, *body]


edits = st.tuples(
    st.sampled_from(["word", "replace", "delete", "insert", "split", "join", "blank"]),
    st.integers(min_value=0, max_value=50),
    st.sampled_from(WORDS + SENTENCES[:6]),
)


def _edit(paras: list[str], edit: tuple[str, int, str]) -> list[str]:
    what, at, piece = edit
    out = list(paras)
    i = at % len(out)
    if what == "word":
        words = out[i].split(" ")
        words.insert(at % (len(words) + 1), piece)
        out[i] = " ".join(words)
    elif what == "replace":
        out[i] = piece
    elif what == "delete" and len(out) > 1:
        del out[i]
    elif what == "insert":
        out.insert(i, piece)
    elif what == "split" and " " in out[i]:
        cut = out[i].index(" ", len(out[i]) // 2) if " " in out[i][len(out[i]) // 2 :] else 0
        if cut:
            out[i : i + 1] = [out[i][:cut], out[i][cut + 1 :]]
    elif what == "join" and i + 1 < len(out):
        out[i : i + 2] = [out[i] + " " + out[i + 1]]
    elif what == "blank":
        out.insert(i, "")
    return out


def _document(paras: list[str], italic_word: str | None) -> Document:
    out = []
    for k, text in enumerate(paras):
        spans: tuple[InlineSpan, ...] = ()
        if italic_word and italic_word in text:
            at = text.index(italic_word)
            spans = (InlineSpan(at, at + len(italic_word), "italic"),)
        out.append(Paragraph(text, spans, "title" if k == 0 else "body"))
    return Document(tuple(out))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    drafts(),
    st.lists(edits, min_size=1, max_size=6),
    st.sampled_from([None, "stunting", "kordinasi"]),
    st.booleans(),
)
def test_cached_check_equals_full_check_after_edits(
    engine: CheckEngine,
    paras: list[str],
    series: list[tuple[str, int, str]],
    italic_word: str | None,
    as_document: bool,
) -> None:
    cache = ParagraphCache()
    for edit in [None, *series]:
        if edit is not None:
            paras = _edit(paras, edit)
        draft: Document | str = _document(paras, italic_word) if as_document else "\n".join(paras)
        assert engine.check(draft, cache=cache) == engine.check(draft)


def test_an_edit_rechecks_only_its_paragraph(engine: CheckEngine) -> None:
    paras = [HEADLINES[0], *(" ".join(SENTENCES[k : k + 3]) for k in range(0, 27, 3))]
    cache = ParagraphCache()
    engine.check("\n".join(paras), cache=cache)
    assert (cache.hits, cache.misses) == (0, len(paras))
    paras[4] += " Kegiatan di tutup dengan doa bersama."
    after = engine.check("\n".join(paras), cache=cache)
    assert (cache.hits, cache.misses) == (len(paras) - 1, len(paras) + 1)
    flagged = [f for f in after if f.text == "di tutup"]
    assert flagged and flagged[0].suggestions[0] == "ditutup"


def test_another_engine_does_not_reuse_the_findings(engine: CheckEngine) -> None:
    from editor.checks.style import HouseStyle

    text = f"{HEADLINES[1]}\n{SENTENCES[4]}"
    cache = ParagraphCache()
    assert any(f.rule == "EYD.Affix.DiPassive" for f in engine.check(text, cache=cache))
    quiet = CheckEngine(
        engine.lexicon, engine.rules, HouseStyle(disabled_rules=frozenset({"EYD.Affix.DiPassive"}))
    )
    assert not any(f.rule == "EYD.Affix.DiPassive" for f in quiet.check(text, cache=cache))
    assert cache.misses == 4  # the second engine checked both paragraphs again


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drafts(), st.lists(edits, min_size=1, max_size=6))
def test_line_evidence_gives_the_discourse_of_the_whole_draft(
    engine: CheckEngine, paras: list[str], series: list[tuple[str, int, str]]
) -> None:
    """What the draft says about its names, short forms and protected spans is the same when
    worked out from its lines (kept between edits) as from the whole draft."""
    from editor.checks.discourse import analyse, analyse_by_line
    from editor.checks.kinds.base import CheckContext
    from editor.checks.text import TextModel

    store: dict = {}
    for edit in [None, *series]:
        if edit is not None:
            paras = _edit(paras, edit)
        text = "\n".join(paras)
        ctx = CheckContext(TextModel(text), engine.lexicon)
        whole = analyse(text, ctx.model.tokens, engine.lexicon, ctx)
        assert analyse_by_line(text, ctx.model.tokens, engine.lexicon, ctx, store) == whole


def test_cached_check_follows_local_evidence_when_lines_move(engine: CheckEngine) -> None:
    """Evidence that makes a word wrong is local (a few thousand characters): a line the cache
    kept is judged again when an edit brings a name's usual spelling within its reach, or takes
    it out of reach."""
    filler = " ".join(SENTENCES[3:12])
    top = ["Bupati Armanto membuka rapat. Armanto meminta warga waspada. Kata Armanto."]
    bottom = ["Rapat ditutup oleh Armantto di aula kecamatan."]
    far = [HEADLINES[0], *top, *[filler] * 5, *bottom]
    near = [HEADLINES[0], *top, filler, *bottom]
    cache = ParagraphCache()
    seen = []
    for paras in (far, near, far, near):
        text = "\n".join(paras)
        found = engine.check(text, cache=cache)
        assert found == engine.check(text)
        seen.append(any(f.text == "Armantto" and f.suggestions[:1] == ("Armanto",) for f in found))
    assert seen == [False, True, False, True]


def test_a_quote_without_its_comma_is_flagged_paragraph_by_paragraph(engine: CheckEngine) -> None:
    # the missing comma before a closing quote is found in each paragraph alone: the rule is
    # paragraph-local, and at a line's start its word begins after the line break
    paras = [
        HEADLINES[1],
        "“Jembatan ini kami bangun bersama warga” ujar Camat.",
        "“Siap” kata Kades.",
    ]
    rule = next(r for r in engine.active if r.id == "EYD.Punctuation.CommaBeforeQuoteEnd")
    assert rule.kind.paragraph_local
    cache = ParagraphCache()
    cached = engine.check("\n".join(paras), cache=cache)
    assert cached == engine.check("\n".join(paras))
    fixes = [f.suggestions[0] for f in cached if f.rule == rule.id]
    assert fixes == ["warga,”", "Siap,”"]


def test_rules_that_stop_at_a_line_break_are_checked_paragraph_by_paragraph(
    engine: CheckEngine,
) -> None:
    # a negated set that leaves the line break out and a look behind at a line break keep a
    # pattern inside its paragraph: such rules are paragraph-local, with the same findings
    from editor.checks.kinds.base import newline_free

    assert newline_free(r"(?:^|(?<=\n))Selain itu[^.;\n]{1,40},")
    assert newline_free(r"[^\s\"”]+”")
    assert not newline_free(r"[^.;]{1,40},")  # a set that may hold the line break
    assert not newline_free(r"[a[^\n]]")  # the outer set may
    assert not newline_free(r"\(?<=\n)")  # an escaped bracket, then a line break matched
    # a look ahead at the break ending the line (past spaces) reads the rest of one line only
    assert newline_free(r"(?m)^[ \t]*\KBagikan[ \t]*(?=\n|$)")
    assert newline_free(r"\(adv\)(?=[ \t]*(?:\n|$))")
    assert not newline_free(r"Bagikan(?=\n\n)")  # one that reads past the break
    assert not newline_free(r"Bagikan[ \t]*(?:\n|$)")  # the break matched, not looked at
    paras = [HEADLINES[0], SENTENCES[-4], SENTENCES[-3], SENTENCES[-2], SENTENCES[-1]]
    local = {r.id for r in engine.active if r.kind.paragraph_local}
    assert {"EYD.Punctuation.CommaAfterOpener", "STYLE.KarenaMaka", "STYLE.MeskiNamun"} <= local
    assert {"STRUCT.WebWidget", "STRUCT.InlineLeftover", "STRUCT.ViewCounter"} <= local
    cache = ParagraphCache()
    found = engine.check("\n".join(paras), cache=cache)
    assert found == engine.check("\n".join(paras))
    rules = {f.rule for f in found}
    assert {"EYD.Punctuation.CommaAfterOpener", "STYLE.KarenaMaka", "STYLE.MeskiNamun"} <= rules


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drafts(), st.lists(edits, min_size=1, max_size=4))
def test_a_check_without_cache_is_the_same_after_other_checks(
    engine: CheckEngine, paras: list[str], series: list[tuple[str, int, str]]
) -> None:
    # an engine keeps what each line says by itself from check to check: a draft checked after
    # others gets the findings an engine that never saw a line gives
    for edit in series:
        engine.check("\n".join(paras))
        paras = _edit(paras, edit)
    fresh = CheckEngine(engine.lexicon, engine.rules, engine.style)
    assert engine.check("\n".join(paras)) == fresh.check("\n".join(paras))


def _from_cache_as_whole(engine: CheckEngine, paras: list[str]) -> list:
    """The findings of a second check through a paragraph cache, which must be a whole check's."""
    draft = "\n".join(paras)
    cache = ParagraphCache()
    engine.check(draft, cache=cache)
    cached = engine.check(draft, cache=cache)
    assert cached == engine.check(draft)
    return cached


def test_a_passive_shown_by_the_draft_is_judged_the_same_from_the_cache(
    engine: CheckEngine,
) -> None:
    # "di kawal" is joined when its own paragraph writes "dikawal"; a paragraph checked alone
    # from the cache sees only itself, so the evidence must come from the paragraph alone
    paras = [
        "Jalan Desa Dijaga Warga",
        "Jalan desa dikawal warga sejak pagi. Rombongan yang di kawal itu tiba siang.",
        "Warga lain menjaga pos. Rombongan kedua yang di kawal petugas tiba sore.",
    ]
    cached = _from_cache_as_whole(engine, paras)
    passives = [f.text for f in cached if f.rule == "EYD.Affix.DiPassive"]
    assert passives == ["di kawal"]


def test_brackets_broken_across_a_line_are_paired_from_the_cache_too(engine: CheckEngine) -> None:
    # "(700\nKK)": the pasted copy broke the line inside the brackets; the pair is read with
    # the next line in a whole check, and must be read so when the paragraphs come from a cache
    paras = [
        "Bantuan Beras untuk Lima Distrik",
        "Beras dibagikan di Distrik Satu (500 KK), Distrik Dua (700",
        "KK), dan Distrik Tiga (400 KK) pada Senin pagi.",
    ]
    cached = _from_cache_as_whole(engine, paras)
    assert not [f for f in cached if f.rule == "EYD.Punctuation.BracketPairs"]
