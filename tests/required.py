"""The services the tests need, and the one rule for a missing one.

A missing service fails the run with the command that installs it. Outside CI the user may leave
a service out on purpose (`bash scripts/test.sh --without postgresql`); its tests are then skipped
and the run's summary line says so. In CI (the CI variable set to anything non-empty) nothing may
be left out: a missing service always fails.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

INSTALL = {
    "postgresql": "bash scripts/setup/30-postgres.sh (Debian: apt-get install postgresql)",
    "languagetool": "bash scripts/setup/50-languagetool.sh (Java 17 and Maven, then the jars)",
    "libreoffice": "bash scripts/setup/40-office.sh (Debian: apt-get install libreoffice-writer "
    "poppler-utils)",
    "hunspell": "bash scripts/setup/20-spelling.sh (Debian: apt-get install hunspell hunspell-id)",
}
SERVICES = tuple(INSTALL)
OPTED_OUT: set[str] = set()  # filled from --without by tests/conftest.py


def in_ci() -> bool:
    return bool(os.environ.get("CI", "").strip())


def missing(service: str, reason: str) -> NoReturn:
    """Fail (or, when the user left ``service`` out outside CI, skip) naming how to install it."""
    if service in OPTED_OUT and not in_ci():
        pytest.skip(f"{service} left out on request (--without {service}): {reason}")
    hint = f"{reason}. Install it with: {INSTALL[service]}"
    if not in_ci():
        hint += f" — or leave it out on purpose: bash scripts/test.sh --without {service}"
    pytest.fail(f"{service} is needed by this test: {hint}", pytrace=False)
