"""Tokens and sentences: the first seam of the free-text reader (no grammar here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract.lexicon import inflected, verb_info
from assistant.text.lines import unix_newlines

_TOKEN = re.compile(r"\w+s'(?=\s+\w)|\w+(?:['’&./-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])")
_ABBREVIATIONS = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|approx|incl|dept|mr|mrs|ms|dr)\.\s|\bno\.\s(?=\d)", re.I
)  # "No. 5" before a number; "…, no. Priya rings me" ends a sentence
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")

MAX_SENTENCE_WORDS = 60
"""A longer stretch without a full stop is cut, so that reading stays linear in the answer:
the clause and phrase rules look back and ahead within a sentence. Real sentences of a
workshop answer are shorter; a run-on text without punctuation is not."""
_CLAUSE_WORDS = frozenset(
    {"and", "then", "but", "so", "which", "who", "while", "when", "once", "after", "before"}
)


@dataclass(frozen=True)
class Tok:
    """A word or punctuation mark, its lower-case form and its index in the sentence."""

    text: str
    low: str
    i: int

    def without_possessive(self) -> Tok:
        """The word without its "'s" ("the duty engineer's" -> "engineer"), same place."""
        cut = 1 if self.text.endswith(("'", "’")) else 2  # "the venues' box offices"
        return Tok(self.text[:-cut], self.low[:-2], self.i)


def is_bullet(line: str) -> bool:
    """A line of notes that opens on a bullet ("- ", "• ", "3) ")."""
    return _BULLET.match(line) is not None


def without_bullet(line: str) -> str:
    """The line without the bullet it opens on, if any."""
    return _BULLET.sub("", line)


_LABEL = re.compile(r"^\s*[A-Z][\w .()'’&/-]{0,40}:\s")
"""A speaker's or a note's label opening a line ("Facilitator: …", "Stores (Kim): …")."""
_WRAP_FLOOR = 50
"""Lines shorter than this are lines someone ended on purpose, not a wrap."""


def unwrapped(text: str) -> str:
    """Prose pasted with hard line breaks (from an e-mail or a PDF) as it was written: in a
    block whose lines, but its last, all run close to one width, with no bullet, label or
    arrow, a break inside a sentence is a wrap. Notes keep their lines: they open on
    bullets or labels, or their lengths vary as each item does."""
    text = unix_newlines(text)
    blocks = re.split(r"(\n\s*\n)", text)
    return "".join(_joined(block) if not block.isspace() else block for block in blocks)


def _joined(block: str) -> str:
    body = block.rstrip()
    lines, tail = body.split("\n"), block[len(body) :]
    if len(lines) < 3:
        return block
    width = max(len(line) for line in lines)
    if width < _WRAP_FLOOR or any(
        is_bullet(line) or _LABEL.match(line) or "->" in line or "→" in line for line in lines
    ):
        return block
    if any(len(line.rstrip()) < 0.7 * width for line in lines[:-1]):
        return block
    if 2 * sum(line.lstrip()[:1].islower() for line in lines[1:]) < len(lines) - 1:
        return block  # a wrap mostly falls before a word in lower case; turns open on names
    out = lines[0].rstrip()
    for line in lines[1:]:
        # a break after a full stop may end a paragraph; one inside a sentence is a wrap
        out += ("\n" if out.endswith((".", "!", "?", ":", ";")) else " ") + line.strip()
    return out + tail


def split_sentences(text: str) -> list[str]:
    """Lines, bullets and sentence ends; common abbreviations do not end a sentence."""
    out: list[str] = []
    for raw_line in text.splitlines():
        line = without_bullet(raw_line).strip()
        if not line:
            continue
        protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(". ", "\x00 "), line)
        for part in _SENTENCE_END.split(protected):
            part = _ASIDE.sub(_aside_gap, part.replace("\x00", ".")).strip()
            part = _BRACKETED_ASIDE.sub(lambda m: m.group("rest") or "", part)
            part = _LONE_DASH.sub(" ; ", part)
            part = _TAG_QUESTION.sub("?", _HEDGE.sub(" ", _RENAMING.sub(" ", part)))
            part = _HEDGE_BEFORE_VERB.sub("", _HEDGE_OPENING.sub(r"\g<lead>", part))
            part = _LIST_ENDER.sub("", _HOW_MANY.sub("", part))
            part = _CONTRACTED_IS.sub(_is_contracted, part)
            part = _CATENATIVE.sub(_without_catenative, part)
            part = _CONTRACTED_STATE.sub(r"\g<noun> is \g<state>", part)
            part = _WHOEVER.sub(_without_whoever, part)
            part = _I_MEAN.sub(lambda m: m["who"], part)
            part = _NOT_THE_OTHER.sub("", part)
            part = _WHEREUPON.sub(", and then ", part)
            part = _AND_AFTER.sub("and then ", part)
            part = _DEFINED_BY_DUTY.sub(", who", part)
            part = _WHICH_IS_DOING.sub(",", part)
            part = _A_COUPLE.sub(lambda m: "Two " if m.group(0)[0] == "A" else "two ", part)
            if part:
                # examples are looked for within each bounded piece: linear in the answer
                out.extend(p for piece in _bounded(part) if (p := _without_examples(piece)))
    return out


_CONTRACTED_IS = re.compile(
    r"\b(?P<noun>[a-z]+)['’]s\s+(?P<adverb>(?:still|just|now|already|always|usually)\s+)?"
    r"(?P<verb>[a-z]+ing)\b(?=(?P<next>\s+[a-z]+|\s*[.,;:!?]|\s*$))"
)
"""A noun and "'s" before an -ing verb may be "is" ("the caller's talking to me"), or the
possessive before a modifier ("the venue's booking system")."""
_AFTER_PROGRESSIVE = frozenset(
    {"to", "me", "us", "him", "her", "them", "it", "with", "on", "in", "into", "through", "the"}
)


def _is_contracted(match: re.Match[str]) -> str:
    """ "the caller's talking to me" → "the caller is talking to me": the -ing form is a
    verb when an adverb comes between, or a preposition, pronoun or article follows it."""
    info = verb_info(match["verb"])
    nxt = match["next"].strip()
    if info is None or info[1] != "ing" or match["noun"] in {"it", "that", "there", "what"}:
        return match.group(0)
    if not (match["adverb"] or nxt in _AFTER_PROGRESSIVE):
        return match.group(0)
    return f"{match['noun']} is {match['adverb'] or ''}{match['verb']}"


_CATENATIVE = re.compile(
    r"\b(?P<cat>(?:end|ends|ended|ending)\s+up|keeps?|kept|(?:start|starts|started)"
    r"|(?:carry|carries|carried|go|goes|went)\s+on"
    r"|(?:spend|spends|spent)\s+(?:ages|hours|forever|(?:half\s+)?(?:my|his|her|their|our)"
    r"\s+(?:day|days|morning|mornings|week|life)|(?:a\s+lot\s+of\s+)?time))"
    r"\s+(?P<verb>[a-z]+ing)\b",
    re.IGNORECASE,
)
"""A verb carried by another that says how it goes ("I end up emailing Gareth", "she keeps
ringing the ward", "we spend ages chasing the drivers"): the second verb is what happens."""


def _without_catenative(match: re.Match[str]) -> str:
    """The carried verb in the carrier's form ("I end up emailing" → "I email", "he ended up
    ringing" → "he rang"); the words unchanged when the -ing word is not a known verb."""
    info = verb_info(match["verb"].lower())
    if info is None or info[1] != "ing":
        return match.group(0)
    cat = match["cat"].split()[0].lower()
    if cat.endswith("ing"):
        return match.group(0)
    if cat in {"ended", "kept", "started", "carried", "went", "spent"}:
        return inflected(info[0], "past") or match.group(0)
    return (inflected(info[0], "s") or match.group(0)) if cat.endswith("s") else info[0]


_CONTRACTED_STATE = re.compile(
    r"\b(?P<noun>[a-z]+)['’]s\s+(?P<state>full|empty|ready|done|late|finished|over|gone|closed"
    r"|open|down|loaded|approved|signed|booked|confirmed|back|short|missing|wrong|urgent)"
    r"(?=\s*[,.;:!?]|\s+(?:the|a|an|we|i|they|he|she|someone|somebody|then|and|so)\b)",
    re.IGNORECASE,
)
"""A noun and "'s" before a state ("when the boat's full the skipper radios …") is "is":
a possessive would go on with a noun ("the boat's full load")."""
_RENAMING = re.compile(
    r",\s+(?:as\s+)?(?:we|they|everyone)\s+calls?\s+(?:her|him|them|it)(?:\s+[\w'’-]+){1,4}\s*"
    r"(,|(?=[.;!?]|$))"
)
"""A name given between commas ("the volunteer team leader, we call her the night lead,
fills in …") is read by the actor rules; the sentence goes on without it."""
_HEDGE = re.compile(
    r",\s+(?:believe it or not|to be fair|to be honest|if I'm honest|honestly|frankly|I think"
    r"|I suppose|I guess|I gather|I believe|as far as I know|of course|as you can imagine"
    r"|I should say|mind you|more or less|in theory|so to speak|if you like|as it were)"
    r"\s*(,|(?=[.;!?]|$))",
    re.IGNORECASE,
)
"""A hedge between commas ("…, believe it or not, re-keys …") is dropped with its commas."""
_LIST_ENDER = re.compile(
    r"(?<=s)\s+and\s+that(?=\s*,(?!\s+in\s+turn))"
    r"|\s+(?:and\s+(?:all\s+that|stuff|everything)|or\s+whatever)(?=\s*,)",
    re.IGNORECASE,
)
"""What closes a list said first, before its comma ("Allergies and that, the lads tell me",
"the teddies and stuff, I order …"): a filler, dropped, so the list is not read as a
party."""
_HOW_MANY = re.compile(
    r",\s+(?:and\s+)?there(?:['’]s|\s+is|\s+are|\s+were|\s+was)\s+(?:[\w'’-]+\s+){1,3}of\s+"
    r"(?:them|us|those)(?:\s+now|\s+at\s+the\s+moment)?\s*,"
)
"""How many there are, said between a subject and its verb ("The restaurants, there's four
of them, send me …"): the sentence reads on without it."""
_HEDGE_OPENING = re.compile(
    r"(?P<lead>^\s*|[,;:]\s+|\b(?:and|but|so|then|because)\s+)"
    r"(?:(?:honestly|frankly|actually|well)\s*,?\s+)?"
    r"(?:I|we)(?:\s+(?:do\s+)?(?:think|believe|suppose|guess|reckon|imagine|assume|gather)"
    r"|['’]d\s+say|\s+would\s+say|['’]m\s+(?:pretty\s+|fairly\s+)?sure)\s+(?:that\s+)?"
    r"(?=(?:the|a|an|our|their|his|her|my|most|some|all|each|every|they|he|she|(?-i:[A-Z][a-z]+))"
    r"\b)",
    re.IGNORECASE,
)
"""A hedge that opens a clause ("I think the porters ring …", "and I'd say most
suppliers email …"): the clause after it is what happens, said with less certainty."""
_HEDGE_BEFORE_VERB = re.compile(
    r"(?<=[A-Za-z])\s+(?:more or less|pretty much|to all intents and purposes)(?=\s+(?:is|are)\b)",
    re.IGNORECASE,
)
"""A hedge before "is" ("Magda more or less is customer service"): what is said is the same."""
_WHOEVER = re.compile(
    r",\s+(?:whoever|whichever\s+[a-z]+)\s[^,.;:!?]{1,60},\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
"""Who it is at the time, between a subject and its verb ("the engineer on the booking,
whoever that is that week, retypes it …"): the subject acts, the aside names nobody new."""


def _without_whoever(match: re.Match[str]) -> str:
    """The sentence without a "whoever …" aside when a verb follows it (see ``_WHOEVER``)."""
    info = verb_info(match["verb"].lower())
    if info is None or info[1] not in {"s", "past"}:
        return match.group(0)
    return " " + match["verb"]


_I_MEAN = re.compile(
    r"\b(?:she|he|they)\s*,\s+(?P<who>(?:the|our|their|my)\s+[^,.;:!?]{1,40}?)\s+I\s+mean\s*,",
    re.IGNORECASE,
)
"""A pronoun the speaker makes plain ("She, the product manager I mean, briefs …"): the
one named acts."""
_NOT_THE_OTHER = re.compile(
    r",\s+(?:and\s+)?not\s+(?:into|in|to|on|through|via|by|from|onto|with)\s+[^,.;:!?]{1,60}?"
    r"(?:\s+any ?more)?(?=\s*[,.;:!?]|$)",
    re.IGNORECASE,
)
"""What a clause is not ("entered by the techs into RefurbIQ, not into the Excel tracker
any more", "emails it to the student, not to the department"): the clause says what is,
and its negation must not be read as the clause's."""
_AND_AFTER = re.compile(
    r"\band\s+(?:after|afterwards|after\s+that)\s+(?=(?:he|she|they|we|I)\s+(?!\w+\s*,)"
    r"(?![^,.;]{0,60},))",
    re.IGNORECASE,
)
""""… goes to the factory and after he is filling the report": "after" said for "then",
with no clause of its own before a comma."""
_WHEREUPON = re.compile(r",?\s+(?:whereupon|upon which|after which)\s+", re.IGNORECASE)
"""A clause that follows in time ("…, whereupon RefurbIQ creates a task"): "and then"."""
_DEFINED_BY_DUTY = re.compile(
    r",\s+(?:that's|that’s|that is|they're|they’re|they are|he's|he’s|she's|she’s)\s+the\s+"
    r"(?:person|people|one|ones|guy|guys|lady|ladies|man|men|woman|women|bloke|folk)\s+"
    r"(?:who|that)\b",
    re.IGNORECASE,
)
"""A role explained by its duty ("a reservoir keeper, that's the person who walks the
dam, …"): a relative clause on the role, which stays who acts next."""
_WHICH_IS_DOING = re.compile(
    r",\s+which\s+is\s+(?:just\s+|only\s+|basically\s+|really\s+|simply\s+)?[a-z]+ing\b"
    r"[^,.;:!?]{0,50},(?=\s+and\b)",
    re.IGNORECASE,
)
"""What a step amounts to, said between its clause and the next ("checks the licence, which
is just looking at a card, and enters …"): the next clause keeps its subject."""
_A_COUPLE = re.compile(
    r"\ba couple of (?=(?:\w+ )?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?"
    r"|shifts?)\b)",
    re.IGNORECASE,
)
"""A time said as "a couple of weeks before": a count of time, never a couple of people."""
_TAG_QUESTION = re.compile(
    r",\s*(?:don't|doesn't|didn't|isn't|aren't|wasn't|won't|can't|haven't|hasn't|right)"
    r"(?:\s+(?:you|we|they|he|she|it|i|there))?\s*\?",
    re.IGNORECASE,
)
"""A tag question ("…, don't you?") asks for a yes; it does not negate the statement."""
_ASIDE = re.compile(
    r"\s[—–]\s[^—–\n]{1,200}?\s[—–]\s|\s--\s[^\n]{1,200}?\s--\s|\s-\s[^\n]{1,200}?\s-\s"
)
"""A pair of dashes around an aside ("The desk — it's three people — writes …"), typed
as hyphens too ("the receptionist - lovely woman - opens them")."""


_BRACKETED_ASIDE = re.compile(
    r"(?<=\b[A-Z][a-z])(?P<rest>[a-z]*)\s*\((?:our|the|my)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\)"
    r"|\s*\((?:or|and)\s[^()]{1,200}\)"
)
"""A role in brackets after a name ("Kofi (our groundsman) texts …"), learnt before the text
is cut into sentences, or an alternative in brackets ("Dev, our appeals officer (or whoever
covers him), works …"): the sentence reads on without them."""


_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_EXAMPLES = re.compile(
    r"(?:(?<=^)|(?<=,\s))(?:" + _ITEM + r",\s+)*" + _ITEM + r",?\s+(?:and so on|whatever|etc\.?"
    r"|and stuff|(?:and\s+)?all that|that kind of thing|that sort of thing),\s*",
    re.IGNORECASE,
)
"""A list of examples ended by "and so on" or "whatever" before the clause it illustrates
("If there's a problem, bruising, scab, whatever, I call the foreman"; "Availability,
injuries and so on, the ringmaster tells …"): what it names is what is talked about, never
who acts, and the clause reads on without it."""


_EXAMPLES_END = re.compile(
    r"\b(?:and so on|whatever|etc|and stuff|all that|kind of thing"
    r"|sort of thing),",
    re.IGNORECASE,
)


def _without_examples(piece: str) -> str:
    """``piece`` without a list of examples before its clause (see ``_EXAMPLES``)."""
    return _EXAMPLES.sub("", piece) if _EXAMPLES_END.search(piece) else piece


_OPENER = re.compile(r"^\s*(?:when|whenever|if|once|after|before|as soon as)\b[^,]*$", re.I)


def _aside_gap(match: re.Match[str]) -> str:
    """What an aside leaves: a comma when it closed an opening clause ("When an animal
    moves - which is often - the registrar …"), else a space ("the clerk - Ann - types")."""
    return ", " if _OPENER.match(match.string[: match.start()]) else " "


_LONE_DASH = re.compile(r"(?<!\b[A-Z][a-z]{2})(?<!\d)\s[-—–]\s(?!\d)(?![A-Z][a-z]{2}\b)")
"""A dash left alone joins two statements like a semicolon ("done on Friday - the
storeman emails them …"): who acts after it is not read as part of what came before. A
range ("9 - 5", "Mon - Fri") is not a dash between statements."""


def _bounded(sentence: str) -> list[str]:
    """``sentence`` in pieces of at most ``MAX_SENTENCE_WORDS`` words, each cut before a
    clause word (and, then, which…) in the second half of the piece when there is one."""
    words = sentence.split()
    if len(words) <= MAX_SENTENCE_WORDS:
        return [sentence]
    pieces: list[str] = []
    start = 0
    while len(words) - start > MAX_SENTENCE_WORDS:
        end = start + MAX_SENTENCE_WORDS
        cut = next(
            (
                k
                for k in range(end, start + MAX_SENTENCE_WORDS // 2, -1)
                if words[k].lower().strip(",;:") in _CLAUSE_WORDS
            ),
            end,
        )
        pieces.append(" ".join(words[start:cut]))
        start = cut
    pieces.append(" ".join(words[start:]))
    return pieces


_FIXED_PHRASES = re.compile(
    r"\b(face) to (face)\b|\b(in) (person)\b"
    r"|\b(one|two|bit|step|day|week|case|line|job|page) by \5\b|\bone at a time\b",
    re.IGNORECASE,
)
"""Phrases read as one word: "face to face", and "one by one", "case by case", "one at a
time", which are manners, not the next noun phrase ("texts all the freelancers one by one")."""


_CONTRACTION = re.compile(
    r"\b(I|you|we|they|he|she|it|that|there|who|what|where|here|something|nothing|everything"
    r"|anything|someone|nobody)'(ve|re|ll|m|d|s)\b",
    re.I,
)
_EXPANDED = {"ve": "have", "re": "are", "ll": "will", "m": "am", "d": "would", "s": "is"}
"""Pronoun contractions spelt out, so that "they've" is the pronoun "they"."""


_NAME_IS = re.compile(
    r"\b([A-Z][a-z]+)'s\s+(?=(?:the|our|a|an|my|their|also|always|usually|basically|really"
    r"|just|now|still)\s)"
)
"""A name's "'s" before a determiner is "is", not a possessive ("Pat's the fixtures
secretary, and …", "Tesco's our biggest customer")."""


_NUMBER_RANGE = re.compile(r"(?<=\d)[–—](?=\d)")
"""An en or em dash between numbers ("3–5 days") is a hyphen: the range is one word."""


def tokenize(sentence: str) -> list[Tok]:
    text = _NUMBER_RANGE.sub("-", sentence.replace("’", "'"))
    text = _FIXED_PHRASES.sub(lambda m: m.group(0).replace(" ", "-"), text)
    text = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2).lower()]}", text)
    text = _NAME_IS.sub(r"\1 is ", text)
    words = _TOKEN.findall(text)
    return [Tok(w, _possessive_low(w), i) for i, w in enumerate(words)]


def _possessive_low(word: str) -> str:
    """A plural possessive ("venues'") reads like any possessive ("venues's") to the rules,
    and keeps its spelling in names."""
    if word == "IT":
        return "ict"  # the department ("our IT team"), never the pronoun "it"
    low = word.casefold()
    return f"{low}s" if low.endswith("s'") and len(low) > 3 else low


_NUMBERED_NAME = re.compile(
    r"(?!\d+(?i:am|pm|st|nd|rd|th|kg|km|kb|mb|gb|tb|hrs|min|mins|kw|kwh|mw)$)"
    r"\d+[A-Z][A-Za-z0-9]*"
)
"""A brand that opens with a figure ("360T", "1Password", "3PL"), not a time or size; a
figure and one letter ("8D report", "3W matrix", "5G") names a kind of thing."""


def is_proper(tok: Tok, *, first: bool) -> bool:
    text = tok.text
    if not text[:1].isalpha():
        return len(text) > 2 and _NUMBERED_NAME.fullmatch(text) is not None
    upper = sum(1 for c in text if c.isupper())
    if upper >= 2:
        return True
    if len(text) >= 4 and text[0].islower() and text[1].isupper() and text.isalpha():
        return True  # "iQemo", "eBay": a one-letter prefix before the capital of a name
    return text[0].isupper() and not first
