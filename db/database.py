"""Opening the review-desk database: URL resolution, SQLite pragmas, backup, upgrade on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path, PurePath

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import (
    AccessDenied,
    DeskError,
    LoginNeeded,
    LoginRefused,
    ServerUnreachable,
    StateRefused,
    StorageBusy,
    StorageError,
)

BUSY_TIMEOUT_S = 5.0  # how long a locked SQLite file is retried before StorageBusy
CONNECT_TIMEOUT_S = 10  # an unreachable server host is reported after this, not hung on


def default_url() -> str:
    """``SUNTING_DB`` if set, else the SQLite file in the user's data directory."""
    env = os.environ.get("SUNTING_DB")
    if env:
        return env
    from editor.paths import data_dir

    return sqlite_url(data_dir() / "sunting.db")


def sqlite_url(path: PurePath) -> str:
    """``sqlite:///`` + the absolute path with forward slashes (``sqlite:///C:/Users/...`` on
    Windows, where a backslash would be read as part of the URL)."""
    return f"sqlite:///{path.as_posix()}"


def normalize_url(url: str) -> str:
    """Plain paths become SQLite URLs; ``postgresql://`` uses psycopg 3."""
    if "://" not in url:
        return sqlite_url(Path(url).expanduser().resolve())
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Database:
    """One opened database: a write session factory and a read session factory.

    On SQLite, write sessions start with ``BEGIN IMMEDIATE`` so two writers queue on the busy
    timeout instead of failing halfway; readers use plain deferred transactions (WAL lets them
    run beside a writer).
    """

    def __init__(self, url: str, sqlite_path: Path | None, password: str | None = None) -> None:
        self.url = url  # never holds a password given separately (see open_database)
        self.sqlite_path = sqlite_path
        self.engine = _make_engine(url, immediate=True, password=password)
        self.read_engine = _make_engine(url, immediate=False) if sqlite_path else self.engine
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        self.ReadSession = sessionmaker(self.read_engine, expire_on_commit=False)
        self.refuse_writes: str | None = None  # why writing is refused (a corrupt file)
        self._identity = _file_identity(sqlite_path) if sqlite_path else None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction: committed at the end, rolled back on error.

        On SQLite the file must still be the one opened, before and after the commit: a file
        deleted or replaced while in use would take the commit with it (the open handle writes
        to the old file), so that is an error, never a silent success."""
        if self.refuse_writes:
            raise StorageError(self.refuse_writes)
        self.check_file()
        with translate_errors(self), self.Session() as s, s.begin():
            yield s
        self.check_file(committed=True)

    def check_file(self, *, committed: bool = False) -> None:
        """:class:`StorageError` if the SQLite file was removed or replaced since it was opened."""
        if self.sqlite_path is None:
            return
        if self._identity is None:  # created by this process: the file exists only now
            self._identity = _file_identity(self.sqlite_path)
            return
        now = _file_identity(self.sqlite_path)
        if now == self._identity:
            return
        what = "dihapus" if now is None else "diganti berkas lain"
        lost = " Perubahan terakhir tidak tersimpan di berkas itu." if committed else ""
        raise StorageError(
            f"Berkas basis data {self.sqlite_path} {what} saat Sunting memakainya.{lost} "
            "Kembalikan berkasnya (atau cadangannya), lalu ulangi."
        )

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with translate_errors(self), self.ReadSession() as s, s.begin():
            yield s

    def backup(self, dest: Path) -> Path:
        """A consistent copy of an SQLite database (the online backup API, WAL included)."""
        if self.sqlite_path is None:
            raise StorageError(
                "Cadangan berkas hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump."
            )
        dest = Path(dest)
        if dest.is_dir():
            dest = dest / f"{self.sqlite_path.stem}-{_stamp()}.db"
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            src = sqlite3.connect(f"file:{self.sqlite_path}?mode=ro", uri=True, timeout=5)
            try:
                out = sqlite3.connect(dest)
                with out:
                    src.backup(out)
                out.close()
            finally:
                src.close()
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"Cadangan ke {dest} gagal: {exc}") from None
        return dest

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def last_backup(path: Path) -> Path | None:
    """The newest backup beside an SQLite file (``db backup`` or before a migration)."""
    found = [p for p in path.parent.glob(f"{path.stem}*") if ".bak" in p.name or
             p.name.startswith(f"{path.stem}-") and p.suffix == ".db"]  # fmt: skip
    found = [p for p in found if p != path and p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def corruption_message(path: Path, detail: str) -> str:
    backup = last_backup(path)
    where = (
        f"cadangan terakhir: {backup}"
        if backup
        else "tidak ada cadangan di sampingnya (buat dengan `sunting db backup`)"
    )
    return (
        f"Basis data {path} rusak ({detail}); Sunting tidak menulis ke dalamnya agar tidak "
        f"memperparah kerusakan. Pulihkan dari cadangan ({where})."
    )


def check_integrity(db: Database) -> None:
    """A damaged SQLite file is refused for writing (``db.refuse_writes``) with the path of
    its last backup; reading stays possible where SQLite still can."""
    if db.sqlite_path is None or not db.sqlite_path.exists():
        return
    try:
        conn = sqlite3.connect(f"file:{db.sqlite_path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = conn.execute("PRAGMA quick_check(3)").fetchall()
        finally:
            conn.close()
        detail = "; ".join(str(r[0]) for r in rows)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # a writer holds it; the check runs at the next open
        raise StorageError(corruption_message(db.sqlite_path, str(exc))) from None
    if detail != "ok":
        db.refuse_writes = corruption_message(db.sqlite_path, detail[:200])


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def _make_engine(url: str, *, immediate: bool, password: str | None = None) -> Engine:
    if not url.startswith("sqlite"):
        args: dict[str, object] = {}
        if url.startswith("postgresql") and "connect_timeout" not in url:
            args["connect_timeout"] = CONNECT_TIMEOUT_S
        if password is not None:  # kept by the driver's connect arguments, in memory only
            args["password"] = password
        return create_engine(url, pool_pre_ping=True, connect_args=args)
    timeout = BUSY_TIMEOUT_S
    engine = create_engine(url, connect_args={"timeout": timeout, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextmanager
def translate_errors(db: Database | None) -> Iterator[None]:
    """Database driver errors become :class:`StorageError` with a message for the user."""
    try:
        yield
    except DBAPIError as exc:
        raise storage_error(exc, db) from None


def storage_error(exc: BaseException, db: Database | None) -> DeskError:
    orig = getattr(exc, "orig", exc)
    refused = _server_refusal(orig)
    if refused is not None:
        return refused
    text = " ".join(str(orig or exc).split())  # one line for the user
    where = db.sqlite_path if db and db.sqlite_path else (shown_url(db.url) if db else "")
    low = text.lower()
    if "database is locked" in low or "database is busy" in low:
        return StorageBusy(
            f"Basis data {where} sedang dikunci proses lain; coba lagi sebentar lagi."
        )
    if ("malformed" in low or "not a database" in low) and db and db.sqlite_path:
        return StorageError(corruption_message(db.sqlite_path, text))
    if "not a database" in low or "malformed" in low:
        return StorageError(f"{where} bukan basis data Sunting yang dapat dibaca ({text}).")
    if "disk is full" in low or "no space" in low:
        return StorageError(
            f"Disk tempat basis data {where} penuh; perubahan terakhir tidak tersimpan. "
            "Kosongkan ruang disk, lalu ulangi."
        )
    if "disk i/o error" in low:
        return StorageError(
            f"Basis data {where} tidak dapat ditulis (kesalahan I/O disk: penuh, dicabut atau "
            "rusak); perubahan terakhir tidak tersimpan."
        )
    if "readonly" in low or "read-only" in low:
        return StorageError(f"Basis data {where} hanya-baca; perubahan tidak dapat disimpan.")
    if "unable to open" in low:
        return StorageError(f"Basis data {where} tidak dapat dibuka ({text}).")
    login = _login_failure(low, db)
    if login is not None:
        return login
    if any(k in low for k in _UNREACHABLE):
        return ServerUnreachable(
            f"Tidak dapat terhubung ke server basis data {_server_of(db)}: server tidak "
            "menjawab. Periksa alamat basis data dan jaringan, atau tanyakan ke admin apakah "
            f"servernya menyala. ({text.strip()})"
        )
    if "connection" in low or "could not connect" in low or "refused" in low:
        return StorageError(f"Tidak dapat terhubung ke server basis data ({text.strip()}).")
    return StorageError(f"Kesalahan basis data: {text.strip()}")


_UNREACHABLE = ("connection refused", "could not translate host name", "timeout expired",
                "no route to host", "network is unreachable", "name or service not known",
                "could not connect to server", "server closed the connection")  # fmt: skip


def shown_url(url: str) -> str:
    """The URL as messages show it: a password written into it is masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _login_of(db: Database | None) -> str:
    """The login role a PostgreSQL URL names (libpq's default: PGUSER, else the OS login)."""
    if db is None:
        return ""
    try:
        named = make_url(db.url).username
    except ArgumentError:
        named = None
    if named:
        return named
    import getpass

    try:
        return os.environ.get("PGUSER") or getpass.getuser()
    except (KeyError, OSError):
        return ""


def _server_of(db: Database | None) -> str:
    if db is None:
        return ""
    try:
        url = make_url(db.url)
    except ArgumentError:
        return ""
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _login_failure(low: str, db: Database | None) -> LoginNeeded | None:
    """libpq's words for a missing or refused password (its error carries no SQLSTATE)."""
    user = _login_of(db)
    if "no password supplied" in low:
        return LoginNeeded(
            f"Server basis data {_server_of(db)} meminta kata sandi untuk {user}; isikan di "
            "~/.pgpass atau PGPASSWORD (aplikasi memintanya di jendela masuk).",
            user,
        )
    if "password authentication failed" in low or "authentication failed" in low:
        return LoginRefused(
            f"Kata sandi untuk {user} ditolak oleh server basis data {_server_of(db)}: "
            "kata sandinya salah, atau nama itu bukan pengguna server ini.",
            user,
        )
    return None


def _server_refusal(orig: object) -> DeskError | None:
    """PostgreSQL's own refusals (privileges, the desk's rules) with the server's message."""
    state = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    message = " ".join(str(getattr(diag, "message_primary", None) or orig).split())
    if state == "42501":
        return AccessDenied(f"Ditolak oleh basis data: {message}")
    if state in ("55000", "40001", "P0002"):
        return StateRefused(message)
    return None


def open_database(url: str | None = None, *, create: bool | None = None, upgrade: bool = True,
                  password: str | None = None):  # fmt: skip
    """Open (and by default upgrade) the review-desk database.

    ``url``: any SQLAlchemy URL or a plain file path; default ``SUNTING_DB`` or the SQLite file
    in the data directory. ``create``: make a missing SQLite file (default: only for the default
    location; a missing file named explicitly is an error). Before upgrading an existing SQLite
    file its copy is written beside it (``*.bak-<revision>-<time>``). ``password``: for a
    server database, the password typed in the app's login prompt; it stays in the driver's
    connect arguments in memory (never in ``Database.url``, never on disk). A server asking for
    a password none gave is :class:`LoginNeeded`, a wrong one :class:`LoginRefused`.
    """
    explicit = url is not None or bool(os.environ.get("SUNTING_DB"))
    raw = url if url is not None else default_url()
    try:
        full = normalize_url(raw)
        parsed = make_url(full)
    except ArgumentError:
        raise StorageError(f"Alamat basis data tidak dikenal: {raw}") from None
    sqlite_path = None
    if parsed.get_backend_name() == "sqlite":
        try:
            sqlite_path = _check_sqlite_file(
                parsed.database, raw, create=not explicit if create is None else create
            )
        except OSError as exc:  # e.g. a folder on the way that this user may not enter
            raise StorageError(
                f"Berkas basis data {parsed.database} tidak dapat dibaca ({exc.strerror})."
            ) from None
    try:
        db = Database(full, sqlite_path, None if sqlite_path else password)
    except (SQLAlchemyError, ImportError) as exc:
        raise StorageError(f"Alamat basis data tidak dapat dipakai: {raw} ({exc})") from None
    check_integrity(db)
    if upgrade and not db.refuse_writes:
        try:
            upgrade_database(db)
        except DeskError:
            db.dispose()
            raise
    return db


def _check_sqlite_file(database: str | None, raw: str, *, create: bool) -> Path:
    if not database or database == ":memory:":
        raise StorageError("Basis data SQLite harus berupa berkas, bukan memori.")
    path = Path(database).expanduser().resolve()
    if path.is_dir():
        raise StorageError(f"{path} adalah folder, bukan berkas basis data.")
    if not path.exists():
        if not create:
            raise StorageError(
                f"Berkas basis data {path} tidak ada. Buat dengan `sunting db upgrade --db {raw}`."
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Folder {path.parent} tidak dapat dibuat ({exc.strerror})."
            ) from None
        if not os.access(path.parent, os.W_OK):
            raise StorageError(f"Folder {path.parent} hanya-baca; basis data tidak dapat dibuat.")
        return path
    if not os.access(path, os.R_OK):
        raise StorageError(f"Berkas basis data {path} tidak dapat dibaca (izin ditolak).")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError(
            f"Berkas basis data {path} hanya-baca; Sunting perlu izin tulis untuk berkas dan foldernya."
        )
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head != b"SQLite format 3\x00":
        raise StorageError(f"{path} bukan berkas basis data SQLite.")
    return path


def upgrade_database(db: Database) -> str | None:
    """Bring the schema to the newest migration; back up an existing SQLite file first.

    Returns the path of the backup copy, if one was made.
    """
    from db.migrate import current_revision, head_revision, known_revision, run_upgrade

    backup = None
    try:
        with db.read_engine.connect() as conn:  # a reader: never waits behind a writer
            current = current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
    except DBAPIError as exc:
        raise storage_error(exc, db) from None
    except SQLAlchemyError as exc:
        raise StorageError(f"Basis data tidak dapat dibuka: {exc}") from None
    if current == head_revision():
        return None
    if current is not None and not known_revision(current):
        raise StorageError(
            f"Basis data dibuat oleh versi Sunting yang lebih baru (skema {current}); perbarui Sunting."
        )
    if current is None and has_tables:
        raise StorageError("Basis data ini bukan milik Sunting (tabelnya tidak dikenal).")
    if db.sqlite_path is not None and current is not None:
        dest = db.sqlite_path.with_name(f"{db.sqlite_path.name}.bak-{current}-{_stamp()}")
        backup = str(db.backup(dest))
    try:
        run_upgrade(db)
    except DBAPIError as exc:
        raise storage_error(exc, db) from None
    return backup
