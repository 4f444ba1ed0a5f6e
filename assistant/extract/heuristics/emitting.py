"""Flows recorded: one flow per source and targets, carriers and channels, hand-overs after
"from which"."""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.context import ReaderContext
from assistant.extract.heuristics.maturity import HUMAN, PENDING, FlowDraft
from assistant.extract.heuristics.naming import (
    _is_device,
)
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.hypergraph.names import normalise_name
from assistant.media import SHARED_PLACES
from assistant.models.infoflow import ActorKind


def _where_said(cue_text: str, sentence_text: str) -> int:
    """Where a flow's clause starts in its sentence: at its first word (the cue text leaves
    out the actors' names, so it is not found whole), or -1."""
    words = cue_text.split()
    if not words:
        return -1
    found = re.search(rf"\b{re.escape(words[0])}\b", sentence_text, re.IGNORECASE)
    return found.start() if found else -1


_ACT_SENT = {
    "order": "orders",
    "book": "bookings",
    "apply": "applications",
    "register": "registrations",
    "request": "requests",
    "refer": "referrals",
    "complain": "complaints",
    "enrol": "enrolments",
    "bid": "bids",
    "claim": "claims",
    "pay": "payments",
    "invoice": "invoices",
    "bill": "bills",
    "quote": "quotes",
}
"""What a flow carries when the verb says it and no object does ("customers order via
Shopify": orders), so that the review, the hot spots and the ideas can name it."""

_BILLING = frozenset({"invoice", "bill"})
"""Verbs that send a bill when said ("invoices the agent"), but whose passive and whose
"to" say what is done with the data, not to whom it goes."""

_LINE_RUNG = re.compile(
    r"(?:the |our |their )?(?:(?:help|hot)line|switchboard|(?:phone|telephone|helpline|main"
    r"|office|contact|support|emergency|duty|booking|bookings|enquiry|enquiries|out-of-hours"
    r"|freephone|0800)\s+(?:number|line))"
)
"""A telephone line named as what is sent ("ring the helpline number"): the channel."""


class FlowEmitter(ReaderContext):
    """Records flows (and the media they go through) once sources and targets are known."""

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
            or parent.verb is None  # "Members on the app, which sends it …": no one did
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
        freq = lx.FREQUENCY.search(cue_text)
        said = None if freq else lx.FREQUENCY.search(sentence_text)
        where = _where_said(cue_text, sentence_text) if said else -1
        if said and (where < 0 or said.start() < where):
            # "Every Monday the planner emails …, and …": a time said first covers what
            # follows; one said in a later clause is that clause's ("…, and Bookwhen emails
            # me a summary every evening" is not when members book)
            freq = said
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
                said_in=sentence_text,
            )
        )

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
                out.append(self.team(" ".join(words[:-1])))  # "the kitchen tablet"
        return out

    def _flow_said(self, source: str, target: str) -> bool:
        """A flow from ``source`` to ``target`` is among those read so far."""
        return any(f.source == source and target in f.targets for f in self.flows)

    def _emit(
        self, s: Sentence, clause: Clause, source: str, targets: list[str], content: str
    ) -> None:
        if _is_device(source):
            return  # the system behind the screen sends, and the text does not name it
        if clause.base in _BILLING and (clause.passive or s.low((clause.verb or 0) - 1) == "to"):
            return  # "keys the tonnages into Exact to bill them", "where they are invoiced"
        targets = [t for t in dict.fromkeys(self._carriers(s, clause, targets)) if t != source]
        if not targets:
            return
        clause.made_flow = True
        if content and normalise_name(content) in {normalise_name(n) for n in [source, *targets]}:
            content = ""  # "the beaters are texted by the headkeeper": who, not what
        if _LINE_RUNG.fullmatch(content.strip().lower()):
            content = ""  # "callers ring the helpline number": the line rung, not what is said
        content = content or _news_told(s, clause) or _ACT_SENT.get(clause.base or "", "")
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
        if self.carrier_cue:
            cue_text, self.carrier_cue = f"{self.carrier_cue} {cue_text}", ""
        clause.flow_index = len(self.flows)
        self._add(source, targets, content, cue_text, PENDING, s.text)
        if clause.by_hand:
            self.flows[-1].human_source = True
            self.flows[-1].source_kind = ActorKind.person


_WHEN = frozenset({"when", "whenever", "once", "after"})


def _news_told(s: Sentence, clause: Clause) -> str:
    """What a call with no object says: what it comes "with", or the event it reports
    ("phones the doctor with the scores" → "scores"; "rings the bed manager when a bed is
    cleaned" → "bed cleaned")."""
    if clause.verb is None or clause.base not in lx.TELL_VERBS:
        return ""
    for k in range(clause.verb + 1, clause.end):
        if s.low(k) == "with" and (np_ := s.np_at(k + 1)) is not None:
            return " ".join(t.text for t in np_.toks if t.low not in lx.DETERMINERS)
        if s.low(k) in _WHEN or (s.low(k) == "as" and s.low(k + 1) == "soon"):
            first = k + 1 + 2 * (s.low(k) == "as")
            words = [
                t.text
                for t in s.toks[first : clause.end]
                if t.text.isalnum() and t.low not in lx.DETERMINERS | lx.BE_FORMS
            ]
            return " ".join(words[:8])
    return ""
