"""Benchmark of the checking engine on the development set; prints numbers, asserts nothing.

    .venv/bin/python bench/bench_engine.py [--set ../shared/eval-dev] [--rounds 30]

Prints: lexicon load time (cold compile and from the cache); words per second of a full check
(all rule packs) and of spelling detection alone (tokenize + dictionary and morphology lookups, no
suggestions: what `hunspell -l` does) over every text of the set; median and p90 ms per
1,000-word release (warm), with all packs and with the spelling rule alone; peak resident memory
of a fresh process holding the engine after one check; and the Hunspell command line
(hunspell -l -d id_ID, one process for all texts) on the same texts, with the ratios.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.checks.engine import CheckEngine  # noqa: E402
from editor.checks.lexicon import Lexicon, load_data  # noqa: E402
from editor.checks.rules import RuleSet, load_bundled  # noqa: E402
from editor.checks.text import words  # noqa: E402

# VmHWM, not ru_maxrss: the latter can carry the parent's peak into a spawned child
MEMORY_PROBE = """
import sys
sys.path.insert(0, {root!r})
from editor.checks.engine import CheckEngine
engine = CheckEngine.default()
engine.check(open({path!r}, encoding="utf-8").read())
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) / 1024)
"""


def load_texts(folder: Path) -> list[str]:
    texts = []
    for name in ("sentences.jsonl", "clean.jsonl"):
        path = folder / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    texts += [
        json.loads(p.read_text())["text"] for p in sorted((folder / "articles").glob("*.json"))
    ]
    return texts


def release_of(texts: list[str], words: int = 1000) -> str:
    """A release of about ``words`` words made of the set's paragraphs."""
    out, count = [], 0
    for text in texts:
        out.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "\n\n".join(out)


def hunspell_rate(texts: list[str]) -> float | None:
    if shutil.which("hunspell") is None:
        return None
    joined = "\n".join(texts)
    words = len(joined.split())
    started = time.perf_counter()
    subprocess.run(
        ["hunspell", "-d", "id_ID", "-l"], input=joined, capture_output=True, text=True, check=True
    )
    return words / (time.perf_counter() - started)


def detect_unknown(lexicon: Lexicon, text: str) -> list[str]:
    """Spelling detection only, as `hunspell -l` does it: the words no list or rule accepts."""
    return [w.text for w in words(text) if not lexicon.is_word(w.text)]


def median_ms(engine: CheckEngine, release: str, rounds: int) -> tuple[float, float]:
    n_words = len(release.split())
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        engine.check(release)
        times.append((time.perf_counter() - started) * 1000 * 1000 / n_words)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.9) - 1)]


def peak_memory_mb(release: str) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(release)
    code = MEMORY_PROBE.format(root=str(ROOT), path=fh.name)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval-dev")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    texts = load_texts(args.set)

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        load_data(Path(tmp))
        cold = time.perf_counter() - started
        started = time.perf_counter()
        data = load_data(Path(tmp))
        cached = time.perf_counter() - started
    lexicon = Lexicon(data)
    rules = load_bundled()
    engine = CheckEngine(lexicon, rules)
    spelling_only = CheckEngine(lexicon, RuleSet(rules.packs, (rules.by_id("KBBI.Spelling"),)))
    release = release_of(texts)
    engine.check(release)  # warm the caches
    spelling_only.check(release)

    total_words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for text in texts:
        engine.check(text)
    full_rate = total_words / (time.perf_counter() - started)
    started = time.perf_counter()
    for text in texts:
        detect_unknown(lexicon, text)
    detect_rate = total_words / (time.perf_counter() - started)

    all_median, all_p90 = median_ms(engine, release, args.rounds)
    spell_median, spell_p90 = median_ms(spelling_only, release, args.rounds)
    hun = hunspell_rate(texts)
    load_data()  # the probe should load the user's cache, not compile it
    peak_mb = peak_memory_mb(release)

    print(f"texts: {len(texts)}, words: {total_words}, rules: {len(engine.active)}")
    print(f"lexicon load: cold (compile) {cold * 1000:.0f} ms, cached {cached * 1000:.0f} ms")
    print(f"full check (all packs): {full_rate:,.0f} words/s")
    print(f"spelling detection only: {detect_rate:,.0f} words/s")
    print(
        f"1,000-word release ({len(release.split())} words), warm, ms per 1,000 words: "
        f"all packs median {all_median:.1f} (p90 {all_p90:.1f}); "
        f"spelling rule only median {spell_median:.1f} (p90 {spell_p90:.1f})"
    )
    print(f"peak resident memory, engine after one check (fresh process): {peak_mb:.0f} MB")
    if hun is None:
        print("hunspell: not installed (apt-get install hunspell hunspell-id)")
    else:
        print(
            f"hunspell -l: {hun:,.0f} words/s; detection ratio Sunting/Hunspell = "
            f"{detect_rate / hun:.2f}x; full check / Hunspell = {full_rate / hun:.2f}x"
        )


if __name__ == "__main__":
    main()
