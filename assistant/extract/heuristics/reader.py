"""The reader: sentences one after the other, actors remembered, flows emitted (steps 2-4
and 6 of the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from assistant.extract import lexicon as lx
from assistant.extract.heuristics import arrows
from assistant.extract.heuristics.clauses import (
    _last_question,
    _whole_name,
)
from assistant.extract.heuristics.cues import (
    _ADDITION,
    _BY_HAND,
    _CLEFT,
    _CLEFT_OBJECT,
    _CONFIRMS,
    _CORRECTION,
    _FORGOT_TO_SAY,
    _LATE_SOURCE,
    _NOT_A_FLOW_LINE,
    _OPENING_CORRECTION,
    _PAPER,
    _SELF_INTRODUCTION,
    _SELF_NAMED,
    NO_INFORMATION_TAG,
    hub_key,
    said_role,
)
from assistant.extract.heuristics.flows import ClauseFlows
from assistant.extract.heuristics.maturity import (
    HUMAN,
    PENDING,
    SYSTEMS,
    FlowDraft,
    cues,
    judge_maturity,
)
from assistant.extract.heuristics.naming import (
    Mention,
    _generic_app,
    _holds_a_device,
    clip,
    merge_names,
)
from assistant.extract.heuristics.pains import continues_previous, pain_phrases, without_pain
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.plausible import HUB_HEADS, keep_plausible
from assistant.extract.heuristics.reorder import (
    in_plain_order,
    names_and_places_put_right,
    roles_put_right,
)
from assistant.extract.heuristics.sentence import SENDING, Clause, Sentence
from assistant.extract.heuristics.tokens import is_bullet, split_sentences
from assistant.extract.heuristics.turns import parse_turns, question_taken_up
from assistant.extract.heuristics.words import _FINDING
from assistant.hypergraph.names import fold_plural, is_plural, normalise_name
from assistant.media import MEDIUM_HEADS, SHARED_PLACES
from assistant.models.infoflow import Actor, ActorKind, Extraction, InformationFlow, Maturity


def _names_a_medium(text: str) -> bool:
    """Words whose head is a medium ("paper checklist", "PDF by email")."""
    words = text.lower().split()
    return bool(words) and (fold_plural(words[-1]) in MEDIUM_HEADS or bool(cues(text, True)))


_JUDGED = frozenset({"triage", "assess", "approve", "authorise", "authorize", "review", "check"})
"""What only a person judges: the agent of "is triaged by the duty OT" is a role."""

_PLACES_SHARED = lx.CONTAINER_HEADS | SHARED_PLACES | HUB_HEADS
"""Where things are left for whoever shares it: the places rules read those."""
_JUDGING = _FINDING | {"decide", "judge", "feel", "suspect"}
"""Verbs whose object is a statement ("decides a patient needs radiotherapy")."""
_HAVING = frozenset({"have", "has", "had", "use", "employ", "hire", "get"})
_BUYING = frozenset({"buy", "purchase", "source"})
"""Verbs whose party after "from" is introduced ("we buy the flour from a miller"): who "he"
or "she" stands for next."""
"""Verbs a speaker introduces someone with ("we have a broker", "we use an agency")."""
_PLUS_FOR_AND = re.compile(r"(?<=[A-Za-z.])\s+\+\s+(?=[A-Za-z])")
"""A plus written for "and" between words, as notes do ("triages + books")."""
_WITH_SHORT = re.compile(r"(?<![\w/])[wW]/(?=\s+[\w'£$])")
"""A "w/" written for "with", as notes do ("book slots by phone w/ dispatch clerk"); not
in a note to self ("check w/ Jo", "TBC w/ Darren"), which is no flow."""
_TO_SELF = re.compile(r"\b(?:check|ask|tbc|confirm)\s+$", re.IGNORECASE)

_ARROW_ASKED = re.compile(
    r"^(?:[^?]*?(?:->|→|=>|-->))\s*(?![^?]*\b(?:via|by|over|through|as|on)\b)[^,;:?()]{1,40}\?"
    r"(?:\s*(?:no|nope)\b\s*[;,:–—-]*\s*(?P<rest>[^?]*?))?\s*$",
    re.IGNORECASE,
)
"""An arrow asked about in notes and denied ("ASN -> Odoo? no - Bosch sends …"): what
follows the denial is the flow; a question alone is answered by the next sentence. A
question about the medium ("-> finance via EDI? NO - still paper") leaves the arrow."""
_DENIED = re.compile(r"^\s*(?:no|nope)\b", re.IGNORECASE)
_SEMICOLON = re.compile(r"\s*;\s*(?![^()]*\))")
"""Where a note's line holds two steps: a semicolon outside brackets."""

_EXAMPLES_ASIDE = re.compile(
    r"\s*\((?:e\.?\s?g\.?|i\.?\s?e\.?|for (?:example|instance)|such as|like|say)[\s,:][^()]*\)"
    r"|(?P<say>(?-i:,\s*say\s+(?:an?|the|\d+)\s[^,.;:()\n]{1,60},"
    r"(?=\s+(?!(?:and|or|but|then|so|which|who|where)\b)[a-z])))"
    r"|(?-i:,\s*(?:such as|e\.g\.,?|for example,?|for instance,?)\s+"
    r"(?:[^,.;:()\n]{1,40}(?:,\s*[^,.;:()\n]{1,40}?)*,?\s+(?:and|or)\s+[^,.;:()\n]{1,40}?"
    r"|[^,.;:()\n]{1,80})(?=,))"
    # "a paper trip report, swims, injuries, anything odd, and hand it …": kinds of content
    r"|(?-i:,\s*(?:[a-z][^,.;:()\n]{0,30},\s*){1,5}(?:anything|everything|whatever|etc\.?"
    r"|that sort of thing|that kind of thing|stuff like that)(?:\s+[a-z]+)?(?=,))",
    re.IGNORECASE,
)
"""An aside listing examples, in brackets ("critical findings (e.g. ICH, PE) are phoned …")
or between commas ("disputed incidents, such as deflections or own goals, and phones …",
"their evidence, such as inventories, photos and invoices, to the portal"),
names kinds of content, never actors: it is read as if it were not there."""


_ROLE_OPENING = re.compile(
    r"(?i:^\s*(?:(?:so|um|uh|er|erm|well|right|okay|ok|yeah)\b,?\s+)*)"
    r"(?!(?i:our|the|my|their|his|her|an?|this|that|these|those|every|each|some|any|no)\b)"
    r"(?P<role>[A-Za-z][a-z]+(?:\s+[a-z][\w-]*){0,2}?)(?:\s+here)?\s*[,.;:]\s"
)
"""An answer opening on the speaker's role, said alone ("Loss adjuster, twelve years, mostly
property, …", "Head chef here, …")."""
_FIRST_PERSON_SAID = re.compile(r"\b(?:I|I'm|I've|me|my)\b")
_WRITER_SAID = re.compile(r"\b(?:I|I'm|I've|me|my|[Ww]e|[Ww]e're|us|[Oo]ur)\b")
"""The writer speaking for themselves or for their team ("we enter them into Sage")."""


_THANKS = re.compile(r",?\s*\bthank (?:god|goodness|heavens)\b", re.IGNORECASE)
"""Relief said in passing ("no typing, thank God"): nobody thanked is sent anything."""
_RELATIVE_SAID = re.compile(r"\b(?:who|that|which)\b", re.IGNORECASE)


def _without_examples(got: re.Match[str]) -> str:
    """Nothing for an aside of examples; for "…, say a wound or a lesion, …" after a
    relative ("a consultant who wants photos, say …, puts"), nothing either, since the
    relative ran on to the main verb; elsewhere the comma that ends an opening clause."""
    if not got["say"]:
        return ""
    said = re.split(r"[.!?\n]", got.string[: got.start()])[-1]
    return "" if _RELATIVE_SAID.search(said) else ","


_SPEAKER_UNIT = re.compile(
    r"\b(?:I'm|I am|I work|I sit|I run|I manage|We|We're|we're|We are|we are"
    r"|I've (?:only |just )?been|I have (?:only |just )?been|I'm part of|I am part of)"
    r"\s+(?:(?:in|on|at|within)\s+)?(?:the|our)\s+"
    r"(?P<unit>[A-Za-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2}?)\s+"
    r"(?P<head>team|department|dept|office|unit|desk)\b"
    r"|\bI (?:run|manage|head|lead)\s+(?P<unit2>[a-z][\w&-]*(?:\s+[a-z][\w&-]*)??)\s+"
    r"(?P<head2>service|services|support|team|department|office|desk)\b"
    r"|\b[Tt]he\s+(?P<unit3>[A-Za-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2}?)\s+"
    r"(?P<head3>team|department|dept|office|unit|desk),\s+(?:which|that)\s+I(?:'m| am)\s+"
    r"(?:part of|in|on)\b"
    r"|\b(?:that's|that is|it's|it is)\s+us,?\s+(?:the|our)\s+"
    r"(?P<unit4>[A-Za-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2}?)\s+"
    r"(?P<head4>team|department|dept|office|unit|desk|service)\b"
    r"|\bI work in (?P<unit5>[a-z]+ing|" + "|".join(sorted(lx.DEPARTMENT_WORDS)) + r")"
    r"(?P<head5>)(?=\s*[,.;])"
)
"""A speaker who names their unit, not their role ("I'm in the copyright department", "We in
the dispatch office …", "I run the enrolment office", "I run customer service"): I/we/us
stand for the unit; "the bus passes, that's us, the concessions team" too; "I work in
scheduling, …": a department named by its work alone."""


def _unit_said(match: re.Match[str]) -> str:
    """The unit a ``_SPEAKER_UNIT`` match names, whichever of its shapes matched."""
    shape = next((n for n in ("5", "4", "3", "2") if match[f"unit{n}"]), "")
    return f"{match[f'unit{shape}']} {match[f'head{shape}']}".strip()


_ALL_OF_US = re.compile(
    r"\b(?:[Tt]here(?:'s|'re| is| are)\s+(?:\w+\s+)?of\s+us|(?:[Ww]e're|[Ww]e are)\s+all)"
    r",?\s+(?:all\s+)?(?P<role>[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,2}?s)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|here|now)\b)"
)
"""A speaker who says all of them share a role ("there are four of us, all PALS officers",
"we're all support workers"): I/we/us stand for that role."""

_UNIT_SAT_IN = re.compile(
    r"\bI(?:'m| am) (?:in|on|at) the\s+(?P<unit>[a-z][\w&-]*(?:\s+[a-z][\w&-]*)?)\s+"
    r"(?P<head>office|room|desk|team|tent|cabin|hut)\b"
)
"""Where a speaker with a role sits ("I'm in the show office", "I'm on the control desk")."""

_MANAGER_OF = re.compile(
    r"\bI (?:manage|run) (?:one of )?(?:the|our|a|an|this) (?:[\w-]+ ){0,2}"
    r"(?P<place>[a-z]*?(?:stores?|shops?|branch(?:es)?|warehouses?|depots?|sites?|kitchens?|restaurants?"
    r"|clinics?|practices?|wards?|labs?|plants?|hotels?|farms?|yards?|libraries|library"
    r"|venues?|bars?|salons?|garages?|pharmac(?:y|ies)|studios?|hubs?|gyms?|cafés?|cafes?"
    r"|schools?|pools?|centres?|centers?|bakery|bakeries|brewery|breweries|distillery|winery"
    r"|nurser(?:y|ies)|dairy|dairies|laundry|laundries|mills?|factory|factories|kennels"
    r"|surger(?:y|ies)|canteens?|workshops?|markets?|galleries|gallery|museums?))\b",
    re.IGNORECASE,
)
"""A speaker who manages a place ("I manage one of the stores", "I run the kitchen") is its
manager: I/we/us stand for that role."""

_ROLE_BY_WORK = re.compile(
    r"\bI (?P<verb>coordinate|supervise|organise|organize) (?:the |our |all the )?"
    r"(?P<what>[a-z][\w-]*)\b(?!\s+(?:to|with|for|into|by)\b)"
)
"""A speaker who says their role by its work ("I coordinate volunteers at a food bank") is
the one doing it: I/we/us stand for "volunteer coordinator"."""
_AGENT_OF = {
    "coordinate": "coordinator",
    "supervise": "supervisor",
    "organise": "organiser",
    "organize": "organizer",
}

_SENT_WITHOUT_RECEIVER = frozenset(
    {"send", "email", "e-mail", "book", "order", "submit", "request", "report", "post", "fax"}
    | {"phone", "ring", "call", "text", "apply", "enrol", "register"}
)
"""What someone does to get something to an office that the sentence names only next."""
_CHANNEL_VERBS = frozenset({"email", "e-mail", "fax", "text"})
"""Of those, the verbs that are a channel to a person themselves and take what is sent as
their object ("Customers email their run plan over, and the test engineer retypes it into
TunnelOS"); sent "to" somewhere, it went there, not to whoever keys it in."""
_SENT_BY = re.compile(
    r"\b(?:by|over the|on the|via)\s+(?:e-?mail|phone|post|letter|fax|telephone|text)"
    r"|\b(?:in person|at reception|at the desk|at the counter)\b",
    re.IGNORECASE,
)
"""The channel that says the sending went to a person."""

_ALERT_VERBS = frozenset({"raise", "show", "display", "flash", "put", "pop", "throw", "give"})
_ALERTS = frozenset({"alarm", "alert", "warning", "notification", "flag", "message", "pop-up"})
"""A system's alert shown on someone's screen: verbs and what is shown. An unknown -s verb
keeps its ending as its base ("flashes"), so the verbs are matched without it."""
_SHOW_VERBS = frozenset({"show", "display", "flash", "put", "throw"})
"""Of the alert verbs, those that put on a screen whatever they show, not only an alert."""
_ARRIVAL_VERBS = frozenset({"land", "appear", "show", "come", "pop", "drop", "arrive", "turn"})
"""What arrives on a screen by itself ("the booking lands on …", "the alarms come up …")."""
_MESSAGES = frozenset({"text", "email", "e-mail", "message", "call", "letter", "fax", "voicemail"})
"""What somebody sent: arriving on a screen, it is not a system's own."""

_COUNT_IN_NAME = re.compile(r"(?<=[a-z] )\d+\s+(?=[a-z])")
"""A number between the words of an arrow line's party ("big 3 retailers"): the phrase
reader stops at a number, and the party is the words around it."""


_SIGNED = re.compile(
    r"\(\s*(?P<who>[A-Za-z][\w' ]{0,24})\s*\)$"
    r"|(?:\s[–—-]|;)\s*(?P<who2>[A-Za-z][\w' ]{0,24})$"
    r"|\bby\s+(?:the\s+)?(?P<who3>[A-Za-z][\w' ]{0,24})$"
)
"""The last words of a note, set apart, naming who does it ("– accts", "(sales)", "by PM")."""
_WRITTEN_DOWN = re.compile(
    r"\b(?:written|noted|logged|jotted|put|recorded|entered)\s+(?:down\s+)?(?:on|in|into|onto)"
    r"\s+(?:the\s+|a\s+)?(?P<carrier>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.IGNORECASE,
)
"""A note that the receiver writes what came on paper ("…, written on day sheet")."""
_PLACE_ADVERBS = frozenset({"here", "there", "now", "currently", "today"})
"""Words after a role that say where or when, not which role ("I'm the shift manager there")."""


_WAY_IN_HEADS = frozenset({"portal", "website", "site", "form", "webshop", "extranet"})
"""A way in that a person uses and that can pass data on (STYLES.md: then an actor)."""
_PASSED_ON = frozenset(
    {"transferred", "passed", "passes", "forwarded", "forwards", "goes", "going", "fed"}
    | {"feeds", "puts", "pushes", "pushed", "synced", "syncs", "loaded", "imported", "connected"}
)
"""Words by which a way in hands on what came through it ("…, which feeds Idox")."""
_OWN_FRONT = frozenset({"form", "fill", "fills", "use", "uses", "using"})
"""A form filled in, or a thing used, on a website: the front of the system it goes into."""

_FORM_HEADS = frozenset({"website", "site", "form"})
"""A web form, under whatever word the text uses for it."""
_MAILED_IN = re.compile(r"\b(?:e-?mail\w*|inbox|mailbox)\b", re.IGNORECASE)
"""A form's submissions arriving as email ("lands in the coordinator's inbox")."""
_FILLED_ON = frozenset({"on", "through", "via", "using"})
"""How a form is used ("fill in the form on our website", "apply through the website")."""
_BY_ITSELF = re.compile(r"\bautomatic\w*|\bauto\b", re.IGNORECASE)
"""A word saying something happens with nobody doing it."""

_PHONED_IN = re.compile(r"\b(?:phon|ring|rang|call|telephon)\w*\s+(?:in|up)\b", re.IGNORECASE)
"""A call made in to whoever answers it ("phones in", "rings up")."""


def _role_of_what(words: list[str]) -> bool:
    """Whether a speaker's role is one word and what it is of ("owner of sixty shops", "manager
    of operations"), not a name with "of" inside ("rights of way officer", "head of year")."""
    return (
        len(words) > 2
        and words[1].lower() == "of"
        and words[0].lower() not in lx.ROLES_WITH_OF
        and lx.actor_kind(words[:1]) is not None
    )


def _bought_from(s: Sentence, start: int, end: int) -> NP | None:
    """The party after "from" in a clause of buying ("buy the flour from a miller in Leeds")."""
    k = next((k for k in range(start, end) if s.low(k) == "from"), None)
    return None if k is None else s.np_at(k + 1, end)


def _judging_before(s: Sentence, clause: Clause) -> Clause | None:
    """ "Once an oncologist decides a patient needs radiotherapy, they complete …": the clause
    of judging whose object ``clause`` is; its subject, not the one judged about, is who
    "they" or "she" stands for next."""
    before = [c for c in s.clauses if c.end <= clause.start and c.verb is not None]
    if not before:
        return None
    judging = before[-1]
    if (
        judging.verb is not None
        and judging.base in _JUDGING
        and clause.start - judging.verb == 1 + (s.low(judging.verb + 1) == "that")
    ):
        return judging
    return None


def _first_said(lows: list[str], name: str) -> int | None:
    """Where a name's first word is first said in a sentence's tokens, or None."""
    first = name.split()[0].lower() if name.split() else ""
    return next((i for i, w in enumerate(lows) if w == first or fold_plural(w) == first), None)


def _emailed_nowhere(clause: Clause, span: str) -> bool:
    """The clause is a channel verb ("email", "fax") that says nowhere it went, or a call
    made in ("When a debtor phones in, the agent sets up the plan in Collexa")."""
    if clause.base in lx.CALL_VERBS and _PHONED_IN.search(span):
        return True
    return clause.base in _CHANNEL_VERBS and not re.search(r"\bto\b", span, re.IGNORECASE)


_CALLED_LINES = frozenset({"line", "helpline", "hotline", "number", "phone", "switchboard"})
"""What a caller rings before someone answers it ("our emergency line", "the helpline")."""


def _self_introduction_rank(match: re.Match[str]) -> int:
    """How surely a self-introduction says what the speaker is now: the role said with
    "the/our/my" over "a/an", and "I'm" over "I was"."""
    said = match.group(0).lower()
    rank = 0 if re.match(r"i was\b|i've been\b|i have been\b", said) else 2
    if re.search(r"\b(?:the|our|my|as)\s", said):
        rank += 1
    return rank


_STARTS = frozenset({"starts", "begins", "start", "begin", "started", "began"})


def _where_it_starts(s: Sentence, clause: Clause) -> int | None:
    """Where the party a process starts with is named ("it all starts with the scheduling
    team", "where it starts is the scheduling team"), or None."""
    for k in range(max(clause.start - 3, 0), clause.end):
        if s.low(k) in _STARTS and s.low(k - 1) in {"it", "all", "everything"}:
            after = s.low(k + 1)
            if after == "with" or after in lx.BE_FORMS:
                return max(k + 2, clause.start)
    return None


_SO_THEY_SEE = re.compile(
    r"\bso\s+(?:that\s+)?(?:the\s+|our\s+|all\s+the\s+|each\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:can\s+|could\s+|will\s+|would\s+)?(?:know|knows|see|sees|have|has|get|gets|check|checks"
    r"|read|reads)\b",
    re.IGNORECASE,
)
"""A purpose that names who reads what was put up ("so the operators know …")."""
_WRITTEN_UP = frozenset(
    {"write", "put", "chalk", "scribble", "note", "add", "mark", "pin", "stick"}
)
"""Verbs that write something on a board or in a book."""
_PUT_UP = frozenset({"print", "pin", "post", "put", "write", "stick", "display", "leave", "chalk"})
"""Verbs that put something where people will see it."""


_CALLER_ON_THE_LINE = re.compile(
    r"\b(?:while|whilst)\s+(?:the\s+|a\s+|our\s+|their\s+)?"
    r"(?P<caller>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:['’]s|\s+is|\s+are)?\s+(?:still\s+)?"
    r"(?:on\s+the\s+(?:line|phone)|waits\s+on\s+the\s+line)\b",
    re.IGNORECASE,
)
"""Someone typing in a call "while the customer is still on the line": who called."""
_NOT_A_CALLER = frozenset(
    {"they", "he", "she", "we", "i", "you", "it", "them", "theyre", "caller", "callers"}
)
"""Who stand for a caller named before: "… while the caller is still on the line"."""
_A_CALL = re.compile(r"\b(?:phon|ring|rang|call|tele)", re.IGNORECASE)


_HEDGED_SHARE = re.compile(
    r"\b(?P<hedge>about|around|roughly|nearly|almost|approximately)\s+"
    r"(?P<share>(?:a|one|two|three|four|half|\d+\s*(?:%|percent))\b[\w ]{0,20}?\bof\s)",
    re.IGNORECASE,
)
"""A share of a group said with a hedge ("About two thirds of customers book …"): the share
is read without it, as "two thirds of customers" already is."""


def _without_hedge(match: re.Match[str]) -> str:
    share = match["share"]
    return share[:1].upper() + share[1:] if match["hedge"][:1].isupper() else share


_TAKEN_BACK = re.compile(
    r"^\s*(?:(?:well|oh|um|er),?\s+no|no,?\s+(?:sorry|wait))\s*[,—–-]\s*(?:sorry,\s*)?"
    r"(?!that's not|that is not|not\b)",
    re.IGNORECASE,
)
"""A sentence that takes back the one before ("Well, no, Ruth sends it", "No, sorry, SITS
sends …"), unlike a "No" that answers a question."""


class FreeTextReader(ClauseFlows):
    """Reads sentences one after the other, remembering actors and the last subject."""

    def read(self, text: str) -> None:
        text = _with_dash_bullets(text)
        if sum(is_bullet(line) for line in text.splitlines()) >= 2:
            self.notes = text  # bullet notes, where a name said in full is later shortened
        text = _THANKS.sub("", _EXAMPLES_ASIDE.sub(_without_examples, text))
        text = names_and_places_put_right(text)
        text = _PLUS_FOR_AND.sub(" and ", text)  # notes: "lab mgr + sales read it"
        text = _WITH_SHORT.sub(lambda m: _with_for_w(text, m), text)
        self._learn_proper_words(text)
        self._learn_appositions(text)
        text = self.without_name_asides(self.without_given_acronyms(text))
        text = self.descriptions_as_relatives(text)
        self._learn_system_names(text)
        self._learn_used_tools(text)
        turns = parse_turns(text)
        if turns is None:
            self.speaker = self._introduced_speaker(text)
            if self.speaker is None and _WRITER_SAID.search(text):
                self.speaker = self.unknown_speaker
            self.speaker_unit = self._speaker_unit(text)
            self._read_text(_without_arrowed_title(text))
            self.speaker = self.speaker_unit = None
            return
        for turn in turns:
            if turn.role:
                role = self.role(turn.role)
                self.speakers.add(role)
                for first_name in turn.names:
                    self.first_names[normalise_name(first_name)] = role
                    self.label_names.add(normalise_name(first_name))
        previous: str | None = None
        asked: tuple[str | None, str] | None = None  # (who asked, the question)
        for turn in turns:
            question = _last_question(turn.body)
            if turn.role is None:
                asked = (None, question) if question else None
                self._heard(turn.body)
                continue  # the facilitator asks; answers confirm
            self.speaker = self.first_names.get(normalise_name(turn.role)) or self.role(turn.role)
            self.addressee = previous if previous != self.speaker else None
            self.last_subject = None
            if asked is not None and asked[0] != self.speaker and _CONFIRMS.match(turn.body):
                # "And you send me the targets, don't you?" — "I do.": the question's flow
                # counts, read with its asker as I and the one confirming as you
                answerer = self.speaker
                self.speaker, self.addressee = asked[0], answerer
                self._read_text(asked[1].rstrip(" ?") + ".")
                self.speaker, self.addressee = answerer, previous
                self.last_subject = None
            body = turn.body
            if asked is not None and asked[0] is None:
                body = question_taken_up(asked[1], body)  # "Does Sage …?" — "Yes, it …"
            self.said_in_turn = 0
            self._read_text(body)
            asked = (self.speaker, question) if question else None
            previous = self.speaker
        self.speaker = self.addressee = None

    def _heard(self, text: str) -> None:
        """The actors a question names, so that the answer's "they"/"them" find them ("And
        the farmers, do they see their results?" — "The buyer sends them a statement")."""
        for sentence_text in split_sentences(text):
            s = Sentence(sentence_text)
            for np_ in s.nps_between(0, s.n):
                last = lx.verb_info(np_.toks[-1].low)
                if len(np_.toks) > 2 and last is not None and last[1] == "base":
                    # "Does the exhibitions team get …?": the verb after an inverted "does"
                    np_ = NP(np_.toks[:-1], np_.start, np_.end - 1, np_.prep, np_.proper)
                if not np_.is_pronoun:
                    self.actor(np_, s)

    def _read_text(self, text: str) -> None:
        text = roles_put_right(text)  # "the office girl - sorry, the office administrator -"
        text = _HEDGED_SHARE.sub(_without_hedge, text)  # "About two thirds of customers book"
        last_said: int | None = None  # where the previous sentence's flows start
        said = split_sentences(text)
        for at, sentence_text in enumerate(said):
            start = len(self.flows)
            if NO_INFORMATION_TAG.search(sentence_text):
                continue  # "straws -> N2 tank on farm (no info)": the note says so itself
            asked = _ARROW_ASKED.match(sentence_text) if arrows.has_arrow(sentence_text) else None
            answer = said[at + 1] if at + 1 < len(said) else ""
            if asked is not None and not asked["rest"] and _DENIED.match(answer):
                continue  # "weighbridge -> SAP auto?" "NO - clerk retypes it": not a flow
            if asked is not None and asked["rest"]:
                # "ASN -> Odoo? no - Bosch sends ASN as email to goods-in": what is put right
                rest = asked["rest"]
                self._read_arrow_line(sentence_text[: asked.start("rest")])  # what stands
                if arrows.has_arrow(rest):
                    self._read_arrow_line(rest)
                elif not _NOT_A_FLOW_LINE.match(rest):
                    self._read_corrected(in_plain_order(rest))
            elif arrows.has_arrow(sentence_text):
                parts = _SEMICOLON.split(sentence_text)
                if any(self._arrow_from_a_party(part) for part in parts[1:]):
                    # "vet → herdsman on the day; official result APHA → farmer": two lines
                    for part in parts:
                        if arrows.has_arrow(part):
                            self._read_arrow_line(part)
                        else:  # "crew leaders log hours in the app; app → payroll"
                            self._read_corrected(in_plain_order(part))
                else:
                    self._read_arrow_line(sentence_text)
            elif not _NOT_A_FLOW_LINE.match(sentence_text):
                opening = _OPENING_CORRECTION.match(sentence_text)
                body = sentence_text[opening.end() :] if opening else sentence_text
                if opening and not _CLEFT.match(body):
                    opening, body = None, sentence_text  # "Actually, …" only stresses
                if opening is None and last_said is not None:
                    # "I send the quote to the architect. Well, no, Ruth sends it": a speaker
                    # taking back what they just said
                    opening = _TAKEN_BACK.match(sentence_text)
                    body = sentence_text[opening.end() :] if opening else sentence_text
                if opening:
                    body = _CLEFT_OBJECT.sub(r"\g<who> \g<verb> \g<what>", body, count=1)
                body = in_plain_order(body)
                self._read_corrected(body[:1].upper() + body[1:] if opening else body)
                if opening and last_said is not None and len(self.flows) > start > last_said:
                    self._withdraw_corrected(self.flows[start - 1], self.flows[start:])
                elif opening and last_said is not None and len(self.flows) == start > last_said:
                    self._sender_corrected(self.flows[start - 1], body)
            self._caller_on_the_line(sentence_text, start)
            self._note_pains(sentence_text, self.flows[start:], last_said)
            last_said = start if len(self.flows) > start else None

    def _caller_on_the_line(self, sentence_text: str, start: int) -> None:
        """Whoever types a call into a system "while the customer is still on the line" was
        phoned by that caller ("My team keys them into Navision while the customer is still
        on the line": customer -> my team), unless a flow between the two is said already."""
        said = _CALLER_ON_THE_LINE.search(sentence_text)
        if said is None or said["caller"].lower().split()[0] in _NOT_A_CALLER:
            return
        entry = next(
            (
                f
                for f in reversed(self.flows[start:])
                if f.human_source and f.target_kinds and set(f.target_kinds) <= set(SYSTEMS)
            ),
            None,
        )
        if entry is None:
            return
        s = Sentence(f"the {said['caller']}")
        caller = self.actor(s.np_at(0), s, relaxed=True)
        keyer = entry.source
        if caller is None or caller == keyer or self.kind_of(caller) not in HUMAN:
            return

        def key(name: str) -> str:
            return fold_plural(normalise_name(name))

        pair = {key(caller), key(keyer)}
        if any(
            pair <= {key(f.source), *map(key, f.targets)}
            or (
                f.human_source
                and _A_CALL.search(f.cue_text)
                and any(key(keyer).startswith(key(t)) for t in f.targets)
            )
            for f in self.flows
        ):
            return  # said already, maybe by another name ("Tenants ring the contact centre")
        self._add(caller, [keyer], entry.content, "phone call", "phone call", sentence_text)

    def _note_pains(self, sentence_text: str, said: list[FlowDraft], last_said: int | None) -> None:
        """The pains a sentence says, given to the flow it says them after ("X phones Y,
        which takes ages"), or to the previous sentence's last flow when this one only
        points back at it ("It takes ages.")."""
        pains = pain_phrases(sentence_text)
        if not pains:
            return
        if not said:
            if last_said is not None and continues_previous(sentence_text):
                self.flows[-1].pains += [words for _, words, _ in pains]
            return
        for at, words, cue in pains:
            swallowed = [f for f in said if f.targets and without_pain(f.content, words)]
            flow = swallowed[0] if swallowed else _said_before(sentence_text, said, at)
            cut = without_pain(flow.content, words)
            said_of = [flow.content, flow.source, *flow.targets]
            if cut is None and any(cue.casefold() in x.casefold() for x in said_of):
                continue  # what the flow carries or who it links ("the error log")
            if cut is not None:
                flow.content = cut
            if words not in flow.pains:
                flow.pains.append(words)

    def _sender_corrected(self, said: FlowDraft, body: str) -> None:
        """ "I send the quote to the architect. Well, no, Ruth sends it": a correction that
        names only who sends "it" or "them" is the flow said before, from that sender."""
        s = Sentence(body[:1].upper() + body[1:])
        clause = next((c for c in s.clauses if c.verb is not None), None)
        if clause is None or clause.verb is None:
            return
        subject = s.np_at(clause.start)
        if (
            subject is None
            or subject.is_pronoun
            or subject.end != clause.verb
            or clause.base not in lx.SEND_VERBS
            or s.low(clause.verb + 1) not in {"it", "them", "that", "those"}
        ):
            return
        sender = self.actor(subject, s)
        if sender is None or sender == said.source or sender in said.targets:
            return
        said.source = sender
        said.source_kind = self.kind_of(sender)
        said.human_source = said.source_kind in HUMAN

    def _withdraw_corrected(self, said: FlowDraft, corrections: list[FlowDraft]) -> None:
        """ "I phone the office. Well, actually, it's Jonas I phone.": the flow said before
        is dropped when the correction shares its sender or a receiver."""
        for new in corrections:
            if new.source == said.source or set(new.targets) & set(said.targets):
                said.targets = []
                return

    def _read_corrected(self, text: str) -> None:
        """A speaker correcting themselves ("I phone the intake office, well, actually, it's
        Jonas I phone"): the corrected version counts (STYLES.md), so the flow said just
        before the correction is withdrawn when the correction says one."""
        match = _CORRECTION.search(text)
        if match is not None and (aside := _FORGOT_TO_SAY.match(text, match.end())):
            # "… and I, sorry, I should have said, I'm the owner, I type …": an apology for
            # saying something late corrects nothing; the sentence goes on without it
            text = text[: match.start()] + ", " + text[aside.end() :]
            match = None
        if match is not None and _ADDITION.search(text[match.end() :]):
            match = None  # "…, actually, the clerk also emails the planner": an addition
        if match is None or match.start() == 0:
            self._read_sentence(Sentence(text))
            return
        before, after = text[: match.start()], text[match.end() :]
        first = len(self.flows)
        self._read_sentence(Sentence(before))
        said = len(self.flows)
        after = _CLEFT_OBJECT.sub(r"\g<who> \g<verb> \g<what>", after, count=1)
        self._read_sentence(Sentence(after[:1].upper() + after[1:]))
        if len(self.flows) > said > first:
            del self.flows[said - 1]

    def _introduced_speaker(self, text: str) -> str | None:
        """The role a first-person answer gives itself ("I'm the SENCo", "as practice
        manager I …"), so that I/me/we stand for it; None when it names none."""
        said: list[tuple[int, int, list[str]]] = []
        for order, match in enumerate(_SELF_INTRODUCTION.finditer(text)):
            words = said_role(match).split()
            if match.group("one_of"):
                # "I'm one of the specialists in poison information": one specialist
                words = [fold_plural(w) if w.endswith("s") else w for w in words]
            while words and words[-1].lower() in _PLACE_ADVERBS:
                words = words[:-1]  # "I'm the shift manager there"
            if _role_of_what(words):
                words = words[:1]  # "I'm the owner of sixty shops": the owner
            while words:
                proper = any(sum(c.isupper() for c in w) >= 2 for w in words)
                kind = self._speaker_kind(words, proper=proper)
                if kind in HUMAN:
                    said.append((-_self_introduction_rank(match), order, words))
                    break
                words = words[:-1]
        if said:
            # "I was a slaughterman by trade, although I'm the owner now", "I'm only a
            # volunteer, I'm the bookings volunteer": what one is now, said definitely
            return self.role(" ".join(min(said)[2]))
        for match in _SELF_NAMED.finditer(text):
            role = said_role(match)
            if self._speaker_kind(role.split()) in HUMAN:
                return self.role(role)
        place = _MANAGER_OF.search(text)
        if place is not None:
            return self.role(f"{fold_plural(place.group('place').lower())} manager")
        work = _ROLE_BY_WORK.search(text)
        if work is not None and lx.verb_info(work["what"]) is None:
            return self.role(f"{fold_plural(work['what'])} {_AGENT_OF[work['verb']]}")
        unit = _SPEAKER_UNIT.search(text)
        if unit is not None:
            return self.role(_unit_said(unit))
        shared = _ALL_OF_US.search(text)
        if shared is not None and self._speaker_kind(shared["role"].split()) in HUMAN:
            return self.role(shared["role"])
        opening = _ROLE_OPENING.match(text)
        if opening is not None and _FIRST_PERSON_SAID.search(text):
            words = opening["role"].split()
            single = fold_plural(words[-1].lower()) == words[-1].lower()  # "Drivers, they …"
            if single and lx.actor_kind(words) == ActorKind.person:
                return self.role(opening["role"].lower())
        return None

    def _speaker_unit(self, text: str) -> str | None:
        """The unit a speaker who gave a role says they sit in ("I've been secretary since
        1998 … On the day, I'm in the show office"): what "we" and "us" stand for then."""
        if self.speaker is None:
            return None
        ours = next(
            (
                m
                for m in _SPEAKER_UNIT.finditer(text)
                if m.group(0)[:2].lower() == "we" or m["unit4"]
            ),
            None,
        )
        if ours is not None:  # "that's us, the concessions team, … and I'm the team leader"
            name = self.role(_unit_said(ours))
            return name if name != self.speaker else None
        unit = _UNIT_SAT_IN.search(text)
        if unit is None:
            return None
        name = self.role(f"{unit.group('unit')} {unit.group('head')}")
        return name if name != self.speaker else None

    def _read_arrow_line(self, line: str) -> None:
        """A loose arrow line of bullet notes: each pair of endpoints is a flow."""
        segs = _landing_named(_way_in_named(line, self._label_first(arrows.segments(line))))
        content = arrows.content_of(segs)
        names: list[str | None] = []
        for index, seg in enumerate(segs):
            # "big 3 retailers", "top 10 customers": a count inside a party's name
            s = Sentence(_COUNT_IN_NAME.sub("", seg.name)) if seg.name else None
            name = None
            if s is not None and s.n:
                np_ = _whole_name(s) or (self._subject(s, s.clauses[0]) if s.clauses else None)
                np_ = np_ or s.np_at(0)
                name = self.actor(np_, s, relaxed=True)
                if name is None and np_ is not None and 0 < index < len(segs) - 1:
                    # a form or a portal in the middle of a chain passes data on: a tool
                    name = self._name(np_)
                    self.mentions.setdefault(
                        normalise_name(name), Mention(name, ActorKind.tool, np_)
                    )
                if name is None and index == 0 and np_ is not None:
                    content = content or self._name(np_)
                    name = self._holder_of(self._name(np_))
            names.append(name)
        if names and names[0] is None and (late := _LATE_SOURCE.search(line)):
            # "monthly report → council contract mgr, PDF by email, eng mgr does it"
            doer = Sentence(late.group("who"))
            np_ = _whole_name(doer) or doer.np_at(0)
            if np_ is not None and np_.end == doer.n:
                names[0] = self.actor(np_, doer, relaxed=True)
                content = content or f"{segs[0].name} {segs[0].rest}".strip("-*•· ")
        what_travels = len(segs) == 2 and not self._party_word(segs[0].name)
        if (
            what_travels
            and names[0] != names[1]
            and not segs[1].rest.startswith(":")  # "→ drivers: job offer pushed …" is content
        ):
            # "approved file → Printful, designer uploads manually", "snags → supplier, PO
            # emails them weekly": what travels first, who sends it last
            doer_name = self._doer_of(segs[1].rest)
            signed = doer_name is None and (doer_name := self._signed_by(segs[1].rest)) is not None
            if doer_name is None and "," in segs[1].rest:
                # "quote PDF → customer, email, estimator sends", "price comparison →
                # clients, PDF by email, account execs send it": who sends, said last
                doer_name = self._doer_of(segs[1].rest.rpartition(",")[2])
                signed = doer_name is not None
            if doer_name is not None and doer_name != names[1]:
                names[0] = doer_name
                what = segs[0].name.strip("-*•· ")
                content = what if signed else content or what  # not "– accts" as content
        if what_travels and names[0] != names[1] and segs[1].rest.startswith(":"):
            # "faults → workshop: warehouse lead tells them at stand-up", "van departure
            # times → night sup: drivers radio them in": who acts on what travels sends it
            doer_name = self._doer_of_it(segs[1].rest)
            if doer_name is not None and doer_name != names[1]:
                names[0] = doer_name
                content = segs[0].name.strip("-*•· ")
        if what_travels:
            # "signed form (paper) → installers bring it back to accounts": what travels,
            # then a half-sentence saying who takes it to whom
            said = self._carried_by(segs[1].name)
            if said is not None:
                names = list(said)
                content = content or segs[0].name.strip("-*•· ")
        carrier = ""
        if len(names) >= 2 and names[-1] is None:
            # "bookings desk → whiteboard in yard: date / site, operators check it first
            # thing": written on a carrier for whoever the note says reads it
            names[-1] = self._reader_of(segs[-1].rest)
            carrier = segs[-1].name if names[-1] else ""
        if names and names[-1] and (written := _WRITTEN_DOWN.search(segs[-1].rest)):
            # "→ weighbridge office, written on day sheet": the receiver wrote the sheet that
            # a later line sends on ("day sheet → plant op")
            head = fold_plural(written["carrier"].split()[-1].lower())
            if head in _PAPER or hub_key(head) == "board":
                self.writers[hub_key(head)] = names[-1]
        sent_on = None
        if not what_travels and len(segs) >= 2 and names[-1]:
            # "accounts raise invoice in Xero → Xero emails it to client automatically": the
            # last endpoint, as the subject of a half-sentence, sends on to whom it names
            sent_on = self._carried_by(segs[-1].name)
            if sent_on is not None and (sent_on[0] != names[-1] or sent_on[1] in names):
                sent_on = None
        first = len(self.flows)
        for index in range(len(segs) - 1):
            source, target = names[index], names[index + 1]
            if not source or not target or source == target:
                continue
            cue_text = f"{segs[index].rest} {segs[index + 1].rest}"
            if index == len(segs) - 2 and len(segs) == 2:
                cue_text = f"{segs[0].rest} {segs[1].rest}"
            if index == len(segs) - 2:
                cue_text = f"{segs[index].rest} {carrier}" if sent_on else f"{cue_text} {carrier}"
            self._add(source, [target], content, cue_text, "", line)
        if sent_on is not None:
            cue_text = f"{segs[-1].name} {segs[-1].rest}"
            self._add(sent_on[0], [sent_on[1]], content, cue_text, "", line)
        self._through_a_device(first)  # "surveyor enters sizes in iPad app -> Glazplan"
        self._entries_in_arrow_line(line, content)

    def _entries_in_arrow_line(self, line: str, content: str) -> None:
        """A note's half-sentence that keys what came into a system: after the last arrow
        ("… -> counter staff key into Merlin while cust waits", "→ chief mech, types into
        Maximo") or after a semicolon ("…; lab mgr re-types into LIMS"). The pair is one
        flow, the keying another."""
        tail = arrows.ARROW.split(line)[-1].split(";")[0]
        name, _, after = tail.partition(",")
        if _starts_with_verb(after) and not _keys_in(name) and _keys_in(f"{name} {after}"):
            tail = f"{name} {after}"  # "→ chief mech, types into Maximo weekly"
        else:
            tail = name  # "→ Printful, designer uploads": the target, then the doer
        for piece in [tail, *(p.split(",")[0] for p in line.split(";")[1:])]:
            piece = piece.strip(" :-")
            said = (
                None if arrows.ARROW.search(piece) else self._half_sentence(piece, lx.ENTRY_VERBS)
            )
            if said is None:
                continue
            first = len(self.flows)
            self._read_sentence(said[0])
            for flow in self.flows[first:]:
                flow.content = flow.content or content
            # only into a system named as such ("into Merlin"): "types it into the
            # register" may be a book, which the arrow's pair already covers
            self.flows[first:] = [
                f for f in self.flows[first:] if any(c.isupper() for t in f.targets for c in t)
            ]

    def _party_word(self, name: str) -> bool:
        """A bullet's first words name a party by their own words, not only where a party
        must stand ("snags" is what travels; "depot ctrl" sends)."""
        words = [w for w in re.findall(r"[\w&'-]+", name) if w.lower() not in lx.DETERMINERS]
        named = words
        if len(words) > 1 and words[-1].islower() and lx.actor_kind(words[-1:]) is None:
            # "POD signature", "O2 drop": a name before a common noun only says whose or
            # what kind; the noun says what travels
            named = words[-1:]
        proper = any(c.isupper() for w in named for c in w[1:]) or any(
            w.lower() in self.proper_words for w in named
        )  # "iCabbi", "SAP"
        return bool(words) and lx.actor_kind(words, proper=proper) is not None

    def _half_sentence(
        self, text: str, verbs: frozenset[str]
    ) -> tuple[Sentence, Clause, NP] | None:
        """A note's half-sentence that opens on its subject and one of ``verbs`` in the
        active voice ("designer uploads manually"): the sentence, its clause, the subject."""
        s = Sentence(text)
        clause = s.clauses[0] if s.clauses else None
        if clause is None or clause.verb is None or clause.passive or clause.base not in verbs:
            return None
        subject = self._subject(s, clause)
        if subject is None or subject.start != 0 or subject.end != clause.verb:
            return None
        return s, clause, subject

    def _doer_of(self, rest: str) -> str | None:
        """Who a half-sentence after a bullet's target says does the sending ("designer
        uploads manually", "PO emails them once a week"), or None."""
        said = self._half_sentence(
            rest.strip(" ,;:-(").split("(")[0], SENDING | lx.ENTRY_VERBS | lx.CARRY_VERBS
        )
        return self.actor(said[2], said[0], relaxed=True) if said else None

    def _doer_of_it(self, rest: str) -> str | None:
        """Who a half-sentence after a bullet's receiver says sends what the bullet opened
        with, pointing back at it ("warehouse lead tells them", "drivers radio them in")."""
        text = re.split(r"[,;(]", rest.strip(" :-"))[0]
        s = Sentence(text)
        clause = s.clauses[0] if s.clauses else None
        if clause is None or clause.verb is None or clause.passive:
            return None
        if clause.base not in SENDING | lx.CARRY_VERBS | lx.TELL_VERBS | lx.ENTRY_VERBS:
            return None
        after = s.low(clause.verb + 1) if clause.verb + 1 < s.n else ""
        subject = self._subject(s, clause)
        if after not in {"it", "them", "this", "these", "those"} or subject is None:
            return None
        if subject.start != 0 or subject.end != clause.verb:
            return None
        return self.actor(subject, s, relaxed=True)

    def _signed_by(self, rest: str) -> str | None:
        """Who a note names last as the one who does it: "invoices → farmers, emailed PDF –
        accts", "price list → buyers weekly on WhatsApp (sales)", "completion cert → client,
        emailed by PM"; only words that name a party by themselves."""
        match = _SIGNED.search(rest.strip())
        if match is None:
            return None
        who = (match["who"] or match["who2"] or match["who3"] or "").strip()
        if not who or not self._party_word(who):
            return None
        s = Sentence(who)
        np_ = s.np_at(0)
        name = self.actor(np_, s, relaxed=True) if np_ is not None and np_.end == s.n else None
        if name is not None and match["who3"]:
            self._person_acronym(name)  # "emailed by PM": someone who e-mails is a role
        return name

    def _reader_of(self, rest: str) -> str | None:
        """Who a half-sentence after a bullet's carrier says reads it ("…, site mgr reads
        it", "…, operators check it first thing"), or None."""
        for piece in rest.split(","):
            said = self._half_sentence(piece.strip(" ;:-(").split("(")[0], lx.READ_VERBS)
            if said is not None:
                return self.actor(said[2], said[0], relaxed=True)
        return None

    def _carried_by(self, text: str) -> tuple[str, str] | None:
        """(who, to whom) when a bullet's target is a half-sentence of sending ("installers
        bring it back to accounts", "SCADA pages ops tech"), else None."""
        said = self._half_sentence(text, SENDING | lx.CARRY_VERBS | lx.TELL_VERBS)
        if said is None:
            return None
        s, clause, subject = said
        assert clause.verb is not None
        to = [n for p, g, _ in self._pps(s, clause.verb + 1, clause.end) if p == "to" for n in g]
        if not to and clause.base in lx.TELL_VERBS and (obj := self._direct_object(s, clause)):
            to = [obj]  # "high NH3 → SCADA pages ops tech"
        who = self.actor(subject, s, relaxed=True)
        whom = self.actor(to[0], s, relaxed=True) if to else None
        return (who, whom) if who and whom and who != whom else None

    def _label_first(self, segs: list[arrows.Segment]) -> list[arrows.Segment]:
        """``discharge summ.: EPR -> GP practices``: what stands before the colon is a label
        (the content), and the source is the system named after it, when the label names no
        actor and the words after the colon name one on their own."""
        if not segs or not segs[0].colon_source:
            return segs
        label, rest = segs[0].name, segs[0].rest
        if label.strip("-*•· ").lower() in _NOT_DONE_TAGS:
            return []  # "idea: SMS members … -> reception": not done today
        if not rest:
            return segs
        if (last := self._sender_after_comma(label, rest)) is not None:
            return [last, *segs[1:]]
        if "," in rest and len(rest.rpartition(",")[2].split()) > 1:
            # "consignment notes: paper, signed at the tip, driver hands copies → office"
            clause = self._label_then_clause(segs, label, rest.rpartition(",")[2].strip())
            if clause is not segs:
                return clause
        label_words = Sentence(label.lstrip("-*•· "))
        words = rest.split()
        role_alone = (
            0 < len(words) <= 3
            and all(w.isalpha() and w.islower() for w in words)
            and lx.actor_kind(words) in {ActorKind.person, ActorKind.team}
        )  # "CT head: consultant → radiology", "offer of rep: agent → author"
        if (
            label_words.n
            and not role_alone
            and label_words.low(0) not in lx.PREPOSITIONS  # "on site: installers → PO"
            and lx.actor_kind([t.text for t in label_words.toks if t.text.isalnum()])
        ):
            return segs
        if len(rest.split()) > 3:
            clause = self._label_then_clause(segs, label, rest)
            return clause if clause is not segs else self._label_then_source(segs, label, rest)
        after = Sentence(rest)
        np_ = _whole_name(after) or after.np_at(0)
        if (
            (np_ is None or np_.end < after.n)
            and after.n
            and all(
                t.text.isalnum() and t.low not in lx.PREPOSITIONS | lx.DETERMINERS
                for t in after.toks
            )
        ):
            # "wire: PA feed → Methode": a short bare name, even with a verb-like word
            np_ = NP(list(after.toks), 0, after.n, None, any(t.text.isupper() for t in after.toks))
        if np_ is not None and np_.end < after.n:
            return segs
        proper = np_ is not None and (
            np_.proper or any(t.low in self.proper_words for t in np_.words)
        )
        if (
            np_ is not None
            and proper
            and len(np_.words) > 1
            and arrows.content_word(np_.words[-1].text)
            and np_.words[-2].text[:1].isupper()
        ):
            # "rejections: QueryManager template → author": the system's template, sent by it
            np_ = NP(np_.words[:-1], np_.start, np_.end - 1, None, True)
            rest = " ".join(t.text for t in np_.words)
        # a bare name alone between the label's colon and the arrow stands where only an
        # actor can ("match results: coach → league sec")
        if np_ is None or not lx.actor_kind(
            [t.text for t in np_.words], proper=proper, relaxed=True
        ):
            return segs
        return [arrows.Segment(rest, f": {label.lstrip('-*•· ')}"), *segs[1:]]

    def _arrow_from_a_party(self, part: str) -> bool:
        """A note's part that starts a step of its own: an arrow from a party ("official
        result APHA → farmer"), not from what the step before sent ("alarm SMS → …")."""
        if not arrows.has_arrow(part):
            return False
        segs = arrows.segments(part)
        if not segs or not segs[0].name:
            return False
        s = Sentence(segs[0].name)
        np_ = (_whole_name(s) or s.np_at(0)) if s.n else None
        return np_ is not None and self.actor(np_, s, relaxed=True) is not None

    def _sender_after_comma(self, label: str, rest: str) -> arrows.Segment | None:
        """``bordereau: monthly xlsx, claims mgr → reinsurer``: a label, what and how, then
        who sends, named alone after the last comma before the arrow; or first, before how
        (``door checks: caretaker, paper checklist → facilities mgr``)."""
        parts = [part.strip() for part in rest.split(",")]
        if len(parts) < 2:
            return None
        said = label.lstrip("-*•· ")
        if self._party_alone(parts[-1]) and not any(self._party_alone(p) for p in parts[:-1]):
            return arrows.Segment(parts[-1], f": {said}, {', '.join(parts[:-1])}")
        if self._party_alone(parts[0]) and all(_names_a_medium(p) for p in parts[1:]):
            return arrows.Segment(parts[0], f": {said}, {', '.join(parts[1:])}")
        return None

    def _party_alone(self, text: str) -> bool:
        """Up to three bare words naming a party, not a medium ("claims mgr")."""
        if not text or len(text.split()) > 3 or not arrows.a_party(text) or _names_a_medium(text):
            return False
        s = Sentence(text)
        np_ = s.np_at(0) if s.n else None
        return np_ is not None and np_.end == s.n and self.actor(np_, s) is not None

    def _label_then_source(
        self, segs: list[arrows.Segment], label: str, rest: str
    ) -> list[arrows.Segment]:
        """``fault alarms: remote monitoring unit on each escalator -> Lift&Esc Cloud``,
        ``acquisitions: wish list from music director, Word doc by email -> librarian``:
        a label, then who sends, named first or "from" whom, with where it stands."""
        what, how = label.lstrip("-*•· "), ""
        if what.lower() in _NOTE_TAGS or arrows.says_when(what):
            return segs  # "idea: SMS growers …", "Mon am: ops lead decides …"
        got = _WHAT_FROM.match(rest)
        if got is not None:
            what, rest, how = got["what"], got["who"], rest[got.end() :].strip()
        cut = arrows.NAME_END.search(rest)
        name = (rest[: cut.start()] if cut else rest).strip()
        s = Sentence(name)
        np_ = s.np_at(0) if s.n else None
        if np_ is None or np_.end != s.n or arrows.content_word(name):
            return segs
        proper = np_.proper or any(t.low in self.proper_words for t in np_.words)
        if lx.actor_kind([t.text for t in np_.words], proper=proper) is None:
            return segs  # a party by its own words: "lift mechs: faults on paper log" is not
        return [arrows.Segment(name, f": {what}, {how}".rstrip(", ")), *segs[1:]]

    def _label_then_clause(
        self, segs: list[arrows.Segment], label: str, rest: str
    ) -> list[arrows.Segment]:
        """``trade orders: agencies email PDF + PO -> CSR``: a label, then a half-sentence
        whose subject sends what its verb takes to the end of the arrow."""
        said = self._half_sentence(rest, SENDING)
        if said is None:
            return segs
        after, clause, subject = said
        assert clause.verb is not None
        if self.actor(subject, after, relaxed=True) is None:
            return segs
        obj = after.np_at(clause.verb + 1)
        what = obj.text if obj is not None and self.actor(obj, after) is None else label
        return [arrows.Segment(subject.text, f": {what}"), *segs[1:]]

    def _read_sentence(self, s: Sentence) -> None:
        first_new = len(self.flows)
        self.sentences_read += 1
        self.said_in_turn += 1
        self.carrier_cue = ""  # a question's channel never reaches another sentence
        if all(c.verb is None for c in s.clauses) and not any(
            t.low in lx.BE_FORMS | lx.SUBJECT_PRONOUNS or t.low.startswith("'") for t in s.toks
        ):
            self._topic_of_fragment(s)
        for clause in s.clauses:
            self._read_clause(s, clause)
        self._sent_to_whoever_keys_it(s)
        self._line_reaches_its_staff(s)
        self._put_up_for_readers(s)
        self._hub_acted_on_next(s)
        self._alert_on_a_screen(s)
        self._way_in_passes_on(s, first_new)
        self._form_mailed_to_an_inbox(s, first_new)
        self._answer_comes_back(s, first_new)
        self._through_a_device(first_new)  # last: it removes a flow the clauses point at
        self._unnamed_app_is_a_screen(first_new)
        if s.clauses:
            self._people_before_their_place(s, s.clauses[-1])
        # carriers named in clauses that made no flow ("keeps a list in a shared spreadsheet")
        # (not a negated one's: "nobody tells the supermarkets, I just post it on Facebook")
        spare = " ".join(
            s.words_between(c.start, c.end)
            for c in s.clauses
            if not c.made_flow and not (c.verb is not None and self._not_today(s, c))
        )
        for flow in self.flows[first_new:]:  # only this sentence's: linear in the answer
            if flow.fallback_text == PENDING:
                flow.fallback_text = spare

    def _answer_comes_back(self, s: Sentence, first_new: int) -> None:
        """ "salvage master emails request to naval architect, answer comes back same way":
        an answer or reply that comes back, with no sender named, goes from whom the
        sentence's flow reached back to its sender."""
        said = [f for f in self.flows[first_new:] if len(f.targets) == 1]
        if len(said) != 1:
            return
        for clause in s.clauses:
            if (
                clause.verb is None
                or clause.made_flow
                or clause.base != "come"
                or s.low(clause.verb + 1) != "back"
                or clause.subject is None
                or fold_plural(clause.subject.head.lower()) not in _ANSWERS
                # "the results come back into Redbrick": where to is said, not to whom
                or any(
                    s.low(k) in {"into", "to", "onto", "in"} for k in range(clause.verb, clause.end)
                )
            ):
                continue
            asked = said[0]
            span = s.words_between(clause.start, clause.end)
            self._add(asked.targets[0], [asked.source], clause.subject.text, span, "", span)
            return

    def _way_in_passes_on(self, s: Sentence, first_new: int) -> None:
        """ "Orders that are placed by the brewers through our customer portal are transferred
        automatically to SAP": a person reaches a system through a portal or a form that
        hands the data on by itself, so the chain is split, person -> portal -> system
        (STYLES.md)."""
        if "part of" in s.text.lower():
            return  # "the form on our website, which is part of Spydus": the system itself
        ways = [
            np_
            for np_ in s.nps_between(0, len(s.toks))
            if np_.prep in {"through", "via", "on", "over", "using"} and np_.head in _WAY_IN_HEADS
        ]
        if len(ways) != 1:
            return
        lows = [t.low for t in s.toks]
        for flow in self.flows[first_new:]:
            if (
                not flow.human_source
                or len(flow.targets) != 1
                or self.kind_of(flow.targets[0]) not in SYSTEMS
            ):
                continue
            at = _first_said(lows, flow.targets[0])
            by = _first_said(lows, flow.source)
            if (
                at is None
                or by is None
                or not by < ways[0].start < ways[0].end <= at
                or not _PASSED_ON & set(lows[ways[0].end : at])
                or _OWN_FRONT & set(lows[by : ways[0].start])
            ):
                continue  # the system named first is where the person puts it; a form
                # filled in on a website is the system's own ("fill in a form on our
                # website that goes straight into Mortgage Brain")
            way = self.actor(ways[0], s)
            if way is None or way in {flow.source, *flow.targets}:
                return
            said = [f for f in self.flows[first_new:] if way in (f.source, *f.targets)]
            if said and [(f.source, f.targets) for f in said] == [(flow.source, [way])]:
                flow.source = way  # the sending into the way in is said already
                flow.human_source = False
                flow.source_kind = self.kind_of(way)
                return
            if said:
                return
            onward = flow.targets
            flow.targets = [way]
            flow.target_kinds = [self.kind_of(way)]
            flow.cue_text = f"through the {ways[0].head}"
            self._add(way, onward, flow.content, "automatically", "", s.text)
            return

    def _form_mailed_to_an_inbox(self, s: Sentence, first_new: int) -> None:
        """ "Owners fill in the surrender form on our website, which lands in the intake
        coordinator's inbox": a web form that only mails what was sent to someone is the
        channel, not an actor (STYLES.md), so the flow goes from who filled it in to whose
        inbox it lands in; a form that passes it on to a system, or "automatically", is not
        merely mailed."""
        if not _MAILED_IN.search(s.text) or _BY_ITSELF.search(s.text):
            return
        said = self.flows[first_new:]
        for into in said:
            if not into.human_source or len(into.targets) != 1:
                continue
            form = into.targets[0]
            if (
                form.split()[-1].lower() not in _FORM_HEADS
                or self.kind_of(form) not in SYSTEMS
                or not any(
                    np_.prep in _FILLED_ON and self._name(np_) == form
                    for np_ in s.nps_between(0, s.n)
                )
            ):
                continue  # "types them into the registry website": a system of its own
            onward = [
                f
                for f in said
                if f is not into
                and f.source in {form, into.source}
                and f.targets
                and all(self.kind_of(t) in HUMAN for t in f.targets)
            ]
            if len(onward) != 1:
                continue
            flow = onward[0]
            flow.source, flow.human_source = into.source, True
            flow.source_kind = into.source_kind
            flow.content = flow.content or into.content
            flow.cue_text, flow.fallback_text = "through the website", ""  # a web form: medium
            self.flows.remove(into)
            return

    def _through_a_device(self, first_new: int) -> None:
        """A device is the screen of the system behind it (STYLES.md): who entered something
        on it reaches that system, and the device sends nothing of its own, in a sentence
        ("record defect counts on a tablet app that submits them to Produce Pro") as in a
        chain of notes ("surveyor enters sizes in iPad app -> Glazplan")."""
        said = self.flows[first_new:]
        for into in said:
            if len(into.targets) != 1 or not _holds_a_device(into.targets[0]):
                continue
            onward = [f for f in said if f.source == into.targets[0] and f is not into]
            if len(onward) != 1 or (onward[0].targets and _holds_a_device(onward[0].targets[0])):
                continue
            into.targets = list(onward[0].targets)
            self.flows.remove(onward[0])
            return

    def _unnamed_app_is_a_screen(self, first_new: int) -> None:
        """ "I put it in JobLogic … and they see it in the app on their phones": an app said
        without its name is the screen of the system last used, as a device is, when the
        sentence names no system of its own."""
        said = self.flows[first_new:]
        ends = {e for f in said for e in [f.source, *f.targets]}
        if not any(_generic_app(e) for e in ends) or any(
            self.kind_of(e) in SYSTEMS and not _generic_app(e) for e in ends
        ):
            return
        behind = self.system_last_used(before=first_new)
        if behind is None:
            return
        for flow in said:
            if _generic_app(flow.source):
                flow.source = behind
            flow.targets = [behind if _generic_app(t) else t for t in flow.targets]
            flow.targets = [t for t in dict.fromkeys(flow.targets) if t != flow.source]
        self.flows = [f for f in self.flows if f.targets]

    def _sent_to_no_one(self, clause: Clause) -> str | None:
        """The person who sends something in an active clause that found no receiver
        ("customers book their MOT by phone"), for the rules that look for one after it."""
        sender = clause.subject_actor
        if (
            clause.made_flow
            or clause.passive
            or clause.base not in _SENT_WITHOUT_RECEIVER
            or not sender
            or self.kind_of(sender) not in HUMAN
        ):
            return None
        return sender

    def _sent_to_whoever_keys_it(self, s: Sentence) -> None:
        """ "Customers book their MOT by phone, and the receptionist enters the booking in
        Garage Hive": a sending that names no receiver reaches whoever keys it in next, in
        the same sentence."""
        for before, after in zip(s.clauses, s.clauses[1:], strict=False):
            sender = self._sent_to_no_one(before)
            span = s.words_between(before.start, before.end)
            if (
                not sender
                or not after.made_flow
                or after.flow_index is None
                or not (_SENT_BY.search(span) or _emailed_nowhere(before, span))
            ):
                continue
            keyed = self.flows[after.flow_index]
            if (
                keyed.source == sender
                or not keyed.human_source
                or not keyed.targets
                or not all(k in SYSTEMS for k in keyed.target_kinds)
            ):
                continue
            obj = self._direct_object(s, before)
            content = self._name(obj) if obj is not None and not obj.is_pronoun else ""
            self._add(sender, [keyed.source], content, span, "", span)
            self.flows.insert(after.flow_index, self.flows.pop())  # told in the order it happens
            return

    def _line_reaches_its_staff(self, s: Sentence) -> None:
        """ "Members of the public report stray dogs through our hotline, and the hotline
        volunteer writes each call on an intake sheet": what is sent through a line, to no
        one named, reaches the people the sentence names after that line next."""
        for k, before in enumerate(s.clauses):
            if not (sender := self._sent_to_no_one(before)):
                continue
            lines = [
                np_.head.lower()
                for np_ in s.nps_between(before.start, before.end)
                if np_.prep in {"through", "via", "on", "to"} and np_.head.lower() in _CALLED_LINES
            ]
            staff = next(
                (
                    c.subject_actor
                    for c in s.clauses[k + 1 :]
                    if c.subject_actor
                    and self.kind_of(c.subject_actor) in HUMAN
                    and set(lines) & set(c.subject_actor.lower().split()[:-1])
                ),
                None,
            )
            if not lines or staff is None or staff == sender:
                continue
            obj = self._direct_object(s, before)
            content = self._name(obj) if obj is not None and not obj.is_pronoun else ""
            span = s.words_between(before.start, before.end)
            self._add(sender, [staff], content, span, "", span)
            return

    def _put_up_for_readers(self, s: Sentence) -> None:
        """ "prints the daily press plan and pins it up next to the presses, so the operators
        know which stampers to mount": what is put up for people to see goes to them, from
        whoever put it there (STYLES.md: a board or a sheet is a medium)."""
        if _SO_THEY_SEE.search(s.text) is None:
            return
        k = next((t.i for t in s.toks if t.low == "so"), None)
        if k is None or (readers_np := s.np_at(k + 1 + (s.low(k + 1) == "that"))) is None:
            return
        readers = self.actor(readers_np, s)
        putting = [
            c
            for c in s.clauses
            if c.verb is not None and c.verb < k and not c.passive and c.base in _PUT_UP
        ]
        if not readers or self.kind_of(readers) not in HUMAN or not putting:
            return
        writer = putting[-1].subject_actor
        if not writer or writer == readers or self.kind_of(writer) not in HUMAN:
            return
        if putting[-1].made_flow or self._flow_said(writer, readers):
            # into a system or to someone: what is read there is not put up (entering "so
            # the warehouse can see them" was tried: 1 right for 11 wrong)
            return
        obj = self._direct_object(s, putting[-1])
        if obj is not None and obj.is_pronoun:
            # "prints the daily press plan and pins it up": "it" is the thing just printed
            earlier = (
                self._direct_object(s, c)
                for c in reversed(s.clauses)
                if c.verb is not None
                and c.verb < putting[-1].start
                and c.subject_actor == writer  # what the writer handled, not "tells Marek"
            )
            obj = next((o for o in earlier if o is not None and not o.is_pronoun), obj)
        content = self._name(obj) if obj is not None and not obj.is_pronoun else ""
        span = s.words_between(putting[-1].start, putting[-1].end)
        self._add(writer, [readers], content, span, "", span)

    def _hub_acted_on_next(self, s: Sentence) -> None:
        """ "he writes it on the whiteboard by the stores cage, and the storeman orders it":
        whoever acts on what was just written on a board, in the same sentence, read it
        there (STYLES.md: a whiteboard is a medium from its writer to its reader)."""
        if self.hub_written is None or self.hub_written[1] != self.sentences_read:
            return
        writer = self.hub_written[0]
        wrote = next(
            (
                k
                for k, c in enumerate(s.clauses)
                if c.subject_actor == writer and c.base in _WRITTEN_UP
            ),
            None,
        )
        if wrote is None:
            return
        for after in s.clauses[wrote + 1 :]:
            reader = after.subject_actor
            if after.verb is None or after.passive or reader in {None, writer}:
                continue
            obj = self._direct_object(s, after)
            if self.kind_of(reader) not in HUMAN or obj is None:
                continue
            if (
                obj.toks[0].low in {"it", "them"}
                and len(obj.toks) == 1
                and not self._flow_said(writer, reader)
            ):
                span = s.words_between(after.start, after.end)
                self._add(writer, [reader], self.last_content, span, "", span)
            return

    def _alert_on_a_screen(self, s: Sentence) -> None:
        """What a system puts on someone's screen or in their queue reaches them (STYLES.md:
        an automated display shown to a person): "SCADA raises an alarm on the duty
        engineer's screen", "the BMS shows the temperatures on the big screen for the
        engineers", "the booking lands on the front desk manager's screen", "it lands in
        the fraud analysts' queue", "the alarms come up on our screens"."""
        for clause in s.clauses:
            if clause.made_flow or clause.verb is None or clause.passive:
                continue
            base = re.sub(r"e?s$", "", clause.base)  # an unknown -s verb keeps it: "flashes"
            subject = clause.subject_actor
            system = subject if subject and self.kind_of(subject) in SYSTEMS else None
            obj = self._direct_object(s, clause)
            if base in _ALERT_VERBS and system:
                what = obj if obj is not None and fold_plural(obj.head.lower()) in _ALERTS else None
                if what is None and base not in _SHOW_VERBS:
                    continue
            elif (
                clause.base in _ARRIVAL_VERBS
                and (subject is None or system)
                and not (clause.subject and fold_plural(clause.subject.head.lower()) in _MESSAGES)
            ):  # "the texts come up on the studio screen": somebody sent them
                what = clause.subject
                if what is not None and fold_plural(what.head.lower()) in _ALERTS:
                    system = None  # "the SCADA alarms come up …": SCADA's, not a system's own
                system = system or self._system_behind(s, clause)
            else:
                continue
            pps = self._pps(s, clause.verb + 1, clause.end)
            readers = [
                a for p, g, _ in pps if p == "for" for a in (self._recipient(n, s) for n in g) if a
            ]
            if system is None:
                named = [a for _, g, _ in pps for a in map(self._actor_of(s), g) if a]
                # "it lands in the fraud analysts' queue in Actimize"
                system = next((a for a in named if self.kind_of(a) in SYSTEMS), None)
            for screen in self._screens_in(pps)[:1]:
                owner = (
                    self._own_screen(screen)
                    or self._device_owner(screen, s)
                    or self._screen_team(screen, s)
                )
                # "… live on the control cabin screens, so the pilot sees it all"
                after = self._reader_after(s, clause) if not (owner or readers) else None
                owners = [owner] if owner else readers or ([after] if after else [])
                owners = [o for o in owners if o != system and self.kind_of(o) in HUMAN]
                if system and owners:
                    span = s.words_between(clause.start, clause.end)
                    shown = self._name(what) if what is not None and not what.is_pronoun else ""
                    content = shown or self.last_content
                    self._add(system, owners, content, f"automatic {span}", "", span)
                    clause.made_flow = True

    def _system_behind(self, s: Sentence, clause: Clause) -> str | None:
        """The system that puts something on a screen when the clause does not make it the
        subject: named in the subject ("the SCADA alarms come up"), acting earlier in the
        sentence, named earlier in it, or last in the answer."""
        subject = clause.subject
        if subject is not None and not subject.is_pronoun and len(subject.words) > 1:
            words = subject.words[:-1]
            part = NP(list(words), words[0].i, words[-1].i + 1, None, subject.proper)
            name = self.actor(part, s)
            if name and self.kind_of(name) in SYSTEMS:
                return name
        acting = next(
            (
                c.subject_actor
                for c in s.clauses
                if c.start < clause.start
                and c.subject_actor
                and self.kind_of(c.subject_actor) in SYSTEMS
            ),
            None,
        )  # "Fenergo runs the screening against World-Check, and a hit lands in …": Fenergo's
        return (
            acting
            or self._named_system_before(s, clause.start)
            or self._last_system_before(s, clause.start)
            or self.last_system
        )

    def _topic_of_fragment(self, s: Sentence) -> None:
        """A sentence without a verb that names one party ("Mostly from GPs.") makes it
        the topic that "they" stands for next ("They email us the referral letter")."""
        parties = {
            name
            for np_ in s.nps_between(0, s.n)
            if not np_.is_pronoun
            for name in [self.actor(np_, s)]
            if name and self.kind_of(name) in HUMAN
        }
        if len(parties) == 1:
            self.last_subject = parties.pop()

    def _handed_to_before(self, s: Sentence, clause: Clause, agent: NP) -> str | None:
        """ "lists are handed to our field officers on paper and are then entered by them
        into RedRose": "by them" are those the clause before handed it to."""
        parent = clause.parent
        if (
            agent.toks[0].low not in {"them", "him", "her"}
            or clause.kind != "coord"
            or parent is None
            or parent.verb is None
        ):
            return None
        given = [
            a
            for p, g, _ in self._pps(s, parent.verb + 1, parent.end)
            if p == "to"
            for a in (self._recipient(n, s) for n in g)
            if a
        ]
        return given[0] if given else None

    def _read_clause(self, s: Sentence, clause: Clause) -> None:
        clause.subject, clause.subject_actor = self._clause_subject(s, clause)
        if clause.subject is not None and not clause.passive:
            # "the bank feed brings the payments into Xero": the feed is the bank's
            clause.subject_actor = self._feed_of(clause.subject, s) or clause.subject_actor
        if clause.verb is None:
            self._saw_possessors(s, clause)
            self._saw_named_party(s, clause)
            self._saw_introduced(s, clause)
            return
        if _where_it_starts(s, clause) is not None:
            self._saw_named_party(s, clause)  # "it all starts with the scheduling team"
        pps = self._pps(s, clause.verb + 1, clause.end)
        if clause.passive:
            agents = [
                a
                for p, g, _ in pps
                if p == "by"
                # "scanned into GasTrack by the drivers' handhelds": whoever carries them
                for a in (
                    self._handed_to_before(s, clause, n)
                    or self._device_owner(n, s)
                    or self._recipient(n, s)
                    for n in g
                )
                if a
            ]
            clause.agent_actor = agents[0] if agents else clause.agent_actor
            if (
                clause.agent_actor is None
                and clause.antecedent is not None
                and s.low(clause.start - 2) == "by"
                and s.low(clause.start - 1) in {"whom", "which"}
            ):
                # "… to the SPA administrator, by whom they are typed into Nebula": the
                # relative's antecedent (cut by the sentence) is its agent
                clause.agent_actor = self.actor(clause.antecedent, s, relaxed=True)
        subject = clause.subject_actor
        if subject and not clause.passive and clause.base in _BY_HAND:
            self._person_acronym(subject)  # "CSR re-keys the orders": a role, not a system
        if (
            subject
            and not clause.passive
            and any(s.low(k) in {"himself", "herself"} for k in range(clause.start, clause.end))
        ):
            self._person_acronym(subject)  # "the ES enters hours into COINS himself": a role
        if clause.agent_actor and clause.passive and clause.base in _BY_HAND | _JUDGED:
            self._person_acronym(clause.agent_actor)  # "triaged by the duty OT": a role
        judging = _judging_before(s, clause)
        if judging is not None and subject and self.one_of_many == subject:
            self.one_of_many = judging.subject_actor  # "an oncologist", not "a patient"
        if subject and not clause.passive and self.kind_of(subject) in HUMAN and not judging:
            self.last_subject = subject
        self._sent_to_who_handles_it(s, clause)
        made = len(self.flows)
        self._flows_of_clause(s, clause, pps)
        self._line_answered(s, clause)
        self._saw_possessors(s, clause)
        if len(self.flows) == made and clause.base in _HAVING | _BUYING:
            self._saw_introduced(s, clause)  # "we use an agency", "we buy from a miller"

    def _people_before_their_place(self, s: Sentence, clause: Clause) -> None:
        """ "… from the pastoral leads in the schools. They fill in …": the people, not the
        place they are in, are who "they" stands for next."""
        nps = s.nps_between(clause.start, clause.end)
        for people, place in pairwise(nps):
            if place.prep not in {"in", "at"} or place.start != people.end + 1:
                continue
            who = self.mentions.get(normalise_name(self._name(people)))
            where = self.mentions.get(normalise_name(self._name(place)))
            if (
                who is not None
                and where is not None
                and who.kind in HUMAN
                and is_plural(who.name)
                and self.last_group == where.name
            ):
                self.previous_group, self.last_group = where.name, who.name

    def _line_answered(self, s: Sentence, clause: Clause) -> None:
        """ "the control room rings our emergency line, and the duty officer takes the
        call": whoever answers the line is who the call reached."""
        assert clause.verb is not None
        subject = clause.subject_actor
        if (
            clause.passive
            or subject is None
            or self.kind_of(subject) not in HUMAN
            or clause.base not in {"take", "answer", "pick"}
            or not any(
                s.low(k) in {"call", "calls", "phone"} for k in range(clause.verb, clause.end)
            )
        ):
            return
        called = self._flow_said_before(s, clause)
        if called is None:
            return
        lines = [t for t in called.targets if t.lower().split()[-1] in _CALLED_LINES]
        if lines and called.source != subject:
            called.targets = [subject if t in lines else t for t in called.targets]

    def _saw_named_party(self, s: Sentence, clause: Clause) -> None:
        """ "It's an outside surveying firm, and they email the report …", "where it starts
        is the scheduling team: they build …": a party named after "it is" / "that's" or as
        where it all starts is who "they" stands for next."""
        lows = [s.low(k) for k in range(clause.start, min(clause.end, clause.start + 3))]
        start = (
            clause.start + 2
            if lows[:2] in (["it", "is"], ["that", "is"], ["this", "is"])
            else _where_it_starts(s, clause)
        )
        if start is None:
            return
        named = s.nps_between(start, clause.end)
        np_ = named[0] if named else None
        if np_ is None or np_.is_pronoun:
            return
        name = self.actor(np_, s)
        if name and self.kind_of(name) in {ActorKind.team, ActorKind.organisation}:
            self.last_subject = name

    def _sent_to_who_handles_it(self, s: Sentence, clause: Clause) -> None:
        """ "Mears send back the certificate, which Donna in the voids team then uploads to
        QL": what was sent to no one named goes to whoever the relative on it says handles
        it next."""
        parent = clause.parent
        subject = clause.subject_actor
        if (
            clause.kind != "rel"
            or not clause.object_relative
            or clause.antecedent is None
            or clause.antecedent.prep is not None  # "to the inbox, which they share": a place
            or fold_plural(clause.antecedent.head.lower()) in _PLACES_SHARED
            or parent is None
            or parent.made_flow
            or parent.passive
            or parent.base not in lx.SEND_VERBS
            or not parent.subject_actor
            or not subject
            or subject == parent.subject_actor
            or self.kind_of(subject) not in HUMAN
            or clause.base not in lx.ENTRY_VERBS | lx.SEND_VERBS | lx.CARRY_VERBS
            or s.low(clause.start - 1) not in {"which", "that"}
        ):
            return
        what = clause.antecedent
        if what.is_time and parent.verb is not None:
            # "emails a booking list every evening, which …": what was sent, not when
            what = s.np_at(parent.verb + 1, parent.end) or what
        if what.is_time or what.is_pronoun:
            return
        self._emit(s, parent, parent.subject_actor, [subject], " ".join(t.text for t in what.words))

    def _saw_introduced(self, s: Sentence, clause: Clause) -> None:
        """Someone introduced without a flow ("for customs we have a broker", "there's a
        broker", "our broker is external") is who "he", "she" or "they" may stand for next."""
        introduced = self._introduction_in(s, clause)
        if introduced is None or introduced.is_pronoun or introduced.is_time:
            return
        if lx.actor_kind([t.text for t in introduced.words]) not in HUMAN:
            return
        name = self.actor(introduced, s)
        mention = self.mentions.get(normalise_name(name)) if name else None
        if mention is None or mention.kind not in HUMAN or name == self.speaker:
            return
        self._saw(mention)
        if mention.kind != ActorKind.person and not is_plural(mention.name):
            # "we have a broker … I send him": one firm's person, "he" or "she" next
            self.last_person = mention.name
            self.persons = [p for p in self.persons if p != mention.name] + [mention.name]

    @staticmethod
    def _introduction_in(s: Sentence, clause: Clause) -> NP | None:
        """Who a clause of having or being introduces: the object of "we have", "we use",
        "there is", or the subject of "is"."""
        for k in range(clause.start, clause.end):
            word = s.low(k)
            if word not in {"we", "i", "there"}:
                continue
            j = k + 1
            while j < clause.end and (lx.is_adverb(s.low(j)) or s.low(j) in {"also", "got"}):
                j += 1
            if s.low(j) in lx.BE_FORMS and s.low(j + 1).endswith("ing") and word != "there":
                j += 1  # "we are buying the cloth from a mill": non-native present
            said = (lx.verb_info(s.low(j)) or (s.low(j), ""))[0]
            if (word != "there" and said in _HAVING) or (word == "there" and said in lx.BE_FORMS):
                return s.np_at(j + 1 + (s.low(j + 1) == "got"), clause.end)
            if word != "there" and said in _BUYING:
                return _bought_from(s, j + 1, clause.end)
            return None
        subject = s.np_at(clause.start, clause.end)
        if subject is not None and s.low(subject.end) in lx.BE_FORMS:
            return subject  # "our broker is external"
        return None

    def _saw_possessors(self, s: Sentence, clause: Clause) -> None:
        """A person named only as an owner ("the rents are the treasurer's job: she posts
        …") is who "she" or "he" may stand for next."""
        for tok in s.toks[clause.start : clause.end]:
            if not tok.low.endswith(("'s", "’s")) or len(tok.low) < 5:
                continue
            role = tok.low[:-2]
            if lx.actor_kind([role]) != ActorKind.person or fold_plural(role) != role:
                continue
            start = tok.i - (s.low(tok.i - 1) in lx.DETERMINERS)
            words = [*s.toks[start : tok.i], tok.without_possessive()]
            name = self.actor(NP(words, start, tok.i + 1, None, False), s)
            if name and self.kind_of(name) == ActorKind.person:
                self.last_person = name
                if clause.verb is None:
                    self.last_subject = name  # a statement with only "be" is about them
                if name in self.persons:
                    self.persons.remove(name)
                self.persons.append(name)

    def result(self) -> Extraction:
        mapping = merge_names(self.mentions, self.known, self.notes)
        flows: list[InformationFlow] = []
        seen: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        used: dict[str, str] = {}

        def listed(name: str) -> str:
            """The user's own spelling of an actor they listed, whichever rule named it."""
            name = mapping.get(name, name)
            actor = self.known_keys.get(normalise_name(name))
            return actor.name if actor is not None else name

        for flow in self.flows:
            source = listed(flow.source)
            targets = [listed(t) for t in flow.targets]
            targets = [t for t in dict.fromkeys(targets) if t != source]
            if not targets:
                continue
            key = (normalise_name(source), tuple(sorted(normalise_name(t) for t in targets)))
            if key in seen and not (self.notes and _another_note(flow.said_in, seen[key])):
                continue
            seen.setdefault(key, []).append(flow.said_in)
            maturity, medium = judge_maturity(flow)
            flows.append(
                InformationFlow(
                    source=source,
                    targets=targets,
                    content=clip(flow.content, 500),
                    medium=clip(medium, 200),
                    frequency=clip(flow.frequency, 100),
                    maturity=maturity,
                    pain_points=[clip(p, 200) for p in flow.pains],
                )
            )
            for name in [source, *targets]:
                used.setdefault(normalise_name(name), name)
        actors = []
        for name_key, name in used.items():
            mention = self.mentions.get(name_key) or self.mentions.get(normalise_name(name))
            kind = mention.kind if mention else ActorKind.person
            for known in self.known:
                if normalise_name(known.name) == name_key:
                    kind = known.kind
            actors.append(Actor(name=name, kind=kind))
        kinds = {normalise_name(a.name): a.kind for a in actors}
        return Extraction(actors=actors, flows=_typed_again(flows, kinds), extractor="offline")


_ANGLE_BULLET = re.compile(r"^(\s*)>\s+", re.MULTILINE)


def _with_for_w(text: str, match: re.Match[str]) -> str:
    """ "with" for a note's "w/", unless a note to self asks it ("check w/ Jo")."""
    return match.group(0) if _TO_SELF.search(text, 0, match.start()) else "with"


def _with_dash_bullets(text: str) -> str:
    """Notes whose lines open on "> " (as pasted from a chat or a mail) are bullet notes,
    read as if they opened on "- "; a single such line is left alone."""
    if len(_ANGLE_BULLET.findall(text)) < 2:
        return text
    return _ANGLE_BULLET.sub(r"\1- ", text)


_ANSWERS = frozenset({"answer", "reply", "response", "result", "quote", "confirmation"})
"""What comes back to whoever asked ("answer comes back same way")."""
_WAY_IN = re.compile(
    r"\b(?:via|on|through|using)\s+(?:the\s+|their\s+|our\s+)?(?P<place>(?:[\w-]+\s+){0,2}?"
    r"(?:(?:web|online|booking)\s*form|webform|portal|website|(?-i:[A-Z]?[a-z]+[A-Z]\w*)))"
    r"\s*(?:[,(][^,(]*)?$",
    re.IGNORECASE,
)
"""``… via web form``, ``… via planning portal``, ``… on FixMyStreet``: the way in that a
note's first half-sentence names last, before its arrow."""
_LANDS = frozenset({"lands", "land", "pushed", "goes", "synced", "fed", "imported", "dropped"})
"""What a note says of data arriving in a system by itself ("→ lands in Pallex Ops")."""
_LANDS_IN = re.compile(r"^(?:straight\s+|directly\s+)?(?:in|into|onto)\s+(?:the\s+)?", re.I)


def _way_in_named(line: str, segs: list[arrows.Segment]) -> list[arrows.Segment]:
    """``residents report on FixMyStreet → lands in Confirm``: a web form or portal named as
    the way in before an arrow passes the data on, so it is the middle of the chain
    (STYLES.md: the chain is split), not only the medium."""
    if len(segs) < 2 or segs[0].colon_source or not segs[0].name:
        return segs
    parts = arrows.ARROW.split(line, maxsplit=1)  # a note that has an arrow itself
    got = _WAY_IN.search(parts[0]) if len(parts) == 2 else None
    if (
        got is None
        or normalise_name(segs[1].name) == normalise_name(got["place"])
        or got["place"].lower() in SHARED_PLACES  # "on SharePoint": a shared place, a medium
    ):
        return segs
    return [segs[0], arrows.Segment(got["place"], ""), *segs[1:]]


def _landing_named(segs: list[arrows.Segment]) -> list[arrows.Segment]:
    """``→ lands in Pallex Ops (auto)``, ``→ pushed into Synergy nightly``: the system the
    data arrives in is the endpoint, not the verb that says so."""
    out = list(segs)
    for index, seg in enumerate(segs[1:], start=1):
        landed = _LANDS_IN.match(seg.rest)
        if seg.name.lower() not in _LANDS or landed is None:
            continue
        after = seg.rest[landed.end() :]
        cut = arrows.NAME_END.search(after)
        name = after[: cut.start()] if cut else after
        if name.strip():
            out[index] = arrows.Segment(name.strip(), f"{after[len(name) :]} ({seg.name})".strip())
    return out


def _another_note(line: str, said: list[str]) -> bool:
    """Notes give each line its own step: the same two parties on another line ("client →
    acct mgr: questionnaire", "retests: client emails acct mgr") are another flow."""
    return bool(line) and all(other and line not in other and other not in line for other in said)


def _typed_again(
    flows: list[InformationFlow], kinds: dict[str, ActorKind]
) -> list[InformationFlow]:
    """An entry into a system of what the one entering received on paper is typed again:
    low, whatever the verb ("the volunteers log each call on a paper form … I enter them
    into Salesforce"; STYLES.md: re-typing). Not what came by phone: that is often typed
    while the caller is on the line (medium)."""
    received = {
        (normalise_name(t), fold_plural(f.content.lower().split()[-1]))
        for f in flows
        if f.maturity == Maturity.low and f.content and "paper" in f.medium
        for t in f.targets
    }
    out = []
    for flow in flows:
        if (
            flow.maturity == Maturity.medium
            and flow.medium == "direct entry"
            and flow.content
            and kinds.get(normalise_name(flow.source)) in HUMAN
            and all(kinds.get(normalise_name(t)) in SYSTEMS for t in flow.targets)
            and (normalise_name(flow.source), fold_plural(flow.content.lower().split()[-1]))
            in received
        ):
            flow = flow.model_copy(update={"maturity": Maturity.low, "medium": "manual keying"})
        out.append(flow)
    return out


def _said_before(sentence: str, said: list[FlowDraft], at: int) -> FlowDraft:
    """The flow whose content the sentence says last before ``at`` (the first flow when
    the pain comes first: "Because the list is late, the coordinator phones …")."""
    low = sentence.casefold()
    said = [f for f in said if f.targets] or said
    best, best_at = said[0], -1
    for flow in said:
        where = low.find(flow.content.casefold()[:24]) if flow.content else -1
        if best_at < where < at:
            best, best_at = flow, where
    return best


def extract_free_text(text: str, known_actors: Sequence[Actor] | None = None) -> Extraction:
    """Flows and actors found in free text by the heuristics above."""
    reader = FreeTextReader(known_actors)
    reader.unknown_speaker = reader.role(_STAND_IN)
    reader.read(text)
    keep_plausible(reader, text)
    lost = _without_the_stand_in(reader)
    found = reader.result()
    if lost:
        said = "flow says" if lost == 1 else "flows say"
        found.warnings.append(
            # short enough for the review's one line of 140 characters, so none of it is cut
            f"{lost} more {said} 'I', 'me' or 'we', but the answer never says who you are;"
            ' add your role or team ("I\'m the …", "we\'re the … team")'
        )
    return found


_STAND_IN = "writer of this answer"
"""Who I/me stand for while a first-person answer that never says its writer's role is
read. Guessing the role would put a name on the map that nobody said; leaving those flows
out silently loses most of such an answer. So the flows are read with this stand-in, then
taken out and counted, and the user is told how many wait on their role."""


def _without_the_stand_in(reader: FreeTextReader) -> int:
    """Take the stand-in writer out of the reader's flows; how many flows it was in."""
    key = normalise_name(_STAND_IN)
    lost = 0
    for flow in reader.flows:
        if not flow.targets:
            continue
        kept = [k for k, t in enumerate(flow.targets) if normalise_name(t) != key]
        if normalise_name(flow.source) == key:
            lost += 1
            flow.targets = []
        elif len(kept) < len(flow.targets):
            lost += 1
            flow.targets = [flow.targets[k] for k in kept]
            flow.target_kinds = [flow.target_kinds[k] for k in kept if k < len(flow.target_kinds)]
    return lost


def _keys_in(text: str) -> bool:
    """A note's words hold a verb of keying into a system ("keys", "re-types", "logs")."""
    s = Sentence(text)
    return any(c.base in lx.ENTRY_VERBS and not c.passive for c in s.clauses)


def _starts_with_verb(text: str) -> bool:
    """Words that open on a verb in the present ("types into Maximo weekly")."""
    s = Sentence(text.strip())
    return bool(s.n) and (lx.verb_info(s.low(0)) or ("", ""))[1] in {"s", "base"}


def _without_arrowed_title(text: str) -> str:
    """ "Flower farm - order → harvest → delivery (PO notes)" over bullet notes: the title's
    arrows are the steps of the process the notes are about, not flows between parties.
    The title still introduces its writer and names (read before)."""
    first, newline, rest = text.partition("\n")
    if (
        newline
        and not is_bullet(first)
        and arrows.has_arrow(first)
        and sum(is_bullet(line) for line in rest.splitlines()[:6]) >= 2
    ):
        return rest
    return text


_NOT_DONE_TAGS = frozenset({"idea", "ideas", "tbc", "q", "question", "todo", "want", "wish"})
"""Labels of what is not done today: no flow (a pain or an issue may still be one)."""
_NOTE_TAGS = _NOT_DONE_TAGS | {"pain", "pains", "issue", "risk", "gap"}
"""Labels of notes that name no sender ("pain: …", "idea: SMS growers when …")."""

_WHAT_FROM = re.compile(
    r"^(?P<what>[^,;:]{1,40}?)\s+from\s+(?:the\s+|our\s+)?(?P<who>[^,;:]{1,40}?)\s*(?:[,;]|$)"
)
"""``wish list from music director, Word doc by email``: what travels, from whom."""
