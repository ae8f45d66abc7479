"""The one error importers raise."""


class DraftError(Exception):
    """A draft that cannot be read; the message says why, for the user (Indonesian)."""
