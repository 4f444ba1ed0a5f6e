"""Reading a user's text file (flows, answers, exports, CSV, prose) with one-line errors.

Every command that takes a file reads it here, so a missing file, a folder, a file too
large or not UTF-8 is told the same way everywhere. A UTF-8 byte-order mark (Excel's
"CSV UTF-8", Notepad) is accepted.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.errors import UserError


def read_text(
    path: str | Path, *, what: str = "file", max_bytes: int | None = None, stdin: bool = False
) -> str:
    """The text of ``path`` (``-`` reads standard input when ``stdin`` is allowed).

    ``what`` names the file in messages ("flow file", "answers file", …).
    """
    name = str(path)
    if stdin and name == "-":
        limit = max_bytes + 1 if max_bytes else -1
        stream = getattr(sys.stdin, "buffer", None)  # absent when stdin is replaced by text
        data = stream.read(limit) if stream else sys.stdin.read(limit).encode("utf-8")
        name = "standard input"
    else:
        file = Path(path)
        try:
            data = file.read_bytes() if max_bytes is None else read_bounded(file, max_bytes + 1)
        except FileNotFoundError:
            raise UserError(f"{what} not found: {name}") from None
        except IsADirectoryError:
            raise UserError(f"{what} {name} is a directory, not a text file") from None
        except OSError as error:
            raise UserError(f"cannot read {what} {name}: {error.strerror or error}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise UserError(f"{what} {name} is larger than {max_bytes:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{what} {name} is not UTF-8 text (byte {error.start}); save it as UTF-8"
        ) from None


def read_bounded(path: str | Path, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``, read by size and not by ``st_size``.

    ``st_size`` is 0 for ``/dev/zero``, a FIFO or ``/proc`` files, so a check of it lets
    an endless stream through; reading ``limit`` bytes (pass the maximum plus one to tell
    "too large" from "exactly the maximum") is bounded whatever the file is.
    """
    with Path(path).open("rb") as handle:
        chunks: list[bytes] = []
        left = limit
        while left > 0:
            chunk = handle.read(min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks)
