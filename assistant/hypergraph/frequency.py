"""Frequency words → occurrences per year, for the frequency factor of the hot-spot score.

People answer "every Thursday", "twice a day", "at month end", "in real time"; the score
needs a number. Unknown or event-driven answers ("per shipment", "when needed") give
``None`` and the scorer uses its documented default.
"""

from __future__ import annotations

import re

HOUR = 24 * 365
MINUTE = 60 * HOUR
REAL_TIME = 4 * HOUR  # "real time" is treated as every 15 minutes: the cap of the scale anyway

_NUMBERS = {
    "once": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "twice": 2,
    "two": 2,
    "thrice": 3,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "other": 2,  # "every other week"
}
_PER_YEAR = {
    "minute": MINUTE,
    "min": MINUTE,
    "hour": HOUR,
    "shift": 3 * 365,
    "day": 365,
    "night": 365,
    "morning": 365,
    "evening": 365,
    "afternoon": 365,
    "weekday": 250,
    "working day": 250,
    "business day": 250,
    "week": 52,
    "fortnight": 26,
    "month": 12,
    "quarter": 4,
    "semester": 2,
    "year": 1,
}
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ADVERBS = [
    (r"real[- ]?time|continuous(?:ly)?|stream(?:ed|ing)?|live", REAL_TIME),
    (r"hourly", HOUR),
    (r"twice[- ]daily", 730),
    (r"daily|nightly|overnight|every (?:day|night)", 365),
    (r"bi-?weekly|fortnightly", 26),
    (r"weekly", 52),
    (r"bi-?monthly", 6),
    (r"month[- ]end|monthly", 12),
    (r"quarter[- ]end|quarterly", 4),
    (r"semi-?annual(?:ly)?|half-?yearly", 2),
    (r"year[- ]end|annual(?:ly)?|yearly", 1),
]
_UNIT = "|".join(sorted((re.escape(u) for u in _PER_YEAR), key=len, reverse=True))
_NUM = r"\d+(?:\.\d+)?|" + "|".join(_NUMBERS)
# "every 15 minutes", "every two weeks", "every other week", "each Thursday"
_EVERY = re.compile(rf"\b(?:every|each)\s+(?:({_NUM})\s+)?({_UNIT})s?\b")
# "twice a day", "3 times per week", "once a month"
_TIMES = re.compile(rf"\b({_NUM})\s*(?:times?|x)?\s+(?:a|an|per|each|every)\s+({_UNIT})s?\b")
_WEEKDAY = re.compile(rf"\b(?:every|each|on)\s+(?:{_WEEKDAYS})s?\b|\b(?:{_WEEKDAYS})s\b")
_PER_UNIT = re.compile(rf"\b(?:per|a|an)\s+({_UNIT})\b")


def _number(text: str | None) -> float:
    if not text:
        return 1.0
    return float(_NUMBERS.get(text, text))


def frequency_per_year(text: str) -> float | None:
    """Occurrences per year of a frequency phrase, or ``None`` when it says nothing usable.

    >>> frequency_per_year("twice a day"), frequency_per_year("every Thursday")
    (730.0, 52.0)
    """
    low = " ".join(text.casefold().replace("-", " - ").split()).replace(" - ", "-")
    if not low:
        return None
    match = _TIMES.search(low)
    if match:
        return _number(match.group(1)) * _PER_YEAR[match.group(2)]
    match = _EVERY.search(low)
    if match:
        count = match.group(1)
        if count == "other":
            return _PER_YEAR[match.group(2)] / 2
        return _PER_YEAR[match.group(2)] / _number(count)
    if _WEEKDAY.search(low):
        return 52.0
    for pattern, value in _ADVERBS:
        if re.search(rf"\b(?:{pattern})\b", low):
            return float(value)
    match = _PER_UNIT.search(low)
    if match:
        return float(_PER_YEAR[match.group(1)])
    return None
