"""The flows of one clause: the construction steps of ``_flows_of_clause``, in order."""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.clauses import (
    _asks_what,
    _reports_to,
    _retained_object_start,
    _says_back,
    names_the_act,
)
from assistant.extract.heuristics.cues import (
    _CARRIERS,
    _INBOXES,
    _LOOK_VERBS,
    _NOT_ENTERING,
    _PAPER,
    _PERSON_OBJECTS,
    _QUESTION_WORDS,
    SHOWN_ON,
    hub_key,
)
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS
from assistant.extract.heuristics.parts import works_from
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.places import _HUBS, PlaceFlows
from assistant.extract.heuristics.sending import _KEYING, _ClauseRead
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.hypergraph.names import fold_plural, normalise_name
from assistant.media import MEDIUM_HEADS, SHARED_PLACES
from assistant.models.infoflow import ActorKind

_ANSWERS = frozenset({"read", "tell", "give", "reply", "respond", "answer", "confirm", "send"})
"""What the one asked does with the answer ("they read it out", "she gives it")."""
_EXPORTS = frozenset({"export", "extract", "csv", "dump", "download", "report", "file"})
"""What is pulled out of a system: "pulls an export", "downloads a CSV"."""
_DECIDING = frozenset(
    {"decide", "approve", "authorise", "authorize", "reject", "accept", "validate", "sign"}
    | {"prescribe", "chart", "triage", "dispense", "quote", "invoice"}
)
"""Decisions and clinical or billing acts done in a system with no object named ("the officer
decides in the VIS", "the GPs prescribe in SystmOne")."""


def _opens_np(word: str) -> bool:
    """A word that starts a second object after a person ("send them | the invoice",
    "text her | tomorrow's slots"), not a demonstrative that points back."""
    return (
        word in lx.DETERMINERS and word not in {"this", "that", "these", "those", "each", "every"}
    ) or lx.is_time_possessive(word)


_TAKEN_MESSAGES = frozenset(
    {"call", "order", "booking", "enquiry", "inquiry", "message", "request", "referral"}
    | {"complaint", "instruction"}
)
"""What someone "takes" from a party is what that party says ("takes the calls from …")."""
_TAKE_OUT = frozenset({"take", "pick", "get", "lift"})
"""Verbs that read a system when what they take comes "out of" it."""

_LISTS = frozenset({"list", "sheet", "spreadsheet", "rota", "register", "board", "whiteboard"})
"""Where people are written down: a person put there is the content, not a receiver."""

_CHECKED_WITH = frozenset({"check", "confirm", "verify", "get", "take", "collect", "chase"})
"""What a call is made for when its object is the called party's own ("their income")."""
_CALL_TAKING = frozenset({"take", "write", "log", "note", "jot", "enter", "put", "key", "type"})
"""What whoever answers a call does with what it says ("takes the details", "writes it")."""
_PHONE_LINES = frozenset({"line", "phone", "number", "mobile", "hotline", "helpline"})
"""What a call rings when it names no one ("ring the house phone", "our freephone line")."""


def _rung_alone(s: Sentence, call: Clause) -> bool:
    """The call names nobody it reaches: after the verb come only adverbs or "up"/"in",
    then the clause ends ("the member rings, and …", "the older ones still ring and …"),
    or only a telephone line ("customers ring the house phone, and my wife writes …")."""
    assert call.verb is not None
    k = call.verb + 1
    while s.low(k) in lx.ADVERBS or s.low(k) in {"up", "in", "through"}:
        k += 1
    line = s.np_at(k, call.end)
    if line is not None and not line.proper and fold_plural(line.head.lower()) in _PHONE_LINES:
        k = line.end
    return k >= call.end or s.low(k) in {",", "and", "then", ".", ";", "when", "if"}


_RUNG = lx.CALL_VERBS | {"radio"}
"""Calls that carry nothing but the question they are made to put."""

_CALL_VERBS = lx.CALL_VERBS | frozenset(
    {"text", "contact", "notify", "alert", "remind", "inform", "tell", "update", "message"}
    | {"whatsapp", "chase", "brief"}
)
"""Verbs whose "them" can only be people ("… texts them"), unlike "emails them"."""


_MESSAGE_VERBS = frozenset({"text", "email", "e-mail", "message", "whatsapp", "mail", "send"})
"""Verbs that take who is sent to, then what, as two objects."""

_GIVING = frozenset({"give", "hand"})
"""Verbs that also take who gets it, then what ("gives the attendant instructions")."""

_RECORD_WRITING = frozenset({"update", "fill", "populate", "refresh", "sync", "block"})
"""What a system does to a party's own record when it writes into it."""
_OWN_RECORDS = frozenset(
    {"calendar", "diary", "schedule", "rota", "availability", "record", "profile", "account"}
)
"""Records kept for one party, read by that party."""


_ENTERED_IN_PLACE = frozenset(
    {"sign", "approve", "update", "amend", "edit", "enter", "record", "log", "complete", "tick"}
    | {"reject", "authorise", "authorize", "validate", "verify", "release", "add", "mark"}
)
"""What people do to things in a system "where" those things are kept."""

_FORM_FILLING = frozenset({"fill", "feed", "land", "go", "populate", "drop", "update", "flow"})
"""What a form does with its answers ("a Google Form that fills a sheet")."""

_SHEET_READING = frozenset({"look", "read", "check", "work", "use", "see", "watch", "monitor"})
"""What someone does with a sheet a form fills."""

_FORMS = frozenset({"form", "questionnaire", "survey", "webform"})
_FILLED_IN = _FORMS | {"booking", "bookings", "checkout", "kiosk", "self-service", "self-check-in"}
"""What people use to put something in ("patients use the online booking on our website"):
using it is entering, not reading."""
_SHEETS = frozenset({"sheet", "spreadsheet", "workbook", "tracker"})

_ADDING = frozenset({"add", "copy", "write", "enter", "upload", "save", "post", "put"})
"""Verbs whose "to" a shared sheet or board is where something is written in."""
_SHOWING = frozenset(
    {"put", "show", "display", "push", "send", "feed", "pop", "flash", "post", "throw", "raise"}
)
"""What a system does to put something on a screen."""

_TRADED = frozenset({"export", "import"})
"""Verbs of trade as well as of files: goods exported to a country are no information."""

_SCREENS = frozenset({"screen", "display", "monitor", "wallboard", "dashboard", "tv"})
"""Screens watched by the people where they hang (not phones, carried by one person)."""

_WATCHING = frozenset(
    {"watch", "see", "check", "look", "monitor", "read", "keep", "deal", "handle", "respond"}
)
"""What a person does with a screen."""


_RUN_OFF = frozenset({"report", "query", "extract", "export", "list", "printout"})
"""What is run off a system: running one takes data out of it."""
_FLOW_VERBS = (
    lx.SEND_VERBS
    | lx.RECEIVE_VERBS
    | lx.REQUEST_VERBS
    | lx.ARRIVE_VERBS
    | lx.READ_VERBS
    | lx.TELL_VERBS
    | lx.ENTRY_VERBS
    | lx.SYSTEM_ENTRY_VERBS
    # keeping, finding, using, analysing in a tool: nothing written ("cleans it in Alteryx");
    # but "does the timesheets on Xero" writes them there
    | (_NOT_ENTERING - {"do"})
    | {"be", "want", "compute", "reconcile", "compare", "merge"}
    # work on things, not on records ("fix faults in Leeds" is a place)
    | {"fix", "repair", "mend", "deliver", "drive", "pick", "pack", "install", "service"}
    | {"inspect", "visit", "meet", "live", "stay", "sell", "buy", "cook", "serve", "treat"}
    | {"teach", "train", "grow", "ship", "move", "carry", "bring"}
)
"""Verbs the flow rules read by themselves, or that put nothing in a system; any other one
acting on something in or from a named system writes it there or takes it out."""
_FROM_THERE = re.compile(r"\bfrom there\b")
"""Where something goes on from: the place it was just said to be."""
_AMOUNTS = frozenset({"more", "less", "fewer", "much", "lot", "lots", "loads", "bit", "than"})
"""Words of amount that make no content on their own ("more than it should", "a lot")."""
_CHASING_MEDIA = frozenset(
    {"text", "texts", "phone", "email", "e-mail", "emails", "letter", "letters", "whatsapp"}
    | {"sms", "call", "calls", "message", "messages", "teams", "slack", "groupcall"}
)
"""How someone is chased: chasing said with one is a reminder sent (without one, no flow)."""
_TRANSACTING = frozenset(
    {"apply", "pay", "renew", "subscribe", "enrol", "enroll", "claim", "report", "request"}
    | {"donate", "vote", "bid", "respond", "reply", "answer", "sign"}
)
"""What a person does through a portal or an app ("members renew through the portal",
"parents pay via ParentPay"): it goes into that system, as a booking does. Ordering is not
among them: what is ordered on a portal is ordered from whoever is behind it."""


_DISTRIBUTING = frozenset({"assign", "allocate", "dispatch", "delegate", "route"})
"""Verbs that give work out to people: done "in" a system, through it."""


def _checks_a_fact(s: Sentence, clause: Clause) -> bool:
    """ "… to check whether the van is free", "… to check the prisoner still has visits
    left": a fact the one called knows is checked, so their answer is what flows."""
    assert clause.verb is not None
    if clause.base != "check":
        return False
    k = clause.verb + 1
    if s.low(k) in {"whether", "if"}:
        return True
    fact = s.np_at(k, clause.end)
    if fact is None or fact.is_pronoun:
        return False
    k = fact.end
    while s.low(k) in lx.ADVERBS:
        k += 1
    info = lx.verb_info(s.low(k))
    return s.low(k) in {"is", "are", "was", "has", "have"} or (info is not None and info[1] == "s")


class ClauseFlows(PlaceFlows):
    """Reads the flows of one clause, one named step per construction."""

    def _told_inside(self, c: _ClauseRead, obj: NP) -> tuple[str, NP | None] | None:
        """ "WorldTracer texts the passenger updates": a message verb whose one object is a
        person, then what they are sent, read as two objects when no one else is sent to."""
        s = c.s
        if c.base not in _MESSAGE_VERBS | _GIVING or any(p in {"to", "for"} for p, _, _ in c.pps):
            return None
        words = [t for t in obj.toks if t.low not in lx.DETERMINERS]
        if len(words) < 2 or words[-1].text[:1].isupper():
            return None
        for k in range(len(words) - 1, 0, -1):
            who = NP(words[:k], words[0].i, words[k - 1].i + 1, None, obj.proper)
            what = NP(words[k:], words[k].i, obj.end, None, False)
            if what.head.lower() in lx.CONTAINER_HEADS:
                return None  # "emails the team inbox": where it goes, not what
            if c.base in _GIVING and any(
                fold_plural(t.low) in lx.PHYSICAL_CONTENT for t in what.toks
            ):
                return None  # "gave the bookkeeper access", "gives the porters keys"
            said_human = lx.actor_kind([t.text for t in who.toks]) in HUMAN
            name = self.actor(who, s) if said_human else None
            if name is not None and self.kind_of(name) in HUMAN and self.actor(what, s) is None:
                return name, what
        return None

    def _base_read(self, s: Sentence, clause: Clause) -> str:
        """The clause's verb as the rules read it: "the Faire orders sync into Shopify" moves
        data by itself, as "go" does, when what moves is its subject and no one sends it."""
        if (
            clause.base in lx.SELF_MOVING_VERBS
            and clause.kind != "rel"
            and not clause.passive
            and clause.subject_actor is None
            and clause.subject is not None
            and not clause.subject.is_pronoun
            and clause.verb is not None
            and s.low(clause.verb + 1) in lx.WHERE_TO_WORDS
        ):
            return "go"
        if (
            clause.base in {"go", "run", "walk", "talk"}
            and clause.verb is not None
            and s.low(clause.verb + 1) == "through"
            and s.low(clause.verb + 2) not in {"to", "into"}
            and any(s.low(k) == "with" for k in range(clause.verb + 2, clause.end))
        ):
            return "discuss"  # "goes through the options with the client": tells them
        if (
            clause.base == "keep"
            and clause.verb is not None
            and "up to date" in " ".join(s.low(k) for k in range(clause.verb, clause.end))
        ):
            return "update"  # "keeps the milestones up to date in Rocketlane": writes them
        if (
            clause.base in {"go", "look"}
            and clause.verb is not None
            and s.low(clause.verb + 1) == "through"
            and not clause.passive
            and clause.subject_actor is not None
            and self.kind_of(clause.subject_actor) in HUMAN
        ):
            return "check"  # "the shop manager goes through it every morning": reads it
        doer = (  # who does something the flow rules do not read by themselves
            clause.subject_actor
            if clause.base
            and clause.base not in _FLOW_VERBS
            and clause.verb is not None
            and not clause.passive
            else None
        )
        if (
            doer is not None
            and clause.verb is not None
            and self.kind_of(doer) in SYSTEMS
            and self._named_system(doer)
            and (
                reached := [
                    np_.prep
                    for np_ in s.nps_between(clause.verb + 1, clause.end)
                    if np_.prep in {"to", "for"}
                    and (name := self.actor(np_, s)) is not None
                    and self.kind_of(name) in (*HUMAN, *SYSTEMS)
                ]
            )
        ):
            # "kicks out a list to the planners", "Xero spits out a report for the
            # accountant": a named system sends by itself, whatever the verb
            return "send" if "to" in reached else "produce"
        if (
            doer is not None
            and clause.verb is not None
            and self.kind_of(doer) in HUMAN
            and s.np_at(clause.verb + 1 + (s.low(clause.verb + 1) in lx.PARTICLES), clause.end)
            is not None
        ):
            if self._in_a_system(s, clause, {"in", "into", "onto", "on"}):
                return "create"  # "sets the customer up in Sage", "makes the invoices in Exact"
            if self._in_a_system(s, clause, {"from"}):
                return "pull"  # "takes the shipments from CargoWise": taken out of it
        if (
            clause.base == "chase"
            and clause.verb is not None
            and any(
                s.low(k) in {"by", "on", "over", "via", "through", "with"}
                and s.low(k + 1 + (s.low(k + 1) in lx.DETERMINERS)) in _CHASING_MEDIA
                for k in range(clause.verb + 1, clause.end)
            )
        ):
            return "remind"  # "I chase the parents by text": a reminder sent to them
        if (
            clause.base in _TRANSACTING
            and clause.verb is not None
            and not clause.passive
            and clause.subject_actor is not None
            and self.kind_of(clause.subject_actor) in HUMAN
            and self._through_a_system(s, clause)
        ):
            return "book"
        if (
            clause.base == "run"
            and clause.verb is not None
            and (obj := s.np_at(clause.verb + 1, clause.end)) is not None
            and fold_plural(obj.head.lower()) in _RUN_OFF
        ):
            return "pull"  # "runs the reminder report out of RxWorks": takes it out
        return clause.base or ""

    def _in_a_system(self, s: Sentence, clause: Clause, preps: set[str]) -> bool:
        """A system named by its own name after one of ``preps`` in the clause, not a place
        people share files in ("from Dropbox" is where someone left it, STYLES.md)."""
        assert clause.verb is not None
        return any(
            np_.prep in preps
            and np_.proper
            and not {t.low for t in np_.words} & SHARED_PLACES
            and (name := self.actor(np_, s)) is not None
            and self.kind_of(name) in SYSTEMS
            for np_ in s.nps_between(clause.verb + 1, clause.end)
        )

    def _through_a_system(self, s: Sentence, clause: Clause) -> bool:
        """The clause goes through, via or on a system, and names no one it goes to."""
        assert clause.verb is not None
        through = False
        for np_ in s.nps_between(clause.verb + 1, clause.end):
            if self._owner(np_, s) or self._party_of_compound(np_, s):
                return False  # "through the supplier's portal": the party's own way in
            name = self.actor(np_, s)
            if name is None:
                continue
            if np_.prep == "from" or (
                np_.prep in {"to", "with", "for"} and self.kind_of(name) in HUMAN
            ):
                # "reports it to the warden through the app", "orders from Phoenix on
                # their website": the party named, the system is only the way
                return False
            if (
                np_.prep in {"through", "via", "on", "using", "in"}
                and self.kind_of(name) in SYSTEMS
            ):
                through = True
        return through

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
        if (
            self._read_where(s, clause)
            or self._entered_where(s, clause)
            or self._read_which(s, clause)
        ):
            return
        c = _ClauseRead(
            s, clause, pps, self._base_read(s, clause), clause.subject_actor, clause.passive
        )
        subject, passive = c.subject, c.passive
        named = self._named_after(c)
        # "walk-ins are written on the waitlist board by the door greeter": the agent writes
        writer = clause.agent_actor if passive else subject
        if writer and self.kind_of(writer) in HUMAN:
            for prep, group, _ in pps:
                for np_ in group if prep in {"on", "onto", "in", "into", "to"} else []:
                    head = fold_plural(np_.head)
                    if prep != "to" and (
                        head in _PAPER
                        or hub_key(head) in _HUBS
                        or (head in MEDIUM_HEADS and head not in SHARED_PLACES)
                    ):
                        self.writers[hub_key(fold_plural(np_.head))] = writer  # "… on the ticket"
                    if np_.is_pronoun and np_.toks[0].low == "it" and prep in {"in", "on"}:
                        # "sends a home-school book in the bag, teachers write in it": the
                        # book said just before
                        np_ = next(
                            (
                                o
                                for o in reversed(s.nps_between(0, np_.start))
                                if not o.is_pronoun and self._is_hub(o, s)
                            ),
                            np_,
                        )
                    if self._is_hub(np_, s) and (prep != "to" or c.base in _ADDING):
                        # "adds it to the shared Google Sheet": written in for others
                        self.hub_written = (writer, self.sentences_read, np_.text)
        if not passive and subject and self.kind_of(subject) in SYSTEMS:
            for _, group, _ in pps:
                for np_ in group:
                    if self._is_screen(np_):
                        # "EAM pushes the work order to their tablets": EAM's screens
                        self.device_systems[fold_plural(np_.head.lower())] = subject
        c.subject_pps = self._pps_around_subject(s, clause, clause.verb)
        clause.subject_from = clause.subject_from or self._parties_from(s, c.subject_pps)
        c.from_ = named({"from"}) or clause.subject_from
        self._object_parts(c)
        self._note_paper(c)
        content_np = c.content_np
        bare = s.low(c.obj.end) if c.obj is not None and c.obj.is_pronoun else ""
        thing = content_np.head if content_np is not None else bare  # "gave her access"
        if c.base in lx.CARRY_OR_POST_VERBS and fold_plural(thing.lower()) in lx.PHYSICAL_CONTENT:
            return  # "the pharmacy sends the medication up to the ward": not information
        if self._goods_traded(c):
            return  # "we are importing spices from India": trade, not a file import
        c.content = self._content(content_np, s)
        self._call_taken(c)
        steps = (
            self._flows_checked_with_the_called,
            self._flows_into_someones_record,
            self._flows_shown_on_a_screen,
            self._flows_form_fills_a_sheet,
            self._flows_to_a_screen_of_ones_own,
            self._flows_in_shared_box,
            self._flows_read_from_hub,
            self._flows_received,
            self._flows_read_from_system,
            self._flows_looked_up,
            self._flows_requested,
            self._flows_arrived,
            self._flows_sent,
            self._flows_on_board,
            self._flows_set_in_system,
            self._flows_done_in_named_system,
            self._flows_on_device,
        )
        for step in steps:
            if step(c):
                break
        self._flows_to_readers(c)
        self._typed_from_someones_paper(c)
        self._paper_handled(c)

    def _party_bought_from(self, s: Sentence, clause: Clause) -> str | None:
        """ "We buy the steel bars from the steel mill, and the certificate comes by email to
        quality": what arrives with no sender comes from the party named after "from" in a
        clause before it, in the same sentence."""
        for np_ in reversed(s.nps_between(0, clause.start)):
            if np_.prep == "from" and not np_.is_pronoun:
                party = self.actor(np_, s)
                return party if party and self.kind_of(party) in HUMAN else None
        return None

    def _typed_from_someones_paper(self, c: _ClauseRead) -> None:
        """ "typed by the secretaries from the doctors' dictations", "types them into
        FileMaker from the client's email": whose paper or message it was typed from told
        the typist (low), besides the entry the typing makes."""
        if c.base not in _KEYING:  # "copies the files off the combine's card": no one told
            return
        typist = c.clause.agent_actor if c.passive else c.subject
        if not typist or self.kind_of(typist) not in HUMAN:
            return
        for np_ in (n for p, g, _ in c.pps if p == "from" for n in g):
            if c.s.low(np_.end) in {"in", "on"}:
                continue  # "off the engineers' job sheets in BigChange": kept in a system
            owner = self._named_owner(np_, c.s, prep="from")
            if owner and owner != typist and self.kind_of(owner) in HUMAN:
                if not self._flow_said(owner, typist):
                    self._emit(c.s, c.clause, owner, [typist], c.content)
                return

    def _goods_traded(self, c: _ClauseRead) -> bool:
        """ "we are exporting to Europe and Middle East", "importing spices from India", said
        where the speaker introduces the business: goods bought from or sold to places named
        by their own names, not a file exported or imported (which names what it holds, or
        the system it goes into)."""
        if self.sentences_read > 2:
            return False  # what the business trades is said where the speaker introduces it
        said = c.clause.subject
        we = said is not None and said.is_pronoun and said.toks[0].low == "we"
        if (
            c.base not in _TRADED
            or c.passive
            or not (we or (c.subject and self.kind_of(c.subject) == ActorKind.organisation))
        ):
            return False  # the business trades ("we are exporting …"), not a clerk or a system
        if any(p in {"into", "onto", "in"} for p, _, _ in c.pps):
            return False  # "imports the file into Sage"
        obj = c.obj
        if obj is not None and (
            obj.is_pronoun
            or obj.proper
            or obj.head.lower() in MEDIUM_HEADS
            or fold_plural(obj.head.lower()) in MEDIUM_HEADS | lx.DATA_HEADS
        ):
            return False  # "exports the CSV", "imports them": information
        places = [n for p, g, _ in c.pps if p in {"to", "from"} for n in g]
        return bool(places) and all(
            n.proper
            and not n.is_someones
            and self.kind_of(self.actor(n, c.s) or "") != (ActorKind.organisation)
            for n in places
        )

    def _flows_shown_on_a_screen(self, c: _ClauseRead) -> bool:
        """ "The EPOS puts every order up on the kitchen screen for the pizza makers",
        "Adastra displays the queue on the screen in the clinicians' room", "… feeds the
        readings to the screen in the hangar, and I watch that": a screen is a medium from
        the system to whoever it is for, whose it is, where it hangs, or who watches it; in
        the passive ("an alarm is raised on the supervisor's screen by the MES") the agent
        shows it."""
        clause = c.clause
        subject = clause.agent_actor if c.passive else c.subject
        if (
            not subject
            or self.kind_of(subject) not in SYSTEMS
            or c.base not in _SHOWING
            or clause.verb is None
        ):
            return False
        screens = [
            np_
            for p, g, _ in c.pps
            if p in {"on", "onto", "to", "up"}
            for np_ in g
            if fold_plural(np_.head.lower()) in _SCREENS and not np_.proper
        ]
        if not screens:
            return False
        viewers = self._screen_viewers(c, screens[0])
        if not viewers or subject in viewers:
            return False
        if c.passive and clause.subject is not None:
            c.content = self._content(clause.subject, c.s)  # the alarm, not "on … screen"
        return c.found([subject], viewers)

    def _flows_form_fills_a_sheet(self, c: _ClauseRead) -> bool:
        """ "Members enter their quilts through a Google Form that fills a sheet for the show
        coordinator", "… a Google Form that lands in the onboarding team's Google Sheet": the
        form and the sheet are media from who filled the form to whose sheet it is."""
        s, clause = c.s, c.clause
        parent, antecedent = clause.parent, clause.antecedent
        if (
            clause.kind != "rel"
            or c.passive
            or c.base not in _FORM_FILLING
            or parent is None
            or antecedent is None
            or fold_plural(antecedent.head.lower()) not in _FORMS
        ):
            return False
        sheets = [c.obj] if c.obj is not None else []
        sheets += [np_ for p, g, _ in c.pps if p in {"in", "into", "onto", "to"} for np_ in g]
        sheets = [n for n in sheets if n is not None and fold_plural(n.head.lower()) in _SHEETS]
        if not sheets:
            return False
        owner = self._whose(sheets[0], s)
        if owner is None and s.low(sheets[0].end) == "for":
            after = s.np_at(sheets[0].end + 1, clause.end)
            owner = self.actor(after, s) if after is not None else None
        owner = owner or self._sheet_reader(s, sheets[0])
        filler = parent.subject_actor
        if (
            owner is None
            or filler is None
            or owner == filler
            or self.kind_of(owner) not in HUMAN
            or self.kind_of(filler) not in HUMAN
        ):
            return False
        entered = self._direct_object(s, parent) if parent.verb is not None else None
        if entered is not None and entered.end <= antecedent.start:
            c.content = self._content(entered, s)  # "enter their quilts": what is entered
        return c.found([filler], [owner])

    def _system_just_entered(self, s: Sentence, clause: Clause) -> str | None:
        """The system a person put something into in the clause just before, in the same
        sentence, when "so (that)" says it was put there for someone to read."""
        before = [o for o in s.clauses if o.end <= clause.start]
        if not before or before[-1].flow_index is None:
            return None
        between = {s.low(k) for k in range(before[-1].start, clause.start)}
        if "so" not in between:
            return None
        flow = self.flows[before[-1].flow_index]
        if (
            len(flow.targets) == 1
            and self.kind_of(flow.targets[0]) in SYSTEMS
            and self.kind_of(flow.source) in HUMAN
            and flow.targets[0] != clause.subject_actor
        ):
            return flow.targets[0]
        return None

    def _sheet_reader(self, s: Sentence, sheet: NP) -> str | None:
        """Who reads or works from a sheet said just before: "a spreadsheet the operations
        manager looks at", "…, and our referrals coordinator works from that sheet"."""
        reader_np = s.np_at(sheet.end)
        if (
            reader_np is not None
            and not reader_np.is_pronoun
            and (s.verb_at(reader_np.end) or ("", ""))[0] in _SHEET_READING
        ):
            name = self.actor(reader_np, s, relaxed=True)
            if name is not None and self.kind_of(name) in HUMAN:
                return name  # "a spreadsheet the operations manager looks at"
        # "…, and our referrals coordinator works from that sheet"
        return self._later_doer(s, sheet.end, _SHEET_READING, about=_SHEETS | {"it", "there"})

    def _later_doer(
        self, s: Sentence, after: int, verbs: frozenset[str], about: frozenset[str] | None = None
    ) -> str | None:
        """The person or team acting with one of ``verbs`` in a later active clause of the
        sentence, from token ``after`` on (one that names a word of ``about``, if given)."""
        for later in s.clauses:
            if later.start < after or later.base not in verbs or later.passive:
                continue
            if about is not None and not {s.low(k) for k in range(later.start, later.end)} & about:
                continue
            np_ = self._subject(s, later)
            name = self.actor(np_, s) if np_ is not None else None
            if name is not None and self.kind_of(name) in HUMAN:
                return name
        return None

    def _flows_to_a_screen_of_ones_own(self, c: _ClauseRead) -> bool:
        """ "The team leader has a wallboard fed live by CallDesk": what a system feeds to
        someone's own screen reaches them."""
        s, clause = c.s, c.clause
        verb = clause.verb
        if verb is None or (s.verbs.get(verb) or ("", ""))[1] != "past" or verb < 3:
            return False
        if fold_plural(s.low(verb - 1)) not in _SCREENS | {"board"}:
            return False
        have = verb - 2 - (s.low(verb - 2) in lx.DETERMINERS | {"own"})
        if s.low(have) not in {"has", "have", "gets", "get", "got"}:
            return False
        owner_np = s.np_at(clause.start, have)
        owner = self.actor(owner_np, s) if owner_np is not None else None
        systems = [t for t in self._named_after(c)({"by"}) if self.kind_of(t) in SYSTEMS]
        if owner is None or self.kind_of(owner) not in HUMAN or not systems:
            return False
        return c.found(systems[:1], [owner])

    def _screen_viewers(self, c: _ClauseRead, screen: NP) -> list[str]:
        """Who sees a screen: named after "for", its owner, who watches it in the same
        sentence, or where it hangs."""
        s = c.s
        viewers = [t for t in self._named_after(c)({"for"}) if self.kind_of(t) in HUMAN]
        if viewers:
            return viewers
        owner = self._own_screen(screen) or self._screen_team(screen, s)
        if owner is not None:
            return [owner]
        assert c.clause.verb is not None
        watcher = self._later_doer(s, c.clause.verb + 1, _WATCHING)
        if watcher is not None:
            return [watcher]  # "…, and I watch that"
        if s.low(screen.end) in {"in", "at"} and (place := s.np_at(screen.end + 1)) is not None:
            found = self._whose(place, s) or self.actor(place, s)
            if found is not None and self.kind_of(found) in HUMAN:
                return [found]  # "the screen at reception", "in the clinicians' room"
        return []

    def _own_screen(self, screen: NP) -> str | None:
        """ "on our screens", "in my queue": the speaker's."""
        return self.speaker if screen.toks[0].low in {"our", "my"} else None

    def _screen_team(self, screen: NP, s: Sentence) -> str | None:
        """ "the control room screens", "the duty engineer's screen": whose screen it is."""
        words = [t for t in screen.toks[:-1] if t.low not in lx.DETERMINERS]
        if words and words[-1].low.endswith(("'s", "’s")):  # "the duty engineer's screen"
            words[-1] = words[-1].without_possessive()
        if not words or lx.actor_kind([t.text for t in words]) not in HUMAN:
            return None
        start = words[0].i
        return self.actor(NP(words, start, words[-1].i + 1, None, screen.proper), s)

    def _flows_into_someones_record(self, c: _ClauseRead) -> bool:
        """ "Eviivo updates Airbnb's calendar", "Lex updates each barrister's diary": what a
        system writes into a party's own record reaches that party."""
        obj, s = c.obj, c.s
        if (
            c.passive
            or c.base not in _RECORD_WRITING
            or obj is None
            or not obj.is_someones
            or obj.head.lower() not in _OWN_RECORDS
            or not c.subject
            or self.kind_of(c.subject) not in SYSTEMS
        ):
            return False
        name = self._named_owner(obj, s, prep="to")
        if not name or name == c.subject:
            return False
        c.content = c.content or obj.head.lower()
        return c.found([c.subject], [name])

    @staticmethod
    def _inbox_read(s: Sentence, clause: Clause) -> bool:
        """ "… come into the finance shared inbox, which I check": a shared inbox is a
        channel, read like a place "where" someone reads."""
        antecedent = clause.antecedent
        return (
            s.low(clause.start - 1) in {"which", "that"}
            and antecedent is not None
            and antecedent.head.lower() in _INBOXES
        )

    def _read_where(self, s: Sentence, clause: Clause) -> bool:
        """ "… to our asset management platform, where the analysts look at it": people
        reading a system where something was put read it from that system. True when a
        flow was made."""
        if clause.kind != "rel" or clause.passive:
            return False
        if s.low(clause.start - 1) != "where" and not self._inbox_read(s, clause):
            return False
        reader = clause.subject_actor
        if clause.base not in lx.READ_VERBS | _LOOK_VERBS or not reader:
            return False
        before = [np_ for np_ in s.nps_between(0, clause.start - 1) if not np_.is_time]
        place = clause.antecedent or (before[-1] if before else None)
        if place is None:
            return False
        parent = clause.parent
        inbox = place.head.lower() in _INBOXES  # "the finance shared inbox"
        if place.prep in {"on", "through", "via", "onto"} or inbox:
            # "Parents post questions on the Facebook page, where the office manager reads
            # them": a channel (STYLES.md), from the writer to the reader
            posted = (
                self.flows[parent.flow_index] if parent and parent.flow_index is not None else None
            )
            channel = {
                normalise_name(self._name(place)),
                normalise_name(self.actor(place, s) or ""),
            }
            if posted is None or (
                {normalise_name(t) for t in posted.targets} - channel
                and not (inbox and len(posted.targets) == 1)
            ):
                return False
            if reader == posted.source or self.kind_of(reader) not in HUMAN:
                return False
            posted.targets = [reader]
            return True
        system = self.actor(place, s)
        if not system or self.kind_of(system) not in SYSTEMS or self.kind_of(reader) not in HUMAN:
            return False
        self._emit(s, clause, system, [reader], self.last_content)
        return True

    def _read_which(self, s: Sentence, clause: Clause) -> bool:
        """ "they pay on ParentPay, which the office checks every Friday": a person reading
        the system the relative hangs on reads it from that system. True when a flow was
        made."""
        if (
            clause.kind != "rel"
            or clause.passive
            or clause.verb is None
            or s.low(clause.start - 1) not in {"which", "that"}
            or clause.base not in _LOOK_VERBS
            or clause.antecedent is None
            # a system by its own name: a page, a log or a portal read is a place where
            # someone's writing is read (see ``places``), not a system's screen
            or not clause.antecedent.toks[-1].text[:1].isupper()
        ):
            return False
        reader = clause.subject_actor
        system = self.actor(clause.antecedent, s)
        after = s.np_at(clause.verb + 1, clause.end)
        if (
            not reader
            or not system
            or reader == system
            or self.kind_of(reader) not in HUMAN
            or self.kind_of(system) not in SYSTEMS
            or (after is not None and not after.is_time)  # "which the office checks it in"
        ):
            return False
        self._emit(s, clause, system, [reader], "")
        return True

    def _entered_where(self, s: Sentence, clause: Clause) -> bool:
        """ "… are held in Trace One, where the technologists sign them off": people who sign,
        approve or update things in a system "where" they are kept write into it."""
        if (
            clause.kind != "rel"
            or clause.passive
            or s.low(clause.start - 1) != "where"
            or clause.base not in _ENTERED_IN_PLACE
            or clause.antecedent is None
        ):
            return False
        writer = clause.subject_actor
        system = self.actor(clause.antecedent, s)
        if (
            not writer
            or not system
            or self.kind_of(writer) not in HUMAN
            or self.kind_of(system) not in SYSTEMS
        ):
            return False
        self._emit(s, clause, writer, [system], self.last_content)
        return True

    def _pps_around_subject(
        self, s: Sentence, clause: Clause, verb: int
    ) -> list[tuple[str, list[NP], int]]:
        """The phrases before the verb, not running into the subject ("For big orders
        customers phone …": the phrase is "for big orders", the customers act)."""
        pps = self._pps(s, clause.start, verb)
        subject = clause.subject
        if subject is None or not any(
            np_.start < subject.start < np_.end for _, group, _ in pps for np_ in group
        ):
            return pps
        return self._pps(s, clause.start, subject.start) + self._pps(s, subject.end, verb)

    def _group_besides(self, subject: str | None) -> str | None:
        """The group named last, or the one before it when that is the clause's subject."""
        return self.previous_group if self.last_group == subject else self.last_group

    def _people_said_before(self, s: Sentence, end: int, subject: str | None) -> str | None:
        """The last people the sentence names before ``end``, other than ``subject``
        ("Victims are told … by the unit, who phone them": the victims)."""
        for np_ in reversed(s.nps_between(0, end)):
            if np_.is_pronoun or np_.is_time:
                continue
            name = self._mention_of(np_)
            found = name.name if name is not None else self.actor(np_, s)
            if (
                found is not None
                and found != subject
                and self.kind_of(found) in HUMAN
                and fold_plural(found) != found
            ):
                return found
        return None

    def _things_said_before(self, s: Sentence, end: int) -> bool:
        """The sentence names plural things before ``end`` that "them" may stand for."""
        verbs = {c.verb for c in s.clauses if c.verb is not None}
        for np_ in s.nps_between(0, end):
            head = np_.head.lower()
            if np_.is_pronoun or np_.is_time or fold_plural(head) == head:
                continue
            if any(np_.start <= v < np_.end for v in verbs):
                continue  # "ProSolution texts them": the verb, not a noun
            name = self._mention_of(np_)
            if name is None or name.kind not in HUMAN:
                return True
        return False

    def _object_parts(self, c: _ClauseRead) -> None:
        """The object and what is passed: a person object receives ("ring us"), an indirect
        object ("send the clubs a list"), a device's owner, "lets X know" as telling."""
        s, clause, pps, base, subject, passive = c.s, c.clause, c.pps, c.base, c.subject, c.passive
        obj = None if passive else self._direct_object(s, clause)
        if (
            obj is not None
            and len(obj.words) > 1
            and obj.toks[-1].low in _QUESTION_WORDS
            and base in lx.TELL_VERBS | {"show", "ask"}
        ):
            # "tell the shop assistant what they want": who is told, then what they are told
            obj = NP(obj.toks[:-1], obj.start, obj.end - 1, obj.prep, obj.proper)
        content_np = clause.subject if passive or base in lx.ARRIVE_VERBS else obj
        if passive and (k := _retained_object_start(s, clause)) is not None:
            # "the drivers are given their routes by the dispatcher": the routes travel
            content_np = s.np_at(k, clause.end) or content_np
        obj_actor = None
        if obj is not None and obj.is_pronoun and obj.toks[0].low in _PERSON_OBJECTS:
            obj_actor = self.actor(obj, s)  # "residents ring us", "she calls him"
            if (base in lx.SEND_VERBS or base == "bring") and _opens_np(s.low(obj.end)):
                # "the agents email her their availability", "bring me the form": she receives it
                content_np = s.np_at(obj.end, clause.end)
        elif (
            obj is not None
            and not obj.is_pronoun
            and base in lx.SEND_VERBS
            and (
                s.low(obj.end) in {"a", "an", "the", "their", "our", "its", "my", "your"}
                or lx.is_time_possessive(s.low(obj.end))  # "the venue manager yesterday's sales"
            )
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
            and _opens_np(s.low(obj.end))  # not "send them that": a demonstrative
        ):
            obj_actor = self.actor(obj, s)  # "ops send them the invoice": them receive it
            if obj_actor == subject:
                obj_actor = self._group_besides(subject)
            content_np = s.np_at(obj.end, clause.end)
        elif (
            obj is not None
            and obj.toks[0].low == "them"
            and len(obj.toks) == 1
            and base in _CALL_VERBS
            and not any(p == "to" for p, _, _ in pps)  # "scans the forms and texts them to …"
        ):
            # "the learners …; ProSolution texts them": "them" is the people named last,
            # never the clause's own subject
            group = self._singular_they(obj, s) or self._people_said_before(
                s, obj.start, subject
            )  # "if a learner misses …, X texts them"; "… are told by the unit, who phone them"
            if group is None and not self._things_said_before(s, obj.start):
                group = self._group_besides(subject)  # not "referrals as everyone calls them"
            if group is None and not self._things_said_before(s, obj.start):
                group = self.talked_about()
            assert clause.verb is not None
            # "… as everyone calls them": naming, not phoning
            naming = any(s.low(k) == "as" for k in range(clause.verb - 3, clause.verb))
            if group and group != subject and self.kind_of(group) in HUMAN and not naming:
                obj_actor = group
                content_np = None
        elif obj is not None and (holder := self._device_owner(obj, s)) is not None:
            obj_actor = holder  # "it messages my phone": whoever carries the phone
            content_np = None
        elif obj is not None and not obj.is_pronoun:
            assert clause.verb is not None
            sent_back = (
                s.low(clause.verb + 1) in {"back", "over", "across", "through", "out"}
                and obj.start == clause.verb + 2
            )  # "faxes over the medication changes": what goes over, not to whom
            obj_actor = self.actor(
                obj,
                s,
                # "the exporter emails back a price offer": what goes back, not to whom
                relaxed=(base in lx.TELL_VERBS and not self._told_to(c, obj) and not sent_back)
                or (base == "ask" and s.low(obj.end) in _QUESTION_WORDS),
            )
            if obj_actor is None and (told := self._told_inside(c, obj)) is not None:
                obj_actor, content_np = told  # "texts the passenger updates"
            elif (
                obj_actor is not None
                and len(obj.words) == 1
                and obj.words[0].low in lx.DEPARTMENT_WORDS
                and obj.toks[0].low == "the"
                and any(p == "to" for p, _, _ in pps)
            ):
                obj_actor = None  # "emails the audit to the ward manager": what is sent
            elif (
                obj_actor is not None
                and len(obj.words) == 1
                and obj.words[0].text.isupper()
                and base in lx.SEND_VERBS
                and any(p == "to" and self._recipient(g[0], s) for p, g, _ in pps if g)
                and normalise_name(obj_actor) not in self.known_keys
                and not any(obj_actor in (f.source, *f.targets) for f in self.flows)
            ):
                obj_actor = None  # "emails the KDM to our projectionist": an acronym sent
            elif obj_actor is not None and base == "refer":
                # "GPs refer patients to us": whom a referral is about, not who receives it
                obj_actor, content_np = None, None
        if (
            obj_actor is not None
            and content_np is obj
            and base in {"add", "put", "enter", "book", "register", "log", "list", "write"}
            and any(
                p in {"to", "on", "onto", "into", "in"}
                and any(fold_plural(np_.head.lower()) in _LISTS for np_ in g)
                for p, g, _ in pps
            )
        ):
            obj_actor = None  # "adds each guest to the bed list": the guest is what is written
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

    def _told_to(self, c: _ClauseRead, obj: NP) -> bool:
        """A telling verb whose recipient comes after "to" ("radios the beach conditions to
        Lifeguard Control"): its object is what is told, however it could read as a party."""
        return any(
            prep == "to"
            and group
            and at >= obj.end
            # "emails a voucher to our referrals inbox": sent somewhere, the voucher travels
            and (
                self.actor(group[0], c.s) is not None
                or group[0].head.lower() in _INBOXES
                # "emails the health cert to me": sent to a person, whoever "me" is
                or (group[0].is_pronoun and group[0].toks[0].low in _PERSON_OBJECTS)
            )
            for prep, group, at in c.pps
        )

    def _made_by(self, c: _ClauseRead) -> str | None:
        """Who sent what is received, named after a participle ("receive their bills posted
        by the council", "get a report prepared by the analyst")."""
        for prep, group, at in c.pps:
            before = at - 1
            if (
                c.s.low(before) in {"them", "him", "her", "me", "us"}
                and c.s.low(before - 1) == "to"
            ):
                before -= 2  # "get the rosters emailed to them by the rostering team"
            verb = c.s.verb_at(before)
            if prep == "by" and group and verb is not None and verb[1] == "past":
                return self.actor(group[0], c.s)
        return None

    def _flows_received(self, c: _ClauseRead) -> bool:
        """Receiving ("gets it from X", "is read by Y"): from the giver to
        the receiver, the giver found in a parent clause, a maker or a system if unnamed."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, content = c.from_, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        taken = (
            base == "take"
            and not passive
            and c.obj is not None
            and fold_plural(c.obj.head.lower()) in _TAKEN_MESSAGES
            and bool(from_)
        )  # "takes the breakdown calls from the hospitals": told by them
        in_touch = clause.verb is not None and s.low(clause.verb + 2) == "touch"
        if (
            (base in lx.RECEIVE_VERBS and not in_touch)
            or (passive and base in lx.READ_VERBS)
            or taken
        ):
            # ("customers get in touch through the form": they send, nothing comes to them)
            receiver = clause.agent_actor if passive else subject
            if receiver is None and passive and from_ and base in lx.RECEIVE_VERBS:
                receiver = self._agent_said_next(s, clause)
            giver = from_[0] if from_ else (subject if passive and subject else None)
            if giver and not from_ and self._put_there(s, clause):
                giver = None  # "…, where they are read by the operators": the things put there
            if giver is None and not passive:
                giver = self._made_by(c)  # "get their timetables emailed by the office"
            if giver is None and passive and clause.kind == "rel" and clause.parent:
                parent = clause.parent  # "a slip that is collected by X"; "recorded by the
                # foremen on paper job sheets, which are collected by the administrator"
                giver = (parent.agent_actor if parent.passive else None) or parent.subject_actor
                if giver is None and parent.passive:
                    # "rosters, which are drawn up by the manager, are pinned on the board,
                    # where they are read by the drivers": who made what is pinned
                    giver = self._relative_agent(s, parent)
            if (
                giver is None
                and passive
                and clause.kind == "coord"
                and clause.parent is not None
                and clause.parent.passive
                and clause.parent.agent_actor
                and clause.parent.agent_actor != receiver
            ):
                # "the sheets are filled in by the diggers, on paper, and collected by the
                # site supervisor": from who made them to who collects them
                giver = clause.parent.agent_actor
            if giver is None and not passive:
                giver = self._relative_maker(s, clause)  # "a message that Bromcom generates"
            if giver is None and not passive:
                # "the players get it through the OPAS app", "each driver gets his jobs on
                # the driver app": the system it comes through or shows it
                shown = named({"through", "via", "on"}, systems=True)
                giver = shown[0] if shown else None
            if (
                giver is None
                and not passive
                and base in {"get", "receive"}
                and c.obj is not None
                and len(c.obj.words) > 1
            ):
                giver = self._party_of_compound(c.obj, s)  # "get the supplier invoices"
            if (
                giver is None
                and not passive
                and base in lx.PULL_VERBS
                and subject
                and self.kind_of(subject) in HUMAN
                and c.obj is not None
                and fold_plural(c.obj.head.lower()) in _EXPORTS
            ):
                # "Once all data are in PRISM, the statistician pulls an export": an export
                # pulled with no source named comes from the system named last
                giver = self._last_system_before(s, clause.start) or self.last_system
            if giver and receiver:
                sources, targets = [giver], [receiver]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    @staticmethod
    def _put_there(s: Sentence, clause: Clause) -> bool:
        """ "(pinned on the board,) where they are read by …": the pronoun after "where"
        stands for what was put there, not for a party."""
        return (
            clause.kind == "rel"
            and s.low(clause.start - 1) == "where"
            and clause.subject is not None
            and clause.subject.is_pronoun
        )

    def _agent_said_next(self, s: Sentence, clause: Clause) -> str | None:
        """ "Orders that are received from customers by email are entered in SAP by the
        clerk": who receives what no one is said to receive is the person who, in the next
        passive clause on the same thing, handles it."""
        for other in s.clauses:
            if (
                other.start < clause.end
                or other.kind != "coord"
                or other.verb is None
                or other.parent not in (clause, clause.parent)
                or not (other.passive or other.parent is clause)
            ):
                continue
            for prep, group, _ in self._pps(s, other.verb + 1, other.end):
                agent = self.actor(group[0], s) if prep == "by" and group else None
                if agent is not None and self.kind_of(agent) in HUMAN:
                    return agent
            return None
        return None

    def _flows_read_from_system(self, c: _ClauseRead) -> bool:
        """A person reading something out of a system ("checks the TTO in
        EPMA", "takes the scores out of Submittable"): from the system to the reader."""
        base, subject, passive = c.base, c.subject, c.passive
        obj = c.obj
        named = self._named_after(c)
        taken_out = base in _TAKE_OUT and any(
            p == "from" and c.s.low(at) == "out" for p, _, at in c.pps
        )  # "picks a few items out of Omeka", "takes the scores out of Submittable"
        if (
            (base in lx.READ_VERBS or taken_out)
            and base not in lx.SYSTEM_ENTRY_VERBS
            and not passive
            and not self._checked_in(c)
            and subject
            and self.kind_of(subject) in HUMAN
            and not (obj is not None and (obj.is_pronoun or obj.head in {"one", "ones"}))
            and not (base == "use" and obj is not None and obj.head.lower() in _FILLED_IN)
            and (shown := named({"from", "in", "on"}, systems=True))
        ):
            # "reads the exceptions report from the tracking platform", "checks the TTO in
            # EPMA": what a person reads out of a system flows from the system to them
            return c.found([self._app_of(shown[0])], [subject])
        return False

    def _flows_looked_up(self, c: _ClauseRead) -> bool:
        """A person looking at a system itself ("I check Pulse every
        morning"): from the system to the person."""
        s, base, subject, passive = c.s, c.base, c.subject, c.passive
        obj = c.obj
        if (
            base in _LOOK_VERBS
            and not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and obj is not None
            and (shown_system := self.actor(obj, s)) is not None
            and self.kind_of(shown_system) in SYSTEMS
        ):
            return c.found([shown_system], [subject])  # "I check Pulse every morning"
        return False

    def _call_taken(self, c: _ClauseRead) -> None:
        """ "the member rings, and the call handlers take the details", "when a customer
        phones, the receptionist writes the booking in the diary": a call rung to nobody
        named is to whoever takes or writes down what it says next (as well as the entry
        that clause makes)."""
        s, clause, subject = c.s, c.clause, c.subject
        if (
            c.passive
            or c.base not in _CALL_TAKING
            or c.obj is None
            or subject is None
            or self.kind_of(subject) not in HUMAN
        ):
            return
        before = [k for k in s.clauses if k.end <= clause.start and k.verb is not None]
        call = before[-1] if before else None
        if (
            call is None
            or call.base not in lx.CALL_VERBS
            or call.passive
            or call.flow_index is not None
            or call.subject_actor in {None, subject}
            or self.kind_of(call.subject_actor or "") not in HUMAN
            or not _rung_alone(s, call)
        ):
            return
        self._emit(s, call, call.subject_actor or "", [subject], c.content)

    def _flows_checked_with_the_called(self, c: _ClauseRead) -> bool:
        """ "phones the borrower to check their income": what is checked is the called
        party's own, so it is their answer that flows back to the caller, and the call made
        to ask carries no information of its own (like "… to ask how many beds are free")."""
        s, clause, obj = c.s, c.clause, c.obj
        parent = clause.parent
        if (
            c.base not in _CHECKED_WITH
            or c.passive
            or not (
                (obj is not None and obj.toks[0].low in {"their", "his", "her"})
                or (_checks_a_fact(s, clause) and parent is not None and parent.base in _RUNG)
            )
            or parent is None
            or parent.flow_index is None
        ):
            return False
        asked = self._asked_before(s, clause)
        caller = self.flows[parent.flow_index].source
        if asked is None or asked == caller or self.kind_of(asked) not in HUMAN:
            return False
        content = c.content
        self._withdraw_purpose_carrier(s, clause)
        c.content = content
        return c.found([asked], [caller])

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
                # "the shops order wholesale through Faire": into the system ordered through
                through = [
                    t for t in named({"through", "via", "on"}, systems=True) if t[:1].isupper()
                ]
                targets = owners[:1] or through[:1]
            unnamed = obj is None or obj.toks[0].low in _QUESTION_WORDS
            asked = self._asked_before(s, clause) if unnamed and requester else None
            asks_for = (
                base == "ask"
                and s.low(clause.verb + 1) == "for"
                and any(
                    later.start > clause.start
                    and later.base in _ANSWERS
                    and s.low(later.start) in {"they", "he", "she"}
                    for later in s.clauses
                )
            )  # answered in the same sentence ("…, they read it out over the phone")
            if asked is not None and (s.low(clause.verb + 1) in _QUESTION_WORDS or asks_for):
                # "rings the insurer to ask for an authorisation code": the code is the flow
                # "rings control to ask how many crews are short": the one called answers
                sources, targets = [asked], [requester] if requester else []
                first = clause.verb + 1 + asks_for  # "ask for a code": the code
                content = " ".join(t.text for t in s.toks[first : clause.end] if t.text.isalnum())
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
            elif (
                base == "ask"
                and obj is not None
                and obj_actor
                and requester
                and obj_actor != requester
                and s.low(obj.end) == "for"
                and (wanted := s.np_at(obj.end + 1, clause.end)) is not None
                and not wanted.is_pronoun
                and self.actor(wanted, s) is None
            ):
                # "asks the warehouse for the stock levels": the request goes to the one
                # asked, and what is asked for comes back from them
                wanted_content = self._content(wanted, s)
                self._emit(s, clause, requester, [obj_actor], f"request for {wanted_content}")
                sources, targets = [obj_actor], [requester]
                content = wanted_content
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    @staticmethod
    def _screens_in(pps: list[tuple[str, list[NP], int]]) -> list[NP]:
        """The screens and queues a clause puts something "on" or "in", in order."""
        return [
            g[0]
            for p, g, _ in pps
            if p in {"on", "onto", "in", "into"}
            and g
            and fold_plural(g[0].head.lower()) in SHOWN_ON
        ]

    def _lands_on_a_screen(self, c: _ClauseRead) -> bool:
        """ "Parents book in Legend, and the bookings land on the reception team's screen":
        what lands on a screen or in a queue after a system was named came from it."""
        if not self._screens_in(c.pps) or any(
            np_.prep in {"through", "via"} for np_ in c.s.nps_between(0, c.clause.start)
        ):
            return False  # "GPs refer through e-RS, …, and the referrals land in …": a channel
        return self._last_system_before(c.s, c.clause.start) is not None

    def _left_in_a_tray(self, c: _ClauseRead) -> bool:
        """What arrives is put in a tray, pigeonhole or on a board ("… go in the tray")."""
        return any(
            fold_plural(np_.head.lower()) in _CARRIERS
            for p, g, _ in c.pps
            if p in {"in", "into", "on", "onto"}
            for np_ in g
        )

    def _flows_arrived(self, c: _ClauseRead) -> bool:
        """Arriving ("the job goes to the contractor", "comes back to ops"):
        the source is who held, wrote or sent it before, or the main clause's subject."""
        s, clause, base, passive = c.s, c.clause, c.base, c.passive
        from_, obj_actor, content = c.from_, c.obj_actor, c.content
        named = self._named_after(c)
        sources: list[str] = []
        targets: list[str] = []
        if (
            base in lx.ARRIVE_VERBS
            and self._lands_on_a_screen(c)
            # "… and they come through to me on the phone": the one it comes to is named
            and not any(self.kind_of(t) in HUMAN for t in named({"to"}))
        ):
            return False  # the reader's screens step: from the system that shows it
        if (
            base in {"go", "come"}
            and not passive
            and clause.subject is not None
            and not clause.subject.is_pronoun
            and fold_plural(clause.subject.head.lower()) in lx.PERSON_WORDS
            and not any(p == "with" for p, _, _ in c.pps)
        ):
            return False  # "the QC inspector is going to the factory": a visit, no data
        if base in lx.ARRIVE_VERBS and (queued := self._dropped_in_own_queue(c)) is not None:
            # "the salvage instruction drops into my queue in Guidewire", "they drop into my
            # queue automatically": the system puts it there for the queue's owner
            return c.found(*queued)
        if base in lx.ARRIVE_VERBS:
            source = from_[0] if from_ else None
            if source is None and clause.subject is not None and not passive:
                source = self._owner_of_content(clause.subject, s)  # "their numbers come …"
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                source = self._system_of_compound(clause.subject, s)  # "the IRS data goes up"
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "the job then goes to the contractor": from where the job was put last
                holder = self._holder_of(clause.subject.text)
                source = holder if holder and self.kind_of(holder) in SYSTEMS else None
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "the press operators write the readings on the ticket … then the ticket
                # comes back to me": from whoever wrote on it last
                source = self.writers.get(hub_key(fold_plural(clause.subject.head)))
            if source is None and _says_back(s, clause):
                back_to = named({"to"})  # "the confirmation comes back to ops": from whom
                source = self._last_sent_to(back_to[0]) if back_to else None
            if source is None and clause.kind == "rel" and clause.parent is not None:
                source = clause.parent.agent_actor or clause.parent.subject_actor
            if source is None and (
                (clause.subject is not None and clause.subject.is_pronoun)
                or (clause.kind == "main" and s.low(clause.start) in {"that", "this"})
            ):
                before = [c for c in s.clauses if c.end <= clause.start and c.subject_actor]
                source = before[-1].subject_actor if before else None  # "… and it goes into"
                if source and before[-1].flow_index is not None:
                    said = self.flows[before[-1].flow_index]
                    kept = [t for t in said.targets if self.kind_of(t) in SYSTEMS]
                    if self.kind_of(said.source) in SYSTEMS and self.kind_of(source) in HUMAN:
                        # "assigns each match to a referee in Whole Game, and it goes to
                        # their phone": it last went out of the system
                        source = said.source
                    elif (
                        len(said.targets) == 1
                        and kept
                        and not self._way_in(kept[0])
                        and self.kind_of(source) in HUMAN
                    ):
                        # "I put the orders in Procura, and it goes through to the base":
                        # from the system it was put in
                        source = kept[0]
                    else:
                        # "members book on the app and it goes straight into Legend": the
                        # app is the way in, the system the receiver
                        said.targets = [t for t in said.targets if not self._way_in(t)]
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "Buyers bid online; the online bids come straight into the auction
                # system": what arrives is what someone just did
                done = fold_plural(clause.subject.head.lower())
                doers = [
                    c.subject_actor
                    for c in s.clauses
                    if c.end <= clause.start
                    and c.base
                    and c.subject_actor
                    and (
                        c.base in {done, done.removesuffix("ing"), done.removesuffix("ment")}
                        or names_the_act(done, c.base)
                    )
                ]
                source = doers[-1] if doers and self.kind_of(doers[-1]) in HUMAN else None
            if source is None and not passive:
                source = self._so_sender(s, clause)
            if (
                source is None
                and clause.subject is not None
                and not clause.subject.is_pronoun
                and clause.base != "appear"  # what appears by itself comes from a system
            ):
                # "parents fill in a form and the answers come to me": from who filled it
                source = self._earlier_writer(s, clause)
            if source is None and clause.kind == "coord":
                source = self._relative_agent(s, clause)  # "X that are sent by A arrive in B"
            if source is None and clause.subject is not None and not clause.subject.is_pronoun:
                # "the lab results come back into EMIS": the party they are named after
                source = self._party_of_compound(clause.subject, s, teams=True)
            if (
                source is None
                and clause.subject is not None
                and not clause.subject.is_pronoun
                and clause.kind != "rel"  # "…, whose bookings reach our system": theirs
                and clause.base != "appear"  # what appears by itself comes from a system
            ):
                source = self._party_bought_from(s, clause)
            if source is None and (
                _FROM_THERE.search(" ".join(s.low(k) for k in range(clause.start, clause.end)))
                or (clause.subject is not None and clause.subject.toks[0].low in {"it", "they"})
            ):
                # "the form goes into Maximizer, and from there it goes to the caseworkers":
                # from the system it went into
                source = self._named_system_before(s, clause.start)
            sources = [source] if source else []
            targets = (
                named({"to", "into", "onto"})
                or ([obj_actor] if obj_actor else [])
                or (named({"in"}, systems=True) if sources else [])
            )
            if sources and not targets and from_:
                # "applications arrive from conveyancers through the portal": into the
                # system they come through
                targets = [t for t in named({"through", "via"}, systems=True) if t not in sources][
                    :1
                ]
            if (
                not sources
                and not passive
                and clause.base == "appear"
                and (
                    shown_to := named({"to", "into", "onto"}, systems=False)
                    or [
                        w
                        for p, g, _ in c.pps
                        if p in {"in", "on", "into", "onto"}
                        for w in (self._whose(np_, s) for np_ in g)
                        if w
                    ]
                )
                and (system := self._named_system_before(s, clause.start)) is not None
            ):
                # "referrals come through SystmOne: … the task just appears in the team's task
                # list": what appears by itself on someone's list or screen comes from the
                # system named before (STYLES.md: a system pushing to a person is high)
                sources, targets = [system], shown_to
            if sources and not targets and self._left_in_a_tray(c):
                # "the hauliers bring the tickets back, and those go in the tray for the
                # office manager": the tray is a medium to whom it is left for
                targets = [t for t in named({"for"}) if self.kind_of(t) in HUMAN]
            after_verb = s.low(clause.verb + 1) if clause.verb is not None else ""
            if (
                sources
                and not targets
                and ("in" in {s.low(clause.end - 1), after_verb} or after_verb == "straight")
            ):
                # "owners book through PetAdmin online and that goes straight in": into the
                # system the booking was made through
                system = self._named_system_before(s, clause.start)
                targets = [system] if system and system not in sources else []
            if sources and not targets and not from_ and self.speakers and self.speaker:
                targets = [self.speaker]  # in talk, "their figures arrive by email": to me
            if sources and not targets and from_:
                # "jobs come in from the forwarders, and our planner writes them on the
                # board": whoever handles what came in next is who received it
                handler = self._next_handler(s, clause)
                targets = [handler] if handler and handler not in sources else []
            if (
                sources
                and not targets
                and from_
                and self.kind_of(sources[0]) in SYSTEMS
                and (into := self._last_system_before(s, clause.start)) not in {None, *sources}
            ):
                # "I cost it in Worktribe, and the salary data come through from the HR
                # system": a system's data come into the system being worked in
                assert into is not None
                targets = [into]
            if len(targets) == 1 and self.kind_of(targets[0]) == ActorKind.person:
                # "bookings come in by email to the events coordinator, and she adds them
                # to the calendar": who they came to is who "she" is next
                self.last_subject = self.last_person = targets[0]
            c.sources, c.targets, c.content = sources, targets, content
            return True
        return False

    def _flows_set_in_system(self, c: _ClauseRead) -> bool:
        """A passive whose agent is a person, done in a named system
        ("dates are set by the listing officer in CCMS"): entered there."""
        clause, base, passive = c.clause, c.base, c.passive
        named = self._named_after(c)
        if (
            passive
            and clause.agent_actor
            and self.kind_of(clause.agent_actor) in HUMAN
            and base not in lx.READ_VERBS | lx.RECEIVE_VERBS | _LOOK_VERBS
            and (into := named({"in", "into", "onto", "on", "within"}, systems=True))
        ):
            # "hearing dates are set by the listing officer in CCMS": whatever the verb,
            # what a person does to it in a named system is entered there
            return c.found([clause.agent_actor], into[:1])
        return False

    def _flows_done_in_named_system(self, c: _ClauseRead) -> bool:
        """A person doing something to a thing in a system named by its
        own name ("sets the lifts open or closed in SkiData"): entered there."""
        pps, base, subject, passive = c.pps, c.base, c.subject, c.passive
        obj, obj_actor = c.obj, c.obj_actor
        named = self._named_after(c)
        if (
            not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and (obj is not None or base in _DECIDING)
            and (obj is None or not obj.is_pronoun or obj.toks[0].low in {"it", "them"})
            and base not in lx.READ_VERBS | lx.RECEIVE_VERBS | _LOOK_VERBS | lx.ARRIVE_VERBS
            and base not in _NOT_ENTERING
            and self._system_already(pps)
            and (into := named({"in", "into"}, systems=True))
            and self._named_system(into[0])
            # "marks them in Artlogic": "them" is what is marked; "approves in MoveON"
            and (
                obj_actor is None
                or (obj is not None and obj.is_pronoun)
                or (base in _DECIDING and obj_actor == into[0])
            )
        ):
            # "lift ctrl sets the lifts open or closed in SkiData": what a person does to
            # something in a system named by its own name is entered there
            return c.found([subject], into[:1])
        return False

    def _party_of_compound(self, np_: NP, s: Sentence, *, teams: bool = False) -> str | None:
        """The party a document is named after ("the supplier invoices", "the GP referrals",
        with ``teams`` "the lab results"): who it comes from, when the party is a role or
        organisation (or a team) by its own words."""
        words = np_.words[:-1]  # the words before the head; no determiner is among them
        if not words or any(t.low.endswith(("'s", "’s")) for t in words):
            return None
        if teams and fold_plural(words[-1].low) in {"room", "house", "site", "area", "floor"}:
            return None  # "the waiting room iPad", "the house count": places
        kind = lx.actor_kind([t.text for t in words])
        if kind not in {ActorKind.organisation, ActorKind.person} | (
            {ActorKind.team} if teams else set()
        ):
            return None
        sub = NP(list(words), words[0].i, words[-1].i + 1, None, False)
        return self.actor(sub, s)

    def _given_out_in_a_system(
        self, c: _ClauseRead, sources: list[str], targets: list[str], content: str
    ) -> tuple[list[str], list[str]]:
        """ "The planner assigns each job to a surveyor in Quest": work given out to people in
        a system goes into it and comes out of it to them (STYLES.md: the chain is split).
        The flows left to emit: none when split, else those given."""
        people = [*sources, *targets]
        if not all(self.kind_of(x) in HUMAN for x in people):
            return sources, targets
        within = self._named_after(c)({"in", "on", "through", "via"}, systems=True)
        if not within or within[0] in people:
            return sources, targets
        for source in sources:
            self._emit(c.s, c.clause, source, [within[0]], content)
        self._emit(c.s, c.clause, within[0], targets, content)
        return [], []

    def _hub_no_receiver(self, writer: str, hub_text: str) -> None:
        """A hub named like a system ("a Confluence page") that someone reads there is the
        medium from its writer to the reader, no longer the writer's receiver (STYLES.md)."""
        said = hub_text.lower()
        for flow in self.flows:
            if flow.source == writer:
                flow.targets = [
                    t for t in flow.targets if self.kind_of(t) in HUMAN or t.lower() not in said
                ]

    def _flows_to_readers(self, c: _ClauseRead) -> None:
        """Last steps: the channel a flow went through, a shared file read by someone, and
        the flows found emitted (or the content remembered for "it" next)."""
        s, clause, base, subject, passive = c.s, c.clause, c.base, c.subject, c.passive
        from_, obj, content = c.from_, c.obj, c.content
        content_np = c.content_np
        sources, targets = c.sources, c.targets
        sources = self._through_channel(s, clause, sources, targets)
        sources = self._through_web_form(s, clause, sources, targets)
        works_from_it = works_from(s, clause, it=True)  # "… and the drivers work off that"
        if (
            not sources
            and not passive
            and base in lx.READ_VERBS
            and obj is not None
            and obj.is_pronoun
            and subject
            and self.kind_of(subject) in HUMAN
            and (system := self._system_just_entered(s, clause)) is not None
        ):
            # "I type them up into Spydus so the stock team can see them there": what was
            # just entered into a system is read there (STYLES.md: read in the system)
            sources, targets = [system], [subject]
        if (
            not sources
            and not passive
            and (
                (
                    base in lx.READ_VERBS
                    and ((obj is not None and obj.is_pronoun) or self._reads_that(c))
                )
                or works_from_it
            )
            and subject
            and self.kind_of(subject) in HUMAN
        ):
            # "the planner keeps the list in a shared spreadsheet and the drivers check it":
            # a shared file is a medium from its writer to its readers (STYLES.md)
            writer = self._shared_writer(s, clause)
            if writer and writer != subject:
                sources, targets = [writer], [subject]
        hub_text = ""
        if (
            not sources
            and not passive
            and base in lx.READ_VERBS | _LOOK_VERBS
            and subject
            and self.kind_of(subject) in HUMAN
            and self.hub_written is not None
            and self.hub_written[1] >= self.sentences_read - 1
            and self.hub_written[0] != subject
            and clause.kind != "rel"  # "…, where the farm manager looks them up": its own place
            and not self._checked_in(c)
            and self._reads_it(c)
            and (
                self.hub_written[1] == self.sentences_read
                or not any(o.made_flow for o in s.clauses if o.end <= clause.start)
            )  # the next sentence reads the hub unless it has sent something else first
        ):
            # "… puts the pupil on the routes spreadsheet, the shared one. Imran reads it
            # first thing", "the growers look at their own tab in there": a hub written on
            # just before is a medium from its writer to whoever reads it (STYLES.md)
            writer, _, hub_text = self.hub_written
            sources = [writer]
            targets = [r for r in [subject, *clause.co_subjects] if r != writer]
            self._hub_no_receiver(writer, hub_text)
        if not sources and clause.object_relative and subject and clause.parent is not None:
            # a shared file someone reads: a flow from its keeper to the reader
            parent = clause.parent
            while parent.verb is None and parent.kind == "rel" and parent.parent is not None:
                # "logs it into the case tracker, which is just a shared spreadsheet that
                # the secretary and the chair look at": who wrote in what it is
                parent = parent.parent
            # "… are saved by the DP team to the folder, which X reads": who wrote it there;
            # "the surveyor's report is saved to the shared drive, where …": whose it is
            keeper = (
                (parent.agent_actor if parent.passive else None)
                or parent.subject_actor
                or (
                    self._owner_of_content(parent.subject, s)
                    if parent.passive and parent.subject is not None
                    else None
                )
            )
            hub = self._hub_written(s, clause)
            reads = (
                base in lx.READ_VERBS
                or (base in lx.RECEIVE_VERBS and not from_)
                or works_from(s, clause)
            )
            if (
                reads
                and keeper
                and keeper != subject
                and (hub or self.actor(clause.antecedent, s) is None)
            ):
                # "… that the station manager and the scheduling volunteer both read"
                readers = [subject, *clause.co_subjects]
                sources, targets = [keeper], [r for r in readers if r != keeper]
                if obj is not None and obj.is_time:
                    content = self.last_content  # "which the inspector checks once a year"
                if hub and parent.flow_index is not None and targets:
                    # "logged … in a paper register, which the inspector checks": the
                    # register is a medium to its reader, never the receiver (STYLES.md)
                    written = self.flows[parent.flow_index]
                    written.targets = [t for t in written.targets if t != hub]
        if (
            sources
            and targets
            and clause.redoes
            and all(self.kind_of(t) in SYSTEMS for t in targets)
        ):
            # "they have to report it to the inspector; they do that through BeeBase": the
            # report goes into the system, which passes it on (STYLES.md: the chain is split)
            before = [c for c in s.clauses if c.end <= clause.start and c.flow_index is not None]
            if before and before[-1].base == clause.base:
                index = before[-1].flow_index
                assert index is not None
                said = self.flows[index]
                if said.source in sources:
                    said.targets = []
        if sources and targets and base in _DISTRIBUTING:
            sources, targets = self._given_out_in_a_system(c, sources, targets, content)
        if sources and targets:
            first_new = len(self.flows)
            for source in sources:
                self._emit(s, clause, source, targets, content)
            for flow in self.flows[first_new:] if hub_text else []:
                flow.cue_text = f"{hub_text} {flow.cue_text}"  # the hub is the medium
        elif (
            content_np is not None
            and not content_np.is_pronoun
            and not content_np.is_time  # "which I check every morning"
            and content
            # "the supervisor sends a gang out": people sent are no content for "it" next
            and lx.actor_kind([t.text for t in content_np.words]) not in HUMAN
            and content.split()[-1].lower() not in lx.PARTICLES
            # "that happens more than it should": an amount, nothing "them" could stand for
            and not all(word.lower() in _AMOUNTS for word in content.split())
        ):
            self.last_content = content
