"""Who is meant: names, pronouns, roles and first names, remembered across sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import (
    _APPOSITIONS,
    _DESK_MEMBER,
    _GENDER,
    _INTERJECTIONS,
    _NAMES_SPLIT,
    _NEVER_IN_ACTORS,
    _NOT_IN_NAMES,
    _QUANTIFIERS,
    _ROLE_WORDS,
    _SELF_NAMED,
    _SELF_ROLE,
    _SINGULAR_PERSON,
    _SYSTEM_NAMED,
    _TITLE,
    CHANNEL_PREPOSITIONS,
    KIN_SAID,
    said_role,
)
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS, FlowDraft
from assistant.extract.heuristics.naming import (
    Mention,
    _generic_app,
    known_keys,
)
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.extract.heuristics.tokens import split_sentences, tokenize
from assistant.hypergraph.names import fold_plural, is_plural, normalise_name
from assistant.models.infoflow import Actor, ActorKind

_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "less", "ish")
"""Endings of adjectives: "their commercial invoices" cut short is not a party."""
_PARTY_ADJECTIVE_FORMS = frozenset(
    {"official", "principal", "individual", "professional", "general", "marshal", "rival"}
    | {"detective", "relative", "representative", "executive", "hospital", "capital"}
)
"""Nouns for people or places with an adjective's ending."""
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"}
    | {"spring", "summer", "autumn", "winter"}
)
"""Months and days are times, even written with a capital ("a printout in September")."""
_WE_USE = re.compile(
    r"\b(?P<name>[A-Z][\w.-]*[a-z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),\s+(?:which|that)\s+"
    r"(?:we|they|I|the \w+(?: \w+)?)\s+(?:use|uses|run|runs|work in|log into)\b"
)
"""A name followed by ", which we use": a tool."""
_WE_CALL = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+(?P<said>" + _ROLE_WORDS + r"),\s+(?:we|they|everyone)\s+"
    r"calls?\s+(?:her|him|them|it)\s+(?:the\s+|our\s+)?(?P<called>" + _ROLE_WORDS + r")\s*[,;.—–-]"
    r"|(?:^|[.;]\s+|\b[Tt]he\s+|\b[Oo]ur\s+)(?P<said2>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"\s*[,—–-]+\s*(?P<called2>" + _ROLE_WORDS + r"),\s+(?:as\s+)?we\s+call\s+(?:her|him|them)\b"
)
"""A role renamed by the answer: "the X, we call her the Y," and "Xs — Ys, we call them —"."""
_JOINING_AN_ASIDE = lx.COORDINATORS | lx.SUBORDINATORS | {"though", "although", "because"}
"""Words that join a clause of its own, not an aside, between a subject and its pronoun."""
_MEMBERS = frozenset({"member", "members"})
_ANY_ONE = frozenset({"a", "an", "any", "every", "each"})
"""Determiners of one person of many ("a customer", "any member"): whom a singular "they"
may stand for."""
_TELLING_US = lx.TELL_VERBS | lx.REQUEST_VERBS | {"complain", "report", "enquire", "write", "moan"}
"""What a person does to reach us: whoever acts after it is who was reached."""
_THE_OTHERS = frozenset(
    {("the", "rest"), ("the", "others"), ("everyone", "else"), ("the", "remainder")}
)
"""A group's members not said yet, as a clause's subject: "The rest phone me"."""
_NOT_AFTER_THE_OTHERS = frozenset({"of", "are", "is", "were", "was", "get", "gets", "got", "and"})
"""After "the rest": not a group ("the rest of the year"), not one acting ("are sent …")."""
_BEFORE_THE_OTHERS = frozenset({",", ";", "and", "but", "so", "while", "whereas", "then"})
_PARTS_OF = (
    _MEMBERS
    | {"one", "any", "each", "either", "neither", "several", "some"}
    | {"couple", "few", "many", "most", "half", "handful", "majority", "rest"}
    | {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "percent"}
)
"""Words for a part of a group: "one of the clerks", "members of the board"."""
_SHARES = frozenset(
    {"rest", "most", "half", "majority", "third", "thirds", "quarter", "quarters", "fifth"}
    | {"fifths", "tenth", "percent", "bulk"}
)
"""Parts said of things as readily as of people ("the rest of the repairs")."""
_MORE_PREPOSITIONS = frozenset(
    {"below", "above", "beneath", "underneath", "past", "beside", "round"}
)
_COLOURS = frozenset({"green", "red", "amber", "blue", "yellow", "black", "white", "grey"})
_TITLED = re.compile("^" + _TITLE)
_HELD_PLACES = frozenset({"queue", "queues", "worklist", "inbox", "screen", "screens", "dashboard"})
"""Places that stand for whose they are ("the analysts' queue")."""
_OWN_PEOPLE = frozenset(
    {"team", "guys", "staff", "people", "lads", "girls", "crew", "colleagues", "folks", "boys"}
)
"""What a speaker calls the people who work for them ("my team", "our guys")."""
_ACRONYM_IN_BRACKETS = r"\((?P<short>[A-Z]{2,6}s?)\)"
_ACRONYM_GIVEN = re.compile(
    r"(?P<long>\b[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5})\s*" + _ACRONYM_IN_BRACKETS
)
"""A name followed by its acronym in brackets ("civil enforcement officers (CEOs)")."""
_ACRONYM_AFTER_NAME = re.compile(r"\s*" + _ACRONYM_IN_BRACKETS + r"(?=[\s,.;:])")
"""The brackets alone, as they stand between a subject and its verb."""
_PARTS_OF_SYSTEMS = frozenset(
    {"module", "tab", "screen", "section", "part", "page", "area", "folder", "queue"}
    | {"side", "end", "bit", "view"}
)
"""Parts of a system named with it ("the F-gas module of simPRO", "the classified pages in
Méthode", "the employer side of Handshake"): the system itself."""
_OWN_SYSTEMS = frozenset({"software", "system", "systems", "program", "programme"})
"""What a party runs without a name of its own ("his software"): the party itself."""
_OWN_LINES = frozenset({"line", "hotline", "helpline", "switchboard", "number", "mobile"})
"""A speaker's own phone line: who rings it rings the speaker ("doctors ring our line")."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_TITLE_GENDER = {
    **dict.fromkeys(("mr", "brother", "father", "fr", "sir"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "sister", "mother", "sr", "dame"), "f"),
}
_GENERIC_PERSONS = frozenset(
    {"lady", "guy", "man", "woman", "girl", "boy", "bloke", "chap", "fella", "fellow", "person"}
    | {"gentleman", "friend", "one", "ones", "people", "only", "kind", "sort", "type"}
)
"""Words that say someone is a person without saying their role ("a lady called Bev")."""
_DISCOURSE = frozenset(
    {"however", "otherwise", "besides", "still", "again", "sorry", "please", "thanks", "plus"}
    | {"today", "tonight", "yesterday", "tomorrow", "first", "next", "last", "finally", "also"}
)
"""Words that open a sentence before a comma and are nobody's name ("However, the …")."""
_ASKING = lx.REQUEST_VERBS | {"want", "wonder", "complain", "chase"}
"""Verbs whose -ing form follows a call as what the caller wants ("ring up asking how …")."""


def _said_to_be(s: Sentence, np_: NP) -> NP | None:
    """The head a relative says ``np_`` is ("our booking portal, which is just a web form
    really"): the noun phrase before ", which is", else None."""
    k = np_.start - 1
    while k > 0 and lx.is_adverb(s.low(k)):
        k -= 1
    if s.low(k) not in {"is", "are"} or s.low(k - 1) != "which" or s.low(k - 2) != ",":
        return None
    return s.np_before(k - 2)


def _asking_participle(np_: NP) -> bool:
    """ "tutors ring up asking how a student is doing", "a customer emails asking for one":
    the -ing word after the verb says why they get in touch; it is nobody reached."""
    if len(np_.toks) != 1 or not np_.toks[0].text.islower():
        return False
    info = lx.verb_info(np_.toks[0].low)
    return info is not None and info[1] == "ing" and info[0] in _ASKING


def _and_before(s: Sentence, i: int) -> int | None:
    """Where "and" stands before the subject at ``i``, past adverbs and a time phrase
    between them ("…, and then it pushes …", "…, and every night it sends …")."""
    for k in range(i - 1, max(i - 6, -1), -1):
        if s.low(k) == "and":
            j = k + 1
            while s.low(j) in lx.ADVERBS:
                j += 1
            j = s._after_time(j)
            while s.low(j) in lx.ADVERBS:
                j += 1
            return k if j == i else None
    return None


_QUANTIFIERS_FIRST = frozenset({"both", "some", "many", "few", "either", "neither", "all"})
"""Before a name, not part of it ("to both solicitors", "all automatic")."""
_MANNERS = frozenset({"automatic", "automated", "manual", "electronic", "automatically"})
"""How something moves, said alone after a comma ("passes them on to the warehouse, all
automatic"): never who it reaches."""


_NEVER_A_NAME = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.SUBORDINATORS
    | lx.COORDINATORS
    | lx.SUBJECT_PRONOUNS
    | lx.OBJECT_PRONOUNS
    | lx.TIME_NOUNS
    | lx.NOBODY
    | _INTERJECTIONS
    | _CALENDAR
    | _DISCOURSE
    | _NEVER_IN_ACTORS
)
"""Words of grammar, time and discourse: capitalised beside a role, still nobody's name."""


def _looks_like_name(word: str, lower_words: set[str]) -> bool:
    """A capitalised word beside a role may be a person's name: not a word of grammar, of
    time or of discourse, and not written in lower case elsewhere in the answer (then it is
    a word, capitalised because it opens a sentence). ``lower_words``: the answer's words
    written in lower case."""
    low = word.lower()
    if low in _NEVER_A_NAME or fold_plural(low) in _CALENDAR or lx.is_adverb(low):
        return False
    return low not in lower_words


def _role_kind(words: list[str], *, relaxed: bool) -> ActorKind | None:
    """The kind of a role said beside a name: a role the lexicon knows, or, ``relaxed``
    where only a person's role can stand ("she's our host", "a steward called Jo"), any
    noun that looks like one; never a word that only says someone is a person ("a lady
    called Bev") or an adjective."""
    kind = lx.actor_kind(words)
    if kind is not None or not relaxed:
        return kind
    lows = [w.lower() for w in words]
    head = lows[-1]
    if set(lows) & (_GENERIC_PERSONS | _NOT_IN_NAMES) or not head.isalpha():
        return None
    if lx.is_adverb(head) or head in lx.PREPOSITIONS | lx.PARTICLES | _MORE_PREPOSITIONS:
        return None
    if head.endswith(_ADJECTIVE_ENDINGS) and head not in _PARTY_ADJECTIVE_FORMS:
        return None
    return lx.actor_kind(words, relaxed=True)


def _could_be_party(np_: NP, s: Sentence) -> bool:
    """Whether an unknown noun, where only an actor could stand, may be taken as a party: not
    an adjective, adverb or preposition left alone by a cut ("email their commercial …",
    "drops below …", "a green drops …"), nor what a copula says something is ("which is a
    shame"): a guess must at least look like a noun naming someone."""
    head = np_.head.lower()
    if np_.proper or head in s.names:
        return True  # "Famly sends …": a name, whatever its ending
    if head in lx.PREPOSITIONS | lx.PARTICLES | _MORE_PREPOSITIONS or lx.is_adverb(head):
        return False
    if head in _COLOURS or fold_plural(head) in lx.PHYSICAL_CONTENT:
        return False  # "if stock drops below the minimum": a thing, not someone
    if head.isdigit() or all(t.low in lx.NUMBER_WORDS for t in np_.words):
        return False  # "three days a week": a count, not a party
    if np_.words[0].low.isdigit() and lx.actor_kind([t.text for t in np_.words]) is None:
        return False  # "over 5,000 euros": an amount, not a party
    if head in {"inbox", "mailbox", "attention"}:
        return False  # "to the office inbox": where it lands, not who reads it
    if head.endswith(_ADJECTIVE_ENDINGS) and head not in _PARTY_ADJECTIVE_FORMS:
        return False
    before = np_.start - 1
    while before >= 0 and s.low(before) in lx.DETERMINERS:
        before -= 1
    return s.low(before) not in lx.BE_FORMS | {"'s", "’s"}


_TRANSMITTING = lx.SEND_VERBS | lx.TELL_VERBS | lx.PULL_VERBS | {"sync", "push", "feed"}


_COMMON_ENDINGS = (
    "s", "ing", "ance", "ence", "ity", "ment", "ics", "ion", "logy", "cy", "ery", "ship", "ness",
)  # fmt: skip
"""Endings of common nouns (units, activities), never of a product's name."""


def _named_system_opens(first: str, second: str, third: str) -> bool:
    """ "Gexa sends me the list", "Hive pushes the pick lists …": a bare capitalised word
    no word list knows, opening the sentence right before a verb of sending, is a name (a
    common noun there would need "the")."""
    verb = lx.verb_info(second)
    if verb is None or verb[1] not in ("s", "past") or verb[0] not in _TRANSMITTING:
        return False
    if third not in lx.DETERMINERS | lx.OBJECT_PRONOUNS:
        return False  # "Collection routes were printed …": the -s word is a noun
    if not first.isalpha() or first.endswith(_COMMON_ENDINGS) or len(first) < 3:
        return False  # "Housekeeping rings the bed manager", "Security radios …": a unit
    return lx.actor_kind([first]) is None and first not in lx.known_words()


_RINGING = lx.CALL_VERBS | {"page", "bleep", "buzz"}
"""What a line or an intercom does for the person on it, so "it" there is no sender."""
_REPLY_VERBS = lx.REPLY_VERBS - {"return"}
"""Verbs of answering someone who got in touch first ("they return the kit" sends a thing
back, it answers nobody)."""


_FAMILY = frozenset(
    {"wife", "husband", "partner", "brother", "sister", "son", "daughter", "mum", "dad"}
    | {"mother", "father", "cousin", "uncle", "aunt", "nephew", "niece", "brother-in-law"}
    | {"sister-in-law", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law"}
)
"""Kin a name may be given as before the job they do in the business is said."""

_WHERE_THINGS_PASS = frozenset({None, "over", "through", "past", "across", "under", "onto"})
"""Before a thing a subject passes ("roll over the weighbridge"), which may then send."""


_NAME_ASIDE = re.compile(
    r"(?<=[a-z]),\s*(?:that's\s+|that is\s+)?(?P<name>[A-Z][a-z]+),\s*"
    r"(?!(?:he|she|who|our|the|my|their|a|an|and|but|or)\b)(?=[a-z])"
)
"""A first name set aside after a role, before the verb ("our buyer, that's Mark, copies")."""

_HEDGED_NAME_ASIDE = re.compile(
    r"(?<=[a-z]),\s*(?:usually|normally|mostly|often|generally|typically)\s+[A-Z][a-z]+"
    r"(?:\s+or\s+[A-Z][a-z]+)?,\s*(?=[a-z])"
)
"""Who usually does it, set aside before the verb ("our volunteer on the welcome desk,
usually Maureen, types them in"): the role acts; the aside names no one of its own."""

_DESCRIBED_NAME = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?P<name>[A-Z][\w-]*[a-z][\w-]*|[a-z]+[A-Z][\w-]*|[A-Z]{2,}[\w-]*),\s+"
    r"(?:that's|that’s|that is|it's|it’s|it is)\s+(?=(?:the|our|their|a|an)\s)"
)
"""A name, then what it is said as a clause of its own ("through FareHarbor, that's the
booking widget on the website, and …"): a relative in all but its words."""

_NOT_A_SELF_ROLE = frozenset(
    {"bit", "lot", "little", "mess", "fan", "nightmare", "pain", "disaster", "fool", "sucker"}
    | {"dinosaur", "luddite", "novice", "newbie", "beginner", "stickler", "realist", "sceptic"}
    | {"skeptic", "perfectionist", "worrier", "believer", "fraud", "mum", "dad", "parent"}
)
"""What a speaker says they are that is no job: "I'm a bit, well, …", "I'm a stickler, …"."""

_ING_NOUNS = frozenset(
    {"printing", "messaging", "booking", "bookings", "catering", "housekeeping", "ticketing"}
    | {"building", "training", "cleaning", "parking", "lighting", "plumbing", "nursing"}
    | {"recycling", "funding", "fencing", "banking", "shipping", "landing", "listing", "billing"}
    | {"scheduling", "dispatching", "rostering", "packing", "picking", "sorting", "loading"}
)
"""-ing words that end names of units or things ("the booking", "our catering")."""

_ROLE_ASIDE = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+(?P<kin>[a-z]+(?:-in-law)?)|(?P<name>[A-Z][a-z]+))\s*,\s*"
    r"(?P<pronoun>she|he)(?:'s|’s|\s+is)\s+(?:been\s+)?(?P<det>the|our|my)\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*,\s*(?=[a-z]+s\b)"
)
"""Kin or a first name, then the job they do set aside before the verb: "my daughter-in-law,
she's our office manager, types …"."""


class ActorReader:
    """The reader's memory of actors: what a noun phrase or a pronoun names, and its kind."""

    def __init__(self, known_actors: Sequence[Actor] | None = None) -> None:
        self.known = list(known_actors or [])
        self.known_keys = known_keys(self.known)
        """What each listed actor may be called in the text, by normalised name."""
        self.mentions: dict[str, Mention] = {}
        self.flows: list[FlowDraft] = []
        self.last_subject: str | None = None
        self.last_content: str = ""
        self.carrier_cue: str = ""
        """How a question was put ("phones each ward"), for the answer it brings back."""
        self.received_from: dict[str, str] = {}
        self.proper_words: set[str] = set()
        self.speaker: str | None = None
        """In a transcript, the role of who is talking: what I/we/me/us stand for."""
        self.unknown_speaker: str | None = None
        """Who I/me stand for when a first-person answer never says its writer's role: None
        (those sentences give no flow), or a stand-in, to count what they would have given."""
        self.speaker_unit: str | None = None
        """The unit a speaker with a role sits in: who "we" and "us" are."""
        self.addressee: str | None = None
        """In a transcript, the role of the previous speaker: what "you" stands for."""
        self.first_names: dict[str, str] = {}
        self.label_names: set[str] = set()
        """In a transcript, the first names the speakers' labels give (normalised)."""
        self.self_roles: set[str] = set()
        """Roles a speaker gave themselves whole ("I'm the warden."), known or not."""
        self.last_system: str | None = None
        """The last system named by its own name, whose app "the app" may be."""
        self.writers: dict[str, str] = {}
        """Who last wrote on a paper carrier (ticket, sheet, folder), by its head noun."""
        self.said_in_turn = 0
        """How many sentences of the current turn (or text) have been read."""
        self.aliases: dict[str, str] = {}
        """A role named beside a firm's proper name stands for the firm."""
        self.acronyms: set[str] = set()
        """Acronyms the answer defines in brackets ("civil enforcement officers (CEOs)")."""
        self.notes = ""
        """The answer, when it is written as bullet notes."""
        self.speakers: set[str] = set()
        """In a transcript, the roles of the people talking."""
        self.last_group: str | None = None
        """The last team, organisation or plural role named, for "they"."""
        self.one_of_many: str | None = None
        """The last person named as one of many ("a keeper", "each driver"), for a "they"
        that finds nobody else, or that follows it closer than any group."""
        self.seen = 0
        """How many mentions were read, to tell which of two was named last."""
        self.group_seen = 0
        self.one_of_many_seen = 0
        self.previous_group: str | None = None
        """The group named before ``last_group``: "them" when the subject is the last group."""
        self.last_person: str | None = None
        self.persons: list[str] = []
        """Single persons in the order last named, for a pronoun that cannot be the last."""
        self.gender: dict[str, str] = {}
        """Who "he" or "she" has stood for: "she … to the finance officer. He …" is not her."""
        """The last single person named, for "she"/"he" when the subject is a team."""

    def _learn_appositions(self, text: str) -> None:
        """A name given beside a role stands for that role (names never become actors), in
        every shape it is written: "the fleet technician, Gary, …", "Sandra, she's our admin,
        …", "Dr Okafor - she's our referee -", "Dev, our appeals officer (…", "our stylist
        Chloe", "a volunteer called Bev", "Mo is our treasurer". A title names the person
        by the surname alone too ("Dr Okafor" … "Okafor")."""
        lower_words = set(_LOWER_WORD.findall(text))
        for shape, pattern in _APPOSITIONS:
            for match in pattern.finditer(text):
                self._learn_apposition(shape, match, lower_words)
        self._learn_self_roles(text)
        self._learn_called(text)
        self._learn_acronyms(text)
        self._learn_desk_members(text, lower_words)

    def _learn_desk_members(self, text: str, lower_words: set[str]) -> None:
        """ "Priya on reception runs the report", "Dave in accounts emails …": a name said
        with the desk or team it sits on stands for that desk. Not a name the lexicon
        knows, nor one things are put in or go through ("Tillpoint at the counter" … "into
        Tillpoint"): that is a system in a place; not a role said beside the name already."""
        for match in _DESK_MEMBER.finditer(text):
            name = match["name"]
            low = name.lower()
            if (
                not _looks_like_name(name, lower_words)
                or normalise_name(name) in self.first_names
                or lx.actor_kind([name]) is not None
                or re.search(r"\b(?:in|into|onto|through|via)\s+" + re.escape(name) + r"\b", text)
            ):
                continue
            if (match["start"] is not None or match.start("name") == 0) and (
                low in lx.known_words() or lx.verb_info(low) is not None
            ):
                continue  # "Emails from accounts go …": a word opening the sentence
            words = match["desk"].split()
            if words[0] in lx.OBJECT_PRONOUNS | lx.SUBJECT_PRONOUNS | {"it"} or (
                words[-1] in lx.NUMBER_WORDS
            ):
                continue  # "Delphi from it", "Shona in the office three days a week"
            after = words[1] if len(words) > 1 else ""
            # "Priya on reception runs …": one word of desk, then no noun
            one_word = (
                not after
                or lx.verb_info(after) is not None
                or after in lx.PREPOSITIONS | lx.SUBORDINATORS | lx.ADVERBS | lx.DETERMINERS
                or after in {"and", "or", "but", "who", "which", "that"}
            )
            for role in (words, words[:1] if one_word else []):
                if role and lx.actor_kind(role) in {ActorKind.team, ActorKind.person}:
                    self.first_names[normalise_name(name)] = self.role(" ".join(role))
                    break

    def _learn_called(self, text: str) -> None:
        """A role the answer renames: "the volunteer team leader, we call her the night lead,
        …", "Would-be volunteers — applicants, we call them — apply …". The name the
        team uses is the one that counts, under either wording."""
        for match in _WE_CALL.finditer(text):
            said = match.group("said") or match.group("said2")
            called = match.group("called") or match.group("called2")
            kind = _role_kind(called.split(), relaxed=True)
            if kind not in HUMAN or _role_kind(said.split(), relaxed=True) not in HUMAN:
                continue
            key = normalise_name(called)
            self.mentions.setdefault(key, Mention(called.lower(), kind))
            self.aliases.setdefault(normalise_name(said), self.mentions[key].name)

    def _learn_self_roles(self, text: str) -> None:
        """The roles a speaker gives themselves, said whole: nouns the lexicon may not know
        ("I'm the warden", "as the bursar I …") that name a role by where they stand."""
        for match in [*_SELF_ROLE.finditer(text), *_SELF_NAMED.finditer(text)]:
            role = said_role(match)
            if match.re is _SELF_ROLE and match["some"] and role.lower() in _NOT_A_SELF_ROLE:
                continue  # "I'm a housemistress, …" is a role; "I'm a bit, well, …" is not
            if _role_kind(role.split(), relaxed=True) == ActorKind.person:
                self.self_roles.add(role.lower())

    def _speaker_kind(self, words: list[str], *, proper: bool = False) -> ActorKind | None:
        """The kind of a role a speaker gives themselves: as the lexicon says, or a person
        when it was said whole where only a role stands ("I'm the warden.")."""
        kind = lx.actor_kind(words, proper=proper)
        if kind is None and " ".join(words).lower() in self.self_roles:
            return ActorKind.person
        return kind

    def _learn_apposition(self, shape: str, match: re.Match[str], lower_words: set[str]) -> None:
        names = _NAMES_SPLIT.split(match.group("name"))
        for name in names:
            self._learn_one_apposition(shape, match, name, len(names) > 1, lower_words)

    def _learn_one_apposition(
        self, shape: str, match: re.Match[str], name: str, several: bool, lower_words: set[str]
    ) -> None:
        """One name of an apposition; ``several``: it is one of a few named together, who
        are people sharing the role, never a firm."""
        role = match.group("role")
        surname = _TITLED.sub("", name)
        if not _looks_like_name(surname, lower_words):
            return
        # an unknown noun is a role when the words around say a person is meant: "she's",
        # "called", a title ("Sister Agnes, our bursar") or several names ("Alan and Sue")
        person = shape in {"personal", "called"} or surname != name or several
        kind = _role_kind(role.split(), relaxed=person)
        if kind is None:
            return
        firm = kind == ActorKind.organisation or fold_plural(role.split()[-1].lower()) == "agent"
        if firm and shape in {"role-first", "name-first"} and not several:
            # "the contractor, Mears, …": a firm keeps its proper name (STYLES.md)
            key = normalise_name(name)
            self.mentions.setdefault(key, Mention(name, ActorKind.organisation))
            self.aliases.setdefault(normalise_name(role), self.mentions[key].name)
            return
        staffed = kind == ActorKind.team and (
            shape == "unit" or KIN_SAID.search(match.group(0)) is not None
        )
        if kind != ActorKind.person and not staffed:
            return  # "Chipside, the back office": a system beside a desk; "the office,
            # which is my wife Karen": a person who is the office
        for written in {name, surname}:
            known = self.first_names.get(normalise_name(written))
            if known is None or known.lower() in _FAMILY:
                # "my brother Dev, who's my estimator": the job said next is what he does
                self.first_names[normalise_name(written)] = self.role(role)
        title = name[: len(name) - len(surname)].strip(" .").lower()
        pronoun = re.search(r"\b(?:she|he)\b", match.group(0), re.IGNORECASE)
        said = _GENDER[pronoun.group(0).lower()] if pronoun else None
        gender = _TITLE_GENDER.get(title) or said
        if gender:
            self.gender.setdefault(self.role(role), gender)
        if shape == "alias":
            # "ring our receptionist Dan": the role with the name after it is the role
            self.aliases.setdefault(normalise_name(f"{role} {name}"), self.role(role))

    def _learn_system_names(self, text: str) -> None:
        """ "our collections system, that's Axiell": a system named by its kind, then by its
        proper name, keeps the proper name (STYLES.md)."""
        for match in _SYSTEM_NAMED.finditer(text):
            kind = match.group("kind") or match.group("kind2") or match.group("kind3")
            words = kind.split()
            said = lx.actor_kind(words)
            if said not in SYSTEMS and not (match["which"] and kind.isupper()):
                # "Millennium, which is the EPR": an acronym a system is said to be; "our
                # automation, which is Imagine's ADC": a kind of no one, named by an acronym;
                # "our payroll, which is Sage": a product the lexicon knows
                named = match["name"] or ""
                if not (
                    (said is None and named.isupper() and named.lower() not in lx.known_words())
                    or (said != ActorKind.person and named.lower() in lx.KNOWN_TOOLS)
                ):
                    continue  # "…, it's a PDF": a format, not a system
            name = match.group("name") or match.group("name2") or match.group("name3")
            key = normalise_name(name)
            self.mentions.setdefault(key, Mention(name, ActorKind.tool))
            self.aliases.setdefault(normalise_name(kind), self.mentions[key].name)

    def _learn_used_tools(self, text: str) -> None:
        """ "Winspeed, which we use for the results, pulls …": a name that "we use" is a tool,
        even where it opens a sentence and no word says so."""
        for match in _WE_USE.finditer(text):
            name = match.group("name")
            if name.lower() in lx.FIRST_PERSON or lx.actor_kind(name.split()) in HUMAN:
                continue
            self.mentions.setdefault(normalise_name(name), Mention(name, ActorKind.tool))

    def _learn_acronyms(self, text: str) -> None:
        """ "civil enforcement officers (CEOs)": the role goes by the short form written
        (STYLES.md: the shortest form that appears word for word), under either name."""
        for match in _ACRONYM_GIVEN.finditer(text):
            short = match["short"]
            letters = short.rstrip("s").lower()
            words = match["long"].split()[-len(letters) :]
            if len(words) != len(letters) or "".join(w[0].lower() for w in words) != letters:
                continue
            kind = lx.actor_kind(words)
            if kind is None:
                continue
            key = normalise_name(short)
            self.acronyms.add(short)
            self.mentions.setdefault(key, Mention(short, kind))
            self.aliases.setdefault(normalise_name(" ".join(words)), self.mentions[key].name)

    def without_name_asides(self, text: str) -> str:
        """The text without the first names set aside after a role once they are learned:
        "our buyer, that's Mark, copies them …" reads as "our buyer copies them …"."""

        def unsaid(m: re.Match[str]) -> str:
            role = self.first_names.get(normalise_name(m["name"]))
            said_after = role is not None and text[: m.start()].lower().endswith(role.lower())
            return " " if said_after else m.group(0)

        text = _HEDGED_NAME_ASIDE.sub(" ", text)
        return _ROLE_ASIDE.sub(self._role_for_aside, _NAME_ASIDE.sub(unsaid, text))

    def descriptions_as_relatives(self, text: str) -> str:
        """ "FareHarbor, that's the booking widget on the website, …" read as "FareHarbor,
        which is the booking widget …": what follows describes the name and sends nothing.
        A person's name keeps its words ("Dave, that's the foreman", learned as a role)."""

        def relative(m: re.Match[str]) -> str:
            name = m["name"]
            if normalise_name(name) in self.first_names or name.lower() in _INTERJECTIONS:
                return m.group(0)
            return f"{name}, which is "

        return _DESCRIBED_NAME.sub(relative, text)

    def _role_for_aside(self, m: re.Match[str]) -> str:
        """ "my daughter-in-law, she's our office manager, types": the job is who acts, and
        "she" later may stand for it."""
        role = m["role"]
        if m["kin"] is not None and m["kin"] not in _FAMILY:
            return m.group(0)
        if m["name"] is not None and self.first_names.get(normalise_name(m["name"])) != self.role(
            role
        ):
            return m.group(0)
        if _role_kind(role.split(), relaxed=True) != ActorKind.person:
            return m.group(0)
        self.gender.setdefault(self.role(role), _GENDER[m["pronoun"]])
        return f"{m['det']} {role} "

    def without_given_acronyms(self, text: str) -> str:
        """The text without the brackets of the acronyms learned from it: "the site
        reliability engineers (SREs) email …" reads as "… engineers email …"."""
        return _ACRONYM_AFTER_NAME.sub(
            lambda m: "" if m["short"] in self.acronyms else m.group(0), text
        )

    def _learn_proper_words(self, text: str) -> None:
        """Words written with a capital inside a sentence are names ("into Guidewire")."""
        for sentence in split_sentences(text):
            toks = tokenize(sentence)
            for tok in toks[1:]:
                camel = tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])
                if (tok.text[:1].isupper() or camel) and tok.low not in lx.FIRST_PERSON:
                    self.proper_words.add(tok.low)
            if len(toks) > 2 and _named_system_opens(toks[0].low, toks[1].low, toks[2].low):
                self.proper_words.add(toks[0].low)

    def _mention_of(self, np_: NP) -> Mention | None:
        """The actor the text has already met under this phrase's name, if any."""
        return self.mentions.get(normalise_name(self._name(np_)))

    def _name(self, np_: NP) -> str:
        words = np_.words
        # a leading adjective of quantity is not part of the name ("all depot managers")
        while (
            len(words) > 1
            and (
                words[0].low in _NOT_IN_NAMES
                or words[0].low in {"both", "some", "many", "few", "either", "neither"}
                or words[0].low in {"whoever's", "whoever’s"}  # "to whoever's duty controller"
                # "the two supermarkets we supply": a count, not part of the name
                or (
                    words[0].low in lx.NUMBER_WORDS
                    and words[0].low != "one"
                    and len(words) == 2
                    and is_plural(words[1].low)
                    and lx.actor_kind([words[1].text]) is not None  # not "five degrees"
                )
                or (words[0].low in {"that", "this"} and words[1].low in {"same", "very"})
                or (
                    lx.verb_forms().get(words[0].low, ("", ""))[1] == "ing"
                    and words[1].text[:1].isupper()
                    and not words[0].text[:1].isupper()
                )  # "we did try getting Bookwhen to send …": the name is Bookwhen (not "Hub"
                # of "the Planning Hub")
            )
        ):
            words = words[1:]
        while (
            len(words) > 1
            and words[-1].text.islower()
            and lx.verb_forms().get(words[-1].low, ("", ""))[1] == "ing"
            and words[-1].low not in _ING_NOUNS | lx.DEPARTMENT_WORDS
        ):
            words = words[:-1]  # "the transport manager asking": who, not what they do
        called = next(
            (
                k
                for k, t in enumerate(words[:-1])
                if t.low in {"called", "named"} and words[k + 1].text[:1].isupper()
            ),
            None,
        )
        if called is not None:
            words = words[called + 1 :]  # "a system called Embed": the name it goes by
        if len(words) > 1 and words[-1].low == "side" and lx.actor_kind([words[-2].text]):
            words = words[:-1]  # "to the importer side": the importer
        if len(words) > 1 and words[-1].text == "online" and words[-2].text[:1].isupper():
            words = words[:-1]  # "report the movements to ARAMS online": how, not who
        parts = []
        for t in words:
            keep = t.text
            if (
                t.i == 0
                and t.text[:1].isupper()
                and t.text[1:].islower()
                and t.low not in self.proper_words
                and not (np_.proper and len(words) == 1)  # "Cloudbeds sends …": a name
            ):
                keep = t.text.lower()
            parts.append(keep)
        return " ".join(parts)

    @staticmethod
    def _opening_before(np_: NP, s: Sentence) -> Clause | None:
        """The opening clause said before a pronoun ("When a customer complains, they …")."""
        return next((c for c in s.clauses if c.kind == "sub" and c.end <= np_.start), None)

    def _reached_by_one(self, np_: NP, s: Sentence) -> bool:
        """An opening clause where one person ("a customer", "any member") reaches us: the
        "they" acting next is whoever was reached, whom the sentence does not name."""
        opening = self._opening_before(np_, s)
        return (
            opening is not None
            and opening.base in _TELLING_US
            and any(
                cand.prep is None and cand.toks[0].low in _ANY_ONE
                for cand in s.nps_between(opening.start, opening.end)
            )
        )

    def talked_about(self) -> str | None:
        """In a transcript, the person the conversation is about, for a "they"/"them" with
        nobody else to stand for ("What happens when a patient books?" — "Dentally texts them
        the day before"): the last single person named, when no one talking."""
        if not self.speakers or self.last_person in {None, self.speaker, *self.speakers}:
            return None
        return self.last_person

    def _singular_they(self, np_: NP, s: Sentence) -> str | None:
        """ "When a policyholder has an accident, they report it …": "they" for the one
        person an opening clause names with "a", "an", "any" or "every"."""
        opening = self._opening_before(np_, s)
        if opening is None:
            return None
        for cand in s.nps_between(opening.start, opening.end):
            owner = next((k for k, t in enumerate(cand.toks) if t.low.endswith(("'s", "’s"))), None)
            if owner is not None and owner > 0:
                # "if a client's pet is kept in, the nurse phones them": the client
                last = cand.toks[owner]
                words = [*cand.toks[:owner], last.without_possessive()]
                cand = NP(words, cand.start, last.i + 1, cand.prep, cand.proper)
            if cand.prep is None and cand.toks[0].low in _ANY_ONE:
                # by its own words a person ("a policyholder") or a client firm ("a client"),
                # not any noun ("a delivery")
                kind = lx.actor_kind([t.text for t in cand.words])
                if kind not in {ActorKind.person, ActorKind.organisation}:
                    return None
                name = self.actor(cand, s)
                return name if name and self.kind_of(name) in HUMAN else None
        return None

    def _pronoun(self, first: str) -> str | None:
        """Who a pronoun stands for, before its gender is checked."""
        if (
            first in _SINGULAR_PERSON
            and self.last_subject
            and (self.last_subject == self.speaker or is_plural(self.last_subject))
        ):
            # "he"/"she" is neither the speaker (I) nor a plural subject: the last person
            return self.last_person if self.last_person != self.speaker else None
        if (
            first in _SINGULAR_PERSON
            and self.last_person
            and (self.last_subject is None or self.kind_of(self.last_subject) != ActorKind.person)
        ):
            return self.last_person  # "…email our intake volunteer …, and she copies it"
        if (
            first in {"they", "them"}
            and self.last_group
            and self.last_subject
            and self.kind_of(self.last_subject) == ActorKind.person
            and not is_plural(self.last_subject)
        ):
            return self.last_group  # one person before: "they" is the team named since
        if (
            first in _SINGULAR_PERSON
            and self.last_subject
            and self.kind_of(self.last_subject) != ActorKind.person
        ):
            return self.last_person  # "he"/"she" is a person, never the inbox named last
        if (
            first in {"they", "them"}
            # "we have sensors, they send …"; or nobody yet ("the growers get paid …, and
            # Xero emails them": a passive's subject is no one who acted)
            and self.last_subject in {self.speaker, None}
            and self.last_group
        ):
            return self.last_group  # "we have humidity sensors, they are sending …": not us
        if first in lx.PERSONAL_PRONOUNS:
            return self.last_subject
        if first == "you":
            return self.addressee
        if first in {"we", "us"} and self.speaker_unit:
            return self.speaker_unit  # "I'm in the show office … the first aiders radio us"
        if first == "us" and self.speaker is not None and self.speaker == self.unknown_speaker:
            # "Schools send the entries to us, and the clerk … types them into Arbor": an
            # unnamed "us" is whoever handles it next, not a writer who never said who
            return None
        return self.speaker if first in lx.FIRST_PERSON else None

    def _sending_thing_before(self, it: NP, sentence: Sentence) -> str | None:
        """ "The pigs cross the scale, and it sends their weights to PigExpert": "it" that sends
        is never a person nor a plural subject; it is the thing the clause before ended on.
        A singular subject that is a person only by its ending ("the EID reader reads the
        tags, and it sends …") is that thing itself."""
        said = self.last_subject
        info = lx.verb_info(sentence.low(it.end))
        if (
            info is None
            or info[1] not in {"s", "past"}
            or info[0] not in lx.SEND_VERBS
            or info[0] in _RINGING
        ):
            return None  # "presses the intercom and it rings through": the line, not a party
        k = _and_before(sentence, it.start)
        if k is None:
            return None
        if said is not None and fold_plural(said.lower()) == said.lower():
            head = said.lower().split()[-1]
            if self.kind_of(said) not in HUMAN:
                return None  # a system said last: the rules for "it" that sends find it
            if (
                head not in lx.PERSON_WORDS
                and head.endswith(lx.AGENT_SUFFIXES)
                and said not in self.speakers
            ):
                return said  # "the EID reader": a person only by its ending, never one speaking
        k -= sentence.low(k - 1) == ","
        thing = sentence.np_before(k)
        if thing is None and lx.is_adverb(sentence.low(k - 1)):
            thing = sentence.np_before(k - 1)  # "…, which is just a web form really, and it"
        if thing is not None and (named := _said_to_be(sentence, thing)) is not None:
            thing = named  # "our booking portal, which is just a web form really, and it …"
        if (
            thing is None
            or thing.is_pronoun
            or thing.is_time
            or fold_plural(thing.head.lower()) != thing.head.lower()
            or thing.head.lower() in lx.PERSON_WORDS
            or thing.prep not in _WHERE_THINGS_PASS  # not "during the visit", "in the race"
        ):
            return None
        return self.actor(thing, sentence, relaxed=True)

    def actor(self, np_: NP | None, sentence: Sentence, *, relaxed: bool = False) -> str | None:
        """Register an actor phrase (resolving pronouns); its canonical name or None.

        ``relaxed``: the phrase stands where only an actor can (who sends, to whom), so an
        unknown noun is accepted as a person unless it is a channel, a time or an idea.
        """
        if np_ is None or _asking_participle(np_):
            return None
        first = np_.toks[0].low
        if (
            tuple(t.low for t in np_.toks) in _THE_OTHERS
            and sentence.low(np_.end)[:1].isalpha()
            and sentence.low(np_.end) not in _NOT_AFTER_THE_OTHERS
            and (np_.start == 0 or sentence.low(np_.start - 1) in _BEFORE_THE_OTHERS)
        ):
            # "Most book online. The rest phone me": the others of the people named last
            group = self.last_group
            if group is None or self.kind_of(group) not in HUMAN:
                group = self.talked_about()
            return group
        if first in {"they", "he", "she"} and (said := self._said_before(np_, sentence)):
            return said
        if first == "they" and (contacted := self._answering_back(np_, sentence)) is not None:
            return contacted
        if (own := self._own_people(np_) or self._their_own_system(np_)) is not None:
            return own
        if (holder := self._holder_of_place(np_, sentence)) is not None:
            return holder
        if (whole := self._system_of_part(np_, sentence)) is not None:
            return whole
        if (used := self._the_system_used(np_, sentence)) is not None:
            return used
        if (
            first in _QUANTIFIERS  # part of a group said straight before it
            and len(np_.toks) == 1
            and sentence.low(np_.end) in {"my", "our", "their", "the", "his", "her", "your"}
            and (members := sentence.np_at(np_.end)) is not None
        ):
            return self.actor(members, sentence, relaxed=relaxed)  # "Half my colleagues send …"
        if first == "it" and len(np_.toks) == 1:
            return self._sending_thing_before(np_, sentence)
        if np_.is_pronoun or (len(np_.toks) == 1 and first in lx.FIRST_PERSON):
            name: str | None
            if (
                first == "they"
                and self.one_of_many not in {None, self.speaker}
                and self.one_of_many_seen > self.group_seen
            ):
                # "I send the job to a field engineer …, they accept it": one of many named
                # since the last group
                name = self.one_of_many
            else:
                name = self._pronoun(first)
            if name is None and first in {"they", "them", "he", "she"}:
                # "When a station leader finds a part missing, he writes it …"
                name = self._singular_they(np_, sentence)
            if name is None and first == "they" and self.one_of_many != self.speaker:
                # "each one has a reservoir keeper, … They fill in the checklist": one of
                # many, said with "a" or "each", is who a "they" with nobody else stands for
                name = self.one_of_many
            if name is None and first in {"they", "them"}:
                name = self.talked_about()
            if first == "they" and self._reached_by_one(np_, sentence):
                name = None  # "When a customer complains, they email …": who was reached
            gender = _GENDER.get(first)
            if gender and name and self.gender.get(name, gender) != gender:
                # "she posts the log to the finance officer. He banks …": not her
                name = next(
                    (
                        p
                        for p in reversed(self.persons)
                        if p not in {name, self.speaker} and self.gender.get(p, gender) == gender
                    ),
                    None,
                )
            if gender and name and name not in self.gender and name in self.persons:
                # "the coach texts it to Dr Lind - she's our referee - and she texts back": a
                # person named since, whom "she" is known to stand for, before one never called so
                later = self.persons[self.persons.index(name) + 1 :]
                name = next((p for p in reversed(later) if self.gender.get(p) == gender), name)
            if gender and name:
                self.gender[name] = gender
            return name
        crew = (
            np_.prep in {"to", "for"}
            and len(np_.words) >= 2
            and np_.head in {"shift", "shifts"}
            and first in {"the", "our", "each"}
        )  # "on the whiteboard for the morning shift": the people on it, not a time
        if first in lx.FIRST_PERSON or (np_.is_time and not crew) or first in lx.NOBODY:
            return None
        rest = [t.low for t in np_.toks[1:]]
        there = first in {"someone", "somebody", "anyone"} and (
            rest == ["there"] or (not rest and sentence.low(np_.end) == "there")
        )  # "somebody there emails me": someone of the desk just named
        if (
            first in {"someone", "somebody", "anyone", "whoever"}
            and not rest
            and sentence.low(np_.end) in {"at", "on", "in", "from"}
            and (place := sentence.np_at(np_.end + 1)) is not None
        ):
            # "someone at the loans desk copies …": a member of that desk acts for it
            group = self.actor(place, sentence)
            if group and self.kind_of(group) in {ActorKind.team, ActorKind.organisation}:
                return group
        if there or (first == "whoever" and len(np_.toks) == 1):
            # "ring the repairs line, and whoever takes it …": someone of the desk named
            group = self.last_group
            return group if group and self.kind_of(group) == ActorKind.team else None
        if len(np_.toks) == 1 and first in _INTERJECTIONS:
            return None
        lows = [t.low for t in np_.words]
        if sentence.low(np_.end) == "of" and (group := self._whole_of(np_, sentence)):
            return group  # "one of the visitor assistants", "members of the committee"
        while len(lows) > 1 and lows[0] in _QUANTIFIERS_FIRST:
            lows = lows[1:]  # "to both solicitors": the quantifier is not part of the name
        if lows and lows[-1] in {"one", "ones"} and not np_.words[-1].text[:1].isupper():
            # "the small ones" stand for a group only as a subject (see below); "Trace One",
            # "Sage One" are products
            return None
        if set(lows) & _NEVER_IN_ACTORS or (
            len(lows) == 1
            and not np_.proper
            and (
                lows[0] in _NOT_IN_NAMES | _MANNERS
                or lx.verb_forms().get(lows[0], ("", ""))[1] == "past"
            )
        ):
            return None  # "there", "here far longer than", "most", "approved"
        if all(t.low in _CALENDAR | lx.NUMBER_WORDS or t.low.isdigit() for t in np_.words):
            return None  # "in September", "three days a week": times and counts
        if (
            lows in (["site"], ["location"], ["scene"])
            and len(np_.toks) == 1
            and sentence.low(np_.start - 1) in {"to", "on", "at", "off", "onto"}
        ):
            return None  # "they go out to site", "on scene": where, not who
        if np_.head.lower() in {"thing", "things", "stuff"} or (
            len(np_.words) == 1 and np_.words[0].low in lx.PREPOSITIONS | lx.PARTICLES
        ):
            return None  # "first thing …", "Along the course, …": never someone
        name = self._name(np_)
        key = normalise_name(name)
        if not key:
            return None
        if key in self.aliases:
            return self.aliases[key]
        if (named := self._first_name_at_an_edge(np_)) is not None:
            key, np_ = named  # "And scrap I tell Mateus", "Dan orders off that": only Mateus
        if key in self.first_names and (len(np_.words) == 1 or _TITLED.match(name)):
            role = self.first_names[key]  # "leave it at the depot for Kim", "to Dr Okafor"
            if (mention := self.mentions.get(normalise_name(role))) is not None:
                self._saw(mention)
            self.last_person = role
            return role
        if key in self.mentions:
            self._saw(self.mentions[key])
            self._saw_one_of_many(np_, self.mentions[key].name)
            return self.mentions[key].name
        if (known := self.known_keys.get(key)) is not None:
            self.mentions[key] = Mention(known.name, known.kind, np_)
            return known.name
        proper = np_.proper or any(t.low in self.proper_words for t in np_.words)
        relaxed = relaxed and _could_be_party(np_, sentence)
        kind = lx.actor_kind([t.text for t in np_.words], proper=proper, relaxed=relaxed)
        if crew:
            kind = ActorKind.team
        if kind is None:
            return self._role_of_unit(lows) if len(np_.toks) == 1 else None  # bare: "to warranty"
        self.mentions[key] = Mention(name, kind, np_)
        self._saw(self.mentions[key])
        self._saw_one_of_many(np_, name)
        return name

    def _saw_one_of_many(self, np_: NP, name: str) -> None:
        """Remember a person named as one of many ("a keeper", "each driver"), by its own
        words a person (not "a grant"), for a "they" that stands for them next."""
        if np_.toks[0].low in _ANY_ONE and lx.actor_kind([t.text for t in np_.words]) == (
            ActorKind.person
        ):
            self.one_of_many = name
            self.one_of_many_seen = self.seen

    def _role_of_unit(self, lows: list[str]) -> str | None:
        """ "I email a photo to warranty" when a warranty analyst speaks: a bare word that
        only one role of the answer starts with is that role (its unit, said short)."""
        if len(lows) != 1 or len(lows[0]) < 4:
            return None
        roles = {
            m.name
            for m in self.mentions.values()
            if m.kind in HUMAN and len(m.name.split()) > 1 and m.name.split()[0].lower() == lows[0]
        }
        return roles.pop() if len(roles) == 1 else None

    def _holder_of_place(self, np_: NP, s: Sentence) -> str | None:
        """ "in the KYC analysts' queue", "on the duty nurse's screen": a queue, inbox or
        screen of someone's is that someone, as an endpoint."""
        if np_.head not in _HELD_PLACES or len(np_.toks) < 2:
            return None
        return self._named_owner(np_, s, prep=np_.prep)

    def _named_owner(self, np_: NP, s: Sentence, *, prep: str | None = None) -> str | None:
        """Who a thing is said to be of ("the herdsman's phone", "the analysts' queue"):
        the words up to the possessive, read as an actor standing after ``prep``; None
        without a possessive."""
        owner = next((t for t in np_.toks if t.low.endswith(("'s", "’s"))), None)
        if owner is None or owner is np_.toks[-1]:
            return None
        start = np_.start + (np_.toks[0].low in lx.DETERMINERS)
        words = [*s.toks[start : owner.i], owner.without_possessive()]
        return self.actor(NP(words, start, owner.i + 1, prep, np_.proper), s, relaxed=True)

    def _system_of_part(self, np_: NP, s: Sentence) -> str | None:
        """ "into the F-gas module of simPRO", "onto the classified pages in Méthode": a part
        of a named system is that system."""
        if fold_plural(np_.head.lower()) not in _PARTS_OF_SYSTEMS or s.low(np_.end) not in {
            "of",
            "in",
            "on",
        }:
            return None
        whole = s.np_at(np_.end + 1)
        if whole is None or not (
            whole.proper or any(t.low in self.proper_words for t in whole.words)
        ):
            return None
        name = self.actor(whole, s)
        return name if name is not None and self.kind_of(name) in SYSTEMS else None

    def _their_own_system(self, np_: NP) -> str | None:
        """ "his software sends the declaration to customs", "on their trade portals": a
        party's own unnamed system or portal stands for the party (STYLES.md), the person
        or group "his/her/their" refers to."""
        own = 2 < len(np_.toks) <= 5 and np_.toks[1].low == "own"  # "their own CAFM systems"
        kind = len(np_.toks) == 3 and np_.toks[1].text.islower()  # "their supplier portals"
        heads = _OWN_SYSTEMS | {"portal", "app"}
        if (len(np_.toks) != 2 and not own and not kind) or fold_plural(np_.toks[-1].low) not in (
            heads if kind or own else _OWN_SYSTEMS
        ):
            return None
        owner = np_.toks[0].low
        if owner not in {"his", "her", "their"}:
            return None
        said = self.last_subject  # "Customs broker is getting …, and his software …"
        if said is not None and self.kind_of(said) in HUMAN:
            return said
        return self.last_person if owner != "their" else self.last_group

    def _own_people(self, np_: NP) -> str | None:
        """ "my team keys them in", "my guys type the tag", "for Hannah's team": the people
        of a speaker are that speaker's role (STYLES.md: I/we/my stand for it); None when
        the phrase is not one of these or the speaker is unknown."""
        if len(np_.toks) != 2 or np_.toks[1].low not in _OWN_PEOPLE | _OWN_LINES:
            return None
        owner = np_.toks[0].low
        if owner in {"my", "our"}:
            # a writer who never said their role: "my colleagues" are only colleagues
            return self.speaker if self.speaker != self.unknown_speaker else None
        if np_.toks[1].low in _OWN_LINES:
            return None  # "Hannah's number" is a number, not Hannah's people
        if owner.endswith(("'s", "’s")):
            return self.first_names.get(normalise_name(np_.toks[0].without_possessive().text))
        return None

    def _first_name_at_an_edge(self, np_: NP) -> tuple[str, NP] | None:
        """A speaker's first name read together with a word before or after it ("scrap
        Mateus" in "And scrap I tell Mateus", "Dan orders" in "Dan orders off that"): a first
        name never becomes part of an actor's name, so the phrase is only the name."""
        words = np_.words
        if len(words) < 2 or not self.label_names or _TITLED.match(words[0].text):
            return None
        for tok in (words[0], words[-1]):
            owned = tok.low.endswith(("'s", "’s"))
            if owned and tok is words[0]:
                continue  # "Clara's folder": her folder, said where it is
            bare = tok.without_possessive() if owned else tok
            key = normalise_name(bare.text)
            if bare.text[:1].isupper() and key in self.label_names:
                return key, NP([bare], tok.i, tok.i + 1, np_.prep, True)
        return None

    def _answering_back(self, np_: NP, s: Sentence) -> str | None:
        """ "I email the head of year and they email back a spreadsheet", "… to the brand.
        They email me back their approval": "they" answering back is the one just reached,
        a single role or party, even when a group was named since or none at all."""
        k = np_.end
        while s.low(k) in lx.ADVERBS:
            k += 1
        info = lx.verb_info(s.low(k))
        if info is None or info[1] not in {"base", "past"}:
            return None
        replies = info[0] in _REPLY_VERBS
        for j in range(k + 1, min(s.n, k + 5)):
            if not s.low(j)[:1].isalnum() or s.low(j) in {"and", "but", "if", "when"}:
                break
            replies = replies or s.low(j) == "back"
        if not replies:
            return None
        reached = next((f for f in reversed(self.flows) if f.targets), None)
        if (
            reached is None
            or len(reached.targets) != 1
            or reached.targets[0] == reached.source
            or reached.targets[0] not in {self.last_person, self.last_group}
            or self.kind_of(reached.targets[0]) not in HUMAN
            or (self.speaker is not None and reached.targets[0] == self.speaker)
        ):
            return None
        return reached.targets[0]

    def _said_before(self, np_: NP, s: Sentence) -> str | None:
        """A subject said twice, as non-native speakers often do: "The customers they choose
        the fabric …", "Our sales girls they are taking the order …": the pronoun right after
        the noun phrase opening the sentence is that phrase."""
        if np_.start == 0:
            return None
        start = 1 if s.low(0) in {"and", "so", "but", "then"} else 0
        before = s.np_at(start, np_.start)
        if before is None or before.is_pronoun or before.is_time:
            return None
        if before.end == np_.start:
            return self.actor(before, s, relaxed=True)
        said = s.toks[before.end]
        if said.low.endswith(("'s", "’s")) and s.low(before.end + 1) in lx.DETERMINERS:
            # "The renal unit's the exception, they …": "'s" is "is", not a possessive
            words = [*before.toks, said.without_possessive()]
            before = NP(words, before.start, before.end + 1, before.prep, before.proper)
            copula = True
        else:
            copula = s.low(before.end) in lx.BE_FORMS
        if not self._dislocated(before, np_, s, copula=copula):
            return None
        if copula:
            said_to_be = s.np_at(before.end + 1, np_.start - 1)
            if said_to_be is not None and (
                said_to_be.proper or any(t.text[:1].isupper() for t in said_to_be.words)
            ):
                return None  # "The tills are Oracle Micros, they send …": a name of its own
            if (
                said_to_be is not None
                and said_to_be.toks[0].low in {"the", "our", "my"}
                and lx.actor_kind([t.text for t in said_to_be.words]) in HUMAN
            ):
                # "My wife Sue is the bookkeeper, she pulls …": the role is who acts
                return self.actor(said_to_be, s)
        name = self.actor(before, s, relaxed=True)
        if name is None or (np_.toks[0].low == "they") == (
            # a firm or a body is "they" ("The county FA is different, they post …")
            is_plural(name) or self.kind_of(name) != ActorKind.person
        ):
            return name
        return None

    @staticmethod
    def _dislocated(before: NP, np_: NP, s: Sentence, *, copula: bool) -> bool:
        """ "The volunteer lock keepers, we've got a lovely bunch, mostly retired, they tell
        me …", "The renal unit is different, they email me …": a subject set aside by
        commas, or said to be something, then taken up again by a pronoun, with only asides
        between (no clause joined by "and", "if", "but" …)."""
        if s.low(np_.start - 1) != ",":
            return False
        if copula:
            if np_.start - before.end > 6:
                return False
        elif s.low(before.end) != ",":
            return False
        return not any(
            s.low(k) in _JOINING_AN_ASIDE
            or (not s.low(k)[:1].isalnum() and s.low(k) not in {",", "'s", "’s"})
            for k in range(before.end + 1, np_.start - 1)
        )

    def _whole_of(self, np_: NP, s: Sentence) -> str | None:
        """The group a part of it stands for: "one of the visitor assistants enters …",
        "one of us on the information desk rings …", "emails it to the three members of the
        credit committee". Who acts or receives is the group the answer names, not "one"."""
        lows = [t.low for t in np_.words if t.low not in lx.NUMBER_WORDS or t.low == "one"]
        if not lows or len(lows) > 2 or lows[-1] not in _PARTS_OF:
            return None
        whole = s.np_at(np_.end + 1)
        if whole is None:
            return None
        if whole.is_pronoun or whole.toks[0].low in lx.FIRST_PERSON:
            if lows[-1] in _MEMBERS or whole.toks[0].low not in {"us", "them"}:
                return None
            after = whole.end
            if s.low(after) in {"on", "at", "in", "from"} and (desk := s.np_at(after + 1)):
                # "one of us on the information desk": a member of that desk acts for it
                group = self.actor(desk, s)
                if group and self.kind_of(group) in {ActorKind.team, ActorKind.organisation}:
                    return group
            return self.actor(whole, s) if whole.toks[0].low == "them" else None
        # "one of the visitor assistants" is someone; "the rest of the repairs" may be things
        public = whole.head == "public"  # "members of the public" are the public
        group = self.actor(whole, s, relaxed=public or lows[-1] not in _MEMBERS | _SHARES)
        if public:
            return group
        if group is None:
            return None
        if lows[-1] in _MEMBERS and self.kind_of(group) not in {
            ActorKind.team,
            ActorKind.organisation,
        }:
            return None  # "members of the staff" are people of their own
        return group

    def _saw(self, mention: Mention) -> None:
        self.seen += 1
        if mention.kind == ActorKind.person and not is_plural(mention.name):
            self.last_person = mention.name
            if mention.name in self.persons:
                self.persons.remove(mention.name)
            self.persons.append(mention.name)
        elif mention.kind in HUMAN:
            if mention.name != self.last_group:
                self.previous_group = self.last_group
            self.last_group = mention.name
            self.group_seen = self.seen
        elif mention.kind in SYSTEMS and not _generic_app(mention.name):
            self.last_system = mention.name

    def _app_of(self, name: str) -> str:
        """ "the phone app" is the app of the system last named ("CarePlanner …, the carers
        see their rota in the phone app"): a device's screen, not a system of its own."""
        if not _generic_app(name):
            return name
        return self.system_last_used() or self.last_system or name

    def _the_system_used(self, np_: NP, s: Sentence) -> str | None:
        """ "the system" or "the software" alone, once a system has been named by its own name
        ("assign the reviewers in Worktribe … she pastes them into the system"): that one,
        unless it is said whose ("the software of the dosing machine, ColorDos")."""
        if [t.low for t in np_.toks] not in (["the", "system"], ["the", "software"]):
            return None
        if s.low(np_.end) in {"of", ",", "for", "that", "which", "called"}:
            return None
        used = self.system_last_used()
        return used if used and used[:1].isupper() else None

    def system_last_used(self, before: int | None = None) -> str | None:
        """The named system of the last flow that had one (of the flows ``before`` an index,
        when given): whose screen a device or an app said without a name most likely shows."""
        for flow in reversed(self.flows[:before]):
            for other in [*flow.targets, flow.source]:
                if self.kind_of(other) in SYSTEMS and not _generic_app(other):
                    return other
        return None

    def _recipient(self, np_: NP, s: Sentence) -> str | None:
        """An actor after "to": unknown nouns count when determined, plural or named."""
        determined = np_.toks[0].low in lx.DETERMINERS or np_.proper
        plural = fold_plural(np_.head) != np_.head
        return self.actor(np_, s, relaxed=determined or plural)

    def kind_of(self, name: str) -> ActorKind:
        key = normalise_name(name)
        mention = self.mentions.get(key)
        if mention is None and (known := self.known_keys.get(key)) is not None:
            return known.kind  # a listed actor met under a shorter form
        return mention.kind if mention else ActorKind.person

    def _last_system_before(self, s: Sentence, before: int) -> str | None:
        """The last system named before a point, not counting channels ("via the network")."""
        for np_ in reversed(s.nps_between(0, before)):
            if np_.prep in CHANNEL_PREPOSITIONS:
                continue
            name = self.actor(np_, s)
            if name and self.kind_of(name) in SYSTEMS:
                return name
        return None

    def role(self, label: str) -> str:
        """A speaker's label as an actor: a role is a person unless its head says otherwise."""
        return self._remembered(label, lambda: lx.actor_kind(label.split(), relaxed=True))

    def _remembered(self, name: str, kind: Callable[[], ActorKind | None]) -> str:
        """The mention ``name`` stands for, made the first time with ``kind()`` (a person
        when it says none): the final check and the emitter both name it this way."""
        key = normalise_name(name)
        if key not in self.mentions:
            self.mentions[key] = Mention(name, kind() or ActorKind.person)
        return self.mentions[key].name

    def _actor_of(self, s: Sentence) -> Callable[[NP], str | None]:
        """``self.actor`` bound to a sentence, for ``map``."""
        return lambda np_: self.actor(np_, s)

    def _person_acronym(self, name: str) -> None:
        """An acronym that re-keys, types, phones or signs is a role ("CSR", "EMD", "FD",
        "the duty OT"), not a system, unless it is a system the lexicon knows."""
        mention = self.mentions.get(normalise_name(name))
        *front, last = name.split()
        if (
            mention is not None
            and mention.kind == ActorKind.tool
            and last.isupper()
            and 2 <= len(last) <= 5
            and all(word.islower() for word in front)  # "duty OT", not "Oracle ERP"
            and last.lower() not in lx.KNOWN_TOOLS
            and last.lower() not in lx.TOOL_HEADS
        ):
            mention.kind = ActorKind.person
            self._saw(mention)  # "… by the duty OT, and … by her": the person last named

    def _named_system(self, name: str) -> bool:
        """The system is named by its own (proper) name, not only by its kind."""
        mention = self.mentions.get(normalise_name(name))
        if mention is not None and mention.np is None:
            # learned from "SigDraw, our CAD tool" before any sentence was read
            return any(c.isupper() for c in mention.name)
        return mention is not None and mention.np is not None and mention.np.proper

    def _other_than(self, clause: Clause, subject: str) -> str | None:
        """Who an object pronoun stands for when it cannot be the clause's own subject: the
        subject of the relative clause it is said in hangs on ("the clerks draft it from the
        notes that the agents email to them"); elsewhere it stays unresolved."""
        parent = clause.parent if clause.kind == "rel" else None
        while parent is not None:
            if parent.subject_actor and parent.subject_actor != subject:
                return parent.subject_actor
            parent = parent.parent
        return None

    def tool(self, name: str) -> str:
        """A thing the answer shows working as a system (a web form that passes data on)."""
        return self._remembered(name, lambda: ActorKind.tool)

    def team(self, name: str) -> str:
        """The party a group or place name stands for ("the kitchen" as the kitchen team)."""
        return self._remembered(name, lambda: lx.actor_kind(name.split()) or ActorKind.team)
