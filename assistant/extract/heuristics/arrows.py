"""Loose arrow lines of bullet notes: ``ward nurses -> bed mgr: free beds, phone``.

Workshop notes use arrows without the strict flow notation: a chain of endpoints
(``residents -> online form -> Civica (auto)``), a content or a medium after a colon, a
source before a colon (``suppliers: ASN by EDI -> TMS``), or a half-sentence before the
arrow (``applicants submit via planning portal -> Uniform``). Each segment names one
endpoint; what follows the name in a segment (after ``:``, ``,``, ``(`` or a preposition)
is content, medium and frequency. A first segment that names a document rather than an
actor (``WIP report -> partners``) is sent on by whoever last received that document.

Arrows may also be written ``A > B``, ``B <- A`` or ``A to B: …``; a few note lines say
who sends what to whom without an arrow (``drivers: rota on WhatsApp from ops``, ``stats
to trustees – treasurer compiles …``, ``report PDF emailed to client by ServiceM8``,
``kit man gets squad list how? printed by club sec``): ``has_arrow`` finds them and
``segments`` reads them as chains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import _PAPER, _WRITTEN_ON, hub_key
from assistant.extract.heuristics.maturity import cues
from assistant.hypergraph.names import fold_plural
from assistant.media import MEDIUM_HEADS

ARROW = re.compile(r"\s*(?:-{1,2}>|[—–]>|→|=>|⇒|(?<=\s)>(?=\s))\s*")
REVERSED = re.compile(r"\s*(?:<-{1,2}|←|⇐|(?<=\s)<=(?=\s))\s*")
"""``DOS <- Moodle: alerts``: a chain written from its end."""
_ANNOTATION = re.compile(
    r"\s*(?:<-{1,2}|←|⇐)\s*(?:pains?|issues?|problems?|ideas?|todo|tbc|risks?|gaps?"
    r"|bottlenecks?|notes?)\b[^→>]*$",
    re.IGNORECASE,
)
"""``… nobody sees them ← pain``: an arrow pointing at a note's own tag, not a flow."""
_TO_ARROW = re.compile(r"^(?P<a>[^:,;()]{1,40}?)\s+to\s+(?P<b>[^:,;()]{1,40}?)\s*:\s*\S")
"""``suppliers to buyer: price lists, email``: "to" between two bare names, then a colon."""
_TIME_LABEL = re.compile(
    r"(?:(?:every|each|on)\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
    r"|mornings?|evenings?|nights?|weekends?|month[- ]end|year[- ]end"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm))",
    re.IGNORECASE,
)
"""A label before a colon that says when, not what (``Mon: ops mgr → drivers``)."""
_DAY_PART = re.compile(r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\s+(?:am|pm)", re.I)
"""A weekday and its half ("Mon am", "Thurs pm")."""
NAME_END = re.compile(
    r"\s*(?:[:,;(]|\b(?:by|via|over|through|using|with|on|in|into|as|every|each|daily|weekly"
    r"|monthly|nightly|when|if|verbal|verbally|automatically|directly|later)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """One endpoint of a chain: the words naming it and the words about the transfer."""

    name: str
    rest: str
    colon_source: bool = False
    """The name came before a colon in the first segment (``suppliers: ASN -> TMS``)."""


def says_when(label: str) -> bool:
    """A label that says when, not what ("Mon am", "every Thu", "month end")."""
    label = label.strip()
    return bool(_TIME_LABEL.fullmatch(label) or _DAY_PART.fullmatch(label))


def has_arrow(line: str) -> bool:
    """A line of notes written as arrows, either way, or as ``A to B: …``."""
    line = _ANNOTATION.sub("", line)
    return (
        ARROW.search(line) is not None
        or REVERSED.search(line) is not None
        or _to_arrow(line) is not None
        or _note_line(line) is not None
    )


def _to_arrow(line: str) -> str | None:
    """``suppliers to buyer: price lists`` as ``suppliers → buyer: price lists``, when no
    verb stands on either side of "to" (``send it to the buyer: …`` is a sentence)."""
    match = _TO_ARROW.match(line.strip())
    if match is None:
        return None
    words = f"{match['a']} {match['b']}".lower().split()
    if len(words) > 6 or any(
        (info := lx.verb_info(w)) is not None and info[1] in {"base", "s", "past", "ing"}
        for w in words
    ):
        return None
    if any(w in lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS | lx.DETERMINERS for w in words):
        return None
    return f"{match['a']} → {match['b']}{line.strip()[match.end('b') :]}"


_FROM_LABEL = re.compile(
    r"^(?P<to>[A-Za-z][\w&./ -]{0,30}?)\s*:\s*(?P<what>[^:;,()]{1,50}?)\s+from\s+(?:the\s+)?"
    r"(?P<source>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)(?=\s*(?:[,;(]|$)|\s+(?:every|each|on|by|via|at|daily|weekly|monthly|nightly)\b)"
)
"""``drivers: delivery list on WhatsApp from coordinator each morning``: a receiver as
the label, what it gets, and from whom."""
_TO_THEN_DOER = re.compile(
    r"^(?P<what>[^:;,()]{1,40}?)\s+to\s+(?:the\s+)?(?P<to>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)"
    r"(?:\s+(?P<when>[a-z]+ly|every \w+|each \w+|on \w+))?\s*[;,]\s*"
    r"(?P<who>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)\s+(?P<verb>[a-z][\w-]*s)\b"
)
"""``stats to trustees quarterly – treasurer compiles from spreadsheet``: content, its
receiver, then who does it (the dash is a ";" by then)."""


def _no_verb(text: str) -> bool:
    """A short noun phrase of notes: not opening with a verb, no past form, no pronoun,
    no clause opener, five words at most ("stats", "delivery list on WhatsApp")."""
    words = text.lower().split()
    closed = lx.SUBORDINATORS | lx.BE_FORMS | lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
    if not 0 < len(words) <= 5 or set(words) & closed or words[0] in lx.DETERMINERS:
        return False  # "The form goes …": a sentence
    if lx.verb_info(words[0]) is not None:
        return False  # "sends the list …" is a clause
    for k, word in enumerate(words):
        info = lx.verb_info(word)
        if info is None or word in MEDIUM_HEADS or fold_plural(word) in MEDIUM_HEADS:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if info[1] == "past" or (info[1] == "s" and after not in lx.PREPOSITIONS):
            return False  # "eng mgr pulls KPI export": a verb before its object
    return True


def _bare(name: str) -> bool:
    """A bare name of notes: no pronoun, preposition, conjunction or relative in it."""
    closed = (
        lx.SUBJECT_PRONOUNS
        | lx.OBJECT_PRONOUNS
        | lx.PREPOSITIONS
        | lx.COORDINATORS
        | lx.RELATIVES
        | lx.SUBORDINATORS
    )
    return not set(name.lower().split()) & closed


_GETS_HOW = re.compile(
    r"^(?P<to>[A-Za-z][\w&./ -]{0,30}?)\s+(?:gets?|receives?|hears? about|knows? about)\s+"
    r"(?P<what>[^?:;]{1,40}?)\s+how\s*\?+\s*[-–:]?\s*(?P<answer>.+)$",
    re.IGNORECASE,
)
"""``kit man gets squad list how? printed by club sec``: a question the notes answer."""
_BY_WHOM = re.compile(
    r"\bby\s+(?:the\s+)?(?P<who>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)(?=\s*(?:[,;(]|$))"
)


def _answered(line: str) -> str | None:
    """``celebrant gets details how? FD emails photos of the form`` as a chain: from who
    the answer names (its subject, or "by" whom) to who gets it; "no, nobody …" is none."""
    got = _GETS_HOW.match(line)
    if got is None or not _bare(got["to"]) or not _actor_words(got["to"], relaxed=True):
        return None
    answer = got["answer"].strip()
    if re.match(r"(?:no\b|nobody|no-one|noone|not\b|tbc|\?)", answer, re.IGNORECASE):
        return None
    by = _BY_WHOM.search(answer)
    who = by["who"] if by is not None else None
    if who is None:
        words = answer.split()
        for v in range(1, min(len(words), 4)):
            info = lx.verb_info(words[v].lower())
            if info is not None and info[1] == "s":
                who = " ".join(words[:v])
                break
    if who is None or not _bare(who) or not _actor_words(who, relaxed=True) or content_word(who):
        return None
    return f"{who} → {got['to']}: {got['what']} ({answer})"


_DONE_BY = re.compile(
    r"^(?P<what>[^,;:()]{1,40}?)\s+(?:(?:then|later|also|usually|always|normally)\s+)?"
    r"(?P<verb>(?:auto-?)?[a-z]+(?:ed|ent|sent))\s+"
    r"(?:(?:to|into|onto|in)\s+(?:the\s+)?(?P<to>[^,;:()]{1,30}?)\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)"
    r"|by\s+(?:the\s+)?(?P<by2>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)\s+"
    r"(?:to|into|onto)\s+(?:the\s+)?(?P<to2>[^,;:()]{1,30}?))"
    r"(?=\s*(?:[,;(]|$)|\s+(?:once|when|after|every|each|daily|weekly|monthly|at|on)\b)"
)
"""``report PDF auto-emailed to client by ServiceM8``: a passive of notes, without "is"."""


def _done_by(line: str) -> str | None:
    """A passive note line as a chain from the agent to the receiver."""
    got = _DONE_BY.match(line)
    if got is None:
        return None
    verb = got["verb"].lower().removeprefix("auto-").removeprefix("auto")
    info = lx.verb_info(verb)
    if info is None or info[1] != "past" or info[0] not in lx.SEND_VERBS | lx.ENTRY_VERBS:
        return None
    by, to = got["by"] or got["by2"], got["to"] or got["to2"]
    if by.lower().endswith("ing") or re.search(r"\bphysical\b", line, re.IGNORECASE):
        return None  # "sets stored in boxes by voicing": a way of sorting things
    what = got["what"].lower().split()
    closed = lx.SUBORDINATORS | lx.BE_FORMS | lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
    if not (_bare(by) and _bare(to)) or len(what) > 5 or set(what) & closed:
        return None
    if not _actor_words(by, relaxed=True) or not _actor_words(to, relaxed=True):
        return None
    if content_word(by) or content_word(to):
        return None
    return f"{by} → {to}: {got['what']} ({got['verb']}){line[got.end() :]}"


_WHO_THEN_VERB = re.compile(
    r"^(?P<who>[A-Za-z][\w&./ ]{0,30}?)\s*[;:]\s*(?P<rest>[a-z][\w-]*s\s.+)$"
)
"""``site mgr – emails daily log to PM``: who, then what they do (the dash is a ";")."""


def _who_then_verb(line: str) -> str | None:
    got = _WHO_THEN_VERB.match(line)
    if got is None or not _bare(got["who"]) or not _actor_words(got["who"], relaxed=True):
        return None
    if content_word(got["who"]) or _TIME_LABEL.fullmatch(got["who"]):
        return None
    verb = lx.verb_info(got["rest"].split()[0].lower())
    if verb is None or verb[0] not in lx.SEND_VERBS:
        return None
    half = _half_sentence(f"{got['who']} {got['rest']}")
    if half is None or half[0] != got["who"]:
        return None
    subject, verb_word, obj, target = half
    return f"{subject} → {target}: {obj} ({verb_word})"


def _note_line(line: str) -> str | None:
    """A note line without an arrow that still says who sends what to whom, as a chain."""
    line = line.strip()
    if (who := _who_then_verb(line)) is not None:
        return who
    if (done := _done_by(line)) is not None:
        return done
    if (answered := _answered(line)) is not None:
        return answered
    got = _FROM_LABEL.match(line)
    if (
        got is not None
        and _bare(got["to"])
        and _bare(got["source"])
        and not _TIME_LABEL.fullmatch(got["to"])
        and not lx.FREQUENCY.fullmatch(got["to"])
        and _actor_words(got["to"], relaxed=True)
        and not content_word(got["to"])
        and _actor_words(got["source"], relaxed=True)
        and not content_word(got["source"])
        and _no_verb(got["what"])
    ):
        return f"{got['source']} → {got['to']}: {got['what']}{line[got.end('source') :]}"
    if (signed := _what_to_whom_signed(line)) is not None:
        return signed
    got = _TO_THEN_DOER.match(line)
    if (
        got is not None
        and _no_verb(got["what"])
        and _bare(got["to"])
        and _bare(got["who"])
        and lx.verb_info(got["verb"]) is not None
        and _actor_words(got["to"], relaxed=True)
        and not content_word(got["to"])
        and _actor_words(got["who"], relaxed=True)
        and not content_word(got["who"])
    ):
        return f"{got['who']} → {got['to']}: {got['what']}{line[got.end('to') :]}"
    return None


def _forward(line: str) -> str:
    """A line written from its end or with "to", as a chain from its start."""
    if ARROW.search(line) is None and REVERSED.search(line) is not None:
        parts = [p.strip() for p in REVERSED.split(line.strip())]
        names, rests = [], []
        for part in parts:
            cut = NAME_END.search(part)
            names.append(part[: cut.start()].strip() if cut else part)
            rests.append(part[cut.start() :].strip() if cut else "")
        rest = " ".join(r for r in rests if r)
        return " → ".join(reversed(names)) + (f" {rest}" if rest else "")
    if ARROW.search(line) is None:
        return _to_arrow(line) or _note_line(line) or line
    return _by_whom_before_arrow(line) or _what_to_whom(line) or line


_NAME = r"[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?"
_AFTER_NAME = (
    r"(?=\s*(?:[,;(–—]|$)|\s+-\s|\s+(?:by|via|on|at|over|every|each|daily|weekly|nightly|monthly"
    r"|when|if)\b)"
)
_WHAT_TO = re.compile(
    r"^(?P<what>[^:,;()]{0,40}?)\s*(?P<prep>to|for|into)\s+(?:the\s+)?(?P<to>"
    + _NAME
    + r")"
    + _AFTER_NAME
)
"""``job sheets to fitters, printed Mon am``: what travels, then to whom."""
_SIGNER = re.compile(
    r"(?:[,;–—]|\s-)\s*(?:(?:printed|done|sent|emailed|made|prepared|written|sorted|handled"
    r"|issued)\s+by\s+)?(?:the\s+)?(?P<who>" + _NAME + r")(?:\s+does\s+(?:it|them|this))?\s*$"
    r"|\(\s*(?P<who2>" + _NAME + r")\s*\)\s*$"
)
"""``…, yard foreman``, ``…, printed by branch mgr``, ``… – ops mgr does it``, ``… (logistics)``:
who does it, named last."""
_SENT_AS = re.compile(r"\s+(?:emailed|texted|sent|posted|faxed|handed|messaged|phoned)$")
"""What travels, then how it went: ``packing list emailed`` (to …)."""


_BY_WHOM = re.compile(
    r"^(?P<what>[A-Za-z][^:,;()→]{0,40}?)\s+(?P<done>[a-z]+ed|sent|done|made|taken|given|written"
    r"|seen|found|brought|caught|kept)\s+by\s+(?:the\s+)?(?P<who>" + _NAME + r")\s*$"
)
"""``fly-tips spotted by crew``: what, then a participle and who did it."""


def _by_whom_before_arrow(line: str) -> str | None:
    """``fly-tips spotted by crew → enforcement team``: a left side said in the passive is
    sent by its agent, and what it names travels (``crew → enforcement team: fly-tips``)."""
    parts = ARROW.split(line.strip(), maxsplit=1)
    got = _BY_WHOM.match(parts[0].strip()) if len(parts) == 2 else None
    if got is None or not a_party(got["who"]):
        return None
    words = got["what"].split()
    if len(words) > 1 and (lx.verb_info(words[0].lower()) or ("", ""))[1] == "past":
        words = words[1:]  # "missed bins reported by residents": a participle as adjective
    if not _what_words(" ".join(words)):
        return None
    target, sep, tail = parts[1].strip().partition(",")
    return f"{got['who']} → {target.strip()}: {got['what']}{sep}{tail}"


def _what_words(text: str) -> bool:
    """A short phrase of notes naming what travels ("run sheet", "factory orders", "POs"):
    four words at most, no pronoun or participle, and no verb between its first and last
    words ("AquaManager sends alarm SMS", "GPs refer patients" are clauses; nouns such as
    "run", "price" or "orders" may be verbs where a noun stands)."""
    words = text.lower().split()
    closed = lx.SUBORDINATORS | lx.BE_FORMS | lx.SUBJECT_PRONOUNS | lx.OBJECT_PRONOUNS
    if not 0 < len(words) <= 4 or set(words) & (closed | {"back"}):
        return False
    said = text.split()
    if len(said) > 2 and said[0][:1].isupper() and (lx.verb_info(words[1]) or ("", ""))[1] == "s":
        return False  # "Shopify emails order notif": a name, then what it does
    for k, word in enumerate(words):
        info = lx.verb_info(word)
        if info is None or word in MEDIUM_HEADS:
            continue
        if info[1] == "ing" and k == 0 < len(words) - 1:
            continue  # "packing list", "loading list": what kind of list
        if info[1] in {"past", "ing"} or (0 < k < len(words) - 1 and info[1] in {"s", "base"}):
            return False
    return True


def a_party(name: str) -> bool:
    """Bare words that can only name a party ("claims mgr", "site sup")."""
    return _bare(name) and _actor_words(name, relaxed=True) and not content_word(name)


def _what_to_whom(line: str) -> str | None:
    """``ops mgr → job sheets to fitters, printed Mon am``: one arrow from who sends to
    what travels "to" whom, as ``ops mgr → fitters: job sheets …``."""
    parts = ARROW.split(line.strip())
    if len(parts) != 2:
        return None
    got = _WHAT_TO.match(parts[1].strip())
    if got is None or got["prep"] == "for":
        return None
    what = got["what"].strip()
    if what.lower() in {"", "straight", "directly", "auto", "automatically"}:
        # "→ straight into TOS": the arrow names where it goes, not what travels
        if got["prep"] != "into" or not a_party(got["to"]):
            return None
        return f"{parts[0]} → {got['to']}{parts[1].strip()[got.end('to') :]}"
    if not _what_words(what) or (got["prep"] == "into" and _actor_words(what.split()[0])):
        return None  # "→ clerk keys into MarketPay": who keys, not what
    if not a_party(got["to"]) or _actor_words(got["what"]):
        return None
    return f"{parts[0]} → {got['to']}: {got['what']}{parts[1].strip()[got.end('to') :]}"


def _what_to_whom_signed(line: str) -> str | None:
    """``POs to supplier via their portal, regional buyer``, ``run sheet for drivers,
    printed by branch mgr``: what travels to whom, then who does it, named last."""
    got = _WHAT_TO.match(line)
    signed = _SIGNER.search(line)
    if got is None or signed is None or signed.start() < got.end("to"):
        return None
    signer = signed["who"] or signed["who2"]
    what = _SENT_AS.sub("", got["what"])
    if not _what_words(what):
        return None
    if not a_party(got["to"]) or not a_party(signer) or signer == got["to"]:
        return None
    who = signer.lower().split()
    if _TIME_LABEL.search(signer) or (
        len(who) == 1 and lx.verb_info(who[0]) and who[0] not in lx.DEPARTMENT_WORDS
    ):
        return None  # "…, Thurs latest": not who does it
    if set(who) & {"ignore", "physical", "tbc", "none", "nobody", "n/a", "later"}:
        return None  # "…, physical, ignore": a note's own tag
    if len(line.split()) > 14:
        return None  # a sentence of prose, not a note
    middle = line[got.end("to") : signed.start()]
    how = "," + got["what"][len(what) :] if len(what) < len(got["what"]) else ""
    return f"{signer} → {got['to']}: {what}{how}{middle}"


_COUNT_FIRST = re.compile(
    r"^(?:~|approx\.?\s+)?\d+\+?\s+(?=[A-Za-z])(?!(?:days?|weeks?|hours?|mins?|minutes?"
    r"|months?|years?|nights?)\b)",
    re.IGNORECASE,
)
"""``40 thermocouples → SCADA``: a count before a party is not part of its name."""
_CARRIED = lx.DEVICE_HEADS | {"phone", "mobile", "radio", "screen", "laptop", "inbox"}
"""What a person carries or reads, so that "someone's X" stands for that person."""
_DEVICE_OF = re.compile(
    r"^(?P<who>[A-Za-z][\w ./&-]{0,40}?)['’]s?\s+(?:work\s+)?(?:"
    + "|".join(sorted(_CARRIED))
    + r")(?:s|es)?$",
    re.IGNORECASE,
)
"""``SCADA alarms → kiln op's pager``: what reaches someone's device reaches them."""


_WHAT_THEN_NAME = re.compile(
    r"(?P<what>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,3})\s+(?P<name>[A-Z][A-Z0-9]+)"
)
"""A note's sender after what it sends ("official result APHA"): the capitals name it."""


def _says_who_does(words: list[str]) -> bool:
    """Words with a verb after a plural or an -s verb in them ("buyers raise"), not a
    noun phrase ("formal report")."""
    for k, word in enumerate(words):
        info = lx.verb_info(word)
        if info is not None and (info[1] == "s" or (k and words[k - 1].endswith("s"))):
            return True
    return False


def segments(line: str) -> list[Segment]:
    """The endpoints of an arrow line in order; empty names are kept (and skipped later).

    Loose notes are put in chain order first (see ``_in_order``): a half-sentence before
    the first arrow, a data noun on the left of an arrow, a document named in the middle
    of a chain, a receiver that "gets … from" someone, a sender named last, a negated
    arrow."""
    line = _forward(_ANNOTATION.sub("", line))
    return _in_order(line, _split(line))


def _split(line: str) -> list[Segment]:
    parts = ARROW.split(line.strip())
    out: list[Segment] = []
    for index, part in enumerate(parts):
        part = part.strip()
        if index == 0 and ":" in part:
            before, after = part.split(":", 1)
            if 0 < len(before.split()) <= 5:
                out.append(Segment(before.strip(), after.strip(), colon_source=True))
                continue
        cut = NAME_END.search(part)
        name = part[: cut.start()] if cut else part
        rest = part[len(name) :].strip(" ,")
        name = _DEVICE_OF.sub(r"\g<who>", _COUNT_FIRST.sub("", name.strip()))
        if (
            index == 0
            and (named := _WHAT_THEN_NAME.fullmatch(name))
            and not _says_who_does(named["what"].split())
        ):
            # "official result APHA → farmer": what travels, then who sends it
            name, rest = named["name"], f": {named['what']}" + (f", {rest}" if rest else "")
        # "→ cust svc: daily orders, email": what travels is said after the colon
        rest = f": {rest.lstrip(': ')}" if rest.startswith(":") else rest.strip(" :")
        out.append(Segment(name.strip(), rest))
    return out


def content_of(segs: list[Segment]) -> str:
    """What travels: the words after a colon, up to the first comma or bracket."""
    for seg in segs:
        text = seg.rest
        if seg.colon_source or text.startswith(":"):
            text = text.lstrip(": ")
            return re.split(r"[,(;]| by | via | over ", text, maxsplit=1)[0].strip()
    for seg in segs[1:]:
        if ":" in seg.rest:
            return re.split(r"[,(;]", seg.rest.split(":", 1)[1], maxsplit=1)[0].strip()
    # "finance → board, KPI pack (PDF)": the first part after a comma that is not how or when
    for part in re.split(r"[,;]", re.sub(r"\([^()]*\)", "", segs[-1].rest if segs else "")):
        words = part.lower().strip(" )").split()
        if (
            words
            and len(words) <= 5
            and not lx.FREQUENCY.search(part)
            and not _TIME_LABEL.fullmatch(part.strip())  # "-> me, Mon": when, not what
            and not set(words) & (lx.PREPOSITIONS | {"auto", "automatic", "manual", "or", "and"})
            and not cues(part, True)
            and not (len(words) == 1 and words[0] in MEDIUM_HEADS)
        ):
            return part.strip(" )")
    return ""


# ---------------------------------------------------------------- loose notes in chain order

_NO_LINK = re.compile(
    r"^[-*•·\s]*(?:no|not|never|nothing|none)\b(?!\s*(?:one|body)\b)", re.IGNORECASE
)
"""An arrow said not to exist: "no link CurrentRMS <-> Xero", "not via EDI: … -> …"."""
_NEGATED = re.compile(r"^[^,;:?]{1,40}\?\s*(?:no|nope|not)\b", re.IGNORECASE)
"""``ServiceM8 → regulator? no – keeps it on file``: the arrow asked about is not a flow."""
_GETS_FROM = re.compile(
    r"^(?P<who>[\w&./+ -]{1,40}?)\s+(?:gets|receives|is sent|gets sent)\s+(?P<what>.{0,60}?)"
    r"\s+from\s+(?P<source>[\w&./+ -]{1,40}?)\s*(?=[,;(]|$)",
    re.IGNORECASE,
)
"""``DOS gets auto alert from Moodle``: the receiver, what it gets, and from whom."""
_LATE_DOER = re.compile(
    r"[,;(]\s*(?P<who>[A-Za-z][\w&./-]*(?:\s+[A-Za-z][\w&./-]*){0,2}?)\s+"
    r"(?P<verb>[a-z][\w-]*s)\s+(?:it|them|this|that|these|those)\b"
)
"""``…: printed, cust svc drops them at 11``: who acts on the content, named last."""
_ABSTRACT_ENDINGS = ("ance", "ence", "ment", "ness", "work")
_COMES_BACK = re.compile(
    r"[;,]\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:comes?|is sent|are sent|goes?)\s+back\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)
"""``…; approval comes back same way``: an answer from the receiver to the sender."""
_ENTRY = frozenset({"in", "into", "to", "onto"})
_OBJECT_START = lx.DETERMINERS | {"it", "them"}
_NOT_A_BARE_VERB = (
    lx.PREPOSITIONS
    | lx.RELATIVES
    | lx.COORDINATORS
    | lx.DETERMINERS
    | {"when", "while", "once", "until", "after", "before", "unless", "because", "since"}
    | {"also", "only", "just", "still", "each", "every", "what", "how"}
)
"""Words after a plural subject that are no verb ("SMS members when the pool is closed")."""


def content_word(name: str) -> bool:
    """A name that says what travels, not who: a document, paper carrier or channel word
    ("batch sheets", "monthly invoices", "route cards"), a nominalisation ("attendance",
    "paperwork") or a quantity of one ("<80% attendance")."""
    words = [w for w in re.findall(r"[\w'-]+", name.lower()) if not w[:1].isdigit()]
    if not words:
        return False
    head = words[-1]
    if lx.actor_kind(words) is not None and head not in MEDIUM_HEADS:
        return False
    return (
        head in MEDIUM_HEADS
        or fold_plural(head) in MEDIUM_HEADS | _PAPER
        or fold_plural(head).endswith(_ABSTRACT_ENDINGS)
        or bool(re.search(r"[<>%]", name))
    )


def _actor_words(text: str, relaxed: bool = False) -> bool:
    """A short bare name that names a party by its own words ("accts", "ops mgr"); any
    noun when it stands as the subject of a verb (``relaxed``: "cust svc drops them")."""
    words = text.split()
    proper = any(w[:1].isupper() or w[1:2].isupper() for w in words)  # "SAP", "iVendi"
    return (
        0 < len(words) <= 3
        and all(re.fullmatch(r"[A-Za-z][\w&./-]*", w) for w in words)
        and lx.actor_kind(words, proper=proper, relaxed=relaxed) is not None
        and not content_word(text)
    )


def _half_sentence(text: str) -> tuple[str, str, str, str] | None:
    """``crew leaders log hours in Timesheet app``: subject, verb, object and where it is
    put, when a verb of the subject puts something into a party named at the end."""
    text = re.sub(r"\([^()]*\)", " ", text)  # "ops (me + Dan) re-key …": an aside
    words = text.split()
    for v in range(1, min(len(words), 5)):
        info = lx.verb_info(words[v].lower())
        if info is None or info[1] not in {"base", "s"}:
            continue
        if lx.verb_info(words[v - 1].lower()) is not None or words[v - 1].lower() in lx.DETERMINERS:
            return None
        at = max((k for k in range(v + 2, len(words)) if words[k].lower() in _ENTRY), default=-1)
        if at < 0:
            return None
        target = [w for w in words[at + 1 :] if w.lower() not in lx.DETERMINERS]
        if any(hub_key(w) in _WRITTEN_ON for w in words[v + 1 : at]):
            return None  # "plans the resets on the whiteboard in the setting room": a place
        if not target or not _actor_words(" ".join(target)) or cues(" ".join(target), True):
            return None  # "posts it on Teams", "logs it in Excel": a channel, not a party
        return " ".join(words[:v]), words[v], " ".join(words[v + 1 : at]), " ".join(target)
    return None


_PULLS = frozenset({"export", "download", "extract", "pull", "copy", "print", "run"})


def _pulled_from(text: str) -> tuple[str, str, str, str] | None:
    """``ops mgr exports chem usage from ServiceM8``: who takes what out of which system
    (subject, verb, object, system), the system named by its own words."""
    text = re.sub(r"\([^()]*\)", " ", text)
    words = text.split()
    for v in range(1, min(len(words), 5)):
        info = lx.verb_info(words[v].lower())
        if info is None or info[1] not in {"base", "s"}:
            continue
        if info[0] not in _PULLS:
            return None
        at = next((k for k in range(v + 2, len(words)) if words[k].lower() == "from"), -1)
        source = [w for w in words[at + 1 :] if w.lower() not in lx.DETERMINERS] if at > 0 else []
        subject = " ".join(words[:v])
        if not source or len(source) > 3 or cues(" ".join(source), True):
            return None
        if not _actor_words(" ".join(source)) or not _actor_words(subject, relaxed=True):
            return None
        return subject, words[v], " ".join(words[v + 1 : at]), " ".join(source)
    return None


def _label_doer(first: Segment) -> Segment | None:
    """``survey: surveyor measures on site, paper sheet → designer``: a label that names
    no one, then a half-sentence whose subject does something: that subject sends."""
    if lx.actor_kind(first.name.split()) is not None:
        # "finance: sales exec enters proposal in iVendi → …", "AWP meters: cashier reads +
        # writes on paper sheet → …": a label that could name a party is still a label when
        # a party named by its own words opens a half-sentence after it
        doer = _clause_doer(first.rest, first.name)
        if doer is None or lx.actor_kind(doer.name.split()) is None:
            return None
        return Segment(doer.name, f"{doer.rest} {first.rest[len(doer.name) :]}".rstrip())
    return _clause_doer(first.rest, first.name)


def _clause_doer(text: str, label: str | None) -> Segment | None:
    """The subject of a half-sentence, with the label as content, or else its object
    (``None`` label: any verb, the object up to a preposition)."""
    words = re.split(r"[,;(]", text)[0].split()
    for v in range(1, min(len(words), 4)):
        info = lx.verb_info(words[v].lower())
        after = words[v + 1].lower() if v + 1 < len(words) else ""
        if info is None and re.fullmatch(r"[a-z]{3,}[^s]s", words[v]) and after in _OBJECT_START:
            info = (words[v][:-1], "s")  # "assessor photographs the boiler": a verb all the same
        plural = words[v - 1].lower().endswith("s") and not words[v - 1].lower().endswith("ss")
        if (
            info is None
            and plural
            and re.fullmatch(r"[a-z]{3,}[^s]", words[v])
            and words[v] not in _NOT_A_BARE_VERB
            and after in _OBJECT_START | {"on", "in", "via"}
        ):
            info = (words[v], "base")  # "techs photo the printout": a verb all the same
        if info is None or not (info[1] == "s" or (info[1] == "base" and plural)):
            continue  # "surveyor measures …", "drivers bring …"
        sending = info[0] in lx.SEND_VERBS | lx.SYSTEM_ENTRY_VERBS | lx.REQUEST_VERBS
        if label is not None and sending:
            return None  # read as "label: subject sends object → receiver" by the reader
        subject = " ".join(words[:v])
        if not _actor_words(subject, relaxed=True) or content_word(subject):
            return None
        if label is not None:
            return Segment(subject, f": {label}, {words[v]}")
        obj = []
        for word in words[v + 1 :]:
            if word.lower() in lx.PREPOSITIONS:
                break
            obj.append(word)
        return Segment(subject, ": " + " ".join(w for w in obj if w.lower() not in lx.DETERMINERS))
    return None


def _sent_as_object(line: str, name: str) -> bool:
    """The line says someone sends the thing of this name ("Sage emails the PO")."""
    start = line.find(name)
    while start >= 0:
        end = start + len(name)
        if end >= len(line) or not line[end].isalnum():
            before = line[:start].split()[-2:]
            if before and before[-1].lower() in {"the", "a", "an"}:
                before = before[:-1]
            if before and before[-1].endswith("s"):
                info = lx.verb_info(before[-1].lower())
                if info is not None and info[1] == "s":
                    return True
        start = line.find(name, start + 1)
    return False


def _in_order(line: str, segs: list[Segment]) -> list[Segment]:
    """Loose notes put in chain order, each rule on its own (see ``segments``)."""
    if len(segs) < 2:
        return segs
    if _NO_LINK.match(segs[0].name):
        return []  # "no link CurrentRMS <-> Xero yet": a link that does not exist
    head = segs[0]
    pulled = _pulled_from(head.rest if head.colon_source else f"{head.name} {head.rest}")
    taken: list[Segment] = []
    if pulled is not None:
        # "ops mgr exports chem usage from ServiceM8 → …": from the system to who exports
        subject, verb, obj, system = pulled
        taken = [Segment(system, f": {obj}, {verb}, export"), Segment(subject, "")]
    for index, seg in enumerate(segs[1:], start=1):
        if _NEGATED.match(f"{seg.name}{seg.rest}".strip()):
            segs = segs[:index]  # "→ regulator? no – …": nothing from here on
            break
    if taken:
        return [*taken, *segs[1:]]
    if len(segs) < 2:
        return []
    first = segs[0]
    if (first.colon_source and _TIME_LABEL.fullmatch(first.name)) or (
        first.colon_source and lx.FREQUENCY.fullmatch(first.name)
    ):
        # "Mon: ops mgr → drivers": when, not what; a half-sentence after it keeps its
        # subject and object ("weekly: svc mgr exports SLA report from X → CIO")
        first = _clause_doer(first.rest, None) or _split(first.rest)[0]
        segs = [first, *segs[1:]]
    if first.colon_source and (doer := _label_doer(first)) is not None:
        segs = [doer, *segs[1:]]
    elif (
        first.colon_source and (half := _half_sentence(first.rest)) is not None and a_party(half[0])
    ):
        # "finance: sales exec enters proposal in iVendi → Santander CF": the label is a
        # topic; the half-sentence's subject puts what it says into the system it names
        subject, verb, obj, target = half
        segs = [Segment(subject, f": {obj}, {verb}"), Segment(target, ""), *segs[1:]]
    elif not first.colon_source:
        whole = f"{first.name} {first.rest}".strip()
        before, semi, after = whole.rpartition(";")
        half = _half_sentence(before if semi else whole)
        if half is not None:
            subject, verb, obj, target = half
            tail = after.strip().lower() if semi else ""
            put = [Segment(subject, f": {obj}, {verb}"), Segment(target, "")]
            if tail and tail.split()[-1] != target.lower().split()[-1]:
                put.append(Segment(after.strip(), ""))  # a second name after ";"
            segs = [*put, *segs[1:]]
        elif (doer := _clause_doer(whole, None)) is not None and len(
            first.name.strip("-*•· ").split()
        ) > len(
            doer.name.split()
        ) + 1:  # a verb with its object after the subject, not "monthly invoices → …"
            # "cheesemaker writes batch sheet (paper) → QA tech types it in": whoever does
            # what the half-sentence says hands it on to the next one
            segs = [doer, *segs[1:]]
    # a document named in the middle of a chain and sent by the one before it
    # ("… into Sage → PO → supplier (Sage emails the PO automatically)")
    kept = [segs[0]]
    for seg in segs[1:-1]:
        if not (seg.name and _sent_as_object(line, seg.name)):
            kept.append(seg)
    segs = [*kept, segs[-1]]
    # "<80% attendance → DOS gets auto alert from Moodle": from Moodle to DOS
    what_first = re.split(r"[:,;(]", f"{segs[0].name} {segs[0].rest}")[0].strip("-*•· ")
    if len(segs) == 2 and segs[0].name and _COMES_BACK.search(segs[-1].rest):
        # "proofs: CSR → agency, email; approval comes back same way": and back again
        first = segs[0]
        back = first.rest if first.colon_source and 0 < len(first.rest.split()) <= 3 else first.name
        segs = [*segs, Segment(back, "")]
    if content_word(what_first) and len(segs) == 2:
        got = _GETS_FROM.match(f"{segs[1].name} {segs[1].rest}".strip())
        if got is not None:
            what = got["what"].strip() or what_first
            return [Segment(got["source"], f": {what}"), Segment(got["who"], segs[1].rest)]
        late = _LATE_DOER.search(line)
        receivers = {seg.name.lower() for seg in segs[1:]}
        if (
            late is not None
            and late["who"].lower() not in receivers  # "…, accts checks them": who receives
            and _actor_words(late["who"], relaxed=True)
        ):
            # "batch sheets → wash floor: printed, cust svc drops them at 11"
            return [Segment(late["who"], f": {what_first}"), *segs[1:]]
        tail = re.split(r"[,;]", segs[-1].rest)[-1].strip() if "," in segs[-1].rest else ""
        if tail and _actor_words(tail) and tail != segs[-1].name:
            # "monthly invoices → hotels, PDF by email, accts": the team named last sends
            return [Segment(tail, f": {what_first}"), *segs[1:]]
    return segs
