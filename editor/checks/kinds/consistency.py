"""``consistency``: one release, one form. A word written with different capitals outside sentence
starts and headlines (Pilkada/pilkada), or quotation marks of two styles (" and “ ”). The finding
sits on the minority form, names the other form and suggests the majority one."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline

MODES = ("case", "quotes")
# words whose capitals legitimately change with use: an office before a name vs. generic
# ("Bupati Banyuasin" / "para bupati"), a place type before its name ("Desa Sukajadi" / "desa")
_CASE_BY_USE = frozenset(
    """
    bupati wakil wali kota gubernur camat lurah kepala ketua sekretaris presiden menteri direktur
    desa kelurahan kecamatan kabupaten provinsi dinas badan kantor rumah sakit sungai jalan pasar
    masjid sekolah balai lapangan gedung pulau gunung danau selat teluk tanjung hari raya tahun
    bulan pemerintah daerah kota pusat umum negeri kepolisian polisi kejaksaan pengadilan bank
    anggota komisi ibu bapak haji pak bu sang tuhan allah nabi agama partai kota
    """.split()
)


class Consistency(Kind):
    """Spec: ``mode`` (``case`` or ``quotes``). The message may use ``{text}`` and ``{other}``."""

    name = "consistency"
    keys = frozenset({"mode"})
    optional = frozenset({"any_language"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.mode = spec["mode"]
        if self.mode not in MODES:
            raise self.fail(f"mode must be one of {', '.join(MODES)}")
        self.any_language = bool(spec.get("any_language", False))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._case(ctx) if self.mode == "case" else self._quotes(ctx)

    def _finding(self, ctx: CheckContext, start: int, end: int, other: str) -> Finding:
        message = self.header.message.replace("{text}", ctx.text[start:end])
        return self.header.finding(start, end, ctx.text, [other], message.replace("{other}", other))

    def _case(self, ctx: CheckContext) -> Iterator[Finding]:
        # first only group the words by their lowercase form: most words have one form, and only
        # words written in two ways need the closer look
        spellings: dict[str, set[str]] = defaultdict(set)
        for tok in ctx.model.words:
            spellings[tok.text.lower()].add(tok.text)
        mixed = {low for low, texts in spellings.items() if len(texts) > 1 and len(low) >= 4}
        mixed -= _CASE_BY_USE
        if not mixed:
            return
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        where: dict[str, list[tuple[int, int]]] = defaultdict(list)
        starts = ctx.model.sentence_starts
        for tok in ctx.model.words:
            word = tok.text
            low = word.lower()
            if low not in mixed or not (word.islower() or word.istitle()) or "-" in word:
                continue
            if tok.start in starts or in_headline(ctx, tok.start):
                continue
            forms[low][word] += 1
            where[word].append((tok.start, tok.end))
        for variants in forms.values():
            if len(variants) < 2:
                continue
            (major, n1), (minor, n2) = variants.most_common(2)
            if n1 == n2:
                continue
            for start, end in where[minor]:
                yield self._finding(ctx, start, end, major)

    def _quotes(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if '"' not in text or ("“" not in text and "”" not in text):
            return
        straight = [m.start() for m in re.finditer('"', text)]
        curly = [m.start() for m in re.finditer("[“”]", text)]
        if not straight or not curly or len(straight) == len(curly):
            return
        if len(straight) < len(curly):
            for i in straight:
                opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "(["
                yield self._finding(ctx, i, i + 1, "“" if opening else "”")
        else:
            for i in curly:
                yield self._finding(ctx, i, i + 1, '"')
