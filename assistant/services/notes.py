"""Who writes: reviewer notes' authors and a framing's author.

A name comes from ``--author`` or ``DATA360_AUTHOR``. When neither is given, a reviewer
note falls back to the OS login, and says so (``root (OS login)``), so that a document
never presents a login such as ``root`` as a person's name. A framing's author is only
ever a declared name (``DATA360_AUTHOR``), recorded when the session starts; reviewers
(authors of notes) are listed apart from authors in the documents.
"""

from __future__ import annotations

import getpass

from assistant.config import env

LOGIN_SUFFIX = " (OS login)"


def declared_author() -> str:
    """The name given in ``DATA360_AUTHOR`` (blank: nobody declared)."""
    return " ".join((env("DATA360_AUTHOR") or "").split())


def default_author() -> str:
    """A note's author: ``DATA360_AUTHOR``, else the login marked as such, else nobody."""
    declared = declared_author()
    if declared:
        return declared
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        return ""
    return f"{login}{LOGIN_SUFFIX}" if login else ""
