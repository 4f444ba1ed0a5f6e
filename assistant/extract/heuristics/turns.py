"""Meeting transcripts: who is speaking, so that I/we/me resolve to the speaker's role.

A transcript is a text where at least two lines open with a speaker label,
``Role (First name): …`` or ``Role: …``. The facilitator's turns are questions, not
answers, and are not read (a flow proposed in a question counts only when an answer
repeats it). A first name, in a label or in the talk, stands for that speaker's role
and never becomes an actor (STYLES.md, labelling decisions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"^\s*(?P<role>[A-Za-z][\w&/.' -]{0,48}?)\s*(?:\((?P<names>[^()]{1,40})\))?"
    r"\s*:\s+(?P<body>\S.*)$"
)
FACILITATORS = frozenset(
    {"facilitator", "interviewer", "moderator", "host", "coach", "q", "question", "me"}
)
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir"})
_SPOKEN_OPENER = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))\s*(?:(?:yes|yeah|yep|right|ok|okay|well|oh|so),?\s+)?"
    r"(?:and|so|but)\s+(?P<opener>if|when|whenever|once|after|before|as soon as)\b",
    re.IGNORECASE,
)
"""Talk opens a sentence with "and", "so" or "but" before a condition ("And if it's
awarded, the funder emails …"): the condition still opens the sentence."""


def spoken(body: str) -> str:
    """A turn's words as a sentence reader expects them: spoken openers before a
    condition left out, the condition's first letter in capitals."""
    return _SPOKEN_OPENER.sub(lambda m: m["opener"][:1].upper() + m["opener"][1:], body)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the role (None for the facilitator), their names, the words."""

    role: str | None
    names: tuple[str, ...]
    body: str


def _looks_like_role(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 5 and not any(w.lower() in {"the", "a", "an"} for w in words[:1])


def parse_turns(text: str) -> list[Turn] | None:
    """The turns of a transcript, or None when ``text`` is not one."""
    turns: list[Turn] = []
    labelled = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _LABEL.match(line)
        if match and _looks_like_role(match.group("role")):
            labelled += 1
            role = " ".join(match.group("role").split()).lower()
            names = tuple(
                w
                for w in re.split(r"[\s,&]+", match.group("names") or "")
                if w and w.lower().strip(".") not in _TITLES
            )
            body = spoken(match["body"])
            turns.append(Turn(None if role in FACILITATORS else role, names, body))
        elif turns:
            last = turns[-1]
            turns[-1] = Turn(last.role, last.names, f"{last.body}\n{spoken(line)}")
        else:
            turns.append(Turn(None, (), line))
    if labelled < 2 or sum(1 for t in turns if t.role) < 1:
        return None
    return turns
