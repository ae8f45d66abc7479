"""``colloquial_nasal``: a verb of speech that drops the me- of its meN- prefix (``minjam``,
``nulis``, ``ngambil``, ``nyapu``).

Colloquial Indonesian keeps only the nasal of meN-: the word itself is no dictionary word, but
``me`` + the word is a meN- verb the dictionary holds (meminjam, menulis, mengambil, menyapu).
That standard verb is the fix, not a spelling neighbour ("min jam", "minyak"). Quoted speech
keeps its register: there the finding is only a suggestion (severity policy: quotations are held
to spelling, capitals and punctuation, not to usage)."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.quotes import in_quote
from editor.checks.spelling import match_case
from editor.checks.text import Kind as Tok

_NASALS = ("m", "n")


class ColloquialNasal(Kind):
    """Spec: nothing beyond the header."""

    name = "colloquial_nasal"
    paragraph_local = True
    keys = frozenset[str]()

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex is None:
            return
        text = ctx.text
        for tok in ctx.model.tokens:
            word = tok.text
            if tok.kind is not Tok.WORD or not word.startswith(_NASALS) or len(word) < 4:
                continue
            if not word.isalpha() or not word.islower():
                continue
            standard = self._standard(ctx, word)
            if standard is None:
                continue
            severity = "suggestion" if in_quote(ctx, tok.start) else None
            fix = [match_case(word, standard)]
            yield self.header.finding(tok.start, tok.end, text, fix, severity=severity)

    @staticmethod
    def _standard(ctx: CheckContext, word: str) -> str | None:
        lex = ctx.lexicon
        if lex.is_word(word) or lex.is_rejected(word) or lex.blocked_fix(word):
            return None
        full = "me" + word
        if full not in lex.data.forms or not lex.is_common(full):
            return None
        analysis = lex.analyse(full)
        if analysis is None or analysis.prefixes[:1] != ("meN",):
            return None  # "me" + the word must be the meN- verb, nothing else
        return full
