"""What a name denotes and how names merge: mentions, the listed actors' keys, short
forms folded onto longer names, generic apps, shared places and devices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extract import lexicon as lx
from assistant.extract.heuristics.phrases import NP
from assistant.hypergraph.names import fold_plural, name_tokens, normalise_name
from assistant.media import MEDIUM_HEADS, SHARED_PLACES
from assistant.models.infoflow import Actor, ActorKind


@dataclass
class Mention:
    name: str
    kind: ActorKind
    np: NP | None = None


def _generic_app(name: str) -> bool:
    words = name_tokens(name)
    return bool(words) and words[-1] == "app" and set(words) <= {"phone", "mobile", "app", "the"}


def _shared_place(name: str) -> bool:
    words = name_tokens(name)
    return bool(words) and (words[-1] in SHARED_PLACES or "sharepoint" in words)


def _is_device(name: str) -> bool:
    words = name_tokens(name)
    return bool(words) and fold_plural(words[-1]) in lx.DEVICE_HEADS


def _holds_a_device(name: str) -> bool:
    """A device or the app on one ("tablet", "iPad app", "the drivers' phones"): wider than
    ``_is_device``, which wants a device as the head, for a name that can never be a party
    (the middle of a chain, the target of what is keyed in)."""
    words = name_tokens(name)
    if words and words[-1] in lx.PERSON_WORDS | lx.TEAM_HEADS:
        return False  # "the kiosk staff", "the tablet team": people
    return any(w in lx.DEVICE_HEADS for w in words) or words[-1:] == ["phone"]


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_GROUP_WORDS = frozenset(
    {"staff", "team", "office", "department", "dept", "people", "personnel", "colleagues"}
)


_UNIT_WORDS = frozenset({"team", "desk", "office", "department", "dept", "unit", "crew"})
"""The word for a group after a unit's name ("the reception team" is "reception")."""
_LINES = frozenset({"helpline", "hotline", "switchboard", "line", "helpdesk"})
"""Lines people call, answered by people the answer may name after them."""
_PUBLIC = frozenset({"customer", "customers", "client", "clients"})
"""Whom "people" stands for when an answer says both ("People book …; the customers …")."""


def known_keys(known: Sequence[Actor]) -> dict[str, Actor]:
    """Each listed actor under its name, its aliases and, for a group listed as "<X>
    staff/team/office/department/people", under "<X>" alone: the text says "the loans
    desk" for the listed "Loans desk staff". A name listed itself wins over a shorter form."""
    out: dict[str, Actor] = {}
    for actor in known:
        for name in [actor.name, *actor.aliases]:
            out.setdefault(normalise_name(name), actor)
    for actor in known:
        for name in [actor.name, *actor.aliases]:
            words = normalise_name(name).split()
            if len(words) < 2 or words[-1] not in _GROUP_WORDS:
                continue
            short = words[:-1]
            if len(short) == 1 and (
                words[-1] == "office"  # "Head office", "Box office": not "the head", "the box"
                or short[0] in MEDIUM_HEADS
                or short[0] in lx.ROLES_WITH_OF
            ):
                continue
            out.setdefault(" ".join(short), actor)
    return out


_SHORTHAND = {
    "manager": "mgr",
    "coordinator": "coord",
    "department": "dept",
    "accounts": "accts",
    "supervisor": "supvr",
    "technician": "tech",
    "engineer": "eng",
    "customer": "cust",
    "controller": "ctrl",
    "control": "ctrl",
    "operations": "ops",
    "director": "dir",
    "administrator": "admin",
    "assistant": "asst",
    "secretary": "sec",
    "representative": "rep",
    "maintenance": "maint",
}
"""Words and the shorthand notes write for them ("centre manager", "centre mgr")."""
_ABBREVIATED = {fold_plural(word): fold_plural(short) for word, short in _SHORTHAND.items()}


_ACRONYM = re.compile(r"[A-Z]{2,4}s?")


def _initials(name: str) -> str:
    """The letters an acronym of this name would have: its words' first letters ("bookings
    office" BO, "Time To Pet" TTP), or the capitals of one word ("QuickBooks" QB)."""
    words = [w for w in name.split() if w.lower() not in {"of", "and", "&", "the"}]
    if len(words) == 1:
        capitals = "".join(c for c in words[0] if c.isupper())
        return capitals if len(capitals) > 1 and not words[0].isupper() else ""
    if any(not w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


def _defined(short: str, text: str) -> bool:
    """The text says what the acronym stands for ("PO = project owner", "the chief flying
    instructor, the CFI", "(ETA)"): then the short form is the name."""
    s = re.escape(short)
    return re.search(rf"\b{s}\s*=|=\s*{s}\b|,\s+(?:the\s+)?{s}\b\s*,|\({s}\)", text) is not None


def _spelled_out(names: list[str], notes: str) -> dict[str, str]:
    """ "club captains → bookings office …; BO re-types them", "… to ConnectWise" then "CW →
    tech": in notes, an acronym written for a name already said in full, whose initials it
    spells, stands for that name, unless the notes define it."""
    out: dict[str, str] = {}
    for name in names:
        if not notes or not _ACRONYM.fullmatch(name) or _defined(name.rstrip("s"), notes):
            continue
        letters = name.rstrip("s") if name.endswith("s") and len(name) > 2 else name
        full = {
            n
            for n in names
            if n != name
            and _initials(n) == letters
            and not any(w.isupper() and len(w) > 1 for w in n.split())  # "QC analysts"
        }
        if len({normalise_name(n) for n in full}) != 1:
            continue
        long = max(full, key=len)
        first_long = notes.lower().find(long.lower())
        first_short = re.search(rf"\b{re.escape(letters)}", notes)
        if first_long >= 0 and first_short is not None and first_long < first_short.start():
            out[name] = long
    return out


def merge_names(
    mentions: dict[str, Mention], known: Sequence[Actor], notes: str = ""
) -> dict[str, str]:
    """Map short forms onto the one longer name with the same head.

    "the engineer" → "supplier quality engineer", unless two longer names would fit.
    """
    names = [m.name for m in mentions.values()] + [k.name for k in known]
    tokens = {n: name_tokens(n) for n in names}
    by_head: dict[str, list[str]] = {}  # compare names with the same head only
    for name in names:
        if tokens[name]:
            by_head.setdefault(tokens[name][-1], []).append(name)
    mapping: dict[str, str] = {}
    for short in names:
        st = tokens[short]
        if not st:
            continue
        longer = [
            n
            for n in by_head[st[-1]]
            if n != short
            and len(tokens[n]) > len(st)
            and tokens[n][-1] == st[-1]
            and set(st) <= set(tokens[n])
        ]
        heads = {normalise_name(n) for n in longer}
        if len(heads) == 1:
            mapping[short] = max(longer, key=len)
    # "GPs" and "GP": a short plural that the light folding leaves alone is the singular
    # named in the same text (STYLES.md: the shortest form that appears word for word)
    by_key = {tuple(tokens[n]): n for n in names}
    for name in names:
        st = tokens[name]
        if st and len(st[-1]) <= 4 and st[-1].endswith("s") and name not in mapping:
            singular = by_key.get((*st[:-1], st[-1][:-1]))
            if singular is not None and singular != name:
                mapping[name] = mapping.get(singular, singular)
    # "People book online …, and FareHarbor texts the customers …": "people" acting on
    # their own behalf are the answer's customers or clients, when it names one such group
    public = {n for n in names if tokens[n] and tokens[n][-1] in _PUBLIC}
    if len(public) == 1:
        for name in names:
            if tokens[name] == ["people"]:
                mapping[name] = next(iter(public))
    # "calls our 24-hour helpline, and the helpline agent logs …": a line someone calls is
    # the people who answer it, when the answer names them after it
    for name in names:
        st = tokens[name]
        if not st or st[-1] not in _LINES or name in mapping:
            continue
        staff = {n for n in names if st[-1] in tokens[n][:-1] and tokens[n][-1] not in _LINES}
        if len(staff) == 1:
            mapping[name] = next(iter(staff))
    # "reception" and "the reception team", "dispatch" and "the dispatch office": a unit
    # said with and without the word for a group is one actor
    listed = {k.name for k in known}
    for name in names:
        st = tokens[name]
        if len(st) != 1 or name in mapping or name in listed:
            continue  # "Pilots" and "Pilots team" both listed by the user are two actors
        grouped = {
            n
            for n in names
            if len(tokens[n]) == 2 and tokens[n][0] == st[0] and tokens[n][1] in _UNIT_WORDS
        }
        if len(grouped) == 1:
            mapping[name] = next(iter(grouped))
    # "centre manager" and "centre mgr" in one answer are one role, under the form written
    # in full: both are written word for word, and "customers" is who "cust" stands for
    by_short: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        if tokens[name] and name not in listed:
            key = tuple(_ABBREVIATED.get(t, t) for t in tokens[name])
            by_short.setdefault(key, []).append(name)
    for same in by_short.values():
        full = max(same, key=lambda n: (len(n), n))
        for name in same:
            if name != full and normalise_name(name) != normalise_name(full):
                mapping.setdefault(name, mapping.get(full, full))
    for short, full in _spelled_out(names, notes).items():
        if short not in listed:
            mapping.setdefault(short, mapping.get(full, full))
    # follow chains
    for short in list(mapping):
        target = mapping[short]
        while target in mapping and mapping[target] != target:
            target = mapping[target]
        mapping[short] = target
    return mapping
