"""Places information is put for someone else: shared boxes and sheets, boards and books
(hubs), paper carriers, web forms, and the devices that are a system's screens (STYLES.md).
The construction steps of ``ClauseFlows`` that read them."""

from __future__ import annotations

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import (
    _CARRIERS,
    _LOOK_VERBS,
    _NOT_ENTERING,
    _PAPER,
    _WRITTEN_ON,
    hub_key,
)
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS
from assistant.extract.heuristics.naming import _is_device
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sending import SendingFlows, _ClauseRead
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.hypergraph.names import fold_plural

_SHARED_BOXES = frozenset({"inbox", "mailbox", "sheet", "spreadsheet", "workbook", "tracker"})
"""Places several people share: what is put there reaches those who share it."""
_SHARED_SHEETS = frozenset(
    {"sheet", "spreadsheet", "workbook", "tracker", "list", "drive", "calendar"}
)
"""Shared files that are media from their writer to their readers (STYLES.md)."""
_OWN_SITES = frozenset({"portal", "site", "website", "extranet"})
"""A party's own web place ("their exhibitor portal"): what it puts there, others fetch."""
_IT_THESE = frozenset({"it", "them", "these", "those"})
"""What a later clause calls the paper it handles."""
_HUBS = frozenset(
    {
        "ledger",
        "register",
        "logbook",
        "book",
        "diary",
        "whiteboard",
        "board",
        "tray",
        "in-tray",
        "page",
    }
)
"""Hubs written in by hand: a medium from the writer to whoever reads them (STYLES.md)."""


class PlaceFlows(SendingFlows):
    """Flows through shared places, hubs, paper and devices."""

    def _on_paper(self, np_: NP | None) -> bool:
        """A paper carrier: a form, card, slip or sheet, or anything said to be on paper."""
        if np_ is None or np_.is_pronoun:
            return False
        words = {t.low for t in np_.toks}
        if words & {"paper", "handwritten", "printed"}:
            return True
        digital = words & (lx.WEB_WORDS | {"shared", "google", "online", "excel", "digital"})
        head = fold_plural(np_.head.lower())
        # "the daybook", "the notebook": a book written in is paper too
        paper = head in _PAPER or hub_key(head) == "book" or head == "notebook"
        return paper and not np_.proper and not digital

    def _note_paper(self, c: _ClauseRead) -> None:
        """Remembers who writes on a paper carrier ("members fill in a paper questionnaire",
        "groomers write notes on a card", "gives him a handwritten tally", "are booked by the
        sales volunteer in a paper diary")."""
        clause = c.clause
        # "adverts are booked by the sales volunteer in a paper diary": the agent writes
        subject = clause.agent_actor if c.passive else c.subject
        if not subject or self.kind_of(subject) not in HUMAN:
            return
        if c.base in lx.READ_VERBS | lx.RECEIVE_VERBS | _LOOK_VERBS | _NOT_ENTERING:
            return
        carriers = [c.obj] + [  # "brings the leaf together with the slip"
            np_ for p, g, _ in c.pps if p in {"on", "onto", "in", "into", "with"} for np_ in g
        ]
        paper = next((np_ for np_ in carriers if self._on_paper(np_)), None)
        if paper is not None:
            head = fold_plural(paper.head.lower())
            before = self.paper_written
            if before is not None and before[3] == head and before[0] != subject:
                return  # "… types the sheet into Fleetio": handles the paper written before
            self.paper_written = (subject, self.sentences_read, clause.end, head, paper.text)

    def _paper_handled(self, c: _ClauseRead) -> None:
        """Someone else then keeps, checks, copies or types what was written on paper
        ("…; the studio manager keeps these in a folder", "the salon manager copies the
        important ones into Gingr"): the paper carried it from its writer to them."""
        s, clause, subject, obj = c.s, c.clause, c.subject, c.obj
        written = self.paper_written
        if written is None or c.passive or not subject or self.kind_of(subject) not in HUMAN:
            return
        writer, sentence, end, head, words = written
        if (
            writer == subject
            or sentence < self.sentences_read - 1
            or (sentence == self.sentences_read and clause.start < end)
            or (
                sentence < self.sentences_read
                and any(o.made_flow for o in s.clauses if o.end <= clause.start)
            )  # the next sentence handles the paper unless it has sent something else first
            or c.base in lx.TELL_VERBS
            or any(
                f.source == writer and any(self.kind_of(t) in HUMAN for t in f.targets)
                for f in self.flows[-3:]
            )  # "fills in an accident form and gives it to the duty manager": handed already
        ):
            return
        antecedent = clause.antecedent if clause.object_relative else None
        refers = (
            (
                obj is not None
                and obj.is_pronoun
                and obj.toks[0].low in _IT_THESE
                and (sentence == self.sentences_read or obj.toks[0].low != "them")
            )  # "them" a sentence later is rather whatever was last said
            or (obj is not None and fold_plural(obj.head.lower()) in {head, "one"})
            or (antecedent is not None and fold_plural(antecedent.head.lower()) == head)
            or any(  # "checks the weight against the slip", "reads the kilos off the card"
                fold_plural(np_.head.lower()) == head
                for p, g, _ in c.pps
                if p in {"against", "off", "from"}
                for np_ in g
            )
        )
        if not refers:
            return
        first_new = len(self.flows)
        self._emit(s, clause, writer, [subject], self.last_content or "")
        for flow in self.flows[first_new:]:
            flow.cue_text = f"paper {words}"  # the paper is the medium (STYLES.md: low)
        self.paper_written = None

    def _flows_in_shared_box(self, c: _ClauseRead) -> bool:
        """An inbox or sheet that named people share ("… to the projects inbox, which all
        project coordinators share"): what was sent there reaches them (STYLES.md)."""
        s, clause, subject = c.s, c.clause, c.subject
        parent, antecedent = clause.parent, clause.antecedent
        if (
            c.base not in {"share", "monitor", "watch", "manage"}
            or not clause.object_relative
            or c.passive
            or not subject
            or parent is None
            or antecedent is None
            or fold_plural(antecedent.head.lower()) not in _SHARED_BOXES
            or any(p == "with" for p, _, _ in c.pps)
        ):
            return False
        keeper = (parent.agent_actor if parent.passive else None) or parent.subject_actor
        readers = [
            r
            for r in [subject, *clause.co_subjects]
            if r != keeper and self.kind_of(r) in HUMAN  # a first name is no reader
        ]
        if not keeper or not readers:
            return False
        box = self.actor(antecedent, s)
        content = self.last_content
        if parent.flow_index is not None:
            sent = self.flows[parent.flow_index]
            content = sent.content or content
            sent.targets = [t for t in sent.targets if t != box]
        c.sources, c.targets, c.content = [keeper], readers, content
        return True

    def _flows_read_from_hub(self, c: _ClauseRead) -> bool:
        """A hub written in by hand read later ("the yard manager writes them in the lesson
        book. The instructors check the lesson book"): a medium from its last writer to the
        reader, and no longer a receiver itself (STYLES.md)."""
        s, clause, base, subject, passive, obj = c.s, c.clause, c.base, c.subject, c.passive, c.obj
        if (
            passive
            or base not in lx.READ_VERBS | _LOOK_VERBS
            or not subject
            or self.kind_of(subject) not in HUMAN
            or obj is None
            or obj.is_pronoun
            or obj.proper
            or fold_plural(obj.head.lower()) not in _HUBS
        ):
            return False
        writer = self.writers.get(hub_key(fold_plural(obj.head.lower())))
        if writer is None or writer == subject:
            return False
        hub = self.actor(obj, s)
        content = self.last_content
        for flow in reversed(self.flows):
            if flow.source == writer and hub in flow.targets:
                flow.targets = [t for t in flow.targets if t != hub]
                content = flow.content or content
                break
        c.sources, c.targets, c.content = [writer], [subject, *clause.co_subjects], content
        return True

    def _flows_on_board(self, c: _ClauseRead) -> bool:
        """Writing on a board or sheet for a named reader ("write the
        arrivals on the whiteboard for the morning shift"): from the writer to the reader."""
        pps, base, subject, passive = c.pps, c.base, c.subject, c.passive
        named = self._named_after(c)
        if (
            not passive
            and subject
            and self.kind_of(subject) in HUMAN
            and base
            in lx.ENTRY_VERBS
            | {"write", "draw", "pin", "leave", "put", "chalk", "stick"}
            | {"tape", "hang", "display"}
            and any(
                # a note stuck on anything is read there ("sticks it on the wrapping for
                # the driver"); written, it is a board's or a tray's
                fold_plural(np_.head) in _CARRIERS or base in lx.STICK_UP_VERBS
                for p, g, _ in pps
                if p in {"on", "onto", "in", "into"}
                for np_ in g
            )
            and (board_readers := [t for t in named({"for"}) if self.kind_of(t) in HUMAN])
        ):
            # "the dock hands write the arrivals on the whiteboard for the morning shift": a
            # board or a sheet is a medium from its writer to the reader named (STYLES.md)
            return c.found([subject], [t for t in board_readers if t != subject])
        return False

    def _flows_on_device(self, c: _ClauseRead) -> bool:
        """A person doing something on a device ("signs them in on the iPad", "closes the
        work order on the tablet"): entered into the system behind it (STYLES.md: a device
        is the screen of a system, never an actor)."""
        s, base, subject = c.s, c.base, c.subject
        if c.passive:
            # "Damage is recorded by the check-in agent on a handheld": who did it entered it
            subject = c.clause.agent_actor if base in lx.ENTRY_VERBS else None
        if not subject or self.kind_of(subject) not in HUMAN:
            return False
        checked_in = self._checked_in(c)
        reading = not checked_in and base in lx.READ_VERBS | _LOOK_VERBS
        if not reading and base in lx.RECEIVE_VERBS | lx.ARRIVE_VERBS | _NOT_ENTERING:
            return False
        if not checked_in and c.obj is None and not c.passive:
            return False
        # a device said without its system is the screen of the system last used, unless
        # the clause names a system itself ("types the survey into Elmhurst on the iPad")
        named = self._named_after(c)({"on", "in", "into", "onto", "to"}, systems=True)
        guess = all(_is_device(name) for name in named)
        for prep, group, _ in c.pps:
            for np_ in group if prep in {"on", "in", "into", "onto"} else []:
                if not self._is_screen(np_):
                    continue
                if (behind := self._device_system(np_, s, guess=guess)) is None:
                    continue
                if reading:  # "the mechanics see their jobs on the tablet": shown to them
                    return c.found([behind], [subject])
                return c.found([subject], [behind])
        if reading:
            return False
        if checked_in and (into := self._named_after(c)({"on", "into"}, systems=True)):
            return c.found([subject], into[:1])  # "check people in on Roller"
        return False

    def _checked_in(self, c: _ClauseRead) -> bool:
        """ "checks people in", "signs them in": the particle "in" after the object makes
        a look or a signature an entry."""
        clause, s = c.clause, c.s
        assert clause.verb is not None
        end = c.obj.end if c.obj is not None else clause.verb + 1
        end += s.low(end) in lx.REFLEXIVES  # "sign themselves in"
        after = s.low(end + 1) if end + 1 < s.n else "."
        # a particle, not "sees the day in the app": a preposition or a stop comes next
        return s.low(end) == "in" and (after in lx.PREPOSITIONS or not after[:1].isalnum())

    def _is_hub(self, np_: NP, s: Sentence) -> bool:
        """A board, book or shared sheet that others read ("the shared Google Sheet", "the
        whiteboard in the shed", "the members workbook", "the routes spreadsheet, the shared
        one"); a spreadsheet alone may be e-mailed, so it is no hub unless said shared."""
        head = hub_key(fold_plural(np_.head.lower()))
        words = {t.low for t in np_.toks} | {s.low(k) for k in range(np_.end, np_.end + 4)}
        if head in _WRITTEN_ON | _HUBS or (head in _SHARED_SHEETS and "shared" in words):
            return True
        if np_.toks[0].low == "their" and fold_plural(np_.head.lower()) in _OWN_SITES:
            return True  # "the organiser publishes the floor plan on their exhibitor portal"
        # "the production schedule, which is a Google Sheet": what it is said to be
        said = [s.low(k) for k in range(np_.end, np_.end + 8)]
        if said[:2] == [",", "that's"]:
            description = said[2:]
        elif said[:3] in ([",", "which", "is"], [",", "that", "is"]):
            description = said[3:]
        else:
            return False
        kinds = {hub_key(fold_plural(w)) for w in description}
        return bool(kinds & (_WRITTEN_ON | _HUBS)) or (
            bool(kinds & _SHARED_SHEETS) and bool({"shared", "google"} & set(description))
        )

    def _reads_it(self, c: _ClauseRead) -> bool:
        """The clause reads something named only as "it", "them" or "there" ("reads it",
        "looks at it there", "look at their tab in there")."""
        clause, s = c.clause, c.s
        assert clause.verb is not None
        if c.obj is not None:
            return c.obj.is_pronoun and c.obj.toks[0].low in {"it", "them", "those", "this"}
        return self._reads_that(c) or any(
            s.low(k) in {"it", "them", "there"}
            # "the shop manager goes through that sheet": the place just written on
            or (
                s.low(k) in {"that", "this"}
                and hub_key(fold_plural(s.low(k + 1))) in _WRITTEN_ON | _HUBS | _SHARED_SHEETS
            )
            for k in range(clause.verb + 1, clause.end)
        )

    @staticmethod
    def _reads_that(c: _ClauseRead) -> bool:
        """ "the despatch lads see that and pack it": a demonstrative alone as the object."""
        verb = c.clause.verb
        if verb is None or c.obj is not None:
            return False
        after = c.s.low(verb + 2)
        return c.s.low(verb + 1) in {"that", "this", "those", "these"} and (
            not after[:1].isalnum() or after in {"and", "then"}
        )

    def _hub_written(self, s: Sentence, clause: Clause) -> str | None:
        """The actor a relative hangs on when it is a hub written in by hand or shared (a
        register, ledger, book, board, shared folder), not a system named by its own name:
        its readers read what its writer put there. None when it is no such hub."""
        antecedent = clause.antecedent
        if antecedent is None:
            return None
        words = {t.low for t in antecedent.toks}
        head = fold_plural(antecedent.head.lower())
        by_hand = bool(words & {"paper", "printed", "handwritten", "shared"})
        sheet = head in _SHARED_SHEETS and (by_hand or "google" in words)
        if antecedent.proper and not sheet:
            return None  # a system named by its own name is no hub
        if not (head in _HUBS or sheet or (by_hand and head in lx.DATA_HEADS | _PAPER)):
            return None
        return self.actor(antecedent, s)

    def _through_web_form(
        self, s: Sentence, clause: Clause, sources: list[str], targets: list[str]
    ) -> list[str]:
        """A web form, website or app named only as the way in, which "drops/puts/passes
        them into" a system: a medium from whoever came in through it to that system
        ("enquiries from adopters come in through the form on our website, which drops them
        into Charms")."""
        antecedent, parent = clause.antecedent, clause.parent
        if (
            clause.kind != "rel"
            or clause.object_relative
            or antecedent is None
            or antecedent.proper
            or parent is None
            or not (
                fold_plural(antecedent.head.lower()) in {"form", "webform"}
                or (
                    s.low(antecedent.start - 1) in {"on", "in"}
                    and s.low(antecedent.start - 2) in {"form", "webform"}
                )
            )  # a form, not a website or portal that passes data on (STYLES.md: split)
            or not targets
            or not all(self.kind_of(t) in SYSTEMS for t in targets)
        ):
            return sources
        senders = parent.subject_from or (
            [parent.subject_actor]
            if parent.subject_actor and self.kind_of(parent.subject_actor) in HUMAN
            else []
        )
        return senders[:1] or sources
