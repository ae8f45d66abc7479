"""An office's house style: a YAML file that adapts the bundled rules to one press unit.

It can turn rules or whole categories off, change severities, accept or reject words, and add
the office's own substitutions (each becomes a ``substitution`` rule). See
resources/house-style.example.yaml for a documented example::

    disable_rules: [STYLE.Beliau]
    disable_categories: [foreign]
    severity: {STYLE.LongSentence: warning, structure: suggestion}
    words: {accept: [Sedulang], reject: [pemkab]}
    substitutions:
      - id: HOUSE.Pemkab
        message: "Tulis nama lembaga lengkap."
        swap: {Pemkab: Pemerintah Kabupaten}

Errors are ``HouseStyleError`` with an Indonesian message that names the file (and line). The
result is a :class:`editor.checks.style.HouseStyle`; ``editor.services.checking.build_engine``
makes the engine from it (merged with the desk's dictionary when a desk is open).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from editor.checks.finding import CATEGORIES, SEVERITIES
from editor.checks.kinds.base import RuleError, RuleHeader
from editor.checks.kinds.substitution import Substitution
from editor.checks.lexicon import HouseDictionary
from editor.checks.rules import Examples, Pack, Rule, RuleSet, load_bundled, read_yaml
from editor.checks.style import HouseStyle

TOP_KEYS = frozenset(
    {
        "name",
        "description",
        "disable_rules",
        "disable_categories",
        "severity",
        "words",
        "substitutions",
    }
)
SUBSTITUTION_KEYS = frozenset(
    {"id", "message", "category", "severity", "reference", "swap", "ignorecase"}
)
HOUSE_PREFIX = "HOUSE"


class HouseStyleError(ValueError):
    """A house-style file that cannot be used; the message is for the user (Indonesian)."""


def load_house_style(path: Path | str, language: str = "id") -> HouseStyle:
    path = Path(path)
    if not path.is_file():
        raise HouseStyleError(f"{path}: berkas gaya selingkung tidak ditemukan")
    try:
        data = read_yaml(path)
    except (RuleError, OSError, UnicodeDecodeError) as exc:
        raise HouseStyleError(
            f"{path}: berkas gaya selingkung tidak dapat dibaca ({exc})"
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise HouseStyleError(
            f"{path}:1: isi berkas gaya selingkung harus berupa pemetaan (key: nilai)"
        )
    return parse_house_style(data, path, language)


def parse_house_style(data: Mapping[str, Any], path: Path, language: str = "id") -> HouseStyle:
    where = _Where(path, data)
    for key in data:
        if key not in TOP_KEYS:
            raise where.error(
                key, f"kunci tidak dikenal {key!r} (yang dikenal: {', '.join(sorted(TOP_KEYS))})"
            )
    bundled_ids = {r.id for r in load_bundled().rules}
    disabled_rules = _strings(data, "disable_rules", where)
    for rule_id in disabled_rules:
        if rule_id not in bundled_ids:
            raise where.error("disable_rules", f"aturan {rule_id!r} tidak ada")
    disabled_categories = _strings(data, "disable_categories", where)
    for category in disabled_categories:
        if category not in CATEGORIES:
            raise where.error("disable_categories", f"kategori {category!r} tidak dikenal")
    severities = _severities(data.get("severity") or {}, bundled_ids, where)
    house = _words(data.get("words") or {}, where)
    pack = Pack(HOUSE_PREFIX.lower(), HOUSE_PREFIX, "Gaya selingkung kantor", path)
    rules = tuple(
        _substitution(raw, i, pack, where)
        for i, raw in enumerate(data.get("substitutions") or [], 1)
    )
    if len({r.id for r in rules}) != len(rules):
        raise where.error("substitutions", "ada id aturan yang dipakai lebih dari sekali")
    return HouseStyle(
        language=language,
        disabled_rules=frozenset(disabled_rules),
        disabled_categories=frozenset(disabled_categories),
        severities=severities,
        house=house,
        rules=RuleSet((pack,), rules),
        name=str(data.get("name") or path.stem),
    )


class _Where:
    def __init__(self, path: Path, data: Any) -> None:
        self.path = path
        self.data = data

    def error(self, key: str, message: str) -> HouseStyleError:
        line = getattr(self.data, "lines", {}).get(key, 1)
        return HouseStyleError(f"{self.path}:{line}: {message}")


def _strings(data: Mapping[str, Any], key: str, where: _Where) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(key, f"{key} harus berupa daftar teks")
    return value


def _severities(raw: Any, rule_ids: set[str], where: _Where) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise where.error("severity", "severity harus berupa pemetaan aturan/kategori -> tingkat")
    out = {}
    for target, level in raw.items():
        if target not in rule_ids and target not in CATEGORIES:
            raise where.error("severity", f"{target!r} bukan id aturan atau kategori")
        if level not in SEVERITIES:
            raise where.error(
                "severity", f"tingkat {level!r} tidak dikenal ({', '.join(SEVERITIES)})"
            )
        out[str(target)] = str(level)
    return out


def _words(raw: Any, where: _Where) -> HouseDictionary | None:
    if not isinstance(raw, Mapping) or set(raw) - {"accept", "reject"}:
        raise where.error("words", "words hanya boleh berisi accept dan reject (daftar kata)")
    accept = _strings(raw, "accept", where)
    reject = _strings(raw, "reject", where)
    if not accept and not reject:
        return None
    return HouseDictionary(
        accepted=frozenset(w.lower() for w in accept), rejected=frozenset(w.lower() for w in reject)
    )


def _substitution(raw: Any, index: int, pack: Pack, where: _Where) -> Rule:
    if not isinstance(raw, Mapping):
        raise where.error("substitutions", f"substitusi ke-{index} harus berupa pemetaan")
    unknown = set(raw) - SUBSTITUTION_KEYS
    if unknown:
        raise where.error(
            "substitutions", f"substitusi ke-{index}: kunci tidak dikenal {sorted(unknown)[0]!r}"
        )
    rule_id = str(raw.get("id") or f"{HOUSE_PREFIX}.Substitution{index}")
    if not rule_id.startswith(f"{HOUSE_PREFIX}."):
        raise where.error("substitutions", f"id {rule_id!r} harus diawali {HOUSE_PREFIX}.")
    category = raw.get("category", "style")
    severity = raw.get("severity", "warning")
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise where.error("substitutions", f"{rule_id}: kategori atau tingkat tidak dikenal")
    message = str(raw.get("message") or 'Gaya selingkung: tulis "{suggestion}", bukan "{text}".')
    header = RuleHeader(
        id=rule_id,
        category=category,
        severity=severity,
        message=message,
        reference=str(raw.get("reference") or "Gaya selingkung kantor"),
        where=f"{where.path}:{where.data.lines.get('substitutions', 1) if hasattr(where.data, 'lines') else 1}",
    )
    spec = {k: raw[k] for k in ("swap", "ignorecase") if k in raw}
    if "swap" not in spec:
        raise where.error("substitutions", f"{rule_id}: swap wajib diisi")
    try:
        kind = Substitution(header, spec)
    except RuleError as exc:
        raise HouseStyleError(str(exc)) from None
    return Rule(header, kind, Examples((), ()), pack.name, where.path)
