"""Per-office, per-year release number sequences (issue 14)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import ReleaseSequence


def next_value(s: Session, office: str, year: int) -> int:
    """The next number of ``office`` in ``year`` (1, 2, ...), taken inside the caller's
    transaction: the row is updated first, so two desks never get the same number."""
    done = s.execute(
        update(ReleaseSequence)
        .where(ReleaseSequence.office == office, ReleaseSequence.year == year)
        .values(last=ReleaseSequence.last + 1)
        .execution_options(synchronize_session=False)
    )
    if getattr(done, "rowcount", 0) == 0:
        s.add(ReleaseSequence(office=office, year=year, last=1))
        s.flush()
        return 1
    last = s.scalar(select(ReleaseSequence.last).where(
        ReleaseSequence.office == office, ReleaseSequence.year == year))  # fmt: skip
    return int(last or 0)
