"""One sentence: word classes settled in context, noun phrases, clauses (steps 1 of the
reader: verbs, voice and how a clause links to the one before)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.tokens import is_proper, tokenize
from assistant.hypergraph.names import fold_plural

_BOARDS = frozenset(
    {"whiteboard", "board", "noticeboard", "spreadsheet", "sheet", "drive", "tracker", "wall"}
)
_NUMBERS = "one two three four five six seven eight nine ten eleven twelve few several"
_NUMBER_WORDS = frozenset(_NUMBERS.split())
_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekday",
        "weekend",
    ]
)
_TIME_ADVERBS = frozenset({"overnight", "today", "tonight", "tomorrow", "yesterday", "nowadays"})
_ROLE_WITH_OF = frozenset({"head", "heads", "chief", "chiefs", "director", "directors"})
_SUBJECT_WORDS = frozenset({"i", "we", "they", "he", "she"})
_QUANTIFIERS = frozenset({"most", "some", "all", "many", "few", "half", "none", "both", "each"})
SENDING = lx.SEND_VERBS | lx.SYSTEM_ENTRY_VERBS | lx.REQUEST_VERBS
TRANSMISSION = SENDING | lx.RECEIVE_VERBS | lx.ARRIVE_VERBS


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
    flow_index: int | None = None
    """Index in the reader's drafts of the flow this clause made (to withdraw it)."""
    object_relative: bool = False
    co_subjects: list[str] = field(default_factory=list)
    subject_from: list[str] = field(default_factory=list)
    by_hand: bool = False
    """A person does the transfer, though the text names only the system it comes from."""
    rel_prep: str = ""
    """The preposition of a relative such as ", from which …" (its antecedent is where)."""


def _close(clauses: list[Clause], current: Clause, at: int) -> None:
    """Ends the clause being read at ``at`` and keeps it."""
    current.end = at
    clauses.append(current)


class Sentence:
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
        self.verbs: dict[int, tuple[str, str]] = {}
        self._nps: dict[tuple[int, int], NP | None] = {}
        self._verbs: dict[tuple[int, bool], tuple[str, str] | None] = {}
        self.clauses = self._segment()

    # -- word classes -----------------------------------------------------------
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def _plural_noun(self, word: str) -> bool:
        index = next((t.i for t in self.toks if t.low == word), -1)
        original = self.toks[index].text if index >= 0 else word
        if sum(1 for c in original if c.isupper()) >= 2:
            return False  # an acronym: "LIMS", "TMS"
        if index > 0 and original[:1].isupper() and word not in lx.PLURAL_NOUNS:
            return False  # a name: "and Ines reads it"
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
        return word in self.names or (
            word[:1].isalnum()
            and word not in lx.DETERMINERS
            and word not in lx.PREPOSITIONS
            and word not in lx.COORDINATORS
            and word not in lx.RELATIVES
            and word not in lx.AUXILIARIES
            and not lx.is_adverb(word)
            and word not in lx.SUBJECT_PRONOUNS
            and word not in lx.SUBORDINATORS
            and word not in lx.REFLEXIVES
        )

    def verb_at(self, i: int, *, boundary: bool = False) -> tuple[str, str] | None:
        """(base, form) if token ``i`` reads as a verb here (memoised: the rules ask often)."""
        key = (i, boundary)
        if key not in self._verbs:
            self._verbs[key] = self._verb_at(i, boundary=boundary)
        return self._verbs[key]

    def _verb_at(self, i: int, *, boundary: bool = False) -> tuple[str, str] | None:
        """(base, form) if token ``i`` reads as a verb here. ``boundary``: a clause starts here."""
        word = self.low(i)
        info = lx.verb_info(word)
        prev = self.low(i - 1)
        nxt = self.low(i + 1)
        if info is None:
            return self._unknown_verb_at(i, word, prev, nxt)
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
            nxt in lx.DETERMINERS
            or nxt in lx.OBJECT_PRONOUNS
            # "… that the manager and the volunteer both read.": a quantifier after its noun
            or (self._contentish(self.low(i - 2)) and nxt in {".", ",", ";", "from", "in", "on"})
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
                    "not",
                    "still",
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
            if (
                self.low(i - 2) in {"a", "an", "the", "our", "their", "its", "my", "your"}
                and self._contentish(prev)
                and not self._plural_noun(prev)
                and not prev.endswith(lx.AGENT_SUFFIXES)
                and prev not in lx.TEAM_HEADS | lx.PERSON_WORDS | lx.DEPARTMENT_WORDS
                and (is_proper(self.toks[i + 1], first=False) if i + 1 < self.n else False)
            ):
                return None  # "a big shared Google Sheet": a participle before a name
            return info
        return self._noun_or_verb_at(i, info, prev, nxt, boundary=boundary, floating=floating)

    def _unknown_verb_at(self, i: int, word: str, prev: str, nxt: str) -> tuple[str, str] | None:
        """A word the lexicon does not know as a verb, read as one between a pronoun and an
        object, or ending in -s after a singular noun."""
        # an unknown word between a relative or personal pronoun and an object is a verb:
        # "who certifies it", "she measures the work"
        # or after a singular noun when it ends in -s: "the sales desk prices it"
        unknown_verb = (
            (
                prev in {"who", "which", "they", "he", "she", "we", "i", "you"}
                or (
                    word.endswith("s")
                    and not word.endswith("ss")
                    and self._contentish(prev)
                    and prev not in lx.verb_forms()
                    and not self._plural_noun(prev)
                )
            )
            and self._contentish(word)
            and (nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS)
        )
        if not unknown_verb:
            return None
        if word.endswith("s") and word[:-1] in lx.ALL_VERBS:
            return word[:-1], "s"  # "the conveyancer orders the searches"
        return word, "s" if word.endswith("s") else "base"

    def _noun_or_verb_at(
        self, i: int, info: tuple[str, str], prev: str, nxt: str, *, boundary: bool, floating: bool
    ) -> tuple[str, str] | None:
        """A base or -s form, which is often a noun too: a verb after a subject, an auxiliary
        or a boundary; a noun before "which", "are" or another verb."""
        word = self.low(i)
        base, form = info
        # base or -s forms, which are often nouns too
        if i == 0:
            return None
        if boundary or floating or prev in lx.SUBJECT_PRONOUNS or prev in lx.RELATIVES:
            return info
        if prev in lx.AUXILIARIES or prev in lx.ADVERBS or prev in lx.COORDINATORS:
            return info
        if prev in {",", ";", ":"}:
            return info
        if nxt in {"them", "him", "her", "us", "me"} and self._contentish(prev):
            return info  # "ops send them the invoice": a noun is not followed by "them"
        if prev in lx.TIME_ADJECTIVES or not self._contentish(prev):
            return None
        if prev.isdigit():
            return None
        before = lx.verb_info(self.low(i - 2))
        if form == "s" and word in lx.MEDIUM_HEADS and before is not None and before[1] != "ing":
            return None  # "sends reminder emails to …": a channel named after a verb
        if form == "s" and nxt in {"from", "for", "of"} and self._plural_subject_ahead(i + 1):
            return None  # "AOG requests from the MCC reach the desk": a plural noun
        opened = any(self.low(k) in {"when", "if", "once", "whenever"} for k in range(i - 4, i))
        if nxt == "," and form == "s" and opened and self._contentish(prev):
            return info  # "when a line stops, I phone …": the end of an opening clause
        demonstrative = (
            nxt == "that"
            and self._contentish(self.low(i + 2))
            and self.low(i + 3) in lx.PREPOSITIONS
            and (self.verb_at(i + 2) is None or self.low(i + 2) in lx.MEDIUM_HEADS | {"log"})
        )  # "the on-call person hands that sheet to the arranger", "sends that log to PPL"
        if form == "s" and (
            nxt in lx.BE_FORMS
            or (nxt in {",", "which", "who", "that", "were"} and not demonstrative)
        ):
            return None  # "Repair estimates, which …", "approved estimates are keyed …"
        if form == "s":
            following = lx.verb_forms().get(nxt)
            if (
                following
                and following[1] == "base"
                and base not in {"help", "let", "make", "have"}
                and self.low(i + 2) in lx.DETERMINERS
                and self.low(i + 2) not in {"that", "this"}
                and prev not in lx.SUBJECT_PRONOUNS | lx.RELATIVES
            ):
                return None  # "the dock hands write the arrivals": a verb follows the noun
            if (
                following
                and following[1] == "base"
                and following[0] in TRANSMISSION
                and base not in TRANSMISSION
                and (self.low(i + 2) in lx.DETERMINERS or self._contentish(self.low(i + 2)))
            ):
                return None  # "the bedside monitors stream heart rate …"
            return None if self._plural_noun(prev) else info
        return self._base_after_noun(i, info, prev, nxt)

    def _base_after_noun(
        self, i: int, info: tuple[str, str], prev: str, nxt: str
    ) -> tuple[str, str] | None:
        """A base form after a noun: a verb only after a plural subject ("contractors
        report"), possibly followed by its complement ("operators on the night shift note …")."""
        if self._plural_noun(prev) or prev in lx.DEPARTMENT_WORDS:
            return info
        if (
            prev in lx.TEAM_HEADS
            and nxt not in lx.BE_FORMS
            and (nxt in lx.DETERMINERS or (self._contentish(nxt) and self.verb_at(i + 1) is None))
            and (self.low(i - 2) in lx.DETERMINERS or self._contentish(self.low(i - 2)))
        ) or (prev in lx.TEAM_HEADS and nxt in lx.OBJECT_PRONOUNS):
            return info  # "the acquisitions team order new stock": a group takes a plural verb
        j = i - 1
        while j > 0 and (
            self._contentish(self.low(j))
            or self.low(j) in lx.DETERMINERS
            or self.low(j) in lx.PREPOSITIONS
        ):
            if (
                self.low(j) in lx.PREPOSITIONS
                and self.low(j) not in {"to", "into", "onto"}  # a destination, not a complement
                and self._plural_noun(self.low(j - 1))
            ):
                return info if (nxt in lx.DETERMINERS or self._contentish(nxt)) else None
            j -= 1
        return None

    def _plural_subject_ahead(self, prep: int) -> bool:
        """After "<noun>s from <phrase>", a verb in the base form follows: the -s word was
        the plural subject, not a verb ("requests from the MCC reach …")."""
        np_ = self.np_at(prep + 1)
        if np_ is None:
            return False
        info = lx.verb_info(self.low(np_.end))
        return info is not None and info[1] == "base" and self.low(np_.end - 1) != "to"

    def is_passive(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and (self.low(j) in lx.ADVERBS or self.low(j) in {"not", "then"}):
            j -= 1
        if self.low(j) in lx.BE_FORMS or self.low(j) in lx.GET_FORMS:
            return True
        # a reduced passive of notes: "discharge letters typed by med secs, posted to GP"
        agent = self.np_at(i + 2) if self.low(i + 1) == "by" else None
        by_name = (
            agent is not None
            and agent.head not in lx.MEDIUM_HEADS
            and not agent.is_time
            and self._contentish(self.low(j))
        )
        return by_name

    def np_at(self, i: int, limit: int | None = None) -> NP | None:
        """The noun phrase starting at token ``i`` (memoised per sentence)."""
        key = (i, self.n if limit is None else limit)
        if key not in self._nps:
            self._nps[key] = self._np_at(i, key[1])
        return self._nps[key]

    def _np_at(self, i: int, limit: int | None = None) -> NP | None:
        """The noun phrase starting at token ``i`` (determiners, modifiers, head)."""
        limit = self.n if limit is None else limit
        if i >= limit:
            return None
        prep = self.low(i - 1) if self.low(i - 1) in lx.PREPOSITIONS else None
        first = self.toks[i]
        if first.low in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS:
            return NP([first], i, i + 1, prep)
        j = i
        while j < limit and (
            self.low(j) in lx.DETERMINERS
            or (self.low(j) in {"that", "this", "same"} and self.low(j + 1) in {"same", "very"})
        ):
            j += 1
        k = j
        while k < limit:
            word = self.low(k)
            if (
                k > j
                and self.toks[k].text[:1].isupper()
                and (self.low(k - 1) in lx.TIME_NOUNS or self.low(k - 1) == "end")
            ):
                break  # "at month end Elite sends …"
            if (
                k > j
                and self.low(i) in {"every", "each", "this", "next", "last"}
                and fold_plural(self.low(k - 1)) in lx.TIME_NOUNS
            ):
                break  # "every Monday someone at the desk copies …": the time phrase ends
            if k > j and word in _TIME_ADVERBS:
                break  # "to the billing platform overnight"
            if k > j and word in {"anything", "everything", "something", "nothing"}:
                break  # "tell the key worker anything important"
            if (
                k > j
                and word in {"up", "down", "out", "off"}
                and (k + 1 >= limit or self.low(k + 1) in lx.PREPOSITIONS)
            ):
                break  # "sends the medication up to the ward": a particle, not a noun
            if (
                k > j
                and (word.isdigit() or word in _NUMBER_WORDS)
                and fold_plural(self.low(k + 1)) in lx.TIME_NOUNS
            ):
                break  # "to the solicitor five days before"
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
            if k > j and self.verb_at(k) is not None and not self._plural_in_object(i, j, k):
                break
            if (
                k > j
                and self._plural_noun(self.low(k - 1))
                and self.low(k + 1) in lx.DETERMINERS
                and word not in lx.verb_forms()
                and not is_proper(self.toks[k], first=False)
                and not self._time_phrase_at(k + 1)
            ):
                break  # "field engineers photograph the equipment": an unknown verb
            k += 1
        if k == j:
            return None
        # role names with a complement: "nurse in charge", "head of year", "heads of department"
        if (k + 1 < limit and self.low(k) == "in" and self.low(k + 1) == "charge") or (
            k + 1 < limit
            and self.low(k) == "of"
            and self.low(k - 1) in _ROLE_WITH_OF
            and self.low(k + 1).isalpha()
            and self._contentish(self.low(k + 1))
            and self.verb_at(k + 1) is None
        ):
            k += 2
        toks = self.toks[i:k]
        proper = any(is_proper(t, first=t.i == 0) for t in toks[j - i :])
        return NP(toks, i, k, prep, proper)

    def _time_phrase_at(self, i: int) -> bool:
        """ "every Monday", "each morning": a time phrase, not the object of a verb ("the
        loans desk every Monday" is a desk, not "the loans" that "desk" something)."""
        nxt = fold_plural(self.low(i + 1))
        return self.low(i) in {"every", "each", "this", "next", "last"} and (
            nxt in lx.TIME_NOUNS or nxt in _WEEKDAYS
        )

    def _plural_in_object(self, i: int, j: int, k: int) -> bool:
        """An -s word closing a determined object before a preposition is a plural noun:
        "send their loan counts to the desk", "email the sales figures into …". The object
        starts right after its verb, so the -s word cannot be a second verb there."""
        word = self.low(k)
        return (
            j > i
            and word.endswith("s")
            and not word.endswith("ss")
            and self.low(i) not in {"each", "every", "all", "both"}
            and self.low(k + 1) in {"to", "into", "onto", "for", "from", "by", "via", "over"}
            and i > 0
            and self.verb_at(i - 1) is not None
        )

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

    def _antecedent(self, i: int) -> NP | None:
        """What a relative pronoun at ``i`` refers to; a time phrase is skipped ("handed to
        the office administrator on Fridays, who types them …")."""
        found = self._np_before(i)
        if found is not None and found.is_time and self.low(found.start - 1) in lx.PREPOSITIONS:
            earlier = self._np_before(found.start - 1)
            return earlier or found
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
        if found is not None and self.low(found.start - 1) in {"in", "at", "on"}:
            place = self._np_before(found.start - 1)
            if place is not None and place.head in _BOARDS:
                return place  # "on the whiteboard in the bed office, which the site …"
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
        week", "at night"), and its comma: where the clause's subject starts."""
        word, nxt = self.low(j), fold_plural(self.low(j + 1))
        if word in {"every", "each", "this", "next", "last"} and nxt in lx.TIME_NOUNS:
            j += 2
        elif word in {"once", "twice"} and nxt in {"a", "an", "per", "every"}:
            j += 3 if fold_plural(self.low(j + 2)) in lx.TIME_NOUNS else 0
        elif word in {"on", "at", "in", "during"}:
            np_ = self.np_at(j + 1)
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
        while k < self.n and (self.low(k) in lx.ADVERBS or self.low(k) in lx.AUXILIARIES):
            k += 1
        return k < self.n and self.verb_at(k) is not None

    def _np_then_relative(self, j: int) -> bool:
        """ "…, and control, which is in another county now, tells him …": a new subject
        interrupted by a relative clause between commas."""
        np_ = self.np_at(j)
        return (
            np_ is not None
            and not np_.is_pronoun
            and self.low(np_.end) == ","
            and self.low(np_.end + 1) in {"which", "who"}
        )

    def _segment(self) -> list[Clause]:
        """The clauses of the sentence, cut by the rules of the ``_cut_*`` steps in order."""
        clauses: list[Clause] = []
        current = Clause(start=0)
        i = 0

        if (
            self.low(0) in lx.SUBORDINATORS
            and not (
                self.low(0) == "once"
                and self.low(1) in lx.DETERMINERS
                and self.low(2) in lx.TIME_NOUNS
            )
            and self.low(0) not in {"as", "after", "before", "until", "since"}
        ) or (
            self.low(0) in {"after", "before", "until", "since", "where", "wherever"}
            and "," in self.text
        ):
            current.kind = "sub"
        while i < self.n:
            word = self.low(i)
            nxt = self.low(i + 1)
            moved = (
                self._cut_at_marks(clauses, current, i, word, nxt)
                or self._cut_after_relative(clauses, current, i, word, nxt)
                or self._cut_at_relative_words(clauses, current, i, word, nxt)
                or self._cut_at_coordination(clauses, current, i, word, nxt)
            )
            if moved is not None:
                current, i = moved
                continue
            if current.verb is None and self.low(i - 1) == "whoever":
                i += 1  # "whoever picks up emails …": the verb of the free relative
                while self.low(i) in lx.PARTICLES or self.low(i) in {"it", "them", "the", "phone"}:
                    i += 1
                continue
            if current.verb is None and self._contentish(word):
                at_start = i == current.start and current.kind in ("coord", "rel")
                # the verb after a free relative ("whoever picks up | emails …")
                freed = any(self.low(k) == "whoever" for k in range(current.start, i))
                info = self.verb_at(i, boundary=at_start or freed)
                if info is not None and not (
                    i == current.start and not at_start and info[1] in ("base", "s")
                ):
                    current.verb = i
                    current.base = info[0]
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
        if word in {"—", "–"} and current.verb is not None and i + 1 < self.n:
            _close(
                clauses, current, i
            )  # a single dash opens a new statement ("… in iManage — partners …")
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if word == ";" or (word == "," and current.kind == "sub"):
            _close(clauses, current, i)
            before = clauses[-2] if len(clauses) >= 2 else None
            back = clauses[-1].start - 1
            while back > 0 and (self.low(back) in lx.SUBORDINATORS or self.low(back) == ","):
                back -= 1  # "… and, when something is missing, emails …"
            if (
                word == ","
                and before is not None
                and before.verb is not None
                and self.low(back) in {"and", ",", "then", "but"}
            ):
                # "… checks every file and, when something is missing, emails …"
                current = Clause(start=i + 1, kind="coord", parent=before)
            else:
                current = Clause(start=i + 1)
            i += 1
            return current, i
        if (
            word == ","
            and nxt in lx.SUBORDINATORS
            and current.verb is not None
            and nxt not in {"as", "before", "after", "until"}
        ):
            _close(clauses, current, i)  # "…, though some still come to the office"
            current = Clause(start=i + 2, kind="sub")
            i += 2
            return current, i
        if (
            word in {"when", "whenever"}
            and current.verb is not None
            and i > current.verb
            and (np_ := self.np_at(i + 1)) is not None
            and (after := self.verb_at(np_.end)) is not None
            and after[0] in SENDING
            and after[1] in ("s", "base")
        ):
            _close(clauses, current, i)  # "the chef only hears about it when a parent phones him"
            current = Clause(start=i + 1, kind="sub")
            i += 1
            return current, i
        if (
            word in _SUBJECT_WORDS
            and (current.verb is not None or (current.kind == "sub" and i > current.start + 2))
            and i > current.start
            and self.low(i - 1) not in lx.PREPOSITIONS
            and self._starts_clause_verb(i + 1) is not None
        ):
            _close(clauses, current, i)  # "when a shipper wants a quote they email our sales desk"
            current = Clause(start=i)
            return current, i
        return None

    def _cut_after_relative(
        self, clauses: list[Clause], current: Clause, i: int, word: str, nxt: str
    ) -> tuple[Clause, int] | None:
        """A comma that ends a relative between commas (or an opening phrase) before
        the main verb, and a comma that opens a relative ("…, which", "…, from which")."""
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
            _close(clauses, current, i)
            current = Clause(start=i + 1, kind="coord", parent=top.parent)
            i += 1
            return current, i
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
            _close(clauses, current, i)
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if (
            word == ","
            and nxt in {"from", "through", "via"}
            and self.low(i + 2) == "which"
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
            _close(clauses, current, i)
            current = Clause(start=i + 2, kind="rel", antecedent=antecedent, parent=clauses[-1])
            i += 2
            return current, i
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
            _close(clauses, current, i)
            current = Clause(start=i, kind="coord", parent=current.parent)
            return current, i
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
            _close(clauses, current, i)
            current = Clause(start=i, kind="coord", parent=current.parent)
            return current, i
        if word in {"which", "who", "whom"} or (
            word == "that"
            and i > 0
            and self._contentish(self.low(i - 1))
            and self.verb_at(i - 1) is None
        ):
            if word == "that" and self.low(i - 1) in {"so", "such"}:
                _close(clauses, current, i)
                current = Clause(start=i + 1)
                i += 1
                return current, i
            antecedent = self._antecedent(i)
            if antecedent is not None:
                _close(clauses, current, i)
                current = Clause(start=i + 1, kind="rel", antecedent=antecedent, parent=clauses[-1])
                i += 1
                return current, i
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
            _close(clauses, current, i)  # "lab tech keeps own xls, mails it to the winemaker daily"
            current = Clause(start=i + 1, kind="coord", parent=clauses[-1])
            i += 1
            return current, i
        if (
            word == ","
            and current.verb is not None
            and self.low(i + 1) not in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
            and self._np_then_verb(i + 1)
        ):
            _close(
                clauses, current, i
            )  # notes: "case officer writes in Word, clerk prints for councillors"
            current = Clause(start=i + 1)
            i += 1
            return current, i
        if word in {"and", "or", "then", "but", "before", "after", "while", "by", "to"} or (
            word == "," and nxt in {"then", "and", "but", "while", "or", "so"}
        ):
            j = i + 1
            while j < self.n and self.low(j) in {"and", "then", "but", "or", ",", "so"}:
                j += 1
            if word == "to" and (current.verb is None or self.verb_at(i + 1) is None):
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
            if verb is not None and current.verb is not None:
                _close(clauses, current, i)
                parent = clauses[-1]
                if word == "," and parent.kind == "rel" and parent.parent is not None:
                    parent = parent.parent  # "…, that X radios in, then issues …"
                current = Clause(start=j, kind="coord", parent=parent)
                i = j
                return current, i
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
            ):
                _close(clauses, current, i)
                current = Clause(start=j)
                i = j
                return current, i
        return None
