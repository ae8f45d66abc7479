"""Per-rule engine time of one edit in a ~2,000-word document checked through the paragraph
cache (bench_core.py's last figure), over ``--rounds`` edits; prints the costliest rules.

    .venv/bin/python bench/perrule_edit.py [root] [--rounds 10] [--profile]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent))
ap.add_argument("--rounds", type=int, default=10)
ap.add_argument("--profile", action="store_true")
ap.add_argument("--sort", default="cumulative")
args = ap.parse_args()
root = Path(args.root)
sys.path.insert(0, str(root))
from editor.checks.engine import CheckEngine, ParagraphCache  # noqa: E402

shared = root.parent / "shared"
paths = sorted((shared / "eval-real-dev" / "texts").glob("*.txt"))
engine = CheckEngine.default()
acc: collections.Counter[str] = collections.Counter()
for rule in engine.active:
    orig = rule.kind.check

    def wrap(ctx, _o=orig, _id=rule.id):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        r = list(_o(ctx))
        acc[_id] += time.perf_counter() - t
        return r

    object.__setattr__(rule.kind, "check", wrap)
body = "\n".join(p.read_text(encoding="utf-8") for p in paths)
doc = " ".join(body.split()[:2000])
paras = [doc[i : i + 600] for i in range(0, len(doc), 600)]
cache = ParagraphCache()
engine.check("\n".join(paras), cache=cache)
acc.clear()
prof = cProfile.Profile() if args.profile else None
times = []
for k in range(args.rounds):
    edited = list(paras)
    edited[len(paras) // 2] = edited[len(paras) // 2] + f" sisipan{k}"
    t = time.perf_counter()
    if prof:
        prof.enable()
    engine.check("\n".join(edited), cache=cache)
    if prof:
        prof.disable()
    times.append(time.perf_counter() - t)
print(f"one edit, paragraph cache: median {statistics.median(times) * 1000:.1f} ms, "
      f"in rules {sum(acc.values()) / args.rounds * 1000:.1f} ms per edit")  # fmt: skip
for rid, v in acc.most_common(20):
    print(f"  {v / args.rounds * 1000:6.2f}  {rid}")
if prof:
    pstats.Stats(prof).sort_stats(args.sort).print_stats(40)
