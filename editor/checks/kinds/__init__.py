"""Rule kinds, one module each. A rule file names its kind; the kind's class validates it."""

from __future__ import annotations

from editor.checks.kinds.base import Kind
from editor.checks.kinds.existence import Existence
from editor.checks.kinds.pattern import Pattern
from editor.checks.kinds.spelling import Spelling
from editor.checks.kinds.substitution import Substitution

KINDS: dict[str, type[Kind]] = {k.name: k for k in (Existence, Substitution, Pattern, Spelling)}

__all__ = ["KINDS", "Kind"]
