"""Standard input read like a file, and text printed safely to a terminal.

``read_stdin`` gives the raw bytes (up to the importers' size limit, plus one byte so the limit
is noticed) for the same byte decoder, size limit and binary check files go through; a closed
or unreadable standard input is a usage error. ``safe`` escapes control characters so a title or
file name cannot move the cursor, clear the screen or retitle the terminal.
"""

from __future__ import annotations

import re
import sys

from editor.cli import UserError
from editor.document.importers import MAX_BYTES

STDIN_CLOSED = (
    "masukan standar (stdin) tertutup; kirim teks lewat pipa, mis. "
    "`cat rilis.txt | sunting {command} -`"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def read_stdin(command: str) -> bytes:
    stream = sys.stdin
    if stream is None or stream.closed:
        raise UserError(STDIN_CLOSED.format(command=command))
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return bytes(buffer.read(MAX_BYTES + 1))
        data = stream.read(MAX_BYTES + 1)  # a text stream (tests, embedding)
    except (OSError, ValueError) as exc:  # fd 0 closed underneath, a folder, a broken pipe
        raise UserError(f"masukan standar tidak dapat dibaca ({exc})") from None
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def safe(text: object) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), one line."""

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _CONTROL.sub(escape, str(text)).replace("\n", "\\n").replace("\t", " ")
