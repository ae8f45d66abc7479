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

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex

from editor.checks.disk_cache import read_pickle, write_pickle
from editor.checks.kinds import KINDS
from editor.checks.kinds.base import Kind, RuleError, RuleHeader, validate_header
from editor.paths import cache_dir, resource

HEADER_KEYS = frozenset({"id", "kind", "category", "severity", "message", "reference", "examples"})
OPTIONAL_HEADER_KEYS = frozenset({"enabled", "description"})
PACK_KEYS = frozenset({"name", "prefix", "description"})


class _LineDict(dict):
    """A mapping that remembers the line of each key (1-based)."""

    lines: dict[str, int]
    line: int


@cache
def _loader() -> Any:
    """The strict YAML loader: libyaml's C parser where PyYAML was built with it (the
    pure-Python one is ~10x slower); its constructor runs on either, and its marks still carry
    the file's lines. Made on first need: a start with every pack in the cache imports no YAML."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader

    class StrictLoader(base):  # type: ignore[misc, valid-type]
        path = ""

    def construct_mapping(loader: Any, node: Any) -> _LineDict:
        loader.flatten_mapping(node)
        result = _LineDict()
        result.lines = {}
        result.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise RuleError(
                    f"{loader.path}:{key_node.start_mark.line + 1}: duplicate key {key!r}"
                )
            result[key] = loader.construct_object(value_node, deep=True)
            result.lines[key] = key_node.start_mark.line + 1
        return result

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return StrictLoader


def read_yaml(path: Path) -> Any:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(f"{path}: not UTF-8 text ({exc.reason})") from None
    try:
        loader = _loader()(text)
        loader.path = str(path)  # for the messages: the C parser's marks name no file
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise RuleError(f"{path}{line}: not valid YAML: {exc.problem or exc}") from None
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


def load_rule(
    path: Path,
    pack: Pack,
    read: Callable[[Path], Any] = read_yaml,
    seen_before: Callable[[Path], bool] = lambda path: False,
) -> Rule:
    """One rule file; ``seen_before(path)``: these exact contents were loaded without error
    before (the parsed-YAML cache), so checks a kind defers to first use may stay deferred."""
    data = read(path)
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
    if not seen_before(path):
        kind.validate()
    examples = _parse_examples(data["examples"], f"{path}:{_line(data, 'examples')}")
    return Rule(header, kind, examples, pack.name, path, bool(data.get("enabled", True)))


def load_pack(
    folder: Path,
    read: Callable[[Path], Any] = read_yaml,
    seen_before: Callable[[Path], bool] = lambda path: False,
) -> tuple[Pack, list[Rule]]:
    meta_path = folder / "pack.yaml"
    if not meta_path.exists():
        raise RuleError(f"{folder}: a rule pack needs a pack.yaml")
    meta = read(meta_path)
    for key in meta:
        if key not in PACK_KEYS:
            raise RuleError(f"{meta_path}:{_line(meta, key)}: unknown key {key!r}")
    pack = Pack(str(meta["name"]), str(meta["prefix"]), str(meta.get("description", "")), folder)
    rules = [
        load_rule(p, pack, read, seen_before)
        for p in sorted(folder.glob("*.yaml"))
        if p.name != "pack.yaml"
    ]
    return pack, rules


def load_packs(
    folders: Iterable[Path],
    read: Callable[[Path], Any] = read_yaml,
    seen_before: Callable[[Path], bool] = lambda path: False,
) -> RuleSet:
    packs: list[Pack] = []
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        pack, pack_rules = load_pack(folder, read, seen_before)
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
    """The packs shipped in resources/rules, loaded once per process (they are immutable).

    The loaded packs (the rules with their kinds built and validated, every pattern compiled)
    are cached on disk like the lexicon, keyed by the contents of the rule files, the word
    lists and the loader's and kinds' code: a start parses no YAML, builds no kind and compiles
    no pattern (a compiled ``regex`` pattern pickles as its compiled code). When a file
    changed, the parsed YAML of the others comes from a second cache, and both are replaced
    atomically; a corrupt or stale cache is rebuilt without a word."""
    folders = bundled_pack_folders()
    files = sorted(p for folder in folders for p in folder.glob("*.yaml"))
    code = _code_stamp()
    digest = hashlib.sha256(code + str(resource("rules")).encode())
    for path in files:
        digest.update(f"\0{_key(path)}\0".encode() + path.read_bytes())
    path = cache_dir() / f"ruleset-{digest.hexdigest()[:24]}.pickle"
    rules = read_pickle(path, RuleSet)
    if rules is not None:
        return rules
    parsed = _ParsedCache(files, code)
    rules = load_packs(folders, parsed.read, parsed.seen_before)
    parsed.save()  # only packs that loaded without error are cached
    for rule in rules.rules:
        rule.kind.validate()  # compiled now, so that the pickle holds the compiled patterns
    write_pickle(path, rules, stale="ruleset-*.pickle")
    return rules


RULES_CACHE_FORMAT = 3  # bump when the loader's parsed form changes


def _code_stamp() -> bytes:
    """What the cached packs depend on besides their files: the engine's code (the loader, the
    kinds' checks decide which files validated, their constructors what a rule holds), the word
    lists a kind may read, the versions of PyYAML, regex and Python (compiled patterns)."""
    import importlib.util
    import sys

    digest = hashlib.sha256(f"{RULES_CACHE_FORMAT}\0{regex.__version__}\0{sys.version}".encode())
    engine = Path(__file__).parent  # the engine's code, the kinds' and what they build on
    for path in [*sorted(engine.glob("*.py")), *sorted((engine / "kinds").glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for path in sorted(resource("words").glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    spec = importlib.util.find_spec("yaml")
    if spec is not None and spec.origin:  # its version, without importing it
        try:
            stat = Path(spec.origin).stat()
            digest.update(f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:  # a frozen bundle: the modules live in its archive, not as files
            digest.update(spec.origin.encode())
    if getattr(sys, "frozen", False):  # a bundle's code is its executable and archive
        for frozen in (Path(sys.executable), *Path(sys.executable).parent.glob("_internal/*.pyz")):
            try:
                stat = frozen.stat()
            except OSError:
                continue
            digest.update(f"{frozen.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.digest()


def _key(path: Path) -> str:
    """A rule file's name in the cache: its pack folder and name (the install may move)."""
    return f"{path.parent.name}/{path.name}"


class _ParsedCache:
    """The parsed YAML of every file of some packs, from a pickle in the cache folder, keyed by
    the files' contents and the loader's code; a missing, corrupt or stale pickle is rebuilt
    (the packs are parsed again and the pickle replaced atomically)."""

    def __init__(self, files: list[Path], code: bytes) -> None:
        digest = hashlib.sha256(code)
        for path in files:
            digest.update(f"\0{_key(path)}\0".encode() + path.read_bytes())
        self._path = cache_dir() / f"rules-{digest.hexdigest()[:24]}.pickle"
        loaded = read_pickle(self._path, dict)
        self._parsed: dict[str, Any] = loaded or {}
        # files the pickle held: they loaded without error before
        self._cached: frozenset[str] = frozenset(self._parsed)
        self._dirty = loaded is None
        self._files = {_key(p) for p in files}

    def read(self, path: Path) -> Any:
        key = _key(path)
        if key in self._parsed:
            data = self._parsed[key]
        else:
            data = self._parsed[key] = read_yaml(path)
            self._dirty = True
        return data

    def seen_before(self, path: Path) -> bool:
        return _key(path) in self._cached

    def save(self) -> None:
        """Write the pickle (atomically) when something was parsed; a read-only cache folder
        only costs the parse next start."""
        if self._dirty:
            kept = {k: v for k, v in self._parsed.items() if k in self._files}
            write_pickle(self._path, kept, stale="rules-*.pickle")
