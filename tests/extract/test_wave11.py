"""Wave 11: constructions read off w12's misses, tested on sentences of other domains.

- an aside listing examples, "(e.g. …)", "(such as …)", names kinds of content, not actors;
- "before/after each <word that is also a verb> the X …" opens the sentence: the word
  after "each" is a noun there, not a floating quantifier's verb ("they each send …");
- an -s word before a plural verb of arriving is a noun ("reminder texts go out from …");
- a participle opening the sentence before a noun and its verb is an adjective
  ("Authorised reports go from …").
"""

from __future__ import annotations

import pytest

from assistant.extract.heuristics.reader import extract_free_text


def flows_of(text: str) -> list[tuple[str, list[str], str]]:
    return [(f.source, f.targets, f.content) for f in extract_free_text(text).flows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abnormal results (e.g. high potassium, low sodium) are phoned by the lab to the ward.",
            [("lab", ["ward"], "Abnormal results")],
        ),
        (
            "Site incidents (such as near misses or spills) are emailed by the foreman to the"
            " HSE advisor.",
            [("foreman", ["HSE advisor"], "Site incidents")],
        ),
        (
            "The concierge texts the guests the pool closures (i.e. maintenance days).",
            [("concierge", ["guests"], "pool closures")],
        ),
    ],
)
def test_an_aside_of_examples_names_no_actor(text, expected) -> None:
    assert flows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before each visit the care coordinator emails the carer a care plan.",
            [("care coordinator", ["carer"], "care plan")],
        ),
        (
            "After each test the examiner sends the centre the marks.",
            [("examiner", ["centre"], "marks")],
        ),
        (
            "During each check the auditor records the findings in Qualtrax.",
            [("auditor", ["Qualtrax"], "findings")],
        ),
    ],
)
def test_each_after_a_preposition_opens_a_noun(text, expected) -> None:
    assert flows_of(text) == expected


def test_a_floating_each_still_reads_as_a_quantifier() -> None:
    assert flows_of("The depots each send the planner a stock count.") == [
        ("depots", ["planner"], "stock count")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reminder texts go out from Dentally to the patients the day before.",
            [("Dentally", ["patients"], "Reminder texts")],
        ),
        (
            "Stock alerts come from the WMS to the buyers every hour.",
            [("WMS", ["buyers"], "Stock alerts")],
        ),
        (
            "Approved invoices go from Coupa to SAP every night.",
            [("Coupa", ["SAP"], "Approved invoices")],
        ),
        (
            "Signed timesheets go from the site office to payroll.",
            [("site office", ["payroll"], "Signed timesheets")],
        ),
    ],
)
def test_a_noun_that_is_also_a_verb_before_the_real_verb(text, expected) -> None:
    assert flows_of(text) == expected


def test_a_verb_s_form_with_its_object_stays_a_verb() -> None:
    assert flows_of("The planner updates the schedule and emails it to the crews.") == [
        ("planner", ["crews"], "schedule")
    ]
