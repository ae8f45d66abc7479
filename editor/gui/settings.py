"""The desk's local settings (who I am, which database, LanguageTool, letterhead, house style,
interface language), kept in an INI file in the user's data directory so they survive restarts
and are known before any database is opened."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from editor.gui.qt import QSettings
from editor.paths import data_dir
from editor.states import ROLES

LT_MODES = ("off", "local", "server")


@dataclass
class DeskSettings:
    user_name: str = "Redaktur"
    role: str = "editor"
    db_url: str = ""  # empty: the default SQLite file in the data directory
    lt_mode: str = "off"
    lt_url: str = ""
    ui_language: str = "id"
    disabled_categories: list[str] = field(default_factory=list)
    recent_files: list[str] = field(default_factory=list)
    recent_articles: list[str] = field(default_factory=list)  # "database<TAB>id<TAB>path"
    autosave_seconds: int = 30


def settings_path() -> str:
    return str(data_dir() / "sunting-gui.ini")


def _qsettings() -> QSettings:
    data_dir().mkdir(parents=True, exist_ok=True)
    return QSettings(settings_path(), QSettings.Format.IniFormat)


def load_settings() -> DeskSettings:
    qs = _qsettings()
    out = DeskSettings()
    for f in fields(DeskSettings):
        if not qs.contains(f.name):
            continue
        raw = qs.value(f.name)
        default = getattr(out, f.name)
        if isinstance(default, list):
            value = [] if raw in (None, "") else ([raw] if isinstance(raw, str) else list(raw))
        elif isinstance(default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = default
        else:
            value = str(raw)
        setattr(out, f.name, value)
    if out.role not in ROLES:
        out.role = "editor"
    if out.lt_mode not in LT_MODES:
        out.lt_mode = "off"
    return out


def save_settings(settings: DeskSettings) -> None:
    qs = _qsettings()
    for key, value in asdict(settings).items():
        qs.setValue(key, value)
    qs.sync()


def remember_file(path: str, limit: int = 10, *, article_id: int | None = None,
                  database: str = "") -> DeskSettings:  # fmt: skip
    """Put ``path`` first in the recent files; with ``article_id``, remember which release of
    ``database`` it became, so opening it again opens that release instead of a duplicate."""
    s = load_settings()
    s.recent_files = [path] + [p for p in s.recent_files if p != path][: limit - 1]
    if article_id is not None:
        keep = [e for e in s.recent_articles if e.split("\t", 2)[::2] != [database, path]]
        s.recent_articles = [f"{database}\t{article_id}\t{path}", *keep][: limit * 3]
    save_settings(s)
    return s


def recent_article(path: str, database: str) -> int | None:
    """The release that ``path`` became in ``database``, if remembered."""
    for entry in load_settings().recent_articles:
        parts = entry.split("\t", 2)
        if len(parts) == 3 and parts[0] == database and parts[2] == path and parts[1].isdigit():
            return int(parts[1])
    return None
