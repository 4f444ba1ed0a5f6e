"""Spoken word orders put back into the plain order the clause rules read.

People set who they mean first and take it up with a pronoun ("the accountant, I send her
the statements"; "Guests who phone, I write them in the diary"), and correct themselves in
the middle of a sentence ("into ESR? no, into the LMS"). Each rewrite here gives back the
sentence a writer would have written; it only fires with a verb of sending or telling.
"""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.hypergraph.names import fold_plural

_OPENER = r"^(?P<open>(?:(?:oh|and|so|well|also|then|now|as for)\b,?\s+)*)"
"""Words a spoken sentence opens on before who or what it puts first ("Oh, and …")."""

_DISLOCATED_OBJECT = re.compile(
    _OPENER + r"(?P<who>(?:the|our|my|their)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?),\s+"
    r"(?P<subject>I|we|they|he|she)\s+"
    r"(?P<adverb>(?:just|also|then|usually|always|normally|still|now|often|sometimes)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?:her|him|them)\b",
    re.IGNORECASE,
)
"""Who is told, set first and taken up by a pronoun ("the accountant, I send her the
statements"), put back in order ("I send the accountant the statements")."""


_CORRECTED_IN_PLACE = re.compile(
    r"\b(?P<prep>into|to|in|on|onto|from|by|with)\s+[^?.,;\n]{1,40}?"
    r"(?:\?\s*no|\s*[,;–—-]\s*(?:sorry|no|I mean|or rather|well no)|\s+(?:sorry|I mean|or rather)"
    r"|\s*(?:\.\.\.|…)\s*(?:sorry|no|I mean|or rather|well))"
    r"(?:\s*,\s*(?:sorry|no|I mean))?"  # "into Sage, no, sorry, into Orderwise"
    r"\b\s*[,;:–—-]?\s*(?P=prep)\s+",
    re.IGNORECASE,
)
"""A speaker correcting themselves inside a sentence ("uploaded into ESR? no, into the
LMS", "phoned to the driver by the TCC - sorry, by the crew controller", "email it to the
federation... well, to the technical official"): the corrected version counts (STYLES.md)."""


_WHEN = (
    r"(?:overnight|daily|weekly|monthly|nightly|hourly|every\s+[\w-]+(?:\s+[a-z]+)?"
    r"|once\s+a\s+[a-z]+|twice\s+a\s+[a-z]+)"
)
_TIME_PUT_RIGHT = re.compile(
    r"\b" + _WHEN + r"\s*,\s*(?:(?:no|sorry|I mean|actually)\s*,\s*)*(?:no|sorry|I mean|actually)"
    r"\s*,?\s+(?=" + _WHEN + r"\b)",
    re.IGNORECASE,
)
"""How often, put right inside a sentence ("and overnight, no, sorry, every fifteen minutes,
it pushes them into …", "sends them on overnight, no, sorry, hourly now"): the first try is
dropped, so the clause reads on as one."""


_CORRECTED_NEXT_SENTENCE = re.compile(
    r"\b(?P<prep>into|to|in|on|onto)\s+(?P<old>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"(?P<rest>[^.!?\n]*[.!?])\s+(?:(?:No|Sorry|Actually|Oh)\b,?\s*)+(?:(?:no|sorry)\b,?\s*)*"
    r"not\s+(?P=old)\b[^.!?\n]*?\b(?P=prep)\s+(?:(?:our|the|their)\s+)?(?:own\s+)?"
    r"(?P<new>[^.!?\n,]{2,40}?)"
    r"(?=\s*[,.!?\n])[^.!?\n]*[.!?]?"
)
"""A speaker correcting a place in the next sentence ("she types it into Tapestry while
they talk. No, sorry, not Tapestry, that's the minders' journal, into our Access database"):
the corrected place counts, and the sentence that corrects is not read again."""


_CALLER_FIRST = re.compile(
    r"^(?P<open>(?:(?:oh|and|so|well|also|then|now)\b,?\s+)*)"
    r"(?P<who>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)\s+who\s+(?P<verb>[a-z]+)"
    r"(?:\s+in)?,\s+(?P<subject>I|we)\s+",
    re.IGNORECASE,
)
"""Who gets in touch, set first ("Guests who phone, I write them in the diary")."""


def _caller_set_first(text: str) -> str:
    """ "Guests who phone, I write them in the diary" as "Guests phone me, and I write
    them in the diary": only with a verb of calling, e-mailing or writing in."""
    got = _CALLER_FIRST.match(text)
    if got is None:
        return text
    verb = lx.verb_info(got["verb"].lower())
    if verb is None or verb[0] not in lx.SEND_VERBS | lx.TELL_VERBS:
        return text
    me = "me" if got["subject"].lower() == "i" else "us"
    said = f"{got['open']}{got['who']} {got['verb']} {me}, and {got['subject']} "
    return said + text[got.end() :]


_NAMED_OPENER = re.compile(
    r"^(?P<opener>(?:At|In|For|Within)\s+[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}),\s+"
    r"(?:a|an|the|our)\s+[^,]{1,60},\s+"
)
"""A place opener with a description of it ("At Fernway, a small software vendor, …")."""

_EITHER_WAY = re.compile(
    r"^(?P<open>(?:[Aa]nd\s+)?)(?:[Ee]ither|[Aa]ny|[Tt]hat|[Tt]his) way,?\s+(?=[A-Z])"
)
"""A sentence opened by how it goes either way ("Either way Wheelbase then emails …"): the
name after it is who acts, not "way Wheelbase"."""

_TEND_TO = re.compile(r"\b(?:tend|tends|tended)\s+to\s+(?P<verb>[a-z]+)\b")
"""A habit said before the verb ("councillors tend to email …")."""


def _habit_said_plainly(text: str) -> str:
    """ "Councillors tend to email the team" as "Councillors email the team": the habit is
    what they do; only before a verb of sending or telling."""

    def plain(got: re.Match[str]) -> str:
        verb = lx.verb_info(got["verb"])
        if verb is None or verb[0] not in lx.SEND_VERBS | lx.TELL_VERBS:
            return got[0]
        if got[0].lower().startswith("tends"):
            return lx.third_person(got["verb"])  # "the foreman tends to ring" -> "… rings"
        return got["verb"]

    return _TEND_TO.sub(plain, text)


_ME_DOING = re.compile(
    r"\b(?:it's|it’s|it is|that's|that’s|that is)\s+"
    r"(?P<how>(?:just|usually|mostly|always|still)\s+)?(?P<who>me|us)\s+(?P<verb>[a-z]+ing)\b",
    re.IGNORECASE,
)
"""The speaker shown at work ("now it's just me texting the parents")."""


def _speaker_doing_it(text: str) -> str:
    """ "it's just me texting the parents" as "I just text the parents": the speaker sends;
    only with a verb of sending or telling."""

    def plain(got: re.Match[str]) -> str:
        verb = lx.verb_info(got["verb"].lower())
        if verb is None or verb[1] != "ing" or verb[0] not in lx.SEND_VERBS | lx.TELL_VERBS:
            return got[0]
        who = "I" if got["who"].lower() == "me" else "we"
        return f"{who} {got['how'] or ''}{verb[0]}"

    return _ME_DOING.sub(plain, text)


_ADJECTIVE_FOR_ADVERB = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<how>automatic|direct|manual)"
    r"(?=\s+(?:the|a|an|their|our|his|her|its)\b)",
    re.IGNORECASE,
)
"""An adjective said for its adverb between a verb and its object, as non-native speakers
often do ("the QMS is informing automatic the customer")."""
_ADVERB_OF = {"automatic": "automatically", "direct": "directly", "manual": "manually"}


def _adverbs_said_as_adjectives(text: str) -> str:
    """ "is informing automatic the customer" as "is informing automatically the customer":
    only right after a verb, before its object."""

    def adverb(got: re.Match[str]) -> str:
        if lx.verb_info(got["verb"].lower()) is None:
            return got[0]
        return f"{got['verb']} {_ADVERB_OF[got['how'].lower()]}"

    return _ADJECTIVE_FOR_ADVERB.sub(adverb, text)


_WHAT_IT_IS = re.compile(
    r",\s+which\s+(?:is|are)\s+(?:just\s+|basically\s+|really\s+)?(?:a|an|the)\s+[^,;.]{1,60},"
    r"\s+(?=(?:to|into|by|for|on)\b(?!\s+be\b))",
    re.IGNORECASE,
)
"""What the object is, said between it and where it goes ("emails the certificate, which is
a PDF, to the sponsor", "sends the breakdown, which is the list of roles with notes, to
…"): read as if it were not there ("…, which is a lot of work, to be honest" is no place)."""


_WHAT_HAPPENS = re.compile(
    r"\b[Ww]hat (?:usually |normally |generally |then )?happens(?: next)? is(?: that)?,?\s+"
    r"|\b[Ww]hat (?P<who>I|we|they|he|she) (?:usually |normally |then )?(?:do|does|did) is"
    r"(?: that)?,?\s+(?:(?P=who)\s+)?"
)
"""A clause announced before it is said ("what happens is the drivers text me", "what we
do is we email the agent"): read as the clause alone."""


_FIRST_THING = re.compile(
    r"\b[Tt]he (?:first|next|last|only|main) thing (?:that )?"
    r"(?P<who>(?:the|our|my|their) [a-z][\w-]*(?: [a-z][\w-]*){0,2}?|I|we|they|he|she)"
    r" (?:usually |normally |then )?(?:does|do|did|will do) is(?: to)?,? (?P<verb>[a-z]+)\b"
)
"""A clause announced by what someone does first ("The first thing the project ecologist
does is request a data search …")."""


def _first_thing_said_plainly(got: re.Match[str]) -> str:
    who, verb = got["who"], got["verb"]
    known = lx.verb_info(verb)
    if known is None or known[1] != "base":
        return got[0]
    named = who.split()[0] in {"the", "our", "my", "their"}
    singular = who.lower() in {"he", "she"} or (named and not who.endswith("s"))
    return f"{who} {lx.third_person(verb) if singular else verb}"


_SET_UP = re.compile(
    r"(?:\b(?P<be>is|are|was|were|be|been|being|get|gets|got)\s+)?\b(?P<verb>sets|set|setting)\s+(?P<what>(?:(?!up\b)[\w'-]+\s+){0,4}?)up\b(?!\s+with\b)",
    re.IGNORECASE,
)
"""Setting something up, the object inside or after ("sets each new puzzle up in Akeneo"):
creating it."""
_CREATE = {"sets": "creates", "set": "create", "setting": "creating"}


def _set_up_as_created(text: str) -> str:
    """ "sets X up" as "creates X"; "are set up" as "are created"."""

    def created(got: re.Match[str]) -> str:
        verb = f"{got['be']} created" if got["be"] else _CREATE[got["verb"].lower()]
        return f"{verb} {got['what']}".rstrip()

    return _SET_UP.sub(created, text)


def _announced_plainly(text: str) -> str:
    text = _set_up_as_created(_FIRST_THING.sub(_first_thing_said_plainly, text))
    return _WHAT_HAPPENS.sub(lambda m: f"{m['who']} " if m["who"] else "", text)


_OBJECT_PUT_FIRST = re.compile(
    _OPENER
    + r"(?P<what>(?:(?:the|our|my|their|all|any)\s+)?[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"\s+(?P<subject>I|we)\s+"
    r"(?P<adverb>(?:just|also|then|usually|always|normally|still|now|often|sometimes)\s+)?"
    r"(?P<verb>[a-z]+)\b(?!\s+(?:her|him|them|it|those|that|these)\b)",
    re.IGNORECASE,
)
"""What is sent or who is told, put first with no comma ("The celebrant I email with the
service details", "Flowers I still phone through to the florist")."""


_TALK_OPENERS = frozenset(
    {"and", "but", "or", "so", "oh", "well", "then", "now", "also", "yes", "yeah", "no", "ok"}
    | {"okay", "right", "sorry", "actually", "basically", "honestly", "anyway", "um", "er"}
)


def _object_put_back(text: str) -> str:
    """ "The celebrant I email with the details" as "I email the celebrant with the
    details": only with a verb of sending or telling, and a topic that is no clause."""
    got = _OBJECT_PUT_FIRST.match(text)
    if got is None:
        return text
    verb = lx.verb_info(got["verb"].lower())
    what = got["what"]
    words = what.lower().split()
    if (
        verb is None
        or verb[1] not in ("base",)
        or verb[0] not in lx.SEND_VERBS | lx.TELL_VERBS
        or words[0] in lx.SUBORDINATORS | lx.SUBJECT_PRONOUNS | lx.PREPOSITIONS
        or words[0] in {"every", "each", "this", "next", "last"} | _TALK_OPENERS
        or any(w in lx.TIME_NOUNS or fold_plural(w) in lx.TIME_NOUNS for w in words)
        or any(lx.verb_info(w) is not None for w in words[1:])
    ):
        return text
    after = text[got.end() :].split()
    after = after[1:] if after and after[0].lower() in lx.PREPOSITIONS else after
    later = lx.verb_info(after[0].lower().strip(",.")) if after else None
    then = after[1].strip(",.;") if len(after) > 1 else ""
    if (
        later is not None
        and later[1] in ("base", "past")
        and after[0][-1:] not in ",.;!?"
        and (then.lower() in lx.DETERMINERS | lx.OBJECT_PRONOUNS or then[:1].isupper())
    ):
        # "The supermarkets we supply send their orders …": a relative, then the main verb
        # and its object ("… we call by phone for the pick-up" has no verb after "by")
        return text
    first, *rest = what.split(" ", 1)
    if first.lower() in lx.DETERMINERS or (first.endswith("s") and not first.isupper()):
        what = " ".join([first.lower(), *rest])  # "Flowers" opened the sentence
    adverb = got["adverb"] or ""
    return f"{got['open']}{got['subject']} {adverb}{got['verb']} {what}" + text[got.end() :]


_OBJECT_BEFORE_ITS_DOER = re.compile(
    _OPENER + r"(?P<what>(?:the|our|my|their|all\s+the)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"\s+(?P<who>(?:the|our|my|their)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+"
    r"(?P<verb>(?:is|are)\s+(?:also\s+|always\s+|then\s+)?[a-z]+ing)\b(?P<rest>[^,.;]*)",
    re.IGNORECASE,
)
"""What is handled, put first with no comma before its doer, in the non-native progressive
("The invoice the farmer is getting by post from the office assistant")."""


def _object_before_its_doer(text: str) -> str:
    """ "The invoices the accountant is doing in TeamSystem" as "the accountant is doing
    the invoices in TeamSystem": only when the doer is an actor by its words and no verb
    follows before the clause ends (then the phrase was a relative on the subject)."""
    got = _OBJECT_BEFORE_ITS_DOER.match(text)
    if got is None:
        return text
    what, who = got["what"].split(), got["who"].split()
    if (
        lx.actor_kind(who[1:]) is None
        or lx.actor_kind(what[1:]) is not None
        or any(lx.verb_info(w.lower()) is not None for w in who[1:])
        or any(w.lower() in lx.PREPOSITIONS | lx.RELATIVES for w in what[1:] + who[1:])
    ):
        return text
    rest = got["rest"].split(" and ")[0].split()
    if any((lx.verb_info(w.lower()) or ("", ""))[1] in ("s", "past") for w in rest):
        return text  # "The report the manager is writing goes to the board"
    what_said = " ".join([what[0].lower(), *what[1:]])
    moved = f"{got['open']}{got['who']} {got['verb']} {what_said}"
    return moved + text[got.end("verb") :]


_TOPIC_FIRST = re.compile(
    _OPENER
    + r"(?P<topic>(?:the|our|my|their)\s+(?P<head>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)),\s+"
    r"(?:(?:well|right|so|basically|honestly)\b,?\s+)?(?=(?:I|we)\s)",
    re.IGNORECASE,
)
"""Who a sentence is about, set first and named again later ("And the bearers, well, I
write the times in the day book, and the bearers read it")."""


def _topic_dropped(text: str) -> str:
    """The sentence without a topic set first that it names again further on."""
    got = _TOPIC_FIRST.match(text)
    if got is None or not re.search(rf"\b{re.escape(got['head'])}\b", text[got.end() :], re.I):
        return text
    return got["open"] + text[got.end() :]


_CALLING_IN_PASSING = re.compile(
    r",\s+(?P<who>(?:the|our|a)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)\s+"
    r"(?P<verb>ringing|phoning|calling|emailing|texting|messaging)\s+(?P<whom>me|us)\b"
)
"""Who gets in touch, said as an aside ("it starts with a phone call, the hospital office
ringing me to say …"): they ring me."""


def _calling_said_plainly(got: re.Match[str]) -> str:
    verb = lx.verb_info(got["verb"])
    assert verb is not None  # the pattern lists verbs the lexicon knows
    return f", and {got['who']} {lx.third_person(verb[0])} {got['whom']}"


_LOOKING_AT = re.compile(
    r"\b(?:(?:look|looks|looked|looking)\s+(?:at|over|through)"
    r"|(?:take|takes|took|taking|have|has|had|having)\s+a\s+(?:quick\s+)?look\s+(?:at|over|through)"
    r")\s+(?=(?:it|them)\b|(?:the|their|our|his|her|that|this)\s+(?:[\w-]+\s+){0,2}(?:sheet"
    r"|spreadsheet|board|whiteboard|tracker|workbook|rota|diary|calendar|dashboard|screen|list"
    r"|report|log)s?\b)"
    r"|\b(?:go|goes|went|going)\s+through\s+(?=(?:the|their|our|his|her|that|this)\s+"
    r"(?:[\w-]+\s+)?(?:tray|in-tray|pigeonhole|inbox|post)s?\b)",
    re.IGNORECASE,
)
"""Reading a board or a sheet said with "look at" ("the trustees look at the sheet every
month", "has a look at the board"), or a tray with "go through" ("goes through the tray"),
not the talk of "going through it with the client": read as "check", the verb the reading
rules know."""
_CHECK_FORM = {
    "look": "check", "looks": "checks", "looked": "checked", "looking": "checking",
    "take": "check", "takes": "checks", "took": "checked", "taking": "checking",
    "have": "check", "has": "checks", "had": "checked", "having": "checking",
    "go": "check", "goes": "checks", "went": "checked", "going": "checking",
}  # fmt: skip


_SHARED_PLACE = (
    r"(?:[Ss]heet|[Ss]preadsheet|[Cc]alendar|[Ww]orkbook|whiteboard|board|folder|drive"
    r"|tracker|[Dd]oc)s?"
)
"""Shared places people read: a sheet, a calendar, a board, a folder."""
_READERS = r"(?:the|all\s+the|both\s+the|our|my|their)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?"
"""Who reads it: a group named after an article ("the invigilators", "all the volunteers")."""
_READER_UNMARKED = re.compile(
    rf"\b(?P<place>{_SHARED_PLACE})\s+(?P<who>{_READERS}"
    r"(?:\s+and\s+(?:I|the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?))?)\s+"
    r"(?P<verb>(?:(?:can|could|all|both|then|also)\s+){0,3}"
    r"(?:see|check|read|view|look\s+at|work\s+from|work\s+off|access|open|follow)\b)"
)
"""A shared place and its readers without "that" ("a Google Sheet the invigilators can all
see", "a shared Google Calendar the players and the coach can see")."""
_ALL_OF_THEM = re.compile(
    rf"\b(?P<head>(?:that|which)\s+{_READERS}\s+(?:can|could|will))\s+(?:all|both)\s+(?=[a-z])"
)
"""Readers said all at once after their verb's modal ("that the invigilators can all see")."""
_HAD_ON_A_DEVICE = re.compile(
    rf"\b(?P<rel>which|that)\s+(?P<who>{_READERS})\s+(?:(?:all|both)\s+)?"
    r"(?P<verb>have|has|get|see|check|view|read)\s+(?:it\s+|them\s+)?on\s+(?:their|his|her)\s+"
    r"(?:own\s+)?(?:phones?|tablets?|laptops?|iPads?|ipads?|mobiles?)\b"
)
"""A shared place people "have on their phones": they see it there (a phone is no place
of its own, STYLES.md: a device is the screen of what it shows)."""


def _reading_said_plainly(text: str) -> str:
    """ "look at the sheet" as "check the sheet"; "takes a look at it" as "checks it"; a
    shared place's readers said without "that" ("a Google Sheet the captains can see") or as
    having it on their phones ("which the surveyors have on their phones") read it."""
    text = _READER_UNMARKED.sub(r"\g<place> that \g<who> \g<verb>", text)
    text = _ALL_OF_THEM.sub(r"\g<head> ", text)
    text = _HAD_ON_A_DEVICE.sub(
        lambda got: (
            f"{got['rel']} {got['who']} "
            + ("see" if got["verb"] in {"have", "has", "get"} else got["verb"])
        ),
        text,
    )
    return _LOOKING_AT.sub(lambda got: _CHECK_FORM[got[0].split()[0].lower()] + " ", text)


def in_plain_order(text: str) -> str:
    """A sentence whose listener or caller was set first, in the order the rules read: "Oh,
    and the accountant, I send her the statements" as "Oh, and I send the accountant the
    statements"; only with a verb of sending or telling. A description of the place opening
    the sentence is dropped ("At Fernway, a small vendor, customers …": the customers act),
    and a habit is said plainly ("tend to email")."""
    text = _EITHER_WAY.sub(r"\g<open>", text)
    text = _habit_said_plainly(_NAMED_OPENER.sub(r"\g<opener>, ", text, count=1))
    text = _reading_said_plainly(text)
    text = _object_before_its_doer(_object_put_back(_topic_dropped(text)))
    text = _CALLING_IN_PASSING.sub(_calling_said_plainly, text)
    text = _announced_plainly(text)
    text = _WHAT_IT_IS.sub(" ", _adverbs_said_as_adjectives(_speaker_doing_it(text)))
    got = _DISLOCATED_OBJECT.match(text)
    if got is None:
        return _caller_set_first(text)
    verb = lx.verb_info(got["verb"].lower())
    if verb is None or verb[0] not in lx.SEND_VERBS | lx.TELL_VERBS:
        return text
    adverb = got["adverb"] or ""
    moved = f"{got['open']}{got['subject']} {adverb}{got['verb']} {got['who']}"
    return moved + text[got.end() :]


_RENAMED_IN_ASIDE = re.compile(
    r"\b(?:(?i:the|our|my|their)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|[A-Z][a-z]+)"
    r"\s*(?:\s[–—-]|—|–)\s*(?:sorry|well|I mean|or rather|no)\s*,?\s+"
    r"(?P<meant>(?:the|our|my|their)\s+[^,;.:–—()]{1,50}?)"
    r"(?:,\s*(?:that's\s+)?[A-Z][a-z]+)?\s*(?:[–—]|\s-\s)\s*",
)
"""Who is meant, put right in a dashed aside ("the office girl - sorry, the office
administrator, Marlene - phones …", "the subsidiaries — well, the finance managers —
send …"): the one put right acts, not the word said first."""


_NAME_THEN_CORRECTION = re.compile(
    r"\b(?P<old>[A-Z][\w-]*[a-z][\w-]*|[A-Z]{2,}[\w-]*)(?:\s+\d+)?(?:\?|\s*[—–]|\s+-|,|\.\.\.|…)\s*"
    r"(?=no(?=\s*[,.;:!?—–-]|\s+(?:[A-Z]|sorry\b|wait\b|not\b))|sorry\b"
    r"|well\b[^.;!]{0,60}?\bnot\b)"
)
"""A system's name said, then put right ("Travelnet — no, TourPlan", "DairyComp, no,
that's the cow one, ours is GoatPlan", "Rotaready — well, not any more, we moved to
Deputy", "BIM 360... sorry, no, it's Dalux": after an ellipsis too, a version number
with the name)."""
_PROPER_AHEAD = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]*\b|\b[A-Z]{2,}[\w-]*\b")
_NOT_NAMES = frozenset({"I", "I'm", "Sorry", "No", "Well", "OK", "Oh"})
_FIRST_WORD_AFTER_CUE = re.compile(
    r"(?:(?:no|sorry|well|actually|I mean|or rather)\b[\s,?!—–-]*)+(?P<word>[\w'’]+)",
    re.IGNORECASE,
)
_NOT_A_NAME_NEXT = lx.DETERMINERS | lx.PREPOSITIONS
_OPENS_A_SENTENCE = re.compile(r"(?:[.!?:\n]|\n[-*•·])\s*$")
_CLOSING_DASH = re.compile(r"\s+[—–-]\s+|[—–]")


_RENAMED_BETWEEN_COMMAS = re.compile(
    r"\b(?:(?i:the|our|my|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?|[A-Z][a-z]+),\s*"
    r"(?:sorry|no|I mean|or rather)(?:,?\s*I mean)?,?\s+"
    r"(?P<meant>(?i:the|our|my|their)\s+[^,;.:–—()]{1,40}?),\s*(?=[a-z])"
)
"""The same put right between commas ("Kim, sorry, I mean the planner, sends …")."""


_THE_OLD_ONE = re.compile(
    r",?\s*(?:sorry,\s*)?[A-Z][\w-]*\s+(?:was|is)\s+the\s+(?:old|previous|former)\s+one"
    r"(?:\s*[—–]\s*|\s+-\s+)?"
)
"""What a correction leaves behind ("…, sorry, Homeserve was the old one —"): nothing is sent."""


def _without_the_old_one(text: str) -> str:
    """The text without what a correction leaves behind; a dashed aside closes on a comma,
    so that "the booking system, TourPlan, and …" still names the system."""
    return _THE_OLD_ONE.sub(lambda m: ", " if m[0].rstrip()[-1:] in "—–-" else " ", text)


def _name_meant(text: str, got: re.Match[str]) -> tuple[re.Match[str], str] | None:
    """The name that puts ``got`` right, found in what follows it in the same sentence, and
    that stretch of text; None when no other name is said there or a role is meant."""
    if _OPENS_A_SENTENCE.search(text[max(0, got.start() - 4) : got.start()]) or not got.start():
        return None  # "Actually, no, sorry, Rab now sends …": a sentence's opening word
    first = _FIRST_WORD_AFTER_CUE.match(text, got.end())
    if first is None or first["word"].lower() in _NOT_A_NAME_NEXT:
        return None  # "Kim, sorry, I mean the planner": a role put right, read elsewhere
    window = text[got.end() : got.end() + 100]
    stop = re.search(r"[.;!\n]", window)
    window = window[: stop.start()] if stop else window
    for meant in _PROPER_AHEAD.finditer(window):
        if meant[0] != got["old"] and meant[0] not in _NOT_NAMES and meant.start() > 0:
            return meant, window
    return None


def _names_put_right(text: str) -> str:
    """The text with a system's name that was put right replaced by the one meant, the
    words between dropped: "the booking system, Travelnet — no, TourPlan, sorry, …" reads
    "the booking system, TourPlan, …". Only a name put right by a name: "Kim, sorry, I
    mean the planner" is read by ``roles_put_right``."""
    out, at = [], 0
    for got in _NAME_THEN_CORRECTION.finditer(text):
        if got.start() <= at and at:
            continue  # the name just put right is not put right again
        if (found := _name_meant(text, got)) is None:
            continue
        meant, window = found
        out.append(text[at : got.start()])
        at = got.end() + meant.start()
        dashed = got[0].rstrip().endswith(("—", "–", " -"))
        shut = _CLOSING_DASH.search(window, meant.end()) if dashed else None
        if shut is not None:
            # "Travelnet — no, TourPlan, sorry, … — and …": the rest of the dashed aside
            # goes with the first try
            out.append(meant[0] + ", ")
            at = got.end() + shut.end()
    return "".join(out) + text[at:]


def names_and_places_put_right(text: str) -> str:
    """The text with each name, place or party put right kept and the first try dropped
    ("Travelnet — no, TourPlan", "into ESR? no, into the LMS", "with Homeserve — no, with
    Baxi, sorry, Homeserve was the old one —"): done once over the whole answer, before
    names are learned, so that the first try is never learned as one."""
    text = _TIME_PUT_RIGHT.sub("", _names_put_right(_without_the_old_one(text)))
    text = _CORRECTED_NEXT_SENTENCE.sub(r"\g<prep> \g<new>\g<rest>", text)
    return _CORRECTED_IN_PLACE.sub(r"\g<prep> ", text)


def roles_put_right(text: str) -> str:
    """The text with each role put right inside a sentence kept ("the office girl - sorry,
    the office administrator, Marlene - phones"): done after the names set aside beside a
    role were learned."""
    text = _RENAMED_IN_ASIDE.sub(r"\g<meant> ", text)
    return _RENAMED_BETWEEN_COMMAS.sub(r"\g<meant> ", text)
