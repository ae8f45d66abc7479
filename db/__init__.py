"""Review-desk storage: SQLAlchemy models, sessions, repository functions, Alembic migrations.

``open_database(url=None)`` returns a :class:`Database` (``.session()`` for a write transaction,
``.reader()`` for a read one). Repository functions in :mod:`db.repository` return the plain
dataclasses of :mod:`db.records`; ORM objects never leave this package.
"""

from db.database import Database, default_url, open_database, upgrade_database
from db.errors import DeskError, StorageBusy, StorageError

__all__ = [
    "Database",
    "DeskError",
    "StorageBusy",
    "StorageError",
    "default_url",
    "open_database",
    "upgrade_database",
]
