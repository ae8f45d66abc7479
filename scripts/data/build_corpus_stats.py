"""Derive word statistics from real, edited Indonesian news into resources/stats/.

    .venv/bin/python scripts/data/build_corpus_stats.py [--shared ../shared]

Sources:
- the tagged kumparan news corpus in the ``nlp-id`` package on PyPI (MIT; about 550k tokens,
  ``nlp_id/data/dataset_postag.txt``). The wheel is fetched with ``pip download --no-deps`` into
  a temporary folder (nothing is installed); a wheel already in ``--wheel-dir`` is reused;
- the UD Indonesian-GSD treebank (CC BY-SA 4.0) in ``<shared>/corpora/ud-indonesian/GSD``, read
  only where that folder exists (a plain clone has no ../shared: the script says so and builds
  from kumparan alone). CSUI and PUD are left out on purpose: they are the held-out text of the
  false-alarm sweep, which must not be scored on its own statistics.

Only derived numbers are written, never a sentence:
- ``capitals.tsv``: per lower-cased word, how often it stands mid-sentence, how often it is written
  with a capital there, and how often that capital stands alone (no capitalised word on either
  side), with its most frequent part-of-speech tag, and how often it stands mid-sentence right
  before a capitalised word (the head of a name, or a generic word before one: ``Kepala Dinas``
  against ``masyarakat Bali``) and how often it is capitalised there;
- ``bigrams.tsv``: counts of adjacent word pairs (lower case, digits folded to ``0``) seen at least
  twice, for real-word confusion decisions.
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "stats"
NLP_ID = "nlp-id==0.1.23.0"
MEMBER = "nlp_id/data/dataset_postag.txt"
UD_TAGS = {
    "PROPN": "NNP",
    "NOUN": "NN",
    "VERB": "VB",
    "ADJ": "JJ",
    "ADP": "IN",
    "ADV": "ADV",
    "PRON": "PR",
    "DET": "DT",
    "NUM": "NUM",
    "CCONJ": "CC",
    "SCONJ": "SC",
    "PART": "RP",
    "AUX": "VB",
    "PUNCT": "SYM",
    "SYM": "SYM",
    "INTJ": "UH",
    "X": "FW",
}
MIN_WORD = 3  # mid-sentence occurrences a word needs to be listed
MIN_BIGRAM = 2
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d.,:/]*|[^\w\s]")
OPENERS = {'"', "“", "'", "‘", "(", "[", ":", "-", "–", "—", "•"}

Sentence = list[tuple[str, str]]  # (form, tag)


def kumparan_sentences(wheel_dir: Path | None) -> Iterator[Sentence]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = wheel_dir or Path(tmp)
        wheels = sorted(folder.glob("nlp_id-*.whl"))
        if not wheels:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", NLP_ID, "-d", str(folder)]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            wheels = sorted(folder.glob("nlp_id-*.whl"))
        text = zipfile.ZipFile(wheels[-1]).read(MEMBER).decode("utf-8")
    sentence: Sentence = []
    for line in text.splitlines():
        if "\t" not in line:
            if sentence:
                yield sentence
            sentence = []
            continue
        form, tag = line.split("\t", 1)
        tag = tag.strip().upper()
        # the corpus cuts clitics off ("ada nya"): join -nya back, as copy writes it
        if form.lower() == "nya" and sentence and sentence[-1][0][-1:].isalpha():
            sentence[-1] = (sentence[-1][0] + form, sentence[-1][1])
            continue
        sentence.append((form, tag))
    if sentence:
        yield sentence


def ud_sentences(ud_root: Path) -> Iterator[Sentence]:
    """Sentences of the UD treebanks, cut from the raw text with the checker's word shapes and
    tagged with the word's UD tag (mapped to the kumparan tag set) where the forms agree."""
    for conllu in sorted(ud_root.glob("GSD/*.conllu")):
        text, tags = "", {}
        for line in conllu.read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("# text = "):
                text = line[9:]
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) > 3 and cols[0].isdigit():
                    tags.setdefault(cols[1].lower(), UD_TAGS.get(cols[3], "X"))
            elif not line and text:
                yield [(w, tags.get(w.lower(), "")) for w in WORD.findall(text)]
                text, tags = "", {}


def fold(form: str) -> str:
    return "0" if form[:1].isdigit() else form.lower()


def is_cap(form: str) -> bool:
    return form[:1].isupper()


def count(sentences: Iterator[Sentence], words: dict, bigrams: collections.Counter) -> int:
    n_tokens = 0
    for sentence in sentences:
        forms = [f for f, _ in sentence]
        n_tokens += len(forms)
        for a, b in zip(forms, forms[1:], strict=False):
            if a[:1].isalnum() and b[:1].isalnum():
                bigrams[fold(a), fold(b)] += 1
        for i, (form, tag) in enumerate(sentence):
            if not form[:1].isalpha() or (len(form) > 1 and form.isupper()):
                continue  # numbers, punctuation, acronyms
            entry = words.setdefault(form.lower(), [0, 0, 0, collections.Counter(), 0, 0])
            if tag:
                entry[3][tag] += 1
            if i == 0 or forms[i - 1] in OPENERS or forms[i - 1] in {".", "!", "?"}:
                continue
            entry[0] += 1
            nxt = forms[i + 1] if i + 1 < len(forms) else ""
            if nxt[:1].isupper() and not (len(nxt) > 1 and nxt.isupper()):
                entry[4] += 1  # before a capitalised word (not an acronym)
                entry[5] += is_cap(form)
            if is_cap(form):
                entry[1] += 1
                before = forms[i - 1] if i else ""
                after = forms[i + 1] if i + 1 < len(forms) else ""
                if not (before[:1].isupper() or after[:1].isupper()):
                    entry[2] += 1
    return n_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--wheel-dir", type=Path, help="folder holding an nlp-id wheel already")
    args = parser.parse_args()
    words: dict = {}
    bigrams: collections.Counter = collections.Counter()
    sources = []
    n = count(kumparan_sentences(args.wheel_dir), words, bigrams)
    sources.append(f"kumparan news corpus from {NLP_ID} on PyPI (MIT), {n} tokens")
    ud_root = args.shared / "corpora" / "ud-indonesian"
    if ud_root.is_dir():
        n = count(ud_sentences(ud_root), words, bigrams)
        sources.append(f"UD Indonesian-GSD dev+test (CC BY-SA 4.0), {n} tokens")
    else:
        print(f"{ud_root} not found: building from the kumparan corpus alone", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    head = [
        "# Derived counts only (no text). Generated by scripts/data/build_corpus_stats.py from:",
        *(f"#   {s}" for s in sources),
        "# See resources/SOURCES.md.",
    ]
    rows = [
        f"{w}\t{e[0]}\t{e[1]}\t{e[2]}\t{e[3].most_common(1)[0][0] if e[3] else ''}\t{e[4]}\t{e[5]}"
        for w, e in sorted(words.items())
        if e[0] >= MIN_WORD
    ]
    cols = (
        "# word\tmid_sentence\tcapitalised\tcapitalised_alone\ttag"
        "\tbefore_capital\tcapitalised_before_capital"
    )
    (OUT / "capitals.tsv").write_text("\n".join(head + [cols] + rows) + "\n", encoding="utf-8")
    pairs = [f"{a} {b}\t{c}" for (a, b), c in sorted(bigrams.items()) if c >= MIN_BIGRAM]
    cols = "# first second\tcount"
    (OUT / "bigrams.tsv").write_text("\n".join(head + [cols] + pairs) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} words and {len(pairs)} word pairs to {OUT}")


if __name__ == "__main__":
    main()
