"""User-facing errors: anything raised as ``UserError`` becomes one line on stderr and exit 1."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad file, unknown id, locked database…).

    The CLI prints ``str(error)`` on one line and exits with ``exit_code``; the TUI shows it
    as a notification. Never carries a traceback to the user.
    """

    exit_code = 1

    def __init__(
        self, message: str, *, exit_code: int | None = None, details: list[str] | None = None
    ) -> None:
        super().__init__(" ".join(str(message).split()))
        if exit_code is not None:
            self.exit_code = exit_code
        self.details: list[str] = list(details or [])
        """Every problem when there are several (``--json`` errors list them all)."""
