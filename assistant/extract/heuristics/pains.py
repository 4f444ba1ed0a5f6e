"""Pain points said beside a flow: "which takes ages", "usually two days late", "but nobody
tells the ward".

A map typed as one paragraph otherwise has no pains, and the hot spots and proposals that
feed on them stay generic. A pain is read from the sentence that says the flow (or from
the next one when it opens with "it", "this", "which"…), as the words the person used,
cut at the clause around the cue. What a flow carries is never a pain: "delivery notes and
missing lines" keeps "missing" as content.
"""

from __future__ import annotations

import re

_LATE = (
    r"(?:is|are|was|were|arrives?|comes?|always|often|usually|too|days?|hours?|weeks?|runs?)"
    r"\s+(?:\w+\s+)?late"
)
PAIN_CUE = re.compile(
    r"\b(?:"
    r"takes? (?:ages|forever|hours|days|weeks|a long time|too long|half a day|all day)"
    rf"|{_LATE}|delayed|delays|too slow|out of date|outdated|out-of-date|stale"
    r"|mistakes?|errors?|typos?|wrong|inaccurate|incorrect|inconsistent|duplicated|duplicates"
    r"|gets? lost|got lost|are lost|is lost|goes missing|go missing|went missing|incomplete"
    r"|(?:nobody|no one|no-one) (?:else )?(?:ever )?(?:tells?|told|knows?|looks?|reads?|checks?"
    r"|sees?|updates?|uses?|is told|gets? told|bothers?|owns?|follows? up"
    r"|writes? (?:it|that|them|this) down|records?|logs?|notes? (?:it|that|them) down)"
    r"|causes? (?:arguments|rows|complaints|confusion|problems|trouble|delays|errors)"
    r"|no trace|no record|not tracked"
    r"|never (?:arrives?|gets?|comes?|updated|checked|read|used|looked at|on time)"
    r"|(?:can't|cannot|can not|unable to|no way to) (?:see|find|tell|know|get|track|trace|plan"
    r"|check|read|access|trust|rely|reach|follow)"
    r"|no idea|don't know|doesn't know|didn't know"
    r"|no visibility|hard to|difficult to"
    r"|painful|frustrat\w*|nightmare|headache|(?:a|an|big|real|major) (?:problem|issue)"
    r"|the (?:problem|issue) is"
    r"|annoying|embarrassing|sore point|a shame|hassle|chas(?:e|es|ing) (?:up|them|it|him|her)"
    r"|(?<!nobody )(?<!no one )(?<!never )(?<!not )(?<!has )(?<!have )complain(?:s|ed|ing)?"
    r"|waste of time|wasted|by the time"
    r"|(?P<rekeying>re-?key(?:s|ed|ing)?|re-?typ(?:e|es|ed|ing)"
    r"|double[- ](?:entry|keying|handling)"
    r"|(?:type|key|enter)s? (?:it|them|those|everything) (?:in )?again)"
    r"|(?:is|are|'s|was|were) (?:supposed|meant) to"
    r"|(?:can't|cannot|doesn't|does not|won't) (?:handle|cope)|(?:doesn't|don't|never) work"
    r"|falls? over|keeps? crashing|half the time"
    r")\b",
    re.IGNORECASE,
)
"""Words that say a flow hurts: too late, wrong, lost, unknown, or felt as a burden."""
_START = re.compile(
    r"(?:[,;:(]|\s[-–—]\s|\b(?:and|but|which|because|so|though|although|while|whereas"
    r"|since|where|as|when|whenever|if|unless|who|whose)\b)",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:when|whenever|if|unless)\s*$", re.IGNORECASE)
"""A cue in a condition ("tells me when something is wrong") says when a flow happens,
not that it hurts."""
_END = re.compile(r"[,;:)]|\s[-–—]\s|\.(?:\s|$)|\b(?:and|but|so|because)\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(
    r"^(?:and|but|which|because|so|though|although|while|whereas|since|where|as|then"
    r"|that|this|it|also)\b\s*",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"^\s*(?:and\s+|but\s+)?(?:it|this|that|which|they|these|those)\b", re.I)
MAX_PAIN_CHARS = 160
_DENIED = re.compile(r"\b(?:no|nobody|no one|never|not|without|n't)\b[^,.;]{0,24}$", re.I)
"""Re-keying said not to happen ("no re-keying there", "nobody has to re-type it")."""


def pain_phrases(sentence: str) -> list[tuple[int, str, str]]:
    """(where it starts, the words, the cue) of every pain said in a sentence, in order."""
    found: list[tuple[int, str, str]] = []
    taken_until = -1
    for cue in PAIN_CUE.finditer(sentence):
        if cue.start() < taken_until:
            continue
        starts = [m.end() for m in _START.finditer(sentence, 0, cue.start())]
        start = starts[-1] if starts else 0
        if _CONDITION.search(sentence[:start]):
            taken_until = cue.end()
            continue
        end_match = _END.search(sentence, cue.end())
        end = end_match.start() if end_match else len(sentence)
        words = _LEAD_WORDS.sub("", sentence[start:end].strip(" .!?")).strip()
        words = _LEAD_WORDS.sub("", words).strip()  # "and it takes ages"
        if cue.group("rekeying") and _DENIED.search(sentence[start : cue.start()]):
            words = ""  # "nobody has to re-type the title number": no pain said
        if words.endswith((" meant to", " supposed to")):
            words = ""  # "well, it's meant to, half the time …": the hedge says nothing yet
        if words and len(words) <= MAX_PAIN_CHARS:
            found.append((start, words, cue.group(0)))
        taken_until = end
    return found


def continues_previous(sentence: str) -> bool:
    """A sentence that points back at the one before ("It takes ages."): its pain is the
    previous flow's."""
    return _CONTINUES.match(sentence) is not None


_TRAILING = re.compile(r"(?:[\s,;:(-]|\b(?:which|that|and|but|so|because)\b)+$", re.IGNORECASE)


def without_pain(content: str, words: str) -> str | None:
    """The content cut before a pain that the content swallowed ("how many beds are free
    which takes ages" → "how many beds are free"); None when it holds no such pain."""
    at = content.casefold().find(words.casefold())
    if at <= 0:
        return None
    return _TRAILING.sub("", content[:at]).strip()
