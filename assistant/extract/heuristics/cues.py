"""Words and patterns the reader looks for: corrections, clefts, carriers, duties,
verbs done by hand. Plain data, shared by the reader's parts."""

from __future__ import annotations

import re


def hub_key(head: str) -> str:
    """The kind of carrier a head names, so that what was written on "the whiteboard" is found
    again when someone reads "the board": every board is a board."""
    word = head.lower()
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return "board" if word.endswith("board") and word != "clipboard" else word


_WRITTEN_ON = frozenset(
    {"board", "sheet", "calendar", "diary", "ledger", "logbook", "workbook", "clipboard"}
)
"""Carriers that whoever reads "it" or "those" next reads what the writer put on them."""


_ROLE = r"(?P<role>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2})"


_SELF_INTRODUCTION = re.compile(
    r"\b(?:I'm|I am|I've been|I have been|I work as|I was)\s+(?:(?:the|a|an|our)\s+)?"
    + _ROLE
    + r"|\bI\s+[a-z']+(?:\s+(?:that|it|this))?\s+as\s+(?:(?:the|a|an|our)\s+)?"
    + _ROLE.replace("role", "role2")
    + r"|\bAs\s+(?:(?:the|a|an|our)\s+)?"
    + _ROLE.replace("role", "role3")
    + r",?\s+I\b"
)


_ROLE_WORDS = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"


_APPOSITION = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?P<role>" + _ROLE_WORDS + r"),\s+(?P<name>[A-Z][a-z]+),"
    r"|\b(?P<name2>[A-Z][a-z]+)(?:\s+(?:in|at|on)\s+the\s+[a-z]+)?,\s+(?:she|he|who)"
    r"(?:'s|’s|\s+is|\s+was|\s+has)(?:\s+been)?"
    r"\s+(?:our|the)\s+(?P<role2>" + _ROLE_WORDS + r"?)(?:\s*[,.;]|\s+(?:for|since)\b)"
    r"|\b(?P<name3>[A-Z][a-z]+),\s+(?:our|the)\s+(?P<role3>" + _ROLE_WORDS + r"),"
    r"|\b(?:[Oo]ur|[Mm]y)\s+(?P<role4>" + _ROLE_WORDS + r")\s+(?P<name4>[A-Z][a-z]+)\b"
)
"""A first name beside a role: between commas, "Sandra, she's been our admin for years",
"our stylist Chloe"."""


_SYSTEM_NAMED = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Tt]heir)\s+(?P<kind>" + _ROLE_WORDS + r"),?\s+(?:that's|that is"
    r"|which is|called|i\.e\.)\s+(?P<name>[A-Z][\w-]+)\b"
    r"|\b(?:[Oo]ur|[Tt]heir)\s+(?P<kind2>" + _ROLE_WORDS + r"),\s+"
    r"(?P<name2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*(?=[,.;]|$)"
    r"|(?P<name3>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s+(?:[Oo]ur|[Tt]heir|the)\s+"
    r"(?P<kind3>" + _ROLE_WORDS + r")\s*(?=[,.;]|$)"
)
"""A system named by its kind, then by its proper name ("our case management system,
CCMS, …")."""


_PAPER = frozenset(
    {"ticket", "card", "docket", "slip", "tag", "sheet", "form", "folder", "log", "diary", "pad"}
)
"""Paper carriers that travel: what is written on one goes where it goes."""


_CARRIERS = frozenset(
    {"whiteboard", "board", "noticeboard", "clipboard", "tray", "pigeonhole", "wall"}
)
"""Boards and trays written on for someone to read: a medium from the writer to that
reader. A card or form written "for the tenant" is about the tenant, who never reads it."""


_CORRECTION = re.compile(
    r",\s*(?:well,\s*|no,\s*|oh,\s*)?(?:actually|I mean|sorry|correction)\s*[,:]\s*",
    re.IGNORECASE,
)
"""A self-correction inside a sentence: what follows replaces what was just said."""


_OPENING_CORRECTION = re.compile(
    r"^\s*(?:well,\s*|no,\s*|oh,\s*|sorry,\s*)?(?:actually|I mean|correction|no wait)\s*[,:]\s*",
    re.IGNORECASE,
)
"""A sentence that opens by correcting the one before ("Well, actually, it's …")."""


_CLEFT = re.compile(r"(?:it's|it’s|it is|it was)\s", re.IGNORECASE)


_ADDITION = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)


_CLEFT_OBJECT = re.compile(
    r"^(?:it's|it’s|it is|it was)\s+(?P<what>(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?P<who>I|we|they|he|she)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
"""A cleft on the object ("it's Jonas I phone") put back in order ("I phone Jonas")."""


_NOT_IN_NAMES = frozenset(
    {"new", "same", "other", "various", "relevant", "most", "whichever", "whoever", "whatever"}
    | {"nearest", "closest", "next", "available", "appropriate", "right", "usual"}
)
"""Leading words of quantity or choice that are not part of a name ("most customers")."""


_NEVER_IN_ACTORS = frozenset(
    {
        "there",
        "here",
        "than",
        "something",
        "something's",
        "anything",
        "everything",
        "someone",
        "anyone",
        "somebody",
        "anybody",
        "it's",
        "that's",
        "what",
        "nothing's",
        "some",
        "many",
        "few",
        "both",
        "either",
        "neither",
    }
)


_INTERJECTIONS = frozenset(
    {"yes", "yeah", "no", "okay", "ok", "right", "well", "sure", "honestly", "so", "anyway"}
    | {"oh", "ah", "um", "erm", "er", "uh", "hmm", "look", "basically", "actually"}
)
"""Words that open a spoken answer ("Yes, and I tell her …"): never who acts."""


_PERSON_OBJECTS = frozenset({"me", "us", "him", "her", "you"})


_QUANTIFIERS = frozenset({"most", "some", "all", "many", "few", "each", "half", "none", "both"})


_SINGULAR_PERSON = frozenset({"he", "she", "him", "her"})


_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


_QUESTION_WORDS = frozenset({"how", "what", "which", "whether", "if", "when", "who", "where"})


_NOT_A_FLOW_LINE = re.compile(
    r"^\s*(?:ideas?|pains?|pain points?|issues?|problems?|questions?|todo|to do|tbc|tbd|\?+"
    r"|next steps?|nb|note)\b\s*[:?!-]|^.*\?\s*(?:tbc|tbd)?\s*$",
    re.IGNORECASE,
)
"""Lines of notes that are not flows: pain points, ideas, open questions, "TBC"."""


CHANNEL_PREPOSITIONS = frozenset({"through", "via", "using", "over", "by", "with", "as"})


_LATE_SOURCE = re.compile(
    r"[,;(]\s*(?P<who>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}?)\s+"
    r"(?:does|sends|handles|prepares|owns|writes|produces)\s+(?:it|this|them|that)\b",
    re.IGNORECASE,
)
"""A source named last in a note: "…, eng mgr does it"."""


_LOOK_VERBS = frozenset({"check", "read", "review", "consult", "view", "monitor", "watch"})
"""Verbs of reading a system itself ("checks Pulse every morning"): the system shows it."""


_DONE_ANYWAY = re.compile(
    r"^,?\s*(?:which|and that|and it|and they)\s+(?:\w+\s+)?(?:happens|does|do|is done)\b"
)
"""A duty the speaker says is carried out ("which mostly happens", "and they mostly do")."""


_DUTY = re.compile(r"\b(?:meant|supposed|expected) to\b", re.IGNORECASE)


_BY_HAND = frozenset(
    {"copy", "type", "key", "re-key", "rekey", "retype", "re-type", "paste", "transcribe"}
    | {"phone", "ring", "radio", "sign", "jot"}
)
"""What only a person does: its subject is a role even when it is written as an acronym."""


_NOT_ENTERING = frozenset(
    {"keep", "hold", "store", "find", "see", "use", "need", "have", "run", "search", "query"}
    | {"do", "work", "look", "browse", "test", "analyse", "analyze", "filter", "view", "open"}
    | {"clean", "process", "format", "tidy", "sort", "calculate", "model", "plot", "chart"}
)
"""What a person does in a system without putting anything into it ("runs queries in the
EDC", "keeps the notes in SAP")."""


_MANUAL = frozenset(
    {"copy", "type", "key", "re-key", "rekey", "retype", "re-type", "paste", "transcribe"}
    | {"export", "download", "print"}
)
"""Verbs of a person moving data by hand: never an automatic transfer."""


_OWNED_CHANNELS = frozenset(
    {"portal", "website", "site", "extranet", "dashboard", "calendar", "inbox", "mailbox", "form"}
)


_CONFIRMS = re.compile(
    r"\s*(?:(?:[a-z]+ly|mostly|usually|normally|automatically),?\s+)?"
    r"(?:yes|yeah|yep|correct|exactly|that's right|that is right|right|"
    r"(?:i|we|she|he|they) (?:do|does|did))\b",
    re.IGNORECASE,
)
"""An answer that confirms the question before it ("Yes", "I do", "That's right")."""
