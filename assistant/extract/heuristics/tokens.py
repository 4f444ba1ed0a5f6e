"""Tokens and sentences: the first seam of the free-text reader (no grammar here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:['’&./-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|incl|dept|no|mr|mrs|ms|dr)\.\s", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


@dataclass(frozen=True)
class Tok:
    """A word or punctuation mark, its lower-case form and its index in the sentence."""

    text: str
    low: str
    i: int


def split_sentences(text: str) -> list[str]:
    """Lines, bullets and sentence ends; common abbreviations do not end a sentence."""
    out: list[str] = []
    for raw_line in text.splitlines():
        line = _BULLET.sub("", raw_line).strip()
        if not line:
            continue
        protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(". ", "\x00 "), line)
        for part in _SENTENCE_END.split(protected):
            part = part.replace("\x00", ".").strip()
            if part:
                out.append(part)
    return out


_FIXED_PHRASES = re.compile(r"\b(face) to (face)\b|\b(in) (person)\b", re.IGNORECASE)


def tokenize(sentence: str) -> list[Tok]:
    text = sentence.replace("’", "'")
    text = _FIXED_PHRASES.sub(lambda m: m.group(0).replace(" ", "-"), text)
    words = _TOKEN.findall(text)
    return [Tok(w, w.casefold(), i) for i, w in enumerate(words)]


def is_proper(tok: Tok, *, first: bool) -> bool:
    text = tok.text
    if not text[:1].isalpha():
        return False
    upper = sum(1 for c in text if c.isupper())
    if upper >= 2:
        return True
    return text[0].isupper() and not first
