"""Wave 27: terse bullet notes. Each rule was found on a class of note lines that the open
sets got wrong, written here again in other trades, then checked on every open set.

- a role written in full and in shorthand in one answer ("customers", "cust"; "events
  coordinator", "events coord") is one role under the form written in full, which is who
  the shorthand stands for;
- in notes each line is its own step: the same two parties on two lines ("customer →
  sales: enquiry, email", "repeat orders: customer emails sales") are two flows, while
  one line that names them twice, and prose, keep one flow per pair;
- "same day" or "following week" right after an object, with no determiner, says when and
  is not part of the receiver's name ("rings the buyer same day");
- "fwd" is how notes write "forward" ("office mgr fwds to client by email");
- lines that open on "> " (notes pasted from a chat or a mail) are bullet notes, so a pain
  line among them does not make the whole answer one paragraph;
- "w/" is how notes write "with" ("book slots by phone w/ dispatch clerk"), not a name's
  last word ("sales desk w"); a note to self ("check w/ Jo") stays no flow;
- what travels, how it went and to whom, then who does it after a dash or in brackets, or
  as "X does it" ("rota texted to drivers – depot mgr", "run sheets to crews, printed
  Mon am – sup does it", "price list emailed to buyers (sales)");
- an -ing word opening what travels is its kind, not a verb ("picking list", "loading
  plan"), and a department named last may look like a verb ("(planning)");
- a web form or portal named as the way in before an arrow ("tenants report via web form
  → lands in Orchard") passes the data on: the chain is split at it (STYLES.md), and the
  system the data "lands in" or is "pushed into" is the endpoint;
- an answer, reply or quote that "comes back", with no sender named, goes back from whom
  the sentence's one flow reached to its sender ("… emails the spec to the supplier, quote
  comes back by email"); not when it says where it comes back into;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


def test_a_role_in_full_and_in_shorthand_takes_the_full_form() -> None:
    found = pairs(
        "Garden centre – deliveries\n"
        "- DeliverMate → customers: delivery slot, SMS auto\n"
        "- failed drop: driver rings office, office rings cust to rebook\n"
        "- plant orders: garden coordinator → nursery, email; nursery → garden coord: ETA, phone"
    )
    assert ("office", ("customers",)) in found
    assert ("nursery", ("garden coordinator",)) in found
    assert not any(t in {"cust", "garden coord"} for _, ts in found for t in ts)


def test_the_same_parties_on_two_note_lines_are_two_flows() -> None:
    found = pairs(
        "Print shop – how jobs come in\n"
        "- customer → sales: artwork brief, email\n"
        "- proof sign-off: customer emails sales back, signed PDF\n"
        "- sales → studio: job ticket in PrintIQ"
    )
    assert found.count(("customer", ("sales",))) == 2


def test_one_note_line_naming_the_parties_twice_is_one_flow() -> None:
    found = pairs(
        "Kennels – bookings\n"
        "- owner phones desk to book; desk answers by phone\n"
        "- desk → groomers: daily run sheet, printed"
    )
    assert found.count(("owner", ("desk",))) <= 1
    assert ("desk", ("groomers",)) in found


def test_prose_keeps_one_flow_per_pair() -> None:
    found = pairs(
        "The customer emails the artwork to sales. Later the customer also emails the"
        " signed proof to sales."
    )
    assert found.count(("customer", ("sales",))) == 1


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        ("- warehouse lead phones the buyer same day", ("warehouse lead", ("buyer",))),
        (
            "- damaged stock → warehouse lead emails supplier same day",
            ("warehouse lead", ("supplier",)),
        ),
        ("- credit notes: accts email the customer following week", ("accts", ("customer",))),
    ],
)
def test_same_day_after_an_object_says_when(line: str, flow: tuple[str, tuple[str, ...]]) -> None:
    found = pairs(f"Stock notes\n{line}\n- buyer → supplier: PO, email")
    assert flow in found


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        ("- site lead fwds to client by email", ("site lead", ("client",))),
        ("- permits: council emails accts, accts fwd to scaffolders", ("accts", ("scaffolders",))),
    ],
)
def test_fwd_is_forward(line: str, flow: tuple[str, tuple[str, ...]]) -> None:
    found = pairs(f"Scaffold jobs\n{line}\n- scaffolders → office: timesheets, paper")
    assert flow in found
    assert not any("fwd" in t for _, ts in found for t in ts)


def test_lines_opening_on_an_angle_are_bullets() -> None:
    found = pairs(
        "dog grooming - bookings\n"
        "> owners book by phone w/ reception\n"
        "> Gingr → groomers: day list, auto each night\n"
        "> grooming notes: groomer emails to reception, reception forwards to owner\n"
        "> pain: when a groomer is off nobody tells the owners in time, they just turn up"
    )
    assert ("gingr", ("groomers",)) in found
    assert any(s == "reception" and t[0].startswith("owner") for s, t in found)


def test_w_slash_is_with() -> None:
    found = pairs(
        "Boatyard – bookings\n"
        "- skippers book crane slots by phone w/ yard office\n"
        "- yard office → crane driver: day list, printed\n"
        "- invoices: accts raise them from the day list?? check w/ Sam"
    )
    assert ("skippers", ("yard office",)) in found
    assert not any(t[0] in {"sam", "yard office w"} for _, t in found)


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        ("- rota texted to drivers – depot mgr", ("depot mgr", ("drivers",))),
        ("- run sheets to crews, printed Mon am – sup does it", ("sup", ("crews",))),
        ("- price list emailed to buyers (sales)", ("sales", ("buyers",))),
        ("- picking list emailed to warehouse (planning)", ("planning", ("warehouse",))),
        ("- loading plan to drivers, printed – yard sup", ("yard sup", ("drivers",))),
    ],
)
def test_who_does_it_named_last_after_a_dash(line: str, flow: tuple[str, tuple[str, ...]]) -> None:
    found = pairs(f"Depot notes\n{line}\n- drivers → depot mgr: defects, paper")
    assert flow in found


@pytest.mark.parametrize(
    ("line", "first", "then"),
    [
        (
            "- tenants report repairs via web form → lands in Orchard (auto)",
            ("tenants", ("web form",)),
            ("web form", ("orchard",)),
        ),
        (
            "- walkers log sightings on iRecord → synced into the county database nightly",
            ("walkers", ("irecord",)),
            ("irecord", ("county database",)),
        ),
        (
            "- members renew online → membership portal → pushed into Xero nightly",
            ("members", ("membership portal",)),
            ("membership portal", ("xero",)),
        ),
    ],
)
def test_a_way_in_before_an_arrow_splits_the_chain(
    line: str, first: tuple[str, tuple[str, ...]], then: tuple[str, tuple[str, ...]]
) -> None:
    found = pairs(f"Housing notes\n{line}\n- office → contractors: job list, email")
    assert first in found
    assert then in found


def test_an_answer_that_comes_back_goes_back_to_the_asker() -> None:
    found = pairs(
        "Kitchen refits\n"
        "- worktops: estimator emails drawings to the fabricator, quote comes back same way\n"
        "- fabricator → fitters: cut list, paper"
    )
    assert ("estimator", ("fabricator",)) in found
    assert ("fabricator", ("estimator",)) in found


def test_an_answer_that_comes_back_into_a_system_is_not_sent_back() -> None:
    found = pairs(
        "The clerk orders the searches on the council portal, and the results come back"
        " into Redbrick automatically."
    )
    assert not any(target == ("clerk",) for _, target in found)
