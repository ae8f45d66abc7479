"""The installable app: scripts/bundle/build.sh makes the PyInstaller bundle, which starts
offscreen, opens the demo desk and checks a sample (its own smoke test), and answers as the CLI;
its menu entry and icon are in place."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    dist = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "bundle" / "build.sh"), str(dist)],
                          capture_output=True, text=True, timeout=1800, cwd=ROOT)  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return dist / "sunting", proc.stdout


@pytest.mark.slow
def test_bundle_builds_and_passes_its_smoke_test(bundle: tuple[Path, str]) -> None:
    folder, log = bundle
    assert "sunting: uji cepat lulus:" in log and "temuan pada «" in log
    size = next(line for line in log.splitlines() if line.startswith("bundle: "))
    print(size)  # the size goes into the closing note
    assert (folder / "sunting").is_file() and os.access(folder / "sunting", os.X_OK)


@pytest.mark.slow
def test_bundle_is_the_cli_too(bundle: tuple[Path, str], tmp_path: Path, seed_path: Path) -> None:
    exe = bundle[0] / "sunting"
    env = {**os.environ, "SUNTING_DATA_DIR": str(tmp_path), "SUNTING_CACHE_DIR": str(tmp_path)}
    env.pop("LANG", None)
    help_text = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env,
                               timeout=120).stdout  # fmt: skip
    assert help_text.startswith("pemakaian: sunting")
    checked = subprocess.run([str(exe), "check", str(seed_path)], capture_output=True,
                             text=True, env=env, timeout=300)  # fmt: skip
    assert checked.returncode == 1 and "Kebangsaam" in checked.stdout
    assert checked.stdout.splitlines()[-1].endswith(" saran")
    db = tmp_path / "desk.db"
    upgraded = subprocess.run([str(exe), "db", "upgrade", "--db", str(db)], capture_output=True,
                              text=True, env=env, timeout=120)  # fmt: skip
    assert upgraded.returncode == 0 and db.is_file()  # the migrations travel with the bundle


@pytest.mark.slow
def test_menu_entry_and_icon(bundle: tuple[Path, str]) -> None:
    share = bundle[0] / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(share / "applications" / "sunting.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"].startswith("sunting")
    assert desktop["Icon"] == "sunting" and "Office" in desktop["Categories"]
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "sunting.svg"
    assert icon.read_text(encoding="utf-8").lstrip().startswith(("<svg", "<?xml"))
    assert (bundle[0] / "install.sh").is_file()
