"""Rule packs: YAML files in ``resources/rules/<pack>/``, loaded strictly and compiled once.

A pack is a folder with ``pack.yaml`` (``name``, ``prefix``, ``description``) and one file per
rule, named after the rule: ``resources/rules/eyd/Affix.DiPreposition.yaml`` holds the rule
``EYD.Affix.DiPreposition``. A rule file has the common keys (``id``, ``kind``, ``category``,
``severity``, ``message``, ``reference``, ``examples``, optional ``enabled``) and its kind's own keys.
Unknown keys are errors naming the file and line.

Examples: ``bad`` items are ``{text: "... [[flagged]] ...", fix: "replacement"}`` (``fix`` may be a
list: the exact suggestions; ``null``: no suggestion; ``""``: delete); ``good`` items are texts the
rule must leave alone. The test suite runs every example (tests/test_rule_examples.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from editor.checks.kinds import KINDS
from editor.checks.kinds.base import Kind, RuleError, RuleHeader, validate_header
from editor.paths import resource

HEADER_KEYS = frozenset({"id", "kind", "category", "severity", "message", "reference", "examples"})
OPTIONAL_HEADER_KEYS = frozenset({"enabled", "description"})
PACK_KEYS = frozenset({"name", "prefix", "description"})


class _LineDict(dict):
    """A mapping that remembers the line of each key (1-based)."""

    lines: dict[str, int]
    line: int


class _StrictLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    result.lines = {}
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise RuleError(
                f"{node.start_mark.name}:{key_node.start_mark.line + 1}: duplicate key {key!r}"
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = key_node.start_mark.line + 1
    return result


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            loader = _StrictLoader(fh)
            loader.name = str(path)
            try:
                return loader.get_single_data()
            finally:
                loader.dispose()
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from None


def _line(data: Any, key: str) -> int:
    return getattr(data, "lines", {}).get(key, getattr(data, "line", 0))


@dataclass(frozen=True)
class BadExample:
    text: str  # without the [[ ]] markers
    start: int
    end: int
    fix: str | list[str] | None


@dataclass(frozen=True)
class Examples:
    bad: tuple[BadExample, ...]
    good: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    header: RuleHeader
    kind: Kind
    examples: Examples
    pack: str
    path: Path
    enabled: bool = True

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def category(self) -> str:
        return self.header.category


@dataclass(frozen=True)
class Pack:
    name: str
    prefix: str
    description: str
    path: Path


@dataclass(frozen=True)
class RuleSet:
    packs: tuple[Pack, ...]
    rules: tuple[Rule, ...]

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def merged(self, other: RuleSet) -> RuleSet:
        return RuleSet(self.packs + other.packs, self.rules + other.rules)


def parse_marked(text: str, where: str) -> tuple[str, int, int]:
    """Split ``"a [[b]] c"`` into ``("a b c", 2, 3)``."""
    start = text.find("[[")
    end = text.find("]]", start + 2)
    if start < 0 or end < 0 or text.find("[[", end) >= 0:
        raise RuleError(f"{where}: a bad example needs exactly one [[...]] marker: {text!r}")
    plain = text[:start] + text[start + 2 : end] + text[end + 2 :]
    return plain, start, end - 2


def _parse_examples(raw: Any, where: str) -> Examples:
    if not isinstance(raw, Mapping):
        raise RuleError(f"{where}: examples must be a mapping with bad and good")
    unknown = set(raw) - {"bad", "good"}
    if unknown:
        key = sorted(unknown)[0]
        raise RuleError(
            f"{where.rsplit(':', 1)[0]}:{_line(raw, key)}: unknown key {key!r} in examples"
        )
    bad = []
    for item in raw.get("bad") or []:
        if not isinstance(item, Mapping) or set(item) - {"text", "fix"} or "text" not in item:
            raise RuleError(f"{where}: a bad example is {{text: ..., fix: ...}}, got {item!r}")
        plain, start, end = parse_marked(str(item["text"]), where)
        bad.append(BadExample(plain, start, end, item.get("fix")))
    good = []
    for item in raw.get("good") or []:
        if not isinstance(item, str):
            raise RuleError(f"{where}: a good example is a string, got {item!r}")
        good.append(item)
    return Examples(tuple(bad), tuple(good))


def load_rule(path: Path, pack: Pack) -> Rule:
    data = read_yaml(path)
    if not isinstance(data, Mapping):
        raise RuleError(f"{path}:1: a rule file holds one mapping")
    missing = sorted(HEADER_KEYS - set(data))
    if missing:
        raise RuleError(f"{path}:1: missing key(s) {', '.join(missing)}")
    kind_cls = KINDS.get(data["kind"])
    if kind_cls is None:
        raise RuleError(
            f"{path}:{_line(data, 'kind')}: unknown kind {data['kind']!r} "
            f"(known: {', '.join(sorted(KINDS))})"
        )
    allowed = HEADER_KEYS | OPTIONAL_HEADER_KEYS | kind_cls.keys | kind_cls.optional
    for key in data:
        if key not in allowed:
            raise RuleError(
                f"{path}:{_line(data, key)}: unknown key {key!r} for kind {data['kind']}"
            )
    for key in kind_cls.keys:
        if key not in data:
            raise RuleError(f"{path}:1: kind {data['kind']} needs the key {key!r}")
    where = f"{path}:{_line(data, 'id')}"
    validate_header(data, where)
    header = RuleHeader(
        id=str(data["id"]),
        category=data["category"],
        severity=data["severity"],
        message=str(data["message"]).strip(),
        reference=data["reference"],
        where=where,
    )
    spec = {k: v for k, v in data.items() if k in kind_cls.keys | kind_cls.optional}
    kind = kind_cls(header, spec)
    examples = _parse_examples(data["examples"], f"{path}:{_line(data, 'examples')}")
    return Rule(header, kind, examples, pack.name, path, bool(data.get("enabled", True)))


def load_pack(folder: Path) -> tuple[Pack, list[Rule]]:
    meta_path = folder / "pack.yaml"
    if not meta_path.exists():
        raise RuleError(f"{folder}: a rule pack needs a pack.yaml")
    meta = read_yaml(meta_path)
    for key in meta:
        if key not in PACK_KEYS:
            raise RuleError(f"{meta_path}:{_line(meta, key)}: unknown key {key!r}")
    pack = Pack(str(meta["name"]), str(meta["prefix"]), str(meta.get("description", "")), folder)
    rules = [load_rule(p, pack) for p in sorted(folder.glob("*.yaml")) if p.name != "pack.yaml"]
    return pack, rules


def load_packs(folders: Iterable[Path]) -> RuleSet:
    packs: list[Pack] = []
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        pack, pack_rules = load_pack(folder)
        packs.append(pack)
        for rule in pack_rules:
            if rule.id in seen:
                raise RuleError(f"{rule.path}: rule id {rule.id} is also in {seen[rule.id]}")
            seen[rule.id] = rule.path
            rules.append(rule)
    return RuleSet(tuple(packs), tuple(rules))


def bundled_pack_folders() -> list[Path]:
    root = resource("rules")
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "pack.yaml").exists())


@cache
def load_bundled() -> RuleSet:
    """The packs shipped in resources/rules, loaded once per process (they are immutable)."""
    return load_packs(bundled_pack_folders())
