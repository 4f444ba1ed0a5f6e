"""Issue 14, wave 10: what travels when a verb has two objects, when what is received was
sent by someone named after a participle, when a telling verb names its recipient after
"to", and where a clause opened by "at the start/end of …" starts. Sentences of our own, in
other domains."""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR


def flows(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    out = EXTRACTOR.extract(text)
    return [
        (f.source.lower(), tuple(t.lower() for t in f.targets), f.content.lower())
        for f in out.flows
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second object opened by a time possessive, as "the" would open it
        (
            "Every evening the till system sends the store manager today's takings.",
            ("till system", ("store manager",), "today's takings"),
        ),
        (
            "The planner gives each driver tomorrow's route on paper.",
            ("planner", ("driver",), "tomorrow's route"),
        ),
        # a pronoun that receives, then what it receives
        (
            "Our site manager is Priya. Suppliers text her tomorrow's delivery slots.",
            ("suppliers", ("site manager",), "tomorrow's delivery slots"),
        ),
        # a passive whose subject received: the retained object is what travels
        (
            "The drivers are given their routes by the dispatcher.",
            ("dispatcher", ("drivers",), "routes"),
        ),
        (
            "Each tenant is emailed a reminder by the housing officer.",
            ("housing officer", ("tenant",), "reminder"),
        ),
        # received, and sent by someone named after a participle
        (
            "Teachers get their timetables emailed by the school office.",
            ("school office", ("teachers",), "timetables"),
        ),
        (
            "Residents receive their bills posted by the council.",
            ("council", ("residents",), "bills"),
        ),
        # told "to" someone: the object is what is told, even one that could name a party
        (
            "The ranger radios the trail conditions to the visitor centre.",
            ("ranger", ("visitor centre",), "trail conditions"),
        ),
        # a coordinated clause opened by "at the end of each day"
        (
            "The clinic closes at six, and at the end of each day the receptionist emails the"
            " list to the practice manager.",
            ("receptionist", ("practice manager",), "list"),
        ),
        (
            "The pool opens at seven, and at the start of every session the lifeguard phones"
            " the headcount to reception.",
            ("lifeguard", ("reception",), "headcount"),
        ),
    ],
)
def test_what_travels_between_two_objects_or_after_a_participle(
    text: str, expected: tuple[str, tuple[str, ...], str]
) -> None:
    assert expected in flows(text), flows(text)


def test_a_time_possessive_inside_a_name_still_reads_as_one_object() -> None:
    # "the council's report" is one noun phrase: only a time word opens a second one
    assert flows("The clerk sends the council's report to the mayor.") == [
        ("clerk", ("mayor",), "council's report")
    ]
