"""The review tests' files: four real .docx made once per session, each reviewed once (every
error and warning with a fix as a tracked change), and LibreOffice run once over all of them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from required import missing

from editor.checks.engine import CheckEngine, CheckOptions
from editor.review.accept import settled_docx
from editor.review.tracked import ReviewOutcome
from editor.services.docx_review import review_file
from tests.export.helpers import render_pdfs
from tests.review import word_files as wf

REVIEWER = "Dewi Redaktur"
WHEN = dt.datetime(2024, 6, 12, 8, 30, tzinfo=dt.UTC)
MAKERS = {
    "seed": wf.seed_docx,
    "dinas": wf.dinas_docx,
    "catatan": wf.catatan_docx,
    "tertanda": wf.existing_review_docx,
    "kotak": wf.kotak_docx,
}
LO_SCRIPT = Path(__file__).with_name("lo_uno.py")


@dataclass(frozen=True)
class Reviewed:
    name: str
    source: Path
    output: Path
    outcome: ReviewOutcome


@pytest.fixture(scope="session")
def engine() -> CheckEngine:
    return CheckEngine.default(CheckOptions())


@pytest.fixture(scope="session")
def reviewed(tmp_path_factory: pytest.TempPathFactory, engine: CheckEngine) -> dict[str, Reviewed]:
    folder = tmp_path_factory.mktemp("writer")
    out = tmp_path_factory.mktemp("reviewed")
    done = {}
    for name, make in MAKERS.items():
        source = make(folder / f"{name}.docx")
        target = out / f"{name}-ditinjau.docx"
        outcome = review_file(source, target, engine, REVIEWER, fixes="all", when=WHEN)
        done[name] = Reviewed(name, source, target, outcome)
    return done


def system_python_with_uno() -> str:
    python = shutil.which("python3", path="/usr/bin:/bin") or "/usr/bin/python3"
    probe = subprocess.run([python, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        missing("libreoffice", "python3-uno (LibreOffice's Python bridge) is missing")
    return python


def run_libreoffice(python: str, jobs: list[dict], work: Path) -> list[dict]:
    """lo_uno.py over ``jobs`` (see there) with LibreOffice's own profile in ``work``; what
    LibreOffice saw in each file (tracked changes and comments before the action)."""
    (work / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    result = subprocess.run(
        [python, str(LO_SCRIPT), str(work / "profile"), str(work / "jobs.json")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def libreoffice(
    reviewed: dict[str, Reviewed], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict]:
    """name -> {"accept"/"reject"/"xml-accept"/"original"/"original-reject": (text, counts)}:
    LibreOffice's own Accept All and Reject All on each review, saved as text, beside the text
    of the review accepted in XML and of the writer's file."""
    python = system_python_with_uno()
    work = tmp_path_factory.mktemp("lo")
    jobs, keys = [], []
    for name, item in reviewed.items():
        xml_accepted = work / f"{name}-xml-accept.docx"
        xml_accepted.write_bytes(settled_docx(item.output.read_bytes(), accept=True))
        for key, docx, action in (
            ("accept", item.output, "accept"),
            ("reject", item.output, "reject"),
            ("xml-accept", xml_accepted, "none"),
            ("original", item.source, "none"),
            ("original-reject", item.source, "reject"),
        ):
            jobs.append(
                {"docx": str(docx), "action": action, "txt": str(work / f"{name}-{key}.txt")}
            )
            keys.append((name, key))
    counts = run_libreoffice(python, jobs, work)
    out: dict[str, dict] = {}
    for (name, key), job, seen in zip(keys, jobs, counts, strict=True):
        assert "error" not in seen, f"LibreOffice could not open {job['docx']}"
        out.setdefault(name, {})[key] = (Path(job["txt"]).read_text(encoding="utf-8"), seen)
    return out


@pytest.fixture(scope="session")
def pdfs(
    reviewed: dict[str, Reviewed], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    files = [p for item in reviewed.values() for p in (item.source, item.output)]
    out = tmp_path_factory.mktemp("pdf")
    return render_pdfs(files, out, tmp_path_factory.mktemp("lo-pdf-profile"))
