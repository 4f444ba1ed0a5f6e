"""Writing a file the user named (exports, the workshop pack): atomic, and never a surprise.

Every command that writes a file goes through ``write_output``:

- A regular file is written to an unpredictable temporary name created exclusively in the
  target's folder (``O_CREAT | O_EXCL | O_NOFOLLOW``: a symlink planted at a temporary name
  is refused, never followed), synced, then renamed over the target, so a reader or a
  crash sees the old file or the new one, never half of one. The temporary file is
  removed on every error, ``KeyboardInterrupt`` included.
- An existing regular file is not replaced unless ``force`` is given: the command refuses
  in one line and names ``--force`` (the convention of ``git``, ``cargo`` and ``pip
  download``: an export is cheap to redo, a file it overwrites may not be). The replaced
  file's permissions are kept.
- A symlink named as the target is written through (the link stays a link, like the
  shell's ``>``); a dangling one is refused rather than creating a file where it points.
- A special file — a FIFO, a character device such as ``/dev/null`` or a terminal — is
  written in place: it is the reader at the other end the user meant, and renaming over
  it would replace the device node itself (as root, ``-o /dev/null`` replaced the real one).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from assistant.errors import UserError

_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_SPECIAL_FLAGS = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_NAME_ROOM = 200  # room left in a file name for the dot, the random part and ".tmp"


class OutputExistsError(UserError):
    """The target is an existing regular file and overwriting it was not asked for."""


def _random_part() -> str:
    return secrets.token_hex(8)


def existing_regular_file(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` (followed through symlinks) is a regular file already there."""
    try:
        return stat.S_ISREG(os.stat(Path(path).expanduser()).st_mode)
    except OSError:
        return False


def refuse_existing(paths: list[Path], flag: str = "--force") -> None:
    """Raise ``OutputExistsError`` naming the regular files among ``paths`` that exist."""
    there = [str(p) for p in paths if existing_regular_file(p)]
    if there:
        names = there[0] if len(there) == 1 else f"{there[0]} (and {len(there) - 1} more)"
        raise OutputExistsError(f"{names} already exists; add {flag} to overwrite it")


def write_output(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` as the module says; return the path written."""
    target = Path(path).expanduser()
    try:
        return _write(target, data, force)
    except UserError:
        raise
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None


def _write(target: Path, data: bytes, force: bool) -> Path:
    try:
        info: os.stat_result | None = os.stat(target)  # follows a symlink the user named
    except FileNotFoundError:
        info = None
        if target.is_symlink():
            raise UserError(
                f"{target} is a symbolic link to a missing file ({os.readlink(target)});"
                " remove it or give another path"
            ) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise UserError(f"{target} is a directory; give a file path")
        if not stat.S_ISREG(info.st_mode):
            return _write_in_place(target, data)
        if not force:
            refuse_existing([target])
    # A regular file (or none): replace it through a temporary file in the same folder.
    real = Path(os.path.realpath(target))
    real.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = _create_temporary(real)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is not None:
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(real.parent)
    return real


def _create_temporary(target: Path) -> tuple[int, Path]:
    """An unpredictable name beside ``target``, created exclusively (mode 0666 less umask)."""
    stem = target.name[:_NAME_ROOM]
    for _ in range(100):
        candidate = target.with_name(f".{stem}.{_random_part()}.tmp")
        try:
            return os.open(candidate, _TEMP_FLAGS, 0o666), candidate
        except FileExistsError:
            continue  # taken (or a planted link): draw another name
    raise UserError(f"cannot create a temporary file beside {target}")


def _write_in_place(target: Path, data: bytes) -> Path:
    """Write to a FIFO or a device as it is: no rename, no truncation of a node."""
    descriptor = os.open(target, _SPECIAL_FLAGS)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; not every platform can open a folder, so best effort."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
