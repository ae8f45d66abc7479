"""Every test gets its own data directory; the compiled lexicon cache is shared per run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    import os

    os.environ["SUNTING_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("SUNTING_DATA_DIR", str(data))
    monkeypatch.delenv("SUNTING_DB", raising=False)
    return data


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (seed draft, eval-dev); CI lays it beside the clone."""
    assert SHARED.is_dir(), f"{SHARED} is missing: the tests need ../shared beside the checkout"
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "draft-banyuasin-pilkada.txt").read_text(encoding="utf-8")
