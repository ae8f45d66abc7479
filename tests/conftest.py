"""Every test gets its own data directory; the compiled lexicon cache is shared per run."""

from __future__ import annotations

from pathlib import Path

import pytest
from required import OPTED_OUT, SERVICES, in_ci

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


SEED = ROOT / "resources" / "samples" / "draft-banyuasin-pilkada.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--without", action="append", default=[], choices=SERVICES, metavar="SERVICE",
        help=f"leave a service out on purpose (its tests skip; not in CI): {', '.join(SERVICES)}",
    )  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    OPTED_OUT.update(config.getoption("--without"))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # noqa: ANN001
    if OPTED_OUT and not in_ci():
        terminalreporter.write_line(
            f"left out on request: {', '.join(sorted(OPTED_OUT))} (their tests were skipped)",
            yellow=True,
        )
    if not SHARED.is_dir():
        terminalreporter.write_line(
            f"{SHARED} is not beside the checkout: the checks against the development set "
            "were skipped (CI runs them)", yellow=True,
        )  # fmt: skip


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (the development set): CI lays it beside the clone; a plain clone has none,
    and the few checks that read it say so and skip there (never in CI)."""
    if not SHARED.is_dir():
        if in_ci():
            pytest.fail(f"{SHARED} is missing: CI lays ../shared beside the clone", pytrace=False)
        pytest.skip(f"{SHARED} is not beside the checkout (the development set): CI runs this")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed draft (the press officer's example release), shipped in resources/samples."""
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")
