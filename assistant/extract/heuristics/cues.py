"""Words and patterns the reader looks for: corrections, clefts, carriers, duties,
verbs done by hand. Plain data, shared by the reader's parts."""

from __future__ import annotations

import re


def hub_key(head: str) -> str:
    """The kind of carrier a head names, so that what was written on "the whiteboard" is found
    again when someone reads "the board": every board is a board, and a logbook a book
    ("write them in a paper logbook … reads the book"; a notebook is one's own)."""
    word = head.lower()
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if word.endswith("board") and word != "clipboard":
        return "board"
    return "book" if word in {"logbook", "log-book", "daybook", "day-book"} else word


SHOWN_ON = frozenset(
    {"screen", "display", "monitor", "phone", "tablet", "pager", "dashboard", "queue"}
    | {"worklist", "work-list"}
)
"""Where a system shows something to someone: what lands there reaches its owner."""

_WRITTEN_ON = frozenset(
    {"board", "sheet", "calendar", "diary", "ledger", "logbook", "workbook", "clipboard"}
)
"""Carriers that whoever reads "it" or "those" next reads what the writer put on them."""


_ROLE = (
    r"(?P<role>[A-Za-z][\w&-]*(?:\s+of\s+(?!(?:a|an|the|my|our|two|three|four|five)\b)"
    r"[a-z][\w-]*(?=\s+[a-z]))?(?:\s+[A-Za-z][\w&-]*){0,2})"
)
"""A role's words; one "of" and a bare word may come after the first ("I'm the rights of
way officer"), which a role of one word before "of" drops ("the owner of sixty shops")."""


_NOT_A_ROLE = (
    r"(?!(?:in|on|at|with|from|to|for|off|out|not|just|also|still|really|sure|afraid|here"
    r"|there|so|too|very|quite|into|going|trying|doing|looking|pretty|glad|happy|new|only"
    r"|[a-z]+ly)\b"
    r"|[a-z]+ing\s+(?:the|a|an|my|our|his|her|their|its|it|them|this|that|these|those|all"
    r"|some|sure|up|out|do)\b)"
)
"""Words after "I'm" that say where or how the speaker is, not what they are ("I'm in that
group too, as office manager"), or what they are doing ("I am making the squad"), where a
role would be "I'm marketing manager"."""


_HEDGE_BEFORE_ROLE = (
    r"(?:(?:more|really|basically|mainly|mostly|technically|officially|kind of|sort of"
    r"|also|actually|currently|now|just|only)\s+)?"
)
"""A hedge before the role a speaker gives themselves ("I'm more the farm secretary", "I'm
also the head trainer", "I'm just the admin")."""

_SELF_INTRODUCTION = re.compile(
    r"\b(?:(?:I'm|I am|I've been|I have been)\s+working\s+as|I'm|I am|I've been|I have been"
    r"|I work as|I was)"
    r"\s+(?:[A-Z][a-z]+,\s+)?"
    + _HEDGE_BEFORE_ROLE
    + r"(?:(?:the|a|an|our)\s+|(?P<one_of>one of (?:(?:the|our)\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a few)\s+)?))?"
    r"(?:[a-z][\w&-]*['’]s\s+)?"  # "I'm the trust's finance manager": whose role it is
    r"(?:(?:only|main|sole)\s+)?"
    + _NOT_A_ROLE
    + _ROLE
    + r"|\bI(?:'m|\s+[a-z']+)(?:\s+[\w'-]+){0,10}?,?\s+as\s+(?:(?:the|a|an|our)\s+)?"
    + _ROLE.replace("role", "role2")
    + r"|(?:\b(?P<as_>As)\s+(?:(?:the|a|an|our)\s+)?|\b(?:[Tt]he|[Oo]ur)\s+"
    + r"|\b(?P<me>that's|that is|it's|it is)\s+me,?\s+(?:the|our)\s+)"
    + _ROLE.replace("role", "role3")
    + r"(?(as_),?\s+I\b|(?(me)|,?\s+(?:that's|that is|which is|who is|i\.e\."
    r"|(?:which|who|that) has been|usually|normally|mostly|often|generally|either)\s+me\b))"
)
"""How a speaker says who they are: "I'm the SENCo", "I'm Sarah, the coordinator", "as
practice manager I …", "the coordinator, that's me, …", "that's me, the coordinator"."""


_SELF_NAMED = re.compile(
    r"\b(?:(?:this|that|it)(?:\s+is|'s)\s+)?me,?\s+as\s+(?:(?:the|our)\s+)?(?P<role>[A-Za-z][\w&-]*"
    r"(?:\s+[A-Za-z][\w&-]*){0,2}?)(?=\s*(?:[,.;:)\-–—]|$)|\s+(?:for|at|in|of|here|and)\b)"
    r"|(?:^|[(\[,;:]\s*)(?P<role2>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)\s*=\s*me\b"
    r"|\bme\s*=\s*(?:the\s+)?(?P<role3>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)\]]|$))"
    r"|\b(?:they|everyone|people|(?:the|my|our)\s+[a-z]+)\s+(?:all\s+)?call\s+me\s+(?:the\s+)?"
    r"(?P<role4>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;:]|$)|\s+(?:so|and|because)\b)"
    r"|\b[Mm]y\s+(?:job|role|title|job\s+title|position)\s+is\s+(?:the\s+)?"
    r"(?P<role5>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[,.;:]|$)|\s+(?:so|and|but)\b)"
    r"|\((?:the\s+)?(?P<role6>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s\s+notes\b"
    r"|\A[^\n(]*\((?:my\s+notes\s*[-–—:,]\s*)?[A-Z][a-z]+,\s+"
    r"(?P<role7>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,2})\)",
    re.MULTILINE,
)
"""Other ways a first-person answer names its speaker: "this is me as the franchise owner",
notes headed "(stock ctrl = me)" or "me = site lead", "the lads call me the gaffer", "my job
is shift supervisor", notes headed "(owner's notes)" or "(my notes - Jo, agent's assistant)"."""


def said_role(match: re.Match[str]) -> str:
    """The role a speaker's self-naming match holds, whichever of its shapes matched."""
    groups = match.groupdict()
    names = ("role", "role2", "role3", "role4", "role5", "role6", "role7")
    found = next(g for name in names if (g := groups.get(name)))
    return found.strip(" .")


_ROLE_WORDS = r"(?:[a-z][\w-]*|[A-Z]{2,}s?)(?:\s+[a-z][\w-]*){0,2}"
"""A role's words, in lower case but for an acronym first ("the QA manager")."""


_ROLE_WORDS_FEWEST = _ROLE_WORDS + "?"
"""The same, as few words as reach what follows."""


_SELF_ROLE = re.compile(
    r"\b(?:(?:I'm|I am|I've been|I have been)\s+working\s+as|I'm|I am|I've been|I have been"
    r"|I work as|(?:that's|that is|it's|it is) me,?)\s+"
    r"(?:[A-Z][a-z]+,\s+)?"
    + _HEDGE_BEFORE_ROLE
    + r"(?:the|our|my|(?P<some>an?)(?=\s+[a-z][\w-]*,))\s+(?P<role>"
    + _ROLE_WORDS_FEWEST
    + r")"
    r"(?=\s*(?:[,.;:!?)\-–—]|$)|\s+(?:and|here|so|by the way|on|at|with|from)\b"
    r"|\s+in\s+(?!charge\b))"  # "I'm the camp boss on the platform"
    r"|\b(?:As|as)\s+(?:the|our)\s+(?P<role2>" + _ROLE_WORDS_FEWEST + r"),?\s+I\b"
    r"|\b(?:[Tt]he|[Oo]ur)\s+(?P<role3>" + _ROLE_WORDS + r"),?\s+"
    r"(?:that's|that is|which is|who is|(?:which|who|that) has been|usually|normally|mostly"
    r"|often|generally|either)\s+me\b"
)
"""A role a speaker gives themselves, said whole ("I'm the warden.", "as the bursar I …",
"the verger, that's me"): whatever noun stands there names a role."""


_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Brother|Sister|Father|Mother|Rev|Revd|Fr|Sr|Sir|Dame)\.?\s+"
"""Titles before a surname ("Dr Okafor", "Brother Anselm"): a closed class."""


_ONE_NAME = r"(?:" + _TITLE + r")?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_NAME = r"(?P<name>" + _ONE_NAME + r")"
"""A person's name as it is written beside a role: a capitalised word, perhaps after a title."""

_NAMES = r"(?P<name>" + _ONE_NAME + r"(?:(?:,\s*|\s+and\s+|\s*&\s*)" + _ONE_NAME + r"){0,3})"
"""One name or a few joined by commas and "and" ("Anna and Ben, our receptionists")."""

_NAMES_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*")


_ASIDE = r"\s*(?:,|\(|[-–—])\s*"
"""What sets a name or a role aside: a comma, an opening bracket or a dash."""


_ROLE_END = (
    r"(?=\s*(?:[,.;:()\-–—]|$)|\s+(?:for|since|at|here|there|who|and|on|every|each|once"
    r"|twice|part-time|full-time|one|two|three|four|five|\d+)\b"
    r"|\s+I\s+(?:suppose|guess|think|reckon)\b)"  # "she's our office manager I suppose"
)
"""Where a role said after a name ends: punctuation, or a phrase about it ("for years", "two
days a week")."""


_NAME_END = r"(?=\s*(?:[,.;:()\-–—]|$)|\s+(?:at|in|on)\s+the\s)"
"""Where a name said after a role ends: it is set aside, not the subject of a verb."""


_BE = r"(?:'s|’s|\s+is|\s+was|\s+has)(?:\s+been)?\s+"
_DET = r"(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir)\s+"
_DET_LOW = r"(?:the|our|my|their)\s+"


_ROLE_SAID = r"(?P<role>" + _ROLE_WORDS + r")"
"""A role before a name: up to three lower-case words, ended by what sets the name aside."""


_ROLE_AFTER = r"(?P<role>" + _ROLE_WORDS_FEWEST + r")" + _ROLE_END
"""A role after a name: the fewest words that reach the end of the role."""


_MORE_OR_LESS = r"(?:more or less|basically|really|pretty much|effectively)"
"""A hedge on being something ("Magda more or less is customer service")."""
_KIN = (
    r"(?:my|our)\s+(?:wife|husband|partner|son|daughter|brother|sister|mum|dad|cousin"
    r"|(?:son|daughter|brother|sister|mother|father)-in-law|nephew|niece|uncle|aunt"
    r"|grandson|granddaughter)"
)
KIN_SAID = re.compile(r"\b" + _KIN + r"\b")
"""Kin said before a name ("my wife Karen"): a person, even beside a desk's name."""
_THAT_IS = r"(?:(?:that's|that is|which is|who is|i\.e\.|namely),?\s+)?(?:" + _KIN + r"\s+)?"
"""What may announce the names after a role ("the churchwardens, that's Alan and Sue", "the
office, which is my wife Karen at the kitchen table")."""


_APPOSITIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "our treasurer, Mo, …", "the guestmaster, Brother Anselm, …", "our repairman, Tom."
    # "the techs in the workshop, Lucas and Finn, …": where the role sits may come between
    (
        "role-first",
        re.compile(
            r"\b"
            + _DET
            + _ROLE_SAID
            + r"(?:\s+(?:in|at|on)\s+the\s+[a-z]+)?"
            + _ASIDE
            + _THAT_IS
            + _NAMES
            + _NAME_END
        ),
    ),
    # "ring our receptionist Dan": the role with the name after it is the role
    ("alias", re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+" + _ROLE_SAID + r"\s+" + _NAME + r"\b")),
    # "a volunteer called Bev", "our IT guy, named Sam"
    (
        "called",
        re.compile(
            r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Aa]n?)\s+"
            + _ROLE_SAID
            + r",?\s+(?:called|named)\s+"
            + _NAME
            + r"\b"
        ),
    ),
    # "Dr Okafor - she's our dive medical referee -", "Margaret, she's been the bookings
    # secretary for years", "Colin, our bookkeeper, …", "Dev, our appeals officer (or …"
    (
        "personal",
        re.compile(
            r"\b"
            + _NAME
            # "Tom in the office, he's …", "goes to Pauline as an email, she's …"
            + r"(?:\s+(?:(?:in|at|on)(?:\s+the)?|as\s+an?|by)\s+[a-z]+"
            # "the umpire appointments, which Karen does, she's the umpiring coordinator"
            + r"|\s+(?:does|did|handles|covers|runs|sorts)(?:\s+(?:that|this|it|those|them))?)?"
            + _ASIDE
            + r"(?:"
            + _KIN
            + r"\s*,\s*)?"  # "Kerry, my daughter-in-law, she's our office manager"
            + r"(?:she|he|who)"
            + _BE
            + _DET_LOW
            + _ROLE_AFTER
        ),
    ),
    # "Colin, our bookkeeper", "I ring Dave, that's the foreman, and …"
    (
        "name-first",
        re.compile(
            r"\b" + _NAMES + _ASIDE + r"(?:(?:that's|that’s|that is)\s+)?" + _DET_LOW + _ROLE_AFTER
        ),
    ),
    # "Priya (treasurer)", "Mo is our treasurer.", "… to Sandra. She's our bookkeeper."
    (
        "bracket",
        re.compile(r"\b" + _NAME + r"\s*\(\s*(?:(?:our|the|my)\s+)?" + _ROLE_SAID + r"\s*\)"),
    ),
    # "Sandra, my wife, is our bookkeeper": a kin said aside between the name and "is"
    (
        "personal",
        re.compile(r"\b" + _NAME + r"(?:,\s*" + _KIN + r",)?" + _BE + _DET_LOW + _ROLE_AFTER),
    ),
    # "Magda more or less is customer service": a person who is a whole desk
    (
        "unit",
        re.compile(
            r"\b"
            + _NAME
            + r"(?:\s+"
            + _MORE_OR_LESS
            + r")?\s+is\s+(?:"
            + _MORE_OR_LESS
            + r"\s+)?(?:(?:the|our)\s+)?"
            + _ROLE_AFTER
        ),
    ),
    # a note's key: "(Ellie = owner, Jess = designer)"
    ("personal", re.compile(r"\b" + _NAME + r"\s*=\s*(?:(?:our|the|my)\s+)?" + _ROLE_AFTER)),
    ("personal", re.compile(r"\b" + _NAME + r"\.\s+(?:She|He)" + _BE + _DET_LOW + _ROLE_AFTER)),
    # "I'm Sarah, the coordinator", "my name's Sarah and I'm the coordinator"
    (
        "personal",
        re.compile(
            r"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's)\s+"
            + _NAME
            + r",?\s+(?:and\s+)?(?:I'm\s+|I am\s+)?"
            + _DET_LOW
            + _ROLE_AFTER
        ),
    ),
)
"""A name beside a role, in each shape people write it: set aside by commas, brackets or
dashes before or after the role, "she's our X", "X called Y", "Y is our X". Each pattern has
the groups ``name`` and ``role``; its tag says how the pair is read (see
``ActorReader._learn_appositions``)."""


_DESK_MEMBER = re.compile(
    r"(?P<start>^|[.!?]\s+)?\b" + _NAME + r"\s+(?:on|in|at|from)\s+(?:(?:the|our|their)\s+)?"
    r"(?P<desk>[a-z]+(?:\s+[a-z]+)?)\b"
)
"""A person named by the desk or team they sit on ("Priya on reception", "Dave in
accounts", "Kev from the warehouse"): the desk is the actor (names never become actors)."""


_SYSTEM_NAME = r"(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)"
"""A system's proper name: capitalised, or camel-cased ("simPRO", "iRecord", "eBay")."""
_KIND_WORDS = r"(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}?[a-z][\w-]*"
"""A system's kind, perhaps with an owner or a name in it ("the Lloyd's broker platform",
"the inspectorate's online system", "the POCT middleware"): it ends on a common noun."""

_SYSTEM_NAMED = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Aa]n?)\s+(?P<kind>" + _ROLE_WORDS + r"),?\s+(?:that's|that is"
    r"|which is|called|i\.e\.|which is called|which we call|it's called|it is called|it's|it is"
    r"|we call it|known as|(?:which|that) runs on|(?:which|that) is (?:built on|powered by|run on)"
    r"|powered by|built on)\s+(?:(?:really|basically|just|actually|only)\s+)?(?:an?\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?"  # "our automation, which is Imagine's ADC": whose it is
    r"(?P<name>[A-Z][\w-]+)\b"
    r"|\b(?:[Oo]ur|[Tt]heir|[Tt]he)\s+(?P<kind2>" + _KIND_WORDS + r"|[A-Z]{2,}),\s+"
    r"(?P<name2>"
    + _SYSTEM_NAME
    + r"(?:\s+[A-Z][\w-]*){0,2})\s*(?=[,.;]|$|or\s+(?:whatever|something)\b)"
    r"|(?P<name3>\b" + _SYSTEM_NAME + r"(?:\s+[A-Z][\w-]*){0,2}),\s+(?P<which>which is\s+)?"
    r"(?:[Oo]ur|[Tt]heir|the)\s+"
    r"(?P<kind3>" + _KIND_WORDS + r"|[A-Z]{2,}s?)(?:\s+(?:that\s+|which\s+)?we\s+(?:use|have|run))?"
    r"\s*(?=[,.;]|$)"
)
"""A system named by its kind, then by its proper name ("our case management system,
CCMS, …", "our fulfilment system, which is called Hive", "the planning tool, we call it
Atlas", "the webshop, it's Shopify"), or by its name, then its kind ("Millennium, which is
the EPR, …")."""


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
    r",\s*(?:well,\s*|no,?\s*|oh,\s*)?(?:actually|I mean|sorry|correction|wait)\s*[,:]\s*"
    r"(?:(?:no|sorry)\s*,\s*)?",
    re.IGNORECASE,
)
"""A self-correction inside a sentence ("…, no wait, the teams post …", "…, wait, no, …"):
what follows replaces what was just said."""


_FORGOT_TO_SAY = re.compile(
    r"\s*I\s+(?:should(?:'ve|\s+have)?\s+(?:said|mentioned|explained)|forgot\s+to\s+(?:say"
    r"|mention)|meant\s+to\s+say|should\s+say)\s*,?\s*",
    re.IGNORECASE,
)
"""After "sorry", an apology for saying something late ("sorry, I should have said, I'm the
owner"): an aside, not a correction of what came before."""


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
    | {"bigger", "larger", "smaller", "busier", "biggest", "largest", "not"}
    | {"older", "younger", "existing"}
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
        "say",  # "when someone needs a course, say a forklift licence, I …"
        "meant",  # "who's meant to type it"
        "supposed",
        "yes",  # "they text back a yes or no": the answer, not who gets it
        "ok",
        "okay",
        "sorry",  # "sorry, no, I upload them": a correction, not who acts
    }
)


_INTERJECTIONS = frozenset(
    {"yes", "yeah", "no", "okay", "ok", "right", "well", "sure", "honestly", "so", "anyway"}
    | {"sorry"}
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

NO_INFORMATION_TAG = re.compile(
    r"(?:\(\s*(?:no info(?:rmation)?|not info(?:rmation)?|physical(?: only)?)\s*\)"
    r"|[,;–—-]\s*(?:no info(?:rmation)?|physical only|only physical))\W*$"
    r"|:\s*no (?:data|info(?:rmation)?) (?:sent|passed|goes|given)\b",
    re.IGNORECASE,
)
"""A note's own tag at its end that what it moves is no information ("straws -> N2 tank
(no info)")."""


CHANNEL_PREPOSITIONS = frozenset({"through", "via", "using", "over", "by", "with", "as"})


_LATE_SOURCE = re.compile(
    r"[,;(]\s*(?P<who>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}?)\s+"
    r"(?:does|sends|handles|prepares|owns|writes|produces)\s+(?:it|this|them|that)\b",
    re.IGNORECASE,
)
"""A source named last in a note: "…, eng mgr does it"."""


_INBOXES = frozenset({"inbox", "mailbox"})
"""Shared inboxes: channels read by whoever checks them, like a place "where" one reads."""
_LOOK_VERBS = frozenset(
    {"check", "read", "review", "consult", "view", "monitor", "watch", "search", "browse"}
)
"""Verbs of reading a system itself ("checks Pulse every morning"): the system shows it."""


_DONE_ANYWAY = re.compile(
    r"^,?\s*(?:which|and that|and it|and they)\s+(?:\w+\s+)?(?:happens|does|do|is done)\b"
)
"""A duty the speaker says is carried out ("which mostly happens", "and they mostly do")."""


_DUTY = re.compile(r"\b(?:meant|supposed|expected) to\b", re.IGNORECASE)


_BY_HAND = frozenset(
    {"copy", "type", "key", "re-key", "rekey", "retype", "re-type", "paste", "transcribe"}
    | {"phone", "ring", "radio", "sign", "jot", "scribble", "handwrite"}
)
"""What only a person does: its subject is a role even when it is written as an acronym,
and no system even when it is a first name ("Kerry types them into Dynamics"). "Writes" is
not among them: "Typeform writes the answers into Airtable"."""


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


_STORAGE = frozenset({"drive", "folder", "share", "sftp", "sheet", "spreadsheet", "workbook"})
"""Shared storage: someone's only when said with "'s" ("the die shop's network drive"), not
"Google Drive" or "the customer folder"."""
_OWNED_CHANNELS = (
    frozenset(
        {"portal", "website", "site", "extranet", "dashboard", "calendar", "inbox", "mailbox"}
        | {"form", "webshop", "e-shop", "shop", "store"}
    )
    | _STORAGE
)


_CONFIRMS = re.compile(
    r"\s*(?:(?:[a-z]+ly|mostly|usually|normally|automatically),?\s+)?"
    r"(?:yes|yeah|yep|correct|exactly|that's right|that is right|right|"
    r"(?:i|we|she|he|they) (?:do|does|did))\b",
    re.IGNORECASE,
)
"""An answer that confirms the question before it ("Yes", "I do", "That's right")."""
