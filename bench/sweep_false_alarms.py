"""False-alarm sweep: the checker over edited Indonesian text and over real releases.

    .venv/bin/python bench/sweep_false_alarms.py [--parts csui,pud,gsd,sample,realdev]
        [--cmd "..."] [--out FILE] [--top N] [--json]

The way LanguageTool runs its rules over Wikipedia: edited, published text should raise (almost)
no errors or warnings, so every error/warning flag on it is a place to look. Parts:

- csui, pud, gsd: the `# text = ` sentences of the UD Indonesian treebanks in
  ../shared/corpora/ud-indonesian (PUD grouped by its documents, CSUI and GSD in runs of 10
  consecutive sentences, each group one paragraph-file). CSUI + PUD is the headline figure; GSD
  (news and blogs, less clean) is reported apart.
- sample: Sunting's judged real sample (bench/real-sample + the texts outside the repository, see
  bench/real_sample.py); realdev: ../shared/eval-real-dev. On these judged sets each flag is
  also classed as on a gold error (true), in an ignore span (unsure) or neither (false alarm).
  The sample's held-out batch (bench/real-sample/held-out.txt) is left out unless
  --with-held-out: its lines must not show in the diffs of those tuning the checker.

Prints, per part, errors+warnings per 1,000 words (words = whitespace-separated tokens, as
score.py counts) and the same by rule; writes every error/warning flag (part, file, rule, severity,
judgement, flagged text, first suggestion, context) as TSV to --out, by default outside the
repository (../sweep-flags-<folder name>.tsv next to the project). A bench: it needs ../shared
and says so when it is absent; it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_sample import (  # noqa: E402
    DEFAULT_CMD,
    JUDGMENTS,
    REAL_DEV,
    ROOT,
    SHARED,
    default_texts,
    held_out_ids,
    load_items,
)

UD = SHARED / "corpora" / "ud-indonesian"
UD_FILES = {
    "csui": ["CSUI/id_csui-ud-train.conllu", "CSUI/id_csui-ud-test.conllu"],
    "pud": ["PUD/id_pud-ud-test.conllu"],
    "gsd": ["GSD/id_gsd-ud-dev.conllu", "GSD/id_gsd-ud-test.conllu"],
}
RUN = 10  # consecutive sentences per file where the treebank has no document ids
SEVERE = ("error", "warning")


def ud_items(part: str) -> list[dict]:
    groups: dict[str, list[str]] = {}
    for name in UD_FILES[part]:
        sent_id, index = "", 0
        for line in (UD / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id = "):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text = "):
                text = line.split("=", 1)[1].strip()
                if part == "pud" and re.fullmatch(r"n\d{7,}", sent_id):
                    key = sent_id[:6]  # n01001011: document n01001, sentence 011
                else:
                    key = f"{Path(name).stem}-{index // RUN:04d}"
                groups.setdefault(key, []).append(text)
                index += 1
    return [
        {"id": f"{part}-{key}", "text": _paragraphs(sentences), "errors": [], "ignore": []}
        for key, sentences in groups.items()
    ]


def _paragraphs(sentences: list[str]) -> str:
    """The sentences as running text; a sentence without a closing mark (a headline, a cut
    sentence of the treebank) ends its line, so the next sentence does not seem to go on it."""
    out = ""
    for sentence in sentences:
        out += sentence + ("\n" if not re.search(r"[.!?\"”’)]$", sentence) else " ")
    return out.rstrip(" ") + ("" if out.endswith("\n") else "\n")


def judged_items(part: str, with_held_out: bool = False) -> tuple[list[dict], str]:
    if part == "sample":
        judged = {p.stem for p in JUDGMENTS.glob("r*.json")}
        held = set() if with_held_out else held_out_ids() & judged
        ids = judged - held
        items, problems = load_items(default_texts(), ids)
        notes = [f"{len(problems)} texts missing or changed"] if problems else []
        if held:
            notes.append(f"{len(held)} held-out texts left out (bench/real-sample/held-out.txt)")
        return items, "; ".join(notes)
    items = []
    for path in sorted((REAL_DEV / "articles").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        item["id"] = f"dev{item['id']}"
        items.append(item)
    return items, ""


def run_checker(cmd: str, items: list[dict], batch: int = 200) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="sunting-sweep-") as tmp:
        paths = {}
        for item in items:
            path = Path(tmp) / f"{item['id']}.txt"
            path.write_text(item["text"], encoding="utf-8")
            paths[str(path)] = item["id"]
        names = list(paths)
        for i in range(0, len(names), batch):
            proc = subprocess.run(
                shlex.split(cmd) + names[i : i + batch],
                capture_output=True,
                text=True,
                encoding="utf-8",
            )
            if proc.returncode not in (0, 1):
                sys.exit(f"checker failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
            for entry in json.loads(proc.stdout).get("files", []):
                key = paths.get(entry.get("path", ""), Path(entry.get("path", "")).stem)
                out[key] = entry.get("findings", [])
    return out


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def judge(flag: dict, item: dict) -> str:
    if any(overlaps(flag, g) for g in item.get("errors", [])):
        return "true"
    if any(overlaps(flag, g) for g in item.get("ignore", [])):
        return "unsure"
    return "false" if item.get("judged") else "-"


def context(text: str, start: int, end: int, width: int = 40) -> str:
    snippet = (
        text[max(0, start - width) : start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end : end + width]
    )
    return snippet.replace("\t", " ").replace("\n", "⏎")


def sweep(part: str, items: list[dict], cmd: str) -> tuple[dict, list[list[str]]]:
    findings = run_checker(cmd, items)
    words = sum(len(item["text"].split()) for item in items)
    by_rule: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows = []
    for item in items:
        for f in findings.get(item["id"], []):
            if f.get("severity") not in SEVERE:
                by_rule[f["rule"]]["quiet"] += 1
                continue
            verdict = judge(f, item)
            c = by_rule[f["rule"]]
            c["flags"] += 1
            c[verdict] += 1
            rows.append(
                [
                    part,
                    item["id"],
                    f["rule"],
                    f["severity"],
                    verdict,
                    f.get("text", ""),
                    (f.get("suggestions") or [""])[0],
                    context(item["text"], f["start"], f["end"]),
                ]
            )
    flags = sum(c["flags"] for c in by_rule.values())
    summary = {
        "part": part,
        "files": len(items),
        "words": words,
        "flags": flags,
        "per_1000": 1000 * flags / max(words, 1),
        "false": sum(c["false"] for c in by_rule.values()),
        "judged": any(item.get("judged") for item in items),
        "by_rule": {
            rule: dict(c) for rule, c in sorted(by_rule.items(), key=lambda kv: -kv[1]["flags"])
        },
    }
    return summary, rows


def print_summary(s: dict, top: int) -> None:
    line = f"\n== {s['part']}: {s['files']} files, {s['words']} words, {s['flags']} errors+warnings = {s['per_1000']:.1f} per 1,000 words"
    if s["judged"]:
        line += f"; false alarms {s['false']} = {1000 * s['false'] / max(s['words'], 1):.1f} per 1,000 words"
    print(line)
    head = f"  {'rule':42} {'flags':>5} {'/1000w':>7}"
    print(
        head
        + (f" {'true':>5} {'unsure':>6} {'false':>5}" if s["judged"] else "")
        + f" {'quiet':>6}"
    )
    shown = [(r, c) for r, c in s["by_rule"].items() if c.get("flags")][:top]
    for rule, c in shown:
        row = f"  {rule:42} {c.get('flags', 0):5d} {1000 * c.get('flags', 0) / max(s['words'], 1):7.2f}"
        if s["judged"]:
            row += f" {c.get('true', 0):5d} {c.get('unsure', 0):6d} {c.get('false', 0):5d}"
        print(row + f" {c.get('quiet', 0):6d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--parts",
        default="csui,pud,gsd,sample",
        help="comma-separated: csui,pud,gsd,sample,realdev",
    )
    parser.add_argument("--cmd", default=DEFAULT_CMD, help="checker command printing JSON")
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT.parent / f"sweep-flags-{ROOT.name}.tsv",
        help="TSV of every error/warning flag (keep it outside the repository)",
    )
    parser.add_argument("--top", type=int, default=25, help="rules to list per part")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    parser.add_argument(
        "--with-held-out",
        action="store_true",
        help="sweep the held-out batch of the sample too (bench/real-sample/held-out.txt)",
    )
    args = parser.parse_args()
    if not UD.is_dir():
        print(
            f"sweep: {UD} not found: this bench needs ../shared/corpora beside the project; "
            "nothing measured."
        )
        return 2
    summaries, rows = [], []
    for part in [p.strip() for p in args.parts.split(",") if p.strip()]:
        if part in UD_FILES:
            items, note = ud_items(part), ""
        elif part in ("sample", "realdev"):
            items, note = judged_items(part, args.with_held_out)
            for item in items:
                item["judged"] = True
        else:
            parser.error(f"unknown part {part!r}")
        if not items:
            print(f"\n== {part}: no texts ({note or 'none found'}); skipped")
            continue
        summary, part_rows = sweep(part, items, args.cmd)
        summary["note"] = note
        summaries.append(summary)
        rows += part_rows
        if not args.json:
            print_summary(summary, args.top)
            if note:
                print(f"  ({note})")
    headline = [s for s in summaries if s["part"] in ("csui", "pud")]
    if len(headline) == 2:
        combined: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for s in headline:
            for rule, c in s["by_rule"].items():
                combined[rule].update(c)
        both = {
            "part": "csui+pud",
            "files": sum(s["files"] for s in headline),
            "words": sum(s["words"] for s in headline),
            "flags": sum(s["flags"] for s in headline),
            "false": 0,
            "judged": False,
            "by_rule": {
                rule: dict(c)
                for rule, c in sorted(combined.items(), key=lambda kv: -kv[1]["flags"])
            },
        }
        both["per_1000"] = 1000 * both["flags"] / max(both["words"], 1)
        summaries.append(both)
        if not args.json:
            print_summary(both, args.top)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("part\tfile\trule\tseverity\tjudged\ttext\tsuggestion\tcontext\n")
        for row in rows:
            fh.write("\t".join(str(v).replace("\t", " ").replace("\n", "⏎") for v in row) + "\n")
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False))
    else:
        print(f"\n{len(rows)} flags written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
