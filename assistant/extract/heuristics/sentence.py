"""One sentence: word classes settled in context, noun phrases, clauses (steps 1 of the
reader: verbs, voice and how a clause links to the one before). ``words`` settles the word
classes and noun phrases; this module cuts the sentence into clauses."""

from __future__ import annotations

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.tokens import tokenize
from assistant.extract.heuristics.words import (
    _BOARDS,
    _QUANTIFIERS,
    _ROLE_WITH_OF,
    _SUBJECT_WORDS,
    _TIME_ADVERBS,
    SENDING,
    Clause,
    SentenceWords,
)
from assistant.hypergraph.names import fold_plural
from assistant.models.infoflow import ActorKind

_BE_OR_GET = lx.BE_FORMS | lx.GET_FORMS
"""A predicate said with be or get ("is back", "gets damaged"): the opening clause is whole."""
_HAVE_FORMS = frozenset({"have", "has", "had"})
"""A statement with only "have" ("we have a broker, I send him …") ends like one with "be"."""
_PRONOUN_SUBJECTS = frozenset(
    {"anything", "something", "nothing", "it", "someone", "somebody", "anyone", "anybody"}
    | {"this", "that", "everything", "everyone"}
)
"""Subjects of one word that make a whole opening clause with their verb ("if anything
happens", "when someone calls")."""
_MODAL_OR_NEGATED = lx.NEGATED_AUXILIARIES | frozenset(
    {"can", "cannot", "will", "would", "could", "should", "must", "might", "may"}
)
"""Words after which "do" is a main verb ("who can't do online", "they will do it")."""

_DONE_WHERE = frozenset({"in", "on", "through", "via", "with", "over", "at", "by", "from"})
"""Prepositions after which "do" is done somewhere ("I do them in Xero", "we do it on
paper"), a main verb."""
_DAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"})
"""Weekdays as notes write them ("every Thu the planner prints …")."""


_TOPIC_BREAKERS = lx.BE_FORMS | lx.SUBJECT_PRONOUNS | lx.RELATIVES
"""Words that make an opening phrase a clause, not a topic."""
_BEFORE_NOUNS = lx.PREPOSITIONS | lx.DETERMINERS
_OPENING_PREPOSITIONS = lx.PREPOSITIONS - lx.PARTICLES


_IN_FACT = frozenset({"practice", "fact", "reality", "truth", "general"})
"""Nouns of "in practice", "in fact": how things really are, said before who acts."""
_OBJECT_OPENERS = (lx.DETERMINERS | lx.OBJECT_PRONOUNS) - {"that", "this"}
"""Words that open a verb's object ("send the readings", "ring them")."""
_WHICH_ONE = frozenset({"on", "at", "in", "from", "of"})
"""Prepositions of a phrase that says which one of a role ("the engineer on duty")."""
_SAID_OF_THINGS_USED = frozenset(
    {"use", "spend", "need", "require", "fit", "replace", "consume", "take", "do", "perform"}
    | {"order", "supply", "find", "sell", "collect", "give", "receive", "administer", "fix"}
)
"""Verbs whose past participle, with no object after it, says which things ("the parts used",
"any defects found", "the doses given"): a noun's modifier, not a clause of its own."""

_TIME_EDGES = frozenset({"start", "end", "beginning", "close", "middle"})
"""Nouns that make an opening adverbial of "at the end of …" ("… of each shift")."""


_LINKS = frozenset(
    {"wifi", "wi-fi", "bluetooth", "vpn", "api", "sftp", "ftp", "network", "4g", "5g"}
)
"""Links data travels over: never what a relative after them is about."""
_FIXED = frozenset({"pinned", "stuck", "taped", "attached", "clipped", "hung", "fixed"})
"""How paper is put up: "a sheet pinned to the door, which …" is about the sheet."""
_PADS = frozenset({"pad", "sheet", "book", "notebook", "form", "log", "card", "clipboard"})
"""Paper written on where it lies ("the pad by the till, which I type …"): what "which" means."""


_CONCEDING = frozenset({"although", "though", "whereas"})
"""Words after a comma that open a clause of their own ("…, although the technicians do
write the details on a card …")."""


def _close(clauses: list[Clause], current: Clause, at: int) -> None:
    """Ends the clause being read at ``at`` and keeps it."""
    current.end = at
    clauses.append(current)


def _open_next(
    clauses: list[Clause], current: Clause, at: int, following: Clause
) -> tuple[Clause, int]:
    """Ends the clause being read at ``at`` and goes on reading ``following`` from its
    start: what each boundary rule returns."""
    _close(clauses, current, at)
    return following, following.start


_MESSAGES_MADE = frozenset(
    {"referral", "request", "complaint", "enquiry", "inquiry", "application", "claim"}
    | {"notification", "report", "submission", "order", "booking", "appeal"}
)
"""What is made out to someone ("make a referral to", "put an order in to")."""


_MUST = frozenset({"has", "have", "had", "needs", "will", "would", "should", "must", "can"})
"""What may stand between a subject and its verb ("the cashier has to ring", "the
supervisor will call"): "to" follows the first four."""


_WANTING = frozenset({"want", "wants", "wanted", "need", "needs", "needed", "wish", "wishes"})
_WANTING |= frozenset({"hope", "hopes", "like", "likes", "expect", "expects"})
"""Verbs whose infinitive says what someone wants, not what is done."""


class Sentence(SentenceWords):
    """Everything about one sentence: tokens, verbs, clauses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.names = frozenset(
            t.low
            for t in self.toks
            if t.text[:1].isupper()
            and t.low.endswith("ly")
            and t.low not in lx.ADVERBS
            and (t.i > 0 or (lx.verb_info(self.low(1)) or ("", ""))[1] == "s")
        )
        """Capitalised -ly words are names, not adverbs ("Famly", "Dentally texts them")."""
        opening = lx.verb_info(self.low(1)) if self.n > 1 else None
        if (
            self.n > 1
            and self.toks[0].text[:1].isupper()
            and self.toks[0].low.endswith("s")
            and self.toks[0].low not in lx.known_words()
            and opening is not None
            and opening[1] == "s"
        ):
            # "Cloudbeds sends the guest …": an -s word with a singular verb is a name
            self.names = self.names | {self.toks[0].low}
        self.verbs: dict[int, tuple[str, str]] = {}
        self.contact_relatives: set[int] = set()
        """Where a relative without "that" starts with its pronoun ("the farms we buy from")."""
        self._nps: dict[tuple[int, int], NP | None] = {}
        self._verbs: dict[tuple[int, bool], tuple[str, str] | None] = {}
        self.clauses = self._segment()

    def np_before(self, i: int) -> NP | None:
        """The noun phrase ending right before token ``i`` (the antecedent of a relative)."""
        j = i - 1
        if self.low(j) == ",":
            j -= 1
        if (
            j >= 2
            and self.low(j - 1) in {"we", "they", "i", "you"}
            and self.verb_at(j) is not None
            and self.low(j - 2) != ","
        ):
            j -= 2  # "FUGA, the distribution platform we use, which …": the platform
        if j < 0 or not self._contentish(self.low(j)):
            return None
        k = j
        while (
            k - 1 >= 0
            and (self._contentish(self.low(k - 1)) or self.low(k - 1) in lx.TIME_ADJECTIVES)
            and self.verb_at(k - 1) is None
        ):
            k -= 1
        while k - 1 >= 0 and self.low(k - 1) in lx.DETERMINERS:
            k -= 1
        if (
            k >= 2
            and self.low(k - 1) == "of"
            and self.low(k - 2) in _ROLE_WITH_OF
            and self.np_at(k - 2, j + 1) is not None
        ):
            k -= 2  # "the head of year, who …"
            while k - 1 >= 0 and self.low(k - 1) in lx.DETERMINERS:
                k -= 1
        np_ = self.np_at(k, j + 1)
        if np_ is None or np_.end != j + 1:
            return None
        # "the screen of the line supervisor": the phrase is the thing after "of"
        return np_

    def _passed_to(self, i: int) -> bool:
        """The relative at ``i`` says something is passed to someone ("which are emailed to
        the clerk"): what it stands for is a thing, not the firm named before it."""
        k = i + (self.low(i) == ",") + 1
        if self.low(k) not in lx.BE_FORMS:
            return False
        for j in range(k + 1, min(k + 6, self.n)):
            if self.low(j) in {",", ";", "."}:
                return False
            if self.low(j) == "to":
                return True
        return False

    def _antecedent(self, i: int) -> NP | None:
        """What a relative pronoun at ``i`` refers to; a time phrase is skipped ("handed to
        the office administrator on Fridays, who types them …")."""
        what = next(
            (k for k in range(i - 1, max(i - 8, 0), -1) if self.low(k) in {"what", "whatever"}),
            None,
        )
        if (
            what is not None
            and self.low(what - 1) in lx.PREPOSITIONS
            and all(
                self.low(k) in lx.SUBJECT_PRONOUNS | lx.AUXILIARIES | {"'ve", "'s", "'re", "been"}
                or self.verb_at(k) is not None
                for k in range(what + 1, i)
                if self.low(k) != ","
            )
        ):
            # "logs it in Nourish from what they've been told, which alerts me": what the
            # free relative is about is no antecedent
            return self.np_before(what - 1)
        found = self.np_before(i)
        if found is not None and found.is_time and self.low(found.start - 1) in lx.PREPOSITIONS:
            earlier = self.np_before(found.start - 1)
            return earlier or found
        if (
            found is not None
            and self.low(found.start - 1) in {"over", "via", "by"}
            and fold_plural(found.head.lower()) in _LINKS
        ):
            return self.np_before(found.start - 1) or found  # "… to the cloud app over wifi, which"
        if (
            found is not None
            and self.low(found.start - 1) in {"to", "on", "onto"}
            and self.low(found.start - 2) in _FIXED
        ):
            return self.np_before(found.start - 2) or found  # "a sheet pinned to the door, which"
        if (
            found is not None
            and self.low(found.start - 1) in {"in", "from", "at", "on"}
            and found.start >= 2
            and self.toks[found.start - 2].text[:1].isupper()
            and self.toks[found.start - 2].text[1:].islower()
            and found.start - 2 > 0
        ):
            # "it's Omar in transport who rings me": the person, not their department
            return self.np_at(found.start - 2, found.start - 1) or found
        if (
            found is not None
            and "which" in {self.low(i), self.low(i + 1)}
            and self.low(found.start - 1) in {"of", "from"}
            and (kind := lx.actor_kind([t.text for t in found.words])) is not None
            and (kind == ActorKind.person or self._passed_to(i))
            and (thing := self.np_before(found.start - 1)) is not None
            and lx.actor_kind([t.text for t in thing.words]) is None
        ):
            return thing  # "the invoices of the tour operator, which are emailed …": papers
        if found is not None and self.low(found.start - 1) in {"in", "at", "on", "by"}:
            place = self.np_before(found.start - 1)
            paper = _PADS if self.low(found.start - 1) == "by" else frozenset()
            if place is not None and fold_plural(place.head.lower()) in _BOARDS | paper:
                return place  # "on the whiteboard in the bed office, which the site …"
            if (
                "who" in {self.low(i), self.low(i + 1)}  # ", who" is read at its comma
                and place is not None
                and lx.actor_kind([t.text for t in place.words]) == ActorKind.person
                and lx.actor_kind([t.text for t in found.words]) != ActorKind.person
            ):
                return place  # "the oncology nurses at the hospital, who fax …": people
        return found

    def _starts_clause_verb(self, j: int) -> int | None:
        """Index of a verb at ``j`` after optional adverbs/auxiliaries, if any."""
        k = j
        while k < self.n and (self.low(k) in lx.ADVERBS or self.low(k) in lx.AUXILIARIES):
            k += 1
        if k < self.n and self.verb_at(k, boundary=True) is not None:
            return k
        return None

    def _participle_after(self, j: int) -> bool:
        while j < self.n and self.low(j) in lx.ADVERBS:
            j += 1
        info = lx.verb_info(self.low(j))
        return info is not None and (info[1] == "past" or info[0] in lx.SAME_PARTICIPLE)

    def _after_time(self, j: int) -> int:
        """Past a time phrase opening a clause ("every Friday", "on Mondays", "once a
        week", "at night", "for every booking"), and its comma: where the clause's subject
        starts."""
        word, nxt = self.low(j), fold_plural(self.low(j + 1))
        if word in {"every", "each", "this", "next", "last"} and (
            nxt in lx.TIME_NOUNS or nxt.rstrip(".") in _DAY_ABBREVIATIONS
        ):
            j += 2
        elif (
            word == "every" and self.counts(j + 1) and fold_plural(self.low(j + 2)) in lx.TIME_NOUNS
        ):
            j += 3  # "…, and every fifteen minutes it pushes them …"
        elif word == "in" and nxt in _IN_FACT:
            j += 2  # "…, and in practice their policy officer just emails …"
        elif word == "first" and nxt == "thing":
            j += 2  # "first thing the lifeguards do the water tests"
        elif word in _TIME_ADVERBS and self.low(j + 1) not in lx.PREPOSITIONS:
            j += 1  # "…, and overnight MarineLeads pushes the listing …"
        elif word == "for" and self.low(j + 1) in {"every", "each"}:
            each = self.np_at(j + 1)  # "…, and for every booking the agent sends …"
            j = each.end if each is not None else j
        elif word in {"once", "twice"} and nxt in {"a", "an", "per", "every"}:
            j += 3 if fold_plural(self.low(j + 2)) in lx.TIME_NOUNS else 0
        elif word in {"on", "at", "in", "during", "since", "by", "towards"}:
            np_ = self.np_at(j + 1)
            if (
                np_ is not None
                and np_.head.lower() in _TIME_EDGES
                and self.low(np_.end) == "of"
                and (edge_of := self.np_at(np_.end + 1)) is not None
            ):
                # "at the start of every hour", "at the end of each session": an opener
                end = max(edge_of.end, self._after_time(np_.end + 1))
                return end + (self.low(end) == ",")
            if np_ is not None and np_.is_time:
                j = np_.end
        return j + (self.low(j) == ",")

    def _np_then_verb(self, j: int) -> bool:
        j = self._after_time(j)
        while j < self.n and lx.is_adverb(self.low(j)) and self.low(j) not in self.names:
            j += 1  # "…, and occasionally somebody there emails me"
        j = self._after_time(j)  # "…, and every Friday Delphi emails …"
        np_ = self.np_at(j)
        if np_ is None:
            return False
        k = np_.end
        if len(np_.toks) == 1 and np_.toks[0].low in _QUANTIFIERS and self.low(k) == "of":
            whole = self.np_at(k + 1)  # "but most of them just text me"
            k = whole.end if whole is not None else k
        k = self._past_post_modifiers(k, plural=fold_plural(np_.head.lower()) != np_.head.lower())
        name = self.np_at(k + 1) if self.low(k) == "," else None
        if name is not None and name.proper and len(name.toks) <= 2 and self.low(name.end) == ",":
            k = name.end + 1  # "…, and our bookkeeper, Sam, keys them into Xero": a name
        while k < self.n and (
            self.low(k) in lx.ADVERBS
            or self.low(k) in lx.AUXILIARIES
            or self.low(k) in {"no", "longer", "not", "never", "to"}
        ):
            if self.low(k) in {"do", "does", "did"} and self.low(k + 1) in lx.DETERMINERS:
                break  # "…: the night manager does the final plan": "do" is the verb
            k += 1  # "…, so the marketing team no longer has to ask …"
        return k < self.n and self.verb_at(k) is not None and not self._things_used(np_, k)

    def _things_used(self, np_: NP, k: int, *, told_in_present: bool = False) -> bool:
        """ "records the time spent and any parts used in the app": a past participle right
        after a thing says which ones, and the list goes on; it is no clause of its own.
        Known by its verb (said of things used, found, given), or, while the clause speaks
        in the present, by any -ed form before a preposition ("the consolidants used on
        each specimen")."""
        verb = self.verb_at(k)
        if verb is None or verb[1] != "past" or k != np_.end or np_.is_pronoun:
            return False
        if told_in_present and self.low(k).endswith("ed") and self.low(k + 1) in lx.PREPOSITIONS:
            return True
        return (
            verb[0] in _SAID_OF_THINGS_USED
            and not np_.proper
            and lx.actor_kind([t.text for t in np_.words]) is None
            and (self.low(k + 1) in lx.PREPOSITIONS or self.low(k + 1) in {"and", ",", ".", ";"})
        )

    def _participle_after_noun(self, j: int, current: Clause) -> bool:
        """The same, for the noun opening what follows "and" in a clause whose own verb is
        in the present ("records the fault and the parts used in Jobber")."""
        np_ = self.np_at(j)
        if np_ is None or current.verb is None:
            return False
        mine = self.verb_at(current.verb)
        present = mine is not None and mine[1] in {"s", "base"}
        return self._things_used(np_, np_.end, told_in_present=present)

    def _past_post_modifiers(self, k: int, *, plural: bool = False) -> int:
        """Past one or two phrases that say which one ("…, and the engineer on duty
        retypes it", "the clerk at the front desk in Leeds types …", "the sensors on each
        line send …") when a verb agreeing with the subject follows them; else ``k``."""
        j = k
        for _ in range(2):
            if self.low(j) not in _WHICH_ONE or (np_ := self.np_at(j + 1)) is None:
                break
            j = np_.end
            verb = self.verb_at(j)
            if verb is not None and verb[1] == "s":
                return j
            verb = self.verb_at(j, boundary=True) if plural else None
            if (
                verb is not None
                and verb[1] == "base"
                and (
                    self.low(j + 1) in _OBJECT_OPENERS
                    or (verb[0] in lx.SEND_VERBS and self.low(j + 2) == "to")
                )
            ):
                return j  # "the sensors on each line send the readings …", "… send readings"
        return k

    def _topic_before(self, current: Clause, i: int) -> bool:
        """A phrase without a verb opening the sentence before a comma, said as a topic
        ("party bookings still by phone, front desk enters them in Clubspark")."""
        return (
            current.kind == "main"
            and current.start == 0
            and i - current.start >= 2
            and self.low(current.start) not in lx.PREPOSITIONS  # "For the night porters, …"
            and not any(
                self.low(k) in _TOPIC_BREAKERS
                or (  # "HoDs check grades": a verb missed, not "by phone", "late returns still"
                    lx.verb_info(self.low(k)) is not None
                    and self.low(k - 1) not in _BEFORE_NOUNS
                    and (self.low(k + 1) in lx.DETERMINERS or self._contentish(self.low(k + 1)))
                    and not lx.is_adverb(self.low(k + 1))
                )
                for k in range(current.start, i)
            )
        )

    def _np_then_relative(self, j: int) -> bool:
        """ "…, and control, which is in another county now, tells him …": a new subject
        interrupted by a relative clause between commas; or by its role between commas
        ("… and Karen, our practice manager, types it up")."""
        np_ = self.np_at(j)
        if np_ is None or np_.is_pronoun or self.low(np_.end) != ",":
            return False
        if self.low(np_.end + 1) in {"which", "who"}:
            return True
        role = self.np_at(np_.end + 1)
        return (
            role is not None
            and role.toks[0].low in {"our", "the", "my", "their"}
            and self.low(role.end) == ","
            and self.verb_at(role.end + 1) is not None
        )

    def _reduced_relative(self, i: int, current: Clause, info: tuple[str, str]) -> bool:
        """A past participle right after the subject noun, with "are/is <participle>" still
        to come in the clause: it describes the subject, the verb comes later."""
        if info[1] != "past" or current.verb is not None or i == current.start:
            return False
        if not self._contentish(self.low(i - 1)) or self.low(i - 1) in lx.BE_FORMS:
            return False
        return self._passive_verb_ahead(i + 1)

    def _passive_verb_ahead(self, j: int) -> bool:
        """ "are/is <participle>" follows within the same stretch of words: the verb of the
        clause is still to come ("Applications to register a sale are lodged by …")."""
        for k in range(j, min(self.n, j + 9)):
            word = self.low(k)
            if word in {",", ";", ":", "and", "which", "that", "who"}:
                return False
            if word in lx.BE_FORMS:
                j = k + 1
                while lx.is_adverb(self.low(j)):
                    j += 1
                nxt = lx.verb_info(self.low(j))
                return nxt is not None and (nxt[1] == "past" or nxt[0] in lx.SAME_PARTICIPLE)
        return False

    def _free_relative_object(self, current: Clause, i: int) -> int:
        """ "what they find" right after the clause's verb (or its person object), or after
        a preposition of it ("from what they've been told"), is what the verb passes, not a
        new clause: what follows it still belongs to the verb. The tokens it spans, or 0."""
        if self.low(i) != "what" or current.verb is None:
            return 0
        before = i - 1 - (self.low(i - 1) in lx.OBJECT_PRONOUNS)
        who = self.low(i + 1).split("'")[0].split("’")[0]
        if who not in _SUBJECT_WORDS | {"you"}:
            return 0
        if before == current.verb and self.verb_at(i + 2, boundary=True) is not None:
            return 3
        if before > current.verb and self.low(i - 1) in {"from", "on", "off", "with"}:
            k = i + 2
            while self.low(k) in lx.AUXILIARIES and self.verb_at(k, boundary=True) is None:
                k += 1
            if self.verb_at(k, boundary=True) is not None:
                return k + 1 - i
        return 0

    def _opens_subordinate(self, k: int, end: int) -> bool:
        """Token ``k`` opens a subordinate clause that comes before its main one ("When the
        call closes …", "…; once the money lands …"), the stretch running to ``end``."""
        word = self.low(k)
        if word in {"where", "wherever"} and self._np_then_verb(k + 1):
            return True  # "Where a bet goes over the limit the cashier has to ring …"
        if word in {"after", "before", "until", "since", "where", "wherever"}:
            np_ = self.np_at(k + 1, end)
            if (
                np_ is not None
                and not np_.is_pronoun
                and self.low(np_.end) in {"the", "our", "their", "my", "i", "we", "they"}
            ):
                return False  # "After each trip the guides fill in …": a phrase, not a clause
            return any(self.low(j) == "," for j in range(k + 1, end))
        return word in lx.SUBORDINATORS and not (
            (
                word == "once"
                and self.low(k + 1) in lx.DETERMINERS
                and self.low(k + 2) in lx.TIME_NOUNS
            )
            or word == "as"
        )

    def _sent_passive(self, k: int) -> bool:
        """ "(and that) gets sent …", "is emailed …": a passive of sending at ``k``."""
        sent = lx.verb_info(self.low(k + 1))
        return (
            self.low(k) in {"gets", "got", "is", "was"}
            and sent is not None
            and sent[1] == "past"
            and sent[0] in lx.SEND_VERBS
        )

    def _passive_infinitive(self, k: int) -> bool:
        """ "(who want to) be entered for …": "be" and a participle at ``k``, after a verb of
        wanting (not "the documents to be translated", "going to be replaced")."""
        info = self.verb_at(k + 1)
        wanting = self.low(k - 2) in _WANTING
        return wanting and self.low(k) == "be" and info is not None and info[1] == "past"

    def _message_made_to(self, i: int) -> bool:
        """ "make the referral to the council", "put a request in to IT": a message made
        out to someone is sent to them."""
        obj = self.np_at(i + 1)
        if obj is None or fold_plural(obj.head.lower()) not in _MESSAGES_MADE:
            return False
        k = obj.end + (self.low(obj.end) == "in")
        return self.low(k) == "to"

    def _contact_relative_end(self, i: int) -> int | None:
        """Where the main verb stands after a relative without "that" on the subject
        ("the farms we buy from phone me"): the relative's verb, perhaps a preposition,
        then a verb agreeing with the plural subject; None when there is no second verb."""
        first = self.verb_at(i + 1)
        if first is None or first[1] not in ("base", "past"):
            return None
        j = i + 2
        stranded = self.low(j) in lx.PREPOSITIONS | lx.PARTICLES
        j += stranded
        while lx.is_adverb(self.low(j)) and self.low(j) not in {"not", "never"}:
            j += 1
        second = self.verb_at(j, boundary=True)
        if second is None and stranded and self.low(j + 1) in lx.DETERMINERS | lx.OBJECT_PRONOUNS:
            # "the farms we buy from phone me": a verb right after the stranded preposition,
            # which reads it as the preposition's object when asked alone
            second = lx.verb_info(self.low(j))
        if second is None or second[1] not in ("base", "past") or self.low(j + 1) in {"by"}:
            return None
        return j

    def _next_mark(self, k: int, mark: str) -> int:
        """Where the next ``mark`` is from token ``k`` on (the sentence's end if none)."""
        return next((j for j in range(k, self.n) if self.low(j) == mark), self.n)

    def _segment(self) -> list[Clause]:
        """The clauses of the sentence, cut by the rules of the ``_cut_*`` steps in order."""
        clauses: list[Clause] = []
        current = Clause(start=0)
        i = 0

        if self._opens_subordinate(0, self.n):
            current.kind = "sub"
        while i < self.n:
            word = self.low(i)
            nxt = self.low(i + 1)
            if skip := self._free_relative_object(current, i):
                i += skip  # "the welders write what they find on a job card for me": one clause
                continue
            if (
                current.verb is not None
                and word in {"they", "we", "you"}
                and i > current.verb + 1
                and self._plural_noun(self.low(i - 1))
                and (found := self.verb_at(i + 1)) is not None
                and found[1] in ("base", "past")
                and self.low(i + 2) in lx.PREPOSITIONS | {",", ".", ";"}
                # "when a solicitor wants copies of images they write to …": an opening
                # clause with no comma after it ends where its main clause's subject starts
                and not (current.kind == "sub" and self._next_mark(i, ",") == self.n)
            ):
                i += 2  # "write the faults they find on the job sheet": the object's relative
                continue
            moved = (
                self._cut_at_marks(clauses, current, i, word, nxt)
                or self._cut_after_relative(clauses, current, i, word, nxt)
                or self._cut_at_relative_words(clauses, current, i, word, nxt)
                or self._cut_at_coordination(clauses, current, i, word, nxt)
            )
            if moved is not None:
                current, i = moved
                continue
            if (
                current.verb is None
                and word in {"do", "does", "did"}
                and nxt in {"that", "this", "it", "so"}
                and clauses
                and clauses[-1].verb is not None
            ):
                # "they have to report it …; they do that through BeeBase": the verb said
                # before, done again (a pro-verb), so the clause ends where it does
                current.verb, current.base, current.redoes = i, clauses[-1].base, True
                self.verbs[i] = (clauses[-1].base, "base")
                i += 1
                continue
            if (
                current.verb is None
                and word in {"we", "i", "they", "you"}
                and i > current.start
                and self._contentish(self.low(i - 1))
                and self._plural_noun(self.low(i - 1))
                and (later := self._contact_relative_end(i)) is not None
            ):
                # "The two supermarkets we supply send their orders …": one clause, whose
                # verb is the second
                info = self.verb_at(later, boundary=True) or lx.verb_info(self.low(later))
                assert info is not None
                current.verb, current.base = later, info[0]
                self.verbs[later] = info
                self.contact_relatives.add(i)
                i = later + 1
                continue
            if (
                current.verb is None
                and word == "do"
                and self.low(i - 1) in _MODAL_OR_NEGATED
                and not (nxt in {"that", "this", "it", "so"} and clauses)
            ):
                # "the ones who can't do online phone …": "do" after a modal is the verb
                current.verb, current.base = i, "do"
                self.verbs[i] = ("do", "base")
                i += 1
                continue
            if (
                current.verb is None
                and word in {"do", "does", "did"}
                and i > current.start
                and (
                    (
                        nxt in lx.DETERMINERS
                        and (obj := self.np_at(i + 1)) is not None
                        and self.verb_at(obj.end) is None
                    )
                    or nxt in _DONE_WHERE
                    or nxt in {"them", "those", "these"}
                    # "I do it in Stripe, and Stripe emails …": done somewhere, said first
                    or (nxt == "it" and self.low(i + 2) in _DONE_WHERE)
                )
            ):
                # "the keyworkers do the children's daily diaries in it", "Invoices I do in
                # QuickBooks", "I do them in our ordering system": "do" with what it is done
                # on, or where, is the verb, not a helper
                current.verb, current.base = i, "do"
                self.verbs[i] = lx.verb_info(word) or ("do", "base")
                i += 1
                continue
            if current.verb is None and self.low(i - 1) == "whoever":
                i += 1  # "whoever picks up emails …": the verb of the free relative
                while self.low(i) in lx.PARTICLES or self.low(i) in {"it", "them", "the", "phone"}:
                    i += 1
                continue
            if (
                current.verb is None
                and word == "used"
                and nxt == "to"
                and self.verb_at(i + 2 + (self.low(i + 2) == "be")) is not None
            ):
                # "which used to be posted": "used to" says how the verb after it was
                # (former), it is no verb of its own with a second clause after "to"
                i += 2
                continue
            if (
                current.verb is None
                and i - 1 > current.start
                and (self.low(i - 1) == "to" or (self.low(i - 1) == "for" and word.endswith("ing")))
                and self._passive_verb_ahead(i + 1)
            ):
                # "Applications to register a sale are lodged by …", "Applications for
                # building consent are submitted by …": a verb in the subject's complement
                i += 1
                continue
            if current.verb is None and self._contentish(word):
                at_start = i == current.start and current.kind in ("coord", "rel")
                # the verb after a free relative ("whoever picks up | emails …")
                freed = any(self.low(k) == "whoever" for k in range(current.start, i))
                info = self.verb_at(i, boundary=at_start or freed)
                if info is not None and self._reduced_relative(i, current, info):
                    info = None  # "Ticket sales recorded in Spektrix are pushed …"
                if info is not None and not (
                    i == current.start and not at_start and info[1] in ("base", "s")
                ):
                    current.verb = i
                    current.base = info[0]
                    if info[0] == "pick" and "up" in {nxt, self.low(i + 2)}:
                        current.base = "collect"  # "where the legal team picks it up"
                    if info[0] in {"log", "sign"} and (
                        nxt in {"into", "onto"}
                        or (nxt in {"in", "on"} and self.low(i + 2) in {"to", "and", ",", "."})
                    ):
                        current.base = "access"  # "logs into RepairShopr": signs in, reads
                    if (
                        info[0] == "sign"
                        and info[1] != "past"  # "players are signed up by canvassers"
                        and nxt == "up"
                        and (self.low(i + 2) in lx.PREPOSITIONS or not self.low(i + 2).isalpha())
                    ):
                        current.base = "register"  # "parents sign up on our Shopify shop"
                    if info[0] in {"make", "do", "put"} and self._message_made_to(i):
                        current.base = "send"  # "I make the referral to the local authority"
                    if info[0] == "read" and (
                        nxt in {"me", "us", "him", "her"}
                        or "out" in {self.low(i + 1), self.low(i + 2), self.low(i + 3)}
                    ):
                        current.base = "tell"  # "at lunch they read me the numbers"
                    participle = info[1] == "past" or word in lx.SAME_PARTICIPLE
                    current.passive = participle and self.is_passive(i)
                    self.verbs[i] = info
            i += 1
        _close(clauses, current, self.n)
        return clauses

    def _cut_at_marks(
        self, clauses: list[Clause], current: Clause, i: int, word: str, nxt: str
    ) -> tuple[Clause, int] | None:
        """A colon or a dash before a new statement, a semicolon, the comma that ends
        an opening subordinate clause, "when" + a sending verb, a new subject pronoun."""
        # ; and the end of an opening subordinate clause
        if (
            word == ":"
            and current.start < i
            and i + 1 < self.n
            and self._np_then_verb(i + 1)
            and self.low(i + 1) not in lx.PREPOSITIONS
        ):
            _close(
                clauses, current, i
            )  # "customs, the broker does that: ops send them the invoice …"
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if (
            word == ","
            and current.verb is None
            and current.kind == "main"
            and any(self.low(k) in lx.BE_FORMS | _HAVE_FORMS for k in range(current.start, i))
            and self.low(i + 1) not in lx.COORDINATORS | lx.RELATIVES | lx.PREPOSITIONS
            and self._np_then_verb(i + 1)
        ):
            # a statement with only "be", then a comma and a new one ("bookings are in
            # Nexudus too, I pull a CSV at month end"): two statements, not one
            return _open_next(clauses, current, i, Clause(start=i + 1))
        if (
            word == ","
            and current.verb is not None
            and current.kind in ("main", "coord")
            and (listed := self.verb_at(i + 1, boundary=True)) is not None
            and listed[1] == (self.verbs.get(current.verb) or ("", ""))[1]
            and listed[1] in ("s", "past")
            and self.low(i + 2) in lx.DETERMINERS | lx.OBJECT_PRONOUNS | {"which", "what"}
            and listed[0] not in lx.MEDIUM_HEADS | lx.DATA_HEADS | lx.ABSTRACT_HEADS
        ):
            # "the field manager walks the fields, decides which rows are ready and writes
            # it up …": verbs listed with commas share their subject
            return _open_next(
                clauses, current, i, Clause(start=i + 1, kind="coord", parent=current)
            )
        if (
            word == ","
            and current.verb is not None
            and current.kind == "main"
            and self.low(i + 1) in lx.DETERMINERS - {"that", "which", "what"}
            and self._np_then_verb(i + 1)
        ):
            # "The school sends a home-school book in the bag, the teachers write in it": two
            # statements joined by a comma
            return _open_next(clauses, current, i, Clause(start=i + 1))
        if word in {"—", "–"} and current.verb is not None and i + 1 < self.n:
            _close(
                clauses, current, i
            )  # a single dash opens a new statement ("… in iManage — partners …")
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if word == "." and 0 < i < self.n - 1 and self.low(i + 1) != ".":
            # "Our vehicle remarketing, so... sellers upload …": an ellipsis ends a statement
            return _open_next(clauses, current, i, Clause(start=i + 1))
        if (
            word == ","
            and current.kind == "sub"
            and current.verb is not None
            and nxt in lx.PREPOSITIONS
            and any(c.kind == "main" and c.verb is not None for c in clauses)
        ):
            # "… starts when the label emails the form, with a link to the masters, to our
            # account manager": a trailing "when" clause goes on after its comma; no main
            # clause is still to come
            i += 1
            return current, i
        if word == ";" or (word == "," and current.kind == "sub"):
            _close(clauses, current, i)
            opening = i + 1 + (self.low(i + 1) in {"and", "but", "then"})
            if (
                word == ","
                and self.low(opening) in {"if", "when", "whenever", "once"}
                and self._next_mark(opening, ",") >= self._next_mark(opening, ".")
            ):
                # "… when they leave, and if anything happens the trip leader rings the
                # head": a new opening clause with no comma after it
                return Clause(start=opening + 1, kind="sub"), opening + 1
            before = clauses[-2] if len(clauses) >= 2 else None
            back = clauses[-1].start - 1
            while back > 0 and (self.low(back) in lx.SUBORDINATORS or self.low(back) == ","):
                back -= 1  # "… and, when something is missing, emails …"
            if (
                word == ","
                and before is not None
                and before.verb is not None
                and self.low(back) in {"and", ",", "then", "but"}
                and not self._np_then_verb(i + 1)  # "…, and when they pay, finance tells me"
            ):
                # "… checks every file and, when something is missing, emails …"
                current = Clause(start=i + 1, kind="coord", parent=before)
            else:
                current = Clause(start=i + 1)
                if word == ";" and self._opens_subordinate(i + 1, self._next_mark(i + 1, ";")):
                    current.kind = "sub"  # "…; once the money lands the fee earner rings …"
            i += 1
            return current, i
        if (
            word == ","
            and nxt in lx.SUBORDINATORS
            and current.verb is not None
            and nxt not in {"as", "before", "after", "until"}
        ):
            return _open_next(
                clauses, current, i, Clause(start=i + 2, kind="sub")
            )  # "…, though some still come to the office"
        if (
            word in {"when", "whenever"}
            and current.verb is not None
            and i > current.verb
            and (np_ := self.np_at(i + 1)) is not None
            and (after := self.verb_at(np_.end)) is not None
            and after[0] in SENDING
            and after[1] in ("s", "base")
        ):
            return _open_next(
                clauses, current, i, Clause(start=i + 1, kind="sub")
            )  # "the chef only hears about it when a parent phones him"
        comma = nxt == ","  # "… on Slack and, once the fee is agreed, sets up …"
        joining = word
        if word == "," and nxt in {"and", "but"}:
            comma, joining = True, nxt  # "…, and once approved Mediaocean sends …"
        if (
            joining in {"and", "but"}
            and self.low(i + 1 + comma) in {"if", "when", "whenever", "once"}
            # "Pat is the fixtures secretary, and if …": a clause of being has no verb read
            and (
                current.verb is not None
                or any(self.low(k) in lx.BE_FORMS for k in range(current.start, i))
            )
            and current.kind in ("main", "coord")
        ):
            return _open_next(
                clauses, current, i, Clause(start=i + 2 + comma, kind="sub")
            )  # "the BMS watches the dosing and if the chlorine …"
        if (
            word == "it"
            and current.kind == "sub"
            and current.verb is not None
            and i > current.verb
            and (after := self.verb_at(i + 1, boundary=True)) is not None
            and after[1] == "s"
            and after[0] in SENDING
        ):
            # "if the chlorine drops it texts the on-call engineer": the opening clause
            # ends before "it", the subject of the main one
            return _open_next(clauses, current, i, Clause(start=i))
        if current.kind == "sub" and self._main_subject_starts(current, i):
            # "when a van breaks down the driver phones …": with no comma, the opening
            # clause ends where a noun phrase and its verb start the main one
            _close(clauses, current, i)
            current = Clause(start=i)
            if word not in lx.DETERMINERS and (info := self.verb_at(i + 1, boundary=True)):
                # a name's verb would read as a noun after it ("Submittable emails")
                current.verb, current.base = i + 1, info[0]
                self.verbs[i + 1] = info
            return current, i
        if (
            word in _SUBJECT_WORDS
            and (current.verb is not None or (current.kind == "sub" and i > current.start + 2))
            and i > current.start
            and self.low(i - 1) not in lx.PREPOSITIONS
            and self._starts_clause_verb(i + 1) is not None
        ):
            return _open_next(
                clauses, current, i, Clause(start=i)
            )  # "when a shipper wants a quote they email our sales desk"
        return None

    def _main_subject_starts(self, current: Clause, i: int) -> bool:
        """Whether, inside an opening clause whose predicate is said ("breaks down", "is
        back", "fails"), token ``i`` starts the main clause: a determiner, then nouns, then
        a finite verb followed by its object ("the caretaker emails the officer"). Scanned
        word by word, not with ``_np_then_verb``: a noun phrase would swallow "caretaker
        emails" whole."""
        short = (  # "if anything happens the trip leader rings …": a two-word opening
            current.verb == i - 1
            and i - 2 == current.start
            and self.low(i - 2) in _PRONOUN_SUBJECTS
        )
        if self._bare_participle_opens(current, i):
            return self.np_at(i) is not None
        if i < current.start + 3 and not short:
            return False
        if self.low(i) not in lx.DETERMINERS:
            return self._name_starts_main(current, i)
        before = self.low(i - 1)
        if before in _OPENING_PREPOSITIONS or before in lx.DETERMINERS:
            return False
        verb_then_particle = before in lx.PARTICLES and (
            lx.verb_info(self.low(i - 2)) is not None or self.low(i - 2).endswith("s")
        )  # "a van breaks down", "a delivery comes in": a verb, whatever the lexicon knows
        said = (
            (
                current.verb is not None
                and i > current.verb
                and self.low(current.verb - 1) not in lx.DETERMINERS  # "before each review"
            )
            or any(self.low(k) in _BE_OR_GET for k in range(current.start, i - 1))
            or verb_then_particle
        )
        if not said:
            return False
        for k in range(i + 1, min(i + 5, self.n - 1)):
            must = 1 + (self.low(k + 1) == "to") if self.low(k) in _MUST else 0
            if k > i + 1 and must and (after := lx.verb_info(self.low(k + must))) is not None:
                return after[1] == "base"  # "where a bet goes over, the cashier has to ring"
            if self.low(k) in lx.DETERMINERS or not self._contentish(self.low(k)):
                return False
            info = self.verb_at(k, boundary=True)
            if info is not None and (
                info[1] in ("s", "past") or (info[1] == "base" and info[0] in SENDING)
            ):
                follower = self.low(k + 1)
                return k > i + 1 and (
                    follower in lx.DETERMINERS | lx.OBJECT_PRONOUNS or self.np_at(k + 1) is not None
                )
        return False

    def _bare_participle_opens(self, current: Clause, i: int) -> bool:
        """ "once approved the invoice goes …": an opening clause of a subordinator and a
        participle alone, so whatever follows it starts the main clause."""
        info = self.verbs.get(current.verb) if current.verb is not None else None
        # the clause starts at its subordinator, or after it ("…, and once approved …")
        opener = current.start - (self.low(current.start) not in lx.SUBORDINATORS)
        return (
            current.verb == i - 1 == opener + 1
            and self.low(opener) in lx.SUBORDINATORS
            and info is not None
            and info[1] == "past"
        )

    def _name_starts_main(self, current: Clause, i: int) -> bool:
        """ "when the call closes Submittable emails every artist": with no comma, a
        capitalised name right after the opening clause's verb (and its particle), then a
        sending verb of its own with an object, is the main clause's subject."""
        verb = current.verb
        if verb is None:  # "when a flight is late …": a clause of being has no verb read
            verb = next(
                (k for k in range(i - 1, current.start, -1) if self.low(k) in _BE_OR_GET), None
            )
        if verb is None or not self.toks[i].text[:1].isupper():
            return False
        gap = [self.low(k) for k in range(verb + 1, i)]
        said_to_be = self.low(verb) in _BE_OR_GET and 0 < len(gap) <= 2
        if said_to_be and any(
            word in lx.DETERMINERS or word in lx.PREPOSITIONS or not word.isalpha() for word in gap
        ):
            said_to_be = False
        if not said_to_be and any(
            word not in lx.PARTICLES and not lx.is_adverb(word) for word in gap
        ):
            return False  # "when the report reaches Finance …": the name is its object
        # ("when a flight is late FlightAware sends …": what the opening says it is, then
        # the name)
        info = self.verb_at(i + 1, boundary=True)
        return (
            info is not None
            and info[1] == "s"
            and info[0] in SENDING
            and (
                self.low(i + 2) in lx.DETERMINERS | lx.OBJECT_PRONOUNS
                or self.np_at(i + 2) is not None
            )
        )

    def _cut_after_relative(
        self, clauses: list[Clause], current: Clause, i: int, word: str, nxt: str
    ) -> tuple[Clause, int] | None:
        """A comma that ends a relative between commas (or an opening phrase) before
        the main verb, and a comma that opens a relative ("…, which", "…, from which")."""
        # "who have a fault", "who don't have email": "have" is the relative's verb, though it
        # reads as an auxiliary
        have = current.start + (
            self.low(current.start) in lx.NEGATED_AUXILIARIES | {"do", "does", "did"}
        )
        verb = have if self.low(have) in _HAVE_FORMS else current.verb
        # "Couples who miss a session usually email me": an adverb may stand before it
        adverb = lx.is_adverb(self.low(i - 1)) and self.low(i - 1) not in {"not", "never"}
        if (
            current.kind == "rel"
            and verb is not None
            and i > verb + 1 + adverb
            and self.low(current.start - 1) in {"who", "that"}
            and current.parent is not None
            and current.parent.verb is None
            and self._contentish(self.low(i - 1 - adverb))
            and self.low(i + 1) in lx.DETERMINERS | lx.OBJECT_PRONOUNS
            and (info := self.verb_at(i, boundary=True)) is not None
            and info[1] in ("base", "s")
            and info[0] in SENDING | lx.RECEIVE_VERBS
        ):
            # "Surveyors who don't use smartphones post their forms to …": the relative
            # ends at the main verb, whose subject is the noun the relative hangs on
            _close(clauses, current, i - adverb)
            current = Clause(start=i - adverb, kind="coord", parent=current.parent)
            return current, i
        relative = current.parent
        # "who want to be entered for the matches tell …": a passive infinitive
        after_verb = current.start + 1 + (self.low(current.start) == "be")
        if (
            current.kind == "coord"
            and current.verb == after_verb - 1
            and self.low(current.start - 1) == "to"
            and (
                i == after_verb
                # "a repair ring the …": the object's reading may swallow the verb
                or ((obj := self.np_at(after_verb)) is not None and obj.end in (i, i + 1))
                # "who want to pay by cheque ring …": a manner after the infinitive
                or (
                    self.low(after_verb) in lx.PREPOSITIONS
                    and (manner := self.np_at(after_verb + 1)) is not None
                    and manner.end in (i, i + 1)
                )
            )
            and relative is not None
            and relative.kind == "rel"
            and self.low(relative.start - 1) in {"who", "that"}
            and relative.parent is not None
            and relative.parent.verb is None
            and (
                self.low(i + 1) in lx.DETERMINERS | lx.OBJECT_PRONOUNS
                # "… who wants to run a trip fills in the proposal"
                or (self.low(i + 1) in lx.PARTICLES and self.low(i + 2) in lx.DETERMINERS)
            )
            and (info := self.verb_at(i, boundary=True)) is not None
            and info[1] in ("base", "s")
            and info[0] in SENDING
        ):
            # "Parents who want to cancel phone the rental coordinator", "Tenants who
            # want to report a repair ring …": the sending verb after the infinitive (and
            # its object) is the main clause's
            return _open_next(
                clauses, current, i, Clause(start=i, kind="coord", parent=relative.parent)
            )
        if (
            word == ","
            and current.kind == "rel"
            and self.low(current.start - 2) == ","
            and current.parent is not None
            and current.parent.verb is None
            and self._starts_clause_verb(i + 1) is not None
        ):
            _close(
                clauses, current, i
            )  # "The officer, who has been here for years, rings the parents"
            current = Clause(start=i + 1, kind="coord", parent=current.parent)
            i += 1
            return current, i
        top = current.parent if current.kind == "rel" else None
        if (
            word == ","
            and top is not None
            and top.kind == "rel"
            and self.low(top.start - 2) == ","
            and top.parent is not None
            and top.parent.kind == "main"
            and top.parent.verb is None
            and self._starts_clause_verb(i + 1) is not None
        ):
            # "The deeds, which our clerks draft from the notes that the agents send,
            # are passed to …": the comma closes both relatives, the main verb follows
            return _open_next(
                clauses, current, i, Clause(start=i + 1, kind="coord", parent=top.parent)
            )
        if (
            word == ","
            and current.kind == "rel"
            and current.verb is not None
            and current.parent is not None
            and current.parent.kind == "main"
            and current.parent.verb is None
            and self.toks[current.parent.start].low in lx.PREPOSITIONS
            and self._np_then_verb(i + 1)
        ):
            # "For any child who is missing, SIMS sends …": the opening phrase ends
            return _open_next(clauses, current, i, Clause(start=i + 1))
        if (
            word == ","
            and nxt in {"from", "through", "via"}
            and self.low(i + 2) in {"which", "where"}
            and current.verb is not None
        ):
            antecedent = self._antecedent(i)
            _close(clauses, current, i)  # "…to the shared site, from which the director … take it"
            current = Clause(start=i + 3, kind="rel", antecedent=antecedent, parent=clauses[-1])
            current.rel_prep = nxt
            i += 3
            return current, i
        if word == "," and nxt in {"which", "who", "where"}:
            antecedent = self._antecedent(i)
            return _open_next(
                clauses,
                current,
                i,
                Clause(start=i + 2, kind="rel", antecedent=antecedent, parent=current),
            )
        return None

    def _cut_at_relative_words(
        self, clauses: list[Clause], current: Clause, i: int, word: str, nxt: str
    ) -> tuple[Clause, int] | None:
        """A relative that ends at the main verb ("Charges that are to be re-billed
        … are pushed"), and "which/who/that" opening a relative clause."""
        if (
            current.kind == "rel"
            and current.verb is not None
            and word in lx.BE_FORMS
            and current.parent is not None
            and current.parent.verb is None
            and current.antecedent is not None
            and self._participle_after(i + 1)
        ):
            # "Charges that are to be re-billed … are pushed from …": the relative
            # clause ends and the main clause gets its verb
            return _open_next(
                clauses, current, i, Clause(start=i, kind="coord", parent=current.parent)
            )
        if (
            current.kind == "rel"
            and current.verb is not None
            and current.passive
            and i > current.verb + 2
            and current.parent is not None
            and current.parent.kind == "main"
            and current.parent.verb is None
            and current.antecedent is not None
            and self.low(current.start - 1) == "that"
            and any(self.low(k) == "by" for k in range(current.verb, i))
            and (finite := self.verb_at(i)) is not None
            and finite[1] in ("base", "s")
            and self._contentish(self.low(i - 1))
            and fold_plural(current.antecedent.head) != current.antecedent.head
        ):
            # "Prescriptions that are sent by the GP surgeries arrive in the PMR": the
            # passive relative ends after its agent and the main clause gets its verb
            return _open_next(
                clauses, current, i, Clause(start=i, kind="coord", parent=current.parent)
            )
        if word == "by" and nxt in {"whom", "which"} and current.verb is not None:
            antecedent = self._antecedent(i)
            if antecedent is not None:
                # "… to the SPA administrator, by whom it is typed into Nebula": a passive
                # relative whose agent is the antecedent (the reader gives it as agent)
                _close(clauses, current, i)
                current = Clause(start=i + 2, kind="rel", antecedent=antecedent, parent=clauses[-1])
                return current, i + 2
        after_a_clause = i == current.start and clauses and clauses[-1].verb is not None
        if word == "whose" and (current.verb is not None or after_a_clause):
            antecedent = self._antecedent(i)
            if antecedent is not None:
                # "measured by buoys whose readings are streamed to EnviroPortal", "…, whose
                # readings are sent to …": the relative keeps "whose", which says whose thing
                # acts or is sent
                if current.verb is not None:
                    _close(clauses, current, i)
                current = Clause(start=i, kind="rel", antecedent=antecedent, parent=clauses[-1])
                return current, i + 1
        if word in {"which", "who", "whom"} or (
            word == "that"
            and i > 0
            and self._contentish(self.low(i - 1))
            and self.verb_at(i - 1) is None
            and not nxt.endswith(("'s", "’s"))  # "pops up that client's instructions"
            and self.low(i - 1) not in lx.PARTICLES
        ):
            if word == "that" and self.low(i - 1) in {"so", "such"}:
                return _open_next(clauses, current, i, Clause(start=i + 1))
            antecedent = self._antecedent(i)
            if antecedent is not None:
                return _open_next(
                    clauses,
                    current,
                    i,
                    Clause(start=i + 1, kind="rel", antecedent=antecedent, parent=current),
                )
        return None

    def _cut_at_coordination(
        self, clauses: list[Clause], current: Clause, i: int, word: str, nxt: str
    ) -> tuple[Clause, int] | None:
        """A comma before a second verb or a new subject, and "and/or/then/but/…"
        before a second clause of the same subject or a new one."""
        if (
            word == ","
            and current.verb is not None
            and current.kind in ("main", "coord")
            and (after := self.verb_at(i + 1, boundary=True)) is not None
            and after[0] in SENDING
            and (after[1] == "s" or (after[1] == "past" and current.passive))
        ):
            return _open_next(
                clauses, current, i, Clause(start=i + 1, kind="coord", parent=current)
            )  # "lab tech keeps own xls, mails it to the winemaker daily"
        if (
            word == ","
            and (current.verb is not None or self._topic_before(current, i))
            and self.low(i + 1) not in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
            and self._np_then_verb(i + 1)
        ):
            _close(
                clauses, current, i
            )  # notes: "case officer writes in Word, clerk prints for councillors"
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if (
            word in {"before", "after", "until", "once"}
            and current.verb is not None
            and current.passive
            and nxt in {"they", "it"}
            and self._starts_clause_verb(i + 2) is not None
        ):
            # "are checked by an admin officer before they are passed to a woodland officer":
            # the same things, handled next by the same agent
            return _open_next(
                clauses, current, i, Clause(start=i + 1, kind="coord", parent=current)
            )
        if (
            word == ","
            and nxt == "and"
            and current.verb is None
            and current.kind == "main"
            and self.low(i + 2) in {"it", "they", "he", "she"}
            and (after := self.verb_at(i + 3, boundary=True)) is not None
            and after[1] in {"s", "past"}
            and self.np_at(current.start) is not None
        ):
            # "The pigs cross the scale, and it sends …": whatever the unknown verb before,
            # a pronoun with a verb after ", and" is a new clause of its own
            return _open_next(clauses, current, i, Clause(start=i + 2))
        if word in {"and", "or", "then", "but", "before", "after", "while", "by", "to"} or (
            word == "," and nxt in {"then", "and", "but", "while", "or", "so"} | _CONCEDING
        ):
            j = i + 1
            while (
                j < self.n and self.low(j) in {"and", "then", "but", "or", ",", "so"} | _CONCEDING
            ):
                j += 1

            if self.low(j) == "from" and self.low(j + 1) == "there" and word != "to":
                j += 2 + (self.low(j + 2) == ",")  # ", and from there it goes to …"
            if word == "to" and (
                current.verb is None
                or (self.verb_at(i + 1) is None and not self._passive_infinitive(i + 1))
            ):
                i += 1
                return current, i
            if word == "by" and not self.low(j).endswith("ing"):
                i += 1
                return current, i
            if (
                word == ","
                and nxt == "so"
                and self.low(j) in {"in", "at", "for"}
                and (opening := self.np_at(j + 1)) is not None
            ):
                j = opening.end + (self.low(opening.end) == ",")  # ", so in practice X …"
            verb = self._starts_clause_verb(j)
            stated = current.verb is not None or (
                # "which rows are ready and writes …": a relative said with "be" alone
                current.kind == "rel"
                and word == "and"
                and any(self.low(k) in lx.BE_FORMS for k in range(current.start, i))
            )
            if verb is not None and stated:
                _close(clauses, current, i)
                parent = clauses[-1]
                if (
                    (word == "," or (self.low(i - 1) == "," and parent.verb is None))
                    and parent.kind == "rel"
                    and parent.parent is not None
                ):
                    # "…, that X radios in, then issues …"; "photocopies the parts, which is
                    # paper, and emails …": the relative set apart ends, its head goes on
                    parent = parent.parent
                elif (
                    parent.kind == "rel"
                    and parent.parent is not None
                    and parent.parent.verb == parent.start - 2
                    and self.low(parent.start - 1) in {"which", "what", "who", "whether"}
                ):
                    # "decides which rows are ready and writes it up": a question after a
                    # verb, then the next verb of the one who asked
                    parent = parent.parent
                current = Clause(start=j, kind="coord", parent=parent)
                i = j
                return current, i
            if (
                word in {"and", "but", ","}
                and current.verb is not None
                and self.low(j) in {"that", "this"}
                and (
                    (after := self.verb_at(j + 1, boundary=True)) is not None
                    or self._sent_passive(j + 1)
                )
                and (after is None or after[1] == "s")
                and (
                    after is None
                    or after[0] in {"create", "generate", "raise", "trigger", "open", "produce"}
                    or after[0] in lx.ARRIVE_VERBS
                    or (
                        after[0] in lx.SEND_VERBS | lx.TELL_VERBS
                        and self.low(j + 2) in lx.DETERMINERS | lx.OBJECT_PRONOUNS
                    )
                )
            ):
                # "members report it in the app, and that creates a ticket", "I enter them
                # into Playwaze and that sends every player …": a demonstrative subject, not a
                # relative
                return _open_next(clauses, current, i, Clause(start=j))
            if (
                word in {"and", "but", ","}
                and (
                    current.verb is not None
                    or any(
                        self.low(k) in lx.BE_FORMS or self.low(k) in lx.NEGATED_AUXILIARIES
                        for k in range(current.start, i)
                    )
                )
                and (self._np_then_verb(j) or self._np_then_relative(j))
                and not self._participle_after_noun(j, current)
            ):
                return _open_next(clauses, current, i, Clause(start=j))
        return None
