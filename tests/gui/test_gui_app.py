"""`sunting --demo --screenshot PATH` through the real command line, on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_demo_screenshot(tmp_path: Path, artifacts: Path) -> None:
    from editor.gui.qt import QImage

    out = artifacts / "gui-demo.png"
    out.unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "editor", "--demo", "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1200
    # not blank: many distinct colours, and the red of the spelling underline is there
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50
    reds = sum(
        1
        for x in range(image.width() // 4, image.width() * 3 // 4)
        for y in range(150, image.height())
        if (c := image.pixelColor(x, y)).red() - max(c.green(), c.blue()) > 80
    )
    assert reds > 10


def test_bad_app_arguments_are_one_line_errors() -> None:
    proc = subprocess.run([sys.executable, "-m", "editor", "--demo", "--screenshot"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert proc.returncode == 2
    assert "--screenshot" in proc.stderr and "Traceback" not in proc.stderr


def test_screenshot_needs_demo() -> None:
    from editor.gui.app import parse_args

    try:
        parse_args(["--screenshot", "x.png"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("--screenshot without --demo was accepted")


def test_no_display_gets_a_message_not_an_abort() -> None:
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "editor"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert "tidak ada layar" in proc.stderr
