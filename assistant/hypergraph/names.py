"""Actor-name normalisation: one rule for "is this the same object?".

Kept free of networkx so the extractors can share the rule without importing the graph.
Two spellings denote the same object when their *keys* are equal: case, punctuation,
leading articles/possessives and plural endings do not count ("Maintenance team",
"the maintenance team" and "maintenance teams" all give ``"maintenance team"``). The
key is never shown: the first spelling seen becomes the display name, the others aliases.
"""

from __future__ import annotations

import re
import unicodedata

LEADING_WORDS = frozenset(
    {"the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this", "these"}
    | {"those", "each", "every", "all"}
)

_APOSTROPHE_S = re.compile(r"['\u2019`]s\b")
_APOSTROPHE = re.compile(r"['\u2019`]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")


def fold_plural(token: str) -> str:
    """Fold a regular English plural to its singular ("teams" → "team", "lorries" → "lorry").

    Deliberately light: "-ss", "-us" and "-is" endings ("process", "status", "analysis")
    and words of three letters or fewer ("bus", "gas", "sms") are left alone.
    """
    if len(token) > 3 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def is_plural(name: str) -> bool:
    """Whether a name, as written, is a plural: "teams", "lorries", and the short acronyms
    ``fold_plural`` leaves alone ("GPs", "MPs"), not "GPS" nor "bus"."""
    last = name.split()[-1] if name.split() else ""
    if fold_plural(last) != last:
        return True
    return len(last) == 3 and last[2] == "s" and last[:2].isupper()


def name_tokens(name: str) -> list[str]:
    """The folded tokens of a name, leading articles and possessives removed."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _APOSTROPHE_S.sub("s", text)
    text = _APOSTROPHE.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    tokens = text.split()
    while tokens and tokens[0] in LEADING_WORDS:
        tokens = tokens[1:]
    return [fold_plural(token) for token in tokens]


def normalise_name(name: str) -> str:
    """The identity key of an actor name; equal keys mean one object.

    >>> normalise_name("The Maintenance teams")
    'maintenance team'
    """
    return " ".join(name_tokens(name))


def name_key(name: str) -> str:
    """The key an actor is found by: ``normalise_name``, or for a name of punctuation only
    (no word left) the name itself, case and spacing folded. Every lookup by actor name —
    the model's index, the overlay of model edits — goes through here."""
    return normalise_name(name) or " ".join(name.casefold().split())


def display_name(name: str) -> str:
    """A name fit for display: whitespace collapsed, a leading article dropped, case kept.

    >>> display_name("  the  Maintenance team ")
    'Maintenance team'
    """
    words = name.split()
    while len(words) > 1 and words[0].casefold() in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)
