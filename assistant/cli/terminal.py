"""The screens need a terminal: without one (a pipe, CI, ``ssh -T``) say so and exit 2.

Textual started without a terminal writes escape codes into the pipe and waits for keys
that never come; both ends are checked, since either can be redirected. A Textual driver
named in ``TEXTUAL_DRIVER`` (``data360 serve`` runs each browser tab with the web driver,
over pipes) needs no terminal.
"""

from __future__ import annotations

import os
import sys

from assistant.errors import UserError

NO_TERMINAL = (
    "the terminal interface needs a terminal (stdin and stdout); run a command instead"
    " (data360 --help lists them)"
)


def needs_terminal(hint: str = NO_TERMINAL) -> None:
    """Raise a usage error (exit 2) unless stdin and stdout are both terminals."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(hint, exit_code=2)
