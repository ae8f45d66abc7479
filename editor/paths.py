"""Where Sunting's bundled resources and per-user files live."""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The bundled ``resources/`` folder, installed as the package ``sunting_resources``.

    In a source checkout (tests, ``python -m editor``) the folder next to ``editor/`` is used.
    """
    here = Path(__file__).resolve().parent.parent / "resources"
    if (here / "rules").is_dir():
        return here
    spec = importlib.util.find_spec("sunting_resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise FileNotFoundError("Sunting's resources folder is missing; reinstall the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def cache_dir() -> Path:
    """Per-user cache (compiled lexicon); ``SUNTING_CACHE_DIR`` overrides it."""
    override = os.environ.get("SUNTING_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sunting", appauthor=False))


def data_dir() -> Path:
    """Per-user data (the default SQLite database); ``SUNTING_DATA_DIR`` overrides it."""
    override = os.environ.get("SUNTING_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("sunting", appauthor=False))
