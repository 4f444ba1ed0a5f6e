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
            if max_bytes is not None and file.stat().st_size > max_bytes:
                raise UserError(f"{what} {name} is larger than {max_bytes:,} bytes")
            data = file.read_bytes()
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
