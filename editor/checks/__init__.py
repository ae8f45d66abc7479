"""The checking engine: text in, findings out. Pure Python: no Qt, no SQLAlchemy, no db."""

from editor.checks import compiled_patterns

# the patterns compiled by an earlier run, before the modules below compile theirs
compiled_patterns.restore()

from editor.checks.finding import CATEGORIES, SEVERITIES, Finding  # noqa: E402

__all__ = ["CATEGORIES", "SEVERITIES", "Finding"]
