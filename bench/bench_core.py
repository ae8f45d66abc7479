"""The engine core's figures (issue 10); prints numbers, asserts nothing.

    .venv/bin/python bench/bench_core.py [--rounds 5]

- `sunting check` on a one-line draft, wall time (median of rounds, fresh process each);
- engine import + load (lexicon and rule packs from their disk caches), fresh process;
- ms per 1,000 words: the eval-real-dev texts checked first in a fresh process (unseen) and again
  (warm); with the same words through `hunspell -l -d id_ID` in the same run, words/s and ratio;
- 160 KB of "di " and of "Rp ";
- ~2 MB of release copy (the real texts repeated) through `sunting check` with text output, wall;
- peak resident memory of a fresh process after a ~1,000-word check;
- one edit in a ~2,000-word document: the whole document re-checked, and re-checked through the
  paragraph cache the app uses (engine time).
Needs ../shared beside the repository for the real texts (falls back to the bundled samples).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), None
)

PROBE = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from editor.checks.engine import CheckEngine
engine = CheckEngine.default()
t1 = time.perf_counter()
texts = [open(p, encoding="utf-8").read() for p in {paths!r}]
words = sum(len(t.split()) for t in texts)
t = time.perf_counter()
for text in texts:
    engine.check(text)
unseen = time.perf_counter() - t
t = time.perf_counter()
for text in texts:
    engine.check(text)
warm = time.perf_counter() - t
status = open("/proc/self/status").read()
print(t1 - t0, words, unseen, warm, int(status.split("VmHWM:")[1].split()[0]) / 1024)
"""


def texts() -> list[Path]:
    if SHARED is not None:
        return sorted((SHARED / "eval-real-dev" / "texts").glob("*.txt"))
    return sorted((ROOT / "resources" / "samples").glob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    rounds = ap.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text("Bupati Sukamaju membuka rapat koordinasi di aula kantor.\n")
        walls = []
        for _ in range(rounds):
            t = time.perf_counter()
            subprocess.run([PY, "-m", "editor", "check", str(one)], capture_output=True, cwd=ROOT)
            walls.append(time.perf_counter() - t)
        print(f"sunting check, one-line draft: {statistics.median(walls):.3f} s wall (median)")
    paths = [str(p) for p in texts()]
    runs = []
    for _ in range(rounds):
        out = subprocess.run(
            [PY, "-c", PROBE.format(root=str(ROOT), paths=paths)], capture_output=True, text=True
        )
        runs.append([float(x) for x in out.stdout.split()])
    load, words = statistics.median(r[0] for r in runs), runs[0][1]
    unseen = statistics.median(r[2] for r in runs) / words * 1e6
    warm = statistics.median(r[3] for r in runs) / words * 1e6
    print(f"engine import + load: {load * 1000:.0f} ms")
    print(f"full check, {int(words)} words: {unseen:.1f} ms/1,000 words unseen, {warm:.1f} warm")
    print(
        f"peak resident memory after checking them: {statistics.median(r[4] for r in runs):.0f} MB"
    )
    if shutil.which("hunspell"):
        joined = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
        reps = max(1, 60_000 // len(joined.split()))
        big = "\n".join([joined] * reps)
        n = len(big.split())
        t = time.perf_counter()
        subprocess.run(["hunspell", "-d", "id_ID", "-l"], input=big, capture_output=True, text=True)
        hun = n / (time.perf_counter() - t)
        sys.path.insert(0, str(ROOT))
        from editor.checks.engine import CheckEngine

        engine = CheckEngine.default()
        t = time.perf_counter()
        engine.check(big)
        ours = n / (time.perf_counter() - t)
        print(f"{n} words: sunting {ours:,.0f} words/s, hunspell -l {hun:,.0f} words/s "
              f"({ours / hun:.2f}x)")  # fmt: skip
    sys.path.insert(0, str(ROOT))
    from editor.checks.engine import CheckEngine

    engine = CheckEngine.default()
    for unit in ("di ", "Rp "):
        t = time.perf_counter()
        engine.check(unit * (160_000 // len(unit)))
        print(f"160 KB of {unit!r}: {time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        copy = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
        big = Path(tmp) / "big.txt"
        big.write_text("\n\n".join([copy] * (2_000_000 // len(copy.encode()) + 1)))
        t = time.perf_counter()
        subprocess.run([PY, "-m", "editor", "check", str(big)], capture_output=True, cwd=ROOT)
        size = big.stat().st_size / 1e6
        print(
            f"{size:.1f} MB of release copy, sunting check (text): {time.perf_counter() - t:.1f} s"
        )
    body = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
    doc = " ".join(body.split()[:2000])
    paras = [doc[i : i + 600] for i in range(0, len(doc), 600)]
    engine.check("\n".join(paras))
    times = []
    for k in range(rounds):
        edited = list(paras)
        edited[len(paras) // 2] = edited[len(paras) // 2] + f" tambahan{k}"
        t = time.perf_counter()
        engine.check("\n".join(edited))
        times.append(time.perf_counter() - t)
    print(f"one edit in 2,000 words, whole re-check: {statistics.median(times) * 1000:.0f} ms")
    from editor.checks.engine import ParagraphCache

    cache = ParagraphCache()
    engine.check("\n".join(paras), cache=cache)
    times = []
    for k in range(rounds):
        edited = list(paras)
        edited[len(paras) // 2] = edited[len(paras) // 2] + f" sisipan{k}"
        t = time.perf_counter()
        engine.check("\n".join(edited), cache=cache)
        times.append(time.perf_counter() - t)
    print(
        f"one edit in 2,000 words, with the paragraph cache: {statistics.median(times) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
