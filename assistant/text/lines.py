"""Line endings, one style: what a terminal paste or a file from another system holds."""

from __future__ import annotations


def unix_newlines(text: str) -> str:
    """CRLF and a lone CR as LF: terminals deliver a pasted line break as CR, and Windows
    files end their lines with CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
