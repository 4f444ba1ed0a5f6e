"""The last check on a reading: every endpoint of a flow must be someone or something that
can send or receive information.

The reader accepts any concrete noun where only an actor can stand (who sends, to whom),
which finds roles no lexicon lists ("the hall warden", "cust svc") but also lets through
words the grammar misread: an adjective ("their commercial invoices"), an adverb ("drops
below"), a nominalisation or a piece of paperwork ("attendance", "move-in paperwork"), a
noun after a copula ("which is a shame"), and places where paper is left ("the office
inbox", "a paper spray register"), words of time ("Tues", "first thing"), verb forms
("sets", "book online") and dated documents ("the daily log"). Each of these fails here,
and so does its flow; a name known by its own words (a role, a team, a system, a proper
name), listed by the user, spoken by a speaker, or seen doing something ("the green
drops …") passes.

Before that, a name is replaced by who it stands for: a hub owned by a person named by a
first name ("put it in Tom's tray") by that person's role, a kind named beside a proper
name ("PRISM, our trial management system") by the proper name, a first name followed by
a team ("Marco in purchasing") by the team, a plural acronym ("GPs") by its singular; and a
nameless app beside the named system the same sender reaches is dropped.
"""

from __future__ import annotations

import re

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.actors import ActorReader
from assistant.extract.heuristics.maturity import HUMAN, SYSTEMS
from assistant.extract.heuristics.naming import _LINES
from assistant.hypergraph.names import fold_plural, normalise_name
from assistant.media import MEDIUM_HEADS
from assistant.models.infoflow import ActorKind

_ACTOR_HEADS = (
    lx.PERSON_WORDS
    | lx.TEAM_HEADS
    | lx.DEPARTMENT_WORDS
    | lx.ORGANISATION_HEADS
    | lx.TOOL_HEADS
    | lx.DATA_HEADS
)
"""Words that head an actor's name, whatever verb they also spell ("accounts", "works")."""
HUB_HEADS = frozenset(
    {"inbox", "tray", "pigeonhole", "mailbox", "hotline", "noticeboard", "pile", "basket"}
)
"""Where things are left for whoever looks: a hub, not a reader (STYLES.md)."""
_PLACES_ALWAYS_PUT_IN = frozenset(
    {"dropbox", "onedrive", "google", "instagram", "facebook", "discord", "wechat", "slack"}
    | {"pc", "laptop", "stick", "word", "sketchup", "trello"}
)
"""Where people put their own work or post it: read only by whoever the answer names."""
_PLACES_PUT_IN = _PLACES_ALWAYS_PUT_IN | {"page", "drive", "folder"}
"""The same, and places named by their kind ("the club's page", "the shared folder"),
which only count when no system of that name is known."""
_WHERE_BASED = frozenset({"based", "located"})
"""Words before "in <place>" that say where someone is ("a firm based in Kent")."""
_BUILDINGS = frozenset(
    {"showroom", "office", "warehouse", "depot", "factory", "plant", "shop", "store", "branch"}
    | {"studio", "workshop", "yard", "headquarters", "hq", "lab", "clinic", "hospital"}
)
"""Buildings a town may be named after ("the showroom in Paris", "the office in Leeds")."""
_DIRECTIONS = frozenset({"down", "over", "out"})
"""Words before "in <town>" that say where someone is ("the finance officer down in London");
not "up" nor "back", particles too ("sets the customer up in Sage")."""
_PAPER_STORES = frozenset({"register", "ledger", "diary", "book", "logbook", "binder"})
"""Books kept on a desk: a hub when they are paper."""
_PLACE_WORDS = frozenset(
    {"below", "above", "beneath", "underneath", "outside", "inside", "ahead", "behind", "away"}
    | {"online", "offline"}
    | {"downstairs", "upstairs", "abroad", "elsewhere", "here", "there", "overhead"}
)
_TIME_WORDS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
    | {"spring", "summer", "autumn", "fall", "winter", "holidays", "christmas", "easter"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec", "first", "last", "next", "thing", "half-term"}
)
"""Words of a date or a time of day ("first thing", "Tues", "autumn")."""
_ADJECTIVE_ENDINGS = ("ial", "ical", "ous", "ful", "able", "ible")
_PLAIN_ADJECTIVES = frozenset(
    {"big", "small", "large", "little", "old", "main", "whole", "full", "same", "odd", "few"}
)
"""Adjectives left alone where a noun was cut off ("the big printed panels")."""
_UNITS = frozenset(
    {"degree", "percent", "minute", "hour", "day", "week", "month", "year", "kilo", "kg"}
    | {"tonne", "ton", "litre", "liter", "mile", "metre", "meter", "pound", "euro", "dollar"}
)
"""Units after a figure: "goes over five degrees" is a measure, never an actor."""
_ABSTRACT_ENDINGS = ("ance", "ence", "ment", "ness", "work")
_NAMED_KIND = re.compile(
    r"\b(?P<proper>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),\s+(?:our|the|their|its)\s+"
    r"(?P<kind>[a-z][a-z -]{2,40}?)(?=\s*[,.;]|\s+(?:which|who|that)\b)"
    r"|\b(?:[Oo]ur|[Tt]heir|[Tt]he)\s+(?P<kind2>[a-z][a-z -]{2,40}?),\s+"
    r"(?P<proper2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=\s*[,.;])"
)
_COPULA = r"(?:is|was|are|were|'s|’s|be|being|been)\s+(?:a|an|the|such\s+a)\s+(?:\w+\s+){0,2}?"


_FRONT_WORDS = frozenset(
    {"the", "app", "apps", "phone", "mobile", "online", "web", "booking", "form", "portal"}
    | {"website", "site", "our", "their", "new"}
)


def _generic_front(name: str) -> bool:
    """An app, form, portal or website named by nobody's name ("the app", "online form")."""
    words = set(name.lower().split())
    return bool(words) and words <= _FRONT_WORDS and bool(words - {"the", "our", "their", "new"})


class Plausibility:
    """Judges the endpoints of the reader's flows against the text they were read from."""

    def __init__(self, reader: ActorReader, text: str) -> None:
        self.reader = reader
        self.text = text
        self.low = text.lower()
        self.readers = {flow.source for flow in reader.flows if flow.targets}
        self._memo: dict[str, bool] = {}
        self._stands: dict[str, str] = {}

    def apply(self) -> None:
        """Rewrite owned hubs to their owner and a kind to the proper name beside it, then
        drop what no actor can be."""
        named = self._named_kinds()
        kind_of = self.reader.kind_of
        for flow in self.reader.flows:
            targets = [self._stand_in(t, named) for t in flow.targets]
            source = self._stand_in(flow.source, named)
            if source != flow.source:
                flow.source, flow.source_kind = source, kind_of(source)
                flow.human_source = flow.source_kind in HUMAN
            if targets != flow.targets:
                flow.targets = [t for t in dict.fromkeys(targets) if t != flow.source]
                flow.target_kinds = [kind_of(t) for t in flow.targets]
        named_systems = {
            flow.source: t
            for flow in self.reader.flows
            for t in flow.targets
            if self.reader.kind_of(t) in SYSTEMS and self.reader._named_system(t)
        }
        for flow in self.reader.flows:
            if not flow.targets:
                continue
            if flow.source in named_systems:
                # "customers book on the app and it goes straight into Fresha": the app is
                # the named system's own front, not a second receiver
                kept = [k for k, t in enumerate(flow.targets) if not _generic_front(t)]
                flow.targets = [flow.targets[k] for k in kept]
                flow.target_kinds = [
                    flow.target_kinds[k] for k in kept if k < len(flow.target_kinds)
                ]
            if not self.plausible(flow.source, target=False):
                flow.targets = []
                continue
            kept = [k for k, t in enumerate(flow.targets) if self.plausible(t, target=True)]
            if len(kept) < len(flow.targets):
                kinds = flow.target_kinds
                flow.targets = [flow.targets[k] for k in kept]
                flow.target_kinds = [kinds[k] for k in kept if k < len(kinds)]
        self._drop_unread_places()

    def _drop_unread_places(self) -> None:
        """A flow whose one receiver is a place things are put (a Dropbox, a Google Drive,
        a Facebook page, a WeChat group, a PC, a Word document) that nothing is read from
        in the answer: someone keeping or posting their own work, not telling anyone.
        Such a place is a medium between its writer and its readers (STYLES.md); with no
        reader named there is no flow. On the open sets, 3 such flows were right and 26
        wrong."""
        senders = {normalise_name(f.source) for f in self.reader.flows if f.targets}
        for flow in self.reader.flows:
            if len(flow.targets) != 1 or normalise_name(flow.targets[0]) in senders:
                continue
            head = flow.targets[0].lower().split()[-1]
            if head in _PLACES_ALWAYS_PUT_IN or (
                head in _PLACES_PUT_IN and not self.reader._named_system(flow.targets[0])
            ):
                flow.targets = []

    def _stand_in(self, name: str, named: dict[str, str]) -> str:
        """Who a name stands for: the owner of a hub, the proper name of a kind, the team of
        a person named by a first name only."""
        if name not in self._stands:
            found = (
                self._owner(name)
                or named.get(name.lower())
                or self._team_of(name)
                or self._without_a_verb(name)
            )
            if (
                found is None
                and re.fullmatch(r"[A-Z]{2,4}s", name)
                and (len(name) > 3 or re.search(rf"\b{name[:-1]}\b", self.text))
            ):
                # "SREs": the role is named in the singular; "GPs" only when "the GP" is said
                # too (a two-letter acronym's plural is a name of its own: "the PMs")
                found = name[:-1]
            self._stands[name] = found or name
        return self._stands[name]

    def _without_a_verb(self, name: str) -> str | None:
        """ "office assistant collects", "presenter passes": a verb read into the end of a
        name; what is left stands, when the lexicon knows it as an actor. (A verb-like word
        in front is a modifier: "stores controller", "records clerk".)"""
        words = name.split()
        at = next(
            (
                k
                for k, word in enumerate(words[1:], 1)
                if (lx.verb_info(word) or ("", ""))[1] == "s"  # a capital: "Minor Works"
                and word.lower() not in _ACTOR_HEADS
            ),
            None,
        )
        if at is None:
            return None
        rest = words[:at]
        proper = all(word[:1].isupper() for word in rest)  # "Ines prices", "Dan orders off"
        if not proper and lx.actor_kind(rest) is None:
            return None
        if not proper and fold_plural(rest[-1].lower()) != rest[-1].lower():
            return None  # "the care workers": a plural noun, not a subject and its verb
        key = normalise_name(" ".join(rest))
        if key in self.reader.first_names:
            return self.reader.first_names[key]  # "Ines prices it": the estimator, Ines
        mention = self.reader.mentions.get(key)
        return mention.name if mention is not None else " ".join(rest)

    def _team_of(self, name: str) -> str | None:
        """ "I ring Marco in purchasing": a first name nobody introduced stands for the team
        or firm named after it (first names never become actors, STYLES.md)."""
        if not re.fullmatch(r"[A-Z][a-z]{2,}", name):
            return None
        known = self.reader.mentions.get(normalise_name(name))
        # "to" sends into a product the lexicon knows ("to Sage at head office"); a first
        # name after "to" is someone's ("to Ann in accounts")
        into = "into|onto|in|on" + ("|to" if name.lower() in lx.KNOWN_TOOLS else "")
        if (
            known is not None
            and known.kind in SYSTEMS
            and re.search(rf"\b(?:{into})\s+{re.escape(name)}\b(?!['’])", self.text)
        ):
            # "enters them into Gleaner from the store lab", "sends the takings to Sage at
            # head office": a system, no name (not "to Ann in accounts")
            return None
        match = re.search(
            rf"\b{re.escape(name)}\s+(?:in|from|at)\s+(?:the\s+)?(?P<team>[a-z]+(?:\s+[a-z]+){{0,2}})",
            self.text,
        )
        if match is None:
            return None
        words: list[str] = []
        for word in match["team"].split():
            stop = lx.DETERMINERS | lx.OBJECT_PRONOUNS | lx.SUBJECT_PRONOUNS | lx.REFLEXIVES
            if word in stop or (words and lx.verb_info(word) is not None):
                break
            if words and (word in lx.NUMBER_WORDS or word in _TIME_WORDS):
                break  # "Shona in the office three days a week": the office
            words.append(word)
        team = " ".join(words)
        if not words or lx.actor_kind(words) not in {ActorKind.team, ActorKind.organisation}:
            return None  # "Arbor at morning registration": a system at a time
        mention = self.reader.mentions.get(normalise_name(team))
        return mention.name if mention is not None else self.reader.team(team)

    def _named_kinds(self) -> dict[str, str]:
        """ "PRISM, our trial management system, …", "our facilities company, FixIt, …": a
        system or a firm named by its kind beside its proper name is one actor, the proper
        name (STYLES.md); a person's role beside a first name is left to the reader."""
        out: dict[str, str] = {}
        for match in _NAMED_KIND.finditer(self.text):
            proper = match["proper"] or match["proper2"]
            words = (match["kind"] or match["kind2"]).split()
            cuts = [k for k, w in enumerate(words) if w in lx.DETERMINERS | lx.PREPOSITIONS]
            kind = " ".join(words[cuts[-1] + 1 :] if cuts else words)  # "… to our X, Name"
            if not kind:
                continue
            if normalise_name(proper) in self.reader.first_names:
                continue
            found = lx.actor_kind(kind.split())
            if found is None or (found in HUMAN and found != ActorKind.organisation):
                continue
            key = kind.lower()
            if key in {m.name.lower() for m in self.reader.mentions.values()}:
                out[key] = self._mentioned(proper)
                mention = self.reader.mentions.get(normalise_name(out[key]))
                if mention is not None and found == ActorKind.organisation:
                    mention.kind = found  # "our facilities company, FixIt": a firm
        return out

    def _mentioned(self, proper: str) -> str:
        """The reader's spelling of a proper name, when it met it."""
        mention = self.reader.mentions.get(normalise_name(proper))
        return mention.name if mention is not None else proper

    def _owner(self, name: str) -> str | None:
        """ "Tom's tray": the role of the person whose tray it is."""
        words = name.split()
        if len(words) != 2 or fold_plural(words[1].lower()) not in HUB_HEADS | {"desk", "screen"}:
            return None
        owner = re.sub(r"['’]s$", "", words[0])
        if owner == words[0]:
            return None
        return self.reader.first_names.get(normalise_name(owner))

    def plausible(self, name: str, *, target: bool) -> bool:
        key = f"{target}:{name}"
        if key not in self._memo:
            self._memo[key] = self._judge(name, target=target)
        return self._memo[key]

    def _judge(self, name: str, *, target: bool) -> bool:
        reader = self.reader
        key = normalise_name(name)
        if not key:
            return False
        words = name.split()
        lows = [w.lower() for w in words]
        head = fold_plural(lows[-1])
        if target and name not in self.readers and self._hub(name, lows, head):
            return False  # "to the office inbox", with nobody said to read it
        if self._where_someone_is(words):
            return False  # "a supplier in Kent", "the office in Leeds": a place
        if (
            key in reader.known_keys
            or name in reader.speakers
            or name in reader.first_names.values()
            or name in reader.aliases.values()
        ):
            return True
        if self._when(lows):
            return False  # "Mon", "first thing", "spring", "end of term": when, not who
        if len(lows) > 1 and head in _UNITS and (lows[0].isdigit() or lows[0] in lx.NUMBER_WORDS):
            return False  # "five degrees", "20 minutes": a measure
        if set(lows[:-1]) & lx.TIME_ADJECTIVES and head in lx.DATA_HEADS | MEDIUM_HEADS:
            return False  # "the daily log", "a weekly list": a document, not a store
        mention = reader.mentions.get(key)
        # a capital counts inside a name, or on a word written so elsewhere: the first
        # word of a sentence ("Applicants apply …") is capitalised anyway
        proper = (
            any(w[:1].isupper() for w in words[1:])
            or any(any(c.isupper() for c in w[1:]) for w in words)
            or any(w in reader.proper_words for w in lows)
            or (len(words) == 1 and words[0][:1].isupper() and mention is None)
            or (mention is not None and mention.np is not None and mention.np.proper)
        )
        known_heads = lx.PERSON_WORDS | lx.TEAM_HEADS | lx.ORGANISATION_HEADS | lx.TOOL_HEADS
        nominal = head.endswith("ment") and head not in known_heads  # not an "-ent" agent
        if lx.actor_kind(words, proper=proper) is not None and (proper or not nominal):
            return True
        # a noun taken as a person only because it stood where an actor stands
        if self._after_copula(lows):
            return False  # "which is a shame"
        if len(lows) == 1 and self._not_a_noun(lows[0]):
            return False  # "commercial", "below"
        if len(lows) > 1 and (
            lows[-1] in lx.ADVERBS
            or lows[-1] == "online"
            or (
                (lx.verb_info(lows[-1]) or ("", ""))[1] == "base"
                and fold_plural(lows[-2]) != lows[-2]
            )
        ):
            return False  # "book online", "applicants apply": a clause, not a name
        if head == lows[-1] and lows[-1].endswith(_ABSTRACT_ENDINGS):
            return self._seen_doing(lows)  # "attendance", "move-in paperwork"
        return True

    def _hub(self, name: str, lows: list[str], head: str) -> bool:
        if head in HUB_HEADS:
            return not self._answered_by_staff(head)
        if head not in _PAPER_STORES:
            return False
        if "paper" in lows:
            return True
        mention = self.reader.mentions.get(normalise_name(name))
        owned = mention is not None and mention.np is not None and mention.np.toks[0].low
        if owned in {"my", "his", "her", "own"}:
            return True  # "in my ledger": one person's book, read by nobody else
        # "the extraction ledger, a big paper book": paper said right after its name
        at = self.low.find(name.lower())
        return (
            at >= 0
            and re.match(
                r"[^.;:]{0,4},\s+(?:a|an|the|our)\s+[\w ]{0,20}\b(?:paper|hand-?written)\b",
                self.low[at + len(name) :],
            )
            is not None
        )

    def _where_someone_is(self, words: list[str]) -> bool:
        """One capitalised word that the text only ever names after "a"/"an", a party and
        "in" ("a supplier in Kent", "an engraver in Leeds") or after "based in": where that
        party is, not a system anything is entered in ("by our accountant in Xero"); or after
        a building or a direction ("the showroom in Paris", "the finance officer down in
        London")."""
        if len(words) != 1 or not words[0][:1].isupper() or not words[0][1:].islower():
            return False
        place = re.escape(words[0].lower())
        found = list(re.finditer(rf"\b(\w+)\s+([\w-]+)\s+in\s+{place}\b", self.low))
        return len(found) == self.low.count(words[0].lower()) and all(
            m.group(2) in _WHERE_BASED | _BUILDINGS
            # "the finance officer down in London"; not a particle ("set it up in Monday.com")
            or (m.group(2) in _DIRECTIONS and lx.actor_kind([m.group(1)]) is not None)
            or (
                m.group(1) in {"a", "an"}
                and (
                    lx.actor_kind([m.group(2)]) in {ActorKind.person, ActorKind.organisation}
                    or m.group(2) in lx.TEAM_HEADS
                )
            )
            for m in found
        )

    def _answered_by_staff(self, head: str) -> bool:
        """ "phone the strandings hotline, and the hotline operator logs …": a line whose
        staff the answer names after it reaches them (the names are merged), no hub."""
        return head in _LINES and any(
            head in m.name.lower().split()[:-1] and m.kind in HUMAN
            for m in self.reader.mentions.values()
        )

    def _after_copula(self, lows: list[str]) -> bool:
        """Every time the text names it, it is what something *is* ("which is a shame")."""
        phrase = r"\s+".join(re.escape(w) for w in lows)
        found = [m.start() for m in re.finditer(rf"\b{phrase}\b", self.low)]
        return bool(found) and all(
            re.search(rf"\b{_COPULA}$", self.low[max(0, at - 40) : at]) for at in found
        )

    @staticmethod
    def _not_a_noun(word: str) -> bool:
        if word in lx.PREPOSITIONS | lx.ADVERBS | lx.PARTICLES | _PLACE_WORDS:
            return True  # "below", "along"
        info = lx.verb_info(word)
        if (info is not None and info[1] in {"s", "past"}) or word in lx.NOT_VERB_FORMS:
            return True  # "sets", "approved": a verb standing where a name was expected
        return word in _PLAIN_ADJECTIVES or (
            fold_plural(word) == word and word.endswith(_ADJECTIVE_ENDINGS)
        )

    @staticmethod
    def _when(lows: list[str]) -> bool:
        """A name made only of words of time: days and their short forms, months, seasons,
        parts of the day, "first thing", "end of term"."""
        words = [w.strip(".") for w in lows if w not in {"the", "of", "a", "every", "each"}]
        if words and fold_plural(words[-1]) == "shift":
            return False  # "the morning shift": the people on it
        return bool(words) and all(
            w in lx.TIME_NOUNS or w in lx.TIME_ADJECTIVES or w in _TIME_WORDS or w.isdigit()
            for w in words
        )

    def _seen_doing(self, lows: list[str]) -> bool:
        """The name stands before a verb somewhere in the text ("attendance drops …")."""
        phrase = r"\s+".join(re.escape(w) for w in lows)
        for match in re.finditer(rf"\b{phrase}\s+(\w+)", self.low):
            info = lx.verb_info(match.group(1))
            if info is not None and info[1] in {"s", "past"} and match.group(1) not in lx.BE_FORMS:
                return True
        return False


def keep_plausible(reader: ActorReader, text: str) -> None:
    """Drop from the reader's flows every endpoint no actor can be (see module docstring)."""
    Plausibility(reader, text).apply()
