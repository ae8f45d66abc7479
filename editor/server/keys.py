"""API keys for ``sunting serve`` on a network: ``username`` + ``apiKey``, as LanguageTool has.

Keys are random (32 bytes, URL-safe) and shown once, when made; the file keeps only a salted
SHA-256 of each (a random key needs no slow hash) plus its first four characters, so that a
list can tell keys apart. The file is JSON, written atomically, readable by its owner only.
The server re-reads it when it changes, so a revoked key stops working at once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from editor.paths import data_dir

USERNAME = re.compile(r"^[A-Za-z0-9._@+-]{1,64}$")


class KeyStoreError(Exception):
    """A key-file problem, for the user (Indonesian)."""


def default_path() -> Path:
    override = os.environ.get("SUNTING_SERVER_KEYS")
    return Path(override) if override else data_dir() / "server-keys.json"


@dataclass(frozen=True)
class KeyInfo:
    username: str
    hint: str  # the key's first four characters
    created: str  # ISO date and time (UTC)


def _digest(salt: str, key: str) -> str:
    return hashlib.sha256(f"{salt}\0{key}".encode()).hexdigest()


class KeyStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._loaded: tuple[float, int] | None = None
        self._entries: list[dict[str, str]] = []

    # reading

    def _read(self) -> list[dict[str, str]]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._loaded, self._entries = None, []
            return self._entries
        stamp = (stat.st_mtime, stat.st_size)
        if stamp == self._loaded:
            return self._entries
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = [dict(e) for e in data["keys"]]
            for e in entries:
                e["username"], e["salt"], e["hash"]  # noqa: B018 - every field present
        except (OSError, ValueError, KeyError, TypeError):
            raise KeyStoreError(f"{self.path}: berkas kunci API rusak atau tidak terbaca") from None
        self._loaded, self._entries = stamp, entries
        return entries

    def list(self) -> list[KeyInfo]:
        return [
            KeyInfo(e["username"], e.get("hint", ""), e.get("created", "")) for e in self._read()
        ]

    def has_keys(self) -> bool:
        return bool(self._read())

    def verify(self, username: str, key: str) -> bool:
        """Whether ``key`` is ``username``'s key (constant-time comparison)."""
        if not username or not key:
            return False
        try:
            entries = self._read()
        except KeyStoreError:
            return False
        ok = False
        for e in entries:
            if e["username"] == username:
                ok = hmac.compare_digest(e["hash"], _digest(e["salt"], key)) or ok
        return ok

    # writing

    def add(self, username: str) -> str:
        """A new key for ``username`` (returned once, never stored)."""
        if not USERNAME.match(username):
            raise KeyStoreError(
                f"nama pengguna {username!r} tidak sah: 1-64 huruf, angka atau . _ @ + -"
            )
        entries = self._read()
        if any(e["username"] == username for e in entries):
            raise KeyStoreError(
                f"{username} sudah punya kunci; cabut dulu: sunting serve key revoke {username}"
            )
        key = secrets.token_urlsafe(32)
        salt = secrets.token_hex(16)
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        entries = [*entries, {"username": username, "salt": salt, "hash": _digest(salt, key),
                              "hint": key[:4], "created": created}]  # fmt: skip
        self._write(entries)
        return key

    def revoke(self, username: str) -> bool:
        entries = self._read()
        kept = [e for e in entries if e["username"] != username]
        if len(kept) == len(entries):
            return False
        self._write(kept)
        return True

    def _write(self, entries: list[dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"version": 1, "keys": entries}, fh, indent=1)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._loaded = None
