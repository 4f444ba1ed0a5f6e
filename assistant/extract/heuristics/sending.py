"""The record the flow steps of a clause share, the actors after its prepositions, and the
step for sending, telling and entering (the largest construction)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.clauses import (
    _goes_on_later,
    _passes_on,
    _retained_object,
    _says_back,
)
from assistant.extract.heuristics.cues import (
    _CARRIERS,
    _INBOXES,
    _LOOK_VERBS,
    _MANUAL,
    _OWNED_CHANNELS,
    _PAPER,
    hub_key,
)
from assistant.extract.heuristics.emitting import FlowEmitter
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS
from assistant.extract.heuristics.naming import (
    Mention,
    _shared_place,
)
from assistant.extract.heuristics.naming import (
    _is_device as _is_device_name,
)
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.hypergraph.names import fold_plural, name_tokens, normalise_name
from assistant.media import MEDIUM_HEADS, SHARED_PLACES
from assistant.models.infoflow import ActorKind

_PUBLISHED_ON = frozenset({"website", "site", "intranet", "page", "noticeboard", "forum", "group"})
"""Places a person posts on for readers: a medium from the poster to the readers named."""
_KEYING = frozenset({"key", "re-key", "rekey", "type", "retype", "re-type", "enter", "input"})
"""Typing something in by hand: it goes into a system even when none is named."""
_LEFT_FOR = frozenset({"leave", "drop"})
"""Verbs of leaving paper somewhere: in someone's own tray or on their desk, it reaches them."""
_MEETINGS = frozenset({"meeting", "huddle", "briefing", "catch-up", "stand-up", "standup"})
"""Meetings named after who sits in them ("the partners' meeting", "the board meeting"):
what is taken there reaches them."""
_TOOK_TO = frozenset({"take", "bring", "present", "report", "raise"})
"""Verbs of taking something to a meeting, where those who sit in it get it."""
_DROPPED = frozenset({"drop", "pop", "land", "arrive", "appear", "come", "go"})
"""Verbs of a thing turning up in a queue by itself ("drops into my queue")."""
_CARRIED_ON_FOOT = frozenset({"walk", "run", "carry", "take", "bring", "pop"})
"""Verbs of carrying a paper by hand to someone ("walk it over to", "run it down to")."""
_ON_FOOT_PARTICLES = frozenset({"over", "down", "up", "across", "round", "around", "back"})
"""The way a paper is carried, said between its object and "to"."""
_MADE_FOR = frozenset({"prepare", "produce", "compile", "draft", "do", "generate"}) | {
    "make",
    "build",
    "create",
    "put",  # "puts together the weekly report for the directors"
    "type",  # "types up the notes for the consultant"
    "draw",  # "draws up the rota for the crews"
}
"""Verbs of making a document for someone."""
_DOCUMENTS_MADE = frozenset(
    {"report", "summary", "return", "pack", "update", "briefing", "forecast", "schedule"}
    | {"plan", "list", "spreadsheet", "breakdown", "analysis", "dashboard", "note", "letter"}
    | {"rota", "timetable", "agenda", "minutes", "quote", "estimate", "invoice", "sheet"}
)
"""A document one prepares for someone ("a summary for the trustees"): it is sent to them."""
_WAYS_IN = frozenset({"service", "portal", "website", "site", "app", "system", "platform"})
"""What one books or registers through online, named by its kind ("the national booking
service"): the system it is entered in."""
_GENERIC_WAYS_IN = frozenset({"form", "website", "site", "page", "app", "webform"})
"""Generic ways into a system: media, not actors, when they pass data on (w6)."""
_FILED_IN = frozenset({"report", "submit", "file", "lodge", "flag"})
"""Verbs of handing in: with no one to receive it, what is handed in goes to the system."""
_CHAT_HEADS = frozenset({"group", "chat", "channel", "groupchat"})
_CHAT_APPS = frozenset({"whatsapp", "teams", "slack", "signal", "messenger", "telegram", "chat"})
"""A group chat named for who is in it ("the staff WhatsApp group"): they read what is posted."""
_PERSONAL_TRAYS = frozenset({"tray", "in-tray", "pigeonhole", "inbox", "mailbox", "locker", "desk"})
"""Someone's own tray or pigeonhole: what is put in it reaches them."""


def _acts_later(s: Sentence, np_: NP) -> bool:
    """The channel is named again as who acts ("… through the accommodation portal, and the
    portal pushes them into Planon"): an actor of the chain, not only a channel."""
    head = np_.head.lower()
    return any(
        s.low(k) == head and (s.verb_at(k + 1) is not None or s.low(k + 1) in lx.AUXILIARIES)
        for k in range(np_.end, s.n)
    )


_INTO = frozenset({"to", "onto", "into"})
"""Where a thing is put: someone's drive or folder is theirs (not "the customer folder")."""
_BY_WAY_OF = frozenset({"through", "via"})
"""Prepositions of the way a thing travels, not of where it ends up."""


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

    def found(self, sources: list[str], targets: list[str]) -> bool:
        """Keeps the flow a step found; True, so that the step can end with it."""
        self.sources, self.targets = sources, targets
        return True


_LEADING_TO = frozenset(
    {"link", "access", "change", "amendment", "reply", "response", "answer", "direction"}
    | {"key", "visit", "trip", "connection", "shortcut", "pointer", "reference", "addition"}
)
"""Nouns whose own "to" says what they lead to ("a link to the masters")."""


def _carried_link(s: Sentence, at: int) -> bool:
    """ "emails the form, with a link to the audio masters, to …": a "to" of a noun carried
    along with what is sent says where it leads, not who receives ("sends a link to the
    client" does)."""
    return (
        s.low(at) == "to"
        and fold_plural(s.low(at - 1)) in _LEADING_TO
        and any(s.low(k) == "with" for k in range(at - 4, at - 1))
    )


_THE_OR_OWNING = frozenset({"the", "our", "their", "his", "her", "my", "your"})
"""Determiners of a party someone works for ("for the trustees"), not of a kind of thing
("applications for resident parking permits")."""
_SYSTEM_HEADS = frozenset({"system", "platform", "database", "erp", "crm"})
"""What a system is called when not by its name ("a handheld synced with the fleet system")."""


class SendingFlows(FlowEmitter):
    """Sending, telling and entering: targets, then readers of a shared place, then the source."""

    device_systems: dict[str, str]
    """The system seen behind each kind of device ("tablet" -> "EAM"), for the next mention."""

    hub_written: tuple[str, int, str] | None
    """Who last wrote on a hub (a board, a shared sheet), in which sentence, and its words."""
    sentences_read: int
    """How many sentences have been read so far (the number of the current one)."""

    paper_written: tuple[str, int, int, str, str] | None
    """Who last wrote on a paper carrier (a form, a card, a tally): writer, sentence, the
    token where that clause ends, the carrier's head and its words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.device_systems = {}
        self.hub_written = None
        self.paper_written = None
        self.sentences_read = 0

    def _named_after(self, c: _ClauseRead) -> Callable[..., list[str]]:
        """The actors after some prepositions of the clause, as ``named(preps, systems=…)``."""
        s, clause, pps, subject = c.s, c.clause, c.pps, c.subject

        def named(preps: Iterable[str], *, systems: bool | None = None) -> list[str]:
            """Actors after these prepositions; ``systems`` keeps only systems (or only others)."""
            base = c.base  # read when called: "let … know" turns the verb into "tell"
            out: list[str] = []
            for prep, group, at in pps:
                if prep not in preps:
                    continue
                if _carried_link(s, at):
                    continue  # "the order form, with a link to the audio masters": the link's
                for np_ in group:
                    if (
                        len(np_.toks) == 1
                        and np_.head.lower().endswith("ing")
                        and s.low(np_.end) in lx.DETERMINERS
                    ):
                        continue  # "for planning the lab test": a purpose, not a party
                    holder = self._device_owner(np_, s) or self._device_of(np_, s)
                    tray = fold_plural(np_.head.lower()) in _PERSONAL_TRAYS
                    if holder is None and tray:
                        holder = self._whose(np_, s)  # "puts it in the coordinator's pigeonhole"
                    if holder is not None:
                        if prep in {"to", "into", "onto", "on", "in"}:
                            out.append(holder)  # "an alert to the herdsman's phone"
                        continue
                    if prep in {"into", "onto", "on", "in"} and self._is_screen(np_):
                        # "marks attendance on the studio iPad, which is logged into
                        # Mindbody": a device is the screen of the system behind it
                        behind = self._device_system(np_, s)
                        if behind is not None and (
                            systems is None or (self.kind_of(behind) in SYSTEMS) == systems
                        ):
                            out.append(behind)
                        continue
                    # only a party can stand after "to", "from", "books it with"
                    relaxed = prep in {"to", "from"} or (
                        prep == "with"
                        and base in lx.WITH_RECIPIENT_VERBS
                        # "raise a job on the app, with the location and a photo": what it
                        # carries, set aside by a comma, not whom it is raised with
                        and s.low(np_.start - 2) != ","
                    )
                    owner = self._owner(np_, s)
                    if owner is not None:
                        mention = self.mentions.get(normalise_name(owner))
                        if prep in {"into", "in"} and mention and mention.np and mention.np.proper:
                            mention.kind = ActorKind.tool  # "into Aderant's calendar"
                        if prep in {"to", "into", "onto", "on", "in", "from"}:
                            out.append(owner)  # "downloads it from their website": theirs
                        continue
                    if (
                        fold_plural(np_.head) in _PAPER
                        and not np_.proper
                        and not {t.low for t in np_.toks} & (lx.WEB_WORDS | {"online", "shared"})
                    ):
                        continue  # "fills in the lab docket": paper is a medium, never an actor
                    name = self._recipient(np_, s) if relaxed else self.actor(np_, s)
                    if (
                        name is None
                        and prep in {"to", "into", "onto", "on", "in"}
                        and np_.head.lower() in {"calendar", "dashboard", "diary"}
                        and (owner := self._compound_owner(np_, s)) is not None
                        and self.kind_of(owner) in SYSTEMS
                    ):
                        name = owner  # "into the Artifax calendar": Artifax's
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

    def _is_screen(self, np_: NP) -> bool:
        """A device named by its kind ("the studio iPad", "the tablets"), not by a name."""
        return fold_plural(np_.head.lower()) in lx.DEVICE_HEADS

    def _device_system(self, np_: NP, s: Sentence, *, guess: bool = False) -> str | None:
        """The system behind a device: named by its own name right after it, in the same
        clause or a relative on it ("on the iPad at the door, that's Famly", "the iPad,
        which is logged into Mindbody"), else the system last seen sending to such a
        device ("EAM pushes the work order to their tablets"); with ``guess``, else the system of
        the last flow that had one."""
        head = fold_plural(np_.head.lower())
        here = next((c for c in s.clauses if c.start <= np_.start < c.end), None)
        limit = here.end if here is not None else s.n
        after = next((c for c in s.clauses if c.start >= limit), None)
        if (
            after is not None
            and after.kind == "rel"
            and all(s.low(k) in lx.RELATIVES | {",", "-"} for k in range(limit, after.start))
        ):
            limit = after.end
        said = [o for o in s.nps_between(np_.end, limit) if not o.is_pronoun]
        # by its own name first ("screens for the karaoke system, … Joysound"), else by kind
        for other in [o for o in said if o.proper] + [
            o for o in said if not o.proper and fold_plural(o.head.lower()) in _SYSTEM_HEADS
        ]:
            name = self.actor(other, s)
            if name and self.kind_of(name) in SYSTEMS and not _is_device_name(name):
                self.device_systems[head] = name
                return name
        # "creates jobs in Fleetwise. The mechanics close them on the tablet": the screen of
        # the system last used, when no system was seen with such a device
        if head in self.device_systems or not guess:
            return self.device_systems.get(head)
        if any(
            other.proper and (name := self.actor(other, s)) and self.kind_of(name) in SYSTEMS
            for other in s.nps_between(np_.end, s.n)
        ):
            return None  # "tap each search into the lane tablet, and it goes into ScreenTrack"
        return self.system_last_used()

    def _tray_holder(self, np_: NP, s: Sentence) -> str | None:
        """Whose own tray, pigeonhole or desk it is: "the coordinator's desk", "my desk",
        "the drivers' pigeonholes" (read as "the drivers", "'", "pigeonholes")."""
        if fold_plural(s.low(np_.end + 1)) in _PERSONAL_TRAYS and s.low(np_.end) in {"'", "’"}:
            name = self.actor(np_, s, relaxed=True)
            return name if name and self.kind_of(name) in HUMAN else None
        if fold_plural(np_.head.lower()) not in _PERSONAL_TRAYS:
            return None
        if np_.toks[0].low in {"my", "his", "her"}:
            return self.speaker if np_.toks[0].low == "my" else self.last_person
        return self._whose(np_, s)

    def _chat_members(self, np_: NP, s: Sentence) -> str | None:
        """Who reads a group chat named after them: "the staff WhatsApp group", "the
        drivers' Teams channel", "the parents' group chat"."""
        after = s.low(np_.end + 2 * (s.low(np_.end) in _CHAT_APPS) + 1)
        if after in {"where", "which", "that", "who"}:
            return None  # "…, where the coach driver sees it": the relative names the readers
        words = [t for t in np_.words]
        if s.low(np_.end) in _CHAT_APPS and fold_plural(s.low(np_.end + 1)) in _CHAT_HEADS:
            words += s.toks[np_.end : np_.end + 2]  # "the staff | WhatsApp group", cut at the name
        if not words:
            return None
        last = words[-1].i
        if (
            fold_plural(words[-1].low) in _CHAT_HEADS
            and s.low(last + 1) == "for"
            and (readers := s.np_at(last + 2)) is not None
            and (name := self.actor(readers, s)) is not None
            and self.kind_of(name) in HUMAN
        ):
            return name  # "posts them in the WhatsApp group for the workshop"
        if len(words) < 2 or fold_plural(words[-1].low) not in _CHAT_HEADS:
            return None
        before = [t for t in words[:-1] if t.low not in _CHAT_APPS | {"group"}]
        if not before or len(before) == len(words) - 1:
            return None  # "the group" alone, or no app or "group" word: no chat named
        if before[-1].low.endswith(("'s", "’s", "'", "’")):
            before[-1] = before[-1].without_possessive()
        end = before[-1].i + 1
        if lx.actor_kind([t.text for t in before]) not in HUMAN:
            return None  # "the gritting WhatsApp group": named for its work, not its readers
        name = self.actor(NP(before, before[0].i, end, None, np_.proper), s)
        return name if name and self.kind_of(name) in HUMAN else None

    def _whose(self, np_: NP, s: Sentence) -> str | None:
        """The person or team whose list, screen or queue it is ("in the team's task list")."""
        owner = next((t for t in np_.toks[:-1] if t.low.endswith(("'s", "’s"))), None)
        if owner is None:
            return None
        start = np_.start + (np_.toks[0].low in lx.DETERMINERS | {"our", "their", "my", "your"})
        stripped = [*s.toks[start : owner.i], owner.without_possessive()]
        name = self.actor(NP(stripped, start, owner.i + 1, None, np_.proper), s, relaxed=True)
        return name if name and self.kind_of(name) in HUMAN else None

    def _flows_sent(self, c: _ClauseRead) -> bool:
        """Sending, telling and entering ("emails X to Y", "enters it in SAP", "is sent a
        summary"): targets, then readers of a shared place, then the source."""
        if c.base in _DROPPED and (queued := self._dropped_in_own_queue(c)) is not None:
            # "the salvage instruction drops into my queue in Guidewire": the system puts it
            # there for the queue's owner
            what = c.clause.subject
            if what is not None and not what.is_pronoun:
                c.content = self._name(what)  # what drops in, not the queue
            elif what is not None and not c.content:
                c.content = self.last_content
            return c.found(*queued)
        brings = (c.base == "bring" or (c.base == "take" and self._taken_to_a_party(c))) and (
            bool(self._named_after(c)({"to"}))
            or self._brought_to_someone(c)
            # "the bank feed brings the payments into Xero"
            or bool(self._named_after(c)({"into"}, systems=True))
        )
        brings = brings or self._carried_over(c)
        brings = brings or (c.base in _TOOK_TO and bool(self._meetings_of(c)))
        brings = brings or self._prepared_for_someone(c) or self._stuck_up_for_someone(c)
        if not (c.base in lx.SEND_VERBS or c.base in lx.SYSTEM_ENTRY_VERBS or brings):
            return False  # "members bring their problem to a rep": told, if not a thing
        if (
            c.base in {"coordinate", "co-ordinate", "supervise"}
            and c.obj_actor is not None
            and not self._named_after(c)({"with"})
        ):
            # "So I coordinate the food bank", "I coordinate volunteers": running it or
            # leading them, not telling them something
            return True
        dispatched = c.obj is not None and "out" in {c.s.low(c.obj.end), c.s.low(c.obj.end - 1)}
        if (
            c.base in {"send", "dispatch"}
            and dispatched
            and c.obj_actor is not None
            and self.kind_of(c.obj_actor) in HUMAN
            and not self._named_after(c)({"to"})
        ):
            return True  # "sends a technician out": people dispatched, no information sent
        targets = self._sent_targets(c)
        targets = self._sent_readers(c, targets)
        c.sources, c.targets = self._sent_source(c, targets)
        if c.targets and c.subject and (writer := self._runner_for(c)) is not None:
            # "I write the weights on the kennel sheet. One of the lads runs the sheet up to
            # Gary": the runner carries the writer's paper and is no party to it
            self._no_flow_to(writer, c.subject)
            c.sources = [writer]
        # "Damage is recorded by the check-in agent on a handheld": nobody named, but a
        # device is, which the device step reads as the system behind it
        return bool(c.targets) or not any(
            self._is_screen(np_) for p, g, _ in c.pps if p in {"on", "in", "into"} for np_ in g
        )

    def _dropped_in_own_queue(self, c: _ClauseRead) -> tuple[list[str], list[str]] | None:
        """A thing (no party) dropping into someone's own queue ("drops into my queue in
        Guidewire"): from the system named in the clause or used last, to the queue's owner."""
        subject = c.clause.subject
        if c.passive or subject is None or c.from_:
            return None
        named = None if subject.is_pronoun else self.actor(subject, c.s)
        if named is not None and (
            subject.proper
            or self.kind_of(named) not in HUMAN
            or fold_plural(subject.head.lower()) in lx.PERSON_WORDS
        ):
            return None  # "Odyssey drops it into my queue": who sends is said
        if subject.is_pronoun and subject.toks[0].low not in {"it", "they", "those", "these"}:
            return None
        owners = [
            owner
            for p, g, _ in c.pps
            if p in {"into", "in", "onto", "on", "to"}
            for np_ in g
            if (owner := self._queue_owner(np_, c.s))
        ]
        if not owners:
            return None
        system = next(iter(self._named_after(c)({"in"}, systems=True)), None)
        system = system or self.system_last_used()
        return ([system], owners[:1]) if system and system != owners[0] else None

    def _queue_owner(self, np_: NP, s: Sentence) -> str | None:
        """Whose own work queue it is ("my queue", "our station queue", "my task list")."""
        head = np_.head.lower()
        if head == "queue":
            return self._device_owner(np_, s)
        tasks = {t.low for t in np_.toks} & {"task", "work", "job"}
        if head in {"list", "worklist"} and (tasks or head == "worklist"):
            return self.speaker if np_.toks[0].low == "my" else None
        return None

    def _carried_over(self, c: _ClauseRead) -> bool:
        """ "walk it over to Gareth", "run the sheet up to the office": a paper carried on
        foot, its way said by a particle, reaches the party it is taken to."""
        if c.base not in _CARRIED_ON_FOOT or c.obj is None or c.passive:
            return False
        return c.s.low(c.obj.end) in _ON_FOOT_PARTICLES and self._taken_to_a_party(c)

    def _runner_for(self, c: _ClauseRead) -> str | None:
        """The writer of a paper that someone else carries over ("I take the register on paper
        and a pupil runs it down to the office"): the one who wrote on it, or who acted in
        the clause before."""
        if not self._carried_over(c) or c.subject is None or c.obj is None:
            return None
        writer = None if c.obj.is_pronoun else self.writers.get(hub_key(fold_plural(c.obj.head)))
        if c.obj.is_pronoun:
            before = [o for o in c.s.clauses if o.end <= c.clause.start and o.subject_actor]
            writer = before[-1].subject_actor if before else None
        if writer is None or writer == c.subject or self.kind_of(writer) not in HUMAN:
            return None
        return writer

    def _no_flow_to(self, source: str, target: str) -> None:
        """Takes ``target`` out of the flows read so far from ``source``."""
        for flow in self.flows:
            if flow.source == source:
                flow.targets = [t for t in flow.targets if t != target]

    def _taken_to_a_party(self, c: _ClauseRead) -> bool:
        """ "takes the arrivals list to the housekeepers": taken to someone the lexicon
        knows as a party, not to a place ("take the children to the hall")."""
        return any(
            lx.actor_kind(t.split()) in HUMAN or t[:1].isupper()
            for t in self._named_after(c)({"to"})
        )

    def _prepared_for_someone(self, c: _ClauseRead) -> bool:
        """ "I prepare a summary for the trustees", "does a monthly report for the cabinet
        member": a document made for a party reaches them."""
        if c.base not in _MADE_FOR or c.obj is None or c.obj_actor is not None:
            return False
        if fold_plural(c.obj.head.lower()) not in _DOCUMENTS_MADE:
            return False
        return any(self.kind_of(t) in HUMAN for t in self._named_after(c)({"for"}, systems=False))

    def _system_before_colon(self, s: Sentence, clause: Clause) -> list[str]:
        """ "Time sheets go into Harvest: each consultant enters their own hours": the
        system named as the topic before a colon is where what is keyed in after it goes."""
        colon = next((k for k in range(clause.start - 1, -1, -1) if s.low(k) == ":"), None)
        if colon is None:
            return []
        # "go into Harvest:", "live in ResOS:"; not "old Bystronic not networked:"
        system = self._named_system_before(s, colon, preps={"in", "into", "on", "onto"})
        return [system] if system else []

    def _named_system_before(
        self, s: Sentence, before: int, preps: set[str] | None = None
    ) -> str | None:
        """The last system named by its own name before a point, even as the channel
        ("come through SystmOne"); only after one of ``preps`` when they are given."""
        for np_ in reversed(s.nps_between(0, before)):
            if preps is not None and np_.prep not in preps:
                continue
            name = self.actor(np_, s) if np_.proper else None
            if name and self.kind_of(name) in SYSTEMS:
                return name
        return None

    def _stuck_up_for_someone(self, c: _ClauseRead) -> bool:
        """ "pins it up for the bakers", "tapes the list above the bench for the florists":
        a note put up for people reaches them."""
        return c.base in lx.STICK_UP_VERBS and any(
            self.kind_of(t) in HUMAN for t in self._named_after(c)({"for"}, systems=False)
        )

    def _meetings_of(self, c: _ClauseRead) -> list[str]:
        """ "takes it to the partners' meeting", "presents them at the board meeting": who
        sits in the meeting a thing is taken to."""
        if c.base not in _TOOK_TO:
            return []
        found = []
        for prep, group, _ in c.pps:
            for np_ in group if prep in {"to", "at"} else []:
                words = np_.words[:-1]
                if fold_plural(np_.head.lower()) not in _MEETINGS or not words:
                    continue
                if words[-1].low.endswith(("'s", "’s", "s'", "s’")):
                    words = [*words[:-1], words[-1].without_possessive()]
                if lx.actor_kind([t.text for t in words]) not in HUMAN or words[-1].low == "team":
                    continue
                sub = NP(words, words[0].i, words[-1].i + 1, None, False)
                # "the board" in "the board meeting" is the body, never a whiteboard
                found.append(self.actor(sub, c.s) or self.team(sub.text.lower()))
        return found

    def _for_a_party(self, readers: list[str]) -> bool:
        """Whether an upload is for another organisation ("uploads it to Viewpoint for the
        main contractor", "to PPL for the insurers"): the portal is the way to them."""
        return any(self.kind_of(t) == ActorKind.organisation for t in readers)

    @staticmethod
    def _brought_to_someone(c: _ClauseRead) -> bool:
        """ "the fighters bring me the doctor's form": a person, then a thing, after "bring"."""
        verb = c.clause.verb
        if verb is None or c.passive:
            return False
        thing = c.s.low(verb + 2)
        return (
            c.s.low(verb + 1) in {"me", "us", "him", "her"}
            and thing in lx.DETERMINERS - {"this", "that", "these", "those"}
            and c.s.np_at(verb + 2) is not None
        )

    def _rung_round(self, c: _ClauseRead) -> list[str]:
        """ "the chair rings round the committee": everyone in the group is called."""
        verb = c.clause.verb
        if verb is None or c.s.low(verb + 1) not in {"round", "around"}:
            return []
        group = c.s.np_at(verb + 2, c.clause.end)
        name = self.actor(group, c.s, relaxed=True) if group is not None else None
        return [name] if name and self.kind_of(name) in HUMAN else []

    def _way_in(self, name: str) -> bool:
        """A generic app, form or website (not named by its own name)."""
        mention = self.mentions.get(normalise_name(name))
        words = name.lower().split()
        proper = mention is not None and mention.np is not None and mention.np.proper
        return bool(words) and fold_plural(words[-1]) in _GENERIC_WAYS_IN and not proper

    def _sent_targets(self, c: _ClauseRead) -> list[str]:
        """Who a sending or entering verb reaches: after to/into/with/for, the object told,
        or the owner of the portal or form it goes through."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj, obj_actor = c.obj, c.obj_actor
        named = self._named_after(c)
        targets: list[str] = []
        if base in lx.SYSTEM_ENTRY_VERBS and base not in lx.SEND_VERBS:
            targets = named({"to", "into", "onto", "in", "on", "within"}, systems=True)

            def through_by_name() -> list[str]:
                """The systems said by their own names after "through" or "via"."""
                return [t for t in named({"through", "via"}, systems=True) if t[:1].isupper()]

            if targets and all(self._way_in(t) for t in targets):
                # "members book through Bookwhen on our website": the system by its name
                targets = through_by_name()[:1] or targets
            if not targets and not passive:
                # "customers book their trips online through FareHarbor": a system named by
                # its own name that one books or registers through is where it is entered
                targets = through_by_name()
                # "candidates book online through the national booking service"
                targets = targets or [
                    t
                    for t in named({"through", "via"})
                    if fold_plural(t.lower().split()[-1]) in _WAYS_IN
                    and (
                        self.kind_of(t) in SYSTEMS
                        or (clause.verb is not None and s.low(clause.verb + 1) == "online")
                    )
                ]
            if base in lx.WITH_RECIPIENT_VERBS:
                # "we book it by phone with the surgery": the party booked with
                targets += [t for t in named({"with"}) if self._booked_with(t)]
        else:
            targets = (
                named({"to", "into", "onto"})
                or self._it_named_before(c)
                or self._inbox_checker(c)
                or self._meetings_of(c)
            )
            targets = self._spelt_out(s, pps, targets)
            if not targets and passive and base in lx.SEND_VERBS:
                targets = self._sent_for(c)
            if base == "invite" and obj_actor:
                targets = []  # "invites the members to the AGM": to the event, not a party
            if not targets and not obj_actor and base in lx.TELL_VERBS and not passive:
                targets = self._rung_round(c)
            if not targets and base in {"show", "display", "push", "flash", "throw"}:
                # "are shown on the scanners of the order pickers": whoever carries them
                targets = [
                    h
                    for p, g, _ in pps
                    if p == "on"
                    for h in (self._device_owner(n, s) or self._device_of(n, s) for n in g)
                    if h
                ]
            if not targets:
                # "posts it in the staff WhatsApp group": the group's members read it
                targets = [
                    m
                    for p, g, _ in pps
                    if p in {"in", "on", "to", "into"}
                    for m in (self._chat_members(np_, s) for np_ in g)
                    if m and m != subject
                ][:1]
            if base in lx.ENTRY_VERBS:
                targets += named({"in", "on", "within"}, systems=True)
            elif not targets and base in _FILED_IN and (passive or subject):
                # "incidents are reported by staff in Datix", "requests are submitted on
                # BrightHR": with no one named to receive it, the system named by its own
                # name that it is put in receives it ("on the council website" is the
                # council's way in, read below)
                targets += named({"in", "within"}, systems=True)
                targets += [t for t in named({"on"}, systems=True) if t[:1].isupper()]
            elif base in _LEFT_FOR:
                # "leaves it on the coordinator's desk", "in the drivers' pigeonholes": left
                # in someone's own place, it reaches them
                targets += [
                    h
                    for p, g, _ in pps
                    if p in {"in", "on"}
                    for np_ in g
                    if (h := self._tray_holder(np_, s)) is not None
                ]
            if base in lx.SHARE_WITH_VERBS:
                targets += named({"with"})
            if base in lx.WITH_RECIPIENT_VERBS:
                targets += [t for t in named({"with"}) if self._booked_with(t)]
            if base in lx.FOR_VERBS | _MADE_FOR | lx.STICK_UP_VERBS:
                targets += named({"for"}, systems=False)
            into_a_channel = any(
                fold_plural(np_.head.lower()) in _OWNED_CHANNELS | SHARED_PLACES
                for p, g, _ in pps
                if p in {"to", "into", "onto", "on"}
                for np_ in g
            )
            if targets and (
                all(fold_plural(t.lower().split()[-1]) in SHARED_PLACES for t in targets)
                or into_a_channel
                or (base == "upload" and self._for_a_party(named({"for"}, systems=False)))
            ):
                # "uploads the dive logs to the SharePoint site for the CSR": a shared place
                # is a medium to whoever the upload is for
                readers = [t for t in named({"for"}) if self.kind_of(t) in HUMAN]
                targets = readers or targets
            takes_out = base in (lx.PULL_VERBS - {"copy"}) or base == "print"
            # "calls the cues over the headsets to the crew": with a recipient named,
            # an object that only stands where a person could is what is passed
            content_object = (
                bool(targets)
                and obj is not None
                and not obj.is_pronoun
                and (
                    not self._plain_actor(obj, lexical=True)
                    # "emails the catalogue to the printer": a data store's name is what goes
                    or (obj_actor is not None and self.kind_of(obj_actor) == ActorKind.data)
                )
            )
            if content_object and obj is not None and not c.content:
                c.content = self._content(obj, s)
            # "puts the pupil on the routes spreadsheet", "writes the rooms on the board":
            # what is put on a sheet, board or file is its content, never who receives
            placed = base in lx.ENTRY_VERBS - lx.TELL_VERBS and any(
                fold_plural(np_.head.lower()) in _CARRIERS | MEDIUM_HEADS | _PAPER
                for p, g, _ in pps
                if p in {"on", "onto", "in", "into"}
                for np_ in g
            )
            if (
                obj_actor
                and not content_object
                and not placed
                and (base in lx.TELL_VERBS or not (targets or takes_out))
            ):
                apposed = self._apposed_name(s, clause, obj) if obj is not None else None
                targets = [apposed or obj_actor, *targets]
                if obj is not None and base in lx.TELL_VERBS and not apposed:
                    targets += self._more_objects(s, clause, obj)
            if (
                targets in ([], [obj_actor])
                and not passive
                and obj is not None
                and base in lx.ENTRY_VERBS
                and (kept := self._system_of_compound(obj, s)) is not None
            ):
                # "updates the Jira ticket", "fills in the EMIS template": entered in the
                # system the record is named after
                targets = [kept]
                c.content = c.content or self._content(obj, s)
        if (
            not targets
            and base in lx.SEND_VERBS - lx.TELL_VERBS
            and (subject or passive)
            and not _goes_on_later(s, clause)
        ):
            # "submitted by the clerks through the Land Registry portal", "sign up on the
            # council's website": a party's portal or form reaches the party
            targets = [
                o
                for p, g, _ in pps
                if p in {"through", "via", "on", "using"}
                or (p in _INTO and any(n.is_someones for n in g))
                for o in (self._possessor(np_, s) for np_ in g if not _passes_on(s, np_))
                if o and o != subject
            ][:1]
        sender = clause.agent_actor if passive else subject
        if (
            not targets
            and sender
            and self.kind_of(sender) in HUMAN
            and not (passive and base in lx.REPLY_VERBS)  # "are returned by the brokers on ILS"
            and base in lx.SEND_VERBS - lx.TELL_VERBS - lx.PULL_VERBS - {"print", "show"}
            and (obj is None or obj_actor is None)
            and not _goes_on_later(s, clause)
        ):
            # "research groups submit their sample details through Clarity", "the agent
            # submits the notice in the PCS", "members report it in the app", "are lodged by
            # solicitors through the e-DS1 portal, which feeds …": what a person
            # sends through or in a system with nobody else named goes into that system
            channels = {
                self._name(np_)
                for p, g, _ in pps
                for np_ in g
                if fold_plural(np_.head.lower()) in _OWNED_CHANNELS | {"web", "page", "app"}
                and not np_.proper
                and not _passes_on(s, np_)
                and not _acts_later(s, np_)
            }  # "upload their forms through the web portal": a portal named only as a channel
            into = named({"through", "via", "in", "on", "into", "within"}, systems=True)
            targets = [t for t in into if t not in channels][:1]
        if (
            not targets
            and not passive
            and subject
            and base in lx.ENTRY_VERBS
            and clause.verb is not None
            and any(s.low(k) == "there" for k in range(clause.verb + 1, clause.end))
            and (system := self._system_just_used()) is not None
            and system != subject
        ):
            targets = [system]  # "…, and our web volunteer writes the captions there"
        return targets

    def _owner_of_whose(self, s: Sentence, clause: Clause) -> str | None:
        """ "buoys whose readings are streamed to EnviroPortal": the owner sends its own."""
        if clause.kind != "rel" or s.low(clause.start) != "whose" or clause.antecedent is None:
            return None
        return self.actor(clause.antecedent, s, relaxed=True)

    def _inbox_checker(self, c: _ClauseRead) -> list[str]:
        """ "The agencies email a voucher to our referrals inbox, which I check every
        morning": sent to an inbox, it reaches whoever the relative says checks it."""
        s, clause = c.s, c.clause
        inbox = next(
            (g[0] for p, g, _ in c.pps if p == "to" and g and g[0].head.lower() in _INBOXES),
            None,
        )
        if inbox is None:
            return []
        rel = next((r for r in s.clauses if r.kind == "rel" and r.start >= clause.end), None)
        if rel is not None and rel.start <= inbox.end + 2:
            if rel.antecedent is None or rel.base not in lx.READ_VERBS | _LOOK_VERBS:
                return []
            who = self._subject(s, rel)
            if who is None or (who.is_pronoun and who.toks[0].low not in {"i", "we"}):
                return []  # "which they check" names nobody new
        else:
            # "Suppliers email them to a central inbox, and my finance assistant downloads
            # them": whoever takes them out of it next
            rel = next((r for r in s.clauses if r.start >= clause.end), None)
            if rel is None or rel.kind not in ("main", "coord") or rel.start > inbox.end + 3:
                return []
            if rel.base not in lx.READ_VERBS | _LOOK_VERBS | {"download", "print", "pick"}:
                return []
            who = self._subject(s, rel)
            if who is None or who.is_pronoun:
                return []
        reader = self.actor(who, s)
        return [reader] if reader and reader != c.subject and self.kind_of(reader) in HUMAN else []

    def _it_named_before(self, c: _ClauseRead) -> list[str]:
        """ "For the robot I do nothing, the EPR sends the picking list to it": "it" after
        "to" is the system named before in the sentence, other than the sender."""
        s, clause = c.s, c.clause
        if not any(
            p in {"to", "into"} and len(g) == 1 and g[0].toks[0].low == "it" for p, g, _ in c.pps
        ):
            return []
        assert clause.verb is not None
        before = clause.subject.start if clause.subject is not None else clause.verb
        name = self._last_system_before(s, before)  # before the sender, who is one too
        return [name] if name and name != c.subject else []

    def _system_just_used(self) -> str | None:
        """The system the last flow went into, for "there" ("uploads it to Omeka, and the
        volunteer writes the captions there"); None when the last flow reached no system."""
        if not self.flows:
            return None
        last = self.flows[-1]
        return next(
            (t for t, k in zip(last.targets, last.target_kinds, strict=False) if k in SYSTEMS), None
        )

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
        web = [
            np_
            for p, g, _ in pps
            if p in {"on", "onto", "to"}
            for np_ in g
            if fold_plural(np_.head.lower()) in _PUBLISHED_ON
        ]  # "posts them on the club website for the members"
        readers = (
            [t for t in named({"for"}) + fronted if self.kind_of(t) in HUMAN]
            if shared or written or (web and not passive and base in lx.ENTRY_VERBS)
            else []
        )
        if readers and web:
            places = [*places, *(n for n in map(self._actor_of(s), web) if n)]
        on_board = [
            np_
            for p, g, _ in pps
            if p in {"on", "onto"}
            for np_ in g
            if np_.head in {"board", "whiteboard", "noticeboard", "portal"}
        ]
        posted = [  # "on the WhatsApp group", "to the shared calendar", not "into Total Drive"
            np_
            for p, g, _ in pps
            if p in {"on", "onto", "to", "into", "in"}
            for np_ in g
            if "shared" in {t.low for t in np_.toks}
            or (_shared_place(np_.text) and np_.head.lower() in {"sheet", "sheets"})  # Google
            or (
                (not np_.proper or np_.head.lower() in {"group", "channel", "forum"})
                and fold_plural(np_.head.lower()) in _PUBLISHED_ON | _CARRIERS | {"calendar"}
            )  # "on the WhatsApp group": a named group is still a place people read
        ]
        if not readers and (places or on_board or posted) and not passive:
            # "writes it on the board so the relief milker knows", "posts them on its
            # portal, where the farm manager looks them up", "adds them to the shared
            # calendar so the falconers can see": the readers are named after
            reader = self._reader_after(s, clause)
            readers = (
                [reader] if reader else self._readers_so(s, clause) if posted or on_board else []
            )
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
            and base in lx.CALL_VERBS
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

    def _readers_so(self, s: Sentence, clause: Clause) -> list[str]:
        """Who a shared place is written on for, named in a "so (that) …" right after the
        clause, several of them or with a modal ("so that the cellarer and the kitchen
        volunteers know", "so the falconers can see where they're going")."""
        assert clause.verb is not None
        k = next(
            (k for k in range(clause.verb + 1, min(s.n, clause.end + 2)) if s.low(k) == "so"),
            None,
        )
        if k is None or s.low(k + 1) == ",":
            return []
        k += 1 + (s.low(k + 1) == "that")
        readers: list[str] = []
        while (np_ := s.np_at(k)) is not None and not np_.is_pronoun:
            name = self.actor(np_, s, relaxed=True)
            if name is None or self.kind_of(name) not in HUMAN:
                return []
            readers.append(name)
            k = np_.end
            if s.low(k) not in {"and", ","}:
                break
            k += 1
        while s.low(k) in lx.AUXILIARIES or lx.is_adverb(s.low(k)):
            k += 1  # "can", "will", "always"
        info = lx.verb_info(s.low(k))
        if not readers or info is None or info[1] not in {"base", "s"}:
            return []
        return readers

    def _next_passive_agent(self, s: Sentence, clause: Clause) -> str | None:
        """Who handles next, in the passive, what a relative says was sent ("applications,
        which are submitted by owners through the portal, are checked by an admin
        officer"): the submission reaches that person."""
        nxt = next((c for c in s.clauses if c.start >= clause.end and c.verb is not None), None)
        if nxt is None or not nxt.passive or nxt.verb is None:
            return None
        if nxt.base in lx.SEND_VERBS and nxt.base not in lx.ENTRY_VERBS:
            return None  # sent on by someone: that is a flow of its own
        # written down or keyed in by someone: they took what was sent
        agents = [
            a
            for p, g, _ in self._pps(s, nxt.verb + 1, nxt.end)
            if p == "by"
            for a in (self._recipient(n, s) for n in g)
            if a
        ]
        return agents[0] if agents and self.kind_of(agents[0]) in HUMAN else None

    def _asker_before(self, s: Sentence, clause: Clause, source: str) -> str | None:
        """Who asked or wrote first in the same sentence, when the one answering was named
        only loosely there ("the consultant emails each one to ask …, and the lodge writes
        back"): the answer goes back to them."""
        for before in reversed([c for c in s.clauses if c.end <= clause.start]):
            asker = before.subject_actor
            if (
                asker
                and asker != source
                and self.kind_of(asker) in HUMAN
                and (before.base in lx.TELL_VERBS or before.base in lx.REQUEST_VERBS)
            ):
                return asker
        return None

    def _sent_for(self, c: _ClauseRead) -> list[str]:
        """ "Invoices for the customers are … emailed by the bookkeeper": a passive thing
        said with whom it is for goes to them when no one else is named."""
        s, clause, pps = c.s, c.clause, c.subject_pps
        parent = clause.parent
        if not pps and clause.kind == "coord" and parent is not None and parent.verb is not None:
            pps = self._pps(s, parent.start, parent.verb)  # "… are drafted in Word and emailed"
        for prep, group, at in pps:
            if prep != "for" or not group or not s.low(at - 1)[:1].isalnum():
                continue  # not "For export to the USA, the notice is submitted …"
            np_ = group[0]
            # "for the trustees" may be anyone; "for travel agents" must be a role or a party
            name = self.actor(np_, s, relaxed=np_.toks[0].low in _THE_OR_OWNING)
            if name and self.kind_of(name) in HUMAN:
                return [name]
        return []

    def _spelt_out(
        self, s: Sentence, pps: list[tuple[str, list[NP], int]], targets: list[str]
    ) -> list[str]:
        """ "to both parties, the complainant and the landlord": a group spelt out between
        commas right after it is who receives."""
        for prep, group, _ in pps:
            if prep != "to" or not group:
                continue
            np_ = group[0]
            if np_.toks[0].low not in {"both", "all"} or s.low(np_.end) != ",":
                continue
            if len(group) >= 3:  # the list was read as three receivers: the group is two
                whole = self.actor(np_, s, relaxed=True)
                return [t for t in targets if t != whole]
            first = s.np_at(np_.end + 1)
            if first is None or s.low(first.end) != "and":
                continue
            second = s.np_at(first.end + 1)
            names = [n for n in (self.actor(x, s, relaxed=True) for x in (first, second)) if n]
            if second is not None and len(names) == 2:
                whole = self.actor(np_, s, relaxed=True)
                return [t for t in targets if t != whole] + names
        return targets

    def _device_of(self, np_: NP, s: Sentence) -> str | None:
        """ "on the scanners of the order pickers": whoever carries the device."""
        head = fold_plural(np_.head.lower())
        if head not in lx.DEVICE_HEADS | {"phone", "mobile", "scanner", "screen"}:
            return None
        if s.low(np_.end) != "of" or (carrier := s.np_at(np_.end + 1)) is None:
            return None
        name = self.actor(carrier, s, relaxed=True)
        return name if name and self.kind_of(name) in HUMAN else None

    def _system_described(self, s: Sentence, clause: Clause) -> str | None:
        """The system a passive's subject is described by ("Ticket sales recorded in
        Spektrix are pushed …"): where they come from."""
        if clause.verb is None or clause.subject is None:
            return None
        return self._system_named_between(
            s, clause.subject.end, clause.verb, {"in", "from", "into"}
        )

    def _received_by(self, source: str) -> str | None:
        """Who last sent something to ``source``, also under a longer form of its name
        ("the coders return it" after "emailed … to freelance coders")."""
        if source in self.received_from:
            return self.received_from[source]
        short = name_tokens(source)
        for receiver, sender in reversed(list(self.received_from.items())):
            long = name_tokens(receiver)
            if short and len(long) > len(short) and long[-len(short) :] == short:
                return sender
        return None

    def _channel_sender(self, s: Sentence, clause: Clause) -> str | None:
        """Who sends by the channel a passive names, in a relative on that channel right
        after it ("refusals are notified to applicants by SMS, which the VFS system sends
        automatically"): the passive's sender."""
        after = next((c for c in s.clauses if c.start >= clause.end), None)
        if (
            after is None
            or after.kind != "rel"
            or after.parent is not clause
            or after.passive
            or after.antecedent is None
            or fold_plural(after.antecedent.head.lower()) not in MEDIUM_HEADS
            or after.base not in lx.SEND_VERBS
        ):
            return None
        subject = self._subject(s, after)
        if subject is None or subject.is_pronoun:
            return None
        return self.actor(subject, s, relaxed=True)

    def _booked_with(self, name: str) -> bool:
        """A party something is booked, lodged or registered with: a person, team or firm,
        or a name of its own that no word says is a system ("with Biffa", "with England
        Boxing"), which is then a firm."""
        if self.kind_of(name) in HUMAN:
            return True
        if not name[:1].isupper() or lx.actor_kind(name.split()) is not None:
            return False
        self.mentions[normalise_name(name)] = Mention(name, ActorKind.organisation)
        return True

    def _sent_source(self, c: _ClauseRead, targets: list[str]) -> tuple[list[str], list[str]]:
        """Who sends: the agent or where a passive came from, else the subject; and, when
        no target was named, who the thing went back or was handed over to."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, obj, content = c.from_, c.obj, c.content
        named = self._named_after(c)
        source: str | None
        if passive and base in lx.SHARE_WITH_VERBS and clause.agent_actor and named({"with"}):
            # "runway changes are coordinated by the TWR SUP with APP": the agent tells
            source, targets = clause.agent_actor, named({"with"})
        elif passive and base in lx.SHARE_WITH_VERBS and subject and named({"with"}):
            source, targets = subject, named({"with"})  # "X is synchronised with Y"
        elif passive:
            source = (
                clause.agent_actor
                or (from_[0] if from_ else None)
                or self._owner_of_whose(s, clause)
                or self._relative_agent(s, clause)
                or self._channel_sender(s, clause)
                or (self._owner_of_content(clause.subject, s) if clause.subject else None)
                or self._system_in(s, clause.subject)
                or self._system_described(s, clause)
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
            if not targets and source and clause.kind == "rel":
                handler = self._next_passive_agent(s, clause)
                targets = [handler] if handler and handler != source else []
        else:
            # no actor as subject ("a nightly integration copies …"): the source is "from X"
            source = subject or (from_[0] if from_ else None)
            printed = base == "print" and bool(from_) and self.kind_of(from_[0]) in SYSTEMS
            if source == subject and subject and from_ and (base in lx.PULL_VERBS or printed):
                # "prints the manifest from Carus and hands the printout to …": out of the
                # system to the one printing it, then on
                self._emit(s, clause, from_[0], [subject], content)
        keyed_in = base in lx.ENTRY_VERBS and any(p in {"into", "onto"} for p, _, _ in c.pps)
        if source and not targets and clause.object_relative and clause.parent and not keyed_in:
            # "the results that the operator radios in": received by the main subject; "prices,
            # which the tanneries quote by phone, are written down by the buyer": its agent
            receiver = clause.parent.subject_actor or self._next_passive_agent(s, clause)
            sent = clause.parent.flow_index
            if (
                sent is not None
                and self.flows[sent].source == receiver
                and source in self.flows[sent].targets
            ):
                receiver = None  # "emails me stock lists, which I print": not back to them
            targets = [receiver] if receiver and receiver != source else []
            assert clause.verb is not None
            typed_up = base == "transcribe" or (
                base in {"type", "retype", "re-type", "key"} and s.low(clause.verb + 1) == "up"
            )
            if targets and typed_up and self.kind_of(targets[0]) in HUMAN:
                # "the nephrologist dictates a letter, which the medical secretary types up":
                # the typist receives what the main subject said
                source, targets = targets[0], [source]
            if targets and not c.content and clause.antecedent is not None:
                c.content = self._content(clause.antecedent, s)  # what the relative is on
        if source and targets and not passive and _says_back(s, clause):
            # "they send their sketches back through our DAM": back to who briefed them,
            # through the system, which is the channel
            through = {self._actor_of(s)(n) for p, g, _ in c.pps if p in _BY_WAY_OF for n in g}
            replied = self._received_by(source)
            if set(targets) <= through and replied and self.kind_of(replied) in HUMAN:
                targets = [replied]
        if source and not targets and (base in lx.REPLY_VERBS or _says_back(s, clause)):
            replied = self._received_by(source) or self._asker_before(s, clause, source)
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
        if (
            source
            and not targets
            and base in _KEYING
            and self.kind_of(source) in HUMAN
            and (keyed_from := [n for p, g, _ in c.pps if p == "from" for n in g])
            and (holder := self._holder_of(self._name(keyed_from[0]))) is not None
            and self.kind_of(holder) in SYSTEMS
        ):
            # "the scanning bureau sends the images to the case system. Returns … are keyed
            # in by the data entry team from the images": keyed into the system holding them
            targets = [holder]
        if source and not targets and base in _KEYING and self.kind_of(source) in HUMAN:
            targets = self._system_before_colon(s, clause)
        sources = [source] if source else []
        if source and source == subject:
            sources += clause.co_subjects
        return sources, targets
