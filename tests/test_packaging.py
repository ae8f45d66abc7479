"""`pip install .` (not editable) gives a working `sunting` with every resource found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_into_a_fresh_venv_and_checks_a_sample(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    wheel = next(dist.glob("sunting-*.whl"))

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    # the dependencies come from the project's environment (no network needed); the package
    # itself only from the wheel: the editable install's finder is not active there
    site = Path(
        subprocess.check_output(
            [str(py), "-c", "import site; print(site.getsitepackages()[0])"], text=True
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    sample = ROOT / "resources" / "samples" / "draft-banyuasin-pilkada.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["SUNTING_CACHE_DIR"] = str(tmp_path / "cache")
    where = subprocess.run(
        [
            str(py),
            "-c",
            "import editor, editor.paths as p; print(editor.__file__); print(p.resources_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=120,
    )
    module_file, resources = where.stdout.split()
    assert str(venv) in module_file, "the package must come from the wheel, not the checkout"
    assert str(venv) in resources and Path(resources, "rules", "kbbi", "pack.yaml").exists()

    proc = subprocess.run(
        [str(venv / "bin" / "sunting"), "check", "--format", "json", str(sample)],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr[-3000:]
    texts = {f["text"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert {"Kebangsaam", "penyelenggaran"} <= texts
