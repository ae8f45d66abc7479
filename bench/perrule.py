"""Per-rule timing of full checks: the eval-real-dev texts checked in a fresh engine (unseen)
and again (warm, twice), each rule's ``check`` timed; the costliest rules and the cost per
rule kind (the kinds' class names, with how many rules share each) are printed.

    .venv/bin/python bench/perrule.py [root] [--out timings.json] [--top 25]

(From helper speed10's /tmp script; the per-kind summary added by speed11. Needs ../shared.)
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent))
ap.add_argument("--out", help="write the timings (seconds) as JSON here")
ap.add_argument("--top", type=int, default=25)
args = ap.parse_args()
root = Path(args.root)
sys.path.insert(0, str(root))
from editor.checks.engine import CheckEngine  # noqa: E402

engine = CheckEngine.default()
paths = sorted((root.parent / "shared" / "eval-real-dev" / "texts").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in paths]
words = sum(len(t.split()) for t in texts)
acc: collections.Counter[tuple[str, str]] = collections.Counter()
phase = ["unseen"]
kind_of = {}
for rule in engine.active:
    kind_of[rule.id] = type(rule.kind).__name__
    orig = rule.kind.check

    def wrap(ctx, _o=orig, _id=rule.id):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        r = list(_o(ctx))
        acc[phase[0], _id] += time.perf_counter() - t
        return r

    object.__setattr__(rule.kind, "check", wrap)
total = {}
for ph in ("unseen", "warm", "warm2"):
    phase[0] = ph
    t = time.perf_counter()
    for text in texts:
        engine.check(text)
    total[ph] = time.perf_counter() - t
if args.out:
    out = {"total": total, "rules": {f"{p}|{r}": v for (p, r), v in acc.items()}}
    Path(args.out).write_text(json.dumps(out))
for ph in ("unseen", "warm"):
    items = sorted(((v, r) for (p, r), v in acc.items() if p == ph), reverse=True)
    in_rules = sum(v for v, _ in items)
    print(
        f"== {ph}: {total[ph] * 1000:.0f} ms ({total[ph] / words * 1e6:.1f} ms/1,000 words), "
        f"in rules {in_rules * 1000:.0f} ms"
    )
    for v, r in items[: args.top]:
        print(f"  {v * 1000:7.1f}  {r}")
    kinds: collections.Counter[str] = collections.Counter()
    count: collections.Counter[str] = collections.Counter()
    for v, r in items:
        kinds[kind_of[r]] += v
        count[kind_of[r]] += 1
    print("  by kind: " + ", ".join(
        f"{k} {v * 1000:.1f} ({count[k]})" for k, v in kinds.most_common(12)
    ))  # fmt: skip
