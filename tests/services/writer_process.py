"""Helper processes for the reliability tests (run with ``python tests/services/writer_process.py``).

``stream URL ARTICLE``: saves revisions in a loop, printing each committed revision number.
``race URL ARTICLE VERSION TEXT GO_FILE``: waits until GO_FILE exists, then saves once from
VERSION; prints ``won`` or ``conflict <revision id>``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from db import open_database
from editor.document.model import Document
from editor.services import Conflict, articles


def stream(url: str, article_id: int) -> None:
    db = open_database(url)
    version = articles.get_article(db, article_id).article.version
    n = 0
    while True:
        n += 1
        body = f"Isi ke-{n}. " + "kalimat panjang " * 200
        saved = articles.save_revision(db, article_id, Document.from_text(f"Judul\n{body}"),
                                       base_version=version)  # fmt: skip
        version = saved.article.version
        print(saved.revision.number, flush=True)


def race(url: str, article_id: int, version: int, text: str, go: str) -> None:
    db = open_database(url)
    articles.list_articles(db)  # connections warm before the start signal
    while not Path(go).exists():
        time.sleep(0.002)
    try:
        articles.save_revision(db, article_id, Document.from_text(text), base_version=version)
        print("won", flush=True)
    except Conflict as exc:
        print(f"conflict {exc.conflict_revision_id}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "stream":
        stream(sys.argv[2], int(sys.argv[3]))
    else:
        race(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
