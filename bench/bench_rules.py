"""Benchmark of the rule packs of issue 3 on a 1,000-word release; prints numbers, asserts nothing.

    .venv/bin/python bench/bench_rules.py [--set ../shared/eval-dev] [--rounds 30] [--top 12]

Prints the median and p90 ms of a full check (all packs) of a 1,000-word release, warm; the same
without the spelling rule (the rule packs alone); and the slowest rules: each rule's own time on a
context whose tokens, sentences and lexicon look-ups are already made (what the rule adds to a
full check), then the same rule alone in a fresh engine (including tokenizing).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_engine import load_texts, release_of  # noqa: E402

from editor.checks.engine import CheckEngine  # noqa: E402
from editor.checks.kinds.base import CheckContext  # noqa: E402
from editor.checks.lexicon import Lexicon  # noqa: E402
from editor.checks.rules import Rule, RuleSet, load_bundled  # noqa: E402
from editor.checks.text import TextModel  # noqa: E402


def timings(engine: CheckEngine, text: str, rounds: int) -> tuple[float, float]:
    engine.check(text)  # warm
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        engine.check(text)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.9) - 1)]


def own_times(lexicon: Lexicon, rules: tuple[Rule, ...], text: str, rounds: int) -> list:
    """(median ms, rule id) of each rule on one shared, warmed context."""
    ctx = CheckContext(TextModel(text), lexicon, [], "id")
    for rule in rules:
        list(rule.kind.check(ctx))  # fills the context's cached tokens and look-ups
    out = []
    for rule in rules:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            list(rule.kind.check(ctx))
            times.append((time.perf_counter() - started) * 1000)
        out.append((statistics.median(times), rule.id))
    return sorted(out, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval-dev")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    release = release_of(load_texts(args.set))
    lexicon = Lexicon.load_default()
    rules = load_bundled()
    words = len(release.split())
    full = timings(CheckEngine(lexicon, rules), release, args.rounds)
    packs_only = RuleSet(rules.packs, tuple(r for r in rules.rules if r.id != "KBBI.Spelling"))
    packs = timings(CheckEngine(lexicon, packs_only), release, args.rounds)
    print(f"release: {words} words, rules: {len(rules.rules)}")
    print(f"full check, all packs: median {full[0]:.1f} ms (p90 {full[1]:.1f})")
    print(f"rule packs without spelling: median {packs[0]:.1f} ms (p90 {packs[1]:.1f})")
    own = own_times(lexicon, rules.rules, release, args.rounds)
    print(f"sum of the rules' own times: {sum(ms for ms, _ in own):.1f} ms")
    print("slowest rules (median ms of the rule's own work; alone in a fresh engine):")
    by_id = {r.id: r for r in rules.rules}
    for ms, rule_id in own[: args.top]:
        engine = CheckEngine(lexicon, RuleSet(rules.packs, (by_id[rule_id],)))
        alone = timings(engine, release, max(3, args.rounds // 5))[0]
        print(f"  {ms:6.2f}  {alone:6.2f}  {rule_id}")


if __name__ == "__main__":
    main()
