"""The office profile (kop surat, contact, numbering) and the facts of one release."""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CLOSING_MARKS = ("(*)", "###", "(***)", "-selesai-", "(selesai)")
NUMBER_FIELDS = frozenset({"seq", "year", "month", "month_roman", "day"})


DEFAULT_NUMBERING = "{seq:03d}/SP/{month_roman}/{year}"


@dataclass(frozen=True, slots=True)
class Contact:
    """Narahubung: who journalists call about the release."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class OfficeProfile:
    institution_lines: tuple[str, ...]
    address: str = ""
    telephone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None  # PNG or JPEG
    contact: Contact | None = None
    closing_mark: str = "(*)"
    numbering: str = DEFAULT_NUMBERING
    place: str = ""  # city for the date line, e.g. "Pangkalan Balai"
    template: Path | None = None  # the office's own .docx (styles and header)

    @property
    def institution(self) -> str:
        """One-line name for document properties."""
        return " ".join(line.strip() for line in self.institution_lines if line.strip())

    def contact_lines(self) -> list[str]:
        parts = [self.address]
        reach = [
            f"Telepon {self.telephone}" if self.telephone else "",
            f"Surel {self.email}" if self.email else "",
            f"Laman {self.website}" if self.website else "",
        ]
        parts.append(" | ".join(p for p in reach if p))
        return [p for p in parts if p]


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    number: str
    date: dt.date
    revision: int = 1
    contact: Contact | None = None  # overrides the profile's default contact
    keywords: tuple[str, ...] = ()
    author: str = ""  # who exported (core property "last modified by")
    created: dt.datetime | None = None  # core property; now when None
    place: str = ""  # "Kota untuk tanggal": the city in the date line
    extra: dict[str, str] = field(default_factory=dict)


def indonesian_date(day: dt.date, *, weekday: bool = False) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]}, {text}" if weekday else text


def validate_numbering(pattern: str) -> None:
    """Raise ``ValueError`` (Indonesian message) for a pattern :func:`release_number` rejects."""
    try:
        names = {f[1] for f in string.Formatter().parse(pattern) if f[1] is not None}
    except ValueError as exc:
        raise ValueError(f"Pola nomor siaran pers tidak sah: {exc}") from None
    unknown = {n for n in names if n not in NUMBER_FIELDS}
    if unknown:
        allowed = ", ".join("{" + n + "}" for n in sorted(NUMBER_FIELDS))
        raise ValueError(f"Pola nomor memakai {sorted(unknown)}; yang dikenal: {allowed}")


def release_number(pattern: str, seq: int, day: dt.date) -> str:
    """``"{seq:03d}/SP/{month_roman}/{year}"`` -> ``"045/SP/VI/2024"``."""
    validate_numbering(pattern)
    return pattern.format(
        seq=seq, year=day.year, month=day.month, month_roman=ROMAN[day.month - 1], day=day.day
    )


# A closing mark in any office's habit: "(*)", "(ril)", "(rls)", "(adv)", "(hms/kominfo)",
# "(***)", "###", "-selesai-": a short bracketed code at the very end (lower case, or with * or /),
# or a paragraph that is nothing but such a mark.
_TAIL_MARK = re.compile(r"\((?:[a-z.]{1,12}|[^()\s]*[*/][^()\s]*)\)$")
_WHOLE_MARK = re.compile(r"^(?:\([^()]{1,30}\)|#{3,}|\*{3,}|-+\s*\w{0,12}\s*-+)$")


def ends_with_closing_mark(text: str) -> bool:
    """Whether the release already ends with a closing mark (then no second one is added)."""
    tail = text.rstrip()
    if any(tail.endswith(mark) for mark in CLOSING_MARKS):
        return True
    last = tail.rsplit("\n", 1)[-1].strip()
    return bool(_TAIL_MARK.search(last) or _WHOLE_MARK.match(last))


PROFILE_KEYS = frozenset(
    {"institution_lines", "address", "telephone", "email", "website", "logo_path", "contact",
     "closing_mark", "numbering", "place", "template"}
)  # fmt: skip


def profile_from_dict(data: dict) -> OfficeProfile:
    """The office profile as stored in the settings (JSON); ``ValueError`` says what is wrong."""
    unknown = set(data) - PROFILE_KEYS
    if unknown:
        raise ValueError(f"Kunci profil kantor tidak dikenal: {', '.join(sorted(unknown))}")
    lines = data.get("institution_lines") or ()
    if isinstance(lines, str):
        lines = lines.splitlines()
    lines = tuple(str(line).strip() for line in lines if str(line).strip())
    if not lines:
        raise ValueError("Profil kantor belum berisi nama instansi untuk kop surat.")
    logo = None
    if data.get("logo_path"):
        try:
            logo = Path(data["logo_path"]).read_bytes()
        except OSError as exc:
            raise ValueError(
                f"Logo {data['logo_path']} tidak dapat dibaca ({exc.strerror})"
            ) from None
    contact = data.get("contact") or None
    numbering = str(data.get("numbering") or DEFAULT_NUMBERING)
    validate_numbering(numbering)
    return OfficeProfile(
        institution_lines=lines,
        address=str(data.get("address") or ""),
        telephone=str(data.get("telephone") or ""),
        email=str(data.get("email") or ""),
        website=str(data.get("website") or ""),
        logo=logo,
        contact=Contact(**{k: str(v) for k, v in contact.items()}) if contact else None,
        closing_mark=str(data.get("closing_mark", "(*)") or ""),
        numbering=numbering,
        place=str(data.get("place") or ""),
        template=Path(data["template"]) if data.get("template") else None,
    )
