"""``place_levels``: places of several administrative levels written in a row are separated by
commas (EYD V III.B: the parts of an address, and a place and its wider region written in a row:
"Dusun Sukajadi, Desa Sukamaju, Kecamatan Merapi").

"Desa Sukamaju Kecamatan Merapi" -> "Sukamaju,": an area's head (resources/words/
admin-levels.tsv), its name in capitalised words, then at once the head of a wider level and the
wider area's name. The name before the comma is one to four capitalised words, none a head, a
word of level (Tingkat, resources/words/level-words.txt) or a "se-" form, not written in
capitals only (a short form: "Kampung KB Tingkat Kecamatan" names a programme), and at least
one of them a word a place's name may hold (see ``_proper``), or the whole a place of the
gazetteer ("Desa Cerdas", "Kampung Tangguh" name programmes, not villages). A head of the same
or a narrower level after the name ("Kampung Melayu Desa ...", "Desa Sukamaju Dusun ...") may
start a name of its own, so it is left alone. A regency or city named without its head after a
narrower place or a landmark takes the comma too ("Bukit Randu Bandar Lampung" -> "Randu,").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.lexicon import Lexicon
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import table, word_set
from editor.paths import resource

MAX_NAME = 4


@cache
def levels() -> dict[str, int]:
    """The heads of administrative areas with their levels (1 the widest)."""
    return {head: int(level) for head, level in table("admin-levels").items()}


@cache
def _level_words() -> frozenset[str]:
    return frozenset(w.lower() for w in word_set("level-words")) | {"se"}


class PlaceLevels(Kind):
    """Spec: nothing of its own."""

    name = "place_levels"
    paragraph_local = True

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        heads = levels()
        lexicon = ctx.lexicon
        for i, tok in enumerate(toks):
            level = heads.get(tok.text)
            if level is None:
                continue
            last = _name_end(ctx, toks, i + 1)
            if last is None or last + 2 >= len(toks):
                continue
            head, after = toks[last + 1], toks[last + 2]
            wider = heads.get(head.text)
            if wider is None or wider >= level:
                continue
            if text[toks[last].end : head.start] != " " or text[head.end : after.start] != " ":
                continue
            if not _name_word(after) or after.text in heads:
                continue
            name = toks[i + 1 : last + 1]
            if lexicon is not None and not any(_proper(lexicon, t.text) for t in name):
                if not lexicon.is_place(text[name[0].start : name[-1].end]):
                    continue
            end = toks[last]
            yield self.header.finding(end.start, end.end, text, [end.text + ","])
        yield from self._regency_without_head(ctx, toks)

    def _regency_without_head(self, ctx: CheckContext, toks: list[Token]) -> Iterator[Finding]:
        """A regency or city named without its head right after a narrower place or a landmark
        ("Bukit Randu Bandar Lampung", "Desa Sukamaju Muara Enim" -> "Randu,", "Sukamaju,"): a
        head of a district or narrower area, or a geographic head (Bukit, Pantai), one capitalised
        word or more, then a regency or city of the gazetteer of two words or more ending the
        capitalised run; the whole run is no place of the gazetteer itself."""
        text, lexicon = ctx.text, ctx.lexicon
        if lexicon is None:
            return
        heads, regencies = levels(), _regencies()
        for i, tok in enumerate(toks):
            level = heads.get(tok.text)
            if not ((level is not None and level >= 3) or tok.text in _GEOGRAPHY_HEADS):
                continue
            j = i + 1
            while (
                j < len(toks)
                and j - i <= MAX_NAME + 4
                and _name_word(toks[j])
                and toks[j].text not in heads
                and text[toks[j - 1].end : toks[j].start] == " "
            ):
                j += 1
            run = toks[i + 1 : j]
            if len(run) < 3 or lexicon.is_place(text[run[0].start : run[-1].end]):
                continue
            for size in (4, 3, 2):
                if size >= len(run):
                    continue
                tail = " ".join(t.text for t in run[-size:])
                if tail in regencies:
                    end = run[-size - 1]
                    yield self.header.finding(end.start, end.end, text, [end.text + ","])
                    break


_GEOGRAPHY_HEADS = word_set("geography-heads")


@cache
def _regencies() -> frozenset[str]:
    """The regencies and cities of the gazetteer (resources/gazetteer/wilayah.tsv) named by two
    words or more, without their head (Bandar Lampung, Muara Enim, Lampung Selatan)."""
    out = set()
    for line in resource("gazetteer", "wilayah.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "kabupaten_kota":
            name = parts[2].split(" ", 1)[1] if " " in parts[2] else ""
            name = name.removeprefix("Administrasi ")  # Kota Administrasi Jakarta Selatan
            if name.count(" ") >= 1:
                out.add(name)
    return frozenset(out)


def _proper(lexicon: Lexicon, word: str) -> bool:
    """Can ``word`` be part of a place's name: no common word of the lexicon, a common word edited
    news capitalises at least half the times it writes it mid-sentence (Tanjung, Jaya), or one it
    hardly writes at all (Terdana)? Words it writes in lower case (cerdas, wisata, tangguh, sehat)
    name a programme ("Desa Wisata", "Kampung Tangguh")."""
    lower = word.lower()
    if not lexicon.is_common(lower):
        return True
    rate = capital_rates().get(lower)
    return rate is None or rate.capitalised * 2 >= rate.mid


def _name_word(tok: Token) -> bool:
    word = tok.text
    return (
        tok.kind is Tok.WORD
        and word[:1].isupper()
        and not (len(word) > 1 and word.isupper())
        and word.lower() not in _level_words()
        and not word.lower().startswith("se-")
    )


def _name_end(ctx: CheckContext, toks: list[Token], i: int) -> int | None:
    """The index of the last word of the area's name opening at ``i`` (before the next head),
    or None when no such name stands there."""
    heads = levels()
    j = i
    while j < len(toks) and j - i < MAX_NAME:
        tok = toks[j]
        if ctx.text[toks[j - 1].end : tok.start] != " " or tok.text in heads:
            break
        if not _name_word(tok):
            return None
        j += 1
    if j == i or j >= len(toks) or toks[j].text not in heads:
        return None
    return j - 1
