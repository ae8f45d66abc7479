"""The checking engine: text in, findings out. Pure Python: no Qt, no SQLAlchemy, no db."""

from editor.checks.finding import CATEGORIES, SEVERITIES, Finding

__all__ = ["CATEGORIES", "SEVERITIES", "Finding"]
