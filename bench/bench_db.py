"""Review-desk storage at scale: N articles x 5 revisions in SQLite; prints timings and size.

    .venv/bin/python bench/bench_db.py [--articles 100000] [--path /tmp/sunting-bench.db]

Generates the rows with plain sqlite3 (fast, schema from the migrations), then times the
services the GUI uses: the newest 50 of one status, a title search, one article with its history.
Not part of pytest: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import open_database  # noqa: E402
from editor.services import articles  # noqa: E402

STATUSES = ("draft", "in_review", "changes_requested", "approved", "exported", "archived")
WORDS = ("bupati pemerintah kabupaten warga jalan pasar desa banjir jembatan sekolah rumah sakit "
         "pelayanan publik anggaran program pembangunan forum investasi pertanian kesehatan").split()  # fmt: skip
REVISIONS = 5


def _text(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:chars]


def generate(path: Path, n_articles: int, text_chars: int) -> None:
    open_database(str(path), create=True).dispose()
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    users = [(i, f"penulis{i}", "writer", 1, "2026-01-01 00:00:00") for i in range(1, 21)]
    conn.executemany("INSERT INTO users (id, name, role, active, created_at) VALUES (?,?,?,?,?)",
                     users)  # fmt: skip
    start = datetime(2025, 1, 1, tzinfo=UTC)
    batch = 5000
    for first in range(1, n_articles + 1, batch):
        arts, revs = [], []
        for aid in range(first, min(first + batch, n_articles + 1)):
            author = rng.randint(1, 20)
            created = start + timedelta(minutes=aid * 5)
            title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {aid}"
            for k in range(1, REVISIONS + 1):
                body = _text(rng, text_chars)
                content = json.dumps({"format": 1, "paragraphs": [
                    {"text": title, "kind": "title", "spans": []},
                    {"text": body, "kind": "body", "spans": []}]})  # fmt: skip
                revs.append(((aid - 1) * REVISIONS + k, aid, k, content, f"{title}\n{body}",
                             author, str(created + timedelta(hours=k)), 0))  # fmt: skip
            updated = str(created + timedelta(hours=REVISIONS))
            arts.append((aid, title, "id", rng.choice(STATUSES), author, aid * REVISIONS,
                         REVISIONS + 1, str(created), updated))  # fmt: skip
        conn.executemany(
            "INSERT INTO articles (id, title, language, status, author_id, current_revision_id,"
            " version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", arts)  # fmt: skip
        conn.executemany(
            "INSERT INTO revisions (id, article_id, number, content, plain_text, author_id,"
            " created_at, conflict) VALUES (?,?,?,?,?,?,?,?)", revs)  # fmt: skip
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def timed(label: str, fn, runs: int = 20) -> None:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    print(f"{label:<46} first {times[0]:8.1f} ms   median {statistics.median(times):8.1f} ms"
          f"   max {max(times):8.1f} ms")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--text-chars", type=int, default=1200)
    ap.add_argument("--path", type=Path, default=Path("/tmp/sunting-bench.db"))
    ap.add_argument("--keep", action="store_true", help="reuse an existing generated file")
    args = ap.parse_args()
    if not (args.keep and args.path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.path}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        generate(args.path, args.articles, args.text_chars)
        print(f"generated {args.articles} articles x {REVISIONS} revisions "
              f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    size = args.path.stat().st_size / 1e6
    print(f"database size: {size:.1f} MB ({args.path})")
    db = open_database(str(args.path))
    rows = articles.list_articles(db, status="in_review", limit=50)
    assert len(rows) == 50
    timed("list newest 50 with status in_review", lambda: articles.list_articles(
        db, status="in_review", limit=50))  # fmt: skip
    last = rows[-1]
    timed("next page (keyset) of in_review", lambda: articles.list_articles(
        db, status="in_review", limit=50, before=(last.updated_at, last.id)))  # fmt: skip
    timed("list newest 50 of any status", lambda: articles.list_articles(db, limit=50))
    timed("search titles+text 'jembatan 4242' (50)", lambda: articles.list_articles(
        db, search="jembatan 4242", limit=50), runs=5)  # fmt: skip
    timed("search a rare title word (no match, full scan)", lambda: articles.list_articles(
        db, search="zzzz-tidak-ada", limit=50), runs=3)  # fmt: skip
    ids = [random.Random(3).randint(1, args.articles) for _ in range(20)]
    it = iter(ids * 2)
    timed("open article with history", lambda: articles.get_article(db, next(it)))
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
