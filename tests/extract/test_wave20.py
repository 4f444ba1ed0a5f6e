"""Wave 20, aimed at rambling paragraphs: read off w30 once opened, with w31-w35 sealed.
Each rule is tested on sentences of other domains; the guards show what must not change.

- who the speaker is: "I'm a housemistress, …" (an indefinite role said whole), a
  "-mistress" or "-woman" is a person;
- who is meant: kin or a first name with the job set aside before the verb ("my
  daughter-in-law, she's our office manager, types …"), the subject of a "get" passive;
- what is never an actor: a book or a diary written in;
- where a feed comes from: "the bank feed comes into Sage".
"""

from __future__ import annotations

import pytest

from tests.extract.reading import EXTRACTOR, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Right, so I'm a housemistress, I've got sixty girls. Parents email me about exeats.",
            ("parents", ("housemistress",)),
        ),
        (
            "Well, I'm a groundsman, been here years. The bowls club rings me about the greens.",
            ("bowls club", ("groundsman",)),
        ),
        (
            "I'm a postmistress, it's a small branch. The depot texts me the van times.",
            ("depot", ("postmistress",)),
        ),
    ],
)
def test_a_role_said_with_a_or_an_is_the_speaker(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize("said", ["a bit", "a mess", "a fan"])
def test_an_indefinite_phrase_that_is_no_role_does_not_become_the_speaker(said) -> None:
    found = pairs(f"I'm {said}, honestly. The warden emails me the rota.")
    assert all(said[2:] not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. My daughter-in-law, she's our office manager, types the deals "
            "into Sage. Customers ring her to order.",
            [("office manager", ("sage",)), ("customers", ("office manager",))],
        ),
        (
            "I run the nursery. My husband, he's the accounts manager, enters the invoices "
            "in Xero.",
            [("accounts manager", ("xero",))],
        ),
        (
            "I'm the chef. On Mondays Karen, she's our office manager, emails the rota to "
            "the agency.",
            [("office manager", ("agency",))],
        ),
    ],
)
def test_kin_or_a_name_with_the_job_set_aside_is_the_job(text, expected) -> None:
    found = pairs(text)
    for pair in expected:
        assert pair in found


def test_a_name_with_another_aside_keeps_its_sentence() -> None:
    """Only a job said between commas is set aside: "Karen, she's lovely, …" is not."""
    found = pairs("Karen, she's lovely, emails the rota to the agency.")
    assert all("lovely" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. The growers get paid out of Xero, and Xero emails them a remittance.",
            ("xero", ("growers",)),
        ),
        (
            "The tenants get told by the housing officer, and the system texts them a reminder.",
            ("system", ("tenants",)),
        ),
    ],
)
def test_the_subject_of_a_get_passive_is_who_them_stands_for(text, expected) -> None:
    assert expected in pairs(text)


def test_get_before_a_participle_is_not_part_of_the_subject() -> None:
    found = pairs("Stage times get confirmed to the tour manager by the liaison team.")
    assert found == [("liaison team", ("tour manager",))]


@pytest.mark.parametrize(
    "text",
    [
        "I'm the owner. I write the deal in the daybook, and customers ring the clerk.",
        "I'm the farrier. I write it up in the hoof book, and the vet rings me.",
        "The nurse notes it in the ward diary and phones the registrar.",
    ],
)
def test_a_book_or_a_diary_written_in_is_no_actor(text) -> None:
    found = pairs(text)
    names = {name for source, targets in found for name in (source, *targets)}
    assert not {n for n in names if n.endswith(("book", "diary"))}
    assert found  # the flow said beside it is still read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank feed comes into Sage every night.", ("bank", ("sage",))),
        ("A bank feed goes into Xero overnight.", ("bank", ("xero",))),
        ("The Stripe sync lands in QuickBooks each morning.", ("stripe", ("quickbooks",))),
    ],
)
def test_a_feed_comes_from_what_it_is_named_after(text, expected) -> None:
    assert expected in pairs(text)


def test_a_feed_is_automated() -> None:
    out = EXTRACTOR.extract("The bank feed comes into Sage every night.")
    assert [f.maturity.value for f in out.flows] == ["high"]


def test_a_feed_named_after_a_thing_is_not_a_party() -> None:
    found = pairs("The order feed comes into Shopify from the marketplace.")
    assert all(source != "order" for source, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm a sommelier, twelve years now. The restaurant manager emails me the covers.",
            ("restaurant manager", ("sommelier",)),
        ),
        (
            "I'm a steward, part-time. The club secretary texts me the fixtures.",
            ("club secretary", ("steward",)),
        ),
    ],
)
def test_a_role_said_with_a_need_not_end_like_an_agent(text, expected) -> None:
    assert expected in pairs(text)


def test_nobody_having_to_remember_is_no_flow() -> None:
    found = pairs(
        "She gets them from Spektrix, on a daily report that it emails her, so nobody has "
        "to remember to tell her."
    )
    assert all("remember" not in (source, *targets) for source, targets in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the coordinator. Couples who miss a session usually email me.",
            ("couples", ("coordinator",)),
        ),
        (
            "I'm the bursar. Parents who pay late normally ring me.",
            ("parents", ("bursar",)),
        ),
    ],
)
def test_a_relative_ends_at_an_adverb_before_the_main_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the last session SurveyMonkey sends the couples the feedback form.",
            ("surveymonkey", ("couples",)),
        ),
        (
            "Before each match Pitchero emails the players the team sheet.",
            ("pitchero", ("players",)),
        ),
    ],
)
def test_an_opening_phrase_ends_before_a_name_with_its_verb(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests book rooms on our website, which is really a ResDiary widget.",
            ("guests", ("resdiary",)),
        ),
        (
            "Members book classes on the website, which is basically a Mindbody page.",
            ("members", ("mindbody",)),
        ),
    ],
)
def test_a_website_that_is_a_products_widget_is_that_product(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I run the central bakery, so I see the orders. Each shop manager texts me a "
            "photo of the shelves.",
            ("shop manager", ("bakery manager",)),
        ),
        (
            "I run the laundry. The hotels email me their linen counts.",
            ("hotels", ("laundry manager",)),
        ),
    ],
)
def test_who_runs_a_place_is_its_manager(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm the owner. I write the deal in the daybook, and on Fridays the office "
            "manager types the deals into Sage from the daybook.",
            ("owner", ("office manager",)),
        ),
        (
            "The gamekeeper jots the bag in his notebook, and the estate clerk copies the "
            "numbers into the game book spreadsheet from the notebook.",
            ("gamekeeper", ("estate clerk",)),
        ),
    ],
)
def test_a_book_written_in_carries_to_whoever_types_from_it(text, expected) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hauliers bring the weighbridge tickets back, and they go in the tray for "
            "the office manager.",
            ("hauliers", ("office manager",)),
        ),
        (
            "The stewards collect the entry cards, and they go in the pigeonhole for the "
            "show secretary.",
            ("stewards", ("show secretary",)),
        ),
    ],
)
def test_what_goes_in_a_tray_for_someone_reaches_them(text, expected) -> None:
    assert expected in pairs(text)
