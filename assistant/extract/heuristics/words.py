"""Words of one sentence in context: which token is a verb here (and in which voice), the
noun phrases, and the Clause record the segmenter fills (step 1 of the reader)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.tokens import Tok, is_proper
from assistant.hypergraph.names import fold_plural
from assistant.media import MEDIUM_HEADS
from assistant.models.infoflow import ActorKind

_BOARDS = frozenset(
    {"whiteboard", "board", "noticeboard", "spreadsheet", "sheet", "drive", "tracker", "wall"}
)
_NUMBERS = "one two three four five six seven eight nine ten eleven twelve few several"
_RANGE = re.compile(r"\d+(?:[-–—/]\d+)+")
"""A range of numbers ("3-5", "2–3") counts as a number."""
_NUMBER_WORDS = frozenset(_NUMBERS.split())
_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekday",
        "weekend",
    ]
)
_TIME_ADVERBS = frozenset({"overnight", "today", "tonight", "tomorrow", "yesterday", "nowadays"})
_ROLE_WITH_OF = frozenset({"head", "heads", "chief", "chiefs", "director", "directors"})
_SUBJECT_WORDS = frozenset({"i", "we", "they", "he", "she"})
_TOLD_OR_ASKED = frozenset({"what", "whether", "how", "why"})
"""Words that open what is told or asked ("tells the desk whether climbs can go ahead"),
never part of a noun phrase."""
_PART_DETERMINERS = frozenset({"each", "all", "both", "either", "neither", "any"})
"""Determiners that stand for part of a group before "of the …" ("each of the councils")."""
_ONE_OF = frozenset({"one", "each", "either", "neither", "none"})
"""A part of a plural group that takes a singular verb: "one of the clerks enters"."""
_QUANTIFIERS = frozenset({"most", "some", "all", "many", "few", "half", "both", "couple"}) | _ONE_OF
"""Words for a part of a group before "of": "most of them text me", "one of the clerks"."""
SENDING = lx.SEND_VERBS | lx.SYSTEM_ENTRY_VERBS | lx.REQUEST_VERBS
TRANSMISSION = SENDING | lx.RECEIVE_VERBS | lx.ARRIVE_VERBS


_CLOCK_ENDS = frozenset({"end", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "o’clock"})
"""Words that end a time phrase ("at 6 pm", "at month end"): a name after them starts anew."""
_TIME_ORDER = frozenset({"next", "last", "previous", "following", "same"})
_SAME_TIME = frozenset({"same", "following"})
"""Words of _TIME_ORDER that notes put right after an object, with no determiner, to say
when ("rings the client same day"); "last year" after a noun may still name an event."""
"""Before a time's possessive, they make it part of a name ("the next night's guest list")."""
_ORDINALS = _TIME_ORDER - {"same"} | {"first", "second", "third", "final"}
"""Words of order that, after a determiner, qualify a noun ("the first visit")."""


_EVENTS = frozenset({"start", "end", "finish", "close", "open", "stop", "run", "begin"})
"""What a shift, a day or a clinic does ("the shift starts at 7"): a verb, not a noun."""

_UNIT_HEADS = frozenset(
    {"centre", "center", "department", "dept", "desk", "office", "team", "unit", "lab", "room"}
    | {"crew", "squad", "secretariat", "division", "committee", "panel", "studio", "hq"}
)
"""Heads of a unit's name that are never a bare object: "records" before "centre" is a noun."""


_INDEFINITES = frozenset(
    {"something", "anything", "everything", "someone", "somebody", "anyone", "anybody"}
)
"""Objects that only a verb takes: "a volunteer who notices something tells …"."""


_SAYING = frozenset(
    {"saying", "showing", "telling", "asking", "confirming", "warning", "reminding"}
    | {"notifying", "alerting", "flagging", "letting"}
)
"""Participles that say what a message holds ("an email from Apricot saying …")."""


@dataclass
class Clause:
    """A stretch of a sentence with at most one main verb."""

    start: int
    end: int = -1
    kind: str = "main"  # main | sub | coord | rel
    verb: int | None = None
    base: str = ""
    passive: bool = False
    antecedent: NP | None = None
    parent: Clause | None = None
    subject: NP | None = None
    subject_actor: str | None = None
    agent_actor: str | None = None
    made_flow: bool = False
    flow_index: int | None = None
    """Index in the reader's drafts of the flow this clause made (to withdraw it)."""
    object_relative: bool = False
    co_subjects: list[str] = field(default_factory=list)
    subject_from: list[str] = field(default_factory=list)
    by_hand: bool = False
    """A person does the transfer, though the text names only the system it comes from."""
    redoes: bool = False
    """The verb is "do that/it" standing for the verb of the clause before."""
    rel_prep: str = ""
    """The preposition of a relative such as ", from which …" (its antecedent is where)."""


_QUANTITY_NOUNS = frozenset({"few", "lot", "couple", "number", "bit", "handful"})
"""Nouns of "a few", "a lot": many, so a base form after them may be their verb."""
_ACTING_KINDS = frozenset({ActorKind.person, ActorKind.team, ActorKind.organisation})
"""Kinds of party that act themselves (a role, a desk, a firm)."""
_FINDING = frozenset({"find", "notice", "see", "realise", "realize", "say", "think", "know"})
"""Verbs a clause with "that" follows ("finds that a part is missing")."""


class SentenceWords:
    """Word classes settled in context and noun phrases, over the tokens of one sentence."""

    text: str
    toks: list[Tok]
    n: int
    names: frozenset[str]
    verbs: dict[int, tuple[str, str]]
    _nps: dict[tuple[int, int], NP | None]
    _verbs: dict[tuple[int, bool], tuple[str, str] | None]

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def words_between(self, start: int, end: int) -> str:
        """The words of tokens ``start`` to ``end`` as written, one space apart."""
        return " ".join(t.text for t in self.toks[max(0, start) : end])

    def _plural_noun(self, word: str) -> bool:
        index = next((t.i for t in self.toks if t.low == word), -1)
        original = self.toks[index].text if index >= 0 else word
        if len(original) >= 3 and original.endswith("s") and original[:-1].isupper():
            return True  # an acronym's plural: "GPs", "PMs"
        if sum(1 for c in original if c.isupper()) >= 2:
            return False  # an acronym: "LIMS", "TMS"
        if index == 0 and word in self.names:
            return False  # "Cloudbeds sends the guest …": a name, said with a singular verb
        if index > 0 and original[:1].isupper() and word not in lx.PLURAL_NOUNS:
            return False  # a name: "and Ines reads it"
        if word.endswith("men") or word in lx.PLURAL_NOUNS:
            return True  # "foremen", "people", "staff"
        if not (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            return False
        if word not in lx.verb_forms() or index == 0:
            return True  # "Invoices land in …": no sentence opens on a verb's -s form
        # "monitors", "reports": a noun when a determiner or a modifier comes before it
        before = self.low(index - 1)
        return before in lx.DETERMINERS or (
            self._contentish(before)
            and (before not in lx.verb_forms() or (index == 1 and self.verb_at(0) is None))
        )  # "Authorised reports go …": a participle that opens the sentence modifies it

    def _contentish(self, word: str) -> bool:
        return word in self.names or (
            word[:1].isalnum()
            and word not in lx.DETERMINERS
            and word not in lx.PREPOSITIONS
            and word not in lx.COORDINATORS
            and word not in lx.RELATIVES
            and word not in lx.AUXILIARIES
            and not lx.is_adverb(word)
            and word not in lx.SUBJECT_PRONOUNS
            and word not in lx.SUBORDINATORS
            and word not in lx.REFLEXIVES
            and word not in _TOLD_OR_ASKED
        )

    def verb_at(self, i: int, *, boundary: bool = False) -> tuple[str, str] | None:
        """(base, form) if token ``i`` reads as a verb here (memoised: the rules ask often)."""
        key = (i, boundary)
        if key not in self._verbs:
            # a rule that asks about this word again while it is being read gets "no verb":
            # "000S 0 US SEND" once asked round in a circle
            self._verbs[key] = None
            self._verbs[key] = self._verb_at(i, boundary=boundary)
        return self._verbs[key]

    def _noun_then_verb(self, k: int) -> bool:
        """Token ``k`` is a noun (no grammar word, no verb) and a verb follows it."""
        word = self.low(k)
        closed = lx.DETERMINERS | lx.PREPOSITIONS | lx.OBJECT_PRONOUNS | lx.SUBJECT_PRONOUNS
        if not word.isalpha() or word in closed or word in lx.ADVERBS:
            return False
        info = lx.verb_info(word)
        if info is not None and info[1] != "s":
            return False
        following = lx.verb_info(self.low(k + 1))
        return self.low(k + 1) in lx.BE_FORMS or (
            following is not None and following[1] in ("base", "s", "past")
        )

    def _bare_role_told(self, i: int) -> bool:
        """Whether the verb-like word at ``i`` opens a role said with no article right after
        a verb of telling and "to" ("telling to shift chief", "reporting to plant manager")."""
        nxt = self.low(i + 1)
        told = lx.verb_info(self.low(i - 2))
        return (
            told is not None
            and told[0] in lx.SEND_VERBS | lx.TELL_VERBS
            and nxt.isalpha()
            and self._contentish(nxt)  # not "to check whether …"
            and lx.verb_info(nxt) is None
            and (lx.actor_kind([nxt]) in {ActorKind.person, ActorKind.team} or nxt in _ROLE_WITH_OF)
        )

    def _plural_verb_next(self, k: int) -> bool:
        """Token ``k`` is a verb that agrees with a plural subject and says where something
        goes ("come", "go", "arrive", "are"): the -s word before it is that subject."""
        word = self.low(k)
        if word in {"are", "were"}:
            return True
        info = lx.verb_info(word)
        return info is not None and info[1] == "base" and info[0] in lx.ARRIVE_VERBS

    def _verb_at(self, i: int, *, boundary: bool = False) -> tuple[str, str] | None:
        """(base, form) if token ``i`` reads as a verb here. ``boundary``: a clause starts here."""
        word = self.low(i)
        info = lx.verb_info(word)
        prev = self.low(i - 1)
        nxt = self.low(i + 1)
        if word == "standing" and fold_plural(nxt) == "order":
            return None  # "pay by standing order": a way of paying
        if info is not None and info[1] == "s" and nxt in {"i", "we", "they", "you"} and i == 1:
            return None  # "Stock counts I do on paper": a noun put first, then its subject
        if prev.isdigit() and word.endswith("s") and not self._numbered_name_before(i):
            return None  # "After 28 days our debt recovery lead exports …": a count of things
        if info is not None and self._inside_a_name(i):
            return None  # "sends them to Archive Manager", "Field Service": part of a name
        if (
            info is not None
            and prev in {"to", "into", "from", "in", "on"}
            and self.toks[i].text[:1].isupper()
            and not self.toks[i].text.isupper()
            and i >= 2
        ):
            return None  # "it syncs back to Confirm": a name after a preposition, mid-sentence
        if (
            info is not None
            and info[1] == "base"
            and i >= 1
            and self.toks[i].text[:1].isupper()
            and not self.toks[i].text.isupper()
            and (after := lx.verb_info(nxt)) is not None
            and after[1] == "s"
        ):
            return None  # "… and Confirm pushes the job to my tablet": a name, then its verb
        if (
            info is None
            and word in lx.NOT_VERB_FORMS
            and (
                # "reads it every morning and orders the parts from …": after "and" and
                # before an object, a noun-like -s form is the next verb
                (
                    prev in {"and", "then", "also", "or"}
                    and (nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS)
                )
                # "a shared Google Sheet that the buyer uses": after who acts in a relative
                or (
                    self.low(i - 3) in {"that", "which"}
                    and self.low(i - 2) in lx.DETERMINERS
                    and lx.actor_kind([self.toks[i - 1].text]) in {ActorKind.person, ActorKind.team}
                )
            )
            and (singular := lx.verb_info(word[:-1])) is not None
        ):
            return singular[0], "s"
        if (
            info is None
            and fold_plural(word) in lx.TIME_NOUNS
            and self.counts(i - 1)
            and self.low(i - 2) == "every"
        ):
            return None  # "every fifteen minutes it pushes …": a time, not a verb
        if info is None:
            return self._unknown_verb_at(i, word, prev, nxt)
        if prev in _ORDINALS and self.low(i - 2) in lx.DETERMINERS | {"that", "this"}:
            return None  # "after the first visit the nurse …": a noun after its order
        base, form = info
        if nxt == "of" and form in ("base", "s"):
            return None
        if form == "base" and prev == "to" and self._bare_role_told(i):
            return None  # "operators are telling to shift chief": a role with no article
        if base == "call" and (
            (prev in {"we", "they", "i", "you", "people"} and self.low(i - 2) in {"what", "which"})
            or (nxt in {"it", "them", "this", "that"} and self._contentish(self.low(i + 2)))
        ):
            return "name", form  # "that's what we call the reviewed solution": naming
        if (
            base == "call"
            and nxt in {"me", "us"}
            and self.low(i + 2) == "the"
            and fold_plural(self.low(i + 3)) not in lx.TIME_NOUNS
            and not self.low(i + 4)[:1].isalnum()
        ):
            return "name", form  # "the lads call me the gaffer, so …": naming
        if nxt == ":" and form == "s" and self._contentish(prev):
            return None  # "fault reports: logged in Maximo": a note's label, a noun
        if form == "s" and self._plural_verb_next(i + 1):
            return None  # "Order updates come from …", "email alerts go to …": a noun
        if form == "past" and i == 0 and self._noun_then_verb(i + 1):
            return None  # "Authorised reports go …", "Signed forms are sent …": an adjective
        if base == "get":
            k = i + 1
            while lx.is_adverb(self.low(k)):
                k += 1
            following = lx.verb_forms().get(self.low(k))
            if following and following[1] == "past":
                return None  # "gets sent": an auxiliary of the passive
            degree = 2 if (self.low(k), self.low(k + 1)) in {("a", "bit"), ("a", "little")} else 0
            if not degree and self.low(k) in {"quite", "very", "too", "so", "really", "rather"}:
                degree = 1
            if degree and self.low(k + degree) not in lx.DETERMINERS | {"of", "few", "lot", "many"}:
                return None  # "it got a bit heated": becoming, not receiving
        # "they each send the …" floats a quantifier; "before each visit the …" does not
        opens = i < 2 or self.low(i - 2) in lx.PREPOSITIONS | lx.SUBORDINATORS
        floating = (
            prev in {"each", "all", "both"}
            and not opens
            and (
                nxt in lx.DETERMINERS
                or nxt in lx.OBJECT_PRONOUNS
                # "… that the manager and the volunteer both read.": a quantifier after its noun
                or (
                    self._contentish(self.low(i - 2))
                    and nxt in {".", ",", ";", "from", "in", "on", "at", "through"}
                )
            )
        )
        if (prev in lx.DETERMINERS and not floating) or prev.endswith("'s"):
            return None
        if form == "ing" and self.gerund_with_subject(i, base):
            return info  # "feedback is mostly the showrunner ringing my casting director"
        if form == "ing":
            if (
                prev in {"and", "or"}
                and self._plural_noun(self.low(i - 2))
                and nxt.endswith("s")
                and not nxt.endswith("ss")
                and self._contentish(nxt)
                and self.low(i + 2) not in lx.DETERMINERS | lx.OBJECT_PRONOUNS
            ):
                return None  # "invoices and packing lists": a noun's modifier, not a verb
            if (
                prev in {"and", "or"}
                and self._contentish(self.low(i - 2))
                and (lx.verb_info(self.low(i - 2)) or ("", "base"))[1] == "base"
                and fold_plural(nxt) in lx.MEDIUM_HEADS
                and self.low(i + 2) not in lx.DETERMINERS | lx.OBJECT_PRONOUNS
            ):
                return None  # "getting invoice and packing list from me": a document
            if (
                boundary
                or prev
                in {
                    "before",
                    "after",
                    "by",
                    "when",
                    "while",
                    "without",
                    "and",
                    "or",
                    ",",
                    "then",
                    "for",
                    "not",
                    "still",
                }
                or prev in lx.BE_FORMS
            ):
                return info
            return None
        if prev in lx.PREPOSITIONS and not (prev == "to" and form == "base"):
            return None
        if form == "past":
            if i == 0 and self._contentish(nxt):
                return None
            if prev in lx.TIME_ADJECTIVES:
                return None
            if (
                self.low(i - 2) in {"a", "an", "the", "our", "their", "its", "my", "your"}
                and self._contentish(prev)
                and not self._plural_noun(prev)
                and not prev.endswith(lx.AGENT_SUFFIXES)
                and prev not in lx.TEAM_HEADS | lx.PERSON_WORDS | lx.DEPARTMENT_WORDS
                and (is_proper(self.toks[i + 1], first=False) if i + 1 < self.n else False)
            ):
                return None  # "a big shared Google Sheet": a participle before a name
            return info
        if (
            i > 0
            and info[1] in ("base", "s")
            and self.toks[i - 1].text.isupper()
            and len(self.toks[i - 1].text) > 1
            and self.toks[i - 1].text.isalpha()
            and self.toks[i].text.islower()
            and (i == 1 or self.low(i - 2) in lx.DETERMINERS | {",", "and", "then"})
            and nxt in lx.DETERMINERS | lx.OBJECT_PRONOUNS
        ):
            return info  # "CPS email the OIC", "the HSE email the site manager"
        if (
            i > 0
            and info[1] == "base"
            and info[0] in lx.SEND_VERBS
            and self.toks[i - 1].text[:1].isupper()
            and (prev in lx.TEAM_HEADS | lx.DEPARTMENT_WORDS or prev not in lx.known_words())
            and (i == 1 or self.low(i - 2) in lx.DETERMINERS | {",", "and", "then"})
            and nxt in lx.DETERMINERS | lx.OBJECT_PRONOUNS
        ):
            # "and Control phone the on-call investigator", "Checkatrade send the enquiry":
            # a team or a firm said as many
            return info
        return self._noun_or_verb_at(i, info, prev, nxt, boundary=boundary, floating=floating)

    def _sent_on_to(self, k: int) -> bool:
        """Token ``k`` opens "to …" (after a particle: "back to", "on to"): after "sends
        that", "that" is what is sent, since a relative never starts with "to"."""
        k += self.low(k) in lx.PARTICLES
        return self.low(k) == "to" and self.low(k + 1) != "be"

    def _compound_sent_to(self, i: int) -> bool:
        """ "sends a text and an app alert to the controller": after "a"/"an" and one noun, a
        base form before "to the …" is the head of what is sent ("an app" would say "alerts")."""
        return (
            self.low(i + 1) == "to"
            and (self.low(i + 2) in lx.DETERMINERS or self.low(i + 2).startswith("whoever"))
            and self.low(i - 1) not in _QUANTITY_NOUNS
        )

    def _rings_alone(self, i: int) -> bool:
        """Token ``i`` is a call verb after one person or party, before a comma or "and"
        ("a customer phones, and …"): their call, since "customer phones" names no thing."""
        info = lx.verb_info(self.low(i))
        prev = self.low(i - 1)
        return (
            info is not None
            and info[0] in lx.CALL_VERBS
            and self.low(i + 1) in {",", "and"}
            and self.low(i - 2) in lx.DETERMINERS
            and not self._plural_noun(prev)
            and lx.actor_kind([prev]) in {ActorKind.person, ActorKind.organisation, ActorKind.team}
        )

    def gerund_with_subject(self, i: int, base: str) -> bool:
        """Token ``i`` is the -ing form of a verb of telling, after a party said after "is"
        or "starts with" and before whom it reaches ("feedback is mostly the showrunner
        ringing my casting director", "a job starts with the client emailing us a scope"):
        that party's act, a clause of its own."""
        if base not in lx.TELL_VERBS or self.low(i + 1) not in lx.DETERMINERS | {"us", "me"}:
            return False
        k = i - 1
        while k > 0 and self._contentish(self.low(k)) and self.low(k) not in lx.DETERMINERS:
            k -= 1
        if k == i - 1 or lx.actor_kind([self.toks[i - 1].text]) not in _ACTING_KINDS:
            return False
        k -= self.low(k) in lx.DETERMINERS
        while k > 0 and lx.is_adverb(self.low(k)):
            k -= 1
        return self.low(k) in lx.BE_FORMS | {"with"}

    def counts(self, i: int) -> bool:
        """Token ``i`` is a count in lower case ("15", "ten", "fifteen", "twenty")."""
        word = self.low(i)
        return (
            word.isdigit()
            or word in lx.NUMBER_WORDS
            or (word.endswith(("teen", "ty")) and self.toks[i].text.islower() and len(word) > 5)
        )

    def _numbered_name_before(self, i: int) -> bool:
        """ "Sage 200 sends …": the figure before ``i`` numbers a product named before it."""
        if i < 2:
            return False
        name = self.toks[i - 2].text
        return name[:1].isupper() and name.isalpha() and name.lower() not in lx.known_words()

    def _inside_a_name(self, i: int) -> bool:
        """Token ``i`` is a capitalised word inside a sentence next to another one: a word of
        a product's or a place's name ("Archive Manager", "Dynamics Field Service")."""
        if i == 0 or not self.toks[i].text[:1].isupper() or self.low(i - 1) in lx.SUBJECT_PRONOUNS:
            return False  # "I WhatsApp Olu": a brand used as a verb

        def capitalised(k: int) -> bool:
            text = self.toks[k].text if 0 <= k < self.n else ""
            return text[:1].isupper() and text.isalpha() and text.lower() not in lx.FIRST_PERSON

        return capitalised(i + 1) or (i >= 2 and capitalised(i - 1))

    def _unknown_verb_at(self, i: int, word: str, prev: str, nxt: str) -> tuple[str, str] | None:
        """A word the lexicon does not know as a verb, read as one between a pronoun and an
        object, or ending in -s after a singular noun."""
        # an unknown word between a relative or personal pronoun and an object is a verb:
        # "who certifies it", "she measures the work"
        # or after a singular noun when it ends in -s: "the sales desk prices it"
        before = self.low(i - 2) if prev in {"then", "also", "just", "usually", "often"} else prev
        unknown_verb = (
            (
                before in {"who", "which", "they", "he", "she", "we", "i", "you"}
                or (
                    word.endswith("s")
                    and not word.endswith("ss")
                    and self._contentish(prev)
                    and prev not in lx.verb_forms()
                    and not self._plural_noun(prev)
                    # "emails the junior clerks the changes": people, a first object
                    and fold_plural(word) not in lx.PERSON_WORDS
                    and not (
                        fold_plural(word).endswith(lx.AGENT_SUFFIXES)
                        and lx.verb_info(fold_plural(word)) is None  # "orders" may be a verb
                    )
                )
            )
            and self._contentish(word)
            and (
                nxt in lx.DETERMINERS
                or nxt in lx.OBJECT_PRONOUNS
                or nxt in _INDEFINITES
                # "Xero spits out a report …", "the system kicks out a list …"
                or (nxt in {"out", "off", "up"} and self.low(i + 2) in lx.DETERMINERS)
            )
            and not self._time_phrase_at(i + 1)  # "the box offices every Friday": a noun
            and not self._ends_an_opening_phrase(i)  # "For the big orders an underwriter …"
        )
        if (
            not unknown_verb
            and prev == "who"
            and self._contentish(word)
            and (nxt in lx.PREPOSITIONS or lx.is_adverb(nxt))
            and self._contentish(self.low(i - 2))
        ):
            # "contractors who prune for us send …": after "who", a word then a
            # preposition is the relative's verb
            return (
                (word[:-1], "s")
                if word.endswith("s") and not word.endswith("ss")
                else (word, "base")
            )
        if (
            not unknown_verb
            and nxt in {"through", "via", "online"}
            and not word.endswith("s")
            and self._contentish(word)
            and lx.actor_kind([word]) is None
            and self._plural_noun(prev)
            and (
                fold_plural(prev) in lx.PERSON_WORDS
                or fold_plural(prev).endswith(lx.AGENT_SUFFIXES)
            )
        ):
            return word, "base"  # "new members invest through a share offer on Ethex"
        if (
            not unknown_verb
            and prev in {"who", "which", "that", "they", "he", "she", "it"}
            and nxt in lx.PARTICLES
            and word.endswith("s")
            and word[:-1] in lx.ALL_VERBS
        ):
            return word[:-1], "s"  # "the pager system, which sets off the pagers"
        if (
            not unknown_verb
            and word.endswith("s")
            and word[:-1] in lx.REQUEST_VERBS
            and (prev in lx.PERSON_WORDS | lx.TEAM_HEADS or prev.endswith(lx.AGENT_SUFFIXES))
            and self._ordered_from(i)
        ):
            return word[:-1], "s"  # "the head chef orders from Brakes": a role orders
        if (
            not unknown_verb
            and word.endswith("s")
            and not word.endswith("ss")
            and (prev in lx.PERSON_WORDS or prev.endswith(lx.AGENT_SUFFIXES))
            and self._contentish(nxt)
            and self.low(i + 2) in {"and", ","}
            and (then := lx.verb_info(self.low(i + 3))) is not None
            and then[1] == "s"
        ):
            return word, "s"  # "the quality manager cups samples and sends …": two verbs
        if not unknown_verb and self._base_after_plural_subject(i, word, prev, nxt):
            return word, "base"  # "our engineers model each house in hsbCAD"
        if not unknown_verb:
            return None
        if word.endswith("s") and word[:-1] in lx.ALL_VERBS:
            return word[:-1], "s"  # "the conveyancer orders the searches"
        return word, "s" if word.endswith("s") else "base"

    def _ordered_from(self, i: int) -> bool:
        """ "orders (spares) from the publisher", "orders on the supplier website" with no
        verb after the supplier: the -s word is the verb ("customer orders from the website
        land in …" is a noun)."""
        at = None
        for k in range(i + 1, min(self.n, i + 6)):  # "orders leather and boards from …"
            if self.low(k) == "from" or (
                self.low(k) in {"on", "through", "via"} and self.low(i - 1) in lx.PERSON_WORDS
            ):
                at = k
                break
            if not self.low(k)[:1].isalnum():
                return False
        if at is None:
            return False
        supplier = self.np_at(at + 1)
        after = lx.verb_info(self.low(supplier.end)) if supplier is not None else None
        return after is None or after[1] not in ("base", "s")

    def _base_after_plural_subject(self, i: int, word: str, prev: str, nxt: str) -> bool:
        """An unknown word between a plural noun phrase that opens the clause and an object
        is the clause's verb ("my scouts measure fifty plants", "our engineers model each
        house"): a noun there would need a verb of its own, which does not follow."""
        if word.endswith("s") or not self._contentish(word) or not self._plural_noun(prev):
            return False
        if not (nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS or nxt.isdigit()):
            return False
        if any(self.verb_at(k) is not None for k in range(i + 1, min(self.n, i + 4))):
            return False  # "the delivery notes each driver signs": the verb is further on
        k = i - 2
        while k >= 0 and (self._contentish(self.low(k)) or self.low(k) in lx.DETERMINERS):
            if lx.verb_info(self.low(k)) is not None and self.low(k - 1) not in lx.DETERMINERS:
                return False  # "the plumber reads the repairs ledger every …": a verb before
            k -= 1
        return k < 0 or self.low(k) in {",", ";", ":", "and", "then", "so", "but", "-"}

    def _ends_a_prepositional_phrase(self, j: int) -> bool:
        """Token ``j`` closes a short phrase after a preposition ("about learners", "through
        the card reader"): the subject it belongs to is further back."""
        k = j - 1
        while k >= 0 and j - k <= 3 and self._contentish(self.low(k)):
            k -= 1
        while k >= 0 and self.low(k) in lx.DETERMINERS:
            k -= 1
        return k >= 1 and k < j and self.low(k) in lx.PREPOSITIONS - {"to", "as", "like"}

    def _noun_or_verb_at(
        self, i: int, info: tuple[str, str], prev: str, nxt: str, *, boundary: bool, floating: bool
    ) -> tuple[str, str] | None:
        """A base or -s form, which is often a noun too: a verb after a subject, an auxiliary
        or a boundary; a noun before "which", "are" or another verb."""
        word = self.low(i)
        base, form = info
        # base or -s forms, which are often nouns too
        if i == 0:
            return None
        if (
            self.low(i - 2) in lx.DETERMINERS - {"that", "which"}
            and prev.endswith("ed")
            and not prev.endswith("eed")
            and len(prev) > 4
            and ((before := lx.verb_info(prev)) is None or before[1] == "past")
        ):
            return None  # "onto the classified pages", "the signed forms": a noun
        if boundary or floating or prev in lx.SUBJECT_PRONOUNS or prev in lx.RELATIVES:
            return info
        if prev in lx.REFLEXIVES and i >= 2 and self._contentish(self.low(i - 2)):
            return info  # "the minders themselves record …": the subject, said again
        if prev in lx.AUXILIARIES or prev in lx.ADVERBS or prev in lx.COORDINATORS:
            return info
        if prev in {",", ";", ":"}:
            return info
        if nxt in {"them", "him", "her", "us", "me"} and self._contentish(prev):
            return info  # "ops send them the invoice": a noun is not followed by "them"
        if prev.isdigit() and form == "s" and self._numbered_name_before(i):
            return info  # "Sage 200 sends the invoices": a product and its number
        if prev in lx.TIME_ADJECTIVES or not self._contentish(prev):
            return None
        if prev.isdigit():
            return None
        if (
            form == "s"
            and i >= 3
            and self.low(i - 2) in {"the", "their", "our", "its", "his", "her", "my", "your"}
            and (sent := lx.verb_info(self.low(i - 3))) is not None
            and sent[0] in lx.SEND_VERBS
            and sent[1] in ("base", "s")
            and self.low(i - 4) not in lx.DETERMINERS
        ):
            return None  # "send their cash forecasts on …": the object's head, not a verb
        moving = base in lx.ARRIVE_VERBS or (
            base in lx.SELF_MOVING_VERBS and nxt in lx.WHERE_TO_WORDS
        )
        if moving and self._ends_a_prepositional_phrase(i - 1):
            return info  # "information about learners comes from …", "orders from Faire sync into"
        before = self.verb_at(i - 2) if i >= 2 else None  # not "the saw supervisor phones"
        if form == "s" and word in lx.MEDIUM_HEADS and before is not None and before[1] != "ing":
            return None  # "sends reminder emails to …": a channel named after a verb
        if (
            form == "s"
            and nxt in {"from", "for", "of", "on", "at", "in", "near", "along"}
            and self._plural_subject_ahead(i + 1)
        ):
            return None  # "AOG requests from the MCC reach …", "the dust monitors on the
            # boundary send …": a plural noun whose verb follows its prepositional phrase
        opened = any(self.low(k) in {"when", "if", "once", "whenever"} for k in range(i - 4, i))
        if nxt == "," and form == "s" and opened and self._contentish(prev):
            return info  # "when a line stops, I phone …": the end of an opening clause
        if form == "s" and nxt in lx.DETERMINERS and self._ends_an_opening_phrase(i):
            return None  # "For the big orders an underwriter phones …": the phrase's noun
        if form == "s" and nxt in {",", ".", ";"} and self._ends_object_relative(i):
            return info  # "a paper sheet that the office assistant collects, and she …"
        demonstrative = (
            nxt == "that"
            and self._contentish(self.low(i + 2))
            and self.low(i + 3) in lx.PREPOSITIONS
            and (self.verb_at(i + 2) is None or self.low(i + 2) in lx.MEDIUM_HEADS | {"log"})
        ) or (
            nxt == "that" and base in lx.SEND_VERBS and self._sent_on_to(i + 2)
        )  # "the on-call person hands that sheet to the arranger", "sends that log to PPL"
        asks = (
            (nxt == "which" or (nxt == "that" and base in _FINDING))
            and lx.actor_kind([prev]) in {ActorKind.person, ActorKind.team}
            and base not in lx.ABSTRACT_HEADS | lx.MEDIUM_HEADS | lx.DATA_HEADS
        )  # "the field manager decides which rows are ready", "the leader finds that …"
        if form == "s" and self._rings_alone(i):
            return info  # "the member rings, and …": a party's call, not "member rings"
        if form == "s" and (
            nxt in lx.BE_FORMS
            or (nxt in {",", "which", "who", "that", "were"} and not demonstrative and not asks)
        ):
            return None  # "Repair estimates, which …", "approved estimates are keyed …"
        if (
            form == "s"
            and nxt in _UNIT_HEADS
            and not (self._contentish(self.low(i + 2)) and self.verb_at(i + 2) is None)
            and self._determined_before(i)
        ):
            return None  # "from the local records centre": a unit named after what it keeps
        if (
            form == "s"
            and (nxt in lx.PREPOSITIONS - {"to"} or not nxt[:1].isalnum())
            and base in lx.ABSTRACT_HEADS | lx.MEDIUM_HEADS | lx.DATA_HEADS
            and base not in lx.ARRIVE_VERBS | lx.SELF_MOVING_VERBS | _EVENTS
            and self._determined_before(i)
            and lx.actor_kind([prev]) is None
        ):
            return None  # "do their hourly line checks on paper": the object's head
        if (
            form == "base"
            and self.low(i - 2) in {"a", "an"}
            and (nxt in lx.PREPOSITIONS - {"to"} or self._compound_sent_to(i))
            and (lx.verb_info(prev) is None or fold_plural(prev) in lx.MEDIUM_HEADS)
        ):
            return None  # "requests a data search from …": "a data" is no subject
        if form == "s":
            following = lx.verb_forms().get(nxt)
            if (
                following
                and following[1] == "base"
                and base not in {"help", "let", "make", "have"}
                and self.low(i + 2) in lx.DETERMINERS
                and self.low(i + 2) not in {"that", "this"}
                and prev not in lx.SUBJECT_PRONOUNS | lx.RELATIVES
            ):
                return None  # "the dock hands write the arrivals": a verb follows the noun
            if (
                following
                and following[1] == "base"
                and following[0] in TRANSMISSION
                and base not in TRANSMISSION
                and (self.low(i + 2) in lx.DETERMINERS or self._contentish(self.low(i + 2)))
            ):
                return None  # "the bedside monitors stream heart rate …"
            if (
                self._plural_noun(prev)
                and not self._part_of_plural(i - 1)
                and not self._desk_of_one(i - 1)
            ):
                return None
            return info
        return self._base_after_noun(i, info, prev, nxt)

    def _determined_before(self, i: int) -> bool:
        """A determiner opens the noun phrase token ``i`` stands in, with only modifiers
        between ("the local records …"); notes without determiners say "farmer rings office"."""
        for k in range(i - 1, max(i - 4, -1), -1):
            if self.low(k) in lx.DETERMINERS:
                return True
            if not self._contentish(self.low(k)) or self.verb_at(k) is not None:
                return False
        return False

    def _ends_an_opening_phrase(self, i: int) -> bool:
        """Token ``i`` ends a prepositional phrase that opens the sentence with no comma
        ("For the borderline ones an underwriter …", "On busy days the secretary …"): a
        preposition first, then maybe a determiner, and only words of a noun phrase."""
        if self.low(0) not in lx.PREPOSITIONS - {"to"}:
            return False
        first = 1 + (self.low(1) in lx.DETERMINERS)
        return first <= i <= first + 3 and all(
            self._contentish(self.low(k))
            and self.low(k) not in lx.DETERMINERS
            and not self.toks[k].text[:1].isupper()  # "For the show Leo writes …": a subject
            for k in range(first, i + 1)
        )

    def _ends_object_relative(self, i: int) -> bool:
        """Token ``i`` closes "<thing> that/which the <noun…> <i>": the relative's own subject
        stands before it, so the word is that subject's verb, not the end of a noun."""
        j = i - 1
        while j > i - 5 and self._contentish(self.low(j)) and self.low(j) not in lx.DETERMINERS:
            j -= 1
        return (
            j < i - 1
            and self.low(j) in {"the", "our", "their", "his", "her", "my"}
            and self.low(j - 1) in {"that", "which", "whom"}
            and self._contentish(self.low(j - 2))
        )

    def _desk_of_one(self, k: int) -> bool:
        """Token ``k`` is a desk whose name ends in -s, where one person sits ("Dave in
        accounts sends …", "someone on sales rings …"): the verb agrees with that person."""
        j = k - 1 - (self.low(k - 1) == "the")
        if self.low(j) not in {"in", "on", "at", "from"} or lx.actor_kind([self.low(k)]) is None:
            return False
        one = self.low(j - 1)
        return self._contentish(one) and not self._plural_noun(one)

    def _part_of_plural(self, k: int) -> bool:
        """Token ``k`` ends "one of the <plural>": the verb after it agrees with "one" ("one
        of the clerks enters …", "each of the carers logs …"), so an -s form there is a verb."""
        j = k
        while (
            j > 0 and j > k - 5 and (self._contentish(self.low(j)) or self.low(j) in lx.DETERMINERS)
        ):
            j -= 1
        return self.low(j) == "of" and self.low(j - 1) in _ONE_OF

    def _joined_subject_of_relative(self, i: int) -> bool:
        """Two nouns joined by "and" right after "which/that", then this word: the verb of
        the relative, with a plural subject."""
        seen_and = False
        for k in range(i - 1, max(i - 9, -1), -1):
            word = self.low(k)
            if word == "and":
                seen_and = True
            elif word in {"which", "that", "whom"}:
                return seen_and
            elif not (self._contentish(word) or word in lx.DETERMINERS):
                return False
        return False

    def _after_joined_subject(self, i: int) -> bool:
        """Token ``i`` follows "<noun phrase> and <noun phrase>" ("the director and the CFO")."""
        k = i - 1
        while k > i - 4 and self._contentish(self.low(k)) and self.low(k) not in lx.DETERMINERS:
            k -= 1
        if k == i - 1 or self.low(k) not in lx.DETERMINERS:
            return False  # "the stock and wastage report": one noun phrase, no second "the"
        k -= 1
        return self.low(k) == "and" and k >= 1 and self._contentish(self.low(k - 1))

    def _base_after_noun(
        self, i: int, info: tuple[str, str], prev: str, nxt: str
    ) -> tuple[str, str] | None:
        """A base form after a noun: a verb only after a plural subject ("contractors
        report"), possibly followed by its complement ("operators on the night shift note …")."""
        if nxt in {"is", "was", "has"}:
            return None  # "the weekly audit report is posted": a singular noun, not a verb
        if (self._plural_noun(prev) or prev in lx.DEPARTMENT_WORDS) and not (
            self._object_modifier(i - 1)
            and (nxt in lx.PREPOSITIONS | lx.PARTICLES or not nxt[:1].isalnum())
        ):
            return info
        if self._after_joined_subject(i) and (
            nxt in lx.DETERMINERS | lx.OBJECT_PRONOUNS
            or nxt in lx.PARTICLES
            # "…, which the supervisor and the account manager read before …": the
            # relative's own verb, its object gapped
            or any(self.low(k) in {"which", "that"} for k in range(max(0, i - 9), i))
        ):
            return info  # "from which the director and the CFO read it": a plural subject
        if nxt in {",", ".", ";"} and self._joined_subject_of_relative(i):
            return info  # "…, which Marta and the other education officer share, …"
        if prev == "data" and (nxt in lx.PARTICLES | lx.PREPOSITIONS or lx.is_adverb(nxt)):
            return info  # "the salary data come through …", not "data capture system"
        if (
            prev in lx.TEAM_HEADS
            and nxt not in lx.BE_FORMS
            and (nxt in lx.DETERMINERS or (self._contentish(nxt) and self.verb_at(i + 1) is None))
            and (self.low(i - 2) in lx.DETERMINERS or self._contentish(self.low(i - 2)))
        ) or (prev in lx.TEAM_HEADS and nxt in lx.OBJECT_PRONOUNS):
            return info  # "the acquisitions team order new stock": a group takes a plural verb
        if self._body_with_plural_verb(i, prev, nxt):
            return info  # "the council want the figures": a body of people, a plural verb
        j = i - 1
        while j > 0 and (
            self._contentish(self.low(j))
            or self.low(j) in lx.DETERMINERS
            or self.low(j) in lx.PREPOSITIONS
        ):
            if (
                self.low(j) in lx.PREPOSITIONS
                and self.low(j) not in {"to", "into", "onto"}  # a destination, not a complement
                and self._plural_noun(self.low(j - 1))
            ):
                return info if (nxt in lx.DETERMINERS or self._contentish(nxt)) else None
            j -= 1
        return None

    def _body_with_plural_verb(self, i: int, prev: str, nxt: str) -> bool:
        """Token ``i`` follows "the <council/bank/club>" and comes before an object ("the
        council want the figures", "the bank send us …"): the body's verb, not a name."""
        return (
            prev in lx.COLLECTIVE_HEADS
            and self.low(i - 2) in {"the", "our", "their", "your", "my"}
            and (nxt in lx.DETERMINERS - {"that", "which"} or nxt in lx.OBJECT_PRONOUNS)
        )

    def _object_modifier(self, k: int) -> bool:
        """Token ``k`` is a noun inside the object of the verb before it, after a
        determiner ("runs the arrears report out of Civica"): it modifies the next word."""
        j = k - 1
        while j > k - 4 and self._contentish(self.low(j)) and self.low(j) not in lx.DETERMINERS:
            j -= 1
        return (
            self.low(j) in lx.DETERMINERS
            and self.low(j) not in {"that", "which"}
            and j >= 1
            and self.verb_at(j - 1) is not None
        )

    def _plural_subject_ahead(self, prep: int) -> bool:
        """After "<noun>s from <phrase>", a verb in the base form follows: the -s word was
        the plural subject, not a verb ("requests from the MCC reach …")."""
        np_ = self.np_at(prep + 1)
        if np_ is None:
            return False
        info = lx.verb_info(self.low(np_.end))
        return info is not None and info[1] == "base" and self.low(np_.end - 1) != "to"

    def is_passive(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and (self.low(j) in lx.ADVERBS or self.low(j) in {"not", "then"}):
            j -= 1
        if self.low(j) in lx.BE_FORMS or self.low(j) in lx.GET_FORMS:
            return True
        # a reduced passive of notes: "discharge letters typed by med secs, posted to GP",
        # "credits: retyped into NDS by customer service"
        by = i + 1
        if self.low(by) in {"into", "in", "onto", "to"} and (place := self.np_at(by + 1)):
            by = place.end
        agent = self.np_at(by + 1) if self.low(by) == "by" else None
        by_name = (
            agent is not None
            and agent.head not in lx.MEDIUM_HEADS
            and not agent.is_time
            and (self._contentish(self.low(j)) or self.low(j) == ":")
        )
        return by_name

    def np_at(self, i: int, limit: int | None = None) -> NP | None:
        """The noun phrase starting at token ``i`` (memoised per sentence)."""
        key = (i, self.n if limit is None else limit)
        if key not in self._nps:
            self._nps[key] = self._np_at(i, key[1])
        return self._nps[key]

    def _np_at(self, i: int, limit: int | None = None) -> NP | None:
        """The noun phrase starting at token ``i`` (determiners, modifiers, head)."""
        limit = self.n if limit is None else limit
        if i >= limit:
            return None
        prep = self.low(i - 1) if self.low(i - 1) in lx.PREPOSITIONS else None
        first = self.toks[i]
        if (
            first.low in _PART_DETERMINERS
            and self.low(i + 1) == "of"
            and self.low(i + 2) in {"the", "our", "their", "your", "these", "those"}
            and (whole := self.np_at(i + 2, limit)) is not None
        ):
            # "to each of the councils", "all of the stores": the group itself
            return NP(whole.toks, i, whole.end, prep, whole.proper)
        if (
            first.low in _PART_DETERMINERS
            and self.low(i + 1) == "of"
            and self.low(i + 2)
            in {
                "them",
                "us",
            }
        ):
            return NP([self.toks[i + 2]], i, i + 3, prep)  # "sends each of them an email"
        if (
            first.low in {"us", "we"}
            and self._plural_noun(self.low(i + 1))
            and self.verb_at(i + 1) is None
            and (group := self.np_at(i + 1, limit)) is not None
        ):
            return NP(group.toks, i, group.end, prep, group.proper)  # "alerts us responders"
        if first.low in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS and not (
            first.low in {"these", "those", "this"}
            and (
                fold_plural(self.low(i + 1)) in lx.TIME_NOUNS  # "these days the office …"
                # "and those letters are scanned": a determiner before its noun
                or (
                    self._contentish(self.low(i + 1))
                    and lx.verb_info(self.low(i + 1)) is None
                    and self.low(i + 2) in lx.BE_FORMS
                )
            )
        ):
            return NP([first], i, i + 1, prep)
        if first.low in {"closer", "nearer", "later", "earlier", "sooner"} and self.low(i + 1) in {
            "to",
            "on",
            "in",
        }:
            return None  # "closer to the date the distributor …": when, not who
        if first.low == "off" and self._off_a_place(i, limit):
            return None  # "off Swiftqueue" is where from, the name is read after it
        j = i
        while j < limit and (
            self.low(j) in lx.DETERMINERS
            or (self.low(j) in {"that", "this", "same"} and self.low(j + 1) in {"same", "very"})
            # "after that first session the link worker …": a demonstrative before an order
            or (
                prep is not None
                and self.low(j) in {"that", "this"}
                and self.low(j + 1) in _ORDINALS
            )
        ):
            j += 1
        k = j
        while k < limit:
            word = self.low(k)
            if (
                k > j
                and self.toks[k].text[:1].isupper()
                and (self.low(k - 1) in lx.TIME_NOUNS or self.low(k - 1) in _CLOCK_ENDS)
            ):
                break  # "at month end Elite sends …", "at 6 pm Hüttenbuch emails …"
            if (
                k > j
                and prep is not None
                and i <= 2
                and self.toks[k].text[:1].isupper()
                and self.toks[k - 1].text[:1].islower()
                and (self.verb_at(k + 1) or ("", ""))[1] == "s"
            ):
                break  # "After the last session SurveyMonkey sends …": the phrase ends
            if (
                k > j == i
                and prep is not None
                and fold_plural(self.low(k - 1)) in lx.TIME_NOUNS
                and word in lx.DEPARTMENT_WORDS | lx.TEAM_HEADS
                and (lx.verb_info(self.low(k + 1)) or ("", ""))[1] in ("base", "s", "past")
            ):
                break  # "at month end finance pull the report …": the time phrase ends
            if (
                k > j
                and self.low(i) in {"every", "each", "this", "next", "last"}
                and fold_plural(self.low(k - 1)) in lx.TIME_NOUNS
            ):
                break  # "every Monday someone at the desk copies …": the time phrase ends
            if k > j and word in _TIME_ADVERBS:
                break  # "to the billing platform overnight"
            if (
                k > j
                and word in {"online", "offline"}
                and not self.toks[k].text[:1].isupper()
                and (self.low(k + 1) in lx.PREPOSITIONS or not self.low(k + 1)[:1].isalnum())
            ):
                break  # "search the CUE database online for …": how, after the name
            if (
                k > j
                and word in {"there", "here", "automatic", "manual", "direct", "live"}
                and self.toks[k].text[:1].islower()
                and not self.low(k + 1)[:1].isalnum()
            ):
                # "writes the captions there." ("somebody there emails me" goes on); "sends
                # the file to bank automatic.", "feed the splits into the timing software
                # live, and …": an adverb said as an adjective, after the name ("Benzing
                # Live." keeps its capital)
                break
            if k > j and lx.is_time_possessive(word) and self.low(k - 1) not in _TIME_ORDER:
                break  # "sends the venue manager yesterday's sales": a second object
            if (
                word in {"get", "gets", "got"}
                and (lx.verb_info(self.low(k + 1)) or ("", ""))[1] == "past"
            ):
                break  # "the farmers get paid by BACS": a passive's "get", not a noun
            if (
                k > j
                and prep == "by"
                and lx.verb_forms().get(word, ("", ""))[1] == "ing"
                and self.toks[k - 1].text[:1].isupper()
                and self.toks[k].text[:1].islower()
            ):
                break  # "a wallboard fed by CallDesk showing calls waiting": a participle
            if k > j and word in _SAYING and self.toks[k - 1].text[:1].isupper():
                break  # "an email from Apricot saying there's a new case": what it says
            if k > j and word in {"anything", "everything", "something", "nothing"}:
                break  # "tell the key worker anything important"
            if k > j and word in _QUANTIFIERS - _ONE_OF and self.low(k + 1) == "of":
                # "In practice most of the reviewers send …", "On Fridays half of our drivers
                # …": a share of the group that acts, not the opener's last word ("every
                # single one of them" keeps its "one")
                break
            if (
                k > j
                and word in {"up", "down", "out", "off"}
                and (k + 1 >= limit or self.low(k + 1) in lx.PREPOSITIONS)
            ):
                break  # "sends the medication up to the ward": a particle, not a noun
            if word == "off" and self._off_a_place(k, limit):
                break  # "pulls the day's list off Swiftqueue": where it is taken from
            if (
                k > j
                and (word.isdigit() or word in _NUMBER_WORDS or _RANGE.fullmatch(word))
                and fold_plural(self.low(k + 1)) in lx.TIME_NOUNS
            ):
                break  # "to the solicitor five days before", "emails the desk 3-5 days later"
            if k > j and word in _SAME_TIME and fold_plural(self.low(k + 1)) in lx.TIME_NOUNS:
                break  # "phones the client same day", "emails the buyer following week"
            if word in lx.TIME_ADJECTIVES:
                # "weekly report" is a modifier; "… the database nightly" is an adverb
                if k + 1 >= limit or not self._contentish(self.low(k + 1)):
                    break
            elif not self._contentish(word):
                # "the back office": an adverb right after a determiner modifies a noun
                modifier = (
                    k == j > i
                    and word.isalpha()
                    and lx.is_adverb(word)
                    and self._contentish(self.low(k + 1))
                )
                if not modifier:
                    break
            if k > j and self.verb_at(k) is not None and not self._plural_in_object(i, j, k):
                break
            if (
                k > j
                and (self._plural_noun(self.low(k - 1)) or self.low(k - 1) in lx.TEAM_HEADS)
                and (
                    self.low(k + 1) in lx.DETERMINERS
                    or self.low(k + 1) in {"through", "via", "it", "them"}
                )
                # "new members invest through a share offer": not "customs authority", nor
                # "emails the facilities manager the summary" (a role, then a second object)
                and (lx.actor_kind([word]) is None or self.low(k - 1) in lx.verb_forms())
                and word not in lx.verb_forms()
                and not is_proper(self.toks[k], first=False)
                and not self._time_phrase_at(k + 1)
            ):
                break  # "field engineers photograph the equipment", "the media team ingest
                # the files", "users spot it": an unknown verb after who does it
            k += 1
        if k == j:
            return None
        # role names with a complement: "nurse in charge", "head of year", "heads of department"
        if (k + 1 < limit and (self.low(k), self.low(k + 1)) in lx.ROLE_COMPLEMENTS) or (
            k + 1 < limit
            and self.low(k) == "of"
            and self.low(k - 1) in _ROLE_WITH_OF
            and self.low(k + 1).isalpha()
            and self._contentish(self.low(k + 1))
            and self.verb_at(k + 1) is None
        ):
            k += 2
            if self.low(k - 2) == "of" and self._second_field_word(k, limit):
                k += 1  # "the head of public affairs", "the head of cabin crew"
        elif self._role_named_around_of(j, k, limit):
            k += 3  # "the rights of way officer", "the front of house manager"
        toks = self.toks[i:k]
        proper = any(
            is_proper(t, first=t.i == 0 and t.low not in self.names) for t in toks[j - i :]
        )
        return NP(toks, i, k, prep, proper)

    def _role_named_around_of(self, j: int, k: int, limit: int) -> bool:
        """Whether "of", a bare word and a role's or team's head follow a phrase of one or
        two words at ``k`` ("rights of way officer", "first notice of loss team"): one name
        with its head last; not a thing of some people ("a list of duty managers")."""
        head = self.low(k + 2)
        return (
            k + 2 < limit
            and k - j <= 2
            and self.low(k) == "of"
            and lx.actor_kind([t.text for t in self.toks[j:k]]) is None
            and self.low(k - 1) not in MEDIUM_HEADS  # "the phone of the manager", "a list of"
            and self.low(k + 1).isalpha()
            and self._contentish(self.low(k + 1))
            and fold_plural(self.low(k + 1)) == self.low(k + 1)
            and self.verb_at(k + 1) is None
            and head.isalpha()
            and not self._plural_noun(head)
            and lx.actor_kind([head]) in {ActorKind.person, ActorKind.team}
            and self.verb_at(k + 2) is None
        )

    def _second_field_word(self, k: int, limit: int) -> bool:
        """Whether the word at ``k`` ends a two-word field after "head of" ("public affairs",
        "cabin crew"), not a verb, a time or a name said after the role."""
        word = self.low(k)
        return (
            k < limit
            and word.isalpha()
            and self._contentish(word)
            and word not in lx.verb_forms()
            and word not in lx.TIME_NOUNS
            and fold_plural(word) not in lx.TIME_NOUNS
            and not is_proper(self.toks[k], first=False)
            and not self._time_phrase_at(k)
        )

    def _off_a_place(self, k: int, limit: int) -> bool:
        """Whether "off" at ``k`` says where something is taken from ("the list off
        Swiftqueue", "off the board"), not a particle ("signed off I upload", "kicks off")."""
        if k + 1 >= limit or k == 0 or self.verb_at(k - 1) is not None:
            return False  # "once it's signed off the engineer emails …"
        before = self.low(k - 1)
        form = lx.verb_forms().get(before, ("", ""))[1]
        if form in {"ing", "past"} or lx.is_adverb(before) or before == "straight":
            return False  # "text running off the page", "straight off the signalling"
        if form == "s" and not (
            self.low(k - 2) in lx.DETERMINERS or self.low(k - 2).endswith(("'s", "’s"))
        ):
            return False  # "the dispatch centre sets off the pagers" ("the week's lists off")
        after = self.low(k + 1)
        if after in lx.DETERMINERS:
            return True
        return is_proper(self.toks[k + 1], first=False) and after not in lx.SUBJECT_PRONOUNS

    def _time_phrase_at(self, i: int) -> bool:
        """ "every Monday", "each morning": a time phrase, not the object of a verb ("the
        loans desk every Monday" is a desk, not "the loans" that "desk" something)."""
        nxt = fold_plural(self.low(i + 1))
        return self.low(i) in {"every", "each", "this", "next", "last"} and (
            nxt in lx.TIME_NOUNS or nxt in _WEEKDAYS or nxt in lx.MONTHS
        )

    def _plural_in_object(self, i: int, j: int, k: int) -> bool:
        """An -s word closing a determined object before a preposition is a plural noun:
        "send their loan counts to the desk", "email the sales figures into …". The object
        starts right after its verb, so the -s word cannot be a second verb there."""
        word = self.low(k)
        return (
            j > i
            and word.endswith("s")
            and not word.endswith("ss")
            and self.low(i) not in {"each", "every", "all", "both"}
            and self.low(k + 1) in {"to", "into", "onto", "for", "from", "by", "via", "over"}
            and i > 0
            and self.verb_at(i - 1) is not None
        )

    def nps_between(self, start: int, end: int) -> list[NP]:
        out: list[NP] = []
        i = start
        while i < end:
            np_ = self.np_at(i, end)
            if np_ is None:
                i += 1
                continue
            out.append(np_)
            i = np_.end
        return out
