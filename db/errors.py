"""Errors a user can cause or fix; their message is meant to be shown as is (Indonesian)."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every review-desk error the CLI and the GUI turn into a message."""


class StorageError(DeskError):
    """The database cannot be opened or used (missing, read-only, not a database, unreachable)."""


class StorageBusy(StorageError):
    """The SQLite file stayed locked by another process after a short wait."""


class AccessDenied(DeskError):
    """The database itself refused the request (PostgreSQL privileges or a desk rule)."""


class StateRefused(DeskError):
    """The database refused a workflow step: the release's state or version does not allow it."""


class LoginNeeded(StorageError):
    """The PostgreSQL server asks for a password that no ~/.pgpass, PGPASSWORD or prompt gave.

    ``user`` is the login role the connection names (who the person is on this desk)."""

    def __init__(self, message: str, user: str = "") -> None:
        super().__init__(message)
        self.user = user


class LoginRefused(LoginNeeded):
    """The server refused the password given for the login role ``user``."""


class ServerUnreachable(StorageError):
    """The database server could not be reached (address, network, or the server is down)."""
