"""Benchmark of the officials registry in the engine; prints numbers, asserts nothing.

    .venv/bin/python bench/bench_people.py [--people 5000] [--rounds 15]

Builds a registry of synthetic people (given names from resources/gazetteer/given-names.txt,
positions, ranks, degrees, short forms) and a draft of about 2,000 words from the bundled samples
with some registered names (one of them a near miss, one with another degree). Prints the time to
build the registry's index (once per registry), the median full check with and without the
registry, the registry's own work in one check (matching, the five rules, settling), and both as
ms per 1,000 words. Target (issue 17): the registry adds at most 2 ms per 1,000 words.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.checks.engine import CheckEngine  # noqa: E402
from editor.checks.kinds import people as registry_kind  # noqa: E402
from editor.checks.kinds.base import CheckContext  # noqa: E402
from editor.checks.lexicon import Lexicon  # noqa: E402
from editor.checks.people import PeopleRegistry, Person, Position  # noqa: E402
from editor.checks.rules import load_bundled  # noqa: E402
from editor.checks.style import HouseStyle  # noqa: E402
from editor.checks.text import TextModel, words  # noqa: E402
from editor.document.importers import load_path  # noqa: E402

OFFICES = ["Kepala Dinas Kesehatan", "Camat", "Kepala Bappeda", "Lurah", "Kapolsek", "Sekda"]
PLACES = ["Banyuasin", "Lahat", "Kampar", "Garut", "Sleman", "Sigi", "Ende", "Gowa", "Toba"]
RANKS = ["", "", "", "AKBP", "AKP", "Iptu", "Letkol Inf"]
DEGREES = [(), ("S.H.",), ("S.E.", "M.Si."), ("S.Sos.",), ("S.T.", "M.T."), ("S.I.K.", "M.H.")]


def registry(n: int, seed: int = 17) -> PeopleRegistry:
    rnd = random.Random(seed)
    given = [
        w.strip()
        for w in (ROOT / "resources/gazetteer/given-names.txt").read_text().splitlines()
        if w.strip() and not w.startswith("#") and w[:1].isupper()
    ]
    people = []
    for k in range(n):
        parts = rnd.sample(given, rnd.choice((2, 2, 3)))
        name = " ".join(parts)
        short = (f"{parts[0]} {parts[1][0]}. {parts[2]}",) if len(parts) == 3 else ()
        office = f"{rnd.choice(OFFICES)} {rnd.choice(PLACES)}"
        people.append(
            Person(
                name,
                degrees=rnd.choice(DEGREES),
                rank=rnd.choice(RANKS),
                positions=(Position(office, "2026-01-01", f"#{k} rilis"),),
                short_forms=short,
                source=f"#{k} rilis",
            )
        )
    people.append(
        Person(
            "Hani Syopiar Rustam",
            degrees=("S.H.",),
            positions=(Position("Pj. Bupati Banyuasin", "2026-01-05", "#1 seed"),),
            short_forms=("Hani S. Rustam",),
            source="#1 seed",
        )
    )
    return PeopleRegistry(tuple(people))


def draft(target_words: int = 2000) -> str:
    samples = sorted((ROOT / "resources/samples").glob("*.*"))
    texts = []
    for path in samples:
        try:
            texts.append(load_path(path).text)
        except Exception:  # noqa: BLE001 - a sample the importers cannot read is skipped
            continue
    extra = (
        "Pj. Bupati Banyuasin Hani Syopiar Rustan, S.H., meninjau pasar. "
        "Hani Syopiar Rustam, SE, menyerahkan bantuan. Menurut Hani S Rustam, panen naik."
    )
    out: list[str] = []
    while len(words(" ".join(out))) < target_words:
        out.extend(texts)
        out.append(extra)
    return "\n".join(out)


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.process_time()
        fn()
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    lexicon, rules = Lexicon.load_default(), load_bundled()
    text = draft()
    n_words = len(words(text))
    reg = registry(args.people)
    t = time.process_time()
    with_people = CheckEngine(lexicon, rules, HouseStyle(people=reg))
    build_ms = (time.process_time() - t) * 1000
    plain = CheckEngine(lexicon, rules, HouseStyle())
    plain.check(text), with_people.check(text)  # warm caches
    # interleaved, so that drift of the machine falls on both; CPU time of this process, and the
    # fastest round as well as the median: the machine may be shared
    base, full = [], []
    for _ in range(args.rounds):
        base.append(median_ms(lambda: plain.check(text), 1))
        full.append(median_ms(lambda: with_people.check(text), 1))
    base_ms, full_ms = statistics.median(base), statistics.median(full)
    best_base, best_full = min(base), min(full)
    found = with_people.check(text)
    registry_rules = [r for r in with_people.active if r.id.startswith(registry_kind.RULE_PREFIX)]

    def registry_work() -> None:
        ctx = CheckContext(TextModel(text), with_people.lexicon, people=reg)
        out = [f for r in registry_rules for f in r.kind.check(ctx)]
        registry_kind.registry_settle(ctx, out + found)

    own = [median_ms(registry_work, 1) for _ in range(args.rounds * 3)]
    own_ms, best_own = statistics.median(own), min(own)
    per_k = 1000 / n_words
    print(f"registry: {len(reg.people)} people; draft: {n_words} words")
    print(f"engine with the registry built (index included) in {build_ms:.0f} ms")
    print(f"full check without registry: {base_ms:.1f} ms; with: {full_ms:.1f} ms")
    print(f"difference of full checks: {(full_ms - base_ms) * per_k:+.2f} ms per 1,000 words")
    print(f"  (fastest of each: {(best_full - best_base) * per_k:+.2f} ms per 1,000 words)")
    print(
        f"registry's own work per check: {own_ms:.2f} ms = {own_ms * per_k:.2f} ms per 1,000 words"
    )
    print(f"  (fastest: {best_own * per_k:.2f} ms per 1,000 words)")
    print(f"registry findings: {sum(f.rule.startswith('STRUCT.Registry.') for f in found)}")


if __name__ == "__main__":
    main()
