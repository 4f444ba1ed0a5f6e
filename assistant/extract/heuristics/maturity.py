"""Maturity and medium of a flow from the cues of its clause (step 5 of the reader)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.media import CUES, MESSAGES, READ_IN_SYSTEM
from assistant.models.infoflow import ActorKind, Maturity

PENDING = "\x00pending"
SYSTEMS = (ActorKind.tool, ActorKind.data)
HUMAN = (ActorKind.person, ActorKind.team, ActorKind.organisation)


_PERSON_ENTRY = frozenset({"direct entry"})


@dataclass
class FlowDraft:
    source: str
    targets: list[str]
    content: str
    cue_text: str
    fallback_text: str
    frequency: str
    human_source: bool
    source_kind: ActorKind
    target_kinds: list[ActorKind]
    pains: list[str] = field(default_factory=list)
    said_in: str = ""
    """The sentence (or note line) the flow was read from."""


_DURING_A_CALL = re.compile(
    r"\b(?:while|whilst|during|as)\b[^,.;]{0,40}?\b(?:on the (?:phone|line)|call|on hold)\b",
    re.IGNORECASE,
)
"""A person typing into a system while the caller is still speaking (STYLES.md: first-hand
entry through its screens is medium)."""


_WAY_IN = re.compile(r"\b(?:on|in|into|onto|through|via|online)\b", re.IGNORECASE)
"""How a clause says it goes into a system ("pays on", "books through", "types into")."""
_ON_PAPER = re.compile(
    r"\b(?:paper|handwritten|hand-written|carbon|dockets?|clipboard|whiteboard|slips?)\b",
    re.IGNORECASE,
)
"""What a content says was written by hand ("paper form", "delivery dockets")."""
_SCANNED = re.compile(r"\bscan(?:s|ned|ning)?\b", re.IGNORECASE)
"""A scan, which is entered into a system or sent on as a document."""
_READ_BY_A_PERSON = re.compile(
    r"\b(?:reads?|checks?|looks?|views?|consults?|opens?|picks?|takes?|took|pulls?|pulled"
    r"|runs?|ran)\b"
    r"(?:[^,.;]{0,60}?\b(?:in|into|out of|on|at|up|from|off)\b)"
    # "which the office checks every Friday", "I check Pulse every morning": the system
    # itself looked at
    r"|\b(?:checks?|views?|consults?|monitors?)\s+(?:(?:it|them|(?-i:[A-Z])[\w-]*)\b|every\b|each\b)"
    # "so the stock team can see them there": in the system they were put in
    r"|\bsees?\s+(?:it|them)\s+there\b",
    re.IGNORECASE,
)
"""A person reading a system's screens (STYLES.md: first-hand use of a business system is
medium), as opposed to the system pushing it to them (high)."""


def cues(text: str, human: bool) -> list[tuple[int, int, Maturity, str]]:
    """(strength, maturity order, maturity, label) of the cues found, strongest first."""
    order = {Maturity.low: 0, Maturity.medium: 1, Maturity.high: 2}
    found = [
        (cue.strength, order[cue.maturity], cue.maturity, cue.label)
        for cue in CUES
        if (human or not cue.human_only) and cue.pattern.search(text)
    ]
    return sorted(found, key=lambda f: (-f[0], f[1]))


def judge_maturity(flow: FlowDraft) -> tuple[Maturity, str]:
    """Maturity and a medium label from the cues of a flow's clause (see module docstring).

    When the clause itself only has weak hints (strength 1: "hands", "shares"), carriers
    named in the sentence's other clauses ("on paper", "in a shared spreadsheet") decide.
    """
    if (
        flow.human_source
        and flow.target_kinds
        and all(k in SYSTEMS for k in flow.target_kinds)
        and _DURING_A_CALL.search(flow.cue_text)
    ):
        # "enters the booking in Garage Hive while they are still on the line": typed
        # first-hand from what is heard, not re-keyed, and the call is another flow
        return Maturity.medium, "entry during the call"
    found = cues(flow.cue_text, flow.human_source)
    if flow.source_kind in SYSTEMS:
        # "feeds Idox directly": no person enters anything when a system sends
        found = [f for f in found if f[3] not in _PERSON_ENTRY]
    typed_in_place = bool(
        flow.target_kinds
        and all(k in SYSTEMS for k in flow.target_kinds)
        and _WAY_IN.search(flow.cue_text)
    )  # "they pay on ParentPay": the clause says where; "a letter home, paper" is another's
    if (not found or found[0][0] < 2) and flow.source_kind not in SYSTEMS and not typed_in_place:
        # only carriers travel between clauses ("on paper", "by email"): what a person
        # does (types, copies, hands over) belongs to the clause that says it
        carried = [f for f in cues(flow.fallback_text, human=False) if f[0] >= 2]
        found = sorted(carried + found, key=lambda f: (-f[0], f[1]))
    if flow.source_kind in SYSTEMS:
        # a message no person writes (a notification email, an automatic text) is an
        # automated alarm to a person: high (STYLES.md)
        messages = [f for f in found if f[3] in MESSAGES]
        found = [f for f in found if f[3] not in MESSAGES]
        if messages and not [f for f in found if f[0] >= 2]:
            return Maturity.high, f"automatic {messages[0][3]}"
    if (
        found
        and found[0][3] == "document"
        and flow.target_kinds
        and all(k in SYSTEMS for k in flow.target_kinds)
        and _SCANNED.search(flow.cue_text)
    ):
        # "the drivers scan the delivery notes into the app": a scan entered first-hand
        # into a system is medium (STYLES.md), unlike a scan e-mailed to a person
        return Maturity.medium, "scanning"
    if (
        found
        and found[0][3] in _PERSON_ENTRY
        and flow.human_source
        and flow.target_kinds
        and all(k in SYSTEMS for k in flow.target_kinds)
        and _ON_PAPER.search(flow.content)
    ):
        # "they log the call on a paper form … I enter them into Salesforce": what is
        # entered is paper someone else filled in, so it is typed again (STYLES.md)
        return Maturity.low, "manual keying"
    if found:
        strong = [f for f in found if f[0] >= 2] or found[:1]
        labels = list(dict.fromkeys(f[3] for f in strong))
        return found[0][2], ", ".join(labels[:3])
    if flow.source_kind in SYSTEMS:
        both = all(k in SYSTEMS for k in flow.target_kinds)
        if not both and _READ_BY_A_PERSON.search(flow.cue_text):
            return Maturity.medium, READ_IN_SYSTEM  # a person looks it up: no push
        return Maturity.high, "automated (system to system)" if both else "automated"
    if any(k in SYSTEMS for k in flow.target_kinds):
        return Maturity.medium, "direct entry"
    return Maturity.low, ""
