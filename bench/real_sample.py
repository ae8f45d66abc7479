"""Score the checker on Sunting's own judged sample of real regional-government releases.

    .venv/bin/python bench/real_sample.py [--strict] [--cmd "..."] [--with-real-dev] [--show N]
                                          [--texts /work/real-sample-texts] [--json]
                                          [--ids r041-r055 | --ids r001,r007,r040-r045]

The judgments are committed in bench/real-sample/rNNN.json (error spans, corrections, categories,
ignore spans, the source address and a sha256 of the text); the texts themselves are not ours and
live outside the repository (default ../../real-sample-texts relative to the project root, i.e.
/work/real-sample-texts, or --texts, or env SUNTING_REAL_SAMPLE_TEXTS). This script puts both
together into a temporary set in the format of ../shared/tools/score.py (checking each text's
sha256 against the judgment) and runs score.py on it. --with-real-dev scores the sample together
with ../shared/eval-real-dev. It needs ../shared (score.py) and the texts: without them it says
what is missing and exits with code 2. See bench/real-sample/README.md for how to re-gather texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "bench" / "real-sample"
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # a worktree at /work/wt/<branch>: ../shared is /work/shared
    SHARED = ROOT.parent.parent / "shared"
SCORE = SHARED / "tools" / "score.py"
REAL_DEV = SHARED / "eval-real-dev"
DEFAULT_CMD = f"{ROOT / '.venv' / 'bin' / 'sunting'} check --format json"


def default_texts() -> Path:
    env = os.environ.get("SUNTING_REAL_SAMPLE_TEXTS")
    if env:
        return Path(env)
    for candidate in (ROOT.parent / "real-sample-texts", ROOT.parent.parent / "real-sample-texts"):
        if candidate.is_dir():
            return candidate
    return Path("/work/real-sample-texts")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_ids(spec: str) -> set[str]:
    """`r041-r055` or `r001,r007,r040-r045` -> the set of ids it names."""
    ids: set[str] = set()
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if "-" in part:
            first, last = (x.strip() for x in part.split("-", 1))
            if not (first[:1] == last[:1] == "r" and first[1:].isdigit() and last[1:].isdigit()):
                raise ValueError(f"not a range of ids: {part!r}")
            width = len(first) - 1
            low, high = int(first[1:]), int(last[1:])
            if low > high:
                raise ValueError(f"empty range of ids: {part!r}")
            ids.update(f"r{n:0{width}d}" for n in range(low, high + 1))
        elif part[:1] == "r" and part[1:].isdigit():
            ids.add(part)
        else:
            raise ValueError(f"not an id: {part!r}")
    return ids


HELD_OUT = JUDGMENTS / "held-out.txt"


def held_out_ids(path: Path = HELD_OUT) -> set[str]:
    """The ids of the batch held back from tuning (`held-out.txt`: id ranges, `#` comments): the
    false-alarm sweep leaves them out, so that their lines show in no one's sweep diff."""
    if not path.exists():
        return set()
    spec = ",".join(
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return parse_ids(spec)


def load_items(
    texts: Path, ids: set[str] | None = None, judgments: Path = JUDGMENTS
) -> tuple[list[dict], list[str]]:
    """The judged items with their texts, and a list of problems (missing or changed texts).

    With `ids`, only those judgments are loaded."""
    items, problems = [], []
    for path in sorted(judgments.glob("r*.json")):
        if ids is not None and path.stem not in ids:
            continue
        judged = json.loads(path.read_text(encoding="utf-8"))
        text_path = texts / f"{judged['id']}.txt"
        if not text_path.exists():
            problems.append(f"{judged['id']}: text missing ({text_path}); source {judged['url']}")
            continue
        text = text_path.read_text(encoding="utf-8")
        if sha256(text) != judged["text_sha256"]:
            problems.append(
                f"{judged['id']}: text differs from the judged one (sha256); {text_path}"
            )
            continue
        item = {k: v for k, v in judged.items() if k != "text_sha256"}
        item["text"] = text
        for error in item["errors"]:
            form = text[error["start"] : error["end"]]
            if error["error"] is None:  # leftovers are stored as spans only: their text is not ours
                error["error"] = form
            elif error["error"] != form:
                problems.append(
                    f"{judged['id']}: span {error['start']}-{error['end']} is not {error['error']!r}"
                )
        items.append(item)
    return items, problems


def write_set(items: list[dict], folder: Path) -> None:
    (folder / "articles").mkdir(parents=True)
    for name in ("sentences.jsonl", "clean.jsonl"):
        (folder / name).write_text("", encoding="utf-8")
    for item in items:
        out = {k: item[k] for k in ("id", "text", "errors", "ignore")}
        (folder / "articles" / f"{item['id']}.json").write_text(
            json.dumps(out, ensure_ascii=False), encoding="utf-8"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=None, help="folder of the rNNN.txt texts")
    parser.add_argument("--cmd", default=DEFAULT_CMD, help="checker command (score.py --cmd)")
    parser.add_argument("--strict", action="store_true", help="score.py --strict")
    parser.add_argument("--with-real-dev", action="store_true", help="add ../shared/eval-real-dev")
    parser.add_argument("--show", type=int, default=15, help="score.py --show")
    parser.add_argument("--json", action="store_true", help="score.py --json")
    parser.add_argument(
        "--check",
        action="store_true",
        help="only check that every judged text is present and unchanged",
    )
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="score the texts that are present even when some are missing",
    )
    parser.add_argument(
        "--ids",
        default=None,
        help="only these judgments: a range r041-r055 and/or a comma list r001,r007",
    )
    args = parser.parse_args()
    texts = args.texts or default_texts()
    ids = None
    if args.ids:
        try:
            ids = parse_ids(args.ids)
        except ValueError as exc:
            parser.error(str(exc))
    items, problems = load_items(texts, ids)
    if not items and not problems:
        print(
            f"real_sample: no judgments in {JUDGMENTS}" + (f" for --ids {args.ids}" if ids else "")
        )
        return 2
    if problems:
        print(
            f"real_sample: {len(problems)} of {len(problems) + len(items)} texts unusable:",
            file=sys.stderr,
        )
        for line in problems:
            print("  " + line, file=sys.stderr)
        print("re-gather them by URL as bench/real-sample/README.md says", file=sys.stderr)
        if not items or not args.allow_missing:
            return 2
    if args.check:
        words = sum(len(item["text"].split()) for item in items)
        print(f"real_sample: {len(items)} texts present and unchanged, {words} words")
        return 0 if not problems else 2
    if not SCORE.exists():
        print(f"real_sample: {SCORE} not found: this bench needs ../shared beside the project.")
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="sunting-real-sample-"))
    try:
        write_set(items, tmp / "set")
        if args.with_real_dev:
            if not REAL_DEV.is_dir():
                print(f"real_sample: {REAL_DEV} not found", file=sys.stderr)
                return 2
            for path in sorted((REAL_DEV / "articles").glob("*.json")):
                shutil.copy(path, tmp / "set" / "articles" / f"dev{path.name}")
        words = sum(len(item["text"].split()) for item in items)
        if not args.json:
            print(
                f"real sample: {len(items)} texts, {words} words"
                + (" + eval-real-dev" if args.with_real_dev else "")
            )
        cmd = [
            sys.executable,
            str(SCORE),
            "--set",
            str(tmp / "set"),
            "--cmd",
            args.cmd,
            "--show",
            str(args.show),
        ]
        cmd += ["--strict"] if args.strict else []
        cmd += ["--json"] if args.json else []
        return subprocess.run(cmd).returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
