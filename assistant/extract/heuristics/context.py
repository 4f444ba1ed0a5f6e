"""What earlier words tell about a clause: owners of channels and devices, holders and writers,
who asked, who handles next, who reads after."""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import (
    _DONE_ANYWAY,
    _DUTY,
    _OWNED_CHANNELS,
    _STORAGE,
    _WRITTEN_ON,
    hub_key,
)
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS
from assistant.extract.heuristics.naming import (
    Mention,
)
from assistant.extract.heuristics.parts import ClauseParts
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.extract.heuristics.tokens import is_proper
from assistant.hypergraph.names import fold_plural, name_tokens, normalise_name
from assistant.media import MEDIUM_HEADS
from assistant.models.infoflow import ActorKind

_PASSED_ON = lx.PULL_VERBS - {"copy", "download"} | lx.SELF_MOVING_VERBS | {"push", "route"}
"""Verbs of one system handing data to another ("are transferred to the RIS")."""
_OWN_PLACES = frozenset({"tray", "in-tray", "pigeonhole", "mailbox", "inbox", "cubby"})
"""Where things are left for one person: theirs when named as theirs."""
_OWN_FEEDS = frozenset({"queue", "channel"})
"""Where a system posts for someone ("sends a message to my queue", "posts in my Slack
channel"): theirs when named as theirs."""


_FORMERLY = re.compile(
    r"\s*(?:until|till|up until|before) (?:last|recently|\d{4}|a (?:few|couple)"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december))\b[^,]{0,40},",
    re.IGNORECASE,
)
"""A sentence opening on a time that has passed ("Until last spring, …", "Before 2023, …")
says how things were: none of its clauses is today's flow."""


_ONLY_PHYSICAL = re.compile(
    r"[,;(–—-]\s*(?:(?:this|that|it|which)\s+(?:is|'s|’s)\s+)?(?:only|purely|just|all)\s+physical\b"
    r"|[,;(–—-]\s*physical\s+only\b|\(\s*no info"
)
"""A remark right after a clause that what it moves is a thing, not information."""


_FEEDS = frozenset({"feed", "sync", "integration", "export", "upload", "import", "interface"})
"""Links named after where they come from ("the bank feed", "the Stripe sync")."""


def _said_why(s: Sentence, clause: Clause) -> bool:
    """A clause that says why the one before called: "… to ask …", "… to check …", or "…
    and ask whether …" (a question follows, so the call was made to put it)."""
    if s.low(clause.start - 1) == "to":
        return True
    return (
        s.low(clause.start - 1) == "and"
        and clause.base == "ask"
        and clause.verb is not None
        and s.low(clause.verb + 1) in {"whether", "if", "how", "what", "when", "which"}
    )


class ReaderContext(ClauseParts):
    """Resolves a party from what was said before or around: owners, holders, senders, readers."""

    def _pronoun(self, first: str) -> str | None:
        """In a transcript, "he"/"him"/"she"/"her" that finds nobody but the speaker is the
        one the speaker answers ("If it's off, I ring Dee." — "I email him the figures")."""
        name = super()._pronoun(first)
        if (
            first in {"he", "him", "she", "her"}
            and self.speakers
            and (name is None or name == self.speaker)
            and self.addressee not in {None, self.speaker}
        ):
            return self.addressee
        return name

    def _singular_they(self, np_: NP, s: Sentence) -> str | None:
        """ "they"/"them" that finds no subject said before it, nor a person named by an
        opening clause, is, in a transcript, the group named last, even in a question or a
        fragment ("Mostly from GPs. They email us …"); never a speaker, whom "I" and "we"
        name."""
        name = super()._singular_they(np_, s)
        if name is None and self.last_subject is None and self.speakers:
            person = self.last_person
            low = (person or "").lower()
            if person and (
                fold_plural(low) != low or (low.endswith("s") and not low.endswith("ss"))
            ):
                return person  # "GPs": a plural the reader took for one person
            group = self.last_group
            return group if group and group not in self.speakers else None
        return name

    def _clause_subject(self, s: Sentence, clause: Clause) -> tuple[NP | None, str | None]:
        """In talk, a short fragment without a verb still names who is meant next ("Mostly
        from GPs."): its actors are remembered, so that "they" finds them."""
        found = super()._clause_subject(s, clause)
        np_ = found[0]
        if (
            np_ is not None
            and [t.low for t in np_.toks] == ["the", "system"]
            and (named := self._last_system_before(s, np_.start)) is not None
        ):
            # "… raise them in PS Financials, and the system routes them to the head":
            # the system just named by its own name
            found = (np_, named)
        if (
            self.speakers
            and clause.verb is None
            and len(s.clauses) == 1
            and s.n <= 8
            and not any(t.low in lx.BE_FORMS for t in s.toks)
        ):
            for np_ in s.nps_between(clause.start, clause.end):
                if not np_.is_pronoun:
                    self.actor(np_, s)
        return found

    def _owner_of_content(self, np_: NP, s: Sentence) -> str | None:
        """Whose the content is, when that is all that names the sender ("their tracking
        numbers come back …", "the supplier's invoices arrive …")."""
        first = np_.toks[0]
        if first.low == "their" and len(np_.toks) > 1:
            return self.last_group
        if first.low.endswith(("'s", "’s")) and len(np_.toks) > 1:
            key = normalise_name(first.without_possessive().text)
            if key in self.first_names:
                return self.first_names[key]  # "Fiona's list comes to me": her role's
            mention = self.mentions.get(key)
            return mention.name if mention else None
        named = self._named_in_front(np_) or self._feed_of(np_, s)
        if named is not None:
            return named
        # "the loss adjuster's report comes back …": the party named before "'s"
        at = next((k for k, t in enumerate(np_.toks[:-1]) if t.low.endswith(("'s", "’s"))), None)
        if at is None:
            return self._owner_after_of(np_, s)
        if at == 0 or np_.toks[0].low not in lx.DETERMINERS:
            return None
        words = [*np_.toks[1:at], np_.toks[at].without_possessive()]
        if any(not t.low.isalpha() for t in words):
            return None
        owner = self.actor(NP(words, words[0].i, np_.toks[at].i + 1, None, np_.proper), s)
        return owner if owner and self.kind_of(owner) in HUMAN else None

    def _owner_after_of(self, np_: NP, s: Sentence) -> str | None:
        """ "The invoices of the tour operator, which are emailed to the purser": the party
        after "of" whose paper it is."""
        of = next((k for k, t in enumerate(np_.toks) if t.low == "of"), None)
        if of is None:
            start, end = np_.end + 1, None
            if s.low(np_.end) not in {"of", "from"}:
                return None
        else:
            start, end = np_.toks[of].i + 1, np_.end
        owner_np = s.np_at(start, end) if end is not None else s.np_at(start)
        if owner_np is None or owner_np.toks[0].low not in {"the", "our", "their", "each", "every"}:
            return None
        owner = self.actor(owner_np, s)
        return owner if owner and self.kind_of(owner) in HUMAN else None

    def _feed_of(self, np_: NP, s: Sentence) -> str | None:
        """ "the bank feed comes into Sage", "the Stripe sync lands in Xero": a feed is
        named after the party or system it comes from."""
        toks = np_.toks[1:] if np_.toks[0].low in lx.DETERMINERS else np_.toks
        if len(toks) != 2 or fold_plural(toks[-1].low) not in _FEEDS:
            return None  # "the bank feed", "the Stripe sync"; not "the Jira-Zendesk integration"
        words = toks[:-1]
        name = self.actor(NP(words, words[0].i, words[-1].i + 1, None, np_.proper), s)
        kind = self.kind_of(name) if name else None
        return name if kind in SYSTEMS or kind == ActorKind.organisation else None

    def _named_in_front(self, np_: NP) -> str | None:
        """A system said before, named in front of what it holds ("the Faire orders sync
        into Shopify": Faire's orders), so that it is where they come from."""
        toks = np_.toks[1:] if np_.toks[0].low in lx.DETERMINERS else np_.toks
        proper = [t for t in toks[:-1] if t.text[:1].isupper()]
        if not proper or len(proper) != len(toks) - 1 or toks[-1].text[:1].isupper():
            return None
        key = normalise_name(" ".join(t.text for t in proper))
        mention = self.mentions.get(key)
        if mention is None:
            # "the Fixflo jobs" after "the Fixflo portal": the one system of that name
            itself = normalise_name(" ".join(t.text for t in toks))
            longer = [
                m for k, m in self.mentions.items() if k.startswith(key + " ") and k != itself
            ]
            mention = longer[0] if len(longer) == 1 else None
        if mention is None or self.kind_of(mention.name) not in SYSTEMS:
            return None
        return mention.name

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

    def _apposed_name(self, s: Sentence, clause: Clause, obj: NP) -> str | None:
        """ "emails the regulator, the MHRA, that same day": a name set beside the object by a
        comma alone (a list of two would say "and"), an acronym or a name of several words,
        is who the object is; it keeps the object's kind. None otherwise ("Luca, the bench
        hand": a first name is never an actor)."""
        k = obj.end
        if s.low(k) != "," or (nxt := s.np_at(k + 1, clause.end)) is None:
            return None
        after = s.low(nxt.end)
        if after == "and" or (after == "," and s.low(nxt.end + 1) in {"and", "or"}):
            return None  # "the buyer, the planner and the QA lead": a list
        words = [t.text for t in nxt.words]
        acronym = len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()
        if not (acronym or (nxt.proper and len(words) > 1)):
            return None
        kind_of_object = self.kind_of(self._name(obj))
        name = self.actor(nxt, s, relaxed=True)
        if name is not None:
            self.mentions[normalise_name(name)].kind = kind_of_object
        return name

    def _last_sent_to(self, sender: str) -> str | None:
        """Whom ``sender`` last sent something to: what comes back comes from there."""
        for flow in reversed(self.flows):
            if flow.source == sender and flow.targets:
                return flow.targets[0]
        return None

    def _system_of_compound(self, np_: NP, s: Sentence) -> str | None:
        """The system a record or data are named after, by its own name ("the IRS data goes
        up to the Home Office", "completes the IRS record"): where they are kept."""
        words = np_.words[:-1]  # the words before the head; no determiner is among them
        if not 1 <= len(words) <= 2 or not words[0].text[:1].isupper():
            return None
        if words[0].i == 0 and normalise_name(words[0].text) not in self.mentions:
            return None  # "Blood samples go …" opens a sentence; "Cliniko data …" named before
        if not all(t.text[:1].islower() for t in np_.words[1:]):
            return None  # "Holiday Extras", "Google Sheet": a name of its own
        first = words[0]  # "the Cliniko appointment data": a word of what they are between
        name = self.actor(NP([first], first.i, first.i + 1, None, True), s)
        return name if name and self.kind_of(name) in SYSTEMS else None

    def _possessor(self, np_: NP, s: Sentence) -> str | None:
        """The party whose portal or website it is ("the search provider's portal")."""
        if np_.head not in _OWNED_CHANNELS:
            return None
        if not np_.is_someones:
            # "Google Drive", "the customer folder": a product or a topic, not an owner
            return None if np_.head in _STORAGE else self._compound_owner(np_, s)
        name = self._named_owner(np_, s)
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
        the screen of a system, and what reaches it reaches the one carrying it; so does
        what is left in someone's own tray or pigeonhole ("in my tray", "in Ann's tray")."""
        heads = lx.DEVICE_HEADS | {"phone", "mobile"} | _OWN_PLACES | _OWN_FEEDS
        if len(np_.toks) < 2 or fold_plural(np_.head) not in heads:
            return None
        first = np_.toks[0]
        if first.low == "my" or (first.low == "our" and np_.head == "queue" and self.speakers):
            # "our tablets" are the firm's: see who reads them; "our station queue" is the
            # speaker's work queue
            return self.speaker
        if fold_plural(np_.head) in _OWN_FEEDS:
            return None  # "the lab's Slack channel": read by whoever is said to read it
        if first.low in {"his", "her"}:
            return self.last_person
        if first.low == "their":
            return self.last_group
        return self._named_owner(np_, s)

    def _owner(self, np_: NP, s: Sentence) -> str | None:
        """The party behind a portal named as theirs ("uploads it to their portal", "on the
        carrier's web portal"): an external party's own system stands for the party."""
        possessive = len(np_.words) == 1 and np_.head.endswith(("'s", "’s"))
        if np_.head.lower() not in _OWNED_CHANNELS and not (
            possessive and s.low(np_.end) in _OWNED_CHANNELS
        ):
            return None
        first = next((t for t in np_.toks if t.low not in {"the", "a", "an"}), np_.toks[0])
        if first.low in {"their", "its"}:
            # "go to the Parish Giving Scheme, and the treasurer downloads a statement from
            # their website": the body named last before it in the sentence, else the group
            for before in reversed(s.nps_between(0, np_.start)):
                name = None if before.is_pronoun else self.actor(before, s)
                if name and self.kind_of(name) in {ActorKind.organisation, ActorKind.tool}:
                    return name
            return self.last_group
        if (
            len(np_.words) == 1
            and first.low.endswith(("'s", "’s"))
            and s.low(np_.end) in _OWNED_CHANNELS
        ):
            np_ = NP([*np_.toks, s.toks[np_.end]], np_.start, np_.end + 1, np_.prep, np_.proper)
        if first.low.endswith(("'s", "’s")) and first is not np_.toks[-1]:
            owner = NP([first], first.i, first.i + 1, None, is_proper(first, first=first.i == 0))
            stripped = first.without_possessive().text
            key = normalise_name(stripped)
            if key in self.mentions:
                return self.mentions[key].name
            kind = lx.actor_kind([stripped], proper=owner.proper)
            if kind in HUMAN or (kind is not None and owner.proper):
                self.mentions[key] = Mention(stripped, kind, owner)
                return stripped
        return None

    def _holder_of(self, content: str) -> str | None:
        """Who last received a document of this name ("WIP report -> partners"), or else
        who wrote on a paper carrier of this kind ("FD writes on arrangement form" …
        "arrangement form -> office admin")."""
        key = set(name_tokens(content))
        for flow in reversed(self.flows):
            if key and key <= set(name_tokens(flow.content)):
                return flow.targets[0]
        words = content.lower().split()
        return self.writers.get(hub_key(fold_plural(words[-1]))) if words else None

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

    def _system_already(self, pps: list[tuple[str, list[NP], int]]) -> bool:
        """A name after "in"/"into" known as a system by the text so far or by its own words,
        or written like a product ("SkiData", "TRACES"): "fix faults in Leeds" names a place,
        not a system."""
        for prep, group, _ in pps:
            for np_ in group if prep in {"in", "into"} else []:
                mention = self._mention_of(np_)
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

    def _system_named_between(
        self, s: Sentence, start: int, end: int, preps: set[str]
    ) -> str | None:
        """The first system named between two tokens after one of ``preps`` ("… made in
        ICE", "Ticket sales recorded in Spektrix …")."""
        for np_ in s.nps_between(start, end):
            name = self.actor(np_, s) if np_.prep in preps else None
            if name is not None and self.kind_of(name) in SYSTEMS:
                return name
        return None

    def _relative_agent(self, s: Sentence, clause: Clause) -> str | None:
        """The agent of a relative clause on the same subject: "Repair estimates, which are
        prepared by the body shops, are emailed to …" are sent by the body shops."""
        main = clause
        while main.kind == "coord" and main.parent is not None:
            main = main.parent  # "… are written on a slip and passed to …": the first verb's
        for other in s.clauses:
            if (
                other.kind == "rel"
                and other.parent is main
                and other.start < clause.start
                and other.agent_actor
            ):
                # "Requests, which are made by the clinicians in ICE, are transferred to the
                # RIS": what a system passes on comes from the system it was made in
                made_in = (
                    self._system_named_between(s, other.start, other.end, {"in", "on", "into"})
                    if clause.base in _PASSED_ON
                    else None
                )
                return made_in or other.agent_actor
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

    def _asked_before(self, s: Sentence, clause: Clause) -> str | None:
        """Whom the clause before called, when this one says why ("… to ask …")."""
        parent = clause.parent
        if (
            clause.kind != "coord"
            or not _said_why(s, clause)
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
            # with what a relative says of the place ("…, which is a Google Sheet, and …")
            words = {s.low(k) for k in range(other.start, clause.start)}
            if self.kind_of(other.subject_actor) in HUMAN and (
                "shared" in words
                or words & {"spreadsheet", "sharepoint"}
                or {hub_key(w) for w in words} & _WRITTEN_ON
            ):  # a board, sheet, calendar or book written on by hand is read by others
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

    def _withdraw_purpose_carrier(self, s: Sentence, clause: Clause) -> None:
        """Drop the flow of "phones each ward" when it only serves "to ask …"."""
        parent = clause.parent
        if (
            clause.kind == "coord"
            and _said_why(s, clause)
            and parent is not None
            and parent.base in lx.TELL_VERBS
            and parent.flow_index is not None
        ):
            carrier = self.flows[parent.flow_index]
            carrier.targets = []
            self.carrier_cue = carrier.cue_text  # the answer comes back the same way

    def _not_today(self, s: Sentence, clause: Clause) -> bool:
        """A negated, former, planned or wished-for transfer is not a flow (STYLES.md)."""
        assert clause.verb is not None
        if any(s.low(k) in lx.NEGATORS for k in range(clause.start, clause.verb + 2)):
            return True
        text = s.words_between(clause.start, clause.end)
        lead = s.words_between(clause.start - 5, clause.start)
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
        if _FORMERLY.match(s.text):
            return True  # "Until last spring, recalls came by fax, and QA phoned every depot"
        if _ONLY_PHYSICAL.search(" ".join(t.low for t in s.toks[clause.verb : clause.end + 7])):
            return True  # "The lab dips we send to the customer by courier, this is only physical"
        return lx.FORMER_OR_PLANNED.search(text) is not None
