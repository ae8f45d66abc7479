"""Expand a Hunspell dictionary (.dic + .aff) into its word forms, at lexicon build time.

Supports what the LibreOffice Indonesian dictionary uses: ``FLAG long``, prefixes and suffixes
with strip/add/condition, cross products, continuation classes (a second suffix, or a prefix
granted by a suffix), ``CIRCUMFIX`` (ber-an: the prefix and the suffix come together or not at
all) and ``NEEDAFFIX`` (a stem that is no word on its own). One prefix and up to two suffixes, as
Hunspell does without COMPLEXPREFIXES.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class AffixRule:
    strip: str
    add: str
    flags: frozenset[str]  # continuation classes
    condition: re.Pattern[str]


@dataclass
class AffixClass:
    flag: str
    is_prefix: bool
    cross: bool
    rules: list[AffixRule] = field(default_factory=list)


@dataclass
class AffixFile:
    classes: dict[str, AffixClass]
    circumfix: str | None
    needaffix: str | None
    long_flags: bool

    def split_flags(self, text: str) -> frozenset[str]:
        if not text:
            return frozenset()
        if self.long_flags:
            return frozenset(text[i : i + 2] for i in range(0, len(text) - 1, 2))
        return frozenset(text)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def read_aff(path: Path) -> AffixFile:
    lines = path.read_text(encoding="latin-1").splitlines()
    aff = AffixFile({}, None, None, False)
    for line in lines:
        parts = _strip_comment(line).split()
        if not parts:
            continue
        if parts[0] == "FLAG" and parts[1:2] == ["long"]:
            aff.long_flags = True
        elif parts[0] == "CIRCUMFIX":
            aff.circumfix = parts[1]
        elif parts[0] == "NEEDAFFIX":
            aff.needaffix = parts[1]
        elif parts[0] in ("PFX", "SFX") and len(parts) >= 4 and parts[2] in ("Y", "N"):
            if parts[3].isdigit() and parts[1] not in aff.classes:
                aff.classes[parts[1]] = AffixClass(parts[1], parts[0] == "PFX", parts[2] == "Y")
                continue
        if parts[0] in ("PFX", "SFX") and len(parts) >= 4 and parts[1] in aff.classes:
            cls = aff.classes[parts[1]]
            if parts[2] in ("Y", "N") and parts[3].isdigit():
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            cond = parts[4] if len(parts) > 4 else "."
            pattern = f"^{cond}" if cls.is_prefix else f"{cond}$"
            # Hunspell's condition syntax: [^...] may contain '^' as a literal in this file
            pattern = pattern.replace("[^l^r]", "[^lr]")
            cls.rules.append(
                AffixRule(strip, add, aff.split_flags(cont), re.compile(pattern, re.IGNORECASE))
            )
    return aff


def read_dic(path: Path, aff: AffixFile) -> Iterator[tuple[str, frozenset[str]]]:
    with path.open(encoding="latin-1") as fh:
        next(fh)  # the count
        for line in fh:
            line = line.strip()
            if not line:
                continue
            word, _, flags = line.partition("/")
            yield word, aff.split_flags(flags.split()[0] if flags else "")


def _apply_suffix(word: str, rule: AffixRule) -> str | None:
    if not rule.condition.search(word):
        return None
    if rule.strip:
        if not word.endswith(rule.strip):
            return None
        word = word[: -len(rule.strip)]
    return word + rule.add


def _apply_prefix(word: str, rule: AffixRule) -> str | None:
    if not rule.condition.search(word):
        return None
    if rule.strip:
        if not word.startswith(rule.strip):
            return None
        word = word[len(rule.strip) :]
    return rule.add + word


def _no_confix(prefix: str, suffix: str) -> bool:
    """Cross products the language lacks: meN-, di- and ter- never close with -an
    (the dictionary's flags would give "meningkatan", "mendukungan")."""
    return suffix.startswith("an") and prefix.startswith(("me", "di", "te"))


def expand_stem(stem: str, flags: frozenset[str], aff: AffixFile) -> set[str]:
    """Every word form of one dictionary entry."""
    circ, need = aff.circumfix, aff.needaffix
    out: set[str] = set()
    if need not in flags:
        out.add(stem)
    classes = aff.classes
    # (form, continuation flags, has circumfix, suffix class is cross-product, first suffix added)
    suffixed: list[tuple[str, frozenset[str], bool, bool, str]] = []
    for flag in flags:
        cls = classes.get(flag)
        if cls is None or cls.is_prefix:
            continue
        for rule in cls.rules:
            w1 = _apply_suffix(stem, rule)
            if w1 is None:
                continue
            c1 = circ in rule.flags
            suffixed.append((w1, rule.flags, c1, cls.cross, rule.add))
            for flag2 in rule.flags:
                cls2 = classes.get(flag2)
                if cls2 is None or cls2.is_prefix:
                    continue
                for rule2 in cls2.rules:
                    w2 = _apply_suffix(w1, rule2)
                    if w2 is not None:
                        suffixed.append(
                            (
                                w2,
                                rule.flags | rule2.flags,
                                c1 or circ in rule2.flags,
                                cls.cross,
                                rule.add,
                            )
                        )
    for form, cont, has_circ, cross, added in suffixed:
        if not has_circ and need not in cont:
            out.add(form)
        # prefixes: from the stem (both cross-product) or granted by the suffix
        for flag in (flags if cross else frozenset()) | cont:
            cls = classes.get(flag)
            if (
                cls is None
                or not cls.is_prefix
                or (flag in flags and flag not in cont and not cls.cross)
            ):
                continue
            for rule in cls.rules:
                if (circ in rule.flags) != has_circ:
                    continue
                if flag not in cont and _no_confix(rule.add, added):
                    continue
                w = _apply_prefix(form, rule)
                if w is not None:
                    out.add(w)
    for flag in flags:
        cls = classes.get(flag)
        if cls is None or not cls.is_prefix:
            continue
        for rule in cls.rules:
            if circ in rule.flags:
                continue
            w = _apply_prefix(stem, rule)
            if w is not None:
                out.add(w)
                # a suffix granted by the prefix (e.g. a clitic)
                for flag2 in rule.flags:
                    cls2 = classes.get(flag2)
                    if cls2 is None or cls2.is_prefix:
                        continue
                    for rule2 in cls2.rules:
                        w2 = _apply_suffix(w, rule2)
                        if w2 is not None and circ not in rule2.flags:
                            out.add(w2)
    return out


def expand(dic: Path, aff_path: Path) -> tuple[set[str], set[str]]:
    """(all word forms, the stems) of a Hunspell dictionary."""
    aff = read_aff(aff_path)
    forms: set[str] = set()
    stems: set[str] = set()
    for stem, flags in read_dic(dic, aff):
        stems.add(stem)
        forms |= expand_stem(stem, flags, aff)
    return forms, stems
