"""Wave 26, meeting transcripts, second round: classes of mistakes found on the open sets'
transcript answers, each fixed by a general rule and checked on every open set.

- a "they"/"them" with nobody else to stand for, in a transcript, is the person the
  conversation is about, named last in a question or an answer ("What happens when a
  tenant reports a leak?" — "Fixflo texts them a reference"), never someone talking;
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "answer",
    [
        "Fixflo texts them automatically once it is logged.",
        "Fixflo sends them a reference number straight away.",
    ],
)
def test_them_with_nobody_else_is_who_the_conversation_is_about(answer: str) -> None:
    text = (
        "Facilitator: What happens when a tenant reports a leak?\n"
        f"Property manager (Ruth): {answer}\n"
        "Contractor (Ian): And I get the job on my phone."
    )
    found = pairs(text)
    assert ("fixflo", ("tenant",)) in found


def test_them_never_stands_for_someone_talking() -> None:
    text = (
        "Facilitator: And the invoices?\n"
        "Contractor (Ian): I post them to the property manager.\n"
        "Property manager (Ruth): Xero emails them automatically at month end."
    )
    found = pairs(text)
    assert not any(t in {("contractor",), ("property manager",)} for s, t in found if s == "xero")
