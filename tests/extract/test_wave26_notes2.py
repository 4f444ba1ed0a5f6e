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
