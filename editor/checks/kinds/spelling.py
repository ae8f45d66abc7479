"""``spelling``: words that are in no dictionary, with ranked suggestions (editor.checks.spelling)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from rapidfuzz.distance import Levenshtein

from editor.checks.discourse import discourse, english_word, english_zipf
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.lexicon import Lexicon
from editor.checks.spelling import Candidate, Speller, match_case, weighted_distance
from editor.checks.text import NON_FINAL_ABBREVIATIONS, Token
from editor.checks.wordlists import entries, word_set

# first parts of hyphenated forms that are bound forms or prefixes before a capital or acronym
_BOUND = word_set("hyphen-first-parts")
_MAX_SUGGESTIONS = 5
# a dictionary correction is safe for a batch fix only this far ahead of the next candidate
_CLEAR_MARGIN = 0.5
# this many unknown words within this many words are a regional-language phrase, not typos
_REGIONAL_RUN, _REGIONAL_WINDOW = 3, 5
_OWN_WORD = 3
# a capitalised unknown word this frequent in Indonesian web text is a name in use, unless the
# fix is as cheap as a loan's adaptation (a doubled letter dropped)
_NAME_ZIPF, _ADAPTATION = 3.0, 0.45
_MAX_WORD = 45
_CODE_TAIL = re.compile(r"(?<![\w-])[A-Z]{1,4}[-+]([a-z]{2,4})(?![\w-])")
# a capitalised word written this often in English text is a name in use somewhere in the world
# (Weller, Nanking, Kigali): in translated copy no dictionary neighbour makes it a typo
_WORLD_NAME_ZIPF = 2.5
# a lower-case word at least this frequent in English, and no rarer there than in Indonesian, is
# a foreign word written on purpose (matte, condo, flap) unless its neighbour is its adaptation
_ENGLISH_LOAN_ZIPF = 3.3
# what follows a sentence's subject when it is a person: a comma, or a predicate opener
_NAME_NEXT = re.compile(r",|[ \t]+(?:" + "|".join(entries("subject-predicate-openers")) + r")\b")
# an academic degree right after a word: the word is the end of a person's name
_DEGREE_AFTER = re.compile(r",?[ \t]+(?:[A-Z][a-z]{0,3}\.)+")


def _target_zipf(lex: Lexicon, candidate: str) -> float:
    """How common the word a candidate stands for is (the rarer part of a split)."""
    return min(lex.zipf(part) for part in candidate.split())


def _acronym_slip(typed: str, known: str) -> bool:
    """Is ``typed`` a typing slip of the acronym ``known``: one letter too many or too few
    (not a doubled one), two letters swapped, or a neighbouring key?"""
    if len(typed) < 6:
        return False
    if abs(len(typed) - len(known)) == 1:
        longer, shorter = (typed, known) if len(typed) > len(known) else (known, typed)
        i = next(
            (k for k, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b),
            len(shorter),
        )
        if longer[:i] + longer[i + 1 :] != shorter:
            return False
        extra = longer[i]
        return extra not in (longer[i - 1 : i] + longer[i + 1 : i + 2])
    if len(typed) != len(known):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        i, j = diffs
        return typed[i] == known[j] and typed[j] == known[i]
    return len(diffs) == 1 and weighted_distance(typed, known) <= 0.6


def _loan_derivation(lex: Lexicon, word: str) -> bool:
    """A derivation KBBI forms productively from a frequent base: a process noun by -isasi
    (final: finalisasi, digital: digitalisasi), a noun or adjective by -an (below)."""
    if word.endswith("isasi") and len(word) >= 9:
        base = word[:-5]
        return lex.is_common(base) and lex.zipf(base) >= 3.0
    # -an on a frequent noun (kuartal: kuartalan, audit: auditan), as KBBI forms mingguan; never
    # a suffix doubled (pelayananan); a bare -is would hide slips (Bebasis for Berbasis)
    base = word.removesuffix("an")
    if (
        base != word
        and len(base) >= 5
        and not base.endswith(("an", "i", "kan"))
        and lex.is_common(base)
        and lex.zipf(base) >= 3.5
    ):
        return True
    # the paired loan endings of the term-formation rules (Pedoman Umum Pembentukan Istilah):
    # -si/-sial (eksistensi: eksistensial), -asi/-an (kontaminasi: kontaminan), -sis/-tik
    # (sinopsis: sinoptik), -isme/-is (seksisme: seksis), re- on a loan (profil: reprofil)
    related = (
        word[:-2] if word.endswith("sial") else "",
        word[:-2] + "asi" if word.endswith("an") else "",
        word[:-3] + "sis" if word.endswith(("tik", "tis")) else "",
        word + "me" if word.endswith("is") else "",
        word[2:] if word.startswith("re") and len(word) >= 8 else "",
    )
    return any(
        len(other) >= 6 and lex.is_common(other) and lex.zipf(other) >= 3.0 for other in related
    )


def _foreign_letters(word: str) -> bool:
    """Letters Indonesian spelling does not use (Durán, César, Dündar): a foreign word."""
    return not word.isascii() and any(ch.isalpha() and not ch.isascii() for ch in word)


def _adaptation(word: str, candidate: str) -> bool:
    """Is ``candidate`` the Indonesian adaptation of the foreign spelling ``word`` (protocol:
    protokol, drone: dron, phase: fase): then the foreign spelling is the thing to fix."""
    spelled = word.replace("ph", "f").replace("x", "ks").replace("c", "k").replace("q", "k")
    return candidate in (spelled, spelled.removesuffix("e"), word.removesuffix("e"))


def _name_particle(text: str, words: list[Token], i: int) -> bool:
    """A short lower-case word between two capitalised ones on one line (Jenderal de Meza,
    Günter de Bruyn, Ali bin Abi): a particle of the name, not a misspelt word."""
    word = words[i].text
    if i == 0 or i + 1 >= len(words) or len(word) > 3 or not set(word) & set("aeiou"):
        return False  # "Jalan dr Wahidin": a title without its period is no particle
    before, after = words[i - 1], words[i + 1]
    return (
        before.text[:1].isupper()
        and after.text[:1].isupper()
        and text[before.end : words[i].start] == " "
        and text[words[i].end : after.start] == " "
    )


def _common(lex: Lexicon, word: str, zipf: float) -> bool:
    """A frequent common word (names frequent on the web are not common words)."""
    return lex.zipf(word) >= zipf and lex.is_common(word)


class _KnownWords:
    """The draft's known words, lower-cased, worked out only when a suggestion needs them."""

    def __init__(self, ctx: CheckContext, words: list[Token]) -> None:
        self._ctx = ctx
        self._words = words
        self._known: set[str] | None = None

        self._by_start: dict[tuple[str, int], list[str]] | None = None

    def __iter__(self) -> Iterator[str]:
        if self._known is None:
            is_word = self._ctx.lexicon.is_word
            self._known = {t.text.lower() for t in self._words if is_word(t.text)}
        return iter(self._known)

    def around(self, word: str) -> list[str]:
        """The known words that begin like ``word`` and are at most two letters longer or
        shorter: the only ones the speller compares it with."""
        if self._by_start is None:
            self._by_start = {}
            for w in self:
                self._by_start.setdefault((w[:1], len(w)), []).append(w)
        first, size = word[:1], len(word)
        out: list[str] = []
        for n in range(size - 2, size + 3):
            out.extend(self._by_start.get((first, n), ()))
        return out


class Spelling(Kind):
    """Spec: optional ``quiet_names`` (default true: unknown capitalised words far from every
    known word get severity "suggestion")."""

    name = "spelling"
    optional = frozenset({"quiet_names"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.quiet_names = bool(spec.get("quiet_names", True))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        found = list(self._check(ctx))
        yield from regional_runs(ctx, found)

    def _check(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller
        words = ctx.model.words
        # capitalised words count where they are capitalised as names: mid-sentence
        counts = Counter(
            t.text
            for t in words
            if t.text[:1].islower() or t.start not in ctx.model.sentence_starts
        )
        # the parts of compounds count too: "AA-idn", "A+idn" and "idn" are one term written thrice
        counts.update(
            part
            for t in words
            if "-" in t.text or "/" in t.text or "+" in t.text
            for part in re.split(r"[-/+]", t.text)
            if part.islower() and part != t.text
        )
        doc = _KnownWords(ctx, words)
        starts = ctx.model.sentence_starts
        draft = discourse(ctx)
        has_replacements = bool(ctx.lexicon.house.replacements)
        clean: set[tuple[str, bool]] = set()  # words already found fine at such a position
        # a short lower-case tail glued to capitals ("AA-idn", "A+idn", "idBBB"): a rating or
        # product code of this draft, wherever it is written
        codes = set(_CODE_TAIL.findall(ctx.text))
        for i, tok in enumerate(words):
            key = (tok.text, tok.start in starts)
            if key in clean or (ctx.italic and ctx.is_italic(tok.start, tok.end)):
                continue
            replacement = ctx.lexicon.replacement(tok.text) if has_replacements else None
            if replacement:
                yield self._finding(ctx, tok.start, tok.end, [replacement], "house")
                continue
            if draft.is_protected(tok.start, tok.end) or tok.text.lower() in draft.defined:
                continue  # biem.co, @humas, "Kepala Bidang (Kabid)": words of this draft
            variant = draft.variants.get(tok.text)
            if variant:
                yield self._finding(ctx, tok.start, tok.end, [variant], "variant", "warning")
                continue
            head, _, tail = tok.text.partition("-")
            if tail in codes and head.isupper():
                continue  # "AA-idn": the code itself
            if tok.text.islower() and not ctx.lexicon.is_word(tok.text):
                if ctx.lexicon.blocked_fix(tok.text):
                    pass
                elif tok.text in codes or _name_particle(ctx.text, words, i):
                    continue
            if tok.start in draft.names and not ctx.lexicon.blocked_fix(tok.text):
                # a name by the draft's own evidence: never an error, never "Sopir"
                yield from self._name(ctx, tok)
                continue
            if "-" in tok.text:
                found = list(self._hyphenated(ctx, speller, tok, counts, doc, starts))
            else:
                known = self._known_lower(ctx, speller, tok.text, tok.start)
                if known is None:
                    found = list(self._word(ctx, speller, tok.text, tok.start, counts, doc, key[1]))
                else:
                    found = known
            if found and tok.start in draft.foreign:
                found = [self._foreign(ctx, f) for f in found]
            if found:
                yield from found
            elif tok.start not in draft.foreign:
                clean.add(key)

    def _name(self, ctx: CheckContext, tok: Token) -> Iterator[Finding]:
        """A quiet note on a name no list knows, offering only other names and places."""
        if not self.quiet_names or "-" in tok.text or len(tok.text) < 2 or tok.text.isupper():
            return
        lw = tok.text.lower()
        ranked = ctx.speller.names_near(lw)
        shown = self._shown(ctx, tok.text, [Candidate(w, 0.0, 0.0) for w in ranked])
        yield self._finding(ctx, tok.start, tok.end, shown, "name", "suggestion")

    def _foreign(self, ctx: CheckContext, f: Finding) -> Finding:
        """A word of an English phrase: a note that it is foreign, never an Indonesian 'fix'."""
        message = (
            f"“{f.text}” bagian dari frasa bahasa Inggris: gunakan padanannya atau tulis miring."
        )
        return replace(f, severity="suggestion", message=message, suggestions=(), batch_safe=False)

    # -- one word --------------------------------------------------------------------------------
    def _known_lower(
        self, ctx: CheckContext, speller: Speller, word: str, start: int
    ) -> list[Finding] | None:
        """``_word``'s answer for a lower-case dictionary word of plain letters, most of a
        draft's tokens, without the tests that cannot apply to one; None: ask ``_word``."""
        lex = ctx.lexicon
        if not (2 <= len(word) <= _MAX_WORD and word.isascii() and word.isalpha()):
            return None
        if not word.islower() or lex.is_rejected(word) or not lex.is_word(word):
            return None
        end = start + len(word)
        if word in NON_FINAL_ABBREVIATIONS and ctx.text[end : end + 1] == ".":
            return []
        slip = speller.likely_slip(word) if lex.is_common(word) else None
        return [self._finding(ctx, start, end, [match_case(word, slip)], "slip")] if slip else []

    def _word(
        self,
        ctx: CheckContext,
        speller: Speller,
        word: str,
        start: int,
        counts: Counter[str],
        doc: Iterable[str],
        sentence_start: bool,
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        end = start + len(word)
        lw = word.lower()
        if (len(word) < 2 or "'" in word or "’" in word) and not lex.is_rejected(word):
            return  # single letters; Qur'an, Jum'at: apostrophe forms are left to the rules
        if len(word) > _MAX_WORD:
            return  # no word is this long: pasted code or a run of letters, not a typo to fix
        if lw in NON_FINAL_ABBREVIATIONS and ctx.text[end : end + 1] == ".":
            return  # se-Kec., a-n. Kab.: an abbreviation inside a hyphenated form
        if _foreign_letters(word) and not lex.is_rejected(word):
            # no Indonesian word is spelt so: a foreign name or word, never a dictionary "fix"
            why = "name" if word[:1].isupper() else "unknown"
            yield self._finding(ctx, start, end, [], why, "suggestion")
            return
        if lex.is_rejected(word):
            cands = speller.candidates(lw, doc)
            yield self._finding(ctx, start, end, self._shown(ctx, word, cands), "rejected")
            return
        if word.isupper() and len(word) > 1:
            yield from self._caps(ctx, speller, word, start, doc)
            return
        if word[1:] != lw[1:]:  # a capital inside the word
            yield from self._mixed_case(ctx, word, start)
            return
        if lex.is_word(lw):
            if word[:1].islower() or sentence_start:
                slip = speller.likely_slip(lw) if lex.is_common(lw) else None
                if slip:
                    yield self._finding(ctx, start, end, [match_case(word, slip)], "slip")
            return
        if _loan_derivation(lex, lw):
            return
        fix = lex.blocked_fix(lw)
        if fix:
            # a known misspelling with its one correction: sure, and safe to fix in a batch
            safe = not word[:1].isupper() or sentence_start
            yield self._finding(ctx, start, end, [match_case(word, fix)], "typo", safe=safe)
            return
        cands = speller.candidates(lw, doc, proper=word[:1].isupper())
        if word.islower() and counts.get(word, 0) >= _OWN_WORD:
            # one sense per discourse: an unknown word written the same way this often in one
            # draft is the draft's own term (a rating code, a product), not a repeated slip
            yield self._finding(
                ctx, start, end, self._shown(ctx, word, cands), "unknown", "suggestion"
            )
            return
        if word[:1].isupper() and not sentence_start:
            yield from self._capitalised(ctx, word, start, cands, counts)
            return
        if sentence_start and _NAME_NEXT.match(ctx.text, end):
            # "Stalin telah ...", "Cuaron, yang ...": an unknown subject before a comma or a
            # predicate is a name as often as a slip; judged as carefully as one mid-sentence
            yield from self._capitalised(ctx, word, start, cands, counts)
            return
        if (
            sentence_start
            and word[:1].isupper()
            and english_zipf(lw) >= _WORLD_NAME_ZIPF
            and not (cands and _adaptation(lw, cands[0].word))
        ):
            # "Caplan menolak ...": a name in use in the world opening a sentence of translated
            # copy, as mid-sentence (no dictionary neighbour makes it a typo)
            yield self._finding(ctx, start, end, [], "name", "suggestion")
            return
        shown = self._shown(ctx, word, cands)
        if (
            (len(lw) >= 6 and lex.is_english(lw))
            or english_word(lw, lex)
            or self._english_loan(lex, lw, cands)
        ):
            # a frequent English word (maternal, stunting) is English on purpose, not a slip
            yield self._finding(ctx, start, end, shown, "english", "suggestion")
            return
        # a slip is close to the word meant, and the word meant is one people write: a close but
        # rare candidate (melasti ~ melati, amplang ~ ampang) says more about our lists' gaps
        near = [c for c in cands if c.cost <= 2.0 and _target_zipf(lex, c.word) >= 2.0]
        if near and near[0].cost <= 1.0:
            # safe in a batch only when one correction stands far ahead of the others
            clear = len(cands) == 1 or cands[1].score - cands[0].score >= _CLEAR_MARGIN
            safe = clear and cands[0] is near[0] and word[:1].islower()
            yield self._finding(ctx, start, end, shown, "typo", safe=safe)
        elif near and lex.zipf(lw) < 3.0:
            yield self._finding(ctx, start, end, shown, "typo", "warning")
        elif lex.zipf(lw) >= 3.0:
            yield self._finding(ctx, start, end, shown, "common", "suggestion")
        elif lex.is_english(lw):
            yield self._finding(ctx, start, end, shown, "english", "suggestion")
        elif word[:1].isupper() and self.quiet_names:
            yield self._finding(ctx, start, end, shown, "name", "suggestion")
        else:
            yield self._finding(ctx, start, end, shown, "unknown", "suggestion")

    @staticmethod
    def _english_loan(lex: Lexicon, lw: str, cands: list[Candidate]) -> bool:
        """A frequent English word (matte, peer, condo) that is no adaptation of its nearest
        Indonesian word: written on purpose, not a slip."""
        if len(lw) < 4 or lex.is_common(lw):
            return False
        en = english_zipf(lw)
        if en < _ENGLISH_LOAN_ZIPF or en < lex.zipf(lw):
            return False
        return not (cands and _adaptation(lw, cands[0].word))

    def _capitalised(
        self,
        ctx: CheckContext,
        word: str,
        start: int,
        cands: list[Candidate],
        counts: Counter[str],
    ) -> Iterator[Finding]:
        """A capitalised word mid-sentence that no list knows: a typo only with evidence."""
        lex = ctx.lexicon
        end = start + len(word)
        evidence = [
            c
            for c in cands
            if len(word) >= 5
            and (
                # a near-twin in the same draft, or a known name, place or institution
                (c.cost <= 1.0 and counts.get(match_case(word, c.word), 0) > counts.get(word, 0))
                # an institution a letter off (Forkompimda) or a key off (Musrembang); not a
                # doubled letter or another vowel or consonant, which is how offices' own
                # acronyms differ (Bappelitbangda, Dinkominfo, Porda); a place only by a
                # cheap slip (Grobogsn), since real names are often a letter from another's
                or (lex.is_acronym(c.word) and _acronym_slip(word.lower(), c.word))
                or (
                    c.cost <= 0.6
                    and len(word) >= 6
                    and lex.is_landmark(c.word)
                    and not lex.is_acronym(c.word)
                )
                # a cheap slip (neighbouring key, doubled letter) of a frequent longer word,
                # or a dropped letter in a long one (Bebasis for Berbasis)
                # (only common words count here: Yohanis is no slip of the name Yohanes)
                or (c.cost <= 0.6 and len(word) >= 6 and _common(lex, c.word, 3.0))
                or (c.cost <= 0.9 and len(word) >= 7 and _common(lex, c.word, 3.5))
            )
        ]
        repeated = counts.get(word, 0) >= 2
        if lex.zipf(word) >= _NAME_ZIPF and evidence and evidence[0].cost > _ADAPTATION:
            # written so often in Indonesian text (Capua, Stalin) that it is a name in use, not a
            # slip; only a loan's adaptation (Illegal: Ilegal, a doubled letter) still counts
            evidence = []
        if _DEGREE_AFTER.match(ctx.text, end):
            evidence = []  # "Jalung, S.Sos.": a person's name, whatever it resembles
        # Kalifornia for California, Kroasia for Croatia: the Indonesian adaptation of a name
        evidence = [c for c in evidence if not _adaptation(c.word, word.lower())]
        if evidence and english_zipf(word) >= _WORLD_NAME_ZIPF:
            # a name in use in the world (Weller, Hariri): only its twin in this draft, or a
            # loan's adaptation (Illegal: Ilegal), still makes it a slip
            evidence = [
                c
                for c in evidence
                if c.cost <= _ADAPTATION
                or _adaptation(word.lower(), c.word)
                or (c.cost <= 1.0 and counts.get(match_case(word, c.word), 0) > counts.get(word, 0))
            ]
        if evidence and not (repeated and evidence[0].cost > 0.6):
            yield self._finding(ctx, start, end, self._shown(ctx, word, evidence), "typo")
        elif self.quiet_names:
            yield self._finding(
                ctx, start, end, self._shown(ctx, word, cands), "name", "suggestion"
            )

    def _caps(
        self, ctx: CheckContext, speller: Speller, word: str, start: int, doc: Iterable[str]
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        lw = word.lower()
        if lex.is_word(lw):
            return
        if len(word) <= 6:
            # an acronym, unless a slip of a known one (DRPD for DPRD)
            near = [
                c
                for c in speller.candidates(lw, proper=True)
                if c.cost <= 0.6 and lex.is_acronym(c.word)
            ]
            if near and len(word) >= 4:
                fix = lex.acronym_form(near[0].word) or near[0].word.upper()
                # two letters swapped (DRPD) is a slip; any other letter off is as often an
                # acronym of its own (PLTD, APBNP, a company's ticker): a guess, so a suggestion
                swapped = sorted(lw) == sorted(near[0].word) and len(lw) == len(near[0].word)
                severity = "warning" if swapped else "suggestion"
                yield self._finding(ctx, start, start + len(word), [fix], "acronym", severity)
            return
        cands = speller.candidates(lw, doc, proper=True)
        if cands and cands[0].cost <= 1.0:
            yield self._finding(
                ctx, start, start + len(word), self._shown(ctx, word, cands), "typo"
            )

    def _mixed_case(self, ctx: CheckContext, word: str, start: int) -> Iterator[Finding]:
        """KetuaDPRD -> Ketua DPRD; known mixed-case forms (BumDes, KemenPAN) pass."""
        lex = ctx.lexicon
        if lex.is_word(word):
            return
        for i in range(1, len(word)):
            if word[i - 1].islower() and word[i].isupper():
                left, right = word[:i], word[i:]
                if lex.is_word(left) and lex.is_word(right) and len(left) > 2:
                    # KetuaDPRD is a lost space; InfoPublik, two capitalised words, is as often a
                    # brand written so on purpose: a suggestion
                    sure = right.isupper() or left.islower()
                    severity = None if sure else "suggestion"
                    fix = [f"{left} {right}"]
                    yield self._finding(ctx, start, start + len(word), fix, "glued", severity)
                return

    def _hyphenated(
        self,
        ctx: CheckContext,
        speller: Speller,
        tok: Token,
        counts: Counter[str],
        doc: Iterable[str],
        starts: frozenset[int],
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex.is_word(tok.text):
            return
        parts = tok.text.split("-")
        if len(parts) == 2 and parts[0].lower() == parts[1].lower():
            # a full reduplication of an unknown word (robo-robo) is a regional or rare word far
            # more often than a typo typed twice: a quiet note on the first half at most
            for f in self._word(ctx, speller, parts[0], tok.start, counts, doc, False):
                yield replace(f, severity="suggestion")
            return
        if len(parts) == 2 and parts[0].lower() in _BOUND:
            parts = parts[1:]  # non-PNS, se-Kabupaten: the affix rules judge the form
            offset = tok.start + len(tok.text) - len(parts[0])
            yield from self._word(ctx, speller, parts[0], offset, counts, doc, False)
            return
        # an imitative pair (porak-poranda, mondar-mandir, hiruk-pikuk): halves that echo each
        # other are rarely both a slip, so an unknown half gets a quiet note at most
        echo = len(parts) == 2 and Levenshtein.normalized_similarity(*parts) >= 0.55
        pos = tok.start
        for i, part in enumerate(parts):
            if part and (i == 0 or part.lower() != parts[0].lower()):
                for f in self._word(ctx, speller, part, pos, counts, doc, pos in starts):
                    yield replace(f, severity="suggestion") if echo else f
            pos += len(part) + 1

    # -- output ----------------------------------------------------------------------------------
    def _shown(self, ctx: CheckContext, word: str, cands: list[Candidate]) -> list[str]:
        out: list[str] = []
        acronyms = ctx.lexicon.data.acronyms
        for c in cands:
            canonical = acronyms.get(c.word)
            if canonical and not word.isupper() and canonical[1:] != canonical[1:].lower():
                shown = canonical  # KemenPAN, BumDes: written so inside a sentence too
            else:
                shown = match_case(word, c.word)
            if shown not in out:
                out.append(shown)
            if len(out) == _MAX_SUGGESTIONS:
                break
        return out

    def _finding(
        self,
        ctx: CheckContext,
        start: int,
        end: int,
        suggestions: list[str],
        why: str,
        severity: str | None = None,
        safe: bool = False,
    ) -> Finding:
        word = ctx.text[start:end]
        messages = {
            "typo": f"“{word}” tidak ada dalam KBBI; kemungkinan salah ketik.",
            "slip": f"“{word}” memang ada, tetapi jarang; kemungkinan salah ketik.",
            "house": f"Gaya kantor: gunakan “{suggestions[0] if suggestions else ''}”.",
            "rejected": f"“{word}” ditolak oleh kamus kantor.",
            "name": f"“{word}” tidak dikenal. Jika ini nama orang atau tempat, tambahkan ke kamus.",
            "unknown": f"“{word}” tidak ditemukan dalam KBBI maupun daftar nama; periksa ejaannya.",
            "common": f"“{word}” lazim dipakai, tetapi tidak tercantum dalam KBBI.",
            "english": f"“{word}” kata bahasa Inggris: gunakan padanannya atau tulis miring.",
            "acronym": f"“{word}” mirip singkatan yang dikenal; periksa ejaannya.",
            "glued": f"“{word}” tampaknya dua kata yang tergabung tanpa spasi.",
            "variant": f"“{word}” ditulis “{suggestions[0] if suggestions else ''}” di bagian lain "
            "naskah; kemungkinan salah ketik nama.",
        }
        severity = severity or ("warning" if why == "slip" else self.header.severity)
        found = self.header.finding(start, end, ctx.text, suggestions, messages[why], severity)
        # the severity policy (README): only a sure fix of a lower-case word, or the office's own
        # replacement, may be applied by a batch fix; never a guess, never a capitalised word
        batch = bool(suggestions) and severity == "error" and (safe or why == "house")
        return replace(found, batch_safe=batch) if batch else found


def regional_runs(ctx: CheckContext, found: list[Finding]) -> list[Finding]:
    """Three unknown words within a few words ("... mangato, adat mamakai") are a phrase of a
    regional language far more often than three typos side by side: each becomes a suggestion."""
    lex = ctx.lexicon
    words = ctx.model.words
    index = {t.start: i for i, t in enumerate(words)}
    # lower-case words only: capitalised unknowns are names, which cluster in any release
    unknown = [
        i
        for i, t in enumerate(words)
        if len(t.text) > 1 and t.text[:1].islower() and not lex.is_word(t.text)
    ]
    near: set[int] = set()
    for k in range(len(unknown) - _REGIONAL_RUN + 1):
        group = unknown[k : k + _REGIONAL_RUN]
        if group[-1] - group[0] < _REGIONAL_WINDOW:
            near.update(group)
    # one sense per discourse: a lower-case unknown word written the same way three times is
    # a word of this writer (a regional form, a new coinage), not a slip made thrice
    counts = Counter(words[i].text for i in unknown)
    near.update(i for i in unknown if counts[words[i].text] >= _OWN_WORD)
    if not near:
        return found
    return [
        replace(f, severity="suggestion", batch_safe=False)
        if index.get(f.start) in near and not lex.blocked_fix(f.text) and f.severity != "suggestion"
        else f
        for f in found
    ]
