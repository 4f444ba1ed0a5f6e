"""One vocabulary of media: how information travels, and what that says about maturity.

Used by the free-text extractor (cues of a flow's maturity and medium, words that are
channels rather than actors), by the hot spots (an actor named after a carrier, such as
"weekly Excel workbook", is low maturity) and by the use-case proposals (what kind of
carrier a flow uses: spoken, a document, re-typing, a file or paper). Pure: no I/O, and no
import from the rest of the project but the models, so every package can use it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.models.infoflow import Maturity


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# heads that are channels, documents or content, never actors
MEDIUM_HEADS = _words(
    """email e-mail emails mail mails attachment attachments phone phones call calls radio fax
    paper papers sheet sheets spreadsheet spreadsheets excel workbook workbooks tracker
    file files csv csvs pdf pdfs document documents doc docs form forms report reports list
    lists drive drives folder folders sharepoint whatsapp sms chat chats text texts message
    messages letter letters note notes memo memos slip slips template templates deck decks
    powerpoint word scan scans photo photos picture pictures copy copies printout printouts
    whiteboard notebook notebooks logbook minutes meeting meetings conversation conversations
    huddle huddles briefing briefings stand-up stand-ups standup standups catch-up catch-ups
    review reviews
    export exports import imports upload uploads api edi interface link connection batch
    feed stream sync extract extracts dump dumps data information details figures
    results result status update updates request requests order orders invoice invoices
    plan plans schedule schedules calendar calendars record records case cases entry entries
    way basis end time day week month year morning night evening handover shift hand post
    courier integration integrations job jobs script scripts macro macros routine mechanism
    connector certificate certificates receipt receipts quote quotes docket dockets manifest
    manifests timesheet timesheets rota rotas channel channels book books daybook daybooks
    diary diaries id ids"""
)

ARTEFACT_NAME = re.compile(
    r"\b(?:excel|spreadsheets?|workbooks?|paper|whiteboards?|notebooks?|logbooks?|binders?"
    r"|post-?its?|e-?mails?|inbox(?:es)?|sheets?|trackers?|google sheets?)\b",
    re.IGNORECASE,
)
"""An actor named after a carrier ("weekly Excel workbook", "ward whiteboard"): an
artefact that only carries information, with the maturity of its medium."""


class Cue(NamedTuple):
    """A word pattern that tells the maturity of a transfer (labelling conventions)."""

    pattern: re.Pattern[str]
    maturity: Maturity
    strength: int
    """3: the transfer itself (email, API); 2: a carrier (shared file); 1: a weak hint."""
    label: str
    human_only: bool = False
    """Only about people: a system that "copies" or "passes" data is automated."""


_LOW, _MED, _HIGH = Maturity.low, Maturity.medium, Maturity.high
_SYSTEM_WORDS = (
    r"(?:platform|portal|system|app|application|tool|software|website|webshop|intranet)s?"
)
_CUE_TABLE: list[tuple[str, Maturity, int, str, bool]] = [
    # low: paper, phone, radio, fax, face to face, chat/SMS, email, re-typing by hand
    (
        r"e-?mail(?:s|ed|ing)?|(?<!royal )(?<!snail )(?<!the )mails?|mailed|outlook|inbox",
        _LOW,
        3,
        "email",
        False,
    ),
    (
        # "it's called Lighthouse", "we call it Atlas": naming, not phoning
        # "enters it in Bookwhen on his phone": a device, not a call
        r"(?<!his )(?<!her )(?<!their )(?<!my )(?<!your )(?<!our )phones?|phon(?:ed|ing)"
        r"|telephon\w*|(?<!we )(?<!they )(?<!on )calls?(?! it\b)"
        r"|(?<!is )(?<!'s )(?<!’s )(?<!was )(?<!are )(?<!were )called|calling|rings?|ringing|rang",
        _LOW,
        3,
        "phone call",
        False,
    ),
    (r"radio(?:s|ed)?|walkie-talkie", _LOW, 3, "radio", False),
    (r"fax(?:es|ed)?", _LOW, 3, "fax", False),
    (r"paper|printed|print(?:s|out|outs)?|handwritten|hard ?cop(?:y|ies)", _LOW, 3, "paper", False),
    (
        r"whatsapp|sms|texts?|texted|texting|text messages?|chat|teams chat|slack"
        r"|instant messages?",
        _LOW,
        3,
        "chat",
        False,
    ),
    (
        r"face[- ]to[- ]face|in person|verbally|orally|tells?|told|word of mouth|meetings?"
        r"|handover|shift handover",
        _LOW,
        3,
        "face to face",
        False,
    ),
    (
        r"by post|posted|letters?|courier|royal mail|snail mail|the mail|postcards?",
        _LOW,
        3,
        "post",
        False,
    ),
    (
        r"whiteboard|notebook|logbook|post-?its?|(?:in-)?trays?|pigeon-?holes?",
        _LOW,
        3,
        "paper",
        False,
    ),
    (
        r"re-?typ(?:e|es|ed|ing)|re-?key(?:s|ed|ing)?|re-?enter(?:s|ed|ing)?",
        _LOW,
        3,
        "manual re-typing",
        True,
    ),
    (r"typ(?:e|es|ed|ing)|key(?:s|ed|ing)?(?: in)?|keys? in", _LOW, 3, "manual keying", True),
    (r"cop(?:y|ies|ied|ying)|transcrib(?:e|es|ed|ing)", _LOW, 3, "manual copy", True),
    # "uploads it manually" is a file upload (medium): by hand, but nothing re-typed
    (
        r"by hand|(?<!upload )(?<!uploads )(?<!uploaded )(?<!import )(?<!imports )"
        r"(?:manually|manual)(?! (?:uploads?|imports?|exports?))",
        _LOW,
        3,
        "by hand",
        True,
    ),
    (
        r"hand(?:s|ed|ing)?(?: over)?|gives?|gave|given|pass(?:es|ed)?|posts?",
        _LOW,
        1,
        "handed over",
        True,
    ),
    (r"pdfs?|scan(?:s|ned)?|photos?|word documents?", _LOW, 1, "document", False),
    # high: automated system to system, real-time displays and alarms
    (
        r"apis?|edi|interfaces?|integrations?|integrated|web ?services?|webhooks?"
        r"|system-to-system|system to system|middleware|message queues?|mqtt|opc(?:-ua)?"
        r"|swift|witsml|as2|sftp|etl",
        _HIGH,
        3,
        "interface",
        False,
    ),
    (
        r"automatic(?:ally)?|automated|auto-\w+|straight[- ]through|without manual"
        r"|bluetooth|by itself|on its own",
        _HIGH,
        3,
        "automated",
        False,
    ),
    (
        r"sync(?:s|ed|hronised|hronized|hronises|hronizes)?|stream(?:s|ed|ing)?|real[- ]time"
        r"|live|telemetry|sensors?|every \d+ (?:minutes|seconds)|(?:bank|data|api) feeds?"
        r"|batch (?:jobs?|interfaces?|process(?:es)?|runs?|transfers?)|overnight batch",
        _HIGH,
        3,
        "automated feed",
        False,
    ),
    (r"alarms?|alerts?", _HIGH, 2, "automated alarm", False),
    (r"push(?:es|ed)?(?: notifications?)?", _HIGH, 2, "automated push", False),
    # "the overnight tally sheets" are sheets of the night, not a batch
    (r"nightly|(?<!the )(?<!our )overnight", _HIGH, 2, "nightly batch", False),
    # medium: shared files and drives, exports/imports/uploads, first-hand entry in a system
    (
        r"shared (?:excel |google )?(?:drive|spreadsheet|sheet|folder|workbook|tracker|file"
        r"|excel|calendar)|google (?:sheets?|calendars?)|sharepoint|onedrive|dropbox"
        r"|network drive|shared drive",
        _MED,
        2,
        "shared file",
        False,
    ),
    (r"spreadsheets?|excel|workbooks?|trackers?", _MED, 2, "spreadsheet", False),
    (r"sheets?", _MED, 1, "sheet", False),
    (r"csv|xlsx?|files?", _MED, 2, "file", False),
    (
        r"export(?:s|ed|ing)?|import(?:s|ed|ing)?|upload(?:s|ed|ing)?|download(?:s|ed|ing)?"
        r"|bulk-upload|bulk upload",
        _MED,
        2,
        "file transfer",
        False,
    ),
    (
        r"(?:through|via|on|in|using|into) (?:the|a|an|our|their|its|his|her) (?:[\w-]+ ){0,2}"
        + _SYSTEM_WORDS,
        _MED,
        2,
        "business system",
        True,
    ),
    (
        r"enter(?:s|ed|ing)?|entry|logs?|logged|logging|records?|recorded|directly",
        _MED,
        1,
        "direct entry",
        False,
    ),
    (r"shar(?:e|es|ed|ing)|portal", _MED, 1, "shared file", False),
]
CUES: tuple[Cue, ...] = tuple(
    Cue(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), m, s, label, human)
    for p, m, s, label, human in _CUE_TABLE
)


READ_IN_SYSTEM = "read in the system"
"""The medium of a person looking something up on a system's screens (no push)."""
SPOKEN = frozenset({"phone call", "radio", "face to face"})
DOCUMENT = frozenset({"document", "post", "paper", "fax"})
RETYPING = frozenset({"manual re-typing", "manual keying", "manual copy", "by hand"})
MESSAGES = frozenset({"email", "chat", "phone call"})
"""Media labels of a message from one person to another (a transfer, not a carrier)."""
SHARED_PLACES = frozenset(
    {"site", "drive", "sheet", "folder", "sharepoint", "board", "whiteboard", "teams", "channel"}
    | {"dropbox", "onedrive"}  # file-sharing services (w4, w6, w7, w9, w10)
)
"""Places people share files in: media from the writer to the readers (STYLES.md)."""
STORE_CARRIERS = frozenset(
    {"drive", "sheet", "spreadsheet", "workbook", "file", "folder", "tracker", "sharepoint"}
)
"""Carriers that hold data: something that names one as an actor means a data store."""


def media_of(text: str) -> set[str]:
    """The labels of the media named in ``text`` ("email", "phone call", "paper"…)."""
    return {cue.label for cue in CUES if cue.pattern.search(text)}
