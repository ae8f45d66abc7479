"""Numbers for the dashboard: articles per status, findings per category, writer and week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from db import journal
from db import repository as repo
from db.database import Database


@dataclass(frozen=True, slots=True)
class DeskStatistics:
    by_status: dict[str, int]
    by_category: dict[str, int]
    by_writer: dict[str, dict[str, int]]
    by_week: dict[str, dict[str, int]]  # ISO week "2026-W05" -> category -> count


def iso_week(at: datetime) -> str:
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def statistics(db: Database, *, weeks: int | None = 12) -> DeskStatistics:
    """Findings of each article's current revision (as stored by the last check)."""
    since = datetime.now(UTC) - timedelta(weeks=weeks) if weeks else None
    with db.reader() as s:
        by_status = repo.count_by_status(s)
        rows = journal.finding_count_rows(s, since)
        names = {u.id: u.name for u in repo.list_users(s)}
    by_category: dict[str, int] = defaultdict(int)
    by_writer: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_week: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for author_id, at, category, count in rows:
        by_category[category] += count
        by_writer[names.get(author_id, f"#{author_id}")][category] += count
        by_week[iso_week(at)][category] += count
    return DeskStatistics(
        dict(by_status),
        dict(by_category),
        {k: dict(v) for k, v in by_writer.items()},
        {k: dict(v) for k, v in sorted(by_week.items())},
    )
