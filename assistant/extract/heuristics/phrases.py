"""Noun phrases: a span of tokens, its head, and whether it names a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.tokens import Tok
from assistant.hypergraph.names import fold_plural

_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|h)?|\d{1,2}(?:am|pm)")


_TIME_PREFIXES = frozenset({"post", "pre", "mid", "end", "after", "start", "next", "same"})
"""What opens a hyphenated time ("post-shift", "mid-morning", "end-of-day")."""


@dataclass
class NP:
    """A noun phrase: tokens ``start:end`` of a sentence, the preposition before it."""

    toks: list[Tok]
    start: int
    end: int
    prep: str | None = None
    proper: bool = False

    @property
    def words(self) -> list[Tok]:
        return [t for t in self.toks if t.low not in lx.DETERMINERS]

    @property
    def head(self) -> str:
        words = self.words
        return words[-1].low if words else ""

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.words)

    @property
    def is_someones(self) -> bool:
        """A word before the head ends in "'s": the thing is named as someone's ("the die
        shop's network drive", "the search provider's portal")."""
        return any(t.low.endswith(("'s", "’s")) for t in self.toks[:-1])

    @property
    def is_pronoun(self) -> bool:
        return len(self.toks) == 1 and self.toks[0].low in (
            lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
        )

    @property
    def is_time(self) -> bool:
        words = [t.low for t in self.words]
        if not words:
            return False
        if "of" in words[1:] and words[words.index("of", 1) - 1] in lx.ROLES_WITH_OF:
            return False  # "the heads of year" are people
        if len(words) >= 3 and (words[-2], words[-1]) in lx.ROLE_COMPLEMENTS:
            return False  # "the peer worker on shift" is someone
        if any(
            _CLOCK.fullmatch(w) and not (w.isdigit() and k and self.words[k - 1].text[:1].isupper())
            for k, w in enumerate(words)
        ):
            return True  # "7:30", "9am"; not a product's number ("Sage 50", "Windows 11")
        parts = words[-1].split("-")
        return (
            words[-1] in lx.TIME_NOUNS
            or fold_plural(words[-1]) in lx.TIME_NOUNS
            # "post-shift", "mid-morning", "end-of-day": a time said in one hyphenated word
            or (len(parts) > 1 and parts[0] in _TIME_PREFIXES and parts[-1] in lx.TIME_NOUNS)
            or (
                self.toks[0].low in {"every", "each", "this", "next", "last"}
                and words[-1] in lx.MONTHS
            )
            or (
                (
                    words[-1] == "end"
                    or self.toks[0].low in {"every", "each", "this", "next", "last"}
                )
                and any(fold_plural(w) in lx.TIME_NOUNS for w in words)
            )
        )
