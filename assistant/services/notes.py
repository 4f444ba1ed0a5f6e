"""Reviewer notes: who writes them (the rest is ``Interview.add_note``, a ``note_added`` event)."""

from __future__ import annotations

import getpass

from assistant.config import env


def default_author() -> str:
    """``DATA360_AUTHOR``, else the login name, else nobody (a note without author is fine)."""
    try:
        return env("DATA360_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return ""
