"""The parts of a clause flows are read from: subject, object, prepositional groups, content."""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.actors import ActorReader
from assistant.extract.heuristics.clauses import (
    _bare_verb,
)
from assistant.extract.heuristics.cues import (
    _BY_HAND,
    _INTERJECTIONS,
    _QUANTIFIERS,
)
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS, FlowDraft
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import SENDING, Clause, Sentence
from assistant.hypergraph.names import fold_plural, normalise_name
from assistant.media import MEDIUM_HEADS
from assistant.models.infoflow import ActorKind

WORK_FROM = frozenset({"work", "go", "run"})
"""Verbs that read a shared sheet with "from" or "off" ("works from it", "the crews go off")."""


def works_from(s: Sentence, clause: Clause, *, it: bool = False) -> bool:
    """ "a shared sheet which the supervisor works from", "… that the crews go off": a
    relative whose verb ends on a stranded "from/off" reads what it hangs on; with ``it``,
    "… and the drivers work from it", "the carvers work off that": what was named before."""
    if clause.base not in WORK_FROM:
        return False
    for k in range(clause.start, clause.end):
        if s.low(k) not in {"from", "off"}:
            continue
        if it:
            if s.low(k + 1) in {"it", "them", "that", "this"}:
                return True
            continue
        after = s.np_at(k + 1) if s.low(k + 1).isalnum() else None
        if after is None or after.is_time:  # "… works from every morning"
            return True
    return False


_MAKING = frozenset({"create", "generate", "raise", "trigger", "open", "produce", "log", "send"})
"""What a system does when something is put into it ("and that creates a ticket")."""


_PASSING_ON = frozenset({"pass", "forward", "relay"})
"""Verbs of handing on what one has just been given."""

_AMENDING = frozenset({"fix", "amend", "correct", "change", "adjust"})
"""Verbs of changing a record by what one was just told ("they fix the diary in Lex")."""

_HANDLING = frozenset({"print", "scan", "pin", "file", "check", "read", "sign", "stamp"})
"""Verbs of handling a document one has been given ("she prints it", "he signs them")."""

_WANTING = frozenset({"want", "need", "expect", "insist", "prefer"})
"""Verbs whose subject is someone who wants to know ("the candidate wants a summary")."""


def _described(s: Sentence, name: NP, nxt: NP, comma: int) -> bool:
    """ "into RedRose, the platform from which …": a name, a comma alone, then "the" and a
    common noun with no "and" after it is the name described, not a second party."""
    return (
        s.low(comma) == ","
        and name.proper
        and not nxt.proper
        and nxt.toks[0].low in {"the", "our", "their"}
        and s.low(nxt.end) not in {"and", "or", ","}
    )


_OWNING = frozenset({"her", "his", "their", "my", "our", "its", "your"})
"""Whose a thing is, which the content leaves out ("her own Excel list" is an Excel list)."""
_STAND_INS = frozenset({"one", "ones", "each", "every", "both", "all", "some", "any", "those"}) | {
    "theirs",
    "ours",
    "mine",
    "yours",
    "hers",
}
"""Words that stand for what was named before ("each one", "the ones", "both", "theirs")."""


_SHARE_OF = frozenset(
    {"lot", "lots", "majority", "minority", "handful", "couple", "number", "bunch", "few"}
)
"""A share of a group said before "of" ("a lot of schools fax …"): the group acts."""

_ASKING_TO_DO = frozenset({"ask", "tell", "get", "remind", "instruct", "want", "need", "expect"})
"""Verbs whose object does what the "to" after it says ("asks the admin team to phone …")."""
_BESIDE = frozenset({"next", "close", "adjacent", "due", "according", "prior", "thanks"})
"""Words that make "to" say where or why, not to whom ("next to the presses", "due to")."""
_HEDGING = frozenset({"suppose", "think", "guess", "reckon", "imagine", "believe", "mean"})
"""Verbs of a speaker's aside ("so I suppose it doesn't count")."""


def _word_before(s: Sentence, np_: NP) -> str:
    """The word before a phrase, past a comma ("…, or they book online": "or")."""
    return s.low(np_.start - 1 - (s.low(np_.start - 1) == ","))


_CARRYING_MESSAGES = frozenset(
    {"email", "e-mail", "text", "message", "notification", "sms", "alert", "reminder", "ping"}
)
"""Messages named by their kind, whose content follows "with" ("an email with the rota")."""


class ClauseParts(ActorReader):
    """Finds a clause's subject, objects, prepositional groups and what is passed."""

    def _pps(self, s: Sentence, start: int, end: int) -> list[tuple[str, list[NP], int]]:
        """(preposition, noun phrases, index) in a span; coordinated phrases are listed."""
        out: list[tuple[str, list[NP], int]] = []
        i = start
        while i < end:
            word = s.low(i)
            if (
                word in lx.PREPOSITIONS
                or (word == "back" and s.low(i + 1) == "to")
                or (word == "out" and s.low(i + 1) == "of")
                # "the readings come off the loggers", "prints the list off Swiftqueue"
                or (
                    word == "off"
                    and (
                        s.low(i + 1) in {"the", "their", "our", "each"}
                        or (i + 1 < s.n and s.toks[i + 1].text[:1].isupper())
                    )
                )
            ):
                prep = "from" if word == "off" else word
                j = i + 1
                if word == "out":
                    j, prep = j + 1, "from"  # "pulls the numbers out of Airtable"
                if word == "back" and s.low(j) == "to":
                    j += 1
                    prep = "to"
                if word == "through" and s.low(j) == "to":
                    j += 1
                    prep = "to"
                if word in {"over", "on"} and s.low(j) == "to":
                    j += 1
                    prep = "to"
                if word == "to" and s.low(i - 1) in _BESIDE:
                    prep = "beside"  # "pins it up next to the presses": where, not to whom
                group: list[NP] = []
                np_ = s.np_at(j, end)
                while np_ is not None:
                    group.append(np_)
                    k = np_.end
                    if s.low(k) == "," and s.low(k + 1) in {"and", "or"}:
                        k += 1
                    if s.low(k) in {",", "and", "or"} and k + 1 < end:
                        nxt = s.np_at(k + 1, end)
                        if nxt is not None and _described(s, np_, nxt, k):
                            break  # "into RedRose, the platform from which …": said twice
                        if (
                            nxt is not None
                            and s.verb_at(k + 1) is None
                            and not _bare_verb(s, nxt)
                            and not (
                                s.low(nxt.end) in lx.ADVERBS | lx.AUXILIARIES
                                and s._starts_clause_verb(nxt.end) is not None
                            )
                        ):
                            np_ = nxt
                            continue
                    break
                if (
                    len(group) == 1
                    and group[0].head in lx.CONTAINER_HEADS
                    and s.low(group[0].end) == "of"
                ):
                    inner = s.np_at(group[0].end + 1, end)
                    if inner is not None:
                        group, prep = [inner], "to"
                if group:
                    out.append((prep, group, i))
                    i = group[-1].end
                    continue
            i += 1
        return out

    def _subject(self, s: Sentence, clause: Clause) -> NP | None:
        """The first noun phrase before the verb that is not in a PP nor a time expression."""
        stop = clause.end if clause.verb is None else clause.verb
        i = clause.start
        while i < stop:
            np_ = s.np_at(i, stop)
            if np_ is None:
                i += 1
                continue
            if (len(np_.toks) == 1 and np_.toks[0].low in _INTERJECTIONS) or (
                s.low(np_.end) == ":" and np_.end + 1 < stop
            ):
                i = np_.end  # a label of a note ("Brix/pH: lab tech keeps …") is not who acts
                continue
            fronted = self._fronted_subject(s, np_, stop)
            if fronted is not None:
                return fronted  # "Phone bookings I type into iCabbi", "Flour, I order …"
            after = self._subject_after_opening_phrase(s, np_, clause.start, stop)
            if after is not None:
                return after  # "At night nurses phone …", "Since March patients email …"
            if (
                np_.prep is None
                and not np_.is_time
                and s.low(np_.start - 1) != "of"
                and not self._coordinated_in_a_phrase(s, np_)
            ):
                if (
                    (
                        (
                            len(np_.toks) == 1
                            and np_.toks[0].low in _QUANTIFIERS | {"one", "either", "neither"}
                        )
                        or (len(np_.words) == 1 and np_.words[0].low in _SHARE_OF)
                    )
                    and s.low(np_.end) == "of"
                    and (whole := s.np_at(np_.end + 1, stop)) is not None
                ):
                    return whole  # "most of our restaurant customers phone …", "a lot of schools"
                return np_
            i = np_.end
        return None

    def _subject_after_opening_phrase(
        self, s: Sentence, np_: NP, start: int, stop: int
    ) -> NP | None:
        """A phrase opening the clause with no determiner and no comma runs into a bare
        plural subject ("At night nurses phone …", "Since March patients email …", "For
        repeat orders customers ring …"): it ends at its time word or plural noun."""
        opener = np_.start - 1
        if (
            np_.end != stop
            or opener != start
            or s.low(opener) not in (lx.PREPOSITIONS | lx.SUBORDINATORS) - {"to", "as", "like"}
        ):
            return None
        words = np_.words
        for j, tok in enumerate(words[:-1]):
            ends = fold_plural(tok.low) in lx.TIME_NOUNS or tok.low in lx.MONTHS
            if not (ends or (tok.low.endswith("s") and not tok.low.endswith(("ss", "'s")))):
                continue
            rest = s.np_at(words[j + 1].i, stop)
            if (
                rest is not None
                and rest.end == stop
                and s._plural_noun(rest.head)
                and lx.actor_kind([t.text for t in rest.words]) in HUMAN
            ):
                return rest
            return None
        return None

    @staticmethod
    def _coordinated_in_a_phrase(s: Sentence, np_: NP) -> bool:
        """ "For measles and TB, the officers get …": a noun joined by "and"/"or" to one in
        the prepositional phrase that opens the sentence belongs to it, not the subject."""
        if s.low(np_.start - 1) not in {"and", "or"}:
            return False
        partner = s.np_before(np_.start - 1)
        return (
            partner is not None
            and partner.prep is not None
            and partner.start == 1  # the sentence opens on the phrase
            and s.low(np_.end) == ","
        )

    def _told_to_do_it(self, s: Sentence, clause: Clause) -> tuple[NP, str] | None:
        """ "the doctor asks the admin team to phone the patient": who is asked does what
        follows "to", not who asks (the asking is a flow of its own)."""
        parent = clause.parent
        if (
            clause.kind != "coord"
            or parent is None
            or parent.passive
            or parent.base not in _ASKING_TO_DO
            or clause.verb is None
            or s.low(clause.start - 1) != "to"
            or (told := s.np_before(clause.start - 1)) is None
            or told.prep is not None
            or told.is_pronoun
            or (parent.verb is not None and told.start <= parent.verb)
        ):
            return None
        name = self.actor(told, s)
        return (told, name) if name is not None and self.kind_of(name) in HUMAN else None

    def _fronted_subject(self, s: Sentence, np_: NP, stop: int) -> NP | None:
        """A topic put first, then a pronoun subject: "Phone bookings I type into iCabbi",
        "Flour and so on, I order from the mill" — the pronoun is who acts."""
        k = np_.end
        while (
            s.low(k) in {"and", "or"}
            and s.low(k + 1) != "so"
            and (more := s.np_at(k + 1, stop)) is not None
            and not more.is_pronoun
        ):
            k = more.end  # "Clay and glaze orders, I phone the supplier": one topic
        if s.low(k) == "and" and s.low(k + 1) == "so" and s.low(k + 2) == "on":
            k += 3
        if s.low(k) == ",":
            k += 1
        if (
            k < stop
            and k > np_.end
            and s.low(k) in {"they", "he", "she"}
            and not np_.is_time
            and self._plain_actor(np_, lexical=True)
            and lx.actor_kind([t.text for t in np_.words]) in HUMAN
        ):
            return np_  # "Parents, they get everything from …": the pronoun is the topic
        if k < stop and s.low(k) in {"i", "we", "they", "he", "she"} and k + 1 <= stop:
            pronoun = s.np_at(k, stop)
            contact = k in s.contact_relatives  # "the farms we buy from phone me"
            if pronoun is not None and s.verb_at(k + 1) is not None and not contact:
                return pronoun
        j = np_.end
        while s.low(j) in {"to", "for", "from", "of"} and (after := s.np_at(j + 1, stop)):
            j = after.end  # "the quarterly return to the Environment Agency, I upload …"
        if (
            j == np_.end
            and s.low(j) == ","
            and (same := s.np_at(j + 1, stop)) is not None
            and not same.is_pronoun
            and s.low(same.end) == ","
            and not self._plain_actor(same)
        ):
            j = same.end  # "Prize stock, the teddies, I order from …": the topic said again
        if j > np_.end and s.low(j) == "," and s.low(j + 1) in {"i", "we"} and j + 1 < stop:
            pronoun = s.np_at(j + 1, stop)
            if pronoun is not None and s.verb_at(j + 2) is not None:
                return pronoun
        if np_.is_pronoun or self._plain_actor(np_):
            return None
        # "Fees for freelancers, on the other hand, the orchestra manager sends to finance":
        # a topic that names no actor, then (past asides between commas) who acts
        k, commas = np_.end, 0
        while k < stop:
            if s.low(k) == ",":
                k, commas = k + 1, commas + 1
            elif s.low(k) in lx.PREPOSITIONS | _INTERJECTIONS:
                comma = next((j for j in range(k, min(stop, k + 6)) if s.low(j) == ","), None)
                if comma is None:
                    return None
                k = comma
            else:
                break
        if not commas:
            return None
        doer = s.np_at(k, stop)
        if doer is None or doer.is_pronoun:
            return None
        j = doer.end
        while j < stop and (s.low(j) in lx.ADVERBS or s.low(j) in lx.AUXILIARIES):
            j += 1
        return doer if j == stop else None

    def _plain_actor(self, np_: NP, *, lexical: bool = False) -> bool:
        """The phrase names an actor by its own words (a role, a team, a system, a name),
        not only because it stands where an actor would; ``lexical``: by its words alone,
        not because it was taken as an actor before."""
        if not lexical and normalise_name(self._name(np_)) in self.mentions:
            return True
        proper = np_.proper or any(t.low in self.proper_words for t in np_.words)
        return lx.actor_kind([t.text for t in np_.words], proper=proper) is not None

    def _co_subjects(self, s: Sentence, clause: Clause, first: NP) -> list[NP]:
        """Phrases coordinated with the subject: "the buyer and the planner send …"."""
        out: list[NP] = []
        k = first.end
        stop = clause.verb if clause.verb is not None else clause.end
        while k < stop and s.low(k) in {"and", ",", "or"}:
            k += 1
            if s.low(k) in {"and", "or"}:
                k += 1
            nxt = s.np_at(k, stop)
            if nxt is None:
                break
            out.append(nxt)
            k = nxt.end
        between = set(s.words_between(first.end, stop).lower().split())
        if out and not between & {"and", "or", "well", "mean", "actually", "sorry"}:
            # "Trade customers, builders, plumbers, the odd landscaper, ring …": a list
            # with no "and" says what the subject takes in, not more subjects
            return []
        return out

    def _said_after_examples(self, s: Sentence, clause: Clause, first: NP) -> NP | None:
        """The subject after examples said first: "A or B, C tells me …", where C, joined by
        a bare comma after an "or" or "and", names who acts when A and B name no actor."""
        stop = clause.verb if clause.verb is not None else clause.end
        items, joins, k = [first], [], first.end
        while k < stop and s.low(k) in {",", "and", "or"}:
            join = s.low(k)
            k += 1
            if s.low(k) in {"and", "or"}:
                join, k = f"{join} {s.low(k)}", k + 1
            nxt = s.np_at(k, stop)
            if nxt is None:
                return None
            items.append(nxt)
            joins.append(join)
            k = nxt.end
        if len(items) < 3 or k != stop or joins[-1] != "," or not set(joins[:-1]) & {"and", "or"}:
            return None
        last = items[-1]
        if any(self._plain_actor(np_, lexical=True) for np_ in items[:-1]):
            return None  # "the buyer and the planner, the whole team, …": people all along
        return last if self._plain_actor(last, lexical=True) else None

    def _form_passing_on(self, np_: NP, base: str) -> str | None:
        """ "the website form passes the subscription into Bartec": a form that passes data
        on is a system (STYLES.md: the chain is split there); a paper form is not."""
        if (
            fold_plural(np_.head.lower()) != "form"
            or len(np_.words) < 2
            or {t.low for t in np_.words} & {"paper", "printed", "signed", "scanned"}
            or base not in _PASSING_ON | {"feed", "push", "drop", "send", "create"}
        ):
            return None
        return self.tool(" ".join(t.text for t in np_.words).lower())

    def _direct_object(self, s: Sentence, clause: Clause) -> NP | None:
        assert clause.verb is not None
        j = clause.verb + 1
        while j < clause.end and (s.low(j) in lx.PARTICLES or s.low(j) in lx.ADVERBS):
            j += 1
        if j >= clause.end or s.low(j) in lx.PREPOSITIONS:
            return None
        if s.low(j) in {"round", "around"} and s.low(j + 1) in lx.DETERMINERS:
            return None  # "rings round the committee": who is called, after a particle
        return s.np_at(j, clause.end)

    def _content(self, np_: NP | None, s: Sentence) -> str:
        """What is passed: a phrase with its "of" complement ("a PDF of the mud log")."""
        if np_ is None or np_.text.lower() in {"online", "offline"}:
            return ""  # "clients book online through VetBooker": how, not what
        if np_.is_pronoun or all(t.low in _STAND_INS for t in np_.words):
            return self.last_content  # "types each one into Lighthouse": what came before
        if (
            np_.head.lower() in {"rest", "bulk", "majority", "lot", "lots"}
            and s.low(np_.end) == "of"
            and (whole := s.np_at(np_.end + 1)) is not None
            and not whole.is_pronoun
        ):
            np_ = whole  # "the rest of the repairs": the repairs
        if (
            np_.toks[0].low in {"the", "that"}
            and len(np_.words) == 1
            and s.low(np_.end) != "of"
            and (fuller := self._said_fuller(np_, s)) is not None
        ):
            np_ = fuller  # "keeps her own Excel list of the puppies … and emails the list"
        if (
            fold_plural(np_.head.lower()) in _CARRYING_MESSAGES
            and s.low(np_.end) == "with"
            and (carried := s.np_at(np_.end + 1)) is not None
            and not carried.is_pronoun
        ):
            np_ = carried  # "sends every club an email with their fixtures": the fixtures
        text = np_.text
        if np_.toks[0].low in _OWNING | {"own"}:
            text = " ".join(t.text for t in np_.words if t.low != "own")
        if s.low(np_.end) == "of":
            complement = s.np_at(np_.end + 1)
            if complement is not None and not complement.is_pronoun:
                text += " of " + " ".join(t.text for t in complement.toks)
                more = s.np_at(complement.end + 1) if s.low(complement.end) == "and" else None
                if (
                    more is not None
                    and not more.is_pronoun
                    and len(more.toks) <= 2
                    and s.verb_at(more.start) is None
                    and lx.verb_info(more.toks[0].low) is None
                ):
                    text += " and " + more.text  # "a list of the puppies and kittens"
        return text

    @staticmethod
    def _said_fuller(np_: NP, s: Sentence) -> NP | None:
        """The same thing named in full earlier in the sentence, with words before its head
        or an "of" after it: what "the list" means."""
        head = fold_plural(np_.head.lower())
        for before in reversed(s.nps_between(0, np_.start)):
            if fold_plural(before.head.lower()) != head or before.is_pronoun:
                continue
            modifiers = [lx.verb_info(t.low) for t in before.words[:-1] if t.low != "own"]
            if any(info is not None and info[1] in {"base", "s"} for info in modifiers):
                return None  # "re-types certs", "need district approval": a verb, misread
            if len(before.words) > 1 or s.low(before.end) == "of":
                return before
            return None
        return None

    def _flow_said_before(self, s: Sentence, clause: Clause) -> FlowDraft | None:
        """The flow of the last clause before this one, in the same sentence, that made one."""
        before = [c.flow_index for c in s.clauses if c.end <= clause.start]
        index = next((k for k in reversed(before) if k is not None), None)
        return self.flows[index] if index is not None else None

    @staticmethod
    def _handles_what_came(s: Sentence, clause: Clause) -> bool:
        """The clause's verb takes "it"/"them" for its object, what was just sent ("emails
        the secretary the report, and he prints it and pins it up"): who handles it has it."""
        if clause.verb is None or clause.base not in (lx.SEND_VERBS - {"export"}) | _HANDLING:
            return False
        k = clause.verb + 1
        while s.low(k) in lx.ADVERBS:
            k += 1
        return s.low(k) in {"it", "them"}

    def _system_sent_before(self, s: Sentence, clause: Clause) -> bool:
        """The clause before, in the same sentence, is a system sending something."""
        said = self._flow_said_before(s, clause)
        return said is not None and self.kind_of(said.source) in SYSTEMS

    @staticmethod
    def _first_name_like(np_: NP) -> bool:
        """One capitalised word inside the sentence, no product the lexicon knows ("Kerry",
        "Magda"): a system by its form, a person when it types or keys by hand."""
        word = np_.toks[0].low
        return (
            len(np_.toks) == 1
            and np_.start > 0
            and re.fullmatch(r"[A-Z][a-z]{2,}", np_.toks[0].text) is not None
            and word not in lx.KNOWN_TOOLS
            and lx.verb_info(word) is None
        )

    def _last_single_receiver(
        self, s: Sentence, clause: Clause, pronoun: str = "she"
    ) -> str | None:
        """The one party the clause before, in the same sentence, sent something to, when
        it can be what ``pronoun`` stands for: one person for "he"/"she", a plural or a
        team for "they"."""
        said = self._flow_said_before(s, clause)
        if said is None or len(said.targets) != 1 or said.targets[0] == said.source:
            return None
        targets = said.targets
        target, kind = targets[0], self.kind_of(targets[0])
        if pronoun in {"she", "he"}:
            return target if kind == ActorKind.person and fold_plural(target) == target else None
        plural = kind == ActorKind.team or (
            kind == ActorKind.person and fold_plural(target) != target
        )
        return target if plural else None

    def _parties_from(self, s: Sentence, pps: list[tuple[str, list[NP], int]]) -> list[str]:
        """The parties named after "from" in these phrases ("complaints from passengers")."""
        return [
            a for p, g, _ in pps if p == "from" for a in (self._recipient(n, s) for n in g) if a
        ]

    def _clause_subject(self, s: Sentence, clause: Clause) -> tuple[NP | None, str | None]:
        if (told := self._told_to_do_it(s, clause)) is not None:
            return told
        if clause.kind == "coord" and clause.parent is not None:
            parent = clause.parent
            if (
                parent.base in _HEDGING
                and parent.subject is not None
                and parent.subject.toks[0].low in {"i", "we"}
                and (said := [c for c in s.clauses if c.end <= parent.start and c.kind == "main"])
                and said[-1].subject_actor is not None
            ):
                # "the distributor couriers the drive, so I suppose it doesn't count, and
                # emails the key to …": the hedge is an aside; the sender is said before it
                parent = said[-1]
            verb = s.verbs.get(clause.verb) if clause.verb is not None else None
            if parent.passive and verb and (verb[1] == "past" or verb[0] in lx.SAME_PARTICIPLE):
                clause.passive = True
                clause.agent_actor = parent.agent_actor
            clause.co_subjects = list(parent.co_subjects)
            clause.subject_from = list(parent.subject_from)
            if parent.verb is None and not clause.subject_from:
                # "Complaints from passengers, which used to arrive by letter, now come …":
                # the subject said where they come from before the aside
                clause.subject_from = self._parties_from(s, self._pps(s, parent.start, parent.end))
            if parent.subject_actor is None and parent.subject is not None:
                # "the duty chief, who signs them off, emails them …": the relative said who
                for rel in s.clauses:
                    if rel.kind == "rel" and rel.antecedent is parent.subject and rel.subject_actor:
                        return parent.subject, rel.subject_actor
                if not clause.passive and clause.base in SENDING and verb and verb[1] != "past":
                    # "Stripe takes the payments and emails the couple a receipt": who
                    # sends in the second verb is an actor, as if that verb stood alone
                    # (not "… are bagged and sent to the lab": "sent" may be a participle)
                    name = self.actor(parent.subject, s, relaxed=True)
                    return parent.subject, name or self._form_passing_on(
                        parent.subject, clause.base
                    )
            return parent.subject, parent.subject_actor
        if clause.kind == "rel" and clause.verb is None and s.low(clause.start) in lx.BE_FORMS:
            # "our planner, who is my brother, …": a description, not a new actor
            name = self.actor(clause.antecedent, s)
            if name is not None and s.low(clause.start - 1) == "who":
                self._person_acronym(name)  # "the CSR, who is the client's rep": a person
            return clause.antecedent, name
        if clause.kind == "rel" and clause.verb is not None:
            between = range(clause.start, clause.verb)
            words = [s.low(k) for k in between]
            if " ".join(words[:2]) in {"in turn", "used to"}:
                # "RALS, which in turn sends them to the LIMS", "who used to phone it in"
                words = words[2:]
            if all(w in lx.ADVERBS | lx.AUXILIARIES for w in words):
                name = self.actor(clause.antecedent, s)
                if (
                    name is None
                    and clause.antecedent is not None
                    and "who"
                    in {
                        s.low(clause.start - 1),
                        s.low(clause.start),
                    }
                ):
                    # "the duty chief, who signs off the warnings, …": "who" says a person
                    name = self.actor(clause.antecedent, s, relaxed=True)
                elif (
                    name is None
                    and clause.antecedent is not None
                    and clause.antecedent.toks[0].low == "the"
                    and clause.base in lx.SEND_VERBS
                    and fold_plural(clause.antecedent.head.lower()) not in MEDIUM_HEADS
                ):
                    # "tipped at the re-refinery, which emails its ticket to …": what sends
                    # stands where only a party can
                    name = self.actor(clause.antecedent, s, relaxed=True)
                vague = clause.antecedent is None or (
                    clause.antecedent.head in _QUANTIFIERS or lx.is_adverb(clause.antecedent.head)
                )
                if name is None and vague and clause.base in lx.TELL_VERBS and clause.parent:
                    # "… log a concern on CPOMS, and most do, which alerts me": the system
                    name = self._last_system_before(s, clause.start)
                return clause.antecedent, name
            clause.object_relative = True
        if (
            clause.kind == "main"
            and clause.verb is not None
            and s.low(clause.start) in {"and", "then"}
            and all(
                s.low(k) in lx.ADVERBS | {"and", "then"} for k in range(clause.start, clause.verb)
            )
        ):
            # "I fill in the sheet, because …, and leave it at the depot": the subject of
            # the main clause before the aside; but "…, while the spotter watches for
            # incidents, and phones the supervisor": a contrast goes on with its own subject
            last = [c for c in s.clauses if c.end <= clause.start]
            if (
                last
                and last[-1].kind == "sub"
                and {s.low(last[-1].start), s.low(last[-1].start - 1)}
                & {"while", "whereas", "whilst"}
                and last[-1].subject_actor
            ):
                return last[-1].subject, last[-1].subject_actor
            before = [
                c
                for c in s.clauses
                if c.end <= clause.start and c.kind in ("main", "coord") and c.subject_actor
            ]
            if before:
                return before[-1].subject, before[-1].subject_actor
        if s.low(clause.start) == "whose" and (owner := s.np_before(clause.start)) is not None:
            # "our panel provider, Cint, whose platform sends …": a party's own system
            # stands for the party (STYLES.md)
            name = self.actor(owner, s)
            if name is not None:
                return owner, name
        np_ = self._subject(s, clause)
        if (
            clause.verb is not None
            and s.gerund_with_subject(clause.verb, clause.base)
            and (doer := s.np_before(clause.verb)) is not None
        ):
            np_ = doer  # "feedback is mostly the showrunner ringing …": the showrunner rings
        if np_ is not None and (after := self._said_after_examples(s, clause, np_)) is not None:
            np_ = after  # "When a firing goes wrong, cracked pieces or a glaze run, the
            # technician tells me": what went wrong, then who tells
        # who sends is an actor, whatever the noun ("citizens fill in …", "dispatchers email …")
        sends = not clause.passive and clause.base in SENDING
        # "…, which the lifeguards look at": who reads a board stands where only a reader can
        reads = (clause.object_relative and clause.base in lx.READ_VERBS) or (
            clause.kind == "rel" and works_from(s, clause)
        )  # "… a shared sheet that the soigneurs work from"
        # "the scheme actuary receives an extract from …": who receives stands where only a
        # party can, like who sends
        receives = (
            not clause.passive
            and clause.base in lx.RECEIVE_VERBS
            and np_ is not None
            and lx.verb_info(np_.head.lower()) is None  # "every find gets a number": a thing
        )
        # "The candidate wants a daily summary, so I email her …": only people want or need
        # to know, so who does is someone "her" may stand for later
        wants = (
            not clause.passive
            and clause.base in _WANTING
            and np_ is not None
            and not np_.is_pronoun
            and np_.toks[0].low in lx.DETERMINERS  # not "… the numbers and dietary needs"
            and clause.verb == np_.end
            and lx.verb_info(np_.head.lower()) is None
        )
        name = self.actor(np_, s, relaxed=sends or reads or receives or wants)
        if name is None and sends and np_ is not None:
            name = self._form_passing_on(np_, clause.base)
        if (
            np_ is not None
            and np_.is_pronoun
            and np_.toks[0].low in {"she", "he", "they"}
            and _word_before(s, np_) == "or"
            and (said := [c for c in s.clauses if c.end <= np_.start and c.subject_actor])
            and self.kind_of(said[-1].subject_actor or "") in HUMAN
        ):
            # "usually they ring the contact centre or they email their housing officer":
            # another way for the same people, whoever was named since
            return np_, said[-1].subject_actor
        if (
            np_ is not None
            and np_.is_pronoun
            and np_.toks[0].low in {"she", "he", "they"}
            and (
                clause.base in _PASSING_ON | lx.ENTRY_VERBS | _AMENDING
                # "Odoo emails the QA manager, and she rings me": a system sends to no one
                # who then acts but a person
                or self._system_sent_before(s, clause)
                or self._handles_what_came(s, clause)
            )
            and not clause.passive
            and clause.verb is not None
            and all(s.low(k) in lx.ADVERBS | lx.AUXILIARIES for k in range(np_.end, clause.verb))
            # "clients ring reception, or they book online": another way for the same people
            and _word_before(s, np_) != "or"
        ):
            # "the vet emails the notes to the head groom, and she passes anything urgent on
            # to the instructors", "customers ring the sales assistants, and they put the
            # booking into Spektrix": who passes on or enters what came is who received it
            receiver = self._last_single_receiver(s, clause, np_.toks[0].low)
            if receiver is not None and receiver in {self.speaker, self.speaker_unit}:
                receiver = None  # "the vet tells us …, and she enters it …": not us
            name = receiver or name
            if receiver:
                return np_, receiver
        if (
            np_ is not None
            and name == np_.toks[0].text
            and self._first_name_like(np_)
            and clause.base in _BY_HAND
            and not clause.passive
        ):
            # "boaters ring the licence team, and Kerry types them into Dynamics": a first
            # name nobody introduced, doing by hand what came, is someone who received it;
            # when nobody did, it is no one the map can name (never a system that types)
            receiver = None
            if s.low(np_.start - 1) == "and":
                receiver = self._last_single_receiver(
                    s, clause, "she"
                ) or self._last_single_receiver(s, clause, "they")
            return np_, receiver
        if (
            np_ is not None
            and np_.head == "ones"
            and (len(np_.words) > 1 or s.low(np_.end) in {"who", "that"})
        ):
            # "the small ones email me", "the ones who can't do online phone …": the people
            # or firms named last, never a department ("most suppliers email invoices to
            # accounts; the small ones post them")
            name = next(
                (
                    group
                    for group in (self.last_group, self.last_subject)
                    if group
                    and fold_plural(group) != group
                    and self.kind_of(group) in {ActorKind.person, ActorKind.organisation}
                ),
                None,
            )
        if (
            np_ is not None
            and np_.is_pronoun
            and clause.kind == "rel"
            and clause.parent
            and not (np_.toks[0].low in lx.FIRST_PERSON and name)  # "…, which I key into …"
        ):
            name = clause.parent.subject_actor or name
        if (
            name is None
            and s.low(clause.start) in {"that", "this"}
            and clause.verb == clause.start + 1
            and clause.kind == "main"
            and clause.base in _MAKING
        ):
            # "members report it in the app, and that creates a ticket": what the report
            # set off is made by the system it went into
            name = self._last_system_before(s, clause.start)
        if (
            name is None
            and np_ is not None
            and np_.toks[0].low == "it"
            and len(np_.toks) == 1
            and sends
            and clause.base not in lx.SYSTEM_ENTRY_VERBS
        ):
            # "… to the Brewmonitor dashboard, and it messages my phone": a system that
            # sends is the last system named before it in the sentence, unless "it also"
            # goes on with the system that sent before ("AdPoint drops them into Méthode,
            # and it also sends them to Legacy.com")
            senders = [c.subject_actor for c in s.clauses if c.end <= clause.start and c.verb]
            sent_before = senders[-1] if senders else None
            again = (
                s.low(np_.end) in {"also", "then"}
                and sent_before is not None
                and self.kind_of(sent_before) in SYSTEMS
            )
            name = sent_before if again else self._last_system_before(s, clause.start)
            if name is None and np_.start == 0 and self.said_in_turn > 1:
                # "I enter the rents in Orchard. It sends me an arrears report": opening a
                # sentence after another of the same turn, the system the flows said last (a
                # turn's first "it" answers the question, which may name another)
                name = self.system_last_used()
        if np_ is not None and name:
            others = [self.actor(o, s, relaxed=sends) for o in self._co_subjects(s, clause, np_)]
            clause.co_subjects = [o for o in others if o]
        return np_, name
