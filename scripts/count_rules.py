#!/usr/bin/env python3
"""Print the size of the bundled rule packs: rules per pack and category, list entries, and how
many rules carry examples and cite EYD V or KBBI (issue 3 asks for at least 100)."""

from __future__ import annotations

from collections import Counter

from editor.checks.rules import load_bundled


def main() -> None:
    rules = load_bundled().rules
    by_pack = Counter(r.pack for r in rules)
    by_category = Counter(r.category for r in rules)
    cited = [
        r
        for r in rules
        if r.examples.bad
        and r.examples.good
        and r.header.reference
        and ("EYD" in r.header.reference or "KBBI" in r.header.reference)
    ]
    print(f"rules: {len(rules)}")
    print("per pack: " + ", ".join(f"{k} {v}" for k, v in sorted(by_pack.items())))
    print("per category: " + ", ".join(f"{k} {v}" for k, v in sorted(by_category.items())))
    for r in rules:
        entries = getattr(r.kind, "entries", None)
        if entries is not None and entries() >= 20:
            print(f"list {r.id}: {entries()} entries")
    examples = sum(len(r.examples.bad) + len(r.examples.good) for r in rules)
    print(f"examples: {examples}")
    print(f"rules with examples citing EYD V or KBBI: {len(cited)}")


if __name__ == "__main__":
    main()
