"""The reader: sentences one after the other, actors remembered, flows emitted (steps 2-4
and 6 of the package docstring)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from assistant.extract import lexicon as lx
from assistant.extract.heuristics import arrows
from assistant.extract.heuristics.clauses import (
    _asks_what,
    _bare_verb,
    _last_question,
    _passes_on,
    _reports_to,
    _retained_object,
    _says_back,
    _whole_name,
)
from assistant.extract.heuristics.cues import (
    _ADDITION,
    _APPOSITION,
    _BY_HAND,
    _CARRIERS,
    _CLEFT,
    _CLEFT_OBJECT,
    _CONFIRMS,
    _CORRECTION,
    _DONE_ANYWAY,
    _DUTY,
    _GENDER,
    _INTERJECTIONS,
    _LATE_SOURCE,
    _LOOK_VERBS,
    _MANUAL,
    _NEVER_IN_ACTORS,
    _NOT_A_FLOW_LINE,
    _NOT_ENTERING,
    _NOT_IN_NAMES,
    _OPENING_CORRECTION,
    _OWNED_CHANNELS,
    _PAPER,
    _PERSON_OBJECTS,
    _QUANTIFIERS,
    _QUESTION_WORDS,
    _SELF_INTRODUCTION,
    _SINGULAR_PERSON,
    _SYSTEM_NAMED,
    CHANNEL_PREPOSITIONS,
)
from assistant.extract.heuristics.maturity import HUMAN, PENDING, SYSTEMS, FlowDraft, judge_maturity
from assistant.extract.heuristics.naming import (
    Mention,
    _generic_app,
    _is_device,
    _shared_place,
    clip,
    known_keys,
    merge_names,
)
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import SENDING, Clause, Sentence
from assistant.extract.heuristics.tokens import Tok, is_proper, split_sentences, tokenize
from assistant.extract.heuristics.turns import parse_turns
from assistant.hypergraph.names import fold_plural, name_tokens, normalise_name
from assistant.media import MEDIUM_HEADS, SHARED_PLACES
from assistant.models.infoflow import Actor, ActorKind, Extraction, InformationFlow


@dataclass
class _ClauseRead:
    """One clause as the steps of ``_flows_of_clause`` see it: its parts, then the flow found."""

    s: Sentence
    clause: Clause
    pps: list[tuple[str, list[NP], int]]
    base: str
    subject: str | None
    passive: bool
    subject_pps: list[tuple[str, list[NP], int]] = field(default_factory=list)
    from_: list[str] = field(default_factory=list)
    obj: NP | None = None
    content_np: NP | None = None
    obj_actor: str | None = None
    content: str = ""
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


class FreeTextReader:
    """Reads sentences one after the other, remembering actors and the last subject."""

    def __init__(self, known_actors: Sequence[Actor] | None = None) -> None:
        self.known = list(known_actors or [])
        self.known_keys = known_keys(self.known)
        """What each listed actor may be called in the text, by normalised name."""
        self.mentions: dict[str, Mention] = {}
        self.flows: list[FlowDraft] = []
        self.last_subject: str | None = None
        self.last_content: str = ""
        self.received_from: dict[str, str] = {}
        self.proper_words: set[str] = set()
        self.speaker: str | None = None
        """In a transcript, the role of who is talking: what I/we/me/us stand for."""
        self.addressee: str | None = None
        """In a transcript, the role of the previous speaker: what "you" stands for."""
        self.first_names: dict[str, str] = {}
        self.last_system: str | None = None
        """The last system named by its own name, whose app "the app" may be."""
        self.writers: dict[str, str] = {}
        """Who last wrote on a paper carrier (ticket, sheet, folder), by its head noun."""
        self.aliases: dict[str, str] = {}
        """A role named beside a firm's proper name stands for the firm."""
        self.speakers: set[str] = set()
        """In a transcript, the roles of the people talking."""
        self.last_group: str | None = None
        """The last team, organisation or plural role named, for "they"."""
        self.previous_group: str | None = None
        """The group named before ``last_group``: "them" when the subject is the last group."""
        self.last_person: str | None = None
        self.persons: list[str] = []
        """Single persons in the order last named, for a pronoun that cannot be the last."""
        self.gender: dict[str, str] = {}
        """Who "he" or "she" has stood for: "she … to the finance officer. He …" is not her."""
        """The last single person named, for "she"/"he" when the subject is a team."""

    def _learn_appositions(self, text: str) -> None:
        """ "the fleet technician, Gary, …", "Sandra, she's our admin, …": a first name given
        beside a role stands for that role (first names never become actors)."""
        for match in _APPOSITION.finditer(text):
            role = match.group("role") or match.group("role2") or match.group("role3")
            name = match.group("name") or match.group("name2") or match.group("name3")
            words = role.split()
            kind = lx.actor_kind(words)
            firm = kind == ActorKind.organisation or fold_plural(words[-1].lower()) == "agent"
            if firm and not match.group("name2"):
                # "the contractor, Mears, …": a firm keeps its proper name (STYLES.md)
                key = normalise_name(name)
                self.mentions.setdefault(key, Mention(name, ActorKind.organisation))
                self.aliases.setdefault(normalise_name(role), self.mentions[key].name)
                continue
            if kind != ActorKind.person or name.lower() in lx.FIRST_PERSON:
                continue  # "Chipside, the back office": a system beside a desk
            self.first_names.setdefault(normalise_name(name), self.role(role))

    def _learn_system_names(self, text: str) -> None:
        """ "our collections system, that's Axiell": a system named by its kind, then by its
        proper name, keeps the proper name (STYLES.md)."""
        for match in _SYSTEM_NAMED.finditer(text):
            kind = match.group("kind") or match.group("kind2")
            words = kind.split()
            if lx.actor_kind(words) not in SYSTEMS:
                continue
            name = match.group("name") or match.group("name2")
            key = normalise_name(name)
            self.mentions.setdefault(key, Mention(name, ActorKind.tool))
            self.aliases.setdefault(normalise_name(kind), self.mentions[key].name)

    def _learn_proper_words(self, text: str) -> None:
        """Words written with a capital inside a sentence are names ("into Guidewire")."""
        for sentence in split_sentences(text):
            for tok in tokenize(sentence)[1:]:
                camel = tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])
                if (tok.text[:1].isupper() or camel) and tok.low not in lx.FIRST_PERSON:
                    self.proper_words.add(tok.low)

    # -- actors ------------------------------------------------------------------
    def _name(self, np_: NP) -> str:
        words = np_.words
        # a leading adjective of quantity is not part of the name ("all depot managers")
        while len(words) > 1 and (
            words[0].low in _NOT_IN_NAMES
            or words[0].low in {"both", "some", "many", "few", "either", "neither"}
            or (words[0].low in {"that", "this"} and words[1].low in {"same", "very"})
        ):
            words = words[1:]
        parts = []
        for t in words:
            keep = t.text
            if (
                t.i == 0
                and t.text[:1].isupper()
                and t.text[1:].islower()
                and t.low not in self.proper_words
            ):
                keep = t.text.lower()
            parts.append(keep)
        return " ".join(parts)

    def _singular_they(self, np_: NP, s: Sentence) -> str | None:
        """ "When a policyholder has an accident, they report it …": "they" for the one
        person an opening clause names with "a", "an", "any" or "every"."""
        opening = next((c for c in s.clauses if c.kind == "sub" and c.end <= np_.start), None)
        if opening is None:
            return None
        for cand in s.nps_between(opening.start, opening.end):
            if cand.prep is None and cand.toks[0].low in {"a", "an", "any", "every", "each"}:
                # by its own words a person ("a policyholder"), not any noun ("a delivery")
                if lx.actor_kind([t.text for t in cand.words]) != ActorKind.person:
                    return None
                name = self.actor(cand, s)
                return name if name and self.kind_of(name) in HUMAN else None
        return None

    def _pronoun(self, first: str) -> str | None:
        """Who a pronoun stands for, before its gender is checked."""
        if (
            first in _SINGULAR_PERSON
            and self.last_subject
            and (
                self.last_subject == self.speaker
                or fold_plural(self.last_subject) != self.last_subject
            )
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
            and fold_plural(self.last_subject) == self.last_subject
        ):
            return self.last_group  # one person before: "they" is the team named since
        if first in lx.PERSONAL_PRONOUNS:
            return self.last_subject
        if first == "you":
            return self.addressee
        return self.speaker if first in lx.FIRST_PERSON else None

    def actor(self, np_: NP | None, sentence: Sentence, *, relaxed: bool = False) -> str | None:
        """Register an actor phrase (resolving pronouns); its canonical name or None.

        ``relaxed``: the phrase stands where only an actor can (who sends, to whom), so an
        unknown noun is accepted as a person unless it is a channel, a time or an idea.
        """
        if np_ is None:
            return None
        first = np_.toks[0].low
        if np_.is_pronoun or (len(np_.toks) == 1 and first in lx.FIRST_PERSON):
            name = self._pronoun(first)
            if name is None and first in {"they", "them"}:
                name = self._singular_they(np_, sentence)
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
        while len(lows) > 1 and lows[0] in {"both", "some", "many", "few", "either", "neither"}:
            lows = lows[1:]  # "to both solicitors": the quantifier is not part of the name
        if lows and lows[-1] in {"one", "ones"}:
            return None  # "the small ones" stand for a group only as a subject (see below)
        if set(lows) & _NEVER_IN_ACTORS or (
            len(lows) == 1
            and not np_.proper
            and (lows[0] in _NOT_IN_NAMES or lx.verb_forms().get(lows[0], ("", ""))[1] == "past")
        ):
            return None  # "there", "here far longer than", "most", "approved"
        name = self._name(np_)
        key = normalise_name(name)
        if not key:
            return None
        if key in self.aliases:
            return self.aliases[key]
        if len(np_.words) == 1 and key in self.first_names:
            self.last_person = self.first_names[key]
            return self.first_names[key]  # "leave it at the depot for Kim"
        if key in self.mentions:
            self._saw(self.mentions[key])
            return self.mentions[key].name
        if (known := self.known_keys.get(key)) is not None:
            self.mentions[key] = Mention(known.name, known.kind, np_)
            return known.name
        proper = np_.proper or any(t.low in self.proper_words for t in np_.words)
        kind = lx.actor_kind([t.text for t in np_.words], proper=proper, relaxed=relaxed)
        if crew:
            kind = ActorKind.team
        if kind is None:
            return None
        self.mentions[key] = Mention(name, kind, np_)
        self._saw(self.mentions[key])
        return name

    def _saw(self, mention: Mention) -> None:
        if mention.kind == ActorKind.person and fold_plural(mention.name) == mention.name:
            self.last_person = mention.name
            if mention.name in self.persons:
                self.persons.remove(mention.name)
            self.persons.append(mention.name)
        elif mention.kind in HUMAN:
            if mention.name != self.last_group:
                self.previous_group = self.last_group
            self.last_group = mention.name
        elif mention.kind in SYSTEMS and not _generic_app(mention.name):
            self.last_system = mention.name

    def _app_of(self, name: str) -> str:
        """ "the phone app" is the app of the system last named ("CarePlanner …, the carers
        see their rota in the phone app"): a device's screen, not a system of its own."""
        if not _generic_app(name):
            return name
        for flow in reversed(self.flows):
            for other in [*flow.targets, flow.source]:
                if self.kind_of(other) in SYSTEMS and not _generic_app(other):
                    return other
        return self.last_system or name

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

    # -- per clause ----------------------------------------------------------------
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
            ):
                prep = word
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
                group: list[NP] = []
                np_ = s.np_at(j, end)
                while np_ is not None:
                    group.append(np_)
                    k = np_.end
                    if s.low(k) == "," and s.low(k + 1) in {"and", "or"}:
                        k += 1
                    if s.low(k) in {",", "and", "or"} and k + 1 < end:
                        nxt = s.np_at(k + 1, end)
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
            if np_.prep is None and not np_.is_time and s.low(np_.start - 1) != "of":
                if (
                    len(np_.toks) == 1
                    and np_.toks[0].low in _QUANTIFIERS
                    and s.low(np_.end) == "of"
                    and (whole := s.np_at(np_.end + 1, stop)) is not None
                ):
                    return whole  # "most of our restaurant customers phone …"
                return np_
            i = np_.end
        return None

    def _fronted_subject(self, s: Sentence, np_: NP, stop: int) -> NP | None:
        """A topic put first, then a pronoun subject: "Phone bookings I type into iCabbi",
        "Flour and so on, I order from the mill" — the pronoun is who acts."""
        k = np_.end
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
            if pronoun is not None and s.verb_at(k + 1) is not None:
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
        return out

    def _direct_object(self, s: Sentence, clause: Clause) -> NP | None:
        assert clause.verb is not None
        j = clause.verb + 1
        while j < clause.end and (s.low(j) in lx.PARTICLES or s.low(j) in lx.ADVERBS):
            j += 1
        if j >= clause.end or s.low(j) in lx.PREPOSITIONS:
            return None
        return s.np_at(j, clause.end)

    def _last_system_before(self, s: Sentence, before: int) -> str | None:
        """The last system named before a point, not counting channels ("via the network")."""
        for np_ in reversed(s.nps_between(0, before)):
            if np_.prep in CHANNEL_PREPOSITIONS:
                continue
            name = self.actor(np_, s)
            if name and self.kind_of(name) in SYSTEMS:
                return name
        return None

    def _content(self, np_: NP | None, s: Sentence) -> str:
        """What is passed: a phrase with its "of" complement ("a PDF of the mud log")."""
        if np_ is None:
            return ""
        if np_.is_pronoun:
            return self.last_content
        text = np_.text
        if s.low(np_.end) == "of":
            complement = s.np_at(np_.end + 1)
            if complement is not None and not complement.is_pronoun:
                text += " of " + " ".join(t.text for t in complement.toks)
        return text

    def read(self, text: str) -> None:
        self._learn_proper_words(text)
        self._learn_appositions(text)
        self._learn_system_names(text)
        turns = parse_turns(text)
        if turns is None:
            self.speaker = self._introduced_speaker(text)
            self._read_text(text)
            self.speaker = None
            return
        for turn in turns:
            if turn.role:
                role = self.role(turn.role)
                self.speakers.add(role)
                for first_name in turn.names:
                    self.first_names[normalise_name(first_name)] = role
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
            self._read_text(turn.body)
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
        last_said: int | None = None  # where the previous sentence's flows start
        for sentence_text in split_sentences(text):
            start = len(self.flows)
            if arrows.has_arrow(sentence_text):
                self._read_arrow_line(sentence_text)
            elif not _NOT_A_FLOW_LINE.match(sentence_text):
                opening = _OPENING_CORRECTION.match(sentence_text)
                body = sentence_text[opening.end() :] if opening else sentence_text
                if opening and not _CLEFT.match(body):
                    opening, body = None, sentence_text  # "Actually, …" only stresses
                if opening:
                    body = _CLEFT_OBJECT.sub(r"\g<who> \g<verb> \g<what>", body, count=1)
                self._read_corrected(body[:1].upper() + body[1:] if opening else body)
                if opening and last_said is not None and len(self.flows) > start > last_said:
                    self._withdraw_corrected(self.flows[start - 1], self.flows[start:])
            last_said = start if len(self.flows) > start else None

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
        for match in _SELF_INTRODUCTION.finditer(text):
            found = match.group("role") or match.group("role2") or match.group("role3")
            words = found.split()
            while words:
                proper = any(sum(c.isupper() for c in w) >= 2 for w in words)
                kind = lx.actor_kind(words, proper=proper)
                if kind in HUMAN:
                    return self.role(" ".join(words))
                words = words[:-1]
        return None

    def role(self, label: str) -> str:
        """A speaker's label as an actor: a role is a person unless its head says otherwise."""
        key = normalise_name(label)
        if key not in self.mentions:
            kind = lx.actor_kind(label.split(), relaxed=True) or ActorKind.person
            self.mentions[key] = Mention(label, kind)
        return self.mentions[key].name

    def _read_arrow_line(self, line: str) -> None:
        """A loose arrow line of bullet notes: each pair of endpoints is a flow."""
        segs = self._label_first(arrows.segments(line))
        content = arrows.content_of(segs)
        names: list[str | None] = []
        for index, seg in enumerate(segs):
            s = Sentence(seg.name) if seg.name else None
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
        for index in range(len(segs) - 1):
            source, target = names[index], names[index + 1]
            if not source or not target or source == target:
                continue
            cue_text = f"{segs[index].rest} {segs[index + 1].rest}"
            if index == len(segs) - 2 and len(segs) == 2:
                cue_text = f"{segs[0].rest} {segs[1].rest}"
            self._add(source, [target], content, cue_text, "", line)

    def _label_first(self, segs: list[arrows.Segment]) -> list[arrows.Segment]:
        """``discharge summ.: EPR -> GP practices``: what stands before the colon is a label
        (the content), and the source is the system named after it, when the label names no
        actor and the words after the colon name one on their own."""
        if not segs or not segs[0].colon_source:
            return segs
        label, rest = segs[0].name, segs[0].rest
        if not rest:
            return segs
        label_words = Sentence(label)
        if label_words.n and lx.actor_kind([t.text for t in label_words.toks if t.text.isalnum()]):
            return segs
        if len(rest.split()) > 3:
            return self._label_then_clause(segs, label, rest)
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
        # a bare name alone between the label's colon and the arrow stands where only an
        # actor can ("match results: coach → league sec")
        if np_ is None or not lx.actor_kind(
            [t.text for t in np_.words], proper=proper, relaxed=True
        ):
            return segs
        return [arrows.Segment(rest, f": {label.lstrip('-*•· ')}"), *segs[1:]]

    def _label_then_clause(
        self, segs: list[arrows.Segment], label: str, rest: str
    ) -> list[arrows.Segment]:
        """``trade orders: agencies email PDF + PO -> CSR``: a label, then a half-sentence
        whose subject sends what its verb takes to the end of the arrow."""
        after = Sentence(rest)
        clause = after.clauses[0] if after.clauses else None
        if clause is None or clause.verb is None or clause.passive or clause.base not in SENDING:
            return segs
        subject = self._subject(after, clause)
        if subject is None or subject.start != 0 or subject.end != clause.verb:
            return segs
        if self.actor(subject, after, relaxed=True) is None:
            return segs
        obj = after.np_at(clause.verb + 1)
        what = obj.text if obj is not None and self.actor(obj, after) is None else label
        return [arrows.Segment(subject.text, f": {what}"), *segs[1:]]

    def _owner_of_content(self, np_: NP, s: Sentence) -> str | None:
        """Whose the content is, when that is all that names the sender ("their tracking
        numbers come back …", "the supplier's invoices arrive …")."""
        first = np_.toks[0]
        if first.low == "their" and len(np_.toks) > 1:
            return self.last_group
        if first.low.endswith(("'s", "’s")) and len(np_.toks) > 1:
            mention = self.mentions.get(normalise_name(first.text[:-2]))
            return mention.name if mention else None
        # "the loss adjuster's report comes back …": the party named before "'s"
        at = next((k for k, t in enumerate(np_.toks[:-1]) if t.low.endswith(("'s", "’s"))), None)
        if at is None or at == 0 or np_.toks[0].low not in lx.DETERMINERS:
            return None
        words = [
            *np_.toks[1:at],
            Tok(np_.toks[at].text[:-2], np_.toks[at].low[:-2], np_.toks[at].i),
        ]
        if any(not t.low.isalpha() for t in words):
            return None
        owner = self.actor(NP(words, words[0].i, np_.toks[at].i + 1, None, np_.proper), s)
        return owner if owner and self.kind_of(owner) in HUMAN else None

    def _from_which(
        self, s: Sentence, clause: Clause, pps: list[tuple[str, list[NP], int]]
    ) -> bool:
        """ ", from which the director and the hub take it": readers of a shared place get it
        from its writer (the place is a medium, STYLES.md); ", from which they are pulled
        into iManage": the place, a system, passes it on. True when a flow was made."""
        antecedent, parent = clause.antecedent, clause.parent
        place = self.actor(antecedent, s) if antecedent is not None else None
        if parent is None or antecedent is None:
            return False
        sinks = [
            a for p, g, _ in pps if p in {"into", "to"} for a in (self.actor(n, s) for n in g) if a
        ]
        if clause.passive and place and sinks:
            self._emit(s, clause, place, sinks, self.last_content)
            return True
        phrases = (
            [clause.subject, *self._co_subjects(s, clause, clause.subject)]
            if (clause.subject is not None and not clause.subject.is_pronoun)
            else []
        )
        readers = [r for r in (self._recipient(np_, s) for np_ in phrases) if r] or [
            r for r in [clause.subject_actor, *clause.co_subjects] if r
        ]
        reads = clause.base in lx.READ_VERBS | lx.RECEIVE_VERBS | {"take", "download", "get"}
        if clause.passive or not readers or not reads:
            return False
        shared = antecedent.head in SHARED_PLACES or "shared" in {t.low for t in antecedent.toks}
        if parent.flow_index is not None and (shared or place is None):
            flow = self.flows[parent.flow_index]
            flow.targets = [r for r in readers if r != flow.source]
            self._saw_readers(readers)
            return True
        if place is not None and not shared:
            self._emit(s, clause, place, readers, self.last_content)
            return True
        return False

    def _saw_readers(self, readers: list[str]) -> None:
        for reader in readers:
            mention = self.mentions.get(normalise_name(reader))
            if mention is not None:
                self._saw(mention)

    def _through_channel(
        self, s: Sentence, clause: Clause, sources: list[str], targets: list[str]
    ) -> list[str]:
        """A channel that passes data on, in a relative clause ("report repairs on the council
        website, which passes them to Northgate"): the sender reaches the channel when the
        text makes it an actor (the chain is split), else the system directly ("through a
        web form that drops each request into Alma")."""
        parent = clause.parent
        antecedent = clause.antecedent
        if (
            clause.kind != "rel"
            or clause.object_relative
            or antecedent is None
            or antecedent.prep not in {"through", "via", "on", "using"}
            or parent is None
            or parent.flow_index is not None
            or not parent.subject_actor
            or parent.passive
            or self.kind_of(parent.subject_actor) not in HUMAN
            or not targets
        ):
            return sources
        channel = self.actor(antecedent, s)
        if channel is not None and sources == [channel]:
            content = self._content(self._direct_object(s, parent), s)
            self._emit(s, parent, parent.subject_actor, [channel], content)
            return sources
        if not sources and channel is None:
            return [parent.subject_actor]
        return sources

    def _more_objects(self, s: Sentence, clause: Clause, obj: NP) -> list[str]:
        """Actors coordinated with the object of a verb of telling ("alerts me and the
        safeguarding lead")."""
        out: list[str] = []
        k = obj.end
        while k < clause.end and s.low(k) in {"and", ","}:
            k += 1 + (s.low(k + 1) == "and")
            nxt = s.np_at(k, clause.end)
            name = self._recipient(nxt, s) if nxt is not None else None
            if nxt is None or name is None:
                break
            out.append(name)
            k = nxt.end
        return out

    def _last_sent_to(self, sender: str) -> str | None:
        """Whom ``sender`` last sent something to: what comes back comes from there."""
        for flow in reversed(self.flows):
            if flow.source == sender and flow.targets:
                return flow.targets[0]
        return None

    def _possessor(self, np_: NP, s: Sentence) -> str | None:
        """The party whose portal or website it is ("the search provider's portal")."""
        if np_.head not in _OWNED_CHANNELS:
            return None
        owner = next((t for t in np_.toks[:-1] if t.low.endswith(("'s", "’s"))), None)
        if owner is None:
            return self._compound_owner(np_, s)
        start = np_.start + (np_.toks[0].low in lx.DETERMINERS)
        words = list(s.toks[start : owner.i])
        stripped = [*words, Tok(owner.text[:-2], owner.low[:-2], owner.i)]
        name = self.actor(NP(stripped, start, owner.i + 1, None, np_.proper), s, relaxed=True)
        return name if name and self.kind_of(name) in HUMAN else None

    def _compound_owner(self, np_: NP, s: Sentence) -> str | None:
        """The party or system named before a portal or form ("the Land Registry portal",
        "the Beacon form"): a proper name, or a party by its own words ("the council
        website"); "the web form", "the booking portal" name nobody."""
        words = [t for t in np_.toks[:-1] if t.low not in lx.DETERMINERS]
        if not words or len(words) > 3 or words[0].i != np_.toks[-1].i - len(words):
            return None
        if any(t.low in lx.WEB_WORDS or t.low in {"online", "web", "new", "own"} for t in words):
            return None
        proper = all(t.text[:1].isupper() for t in words)
        sub = NP(words, words[0].i, np_.toks[-1].i, None, proper)
        name = self.actor(sub, s)
        if name is None:
            return None
        kind = self.kind_of(name)
        return name if kind in HUMAN or (proper and kind in SYSTEMS) else None

    def _device_owner(self, np_: NP, s: Sentence) -> str | None:
        """Whose phone or tablet it is ("my phone", "the herdsman's phone"): a device is
        the screen of a system, and what reaches it reaches the one carrying it."""
        if len(np_.toks) < 2 or fold_plural(np_.head) not in lx.DEVICE_HEADS | {"phone", "mobile"}:
            return None
        first = np_.toks[0]
        if first.low == "my":
            return self.speaker  # "our tablets" are the firm's: see who reads them
        if first.low in {"his", "her"}:
            return self.last_person
        if first.low == "their":
            return self.last_group
        owner = next((t for t in np_.toks if t.low.endswith(("'s", "’s"))), None)
        if owner is None or owner is np_.toks[-1]:
            return None
        start = np_.start + (np_.toks[0].low in lx.DETERMINERS)
        words = [t for t in s.toks[start : owner.i + 1]]
        stripped = [*words[:-1], Tok(owner.text[:-2], owner.low[:-2], owner.i)]
        return self.actor(NP(stripped, start, owner.i + 1, None, np_.proper), s, relaxed=True)

    def _owner(self, np_: NP, s: Sentence) -> str | None:
        """The party behind a portal named as theirs ("uploads it to their portal", "on the
        carrier's web portal"): an external party's own system stands for the party."""
        possessive = len(np_.words) == 1 and np_.head.endswith(("'s", "’s"))
        if np_.head not in _OWNED_CHANNELS and not (
            possessive and s.low(np_.end) in _OWNED_CHANNELS
        ):
            return None
        first = next((t for t in np_.toks if t.low not in {"the", "a", "an"}), np_.toks[0])
        if first.low in {"their", "its"}:
            return self.last_group
        if (
            len(np_.words) == 1
            and first.low.endswith(("'s", "’s"))
            and s.low(np_.end) in _OWNED_CHANNELS
        ):
            np_ = NP([*np_.toks, s.toks[np_.end]], np_.start, np_.end + 1, np_.prep, np_.proper)
        if first.low.endswith(("'s", "’s")) and first is not np_.toks[-1]:
            owner = NP([first], first.i, first.i + 1, None, is_proper(first, first=first.i == 0))
            stripped = first.text[:-2]
            key = normalise_name(stripped)
            if key in self.mentions:
                return self.mentions[key].name
            kind = lx.actor_kind([stripped], proper=owner.proper)
            if kind in HUMAN or (kind is not None and owner.proper):
                self.mentions[key] = Mention(stripped, kind, owner)
                return stripped
        return None

    def _holder_of(self, content: str) -> str | None:
        """Who last received a document of this name ("WIP report -> partners")."""
        key = set(name_tokens(content))
        for flow in reversed(self.flows):
            if key and key <= set(name_tokens(flow.content)):
                return flow.targets[0]
        return None

    def _add(
        self,
        source: str,
        targets: list[str],
        content: str,
        cue_text: str,
        fallback_text: str,
        sentence_text: str,
    ) -> None:
        """Record a flow draft; maturity is judged at the end from its cue text."""
        freq = lx.FREQUENCY.search(cue_text) or lx.FREQUENCY.search(sentence_text)
        kind = self.kind_of(source)
        for target in targets:
            self.received_from[target] = source
        if content:
            self.last_content = content
        self.flows.append(
            FlowDraft(
                source=source,
                targets=targets,
                content=content,
                cue_text=cue_text,
                fallback_text=fallback_text,
                frequency=freq.group(0)[:1].lower() + freq.group(0)[1:] if freq else "",
                human_source=kind in HUMAN,
                source_kind=kind,
                target_kinds=[self.kind_of(t) for t in targets],
            )
        )

    def _read_sentence(self, s: Sentence) -> None:
        first_new = len(self.flows)
        for clause in s.clauses:
            self._read_clause(s, clause)
        # carriers named in clauses that made no flow ("keeps a list in a shared spreadsheet")
        spare = " ".join(
            " ".join(t.text for t in s.toks[c.start : c.end]) for c in s.clauses if not c.made_flow
        )
        for flow in self.flows[first_new:]:  # only this sentence's: linear in the answer
            if flow.fallback_text == PENDING:
                flow.fallback_text = spare

    def _clause_subject(self, s: Sentence, clause: Clause) -> tuple[NP | None, str | None]:
        if clause.kind == "coord" and clause.parent is not None:
            parent = clause.parent
            verb = s.verbs.get(clause.verb) if clause.verb is not None else None
            if parent.passive and verb and (verb[1] == "past" or verb[0] in lx.SAME_PARTICIPLE):
                clause.passive = True
                clause.agent_actor = parent.agent_actor
            clause.co_subjects = list(parent.co_subjects)
            clause.subject_from = list(parent.subject_from)
            return parent.subject, parent.subject_actor
        if clause.kind == "rel" and clause.verb is None and s.low(clause.start) in lx.BE_FORMS:
            # "our planner, who is my brother, …": a description, not a new actor
            return clause.antecedent, self.actor(clause.antecedent, s)
        if clause.kind == "rel" and clause.verb is not None:
            between = range(clause.start, clause.verb)
            if all(s.low(k) in lx.ADVERBS | lx.AUXILIARIES for k in between):
                name = self.actor(clause.antecedent, s)
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
            # the main clause before the aside
            before = [
                c
                for c in s.clauses
                if c.end <= clause.start and c.kind in ("main", "coord") and c.subject_actor
            ]
            if before:
                return before[-1].subject, before[-1].subject_actor
        np_ = self._subject(s, clause)
        # who sends is an actor, whatever the noun ("citizens fill in …", "dispatchers email …")
        sends = not clause.passive and clause.base in SENDING
        # "…, which the lifeguards look at": who reads a board stands where only a reader can
        reads = clause.object_relative and clause.base in lx.READ_VERBS
        name = self.actor(np_, s, relaxed=sends or reads)
        if np_ is not None and len(np_.words) > 1 and np_.head == "ones":
            # "the small ones email me": the plural group named before
            group = self.last_group
            name = group if group and fold_plural(group) != group else None
        if np_ is not None and np_.is_pronoun and clause.kind == "rel" and clause.parent:
            name = clause.parent.subject_actor or name
        if (
            name is None
            and np_ is not None
            and np_.toks[0].low == "it"
            and len(np_.toks) == 1
            and sends
            and clause.base not in lx.SYSTEM_ENTRY_VERBS
        ):
            # "… to the Brewmonitor dashboard, and it messages my phone": a system that
            # sends is the last system named before it in the sentence
            name = self._last_system_before(s, clause.start)
        if np_ is not None and name:
            others = [self.actor(o, s, relaxed=sends) for o in self._co_subjects(s, clause, np_)]
            clause.co_subjects = [o for o in others if o]
        return np_, name

    def _read_clause(self, s: Sentence, clause: Clause) -> None:
        clause.subject, clause.subject_actor = self._clause_subject(s, clause)
        if clause.verb is None:
            return
        pps = self._pps(s, clause.verb + 1, clause.end)
        if clause.passive:
            agents = [
                a for p, g, _ in pps if p == "by" for a in (self._recipient(n, s) for n in g) if a
            ]
            clause.agent_actor = agents[0] if agents else clause.agent_actor
        subject = clause.subject_actor
        if subject and not clause.passive and clause.base in _BY_HAND:
            self._person_acronym(subject)  # "CSR re-keys the orders": a role, not a system
        if subject and not clause.passive and self.kind_of(subject) in HUMAN:
            self.last_subject = subject
        self._flows_of_clause(s, clause, pps)

    def _actor_of(self, s: Sentence) -> Callable[[NP], str | None]:
        """``self.actor`` bound to a sentence, for ``map``."""
        return lambda np_: self.actor(np_, s)

    def _so_sender(self, s: Sentence, clause: Clause) -> str | None:
        """ "Members sign up on the Beacon form, so their details go straight into Beacon":
        what goes somewhere as the result of what a person did comes from that person."""
        assert clause.verb is not None
        so = next(
            (
                j
                for j in range(clause.verb - 1, max(clause.verb - 12, 1), -1)
                if s.low(j) == "so" and s.low(j - 1) == ","
            ),
            None,
        )
        if so is None:
            return None
        before = [
            c
            for c in s.clauses
            if c.verb is not None and c.verb < so and c.kind in ("main", "coord")
        ]
        if not before or before[-1].passive:
            return None
        # who acted stands where only an actor can ("members reserve books online, so …")
        doer = before[-1].subject_actor or self.actor(before[-1].subject, s, relaxed=True)
        return doer if doer and self.kind_of(doer) in HUMAN else None

    def _person_acronym(self, name: str) -> None:
        """An acronym that re-keys, types, phones or signs is a role ("CSR", "EMD", "FD"),
        not a system, unless it is a system the lexicon knows."""
        mention = self.mentions.get(normalise_name(name))
        if (
            mention is not None
            and mention.kind == ActorKind.tool
            and name.isupper()
            and 2 <= len(name) <= 5
            and name.lower() not in lx.KNOWN_TOOLS
        ):
            mention.kind = ActorKind.person

    def _system_already(self, pps: list[tuple[str, list[NP], int]]) -> bool:
        """A name after "in"/"into" known as a system by the text so far or by its own words,
        or written like a product ("SkiData", "TRACES"): "fix faults in Leeds" names a place,
        not a system."""
        for prep, group, _ in pps:
            for np_ in group if prep in {"in", "into"} else []:
                mention = self.mentions.get(normalise_name(self._name(np_)))
                if mention is not None and mention.kind in SYSTEMS:
                    return True
                if lx.actor_kind([t.text for t in np_.words]) in SYSTEMS:
                    return True
                if any(
                    len(t.text) > 1 and (t.text.isupper() or any(c.isupper() for c in t.text[1:]))
                    for t in np_.words
                ):
                    return True  # "SkiData", "TRACES", "PrintIQ": written like a product
        return False

    def _named_system(self, name: str) -> bool:
        """The system is named by its own (proper) name, not only by its kind."""
        mention = self.mentions.get(normalise_name(name))
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

    def _relative_maker(self, s: Sentence, clause: Clause) -> str | None:
        """Who made what is received, named in an object relative on it: "Parents receive
        a message that Bromcom generates automatically" — from Bromcom."""
        for other in s.clauses:
            if other.kind == "rel" and other.parent is clause and other.verb is not None:
                between = range(other.start, other.verb)
                if all(s.low(k) in lx.ADVERBS | lx.AUXILIARIES for k in between):
                    continue  # a subject relative, not an object one
                maker = self.actor(self._subject(s, other), s)
                if maker:
                    return maker
        return None

    def _earlier_writer(self, s: Sentence, clause: Clause) -> str | None:
        """The person who wrote it down earlier in the sentence: "volunteers write the
        weight on a sheet; the sheets are handed to the office administrator"."""
        for other in reversed(s.clauses):
            if other.end > clause.start or other.passive or not other.subject_actor:
                continue
            writes = other.base in lx.ENTRY_VERBS | {"write", "note", "jot", "fill", "complete"}
            if writes and self.kind_of(other.subject_actor) in HUMAN:
                return other.subject_actor
        return None

    def _relative_agent(self, s: Sentence, clause: Clause) -> str | None:
        """The agent of a relative clause on the same subject: "Repair estimates, which are
        prepared by the body shops, are emailed to …" are sent by the body shops."""
        main = clause.parent if clause.kind == "coord" and clause.parent else clause
        for other in s.clauses:
            if (
                other.kind == "rel"
                and other.parent is main
                and other.start < clause.start
                and other.agent_actor
            ):
                return other.agent_actor
        for other in s.clauses:
            # "The completion statement, which the accounts team prepares in Excel, is
            # emailed to …": who made it in an object relative on the subject sends it
            if (
                other.kind == "rel"
                and other.parent is main
                and other.start < clause.start
                and other.object_relative
                and not other.passive
                and other.subject_actor
                and self.kind_of(other.subject_actor) in HUMAN
                and other.base not in lx.RECEIVE_VERBS | lx.READ_VERBS
            ):
                return other.subject_actor
        return None

    def _system_in(self, s: Sentence, np_: NP | None) -> str | None:
        """A system named inside a phrase ("WellView data" → WellView)."""
        if np_ is None:
            return None
        for tok in np_.words:
            if is_proper(tok, first=tok.i == 0) or tok.low in self.proper_words:
                name = self.actor(NP([tok], tok.i, tok.i + 1, None, True), s)
                if name and self.kind_of(name) in SYSTEMS:
                    return name
        return None

    def _flows_of_clause(
        self, s: Sentence, clause: Clause, pps: list[tuple[str, list[NP], int]]
    ) -> None:
        """The flows of one clause: its parts first, then the steps below in order, the first
        whose construction matches finding sources and targets, then the common last steps."""
        assert clause.verb is not None
        if self._not_today(s, clause) or _reports_to(s, clause):
            return
        if clause.rel_prep and self._from_which(s, clause, pps):
            return
        c = _ClauseRead(s, clause, pps, clause.base, clause.subject_actor, clause.passive)
        subject, passive = c.subject, c.passive
        named = self._named_after(c)
        if not passive and subject and self.kind_of(subject) in HUMAN:
            for prep, group, _ in pps:
                for np_ in group if prep in {"on", "onto", "in", "into"} else []:
                    head = fold_plural(np_.head)
                    if head in _PAPER or (head in MEDIUM_HEADS and head not in SHARED_PLACES):
                        self.writers[fold_plural(np_.head)] = subject  # "… on the ticket"
        c.subject_pps = subject_pps = self._pps(s, clause.start, clause.verb)
        clause.subject_from = clause.subject_from or [
            a
            for p, g, _ in subject_pps
            if p == "from"
            for a in (self._recipient(n, s) for n in g)
            if a
        ]
        c.from_ = named({"from"}) or clause.subject_from
        self._object_parts(c)
        content_np = c.content_np
        if (
            content_np is not None
            and c.base in lx.CARRY_VERBS
            and fold_plural(content_np.head) in lx.PHYSICAL_CONTENT
        ):
            return  # "the pharmacy sends the medication up to the ward": not information
        c.content = self._content(content_np, s)
        steps = (
            self._flows_received,
            self._flows_read_from_system,
            self._flows_looked_up,
            self._flows_requested,
            self._flows_arrived,
            self._flows_sent,
            self._flows_on_board,
            self._flows_set_in_system,
            self._flows_done_in_named_system,
        )
        for step in steps:
            if step(c):
                break
        self._flows_to_readers(c)

    def _named_after(self, c: _ClauseRead) -> Callable[..., list[str]]:
        """The actors after some prepositions of the clause, as ``named(preps, systems=…)``."""
        s, clause, pps, subject = c.s, c.clause, c.pps, c.subject

        def named(preps: Iterable[str], *, systems: bool | None = None) -> list[str]:
            """Actors after these prepositions; ``systems`` keeps only systems (or only others)."""
            base = c.base  # read when called: "let … know" turns the verb into "tell"
            out: list[str] = []
            for prep, group, _ in pps:
                if prep not in preps:
                    continue
                for np_ in group:
                    holder = self._device_owner(np_, s)
                    if holder is not None:
                        if prep in {"to", "into", "onto", "on"}:
                            out.append(holder)  # "an alert to the herdsman's phone"
                        continue
                    # only a party can stand after "to", "from", "books it with"
                    relaxed = prep in {"to", "from"} or (
                        prep == "with" and base in lx.WITH_RECIPIENT_VERBS
                    )
                    owner = self._owner(np_, s)
                    if owner is not None:
                        mention = self.mentions.get(normalise_name(owner))
                        if prep in {"into", "in"} and mention and mention.np and mention.np.proper:
                            mention.kind = ActorKind.tool  # "into Aderant's calendar"
                        if prep in {"to", "into", "onto", "on", "in"}:
                            out.append(owner)
                        continue
                    if (
                        fold_plural(np_.head) in _PAPER
                        and not np_.proper
                        and not {t.low for t in np_.toks} & (lx.WEB_WORDS | {"online", "shared"})
                    ):
                        continue  # "fills in the lab docket": paper is a medium, never an actor
                    name = self._recipient(np_, s) if relaxed else self.actor(np_, s)
                    if name is not None and np_.is_pronoun and name == subject:
                        # "the notes that the agents email to them": a pronoun after the
                        # verb is not its own subject but who was named before it
                        name = self._other_than(clause, subject)
                    if name is None:
                        continue
                    mention = self.mentions.get(normalise_name(name))
                    if (
                        (prep == "into" or (systems and prep in {"in", "on", "within"}))
                        and np_.proper
                        and mention
                        and mention.kind == ActorKind.person
                    ):
                        mention.kind = ActorKind.tool  # data goes into a system, not a person
                    if systems is not None and (self.kind_of(name) in SYSTEMS) != systems:
                        continue
                    out.append(name)
            return out

        return named

    def _object_parts(self, c: _ClauseRead) -> None:
        """The object and what is passed: a person object receives ("ring us"), an indirect
        object ("send the clubs a list"), a device's owner, "lets X know" as telling."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj = None if passive else self._direct_object(s, clause)
        content_np = clause.subject if passive or base in lx.ARRIVE_VERBS else obj
        obj_actor = None
        if obj is not None and obj.is_pronoun and obj.toks[0].low in _PERSON_OBJECTS:
            obj_actor = self.actor(obj, s)  # "residents ring us", "she calls him"
        elif (
            obj is not None
            and not obj.is_pronoun
            and base in lx.SEND_VERBS
            and s.low(obj.end) in {"a", "an", "the", "their", "our", "its", "my", "your"}
            and (second := s.np_at(obj.end, clause.end)) is not None
            and self.actor(second, s) is None
            and (indirect := self.actor(obj, s, relaxed=True)) is not None
        ):
            obj_actor = indirect  # "I send the clubs a list": the clubs receive the list
            content_np = second
        elif (
            obj is not None
            and obj.toks[0].low == "them"
            and base in lx.SEND_VERBS
            and s.low(obj.end) in lx.DETERMINERS
            and s.low(obj.end) not in {"this", "that", "these", "those", "each", "every"}
        ):
            obj_actor = self.actor(obj, s)  # "ops send them the invoice": them receive it
            if obj_actor == subject:
                obj_actor = self.previous_group if self.last_group == subject else self.last_group
            content_np = s.np_at(obj.end, clause.end)
        elif obj is not None and (holder := self._device_owner(obj, s)) is not None:
            obj_actor = holder  # "it messages my phone": whoever carries the phone
            content_np = None
        elif obj is not None and not obj.is_pronoun:
            obj_actor = self.actor(
                obj,
                s,
                relaxed=base in lx.TELL_VERBS
                or (base == "ask" and s.low(obj.end) in _QUESTION_WORDS),
            )
        if obj_actor is not None and content_np is obj:
            # "phones the reliability team about anything critical": the object is a person
            about = next((g[0] for p, g, _ in pps if p == "about"), None)
            content_np = about
        if base == "let" and obj is not None and len(obj.toks) > 1 and obj.toks[-1].low == "know":
            # "she lets the head of year know": telling
            obj = NP(obj.toks[:-1], obj.start, obj.end - 1, obj.prep, obj.proper)
            obj_actor = self.actor(obj, s, relaxed=True)
            content_np = next((g[0] for p, g, _ in pps if p == "about"), None)
            base = "tell"
        elif (
            base == "let" and obj_actor is not None and obj is not None and s.low(obj.end) == "know"
        ):
            base = "tell"
        c.obj, c.content_np, c.obj_actor, c.base = obj, content_np, obj_actor, base

    def _flows_received(self, c: _ClauseRead) -> bool:
        """Receiving ("gets it from X", "is read by Y"): from the giver to
        the receiver, the giver found in a parent clause, a maker or a system if unnamed."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, content = c.from_, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if base in lx.RECEIVE_VERBS or (passive and base in lx.READ_VERBS):
            receiver = clause.agent_actor if passive else subject
            giver = from_[0] if from_ else (subject if passive and subject else None)
            if giver is None and passive and clause.kind == "rel" and clause.parent:
                giver = clause.parent.subject_actor  # "a slip that is collected by X"
            if giver is None and not passive:
                giver = self._relative_maker(s, clause)  # "a message that Bromcom generates"
            if giver is None and not passive:
                # "the players get it through the OPAS app": the system it comes through
                shown = named({"through", "via"}, systems=True)
                giver = shown[0] if shown else None
            if giver and receiver:
                sources, targets = [giver], [receiver]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_read_from_system(self, c: _ClauseRead) -> bool:
        """A person reading something out of a system ("checks the TTO in
        EPMA"): from the system to the reader."""
        base, subject, passive = c.base, c.subject, c.passive
        obj, content = c.obj, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if (
            base in lx.READ_VERBS
            and base not in lx.SYSTEM_ENTRY_VERBS
            and not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and not (obj is not None and (obj.is_pronoun or obj.head in {"one", "ones"}))
            and (shown := named({"from", "in", "on"}, systems=True))
        ):
            # "reads the exceptions report from the tracking platform", "checks the TTO in
            # EPMA": what a person reads out of a system flows from the system to them
            sources, targets = [self._app_of(shown[0])], [subject]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_looked_up(self, c: _ClauseRead) -> bool:
        """A person looking at a system itself ("I check Pulse every
        morning"): from the system to the person."""
        s, base, subject, passive = c.s, c.base, c.subject, c.passive
        obj, content = c.obj, c.content
        sources: list[str] = []
        targets: list[str] = []
        if (
            base in _LOOK_VERBS
            and not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and obj is not None
            and (shown_system := self.actor(obj, s)) is not None
            and self.kind_of(shown_system) in SYSTEMS
        ):
            sources, targets = [shown_system], [subject]  # "I check Pulse every morning"
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_requested(self, c: _ClauseRead) -> bool:
        """Asking and requesting ("orders searches from X", "asks the nurse
        how many beds are free"): to whom is asked, or the answer back when a question follows."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj, obj_actor, content = c.obj, c.obj_actor, c.content
        named = self._named_after(c)
        assert clause.verb is not None
        sources: list[str] = []
        targets: list[str] = []
        if base in lx.REQUEST_VERBS:
            requester = clause.agent_actor if passive else subject
            sources = [requester] if requester else []
            targets = named({"from", "to"}) or ([obj_actor] if obj_actor else [])
            if not targets and not passive:
                # "orders the searches on the search provider's portal": from its owner
                owners = [
                    o
                    for p, g, _ in pps
                    if p in {"on", "through", "via"}
                    for o in (self._owner(np_, s) or self._possessor(np_, s) for np_ in g)
                    if o
                ]
                targets = owners[:1]
            unnamed = obj is None or obj.toks[0].low in _QUESTION_WORDS
            asked = self._asked_before(s, clause) if unnamed and requester else None
            if asked is not None and s.low(clause.verb + 1) in _QUESTION_WORDS:
                # "rings control to ask how many crews are short": the one called answers
                sources, targets = [asked], [requester] if requester else []
                content = " ".join(
                    t.text for t in s.toks[clause.verb + 1 : clause.end] if t.text.isalnum()
                )
                self._withdraw_purpose_carrier(s, clause)
            elif obj is not None and obj_actor and _asks_what(s, clause, obj) and requester:
                # "asks the nurse in charge how many beds are free": the answer is the flow,
                # and the call made to ask it carries no information of its own
                sources, targets = [obj_actor], [requester]
                near = range(obj.end, min(s.n, obj.end + 6))
                asked_at = next((k for k in near if s.low(k) in _QUESTION_WORDS), obj.end)
                until = max(clause.end, next((c.end for c in s.clauses if c.start > asked_at), 0))
                content = " ".join(t.text for t in s.toks[asked_at:until] if t.text.isalnum())
                self._withdraw_purpose_carrier(s, clause)
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_arrived(self, c: _ClauseRead) -> bool:
        """Arriving ("the job goes to the contractor", "comes back to ops"):
        the source is who held, wrote or sent it before, or the main clause's subject."""
        s, clause, base, passive = c.s, c.clause, c.base, c.passive
        from_, obj_actor, content = c.from_, c.obj_actor, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if base in lx.ARRIVE_VERBS:
            source = from_[0] if from_ else None
            if source is None and clause.subject is not None and not passive:
                source = self._owner_of_content(clause.subject, s)  # "their numbers come …"
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "the job then goes to the contractor": from where the job was put last
                holder = self._holder_of(clause.subject.text)
                source = holder if holder and self.kind_of(holder) in SYSTEMS else None
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "the press operators write the readings on the ticket … then the ticket
                # comes back to me": from whoever wrote on it last
                source = self.writers.get(fold_plural(clause.subject.head))
            if source is None and _says_back(s, clause):
                back_to = named({"to"})  # "the confirmation comes back to ops": from whom
                source = self._last_sent_to(back_to[0]) if back_to else None
            if source is None and clause.kind == "rel" and clause.parent is not None:
                source = clause.parent.agent_actor or clause.parent.subject_actor
            if source is None and clause.subject is not None and clause.subject.is_pronoun:
                before = [c for c in s.clauses if c.end <= clause.start and c.subject_actor]
                source = before[-1].subject_actor if before else None  # "… and it goes into"
            if source is None and not passive:
                source = self._so_sender(s, clause)
            if source is None and clause.kind == "coord":
                source = self._relative_agent(s, clause)  # "X that are sent by A arrive in B"
            sources = [source] if source else []
            targets = (
                named({"to", "into", "onto"})
                or ([obj_actor] if obj_actor else [])
                or (named({"in"}, systems=True) if sources else [])
            )
            if sources and not targets and from_:
                # "jobs come in from the forwarders, and our planner writes them on the
                # board": whoever handles what came in next is who received it
                handler = self._next_handler(s, clause)
                targets = [handler] if handler and handler not in sources else []
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_sent(self, c: _ClauseRead) -> bool:
        """Sending, telling and entering ("emails X to Y", "enters it in SAP", "is sent a
        summary"): targets, then readers of a shared place, then the source."""
        if not (c.base in lx.SEND_VERBS or c.base in lx.SYSTEM_ENTRY_VERBS):
            return False
        targets = self._sent_targets(c)
        targets = self._sent_readers(c, targets)
        c.sources, c.targets = self._sent_source(c, targets)
        return True

    def _sent_targets(self, c: _ClauseRead) -> list[str]:
        """Who a sending or entering verb reaches: after to/into/with/for, the object told,
        or the owner of the portal or form it goes through."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj, obj_actor = c.obj, c.obj_actor
        named = self._named_after(c)
        targets: list[str] = []
        if base in lx.SYSTEM_ENTRY_VERBS and base not in lx.SEND_VERBS:
            targets = named({"to", "into", "onto", "in", "on", "within"}, systems=True)
            if base in lx.WITH_RECIPIENT_VERBS:
                # "we book it by phone with the surgery": the party booked with
                targets += [t for t in named({"with"}) if self.kind_of(t) in HUMAN]
        else:
            targets = named({"to", "into", "onto"})
            if base in lx.ENTRY_VERBS:
                targets += named({"in", "on", "within"}, systems=True)
            if base in lx.SHARE_WITH_VERBS:
                targets += named({"with"})
            if base in lx.WITH_RECIPIENT_VERBS:
                targets += [t for t in named({"with"}) if self.kind_of(t) in HUMAN]
            if base in lx.FOR_VERBS:
                targets += named({"for"}, systems=False)
            takes_out = base in (lx.PULL_VERBS - {"copy"}) or base == "print"
            # "calls the cues over the headsets to the crew": with a recipient named,
            # an object that only stands where a person could is what is passed
            content_object = (
                bool(targets)
                and obj is not None
                and not obj.is_pronoun
                and not self._plain_actor(obj, lexical=True)
            )
            if (
                obj_actor
                and not content_object
                and (base in lx.TELL_VERBS or not (targets or takes_out))
            ):
                targets = [obj_actor, *targets]
                if obj is not None and base in lx.TELL_VERBS:
                    targets += self._more_objects(s, clause, obj)
        if not targets and base in lx.SEND_VERBS - lx.TELL_VERBS and (subject or passive):
            # "submitted by the clerks through the Land Registry portal", "sign up on the
            # council's website": a party's portal or form reaches the party
            targets = [
                o
                for p, g, _ in pps
                if p in {"through", "via", "on", "using"}
                for o in (self._possessor(np_, s) for np_ in g if not _passes_on(s, np_))
                if o and o != subject
            ][:1]
        return targets

    def _sent_readers(self, c: _ClauseRead, targets: list[str]) -> list[str]:
        """A shared place, board or carrier written on is a medium to its readers; in a
        meeting, a call or a form reaches the speaker or the person present (STYLES.md)."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj = c.obj
        subject_pps = c.subject_pps
        named = self._named_after(c)
        assert clause.verb is not None
        places = [t for t in targets if _shared_place(t)]
        shared = places or any(
            _shared_place(np_.text) or "shared" in {t.low for t in np_.toks}
            for p, g, _ in pps
            if p in {"on", "in", "to", "into", "onto"}
            for np_ in g
        )
        written = (
            not passive
            and base in lx.ENTRY_VERBS | {"write", "draw", "pin", "leave", "put"}
            and any(
                fold_plural(np_.head) in _CARRIERS
                for p, g, _ in pps
                if p in {"on", "onto", "in", "into"}
                for np_ in g
            )
        )  # "record the deaths on a clipboard for the database officer"
        fronted = [  # "For the weekend staff I write the jobs on the whiteboard"
            a
            for p, g, _ in subject_pps
            if p == "for"
            for a in map(self._actor_of(s), g)
            if a and a != subject
        ]
        readers = (
            [t for t in named({"for"}) + fronted if self.kind_of(t) in HUMAN]
            if shared or written
            else []
        )
        on_board = [
            np_
            for p, g, _ in pps
            if p in {"on", "onto"}
            for np_ in g
            if np_.head in {"board", "whiteboard", "noticeboard", "portal"}
        ]
        if not readers and (places or on_board) and not passive:
            # "writes it on the board so the relief milker knows", "posts them on its
            # portal, where the farm manager looks them up": the reader is named after
            reader = self._reader_after(s, clause)
            readers = [reader] if reader else []
            places += [
                t
                for t in targets
                if normalise_name(t) in {normalise_name(self._name(np_)) for np_ in on_board}
            ]
        if readers:
            # "puts the checklist for them on the SharePoint site": a shared place is a
            # medium from the writer to its readers (STYLES.md)
            targets = [t for t in targets if t not in places] + readers
        if (
            not targets
            and obj is None
            and not passive
            and base in {"call", "ring", "phone", "telephone"}
            and self.speaker in self.speakers
            and subject
            and subject != self.speaker
            and s.low(clause.verb + 1) not in {"back", "round", "around"}
        ):
            targets = [self.speaker]  # in a meeting, "a client calls, I take the details"
        if base in lx.ENTRY_VERBS | lx.FOR_VERBS | {"leave", "drop"} and not passive:
            # in a meeting, "I fill in the form for Dave": written for someone present
            present = [t for t in named({"for"}, systems=False) if t in self.speakers]
            targets += [t for t in present if t not in targets and t != subject]
        return targets

    def _sent_source(self, c: _ClauseRead, targets: list[str]) -> tuple[list[str], list[str]]:
        """Who sends: the agent or where a passive came from, else the subject; and, when
        no target was named, who the thing went back or was handed over to."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, obj, content = c.from_, c.obj, c.content
        named = self._named_after(c)
        source: str | None
        if passive and base in lx.SHARE_WITH_VERBS and subject and named({"with"}):
            source, targets = subject, named({"with"})  # "X is synchronised with Y"
        elif passive:
            source = (
                clause.agent_actor
                or (from_[0] if from_ else None)
                or self._relative_agent(s, clause)
                or (self._owner_of_content(clause.subject, s) if clause.subject else None)
                or self._system_in(s, clause.subject)
                or self._last_system_before(s, clause.start)
                or self._earlier_writer(s, clause)
            )
            manual = clause.base in _MANUAL or (
                clause.kind == "coord"
                and clause.parent is not None
                and clause.parent.passive
                and clause.parent.base in _MANUAL
            )
            automatic = any(t.low.startswith("automatic") for t in s.toks)
            if (
                manual
                and not automatic
                and not clause.agent_actor
                and source
                and self.kind_of(source) in SYSTEMS
            ):
                # "the numbers are copied from the LMS into the workbook and emailed to
                # the acquisitions team": someone copies and sends; nothing is automatic
                clause.by_hand = True
            receives = _retained_object(s, clause) or clause.base in lx.TELL_VERBS
            if not targets and subject and subject != source and receives:
                targets = [subject]  # "the committee is sent a summary by the analyst"
        else:
            # no actor as subject ("a nightly integration copies …"): the source is "from X"
            source = subject or (from_[0] if from_ else None)
            if source == subject and subject and from_ and base in lx.PULL_VERBS:
                self._emit(s, clause, from_[0], [subject], content)
        if source and not targets and clause.object_relative and clause.parent:
            # "the results that the operator radios in": received by the main subject
            receiver = clause.parent.subject_actor
            targets = [receiver] if receiver else []
        if source and not targets and (base in lx.REPLY_VERBS or _says_back(s, clause)):
            replied = self.received_from.get(source)
            targets = [replied] if replied else []
        if (
            source
            and not targets
            and not passive
            and base in lx.SEND_VERBS - lx.TELL_VERBS
            and self.kind_of(source) in HUMAN
            and obj is not None
            and not obj.is_pronoun
        ):
            # "I dictate the report, and the secretaries type it up": handed over
            handler = self._next_handler(s, clause)
            targets = [handler] if handler and handler != source else []
        sources = [source] if source else []
        if source and source == subject:
            sources += clause.co_subjects
        return sources, targets

    def _flows_on_board(self, c: _ClauseRead) -> bool:
        """Writing on a board or sheet for a named reader ("write the
        arrivals on the whiteboard for the morning shift"): from the writer to the reader."""
        pps, base, subject, passive = c.pps, c.base, c.subject, c.passive
        content = c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if (
            not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and base in lx.ENTRY_VERBS | {"write", "draw", "pin", "leave", "put", "chalk"}
            and any(
                fold_plural(np_.head) in _CARRIERS
                for p, g, _ in pps
                if p in {"on", "onto", "in", "into"}
                for np_ in g
            )
            and (board_readers := [t for t in named({"for"}) if self.kind_of(t) in HUMAN])
        ):
            # "the dock hands write the arrivals on the whiteboard for the morning shift": a
            # board or a sheet is a medium from its writer to the reader named (STYLES.md)
            sources, targets = [subject], [t for t in board_readers if t != subject]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_set_in_system(self, c: _ClauseRead) -> bool:
        """A passive whose agent is a person, done in a named system
        ("dates are set by the listing officer in CCMS"): entered there."""
        clause, base, passive = c.clause, c.base, c.passive
        content = c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if (
            passive
            and clause.agent_actor
            and self.kind_of(clause.agent_actor) in HUMAN
            and base not in lx.READ_VERBS | lx.RECEIVE_VERBS | _LOOK_VERBS
            and (into := named({"in", "into", "onto", "on", "within"}, systems=True))
        ):
            # "hearing dates are set by the listing officer in CCMS": whatever the verb,
            # what a person does to it in a named system is entered there
            sources, targets = [clause.agent_actor], into[:1]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_done_in_named_system(self, c: _ClauseRead) -> bool:
        """A person doing something to a thing in a system named by its
        own name ("sets the lifts open or closed in SkiData"): entered there."""
        pps, base, subject, passive = c.pps, c.base, c.subject, c.passive
        obj, obj_actor, content = c.obj, c.obj_actor, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if (
            not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and obj is not None
            and not obj.is_pronoun
            and obj_actor is None
            and base not in lx.READ_VERBS | lx.RECEIVE_VERBS | _LOOK_VERBS | lx.ARRIVE_VERBS
            and base not in _NOT_ENTERING
            and self._system_already(pps)
            and (into := named({"in", "into"}, systems=True))
            and self._named_system(into[0])
        ):
            # "lift ctrl sets the lifts open or closed in SkiData": what a person does to
            # something in a system named by its own name is entered there
            sources, targets = [subject], into[:1]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_to_readers(self, c: _ClauseRead) -> None:
        """Last steps: the channel a flow went through, a shared file read by someone, and
        the flows found emitted (or the content remembered for "it" next)."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, obj, content = c.from_, c.obj, c.content
        content_np = c.content_np
        sources, targets = c.sources, c.targets
        sources = self._through_channel(s, clause, sources, targets)
        if (
            not sources
            and not passive
            and base in lx.READ_VERBS
            and obj is not None
            and obj.is_pronoun
            and subject
            and self.kind_of(subject) in HUMAN
        ):
            # "the planner keeps the list in a shared spreadsheet and the drivers check it":
            # a shared file is a medium from its writer to its readers (STYLES.md)
            writer = self._shared_writer(s, clause)
            if writer and writer != subject:
                sources, targets = [writer], [subject]
        if not sources and clause.object_relative and subject and clause.parent is not None:
            # a shared file someone reads: a flow from its keeper to the reader
            keeper = clause.parent.subject_actor
            reads = base in lx.READ_VERBS or (base in lx.RECEIVE_VERBS and not from_)
            if reads and keeper and keeper != subject and self.actor(clause.antecedent, s) is None:
                # "… that the station manager and the scheduling volunteer both read"
                readers = [subject, *clause.co_subjects]
                sources, targets = [keeper], [r for r in readers if r != keeper]
        if sources and targets:
            for source in sources:
                self._emit(s, clause, source, targets, content)
        elif content_np is not None and not content_np.is_pronoun and content:
            self.last_content = content

    def _asked_before(self, s: Sentence, clause: Clause) -> str | None:
        """Whom the clause before called, when this one says why ("… to ask …")."""
        parent = clause.parent
        if (
            clause.kind != "coord"
            or s.low(clause.start - 1) != "to"
            or parent is None
            or parent.base not in lx.TELL_VERBS
            or parent.flow_index is None
        ):
            return None
        targets = self.flows[parent.flow_index].targets
        return targets[0] if len(targets) == 1 else None

    def _next_handler(self, s: Sentence, clause: Clause) -> str | None:
        """The person who does something with "them"/"it" in the next clause."""
        later = [c for c in s.clauses if c.start >= clause.end and c.verb is not None]
        if not later or later[0].kind == "rel":
            return None
        nxt = later[0]
        assert nxt.verb is not None
        k = nxt.verb + 1
        while s.low(k) in lx.PARTICLES or s.low(k) in lx.ADVERBS:
            k += 1
        obj = s.np_at(k, nxt.end)
        anaphoric = (
            obj is not None
            and obj.toks[0].low in {"the", "these", "those"}
            and len(obj.toks) == 2
            and (
                obj.head in MEDIUM_HEADS or fold_plural(obj.head) in {"number", "detail", "result"}
            )
        )  # "… arrive from load control, and the duty planner updates the figures"
        if s.low(k) not in {"them", "it", "those"} and not anaphoric:
            return None
        owner = nxt.parent if nxt.kind == "coord" and nxt.parent is not None else nxt
        if owner.start < clause.end:
            return None  # the clause's own subject: "they come in and she logs them"
        name = self.actor(self._subject(s, owner), s)
        return name if name and self.kind_of(name) in HUMAN else None

    def _shared_writer(self, s: Sentence, clause: Clause) -> str | None:
        """Who put something in a shared file earlier in the sentence."""
        for other in reversed(s.clauses):
            if other.end > clause.start or other.passive or not other.subject_actor:
                continue
            words = {s.low(k) for k in range(other.start, other.end)}
            if self.kind_of(other.subject_actor) in HUMAN and (
                "shared" in words or words & {"spreadsheet", "whiteboard", "sharepoint"}
            ):
                return other.subject_actor
            return None
        return None

    def _reader_after(self, s: Sentence, clause: Clause) -> str | None:
        """Who reads what the clause put up: "… so (that) X knows", "…, where X looks"."""
        assert clause.verb is not None
        for k in range(clause.verb + 1, min(s.n, clause.end + 2)):
            if s.low(k) not in {"so", "where"} or (s.low(k) == "so" and s.low(k + 1) == ","):
                continue
            k += 1 + (s.low(k + 1) == "that")
            np_ = s.np_at(k)
            last = lx.verb_info(np_.toks[-1].low) if np_ is not None else None
            if np_ is not None and len(np_.words) > 1 and last is not None and last[1] == "s":
                np_ = NP(np_.toks[:-1], np_.start, np_.end - 1, np_.prep, np_.proper)
            if np_ is None or np_.is_pronoun or lx.verb_info(s.low(np_.end)) is None:
                return None
            name = self.actor(np_, s, relaxed=True)
            return name if name and self.kind_of(name) in HUMAN else None
        return None

    def _carriers(self, s: Sentence, clause: Clause, targets: list[str]) -> list[str]:
        """A device is the screen of a system: what is sent to it reaches whoever reads it,
        named in a following "so (that) X …" ("… to the in-cab tablets, so the driver sees
        them"); with nobody named, the target is dropped."""
        if not any(_is_device(t) for t in targets):
            return targets
        reader = None
        k = clause.end + (s.low(clause.end) == ",")
        if s.low(k) == "so":
            k += 1 + (s.low(k + 1) == "that")
            name = self.actor(s.np_at(k), s, relaxed=True)
            reader = name if name and self.kind_of(name) in HUMAN else None
        out = []
        for target in targets:
            words = target.split()
            if not _is_device(target):
                out.append(target)
            elif reader is not None:
                out.append(reader)
            elif len(words) > 1 and lx.actor_kind(words[:-1]) in HUMAN:
                out.append(self._team(" ".join(words[:-1])))  # "the kitchen tablet"
        return out

    def _team(self, name: str) -> str:
        key = normalise_name(name)
        if key not in self.mentions:
            self.mentions[key] = Mention(name, lx.actor_kind(name.split()) or ActorKind.team)
        return self.mentions[key].name

    def _withdraw_purpose_carrier(self, s: Sentence, clause: Clause) -> None:
        """Drop the flow of "phones each ward" when it only serves "to ask …"."""
        parent = clause.parent
        if (
            clause.kind == "coord"
            and s.low(clause.start - 1) == "to"
            and parent is not None
            and parent.base in lx.TELL_VERBS
            and parent.flow_index is not None
        ):
            self.flows[parent.flow_index].targets = []

    def _not_today(self, s: Sentence, clause: Clause) -> bool:
        """A negated, former, planned or wished-for transfer is not a flow (STYLES.md)."""
        assert clause.verb is not None
        if any(s.low(k) in lx.NEGATORS for k in range(clause.start, clause.verb + 2)):
            return True
        text = " ".join(t.text for t in s.toks[clause.start : clause.end])
        lead = " ".join(t.text for t in s.toks[max(0, clause.start - 3) : clause.start])
        if _DUTY.search(text) or (s.low(clause.start - 1) == "to" and _DUTY.search(lead)):
            # "they're meant to put it in the till, but most just text me": what should
            # happen is not what does, when the sentence goes on to say otherwise
            after = {s.low(k) for k in range(clause.verb, min(s.n, clause.end + 3))}
            rest = " ".join(t.low for t in s.toks[clause.end : clause.end + 5])
            if _DONE_ANYWAY.match(rest):
                return False  # "… is supposed to forward them, which mostly happens"
            if after & {"but", "except", "although", "though", "instead", "yet"}:
                return True
        if s.low(clause.start - 1) == "to" and lx.FORMER_OR_PLANNED.search(lead + " to"):
            return True  # "we used to radio the depot": the verb after "used to"
        return lx.FORMER_OR_PLANNED.search(text) is not None

    def _emit(
        self, s: Sentence, clause: Clause, source: str, targets: list[str], content: str
    ) -> None:
        if _is_device(source):
            return  # the system behind the screen sends, and the text does not name it
        targets = [t for t in dict.fromkeys(self._carriers(s, clause, targets)) if t != source]
        if not targets:
            return
        clause.made_flow = True
        if content:
            self.last_content = content
        span = s.toks[clause.start : clause.end]
        if clause.kind == "rel" and clause.antecedent is not None:
            span = clause.antecedent.toks + span
        # the words of the endpoints' names are not cues ("emailing tool", "tech log")
        endpoints = {normalise_name(n) for n in [source, *targets]}
        skip: set[int] = set()
        for np_ in s.nps_between(0, s.n):
            if normalise_name(self._name(np_)) in endpoints:
                skip.update(range(np_.start, np_.end))
        cue_text = " ".join(t.text for t in span if t.i not in skip)
        clause.flow_index = len(self.flows)
        self._add(source, targets, content, cue_text, PENDING, s.text)
        if clause.by_hand:
            self.flows[-1].human_source = True
            self.flows[-1].source_kind = ActorKind.person

    # -- results -----------------------------------------------------------------
    def result(self) -> Extraction:
        mapping = merge_names(self.mentions, self.known)
        flows: list[InformationFlow] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()
        used: dict[str, str] = {}
        for flow in self.flows:
            source = mapping.get(flow.source, flow.source)
            targets = [mapping.get(t, t) for t in flow.targets]
            targets = [t for t in dict.fromkeys(targets) if t != source]
            if not targets:
                continue
            key = (normalise_name(source), tuple(sorted(normalise_name(t) for t in targets)))
            if key in seen:
                continue
            seen.add(key)
            maturity, medium = judge_maturity(flow)
            flows.append(
                InformationFlow(
                    source=source,
                    targets=targets,
                    content=clip(flow.content, 500),
                    medium=clip(medium, 200),
                    frequency=clip(flow.frequency, 100),
                    maturity=maturity,
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
        return Extraction(actors=actors, flows=flows, extractor="offline")


def extract_free_text(text: str, known_actors: Sequence[Actor] | None = None) -> Extraction:
    """Flows and actors found in free text by the heuristics above."""
    reader = FreeTextReader(known_actors)
    reader.read(text)
    return reader.result()
