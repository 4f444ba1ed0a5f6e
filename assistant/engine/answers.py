"""Answer validation per question kind: raw input in, normalised JSON value out.

Pure functions. A value that cannot be accepted raises ``AnswerError`` with a message the
user can act on; the caller keeps what the user typed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from assistant.models.flowdef import Question, QuestionKind
from assistant.models.infoflow import InformationFlow
from assistant.models.lenses import LENSES

MAX_TEXT_CHARS = 2_000_000
MAX_LIST_ITEMS = 1_000

_YES = {"y", "yes", "true", "1", "oui", "o"}
_NO = {"n", "no", "false", "0", "non"}


class AnswerError(ValueError):
    """An answer that does not fit its question."""


class NeedsExtraction(AnswerError):
    """A ``flows`` answer given as free text: an extractor must propose flows first."""

    def __init__(self, text: str) -> None:
        super().__init__("this answer is free text; flows must be extracted from it first")
        self.text = text


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and len(value) == 0)


def validate_answer(question: Question, raw: Any, choices: Sequence[str] | None = None) -> Any:
    """Normalise ``raw`` for ``question``; ``choices`` overrides dynamic choices.

    Returns the value to store: str, list[str], int/float, bool, list of flow dicts or
    list of use-case dicts.
    """
    kind = question.kind
    if isinstance(raw, str) and kind not in (QuestionKind.text,):
        raw = raw.strip()
    if is_empty(raw):
        raise AnswerError("an answer is required" if question.required else "empty answer")
    validator = _VALIDATORS[kind]
    return validator(question, raw, choices)


def _text(question: Question, raw: Any, _: Sequence[str] | None) -> str:
    if isinstance(raw, int | float | bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise AnswerError("expected text")
    if len(raw) > MAX_TEXT_CHARS:
        raise AnswerError(f"answer too long (more than {MAX_TEXT_CHARS:,} characters)")
    if not raw.strip():
        raise AnswerError("an answer is required")
    return raw


def _match_choice(value: Any, options: Sequence[str]) -> str:
    text = str(value).strip()
    for option in options:
        if option == text:
            return option
    folded = text.casefold()
    for option in options:
        if option.casefold() == folded:
            return option
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    shown = ", ".join(repr(o) for o in options)  # every one: a script fixes it in one go
    raise AnswerError(f"{text!r} is not one of the choices: {shown}")


def _options(question: Question, choices: Sequence[str] | None) -> Sequence[str]:
    options = choices if choices is not None else question.choices
    if not options:
        raise AnswerError("no choices are available yet for this question")
    return options


def _choice(question: Question, raw: Any, choices: Sequence[str] | None) -> str:
    return _match_choice(raw, _options(question, choices))


def _split_items(raw: Any) -> list[Any]:
    if isinstance(raw, str):
        separator = "\n" if "\n" in raw else ","
        return [part.strip() for part in raw.split(separator) if part.strip()]
    if isinstance(raw, list | tuple):
        return list(raw)
    raise AnswerError("expected a list")


def _multi(question: Question, raw: Any, choices: Sequence[str] | None) -> list[str]:
    options = _options(question, choices)
    picked = [_match_choice(item, options) for item in _split_items(raw)]
    ordered = [o for o in options if o in picked]  # flow order, no duplicates
    if not ordered:
        raise AnswerError("pick at least one choice")
    return ordered


def _scale(question: Question, raw: Any, _: Sequence[str] | None) -> int:
    low, high = question.scale_bounds
    value = _number_value(raw)
    if not float(value).is_integer():
        raise AnswerError(f"expected a whole number from {low} to {high}")
    value = int(value)
    if not low <= value <= high:
        raise AnswerError(f"expected a number from {low} to {high}, got {value}")
    return value


_HEDGE = re.compile(
    r"^(?:about|around|roughly|approximately|approx\.?|circa|ca\.|maybe|perhaps|probably"
    r"|nearly|almost|some|at least|at most|up to|over|under|more than|less than|~|≈)\s*",
    re.IGNORECASE,
)
_UNIT_TAIL = re.compile(
    r"(?:\s*(?:ish|hours?|hrs?|h|or so|in total|a (?:week|day|month|year)|per \w+|/\s*\w+"
    r"|each (?:week|day|month)|weekly|daily))+\s*$",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:-|–|—|to|or)\s*\d+(?:[.,]\d+)?")
_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}


def _spoken_number(raw: str) -> float:
    """A number as people say it: "about six", "6 hours a week", "twenty-five", "two and a
    half", "~8". A range asks for one number rather than a guess between its ends."""
    text = raw.strip().casefold()
    while True:
        shorter = _UNIT_TAIL.sub("", _HEDGE.sub("", text)).strip(" .")
        if shorter == text:
            break
        text = shorter
    ends = re.split(r"\s+(?:or|to)\s+", text)
    if _RANGE.fullmatch(text) or (
        len(ends) == 2 and all(_number_words(end) is not None for end in ends)
    ):
        raise AnswerError(f"{raw.strip()!r} is a range: give one number (its middle, say)")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        pass
    value = _number_words(text)
    if value is None:
        raise AnswerError(_not_a_number(raw.strip()))
    return value


_REMARK = re.compile(r"\s*(?:[,;(]|\s[-–—]\s)\s*")
"""Where a remark after a number starts ("about five, more at lambing", "5 (in spring)")."""


def _not_a_number(said: str) -> str:
    """The refusal, saying which number was understood when a remark follows it: the
    question keeps one number, so the user decides where the remark goes instead of the
    tool dropping it."""
    parts = _REMARK.split(said, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        try:
            value = _spoken_number(parts[0])
        except AnswerError:
            return f"{said!r} is not a number"
        remark = parts[1].strip(" )")
        if not re.search(r"[^\W\d_]", remark):
            return f"{said!r} is not a number"
        first = re.sub(r"^(?:maybe|or|up to|perhaps)\s+", "", remark.casefold()).split()[0]
        if first[:1].isdigit() or _number_words(first) is not None:
            return f"{said!r} is a range: give one number (its middle, say)"
        if len(remark) > 40:
            remark = remark[:39].rstrip() + "…"
        return f"not one number: send {value:g} alone ({remark!r} can go in a pain point on a flow)"
    return f"{said!r} is not a number"


def _number_words(text: str) -> float | None:
    """ "six", "twenty-five", "a hundred and twenty", "two and a half", "a dozen"."""
    words = [w for w in re.split(r"[\s-]+", text) if w not in {"and", ""}]
    if words[-2:] == ["a", "half"]:
        half, words = 0.5, words[:-2]
    elif words and words[-1] == "half":
        half, words = 0.5, words[:-1]
    else:
        half = 0.0
    if words and words[0] == "a":
        words = ["one", *words[1:]]
    if not words and half:
        return half
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word.isdigit():
            current += int(word)
        else:
            return None
    return float(total + current) + half


def _number_value(raw: Any) -> float:
    if isinstance(raw, bool):
        raise AnswerError("expected a number")
    if isinstance(raw, int | float):
        value = float(raw)
    elif isinstance(raw, str):
        cleaned = raw.replace("\u202f", "").replace(" ", "").replace("_", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        try:
            value = float(cleaned)
        except ValueError:
            value = _spoken_number(raw)
    else:
        raise AnswerError("expected a number")
    if math.isnan(value) or math.isinf(value):
        raise AnswerError("expected a finite number")
    return value


def _number(question: Question, raw: Any, _: Sequence[str] | None) -> int | float:
    value = _number_value(raw)
    if question.min is not None and value < question.min:
        raise AnswerError(f"expected at least {question.min:g}")
    if question.max is not None and value > question.max:
        raise AnswerError(f"expected at most {question.max:g}")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _yesno(question: Question, raw: Any, _: Sequence[str] | None) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise AnswerError("answer yes or no")


def _list(question: Question, raw: Any, _: Sequence[str] | None) -> list[str]:
    if isinstance(raw, str):
        items = [line.strip() for line in raw.splitlines() if line.strip()]
    elif isinstance(raw, list | tuple):
        items = [str(item).strip() for item in raw if str(item).strip()]
    else:
        raise AnswerError("expected a list (one item per line)")
    if not items:
        raise AnswerError("give at least one item")
    if len(items) > MAX_LIST_ITEMS:
        raise AnswerError(f"too many items (more than {MAX_LIST_ITEMS})")
    return items


_ACTOR_KINDS = {
    "person": "person",
    "role": "person",
    "person or role": "person",
    "people": "person",
    "team": "team",
    "group": "team",
    "department": "team",
    "service": "team",
    "organisation": "organisation",
    "organization": "organisation",
    "company": "organisation",
    "process": "process",
    "tool": "tool",
    "system": "tool",
    "application": "tool",
    "software": "tool",
    "data store": "data",
    "datastore": "data",
    "data": "data",
    "document": "data",
    "file": "data",
}
"""The words accepted as an actor's class in brackets, and the HBDS class each means."""

_ACTOR_ITEM = re.compile(r"^(?P<name>.*?)\s*[(\[](?P<kind>[^()\[\]]*)[)\]]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def parse_actor_item(item: str) -> tuple[str, str | None]:
    """One line of a list of actors: ``(name, kind)``, ``kind`` None when not given.

    ``Site manager (person)`` gives its class; ``Site manager`` alone gives none and the
    caller guesses one, so every listed actor reaches the map. Brackets that do not hold
    a known class (``SAP PM (site client)``) stay part of the name.
    """
    text = _BULLET.sub("", " ".join(str(item).split()))
    match = _ACTOR_ITEM.match(text)
    if match and match["name"]:
        kind = _ACTOR_KINDS.get(" ".join(match["kind"].casefold().split()))
        if kind is not None:
            return match["name"].strip(" -:,;"), kind
    return text.strip(" -:,;"), None


def _flows(question: Question, raw: Any, _: Sequence[str] | None) -> list[dict[str, Any]]:
    from assistant.extract.notation import NotationError, parse_flow_line, parse_notation

    flows: list[InformationFlow] = []
    if isinstance(raw, str):
        try:
            flows = parse_notation(raw)
        except NotationError as error:
            if "->" in raw and all(
                "->" in line
                for line in raw.splitlines()
                if line.strip() and not line.startswith("#")
            ):
                raise AnswerError(f"flow notation: {error}") from None
            raise NeedsExtraction(raw) from None
    elif isinstance(raw, list | tuple):
        if len(raw) > MAX_LIST_ITEMS:
            raise AnswerError(f"too many flows (more than {MAX_LIST_ITEMS})")
        for index, item in enumerate(raw, start=1):
            try:
                if isinstance(item, str):
                    flows.append(parse_flow_line(item))
                elif isinstance(item, Mapping):
                    flows.append(InformationFlow.model_validate(dict(item)))
                else:
                    raise AnswerError(f"flow {index}: expected an object or a notation line")
            except NotationError as error:
                raise AnswerError(f"flow {index}: {error}") from None
            except ValidationError as error:
                raise AnswerError(f"flow {index}: {_first_error(error)}") from None
    else:
        raise AnswerError("expected flows (a list, or one flow per line in the notation)")
    if not flows:
        raise AnswerError("give at least one flow")
    return [flow.model_dump(mode="json") for flow in flows]


def _usecases(question: Question, raw: Any, _: Sequence[str] | None) -> list[dict[str, Any]]:
    from assistant.models.usecase import UseCase

    # One candidate per line: titles may hold commas.
    items = [ln.strip() for ln in raw.splitlines() if ln.strip()] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise AnswerError("expected a list of use cases")
    out: list[dict[str, Any]] = []
    titles: set[str] = set()
    for index, item in enumerate(items, start=1):
        if isinstance(item, str):
            item = _usecase_from_line(item, index)
        if not isinstance(item, Mapping):
            raise AnswerError(f"use case {index}: expected an object with a title and 4 scores")
        try:
            usecase = UseCase.model_validate(dict(item))
        except ValidationError as error:
            raise AnswerError(f"use case {index}: {_first_error(error)}") from None
        if usecase.title.casefold() in titles:
            raise AnswerError(f"use case {index}: duplicate title {usecase.title!r}")
        titles.add(usecase.title.casefold())
        out.append(usecase.model_dump(mode="json"))
    if not out:
        raise AnswerError("give at least one use case")
    return out


def _usecase_from_line(line: str, index: int) -> dict[str, Any]:
    """``title | d | da | f | v`` — the one-line form used in answer files and the TUI."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 5:
        raise AnswerError(
            f"use case {index}: expected 'title | desirability | datability | feasibility |"
            " viability' with scores 1-5"
        )
    scores = [None if p in {"-", "–", "?"} else p for p in parts[1:]]  # "-": not judged yet
    return {"title": parts[0], **dict(zip(LENSES, scores, strict=True))}


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg')}" if where else str(first.get("msg"))


_VALIDATORS = {
    QuestionKind.text: _text,
    QuestionKind.choice: _choice,
    QuestionKind.multi: _multi,
    QuestionKind.scale: _scale,
    QuestionKind.number: _number,
    QuestionKind.yesno: _yesno,
    QuestionKind.list: _list,
    QuestionKind.flows: _flows,
    QuestionKind.usecases: _usecases,
}
