"""Wave 26: terse bullet notes. Each rule was found on a class of note lines that the open
sets got wrong, written here again in other trades, then checked on every open set.

- a bullet's first words that put a name before a common noun ("POD signature", "O2 drop",
  "MOT cert") say what travels, not who sends it, when the line names the sender too;
- an arrow's last endpoint that opens a half-sentence of sending ("→ Sage emails it to the
  customer automatically") is one step, and what it sends on to whom is another;
- what travels, its receiver, then who acts on it ("meter readings → billing clerk: porters
  phone them in") is sent by that doer;
- a label that could name a party ("payroll:", "gas meters:") is still a topic when a party
  named by its own words opens a half-sentence after it ("payroll: site admin enters hours
  in eTime → Sage") — and "eTime", with a capital inside, is a name;
- in notes, an acronym written for a name already said in full ("parts desk" … "PD",
  "FleetWave" … "FW") stands for that name, unless the notes define it ("PM = project
  manager", "(PD)");
- what travels, its receiver, how, then who sends it, as a half-sentence of its own
  ("stock report → buyers, xlsx by email, store mgr sends it") is sent by that doer.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        (
            "- CO2 spike → BrewMon sends alert SMS to cellar lead",
            ("brewmon", ("cellar lead",)),
        ),
        ("- MOT cert in portal -> DVSA (testers)", ("testers", ("dvsa",))),
        (
            "- QC sheet pdf -> site mgr, emailed by lab tech",
            ("lab tech", ("site mgr",)),
        ),
    ],
)
def test_a_name_before_a_common_noun_is_what_travels(
    line: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    found = pairs(f"Brewery notes (CO2, QC)\n{line}\n- cellar lead → brewer: tank plan, email")
    assert flow in found
    assert not any(source.split()[0] in {"co2", "mot", "qc"} for source, _ in found)


@pytest.mark.parametrize(
    ("line", "first", "then"),
    [
        (
            "- office keys orders into Sage → Sage emails the invoice to customer automatically",
            ("office", ("sage",)),
            ("sage", ("customer",)),
        ),
        (
            "- members book via Bookwhen shop → Bookwhen emails receipt to treasurer (auto)",
            None,
            ("bookwhen", ("treasurer",)),
        ),
        (
            "- dispatchers → Samsara sends route to drivers, auto",
            ("dispatchers", ("samsara",)),
            ("samsara", ("drivers",)),
        ),
    ],
)
def test_the_last_endpoint_sends_on_what_its_half_sentence_says(
    line: str,
    first: tuple[str, tuple[str, ...]] | None,
    then: tuple[str, tuple[str, ...]],
) -> None:
    found = pairs(f"Shop notes\n{line}")
    assert then in found
    if first is not None:
        assert first in found


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        (
            "- meter readings → billing clerk: porters phone them in",
            ("porters", ("billing clerk",)),
        ),
        (
            "- breakdowns -> garage: yard lead tells them at the 7am huddle",
            ("yard lead", ("garage",)),
        ),
        (
            "- rota changes → cleaners: supervisor texts them the night before",
            ("supervisor", ("cleaners",)),
        ),
    ],
)
def test_who_acts_on_what_travels_after_the_receiver_sends_it(
    line: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    found = pairs(f"Estate notes\n{line}")
    assert flow in found
    assert len(found) == 1


def test_a_label_before_a_doer_is_a_topic() -> None:
    found = pairs("Depot notes\n- payroll: site admin enters hours in eTime → Sage, nightly")
    assert ("site admin", ("etime",)) in found
    assert ("etime", ("sage",)) in found
    assert not any(source == "payroll" for source, _ in found)


def test_a_party_label_before_a_doer_who_writes_on_paper() -> None:
    found = pairs("Pool notes\n- gas meters: caretaker reads + writes on paper log → site mgr")
    assert found == [("caretaker", ("site mgr",))]


def test_an_acronym_for_a_name_said_before_in_full_is_that_name() -> None:
    text = (
        "Fleet notes\n- drivers → parts desk: defect cards, paper"
        "\n- PD keys them into FleetWave\n- FW → garage: work orders, nightly, auto"
    )
    found = pairs(text)
    assert ("parts desk", ("fleetwave",)) in found
    assert ("fleetwave", ("garage",)) in found
    assert not any("pd" in (s, *t) or "fw" in (s, *t) for s, t in found)


def test_an_acronym_the_notes_define_keeps_its_short_form() -> None:
    text = (
        "Fit-out notes (PM = project manager = me)\n- client → PM: drawings, email"
        "\n- PM → site team: drawings, WhatsApp\n- project manager signs off"
    )
    found = pairs(text)
    assert ("client", ("pm",)) in found
    assert ("pm", ("site team",)) in found


def test_an_acronym_in_prose_is_left_alone() -> None:
    text = (
        "Staff tag the bag in the departure control system, and the DCS sends the bag"
        " message to the sortation system automatically."
    )
    assert ("dcs", ("sortation system",)) in pairs(text)


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        ("- stock report → buyers, xlsx by email, store mgr sends it", ("store mgr", ("buyers",))),
        ("- delivery note -> customer, paper, driver hands it over", ("driver", ("customer",))),
        ("- proof PDF -> author, email, editor sends", ("editor", ("author",))),
    ],
)
def test_who_sends_named_last_with_a_verb(line: str, flow: tuple[str, tuple[str, ...]]) -> None:
    found = pairs(f"Office notes\n{line}")
    assert found == [flow]
