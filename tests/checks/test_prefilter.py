"""The literal prefilter of pattern rules (editor.checks.prefilter): a text without a pattern's
required literals has no match of it, and patterns beyond its reading get no requirement."""

from __future__ import annotations

import regex

from editor.checks.kinds.base import CheckContext
from editor.checks.kinds.capitals import Capitals
from editor.checks.kinds.pattern import Pattern
from editor.checks.lexicon import Lexicon
from editor.checks.prefilter import allows, required, scan
from editor.checks.rules import load_bundled
from editor.checks.text import TextModel

# fresh sentences, with and without the words the bundled rules are keyed on
SENTENCES = [
    "Rapat pleno digelar di aula balai desa pada Kamis (4/12) pukul 09.00 WIB.",
    "kepala dinas pertanian mengatakan , bahwa panen raya tahun ini naik 12 % .",
    "Warga Dusun Sukamulya bergotong royong membersihkan saluran air.",
    '"Kami siap membantu," ujar Camat Sukamaju kepada wartawan.',
    "Bantuan sebesar Rp 5.000.000,- diserahkan oleh Plt. Kepala Badan.",
    "HARGA CABAI DI PASAR INDUK TURUN SEJAK SENIN LALU.",
    "sungai citarum meluap setelah hujan deras sejak jumat malam",
    "Pemkab menyalurkan 1.250 paket sembako kepada warga terdampak banjir.",
    "Baca juga: Jembatan gantung di desa itu akhirnya diresmikan",
    "Allah SWT memberi kemudahan, tutur tokoh agama setempat.",
    "Dalam rangka Hari Jadi kota, digelar lomba lari 10 km.",
    "Ia  menambahkan bahwa program tersebut  berlanjut hingga Desember.",
]


def _variants(text: str) -> list[str]:
    return [text, text.lower(), text.upper(), text.title(), text.replace(" ", "\t")]


def test_a_text_without_the_literals_never_matches() -> None:
    rules = [r for r in load_bundled().rules if isinstance(r.kind, Pattern | Capitals)]
    gated = [r for r in rules if r.kind.requirement is not None]
    assert len(gated) > len(rules) // 2  # most rules are keyed on a few words or marks
    for rule in gated:
        req = rule.kind.requirement
        for sentence in SENTENCES:
            for text in _variants(sentence):
                if not allows(_ctx(text), req):
                    assert rule.kind.pattern.search(text) is None, (rule.id, text)


def _ctx(text: str) -> CheckContext:
    return CheckContext(TextModel(text), Lexicon.load_default())


def test_scanning_the_lines_with_the_literals_finds_every_match() -> None:
    rules = [r for r in load_bundled().rules if isinstance(r.kind, Pattern | Capitals)]
    drafts = [
        "\n".join(SENTENCES),
        "\n\n".join(SENTENCES[::-1]) + "\n",
        "\n".join(s.upper() for s in SENTENCES[:6]),
        "Judul Rilis Tanpa Titik\n" + "\n".join(SENTENCES[3:9]),
    ]
    for draft in drafts:
        ctx = _ctx(draft)
        for rule in rules:
            kind = rule.kind
            whole = [(m.span(), m.groups()) for m in kind.pattern.finditer(draft)]
            lines = scan(ctx, kind.pattern, kind.requirement, kind.paragraph_local)
            assert [(m.span(), m.groups()) for m in lines] == whole, rule.id


def _check(pattern: str, ignorecase: bool, texts: list[str]) -> None:
    req = required(pattern, ignorecase)
    flags = regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
    compiled = regex.compile(pattern, flags)
    for text in texts:
        if compiled.search(text):
            assert allows(_ctx(text), req), (pattern, text)


def test_requirements_of_hand_written_patterns() -> None:
    assert required(r"\bsenin|selasa\b").literals == ("senin", "selasa")
    assert required(r"(?<=\p{Lu}\p{Ll}+)[ \t]+yang[ \t]+mana").literals == ("yang",)
    assert required(r"\bRp\s*\d").literals == ("Rp",)
    assert required(r"(?i:dinas)\s+\p{Lu}").folded
    assert required(r"[,;]").literals == (",", ";")
    assert required(r"(?=D[Rr])\.?\s+\p{Lu}").literals == ("DR", "Dr")  # a run and a small set
    # few long literals before many or short ones
    assert required(r"(?<=(?:kata|ujar|tutur))\s*,").literals == ("kata", "ujar", "tutur")
    # a case-insensitive literal is looked for in the lower-cased text, when its letters are ASCII
    assert not allows(_ctx("Rapat di balai desa."), required(r"(?i:dinas)\s+\p{Lu}"))
    assert allows(_ctx("Rapat di DINAS Sosial."), required(r"(?i:dinas)\s+\p{Lu}"))
    assert allows(_ctx("Rapat di kafé desa."), required(r"(?i:dinas)\s+\p{Lu}"))
    # nothing a match must hold, or syntax beyond the reading: no requirement
    for pattern in (
        r"\p{L}+",
        r"(?:kata)?\s+\d",
        r"(?!kata)\w+",
        r"(?:kata){e<=1}",
        r"[[a-z]--[aeiou]]x",
        r"(?|(a)|(b))c",
        r"\L<words>",
        r"kata|\d+",
    ):
        assert required(pattern) is None, pattern


def test_case_folding_keeps_every_match() -> None:
    texts = ["STRASSE", "Straße", "ſenin", "İstanbul", "KELVIN \u212a", "Senin", "SENIN", "ﬁle"]
    for pattern in (
        "strasse",
        "senin",
        "istanbul",
        "k",
        "file",
        "(?i:senin)|selasa",
        "(?-i:Senin)",
    ):
        _check(pattern, True, texts)
        _check(pattern, False, texts)


def test_an_inflection_filter_never_hides_an_analysis() -> None:
    from editor.checks import morphology
    from editor.checks.kinds.substitution import _may_end_in_root, _root_ends

    roots = frozenset({"himbau", "rubah", "ijin", "aktip", "resiko", "pukul", "sapu", "tes"})
    ends = _root_ends(roots)
    assert ends is not None and _root_ends(frozenset({"a", "desa"})) is None
    words = {"menghimbau", "himbauan", "merubah", "dirubahnya", "perijinan", "mengaktipkan",
             "beresiko", "memukul", "menyapukan", "pengetesan", "kebersamaan", "rumah", "sapi"}  # fmt: skip
    for root in roots:
        for prefixes in ((), ("meN",), ("peN",), ("di",), ("ber",), ("ke", "ber"), ("memper",)):
            for suffix in morphology.SUFFIXES:
                words.add(morphology.generate(prefixes, root, suffix, "nya"))
    for word in words:
        if any(True for _ in morphology.analyse(word, roots.__contains__)):
            assert _may_end_in_root(word, ends), word
    assert not _may_end_in_root("rumah", ends) and not _may_end_in_root("kebersamaan", ends)
