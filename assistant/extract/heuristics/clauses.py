"""Predicates on one parsed clause: does it pass something on, ask a question, report
to a manager, send something back? Pure functions of the sentence, no reader state."""

from __future__ import annotations

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import (
    _QUESTION_WORDS,
    CHANNEL_PREPOSITIONS,
)
from assistant.extract.heuristics.phrases import NP
from assistant.extract.heuristics.sentence import Clause, Sentence
from assistant.extract.heuristics.tokens import is_proper, split_sentences
from assistant.hypergraph.names import fold_plural


def _passes_on(s: Sentence, np_: NP) -> bool:
    """A relative clause follows the channel ("on the council website, which passes them to
    Civica"): the channel is an actor of the chain, not only its owner's (STYLES.md)."""
    return any(c.kind == "rel" and c.antecedent and c.antecedent.end == np_.end for c in s.clauses)


def names_the_act(noun: str, base: str) -> bool:
    """The noun names what the verb does ("bookings" after "book", "applications" after
    "apply", "registrations" after "register"): the same stem, give or take a last vowel."""
    noun, base = noun.lower(), base.lower()
    if not base or len(base) < 3:
        return False
    if noun in {base, base + "s", base + "ing", base + "ings", base + "ment", base + "ments"}:
        return True
    shared = 0
    for a, b in zip(noun, base, strict=False):
        if a != b:
            break
        shared += 1
    return len(base) >= 4 and shared >= max(4, len(base) - 2) and len(noun) > len(base)


def _goes_on_later(s: Sentence, clause: Clause) -> bool:
    """A later clause says what this one did goes on somewhere ("parents apply on the
    county's form, and the applications go into Speedadmin"): the form is only the way."""
    for later in s.clauses:
        if later.start < clause.end or later.base not in lx.ARRIVE_VERBS or later.verb is None:
            continue
        before = s.nps_between(later.start, later.verb)  # its subject is not read yet
        if before and names_the_act(fold_plural(before[-1].head), clause.base):
            return True
    for k in range(clause.end, min(s.n, clause.end + 4)):
        # "traders apply via Google Form, answers land in the manager's sheet": what came
        # through lands somewhere right after, even where the clause was not cut there
        info = lx.verb_info(s.low(k))
        if info and info[0] in lx.ARRIVE_VERBS and s.low(k + 1) in {"in", "into", "on"}:
            return True
    return False


def _asks_what(s: Sentence, clause: Clause, obj: NP) -> bool:
    """The question follows the one asked, maybe after the channel ("asks me on WhatsApp
    what's ready to sell")."""
    k = obj.end
    if s.low(k) in _QUESTION_WORDS:
        return True
    if s.low(k) not in lx.PREPOSITIONS | CHANNEL_PREPOSITIONS:
        return False
    for j in range(k + 1, min(s.n, k + 5)):  # "on Slack which …" may read as a relative
        if s.low(j) in _QUESTION_WORDS - {"if", "when"}:
            return True
        if s.low(j) in lx.PREPOSITIONS or s.verb_at(j) is not None:
            return False
    return False


def _reports_to(s: Sentence, clause: Clause) -> bool:
    """ "She reports to the orchestra manager": a line of management, not a flow; what is
    reported has an object ("reports near misses to the HSE team") or goes some way ("reports
    to the HSE on their online form")."""
    assert clause.verb is not None
    k = clause.verb + 1
    while s.low(k) in lx.ADVERBS:
        k += 1
    if clause.base != "report" or clause.passive or s.low(k) not in {"to", "directly"}:
        return False
    return not any(s.low(j) in _REPORTED_SOME_WAY for j in range(k, clause.end))


_REPORTED_SOME_WAY = frozenset({"on", "via", "through", "using", "by", "online", "every", "each"})
"""Words after "reports to X" that say how or when: information is sent, not a line kept."""


def _bare_verb(s: Sentence, np_: NP) -> bool:
    """A lone verb form closing a clause ("forwards it to the manager and hopes"): a second
    verb of the subject, not a second recipient."""
    if len(np_.toks) != 1 or np_.proper:
        return False
    info = lx.verb_info(np_.toks[0].low)
    return (
        info is not None
        and info[1] == "s"
        and lx.actor_kind([np_.toks[0].text]) is None
        and not s.low(np_.end)[:1].isalnum()
    )


def _says_back(s: Sentence, clause: Clause) -> bool:
    """The clause sends something back ("sends the quote back", "comes back to ops")."""
    assert clause.verb is not None
    return any(s.low(k) == "back" for k in range(clause.verb + 1, clause.end))


def _whole_name(s: Sentence) -> NP | None:
    """A short arrow segment that ends on an actor's head noun is one name, even when a
    word in it could be a verb ("parts store", "fleet sys"); a half-sentence ("applicants
    submit") is not."""
    words = [t for t in s.toks if t.text.isalnum() or "-" in t.text or "." in t.text]
    if (
        not words
        or len(words) > 4
        or len(words) != len([t for t in s.toks if t.text not in "-*•·"])
    ):
        return None
    if any(t.low in lx.PREPOSITIONS or t.low in lx.DETERMINERS for t in words):
        return None
    head = words[-1].low
    heads = lx.PERSON_WORDS | lx.TEAM_HEADS | lx.ORGANISATION_HEADS | lx.TOOL_HEADS | lx.DATA_HEADS
    if head not in heads and fold_plural(head) not in heads:
        return None
    proper = any(is_proper(t, first=t.i == 0) for t in words)
    return NP(words, words[0].i, words[-1].i + 1, None, proper)


def _last_question(body: str) -> str:
    """The question a turn ends with, if any ("And you send me the targets, don't you?")."""
    sentences = split_sentences(body)
    last = sentences[-1].strip() if sentences else ""
    return last if last.endswith("?") else ""


def _retained_object(s: Sentence, clause: Clause) -> bool:
    """A passive verb followed by its object ("is sent a summary"): the subject received it.
    Without one ("a client is referred by the council") the subject is what was passed."""
    return _retained_object_start(s, clause) is not None


def _retained_object_start(s: Sentence, clause: Clause) -> int | None:
    """Where the object of a passive verb starts ("are given | their routes"), if any."""
    assert clause.verb is not None
    k = clause.verb + 1
    while k < clause.end and (s.low(k) in lx.ADVERBS or s.low(k) in lx.PARTICLES):
        k += 1
    return k if k < clause.end and s.low(k) in lx.DETERMINERS else None
