"""How fast the desk loads its officials registry (issue 17): a desk with N people (each with
a position, every third with a short form), loaded cold (two queries) and warm (one stamp
query, the cached registry). Prints milliseconds; no asserts.

    .venv/bin/python bench/bench_registry_load.py [N] [--db URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import open_database  # noqa: E402
from db import repository as repo  # noqa: E402
from editor.services import people  # noqa: E402

SYLLABLES = "ba di ka lu ma ni ra sa ti wa yu han sur mad rin dar jo".split()


def name(i: int) -> str:
    def word(n: int) -> str:
        a, b, c = n % 17, (n // 17) % 17, (n // 289) % 17
        return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).capitalize()

    return f"{word(i)} {word(i * 7 + 3)} {word(i * 13 + 5)}"


def fill(db, n: int) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        for i in range(n):
            pid = repo.add_person(s, name=f"{name(i)} {i}", degrees=("S.H.",), source="#1 Rilis")
            repo.add_position(s, pid, f"Kepala Dinas {i}", since="2026-01-01", source="#1 Rilis")
            if i % 3 == 0:
                repo.add_short_form(s, pid, f"{name(i)[:1]}. {i}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=5000)
    ap.add_argument("--db", help="an empty migrated desk (default: a temporary SQLite file)")
    args = ap.parse_args()
    url = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    db = open_database(url, create=True)
    fill(db, args.n)
    t = time.perf_counter()
    loaded = people.registry(db)
    cold = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for _ in range(20):
        people.registry(db)
    warm = (time.perf_counter() - t) * 1000 / 20
    print(f"registry of {len(loaded.people)} people: cold load {cold:.1f} ms, "
          f"cached (stamp query) {warm:.2f} ms")  # fmt: skip
    db.dispose()


if __name__ == "__main__":
    main()
