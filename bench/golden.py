"""Golden comparison of `sunting check --format json` findings; prints differences, asserts nothing.

    .venv/bin/python bench/golden.py record OUT.json     # before a change
    .venv/bin/python bench/golden.py compare OUT.json    # after: lists every finding that moved
    .venv/bin/python bench/golden.py --samples-only record tests/checks/samples-golden.json
                                                         # the committed golden of the samples

Texts: resources/samples/* and, where ../shared exists beside the repository, the eval-dev
articles, sentences and clean sentences and the eval-real-dev texts. Each sentence is written to a
temporary .txt file so that every text goes through the same door as a user's draft (the CLI).
The comparison key is (file, rule, start, end, severity, first suggestion, message).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.cli import main as cli_main  # noqa: E402

SHARED = ROOT.parent.parent / "shared" if (ROOT.parent.parent / "shared").exists() else None
if SHARED is None and (ROOT.parent / "shared").exists():
    SHARED = ROOT.parent / "shared"


def gather(tmp: Path, samples_only: bool = False) -> list[tuple[str, Path]]:
    """(label, path) of every text to check."""
    items = [
        (f"samples/{p.relative_to(ROOT / 'resources/samples')}", p)
        for p in sorted((ROOT / "resources/samples").rglob("*"))
        if p.is_file()
    ]
    if SHARED is None or samples_only:
        return items
    dev = SHARED / "eval-dev"
    for p in sorted((dev / "articles").glob("*.txt")):
        items.append((f"eval-dev/articles/{p.name}", p))
    for name in ("sentences.jsonl", "clean.jsonl"):
        for line in (dev / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                path = tmp / f"{name}-{item['id']}.txt"
                path.write_text(item["text"], encoding="utf-8")
                items.append((f"eval-dev/{name}/{item['id']}", path))
    for p in sorted((SHARED / "eval-real-dev/texts").glob("*.txt")):
        items.append((f"eval-real-dev/{p.name}", p))
    return items


def run_check(items: list[tuple[str, Path]]) -> dict[str, list[dict]]:
    label_of = {str(p): label for label, p in items}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli_main(["check", "--format", "json", "--lt", "off", *label_of])
    report = json.loads(out.getvalue())
    return {label_of[f["path"]]: f.get("findings", []) for f in report["files"]}


def key(label: str, f: dict) -> tuple:
    first = f["suggestions"][0] if f["suggestions"] else None
    return (label, f["rule"], f["start"], f["end"], f["severity"], first, f["message"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("record", "compare"))
    ap.add_argument("golden")
    ap.add_argument("--samples-only", action="store_true", help="only resources/samples")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = run_check(gather(Path(tmp), args.samples_only))
    if args.mode == "record":
        Path(args.golden).write_text(
            json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
        )
        print(f"recorded {sum(map(len, found.values()))} findings on {len(found)} texts")
        return 0
    before = json.loads(Path(args.golden).read_text())
    old = {key(label, f) for label, fs in before.items() for f in fs}
    new = {key(label, f) for label, fs in found.items() for f in fs}
    for k in sorted(old - new, key=str):
        print("- ", k)
    for k in sorted(new - old, key=str):
        print("+ ", k)
    print(f"{len(old)} before, {len(new)} now: {len(old - new)} gone, {len(new - old)} new")
    return 0 if old == new else 1


if __name__ == "__main__":
    raise SystemExit(main())
