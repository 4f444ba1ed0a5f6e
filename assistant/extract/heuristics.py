"""Free-text heuristics: find information flows in an answer, deterministically.

How a sentence is read, in order:

1. **Tokens and clauses.** Sentences are cut into clauses at ``;``, at subordinate
   openers ("When …,", "Once …,"), at relative pronouns (", which …", "that …", ", who …"),
   and at ``and`` / ``then`` / ``before`` / ``to`` when a verb follows. A clause knows its
   verb (first verb-looking word, with noun/verb ambiguity settled by the word before it:
   "the report" is a noun, "contractors report" a verb), its voice (passive after a form
   of *be*), and how it links to the clause before (shares its subject, relative to a noun).
2. **Who sends.** The subject is the first noun phrase of the clause outside a
   prepositional phrase and not a time expression; a coordinated clause ("… and emails it
   to …") reuses the previous subject; a subject relative (", who then …") uses the noun
   it follows; pronouns (they, he, she) go back to the last actor subject. In the passive
   voice the sender is the agent (``by X``), else ``from X``, else a system named in the
   subject ("WellView data is synced …"), else the last system named earlier in the sentence.
3. **Who receives.** By the verb's class: ``to``/``into`` targets for verbs of sending;
   ``in``/``on`` a system for verbs of data entry ("logs it in Salesforce"); ``with`` for
   *share*; ``for`` a person for *export*/*prepare*; the direct object for verbs of telling
   ("phones the reliability team"); ``from`` a source for verbs of receiving
   ("receives them from the banks"); lists are split ("to A, B and C"). A relative clause
   on something received names the receiver in the main clause ("the results that the
   operator radios in"), and a shared file that someone *sees / checks / downloads* is a
   flow from its keeper to that reader.
4. **Actors, not media.** A noun phrase is an actor when its head is a role, a team, an
   organisation, a system or a proper name, and never when it is a channel or a document
   (email, spreadsheet, report…), so "through the claims platform" is a medium. Where
   only an actor can stand (who sends, to whom, by whom), any other concrete noun is
   taken as a person ("citizens fill in …", "to the captain").
5. **Maturity** follows the labelling conventions of the evaluation set: the strongest
   cue of the clause wins (the transfer itself — email, phone, paper, re-typing by a
   person, API, interface, automatic — beats a carrier — shared file, export, upload, a
   business system used by a person — which beats a hint from the verb such as *hands* or
   *shares*); equal strength goes to the lower maturity ("exported then emailed" is low).
   A clause with only weak hints takes the carrier named elsewhere in the sentence ("notes
   it on paper and hands it …"). Cues about people (re-typing, handing over) are ignored
   when a system sends. Without a cue: system to system is high, a person into a system
   medium, person to person low.
6. **Clean-up.** Actor names are merged when one is a shorter form of another with the
   same head ("the engineer" → "supplier quality engineer"); duplicate flows and
   self-loops are dropped.

Nothing here is tuned to a given text; the extractor is measured on answers it has not seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from assistant.extract import lexicon as lx
from assistant.hypergraph.names import fold_plural, name_tokens, normalise_name
from assistant.models.infoflow import Actor, ActorKind, Extraction, InformationFlow, Maturity

_TOKEN = re.compile(r"\w+(?:['’&./-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|incl|dept|no|mr|mrs|ms|dr)\.\s", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")
_PENDING = "\x00pending"
_SYSTEMS = (ActorKind.tool, ActorKind.data)
_HUMAN = (ActorKind.person, ActorKind.team, ActorKind.organisation)
_SENDING = lx.SEND_VERBS | lx.SYSTEM_ENTRY_VERBS | lx.REQUEST_VERBS
_TRANSMISSION = _SENDING | lx.RECEIVE_VERBS | lx.ARRIVE_VERBS
_CHANNEL_PREPOSITIONS = frozenset({"through", "via", "using", "over", "by", "with", "as"})


# ---------------------------------------------------------------------------- tokens
@dataclass(frozen=True)
class Tok:
    """A word or punctuation mark, its lower-case form and its index in the sentence."""

    text: str
    low: str
    i: int


def split_sentences(text: str) -> list[str]:
    """Lines, bullets and sentence ends; common abbreviations do not end a sentence."""
    out: list[str] = []
    for raw_line in text.splitlines():
        line = _BULLET.sub("", raw_line).strip()
        if not line:
            continue
        protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(". ", "\x00 "), line)
        for part in _SENTENCE_END.split(protected):
            part = part.replace("\x00", ".").strip()
            if part:
                out.append(part)
    return out


_FIXED_PHRASES = re.compile(r"\b(face) to (face)\b|\b(in) (person)\b", re.IGNORECASE)


def tokenize(sentence: str) -> list[Tok]:
    text = sentence.replace("’", "'")
    text = _FIXED_PHRASES.sub(lambda m: m.group(0).replace(" ", "-"), text)
    words = _TOKEN.findall(text)
    return [Tok(w, w.casefold(), i) for i, w in enumerate(words)]


def _is_proper(tok: Tok, *, first: bool) -> bool:
    text = tok.text
    if not text[:1].isalpha():
        return False
    upper = sum(1 for c in text if c.isupper())
    if upper >= 2:
        return True
    return text[0].isupper() and not first


# ---------------------------------------------------------------------------- noun phrases
@dataclass
class NP:
    """A noun phrase: tokens ``start:end`` of a sentence, the preposition before it."""

    toks: list[Tok]
    start: int
    end: int
    prep: str | None = None
    proper: bool = False

    @property
    def words(self) -> list[Tok]:
        return [t for t in self.toks if t.low not in lx.DETERMINERS]

    @property
    def head(self) -> str:
        words = self.words
        return words[-1].low if words else ""

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.words)

    @property
    def is_pronoun(self) -> bool:
        return len(self.toks) == 1 and self.toks[0].low in (
            lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
        )

    @property
    def is_time(self) -> bool:
        words = [t.low for t in self.words]
        if not words:
            return False
        return fold_plural(words[-1]) in lx.TIME_NOUNS or (
            words[-1] == "end" and any(w in lx.TIME_NOUNS for w in words)
        )


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
    object_relative: bool = False
    co_subjects: list[str] = field(default_factory=list)
    subject_from: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    name: str
    kind: ActorKind
    np: NP | None = None


@dataclass
class _Flow:
    source: str
    targets: list[str]
    content: str
    cue_text: str
    fallback_text: str
    frequency: str
    human_source: bool
    source_kind: ActorKind
    target_kinds: list[ActorKind]


# ---------------------------------------------------------------------------- the reader
class _Sentence:
    """Everything about one sentence: tokens, verbs, clauses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.n = len(self.toks)
        self.verbs: dict[int, tuple[str, str]] = {}
        self.clauses = self._segment()

    # -- word classes -----------------------------------------------------------
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def _plural_noun(self, word: str) -> bool:
        index = next((t.i for t in self.toks if t.low == word), -1)
        original = self.toks[index].text if index >= 0 else word
        if sum(1 for c in original if c.isupper()) >= 2:
            return False  # an acronym: "LIMS", "TMS"
        if word.endswith("men") or word in lx.PLURAL_NOUNS:
            return True  # "foremen", "people", "staff"
        if not (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            return False
        if word not in lx.verb_forms():
            return True
        # "monitors", "reports": a noun when a determiner or a modifier comes before it
        before = self.low(index - 1)
        return before in lx.DETERMINERS or (
            self._contentish(before) and before not in lx.verb_forms()
        )

    def _contentish(self, word: str) -> bool:
        return (
            word[:1].isalnum()
            and word not in lx.DETERMINERS
            and word not in lx.PREPOSITIONS
            and word not in lx.COORDINATORS
            and word not in lx.RELATIVES
            and word not in lx.AUXILIARIES
            and not lx.is_adverb(word)
            and word not in lx.SUBJECT_PRONOUNS
            and word not in lx.SUBORDINATORS
        )

    def verb_at(self, i: int, *, boundary: bool = False) -> tuple[str, str] | None:
        """(base, form) if token ``i`` reads as a verb here. ``boundary``: a clause starts here."""
        word = self.low(i)
        info = lx.verb_forms().get(word)
        prev = self.low(i - 1)
        nxt = self.low(i + 1)
        if info is None:
            # an unknown word between a relative or personal pronoun and an object is a verb:
            # "who certifies it", "she measures the work"
            unknown_verb = (
                prev in {"who", "which", "they", "he", "she", "we"}
                and self._contentish(word)
                and (nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS)
            )
            return (word, "s" if word.endswith("s") else "base") if unknown_verb else None
        base, form = info
        if nxt == "of" and form in ("base", "s"):
            return None
        if base == "get":
            k = i + 1
            while lx.is_adverb(self.low(k)):
                k += 1
            following = lx.verb_forms().get(self.low(k))
            if following and following[1] == "past":
                return None  # "gets sent": an auxiliary of the passive
        floating = prev in {"each", "all", "both"} and (
            nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS
        )
        if (prev in lx.DETERMINERS and not floating) or prev.endswith("'s"):
            return None
        if form == "ing":
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
            return info
        # base or -s forms, which are often nouns too
        if i == 0:
            return None
        if boundary or floating or prev in lx.SUBJECT_PRONOUNS or prev in lx.RELATIVES:
            return info
        if prev in lx.AUXILIARIES or prev in lx.ADVERBS or prev in lx.COORDINATORS:
            return info
        if prev in {",", ";"}:
            return info
        if prev in lx.TIME_ADJECTIVES or not self._contentish(prev):
            return None
        if prev.isdigit():
            return None
        if form == "s":
            following = lx.verb_forms().get(nxt)
            if (
                following
                and following[1] == "base"
                and following[0] in _TRANSMISSION
                and base not in _TRANSMISSION
                and (self.low(i + 2) in lx.DETERMINERS or self._contentish(self.low(i + 2)))
            ):
                return None  # "the bedside monitors stream heart rate …"
            return None if self._plural_noun(prev) else info
        # base form after a noun: only after a plural subject ("contractors report"),
        # possibly followed by its complement ("operators on the night shift note …")
        if self._plural_noun(prev) or prev in lx.DEPARTMENT_WORDS:
            return info
        j = i - 1
        while j > 0 and (
            self._contentish(self.low(j))
            or self.low(j) in lx.DETERMINERS
            or self.low(j) in lx.PREPOSITIONS
        ):
            if self.low(j) in lx.PREPOSITIONS and self._plural_noun(self.low(j - 1)):
                return info if (nxt in lx.DETERMINERS or self._contentish(nxt)) else None
            j -= 1
        return None

    def is_passive(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and (self.low(j) in lx.ADVERBS or self.low(j) in {"not", "then"}):
            j -= 1
        return self.low(j) in lx.BE_FORMS or self.low(j) in lx.GET_FORMS

    def np_at(self, i: int, limit: int | None = None) -> NP | None:
        """The noun phrase starting at token ``i`` (determiners, modifiers, head)."""
        limit = self.n if limit is None else limit
        if i >= limit:
            return None
        prep = self.low(i - 1) if self.low(i - 1) in lx.PREPOSITIONS else None
        first = self.toks[i]
        if first.low in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS:
            return NP([first], i, i + 1, prep)
        j = i
        while j < limit and self.low(j) in lx.DETERMINERS:
            j += 1
        k = j
        while k < limit:
            word = self.low(k)
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
            if k > j and self.verb_at(k) is not None:
                break
            if (
                k > j
                and self._plural_noun(self.low(k - 1))
                and self.low(k + 1) in lx.DETERMINERS
                and word not in lx.verb_forms()
                and not _is_proper(self.toks[k], first=False)
            ):
                break  # "field engineers photograph the equipment": an unknown verb
            k += 1
        if k == j:
            return None
        toks = self.toks[i:k]
        proper = any(_is_proper(t, first=t.i == 0) for t in toks[j - i :])
        return NP(toks, i, k, prep, proper)

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

    # -- clauses ------------------------------------------------------------------
    def _np_before(self, i: int) -> NP | None:
        """The noun phrase ending right before token ``i`` (the antecedent of a relative)."""
        j = i - 1
        if self.low(j) == ",":
            j -= 1
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
        np_ = self.np_at(k, j + 1)
        if np_ is None or np_.end != j + 1:
            return None
        # "the screen of the line supervisor": the phrase is the thing after "of"
        return np_

    def _starts_clause_verb(self, j: int) -> int | None:
        """Index of a verb at ``j`` after optional adverbs/auxiliaries, if any."""
        k = j
        while k < self.n and (self.low(k) in lx.ADVERBS or self.low(k) in lx.AUXILIARIES):
            k += 1
        if k < self.n and self.verb_at(k, boundary=True) is not None:
            return k
        return None

    def _np_then_verb(self, j: int) -> bool:
        np_ = self.np_at(j)
        if np_ is None:
            return False
        k = np_.end
        while k < self.n and (self.low(k) in lx.ADVERBS or self.low(k) in lx.AUXILIARIES):
            k += 1
        return k < self.n and self.verb_at(k) is not None

    def _segment(self) -> list[Clause]:
        clauses: list[Clause] = []
        current = Clause(start=0)
        i = 0

        def close(at: int) -> None:
            current.end = at
            clauses.append(current)

        if (
            self.low(0) in lx.SUBORDINATORS
            and not (
                self.low(0) == "once"
                and self.low(1) in lx.DETERMINERS
                and self.low(2) in lx.TIME_NOUNS
            )
            and self.low(0) not in {"as", "after", "before", "until", "since"}
        ) or (self.low(0) in {"after", "before", "until", "since"} and "," in self.text):
            current.kind = "sub"
        while i < self.n:
            word = self.low(i)
            nxt = self.low(i + 1)
            # ; and the end of an opening subordinate clause
            if word == ";" or (word == "," and current.kind == "sub"):
                close(i)
                current = Clause(start=i + 1)
                i += 1
                continue
            if word == "," and nxt in {"which", "who", "where"}:
                antecedent = self._np_before(i)
                close(i)
                current = Clause(start=i + 2, kind="rel", antecedent=antecedent, parent=clauses[-1])
                i += 2
                continue
            if word in {"which", "who", "whom"} or (
                word == "that"
                and i > 0
                and self._contentish(self.low(i - 1))
                and self.verb_at(i - 1) is None
            ):
                if word == "that" and self.low(i - 1) in {"so", "such"}:
                    close(i)
                    current = Clause(start=i + 1)
                    i += 1
                    continue
                antecedent = self._np_before(i)
                if antecedent is not None:
                    close(i)
                    current = Clause(
                        start=i + 1, kind="rel", antecedent=antecedent, parent=clauses[-1]
                    )
                    i += 1
                    continue
            if word in {"and", "or", "then", "but", "before", "after", "while", "by", "to"} or (
                word == "," and nxt in {"then", "and", "but", "while", "or"}
            ):
                j = i + 1
                while j < self.n and self.low(j) in {"and", "then", "but", "or", ","}:
                    j += 1
                if word == "to" and (current.verb is None or self.verb_at(i + 1) is None):
                    i += 1
                    continue
                if word == "by" and not self.low(j).endswith("ing"):
                    i += 1
                    continue
                verb = self._starts_clause_verb(j)
                if verb is not None and current.verb is not None:
                    close(i)
                    parent = clauses[-1]
                    if word == "," and parent.kind == "rel" and parent.parent is not None:
                        parent = parent.parent  # "…, that X radios in, then issues …"
                    current = Clause(start=j, kind="coord", parent=parent)
                    i = j
                    continue
                if (
                    word in {"and", "but", ","}
                    and current.verb is not None
                    and self._np_then_verb(j)
                ):
                    close(i)
                    current = Clause(start=j)
                    i = j
                    continue
            if current.verb is None and self._contentish(word):
                at_start = i == current.start and current.kind in ("coord", "rel")
                info = self.verb_at(i, boundary=at_start)
                if info is not None and not (
                    i == current.start and not at_start and info[1] in ("base", "s")
                ):
                    current.verb = i
                    current.base = info[0]
                    participle = info[1] == "past" or word in lx.SAME_PARTICIPLE
                    current.passive = participle and self.is_passive(i)
                    self.verbs[i] = info
            i += 1
        close(self.n)
        return clauses


# ---------------------------------------------------------------------------- extraction
class FreeTextReader:
    """Reads sentences one after the other, remembering actors and the last subject."""

    def __init__(self, known_actors: Sequence[Actor] | None = None) -> None:
        self.known = list(known_actors or [])
        self.mentions: dict[str, _Mention] = {}
        self.flows: list[_Flow] = []
        self.last_subject: str | None = None
        self.last_content: str = ""
        self.received_from: dict[str, str] = {}
        self.proper_words: set[str] = set()

    def _learn_proper_words(self, text: str) -> None:
        """Words written with a capital inside a sentence are names ("into Guidewire")."""
        for sentence in split_sentences(text):
            for tok in tokenize(sentence)[1:]:
                if tok.text[:1].isupper() and tok.low not in lx.FIRST_PERSON:
                    self.proper_words.add(tok.low)

    # -- actors ------------------------------------------------------------------
    def _name(self, np_: NP) -> str:
        words = np_.words
        # a leading adjective of quantity is not part of the name ("all depot managers")
        while len(words) > 1 and words[0].low in {"new", "same", "other", "various", "relevant"}:
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

    def actor(self, np_: NP | None, sentence: _Sentence, *, relaxed: bool = False) -> str | None:
        """Register an actor phrase (resolving pronouns); its canonical name or None.

        ``relaxed``: the phrase stands where only an actor can (who sends, to whom), so an
        unknown noun is accepted as a person unless it is a channel, a time or an idea.
        """
        if np_ is None:
            return None
        if np_.is_pronoun:
            word = np_.toks[0].low
            return self.last_subject if word in lx.PERSONAL_PRONOUNS else None
        if np_.toks[0].low in lx.FIRST_PERSON or np_.is_time:
            return None
        name = self._name(np_)
        key = normalise_name(name)
        if not key:
            return None
        if key in self.mentions:
            return self.mentions[key].name
        for known in self.known:
            if key in {normalise_name(known.name), *map(normalise_name, known.aliases)}:
                self.mentions[key] = _Mention(known.name, known.kind, np_)
                return known.name
        proper = np_.proper or any(t.low in self.proper_words for t in np_.words)
        kind = lx.actor_kind([t.text for t in np_.words], proper=proper, relaxed=relaxed)
        if kind is None:
            return None
        self.mentions[key] = _Mention(name, kind, np_)
        return name

    def _recipient(self, np_: NP, s: _Sentence) -> str | None:
        """An actor after "to": unknown nouns count when determined, plural or named."""
        determined = np_.toks[0].low in lx.DETERMINERS or np_.proper
        plural = fold_plural(np_.head) != np_.head
        return self.actor(np_, s, relaxed=determined or plural)

    def kind_of(self, name: str) -> ActorKind:
        mention = self.mentions.get(normalise_name(name))
        return mention.kind if mention else ActorKind.person

    # -- per clause ----------------------------------------------------------------
    def _pps(self, s: _Sentence, start: int, end: int) -> list[tuple[str, list[NP], int]]:
        """(preposition, noun phrases, index) in a span; coordinated phrases are listed."""
        out: list[tuple[str, list[NP], int]] = []
        i = start
        while i < end:
            word = s.low(i)
            if word in lx.PREPOSITIONS or (word == "back" and s.low(i + 1) == "to"):
                prep = word
                j = i + 1
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

    def _subject(self, s: _Sentence, clause: Clause) -> NP | None:
        """The first noun phrase before the verb that is not in a PP nor a time expression."""
        stop = clause.end if clause.verb is None else clause.verb
        i = clause.start
        while i < stop:
            np_ = s.np_at(i, stop)
            if np_ is None:
                i += 1
                continue
            if np_.prep is None and not np_.is_time and s.low(np_.start - 1) != "of":
                return np_
            i = np_.end
        return None

    def _co_subjects(self, s: _Sentence, clause: Clause, first: NP) -> list[NP]:
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

    def _direct_object(self, s: _Sentence, clause: Clause) -> NP | None:
        assert clause.verb is not None
        j = clause.verb + 1
        while j < clause.end and (s.low(j) in lx.PARTICLES or s.low(j) in lx.ADVERBS):
            j += 1
        if j >= clause.end or s.low(j) in lx.PREPOSITIONS:
            return None
        return s.np_at(j, clause.end)

    def _last_system_before(self, s: _Sentence, before: int) -> str | None:
        """The last system named before a point, not counting channels ("via the network")."""
        for np_ in reversed(s.nps_between(0, before)):
            if np_.prep in _CHANNEL_PREPOSITIONS:
                continue
            name = self.actor(np_, s)
            if name and self.kind_of(name) in _SYSTEMS:
                return name
        return None

    def _content(self, np_: NP | None, s: _Sentence) -> str:
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
        for sentence_text in split_sentences(text):
            self._read_sentence(_Sentence(sentence_text))

    def _read_sentence(self, s: _Sentence) -> None:
        for clause in s.clauses:
            self._read_clause(s, clause)
        # carriers named in clauses that made no flow ("keeps a list in a shared spreadsheet")
        spare = " ".join(
            " ".join(t.text for t in s.toks[c.start : c.end]) for c in s.clauses if not c.made_flow
        )
        for flow in self.flows:
            if flow.fallback_text == _PENDING:
                flow.fallback_text = spare

    def _clause_subject(self, s: _Sentence, clause: Clause) -> tuple[NP | None, str | None]:
        if clause.kind == "coord" and clause.parent is not None:
            parent = clause.parent
            verb = s.verbs.get(clause.verb) if clause.verb is not None else None
            if parent.passive and verb and (verb[1] == "past" or verb[0] in lx.SAME_PARTICIPLE):
                clause.passive = True
                clause.agent_actor = parent.agent_actor
            clause.co_subjects = list(parent.co_subjects)
            clause.subject_from = list(parent.subject_from)
            return parent.subject, parent.subject_actor
        if clause.kind == "rel" and clause.verb is not None:
            between = range(clause.start, clause.verb)
            if all(s.low(k) in lx.ADVERBS | lx.AUXILIARIES for k in between):
                return clause.antecedent, self.actor(clause.antecedent, s)
            clause.object_relative = True
        np_ = self._subject(s, clause)
        # who sends is an actor, whatever the noun ("citizens fill in …", "dispatchers email …")
        sends = not clause.passive and clause.base in _SENDING
        name = self.actor(np_, s, relaxed=sends)
        if np_ is not None and np_.is_pronoun and clause.kind == "rel" and clause.parent:
            name = clause.parent.subject_actor or name
        if np_ is not None and name:
            others = [self.actor(o, s, relaxed=sends) for o in self._co_subjects(s, clause, np_)]
            clause.co_subjects = [o for o in others if o]
        return np_, name

    def _read_clause(self, s: _Sentence, clause: Clause) -> None:
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
        if subject and not clause.passive and self.kind_of(subject) in _HUMAN:
            self.last_subject = subject
        self._flows_of_clause(s, clause, pps)

    def _actor_of(self, s: _Sentence) -> Callable[[NP], str | None]:
        """``self.actor`` bound to a sentence, for ``map``."""
        return lambda np_: self.actor(np_, s)

    def _system_in(self, s: _Sentence, np_: NP | None) -> str | None:
        """A system named inside a phrase ("WellView data" → WellView)."""
        if np_ is None:
            return None
        for tok in np_.words:
            if _is_proper(tok, first=False):
                name = self.actor(NP([tok], tok.i, tok.i + 1, None, True), s)
                if name and self.kind_of(name) in _SYSTEMS:
                    return name
        return None

    def _flows_of_clause(
        self, s: _Sentence, clause: Clause, pps: list[tuple[str, list[NP], int]]
    ) -> None:
        assert clause.verb is not None
        base = clause.base
        subject = clause.subject_actor
        passive = clause.passive

        def named(preps: Iterable[str], *, systems: bool | None = None) -> list[str]:
            """Actors after these prepositions; ``systems`` keeps only systems (or only others)."""
            out: list[str] = []
            for prep, group, _ in pps:
                if prep not in preps:
                    continue
                for np_ in group:
                    relaxed = prep in {"to", "from"}
                    name = self._recipient(np_, s) if relaxed else self.actor(np_, s)
                    if name is None:
                        continue
                    if systems is not None and (self.kind_of(name) in _SYSTEMS) != systems:
                        continue
                    out.append(name)
            return out

        subject_pps = self._pps(s, clause.start, clause.verb)
        clause.subject_from = clause.subject_from or [
            a for p, g, _ in subject_pps if p == "from" for a in map(self._actor_of(s), g) if a
        ]
        from_ = named({"from"}) or clause.subject_from
        obj = None if passive else self._direct_object(s, clause)
        content_np = clause.subject if passive or base in lx.ARRIVE_VERBS else obj
        obj_actor = None
        if obj is not None and not obj.is_pronoun:
            obj_actor = self.actor(obj, s, relaxed=base in lx.TELL_VERBS)
        if obj_actor is not None and content_np is obj:
            # "phones the reliability team about anything critical": the object is a person
            about = next((g[0] for p, g, _ in pps if p == "about"), None)
            content_np = about
        content = self._content(content_np, s)
        sources: list[str] = []
        targets: list[str] = []

        if base in lx.RECEIVE_VERBS or (passive and base in lx.READ_VERBS):
            receiver = clause.agent_actor if passive else subject
            giver = from_[0] if from_ else (subject if passive and subject else None)
            if giver and receiver:
                sources, targets = [giver], [receiver]
        elif base in lx.REQUEST_VERBS:
            requester = clause.agent_actor if passive else subject
            sources = [requester] if requester else []
            targets = named({"from", "to"}) or ([obj_actor] if obj_actor else [])
        elif base in lx.ARRIVE_VERBS:
            source = from_[0] if from_ else None
            if source is None and clause.kind == "rel" and clause.parent is not None:
                source = clause.parent.agent_actor or clause.parent.subject_actor
            sources = [source] if source else []
            targets = named({"to", "into", "onto"}) or ([obj_actor] if obj_actor else [])
        elif base in lx.SEND_VERBS or base in lx.SYSTEM_ENTRY_VERBS:
            if base in lx.SYSTEM_ENTRY_VERBS and base not in lx.SEND_VERBS:
                targets = named({"to", "into", "onto", "in", "on", "within"}, systems=True)
            else:
                targets = named({"to", "into", "onto"})
                if base in lx.ENTRY_VERBS:
                    targets += named({"in", "on", "within"}, systems=True)
                if base in lx.SHARE_WITH_VERBS:
                    targets += named({"with"})
                if base in lx.FOR_VERBS:
                    targets += named({"for"}, systems=False)
                if obj_actor and (base in lx.TELL_VERBS or not targets):
                    targets = [obj_actor, *targets]
            if passive and base in lx.SHARE_WITH_VERBS and subject and named({"with"}):
                source, targets = subject, named({"with"})  # "X is synchronised with Y"
            elif passive:
                source = (
                    clause.agent_actor
                    or (from_[0] if from_ else None)
                    or self._system_in(s, clause.subject)
                    or self._last_system_before(s, clause.start)
                )
                if not targets and subject and subject != source:
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
            if source and not targets and base in lx.REPLY_VERBS:
                replied = self.received_from.get(source)
                targets = [replied] if replied else []
            sources = [source] if source else []
            if source and source == subject:
                sources += clause.co_subjects
        if not sources and clause.object_relative and subject and clause.parent is not None:
            # a shared file someone reads: a flow from its keeper to the reader
            keeper = clause.parent.subject_actor
            reads = base in lx.READ_VERBS or (base in lx.RECEIVE_VERBS and not from_)
            if reads and keeper and keeper != subject and self.actor(clause.antecedent, s) is None:
                sources, targets = [keeper], [subject]
        if sources and targets:
            for source in sources:
                self._emit(s, clause, source, targets, content)
        elif content_np is not None and not content_np.is_pronoun and content:
            self.last_content = content

    def _emit(
        self, s: _Sentence, clause: Clause, source: str, targets: list[str], content: str
    ) -> None:
        targets = [t for t in dict.fromkeys(targets) if t != source]
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
        freq = lx.FREQUENCY.search(cue_text) or lx.FREQUENCY.search(s.text)
        kind = self.kind_of(source)
        for target in targets:
            self.received_from[target] = source
        self.flows.append(
            _Flow(
                source=source,
                targets=targets,
                content=content,
                cue_text=cue_text,
                fallback_text=_PENDING,
                frequency=freq.group(0)[:1].lower() + freq.group(0)[1:] if freq else "",
                human_source=kind in _HUMAN,
                source_kind=kind,
                target_kinds=[self.kind_of(t) for t in targets],
            )
        )

    # -- results -----------------------------------------------------------------
    def result(self) -> Extraction:
        mapping = _merge_names(self.mentions, self.known)
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
                    content=_clip(flow.content, 500),
                    medium=_clip(medium, 200),
                    frequency=_clip(flow.frequency, 100),
                    maturity=maturity,
                )
            )
            for name in [source, *targets]:
                used.setdefault(normalise_name(name), name)
        actors = []
        for key, name in used.items():
            mention = self.mentions.get(key) or self.mentions.get(normalise_name(name))
            kind = mention.kind if mention else ActorKind.person
            for known in self.known:
                if normalise_name(known.name) == key:
                    kind = known.kind
            actors.append(Actor(name=name, kind=kind))
        return Extraction(actors=actors, flows=flows, extractor="offline")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _merge_names(mentions: dict[str, _Mention], known: Sequence[Actor]) -> dict[str, str]:
    """Map short forms onto the one longer name with the same head.

    "the engineer" → "supplier quality engineer", unless two longer names would fit.
    """
    names = [m.name for m in mentions.values()] + [k.name for k in known]
    tokens = {n: name_tokens(n) for n in names}
    mapping: dict[str, str] = {}
    for short in names:
        st = tokens[short]
        if not st:
            continue
        longer = [
            n
            for n in names
            if n != short
            and len(tokens[n]) > len(st)
            and tokens[n][-1] == st[-1]
            and set(st) <= set(tokens[n])
        ]
        heads = {normalise_name(n) for n in longer}
        if len(heads) == 1:
            mapping[short] = max(longer, key=len)
    # follow chains
    for short in list(mapping):
        target = mapping[short]
        while target in mapping and mapping[target] != target:
            target = mapping[target]
        mapping[short] = target
    return mapping


def _cues(text: str, human: bool) -> list[tuple[int, int, Maturity, str]]:
    """(strength, maturity order, maturity, label) of the cues found, strongest first."""
    order = {Maturity.low: 0, Maturity.medium: 1, Maturity.high: 2}
    found = [
        (cue.strength, order[cue.maturity], cue.maturity, cue.label)
        for cue in lx.CUES
        if (human or not cue.human_only) and cue.pattern.search(text)
    ]
    return sorted(found, key=lambda f: (-f[0], f[1]))


def judge_maturity(flow: _Flow) -> tuple[Maturity, str]:
    """Maturity and a medium label from the cues of a flow's clause (see module docstring).

    When the clause itself only has weak hints (strength 1: "hands", "shares"), carriers
    named in the sentence's other clauses ("on paper", "in a shared spreadsheet") decide.
    """
    found = _cues(flow.cue_text, flow.human_source)
    if not found or found[0][0] < 2:
        carried = [f for f in _cues(flow.fallback_text, flow.human_source) if f[0] >= 2]
        found = sorted(carried + found, key=lambda f: (-f[0], f[1]))
    if found:
        strong = [f for f in found if f[0] >= 2] or found[:1]
        labels = list(dict.fromkeys(f[3] for f in strong))
        return found[0][2], ", ".join(labels[:3])
    if flow.source_kind in _SYSTEMS:
        both = all(k in _SYSTEMS for k in flow.target_kinds)
        return Maturity.high, "automated (system to system)" if both else "automated"
    if any(k in _SYSTEMS for k in flow.target_kinds):
        return Maturity.medium, "direct entry"
    return Maturity.low, ""


def extract_free_text(text: str, known_actors: Sequence[Actor] | None = None) -> Extraction:
    """Flows and actors found in free text by the heuristics above."""
    reader = FreeTextReader(known_actors)
    reader.read(text)
    return reader.result()


__all__ = ["FreeTextReader", "extract_free_text", "judge_maturity", "split_sentences", "tokenize"]
