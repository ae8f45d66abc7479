"""Benchmark of the checking engine on the development set; prints numbers, asserts nothing.

    .venv/bin/python bench/bench_engine.py [--set ../shared/eval-dev] [--rounds 30]

Prints: lexicon load time (cold compile and from the cache), words per second of a full check
(all rule packs) over every text of the set, median and p90 ms per 1,000-word release (warm), peak
resident memory of the engine, and the same throughput for the Hunspell command line (hunspell -l
with the Indonesian dictionary) on the same texts, with the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
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
from editor.checks.rules import load_bundled  # noqa: E402


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
    engine = CheckEngine(Lexicon(data), load_bundled())
    engine.check(release_of(texts))  # warm the caches

    total_words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for text in texts:
        engine.check(text)
    full_rate = total_words / (time.perf_counter() - started)

    release = release_of(texts)
    n_words = len(release.split())
    times = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        engine.check(release)
        times.append((time.perf_counter() - started) * 1000 * 1000 / n_words)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    hun = hunspell_rate(texts)
    print(f"texts: {len(texts)}, words: {total_words}, rules: {len(engine.active)}")
    print(f"lexicon load: cold (compile) {cold * 1000:.0f} ms, cached {cached * 1000:.0f} ms")
    print(f"full check throughput: {full_rate:,.0f} words/s")
    print(
        f"1,000-word release ({n_words} words), warm: median {statistics.median(times):.1f} ms, "
        f"p90 {sorted(times)[int(len(times) * 0.9) - 1]:.1f} ms per 1,000 words"
    )
    print(f"peak resident memory: {peak_mb:.0f} MB")
    if hun is None:
        print("hunspell: not installed (apt-get install hunspell hunspell-id)")
    else:
        print(
            f"hunspell -l throughput: {hun:,.0f} words/s; Sunting/Hunspell = {full_rate / hun:.2f}x"
        )


if __name__ == "__main__":
    main()
