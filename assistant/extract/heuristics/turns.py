"""Meeting transcripts: who is speaking, so that I/we/me resolve to the speaker's role.

A transcript is a text where at least two lines open with a speaker label,
``Role (First name): …`` or ``Role: …``, also written ``Name (role):``, ``Name, role:``,
``Role – Name:`` or ``[Role] …``. The facilitator's turns are questions, not
answers, and are not read (a flow proposed in a question counts only when an answer
repeats it). A first name, in a label or in the talk, stands for that speaker's role
and never becomes an actor (STYLES.md, labelling decisions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.cues import _SELF_INTRODUCTION
from assistant.extract.heuristics.tokens import without_bullet
from assistant.models.infoflow import ActorKind

_LABEL = re.compile(
    r"^\s*(?P<role>[A-Za-z][\w&/.' -]{0,48}?(?:(?:,|\s[–—-])\s*[A-Za-z][\w&/.' -]{0,40}?)?)"
    r"\s*(?:\((?P<names>[^()]{1,40})\))?\s*:\s+(?P<body>\S.*)$"
)
_BRACKETED = re.compile(r"^\s*\[(?P<role>[A-Za-z][\w&/.' ,()-]{0,48}?)\]\s*:?\s*(?P<body>\S.*)$")
"""``[Ward clerk] The wards email me …``: a label in square brackets."""
_TIMESTAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*(?:[-–—]\s*)?")
"""A time a recording put before each turn ("[00:01:12]", "10:02 -")."""
_ANONYMOUS = re.compile(
    r"(?:speaker|participant|respondent|interviewee|person|p)\s*[a-z]?\d*", re.IGNORECASE
)
"""A speaker known by a number ("Speaker 2", "P3"), whose role may follow in brackets."""
_MARKS = re.compile(r"^(\s*)(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)")


def _unmarked(line: str) -> str:
    """A line without what a recording or an editor put around the label: a time, a quote
    mark, bold ("**Ward clerk (Nell):** …", "> Facilitator: …", "[00:01:12] …")."""
    line = re.sub(r"^\s*>\s*", "", line)
    line = _TIMESTAMP.sub("", line)
    return _MARKS.sub(r"\1\2", line)


_ROLE_WORDS = lx.PERSON_WORDS | lx.TEAM_HEADS | lx.DEPARTMENT_WORDS | lx.ORGANISATION_HEADS
FACILITATORS = frozenset(
    {"facilitator", "interviewer", "moderator", "host", "coach", "q", "question", "me"}
)
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir"})
_SPOKEN_OPENER = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))\s*(?:(?:yes|yeah|yep|right|ok|okay|well|oh|so),?\s+)?"
    r"(?:and|so|but)\s+(?P<opener>if|when|whenever|once|after|before|as soon as)\b",
    re.IGNORECASE,
)
"""Talk opens a sentence with "and", "so" or "but" before a condition ("And if it's
awarded, the funder emails …"): the condition still opens the sentence."""


_SHORT_DENIAL = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))(?P<denial>(?:no,?\s+)?(?:they|it|he|she|we|i|you)\s+"
    r"(?:don't|doesn't|didn't|do not|does not|won't|can't|cannot)(?:,?\s+no)?),\s+"
    r"(?P<next>[a-z])",
    re.IGNORECASE,
)
"""A short answer that denies, then a clause of its own after a comma ("They don't, I email
them the dates"): two sentences, so the denial does not negate what follows."""


def spoken(body: str) -> str:
    """A turn's words as a sentence reader expects them: spoken openers before a
    condition left out, the condition's first letter in capitals; a short denial set apart
    from the clause after it."""
    body = _SHORT_DENIAL.sub(lambda m: f"{m['denial']}. {m['next'].upper()}", body)
    return _SPOKEN_OPENER.sub(lambda m: m["opener"][:1].upper() + m["opener"][1:], body)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the role (None for the facilitator), their names, the words."""

    role: str | None
    names: tuple[str, ...]
    body: str


def _looks_like_role(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 5 and not any(w.lower() in {"the", "a", "an"} for w in words[:1])


_NAMED_ASKERS = frozenset({"facilitator", "interviewer", "moderator"})
_ASKS = _NAMED_ASKERS | {"researcher", "q", "question"}


def _facilitator(role: str, named: bool) -> bool:
    """Who asks: a facilitator by any of its names ("Workshop facilitator", "Interviewer
    1", "UX researcher", "PO"); when the transcript names its facilitator, a researcher, a
    coach, a host or a product owner is a speaker being asked."""
    words = set(re.findall(r"[a-z]+", role))
    if named:
        return role in {"q", "question", "me"} or bool(words & _NAMED_ASKERS)
    return role in FACILITATORS or bool(words & _ASKS) or role in {"po", "product owner"}


def _first_name(word: str) -> bool:
    """A single capitalised word that is no role, team or facilitator ("Sarah", "Dev")."""
    low = word.lower()
    return (
        re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and low not in _ROLE_WORDS
        and low not in FACILITATORS
    )


def _clearly_role(words: str) -> bool:
    """Words that name a role by themselves ("ward clerk", "Pharmacist", "site manager")."""
    parts = words.split()
    if not parts or len(parts) > 5:
        return False
    head = parts[-1].lower()
    if head in _ROLE_WORDS or head.rstrip("s") in _ROLE_WORDS:
        return True
    return words[:1].islower() and lx.actor_kind([w.lower() for w in parts]) is not None


def _role_and_names(label: str, bracket: str | None) -> tuple[str, str] | None:
    """The role and the names of a label written either way round: ``Role (Name)``,
    ``Name (role)``, ``Name, role``, ``Role – Name``; None when it is neither."""
    label = " ".join(label.split())
    if bracket is not None:
        if _first_name(label) and _clearly_role(bracket):
            return bracket, label  # "Sarah (ward clerk)"
        if _ANONYMOUS.fullmatch(label) and _clearly_role(bracket):
            return bracket, ""  # "Speaker 2 (ward clerk)": a number is no name
        return label, bracket
    parts = re.split(r"\s*,\s*|\s+[–—-]\s+", label)
    if len(parts) == 1:
        return label, ""
    if len(parts) == 2:
        first, second = parts
        if _first_name(first) and _clearly_role(second):
            return second, first  # "Sarah, ward clerk"
        if _clearly_role(first) and _first_name(second):
            return first, second  # "Ward clerk – Sarah"
    return None


def parse_turns(text: str) -> list[Turn] | None:
    """The turns of a transcript, or None when ``text`` is not one."""
    turns: list[Turn] = []
    labelled = 0
    lines = [_unmarked(line) for line in text.splitlines()]
    asking = any(
        (m := _LABEL.match(without_bullet(line))) and set(m["role"].lower().split()) & _NAMED_ASKERS
        for line in lines
    )  # a bulleted transcript names its facilitator; notes have "- q:" lines
    for line in lines:
        if not line.strip():
            continue
        if asking:
            line = without_bullet(line)  # "- Facilitator: …", "- Ward clerk (Nell): …"
        match = _LABEL.match(line) or _BRACKETED.match(line)
        found = None
        if match:
            bracket = match.groupdict().get("names")
            found = _role_and_names(match.group("role"), bracket)
        if match and found and _looks_like_role(found[0]):
            labelled += 1
            role = found[0].lower()
            names = tuple(
                w
                for w in re.split(r"[\s,&]+", found[1])
                if w and w.lower().strip(".") not in _TITLES
            )
            body = spoken(match["body"])
            turns.append(Turn(None if _facilitator(role, asking) else role, names, body))
        elif turns:
            last = turns[-1]
            turns[-1] = Turn(last.role, last.names, f"{last.body}\n{spoken(line)}")
        else:
            turns.append(Turn(None, (), line))
    if labelled < 2 or sum(1 for t in turns if t.role) < 1:
        return None
    return _named_by_themselves(turns)


def _named_by_themselves(turns: list[Turn]) -> list[Turn]:
    """Speakers labelled by a first name only ("Tom: I'm the site lead. …") take the role
    they give themselves, and keep the first name as theirs."""
    roles: dict[str, str] = {}
    for turn in turns:
        if turn.role is None or turn.names or not _first_name(turn.role.title()):
            continue
        for match in _SELF_INTRODUCTION.finditer(turn.body):
            words = (match["role"] or match["role2"] or match["role3"]).split()
            while words and turn.role not in roles:
                kind = lx.actor_kind(words)
                if kind in {ActorKind.person, ActorKind.team}:
                    roles[turn.role] = " ".join(words).lower()
                words = words[:-1]
    return [Turn(roles[t.role], (t.role.title(),), t.body) if t.role in roles else t for t in turns]


_AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "can", "could"})
_DETERMINED = frozenset({"the", "your", "their", "our"})
_QUESTION_OPENERS = frozenset({"and", "so", "but", "ok", "okay", "right", "then"})


def _phrase_at(words: list[str], k: int) -> tuple[str, int] | None:
    """The party named at ``words[k]`` ("the coach company", "Sage", "Field View") and
    where it ends: a determiner and up to three words before a verb or a preposition, or
    capitalised words."""
    if k >= len(words):
        return None
    if words[k].lower() in _DETERMINED:
        end = k + 1
        while (
            end < len(words)
            and end - k <= 3
            and words[end][:1].islower()
            and words[end].isalpha()
            and words[end] not in lx.PREPOSITIONS
            and words[end] not in {"know", "where", "what", "when", "whether", "if", "that"}
            and (end == k + 1 or lx.verb_info(words[end]) is None)
        ):
            end += 1
        return (" ".join(words[k:end]), end) if end > k + 1 else None
    end = k
    while end < len(words) and end - k < 2 and re.fullmatch(r"[A-Z][\w-]*[a-zA-Z]", words[end]):
        end += 1
    return (" ".join(words[k:end]), end) if end > k else None


def _said_of_one(word: str) -> bool:
    """Whether ``word`` is a verb's -s form, as a question said plainly puts it after its
    subject ("And then CAMP tells the maintenance org …?")."""
    info = lx.verb_info(word.lower())
    return info is not None and info[1] == "s"


def _asked_about(question: str) -> tuple[str, str, str | None, bool] | None:
    """Who a yes-no question asks about, its verb and whom it names after the verb ("Does
    Sage let the treasurer know …?", "And then Sage tells the treasurer …?": Sage, let, the
    treasurer), and whether it was asked plainly, not inverted."""
    words = re.findall(r"[\w'-]+", question)
    k = 0
    while k < len(words) and words[k].lower() in _QUESTION_OPENERS:
        k += 1
    if k >= len(words):
        return None
    inverted = words[k].lower() in _AUXILIARIES
    subject = _phrase_at(words, k + 1 if inverted else k)
    if subject is None:
        return None
    k = subject[1]
    if k < len(words) and words[k] in {"also", "then", "ever", "always", "just"}:
        k += 1
    if k >= len(words) or lx.verb_info(words[k]) is None:
        return None
    if not inverted and not _said_of_one(words[k]):
        return None  # "And then CAMP tells the maintenance org …?": a question said plainly
    verb = words[k]
    whom = _phrase_at(words, k + 1)
    return subject[0], verb, whom[0] if whom else None, not inverted


_CONFIRMED_WITH_A_PRONOUN = re.compile(
    r"^(?P<confirm>(?:(?:yes|yeah|yep|yup|correct|exactly|that's right|it does|they do|it will"
    r"|they will|mostly|usually|pretty much)\b[,.!]?\s+)*)(?:and\s+|so\s+)?"
    r"(?P<when>(?:at|every|each|on|in)\s+[\w']+(?:\s+[\w']+){0,3}\s+)?"
    r"(?P<pronoun>it|they)\s+(?P<adverb>(?:\w+ly\s+|also\s+|then\s+|just\s+)?)"
    r"(?P<verb>[a-z]+)(?P<object>\s+(?:them|him|her)\b)?",
    re.IGNORECASE,
)
"""An answer that confirms such a question and goes on with "it"/"they" ("Yes, it sends them
the drop log every fifteen minutes", "It does, at six every evening it sends …"), or goes
straight on with "it" ("It emails them a due list every Monday, yes")."""


def question_taken_up(question: str, answer: str) -> str:
    """The answer with the "it"/"they" that confirms a yes-no question named as the question's
    subject, and the "them"/"him"/"her" after its verb as the question's object: the answer
    goes on about who the question asked about, not about whoever was named before it."""
    asked = _asked_about(question)
    said = _CONFIRMED_WITH_A_PRONOUN.match(answer)
    if asked is None or said is None or lx.verb_info(said["verb"].lower()) is None:
        return answer
    if not said["confirm"] and (said["pronoun"].lower() != "it" or not said["object"]):
        return answer  # "They ring me …" unconfirmed may be anyone named before
    subject, _, whom, plainly = asked
    if plainly and not said["object"]:
        return answer  # "And the provision master picks them up?" — "Yes, they drop into …"
    when = said["when"] or ""
    taken_up = f"Yes, {when}{subject} {said['adverb']}{said['verb']}"
    if said["object"] and whom:
        taken_up += f" {whom}"
    elif said["object"]:
        taken_up += said["object"]
    return taken_up + answer[said.end() :]
