"""Wave 27, meeting transcripts: classes of mistakes found on the open sets' transcript
answers (w50 first), each fixed by a general rule and checked on every open set.

- a page named like a system ("a Confluence page", "the wiki page") written on and read
  there ("… and the support team reads them there") is the medium from its writer to the
  reader, like a board, not the writer's receiver;
- "it" that sends after a speaker whose role ends like a device ("Researcher (Mei): I
  submitted it in Worktribe, and it sent my supervisor an email") is the system, never the
  speaker, who is "I";
"""

from __future__ import annotations

import pytest

from tests.extract.reading import pairs


@pytest.mark.parametrize("page", ["a Confluence page", "the Notion page", "our wiki page"])
def test_a_page_written_on_and_read_there_is_the_medium(page: str) -> None:
    text = (
        "Facilitator: And the handover?\n"
        f"Release manager (Ingrid): I write the release notes on {page}, and the support"
        " team reads them there before go-live.\nSupport lead (Sam): Yes."
    )
    found = pairs(text)
    assert ("release manager", ("support team",)) in found
    assert not any(s == "release manager" and t != ("support team",) for s, t in found)


@pytest.mark.parametrize("role", ["Designer", "Bookkeeper"])
def test_it_that_sends_after_a_speaker_ending_in_er_is_the_system(role: str) -> None:
    text = (
        "Facilitator: And then?\n"
        f"{role} (Mei): Then I submitted it in Worktribe, and it sent my manager an automatic"
        " email.\nManager (Gwen): Right."
    )
    found = pairs(text)
    assert ("worktribe", ("manager",)) in found
    assert (role.lower(), ("manager",)) not in found
