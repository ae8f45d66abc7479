"""Errors of the review-desk services; every message is meant for the user (Indonesian)."""

from __future__ import annotations

from db.errors import DeskError, StorageBusy, StorageError


class ServiceError(DeskError):
    """A refused request: the message says why."""


class NotFound(ServiceError):
    pass


class Forbidden(ServiceError):
    """The user's role (or the four-eyes rule) does not allow this step."""


class InvalidTransition(ServiceError):
    """The release's state does not allow this step."""


class NotApproved(ServiceError):
    """Export asked for a release that has no approved revision."""


class Conflict(ServiceError):
    """Someone saved the article first. Both texts are kept: ``theirs`` is the current revision,
    ``yours`` was stored as revision ``conflict_revision_id`` marked as conflicting."""

    def __init__(self, article_id: int, theirs: str, yours: str, conflict_revision_id: int,
                 current_version: int) -> None:  # fmt: skip
        super().__init__(
            f"Artikel #{article_id} sudah diubah orang lain sejak Anda membukanya. Teks Anda "
            f"disimpan sebagai revisi bertanda konflik (#{conflict_revision_id}); tidak ada yang "
            "tertimpa. Bandingkan kedua teks lalu simpan ulang."
        )
        self.article_id = article_id
        self.theirs = theirs
        self.yours = yours
        self.conflict_revision_id = conflict_revision_id
        self.current_version = current_version


__all__ = [
    "Conflict",
    "DeskError",
    "Forbidden",
    "InvalidTransition",
    "NotApproved",
    "NotFound",
    "ServiceError",
    "StorageBusy",
    "StorageError",
]
