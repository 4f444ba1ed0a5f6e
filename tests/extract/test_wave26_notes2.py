"""Wave 26, second round: terse bullet notes. Each rule was found on a class of note lines
that the open sets got wrong, written here again in other trades, then checked on every
open set.

- a label, then a half-sentence whose subject acts with a verb the lexicon does not know
  ("techs photo the printout") or a bare verb after a subject without -s ("pax fill in …"),
  then an arrow: that subject sends, the label is what travels.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        (
            "- meter reads: fitters photo the dial → WhatsApp to billing clerk",
            ("fitters", ("billing clerk",)),
        ),
        (
            "- damage reports: porters snap the crate on phone → claims desk, email",
            ("porters", ("claims desk",)),
        ),
        (
            "- delivery notes: drivers photo on phone -> DocuTrack app, syncs overnight",
            ("drivers", ("docutrack app",)),
        ),
    ],
)
def test_a_label_then_a_subject_acting_with_an_unknown_verb(
    line: str, flow: tuple[str, tuple[str, ...]]
) -> None:
    found = pairs(f"Depot notes\n{line}\n- billing clerk → customers: invoices, email")
    assert flow in found
    assert not any(source.split()[0] in {"meter", "damage", "delivery"} for source, _ in found)


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        (
            "- scanner -> Pegasus auto? NO - stores clerk types the counts into Pegasus",
            ("stores clerk", ("pegasus",)),
            ("scanner", ("pegasus",)),
        ),
        (
            "- lab results -> TrakCare? no – ward clerk downloads them from the lab portal",
            ("lab portal", ("ward clerk",)),
            None,
        ),
        (
            "- dock sensors → YardView? NO – not fitted yet, next year",
            None,
            ("dock sensors", ("yardview",)),
        ),
    ],
)
def test_an_arrow_asked_about_and_denied_gives_way_to_what_follows(
    line: str,
    kept: tuple[str, tuple[str, ...]] | None,
    gone: tuple[str, tuple[str, ...]] | None,
) -> None:
    found = pairs(f"Stores notes\n{line}\n- stores clerk → buyers: stock report, email")
    if kept is not None:
        assert kept in found
    if gone is not None:
        assert gone not in found


def test_a_question_about_the_medium_leaves_the_arrow() -> None:
    found = pairs("Notes\n- Acme invoices -> accounts via EDI? NO - still paper.")
    assert ("acme", ("accounts",)) in found
