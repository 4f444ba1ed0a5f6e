"""Word lists for the free-text heuristics: grammar words, verbs of transmission, cues.

Kept apart from the rules so each list can be read, reviewed and extended on its own.
Everything is lower case. Verbs are listed by base form; ``verb_forms`` derives the
inflections (sends, sent, sending…), with the irregular ones spelled out.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.hypergraph.names import fold_plural
from assistant.media import MEDIUM_HEADS, STORE_CARRIERS
from assistant.models.infoflow import ActorKind


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split())


# ---------------------------------------------------------------------------- grammar
DETERMINERS = _words(
    "the a an our their its his her my your this these those each every all any some both"
    " several many no another either neither whose"
)
PREPOSITIONS = _words(
    "to into onto in on at from by with via through for of about over under within across"
    " between after before during per against using until without toward towards"
    " throughout as like inside upon among behind beyond near around along"
    " outside beside opposite beneath underneath"
)
SUBORDINATORS = _words(
    "when once if because while whereas although though unless whenever until as since after before"
)
COORDINATORS = frozenset({"and", "or", "but", "then", "so", "plus"})
SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "we", "i", "you", "it"})
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "this", "these", "those"})
PERSONAL_PRONOUNS = frozenset({"they", "he", "she", "them", "him", "her"})
FIRST_PERSON = frozenset({"we", "i", "us", "me", "you"})
NOBODY = frozenset({"nobody", "noone", "no-one", "nothing", "none", "everybody", "everyone"})
RELATIVES = frozenset({"who", "which", "that", "whom", "where"})
BE_FORMS = _words("is are was were be been being am isn't aren't wasn't weren't")
NEGATED_AUXILIARIES = _words(
    "don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't isn't aren't wasn't"
    " weren't hasn't haven't hadn't"
)
NEGATORS = NEGATED_AUXILIARIES | _words("not never nobody no-one noone nothing")
"""A clause with one of these before or at its verb states what does *not* happen."""
FORMER_OR_PLANNED = re.compile(
    r"\b(?:used to|no longer|any ?more|not any longer|would like to|'d like to"
    r"|(?:we|they|i|he|she|who|would) (?:plans?|wants?|wanted|hopes?|intends?) to"
    r"|(?:^|(?<=[:;,-] ))(?:plans?|wants?|hopes?|intends?) to"  # a note: "want to send …"
    r"|planning to|going to(?!\s+(?:a|an|the|their|his|her|our|my|its|this|that|these|those"
    r"|hospital|school|work|court|bed|prison|university|college|church)\b)"  # to a place
    r"|will soon|might|could|thinking of"
    r"|tried|trying to|did try|was supposed to|were supposed to|until last|stopped"
    r"|not now|not these days|not any ?more"
    r"|at one point|in the old days|back in the day|formerly)\b",
    re.IGNORECASE,
)
"""Former, planned, wished-for or tried channels are not today's flows (STYLES.md)."""
GET_FORMS = _words("get gets got gotten getting")  # "gets sent" is passive, "gets the file" not
AUXILIARIES = (
    _words("can could will would shall should may might must do does did has have had to also")
    | BE_FORMS
    | NEGATED_AUXILIARIES
)
PARTICLES = frozenset({"over", "on", "back", "in", "up", "out", "off", "down", "along", "across"})
ADVERBS = _words(
    "then also automatically manually directly usually typically often always sometimes"
    " immediately later again regularly straight electronically just only still first finally"
    " afterwards meanwhile now normally generally mostly occasionally systematically simply"
    " together quickly promptly separately physically personally instantly back already never"
    " rarely frequently routinely formally informally verbally digitally partly mainly even"
    " typically therefore thus afterward next soon twice once thrice face-to-face in-person"
    " else instead anyway too auto one-by-one two-by-two bit-by-bit step-by-step day-by-day"
    " week-by-week case-by-case line-by-line job-by-job page-by-page one-at-a-time"
    " poolside bedside roadside kerbside curbside quayside dockside ringside trackside"
    " pitchside courtside chairside cageside onsite on-site offsite off-site"
)
REFLEXIVES = _words("myself yourself himself herself itself ourselves yourselves themselves")
TIME_ADJECTIVES = _words(
    "daily weekly monthly nightly hourly quarterly yearly annual early late biweekly"
    " fortnightly bimonthly"
)
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
"""Month names: times after "every", "each", "this", "next", "last" ("every August")."""
TIME_NOUNS = _words(
    "morning evening afternoon night day week month year quarter shift hour minute time"
    " weekend end monday tuesday wednesday thursday friday saturday sunday noon midnight"
    " today tomorrow season semester overnight tonight yesterday fortnight term lunchtime"
    " spring summer autumn winter mon tue tues wed thu thur thurs fri nowadays"
)
PLURAL_NOUNS = frozenset({"people", "staff", "children", "personnel", "police", "crew"})
_NOT_ADVERBS = _words(
    "supply assembly family reply apply rely italy july anomaly monopoly butterfly ally rally"
    " tally belly jelly bully holy ugly only early daily weekly monthly yearly nightly hourly"
    " quarterly fortnightly biweekly bimonthly"
)


def is_time_possessive(word: str) -> bool:
    """ "yesterday's", "tomorrow's": opens a noun phrase as a determiner does ("sends the
    venue manager yesterday's sales": two objects, not one)."""
    return word.endswith(("'s", "’s")) and word[:-2] in TIME_NOUNS


def is_adverb(word: str) -> bool:
    """A listed adverb, or an -ly word that is not a noun, verb or time adjective."""
    return word in ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS)


# ---------------------------------------------------------------------------- verbs
# Base forms. Each class decides where source and targets are read.
SEND_VERBS = _words(
    """send email e-mail mail post fax forward pass hand give deliver transmit push stream sync
    talk speak offer leave
    print synchronise synchronize feed upload export share report communicate submit publish
    distribute circulate transfer copy load enter key re-key rekey type re-type retype input
    log record register provide supply return reply respond relay escalate announce notify
    inform tell alert brief update phone call ring radio text message contact confirm issue
    route dispatch broadcast display show raise write add put store save archive import
    transcribe present cc ping warn remind answer transmit telephone whatsapp telex flag
    signal pipe replicate mirror pass assign allocate refer delegate attach discuss dictate
    drop jot file lodge paste page bleep apply shout yell holler quote invite coordinate
    co-ordinate liaise agree arrange negotiate invoice bill"""
)
RECEIVE_VERBS = _words(
    "receive get collect download retrieve fetch pull obtain gather extract consult"
)
REQUEST_VERBS = frozenset({"request", "ask", "order", "reorder", "re-order", "query"})
ARRIVE_VERBS = frozenset({"appear", "arrive", "come", "flow", "go", "land", "reach"})
# verbs that also say data moving by itself ("the web orders sync into Shopify")
SELF_MOVING_VERBS = frozenset({"sync", "synchronise", "synchronize", "feed", "replicate", "pipe"})
# where data moving by itself goes next ("sync into", "feed straight across")
WHERE_TO_WORDS = frozenset({"into", "to", "across", "over", "through", "straight", "automatically"})
READ_VERBS = _words(
    "see check read consult view access open download use review look follow monitor watch"
    " search browse"
)
# verbs that tell something to someone: their direct object is a target
TELL_VERBS = _words(
    """phone call ring tell inform notify alert brief update email e-mail mail text message
    contact radio feed warn remind ping cc answer telephone whatsapp fax talk speak
    page bleep invite invoice bill"""
)
# verbs of data entry: "in"/"on" + a system is a target
ENTRY_VERBS = _words(
    """enter key re-key rekey type re-type retype input log record register upload load import
    add put store save archive write update post copy transcribe open create capture book
    document fill raise populate scan attach publish post paste note jot build plan prescribe"""
)
DEVICE_HEADS = frozenset(
    {"tablet", "handheld", "device", "ipad", "pager", "smartphone", "terminal", "kiosk", "pda"}
    | {"handset", "laptop"}
)
"""The screens of a system: never an actor (STYLES.md); what reaches one reaches its carrier."""
# verbs that only make a flow into a system ("opens a case in SAP QM")
SYSTEM_ENTRY_VERBS = _words(
    "open create capture book document fill raise populate scan log record register correct"
    " note jot build plan place"
    " adjust amend modify change edit maintain price quote draft schedule"
    " mark tick"  # "teachers mark it in Moodle", "ticks them off in the app"
)
CONTAINER_HEADS = frozenset(
    {"screen", "screens", "desk", "inbox", "mailbox", "attention", "phone", "dashboard"}
)
# verbs whose "for X" names a recipient
FOR_VERBS = _words(
    "export prepare compile add produce publish extract pull print copy download write"
    " generate draft"
)
STICK_UP_VERBS = frozenset({"stick", "tape", "pin"})
"""Putting a note up where someone will see it ("pins it up for the bakers")."""
# verbs whose "with X" names who receives: "books the slot with the shipping line"
WITH_RECIPIENT_VERBS = frozenset(
    {"book", "file", "lodge", "place", "raise", "register", "enrol", "enroll"}
)
SHARE_WITH_VERBS = frozenset(
    {
        "share",
        "communicate",
        "exchange",
        "sync",
        "synchronise",
        "synchronize",
        "discuss",
        "coordinate",
        "co-ordinate",
        "liaise",
        "agree",
        "arrange",
        "negotiate",
    }
)
# "X exports the sales from Shopify": the named system is a source too
PULL_VERBS = frozenset(
    {"export", "download", "extract", "pull", "copy", "import", "transfer", "load"}
)
# verbs that may be reported without a target when answering someone ("returns it by email")
# physical things carried are not information (STYLES.md): "sends the medication up"
PHYSICAL_CONTENT = _words(
    """sample specimen pallet crate parcel package box medication medicine drug goods stock
    equipment part spare cash food meal tray container trolley key bag disk badge pair boot
    shoe garment carcass deceased clock swab tyre tire
    access login logins password passwords permission permissions"""
)
CARRY_VERBS = _words("send deliver courier take bring carry ship hand give pass drop return run")
# a thing posted is a thing carried ("post their water samples to the lab")
CARRY_OR_POST_VERBS = CARRY_VERBS | {"post", "mail"}
REPLY_VERBS = frozenset({"return", "reply", "respond", "answer", "confirm"})
CALL_VERBS = frozenset({"phone", "ring", "call", "telephone"})
"""Making a telephone call, whatever else each rule adds to it."""
# general verbs: not flows, but they mark clause structure
OTHER_VERBS = _words(
    """prepare fill note keep build count write check decide run tick investigate compile take
    make use review approve validate close print scan sign analyse analyze calculate compute
    match reject accept discuss handle manage process plan schedule monitor track follow
    complete perform conduct see look verify inspect test measure estimate assess evaluate
    define select choose identify detect capture consolidate aggregate merge clean correct fix
    adjust modify change edit remove delete hold maintain own need want try start stop begin
    finish happen occur wait fail trigger generate produce launch set place transform convert
    combine compare reconcile mark highlight summarise summarize draft design develop book buy
    sell pay invoice bill charge weigh pick pack ship unload drive visit meet agree attach know
    think become remain stay contain include find lose miss create open sort assign allocate
    forecast predict authorise authorize release lock study prioritise prioritize dispatch
    organise organize supervise rely depend keep spend work do let help call
    close rework chase remind sit walk bring carry stamp file read hear listen talk speak
    connect link price quote reserve enrol enroll subscribe prescribe draw triage mean chart
    stand determine remember forget bother courier pop flash beam deal tend prefer throw
    suspect realise realize hang live belong
    suppose say believe love hate wish explain expect feel promise guess admit argue
    understand mention ignore regret seem complain moan grumble insist disagree hope reckon
    imagine wonder struggle apologise apologize borrow lend appoint cancel juggle finalise
    finalize qualify dispose shortlist opt grab cull rename retire operate translate require
    destroy skim examine administer wander tidy unpack shred nag hassle encourage persuade
    convince beg teach learn recruit employ promote greet attend postpone rearrange
    reschedule rebook reimburse photograph photocopy scribble handwrite replace mend restock
    settle decline eat stick tape display pin"""
)
ALL_VERBS = SEND_VERBS | RECEIVE_VERBS | REQUEST_VERBS | ARRIVE_VERBS | READ_VERBS | OTHER_VERBS

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "send": ("sent",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "make": ("made",),
    "say": ("said",),
    "feel": ("felt",),
    "lend": ("lent",),
    "teach": ("taught",),
    "eat": ("ate", "eaten"),
    "understand": ("understood",),
    "keep": ("kept",),
    "feed": ("fed",),
    "tell": ("told",),
    "hold": ("held",),
    "get": ("got", "gotten"),
    "forget": ("forgot", "forgotten"),
    "deal": ("dealt",),
    "put": ("put",),
    "set": ("set",),
    "run": ("ran", "run"),
    "write": ("wrote", "written"),
    "read": ("read",),
    "see": ("saw", "seen"),
    "go": ("went", "gone"),
    "come": ("came", "come"),
    "bring": ("brought",),
    "buy": ("bought",),
    "throw": ("threw", "thrown"),
    "hang": ("hung",),
    "pay": ("paid",),
    "show": ("showed", "shown"),
    "find": ("found",),
    "lose": ("lost",),
    "spend": ("spent",),
    "ring": ("rang", "rung"),
    "do": ("did", "done"),
    "meet": ("met",),
    "sell": ("sold",),
    "hear": ("heard",),
    "sit": ("sat",),
    "broadcast": ("broadcast",),
    "forecast": ("forecast",),
    "input": ("input", "inputted"),
    "let": ("let",),
    "draw": ("drew", "drawn"),
    "stick": ("stuck",),
}
# participles spelled like the base form
SAME_PARTICIPLE = frozenset({"read", "put", "set", "broadcast", "forecast", "input", "let", "cut"})
_DOUBLING = _words(
    "log ship scan plan submit transmit drop stop tag chat admit commit permit refer transfer"
    " map flag pin prep tip zip swap step jot ping fit put set get cut let run"
)
SHORTHAND_VERBS = {"fwd": "forward"}
"""Verbs that notes write short ("ops mgr fwds it to the venue"), with the verb meant."""
# forms that are far more often nouns than verbs in this domain
NOT_VERB_FORMS = frozenset({"files", "orders", "lists", "sets", "parts", "cases", "uses"})


def _inflect(base: str) -> dict[str, str]:
    forms = {base: "base"}
    last = base.rsplit("-", 1)[-1]
    if last.endswith(("s", "x", "z", "ch", "sh")) or last in {"go", "do", "echo", "veto"}:
        forms[base + "es"] = "s"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms[base[:-1] + "ies"] = "s"
    else:
        forms[base + "s"] = "s"
    double = last in _DOUBLING
    stem = base + base[-1] if double else base
    if base in _IRREGULAR:
        for form in _IRREGULAR[base]:
            forms.setdefault(form, "past")
    if base.endswith("e"):
        forms.setdefault(base + "d", "past")
        forms[(base[:-1] if not base.endswith("ee") else base) + "ing"] = "ing"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.setdefault(base[:-1] + "ied", "past")
        forms[base + "ing"] = "ing"
    else:
        forms.setdefault(stem + "ed", "past")
        forms[stem + "ing"] = "ing"
    return forms


@cache
def third_person(base: str) -> str:
    """The -s form of a verb the lexicon knows ("ring" -> "rings", "reply" -> "replies"); the
    word itself otherwise."""
    said = next((form for form, kind in _inflect(base).items() if kind == "s"), base)
    return said if verb_info(said) is not None else base


def inflected(base: str, form: str) -> str | None:
    """The ``form`` (s, past or ing) of a verb the lexicon knows ("ring", "past" -> "rang")."""
    return next((word for word, kind in _inflect(base).items() if kind == form), None)


@cache
def verb_forms() -> dict[str, tuple[str, str]]:
    """Every inflected form → (base, form) where form is base, s, past or ing; built once
    (the rules ask it for every word)."""
    out: dict[str, tuple[str, str]] = {}
    for base in sorted(ALL_VERBS):
        for form, kind in _inflect(base).items():
            out.setdefault(form, (base, kind))
    for short, base in SHORTHAND_VERBS.items():
        for form, kind in _inflect(short).items():
            out.setdefault(form, (base, kind))  # "fwds" is "forwards"
    for form in NOT_VERB_FORMS:
        out.pop(form, None)
    for prep in PREPOSITIONS:
        out.pop(prep, None)
    return out


_VERB_PREFIX = re.compile(r"^(?:pre|re|co|auto|e|un|de|over|cross)-(?=[a-z])")


def verb_info(word: str) -> tuple[str, str] | None:
    """``verb_forms`` with hyphenated prefixes: "pre-alert" is a form of "alert"."""
    info = verb_forms().get(word)
    if info is None and "-" in word:
        rest = _VERB_PREFIX.sub("", word)
        if rest != word and (found := verb_forms().get(rest)) is not None:
            return word[: len(word) - len(rest)] + found[0], found[1]
    return info


# ---------------------------------------------------------------------------- actors
TEAM_HEADS = _words(
    """ctrl accts team teams department dept desk office unit centre center lab laboratory
    committee board
    group function crew squad division cell headquarters hq service services staff workshop
    control room operations management secretariat pool helpdesk help-desk studio room
    panel ops support
    lads guys blokes chaps fellas folks gents"""  # "the despatch lads": a team, said casually
)
DEPARTMENT_WORDS = _words(
    """finance procurement purchasing hr it ict legal marketing sales accounting logistics
    maintenance engineering production quality security compliance treasury planning
    warehouse dispatch customs payroll audit controlling kitchen reception accounts"""
)
ORGANISATION_HEADS = _words(
    """supplier suppliers vendor vendors customer customers client clients contractor contractors
    subcontractor subcontractors partner partners bank banks agency agencies authority
    authorities provider providers forwarder forwarders carrier carriers counterparty
    counterparties auditor auditors regulator regulators insurer insurers company companies
    firm firms house government ministry administration broker brokers manufacturer
    manufacturers distributor distributors retailer retailers wholesaler wholesalers
    hospital hospitals municipality shipper shippers consignee haulier hauliers
    subsidiary subsidiaries affiliate affiliates lender lenders insurers council councils
    factory factories mill mills surgery surgeries pharmacy pharmacies airline airlines
    school schools bureau bureaux bureaus trust trusts charity charities foundation foundations
    association associations society societies abattoir abattoirs slaughterhouse hatchery
    hatcheries creamery creameries dairy dairies co cos ltd plc inc llc gmbh network networks
    bakery bakeries brewery breweries distillery distilleries winery wineries laundry
    laundries refinery refineries foundry foundries quarry quarries cannery canneries
    tannery tanneries fishery fisheries cattery catteries kennels farm farms cooperative
    cooperatives co-op co-ops"""
)
COLLECTIVE_HEADS = _words(
    """council government ministry municipality authority agency bank company firm club
    association society charity trust school co-op cooperative"""
)
"""Bodies of people that British English gives a plural verb ("the council want the
figures", "the bank send us a statement")."""
TOOL_HEADS = _words(
    """system systems tool tools platform platforms portal portals dashboard dashboards engine
    software hub app apps erp crm mes tms wms lims qms cmms eam scada
    historian sensor sensors interface module solution server bot robot website site
    terminal terminals scanner scanners device devices machine machines plc dcs gateway
    workflow chatbot webshop e-shop marketplace intranet extranet sys sw probe probes
    tracker trackers logger loggers meter meters beacon beacons buoy buoys gauge gauges
    middleware camera cameras analyser analysers analyzer analyzers weighbridge weighbridges
    epos anemometer anemometers"""
)
DATA_HEADS = _words(
    """database databases db lake datalake warehouse ledger historian register registry
    repository archive datamart mart catalogue catalog store datastore dataset master list
    table spreadsheet tracker log logbook"""
)
PROCESS_HEADS = frozenset({"process", "workflow", "procedure", "pipeline"})
KNOWN_TOOLS = _words(
    """sap oracle salesforce shopify workday servicenow jira maximo tableau qlik looker
    dynamics netsuite sage odoo hubspot zendesk snowflake databricks bigquery redshift
    wellview cority sphera witsml pi osisoft aveva ifs infor epicor coupa ariba concur
    kyriba murex calypso swift bloomberg reuters refinitiv"""
) | {"power bi"}
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"}
    | {"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred"}
)
AGENT_SUFFIXES = (
    *("er", "or", "ist", "ian", "eer", "ant", "ent", "man", "men", "ee"),
    *("mistress", "woman", "women"),
)
NOT_AGENTS = _words(
    """paper folder order number letter water other matter corner chapter quarter summer winter
    header footer filter trailer container parameter layer cover power error floor door sector
    factor color colour indicator calendar monitor register ledger sensor server computer
    printer scanner tracker meter transfer center centre cluster answer chamber
    barrier member timer shipment document equipment statement payment agreement management
    department amount content event percent component requirement measurement environment
    treatment assessment investment settlement adjustment point parent client current
    excellent different frequent recent urgent dependent consistent present patient agent
    incident accident account accountant assistant constant instant item system whatever
    however moment segment element comment fragment procurement development deployment
    shipment replenishment announcement commitment allotment newsletter appointment reminder
    voucher flyer poster sticker binder roster banner consignment assignment placement offer
    grant grants plant plants boiler freezer heater cooler chiller burner mixer dryer shredder
    hopper compressor generator radiator elevator escalator ventilator incubator tender
    specimen specimens backorder preorder reorder degree degrees coffee toffee closer nearer
    sooner further together wrist twist gist assist insist exist persist resist consist
    cancer fever ulcer disorder tumor liver bladder shoulder finger marker cylinder
    corridor interior exterior harbour harbor labour labor favour favor honour honor humour
    humor rumour rumor vapour vapor odour odor behaviour behavior timber lumber copper silver
    rubber leather litter weather shelter border charter tractor trailer tanker motor rotor
    error mirror cider liquor dinner supper thermometer barometer diameter wrapper hamper
    consent extent intent talent patent cement garment pigment sediment supplement torrent
    accent descent tangent solvent detergent reagent implant pollutant coolant lubricant
    sealant disinfectant warrant variant guarantee proper improper upper lower inner outer former
    latter"""
) - {"client", "accountant", "assistant", "agent", "patient"}
_LISTS = _words("work check short wait play wish pick task black white hit price pack call")
"""What a "-list" compound lists ("worklist", "checklist"): a list, not an agent in "-ist"."""


def _agent_word(single: str) -> bool:
    """A word an agent ending makes a person ("pharmacist", "welder"), unless it is a known
    exception, also after a hyphen ("suspected-cancer"), or a kind of list ("worklist")."""
    if single.rsplit("-", 1)[-1] in NOT_AGENTS or not single.endswith(AGENT_SUFFIXES):
        return False
    return not (single.endswith("list") and single[:-4].rstrip("-") in _LISTS)


PERSON_WORDS = _words(
    """gp gps op ceo cfo coo cto cio counsel mgr mgrs coord coords sec secs tech techs asst supv
    hod hods senco paralegal
    solicitor
    registrar conveyancer caseworker volunteer tutor pupil parent resident tenant applicant
    worker staff operator operators engineer manager supervisor technician analyst clerk
    planner buyer driver dispatcher coordinator specialist officer controller foreman cashier
    superintendent inspector geologist logger trader accountant assistant agent nurse doctor
    patient director head lead owner user employee colleague expert scientist consultant
    executive representative rep steward admin administrator secretary courier picker packer
    storekeeper guard mechanic electrician welder chemist pharmacist teacher student
    shopkeeper merchandiser member coach vet captain chef cook pilot physio architect warden
    marshal chair couple sup gm cust pax vols co-ord co-ords hv hvs
    guy chap bloke fella lady man men
    host medic midwife surgeon paramedic barista umpire bursar chaplain priest vicar
    churchwarden sexton concierge nanny matron judge magistrate bailiff constable detective
    lifeguard coastguard deckhand dean provost intern apprentice cadet guest locksmith
    boss gaffer dj djs ot ots operative operatives labourer labourers caretaker caretakers"""
)


# frequency phrases, most specific first
FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|three times|\d+ times) (?:a|an|per|every)"
    r" (?:minute|hour|day|night|week|month|quarter|year|shift)"
    r"|every (?:\d+ |other |two |three )?(?:minute|hour|day|night|morning|evening|week|month"
    r"|quarter|year|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"|each (?:minute|hour|day|night|morning|evening|week|month|quarter|year|shift|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:at|by) (?:the )?(?:month|quarter|year|week)[- ]end|end of (?:the )?(?:day|shift|week"
    r"|month)|in real[- ]time|real-time|hourly|daily|weekly|monthly|quarterly|yearly|annually"
    r"|nightly|overnight|fortnightly|biweekly|on demand|ad hoc)\b",
    re.IGNORECASE,
)


def _is_identifier(word: str) -> bool:
    """A code after a noun: "team 3", "site B", "line L2"."""
    return len(word) == 1 or any(c.isdigit() for c in word)


ROLES_WITH_OF = frozenset({"head", "heads", "chief", "chiefs", "director", "directors"})


_ES_PLURAL_HEADS = PERSON_WORDS | TEAM_HEADS | ORGANISATION_HEADS | TOOL_HEADS | DATA_HEADS


ROLE_COMPLEMENTS = frozenset({("in", "charge")})
"""What a role's name may end on ("nurse in charge"); "on call", "on shift" and "on duty" were
tried and dropped: the gold names the role without them ("transplant surgeon")."""


def _head(words: list[str]) -> tuple[str, str]:
    """The head noun and its singular; a trailing identifier is skipped ("team 3")."""
    index = len(words) - 1
    while index > 0 and _is_identifier(words[index]):
        index -= 1
    if index >= 2 and (words[index - 1], words[index]) in ROLE_COMPLEMENTS:
        index -= 2  # "nurse in charge", "manager on call": the head is the role
    if index >= 2 and words[index - 1] == "of" and words[index - 2] in ROLES_WITH_OF:
        index -= 2  # "heads of year": the head is the role
    head = words[index]
    if head.endswith(("ches", "shes", "xes", "sses", "zes")) and head[:-2] in _ES_PLURAL_HEADS:
        return head, head[:-2]  # "coaches": fold_plural would keep the "e" ("coache")
    return head, fold_plural(head)


_DATA_MASTERS = frozenset(
    {"customer", "material", "vendor", "supplier", "item", "article", "product", "employee"}
    | {"asset", "equipment", "client", "patient", "location", "price", "part", "data"}
)
"""What a "master" holds when it is master data ("the customer master"), not a person."""


_SOFTWARE_MANAGERS = frozenset({"channel", "password", "task", "file", "package", "ad", "tag"})
"""Words before "manager" that make it a kind of software ("channel manager", "tag manager")."""


_READ_BY_MACHINE = frozenset(
    {"barcode", "card", "badge", "rfid", "eid", "tag", "gate", "plate", "qr", "chip", "ticket"}
    | {"gps", "anpr", "nfc", "fob", "microchip", "people", "footfall", "bar-code"}
)
"""What a reader, scanner or counter reads when it is a device ("the EID reader")."""


def kind_from_head(tokens: list[str], *, proper: bool = False) -> ActorKind:
    """The HBDS class suggested by a name's words (its last word first)."""
    words = [t.casefold() for t in tokens if t]
    if not words:
        return ActorKind.person
    head, single = _head(words)
    heads = {head, single}
    if heads & PROCESS_HEADS and "workflow" not in heads:
        return ActorKind.process
    if single in STORE_DOCUMENTS and set(words) & SYSTEM_QUALIFIERS:
        return ActorKind.data
    if single == "station" and len(words) > 1 and words[-2] in {"weather", "base", "monitoring"}:
        return ActorKind.tool  # "the weather station feeds the readings …": a device
    if single in {"logger", "recorder"} and len(words) > 1 and words[-2] in {"data", "temperature"}:
        return ActorKind.tool  # "the data logger": a device, not the person who logs
    if (
        single in {"reader", "scanner", "counter", "tracker"}
        and len(words) > 1
        and (words[-2] in _READ_BY_MACHINE or tokens[-2].isupper())
    ):
        return ActorKind.tool  # "the EID reader", "the barcode scanner": a device
    if single == "manager" and len(words) > 1 and words[-2] in _SOFTWARE_MANAGERS:
        return ActorKind.tool  # "our channel manager, Eviivo": software, not a person
    if single == "master" and len(words) > 1 and words[-2] not in _DATA_MASTERS:
        return ActorKind.person  # "the cellar master", "the harbour master", "dredge master"
    ambiguous = len(words) == 1 and heads & {"warehouse", "store", "master", "list", "log", "table"}
    if heads & DATA_HEADS and not ambiguous and not ("warehouse" in heads and "data" not in words):
        return ActorKind.data
    is_known_tool = any(k in " ".join(words) for k in KNOWN_TOOLS if " " in k) or bool(
        set(words) & KNOWN_TOOLS
    )
    if single == "site" and len(words) > 1 and words[-2] not in WEB_WORDS:
        return ActorKind.organisation  # "the clinical sites", "the print site": places
    if (heads & TOOL_HEADS or is_known_tool) and not heads & (PERSON_WORDS | TEAM_HEADS):
        return ActorKind.tool
    if heads & TEAM_HEADS or (heads & DEPARTMENT_WORDS and len(words) == 1):
        return ActorKind.team
    acronym = len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1
    if heads & ORGANISATION_HEADS and not acronym:  # "TRUST" is a system's name
        return ActorKind.organisation
    if len(tokens) == 1 and re.search(r"[a-z][A-Z]", tokens[0]):
        return ActorKind.tool  # "MoveMan", "ServiceM8", "PrintIQ": written like a product
    # "Booker", "Fenner": a firm's name; not "Farmers" opening a sentence (a plural)
    named = proper and len(tokens) == 1 and tokens[0][:1].isupper() and single == words[-1]
    if heads & PERSON_WORDS or (_agent_word(single) and not named):
        return ActorKind.person
    if heads & STORE_CARRIERS:
        return ActorKind.data  # a name given as an actor ("the shared drive", "stock sheet")
    if proper:
        return ActorKind.tool
    return ActorKind.person


_LOCATING = frozenset({"gps", "vehicle", "satellite", "telematics", "van", "truck", "asset"})
"""What a tracker locates when it is a device, not a spreadsheet ("the job tracker")."""

WEB_WORDS = frozenset(
    {"web", "sharepoint", "intranet", "internet", "booking", "extranet", "mobile"}
)
# "the electronic patient record", "the central register": a document word made a system
SYSTEM_QUALIFIERS = frozenset({"electronic", "digital", "online", "central", "master", "corporate"})
STORE_DOCUMENTS = frozenset({"record", "file", "register", "log", "list", "catalogue", "directory"})
# heads that name a place, a step or an idea, not someone who receives information
ABSTRACT_HEADS = _words(
    """end approval production validation review stage step level format place point rest top
    bottom side front back middle edge part way line item items quantity quantities value
    values number numbers total totals problem problems issue issues question questions answer
    answers reason cause date dates deadline deadlines
    decision decisions scope inspection analysis analyses check checks account accounts
    area areas site sites field fields system-to-system start beginning scratch
    booking bookings claim claims outcome outcomes response responses allocation allocations
    draft drafts reading readings count counts address addresses approvals
    gap gaps slot slots blank blanks column columns row rows cell cells tab tabs door doors"""
)


_CARRIER_LINES = frozenset({"shipping", "container", "ferry", "cruise", "bus", "coach"})
"""Lines that are carriers ("the shipping line", "the ferry line"), not phone lines."""
SERVICE_LINES = frozenset(
    [
        "repairs",
        "repair",
        "help",
        "service",
        "support",
        "customer",
        "booking",
        "bookings",
        "enquiry",
        "enquiries",
        "advice",
        "emergency",
        "duty",
    ]
)


@cache
def known_words() -> frozenset[str]:
    """Every word the lexicon knows as something other than a name: verb forms, grammar
    words, times, media, documents, abstract and physical things."""
    return frozenset(verb_forms()) | (
        DETERMINERS
        | PREPOSITIONS
        | SUBORDINATORS
        | ADVERBS
        | NOBODY
        | SUBJECT_PRONOUNS
        | OBJECT_PRONOUNS
        | TIME_NOUNS
        | MEDIUM_HEADS
        | DATA_HEADS
        | ABSTRACT_HEADS
        | PHYSICAL_CONTENT
        | STORE_DOCUMENTS
    )


_BODY_LEVELS = frozenset({"county", "national", "regional", "district", "local", "state"})
"""Words that put a body at a level: before an acronym, an organisation, not a system."""


def actor_kind(
    tokens: list[str], *, proper: bool = False, relaxed: bool = False
) -> ActorKind | None:
    """The kind of a noun phrase used as an endpoint, or None when it is not an actor.

    Channels and documents (email, spreadsheet, report…) are never actors; roles, teams,
    organisations, systems, data stores and proper names are. ``relaxed`` is for places
    where only an actor can stand (who sends, to whom something is sent): any other noun
    that is not a channel, a time or an abstract word is then taken as a person.
    """
    words = [t.casefold() for t in tokens if t]
    if not words:
        return None
    head, single = _head(words)
    if words[-1] == "hands" and len(words) > 1:
        return ActorKind.person  # "dock hands", "stage hands": "by hand" is a medium
    if single == "girl" and len(words) > 1 and words[-2] in DEPARTMENT_WORDS | TEAM_HEADS:
        return ActorKind.person  # "the sales girls", "the office girl": a job said casually
    if single == "tracker" and len(words) > 1 and words[-2] in _LOCATING:
        return ActorKind.tool  # "the GPS tracker sends …": a device with its own feed
    if (head in MEDIUM_HEADS or single in MEDIUM_HEADS) and not (
        single in STORE_DOCUMENTS and set(words) & SYSTEM_QUALIFIERS
    ):
        return None
    heads = {head, single}
    if len(words) == 1 and single in {"log", "list", "table"}:
        return None  # "emails the log to the coordinator": a document, not who gets it
    if single == "line" and len(words) > 1 and words[-2] in SERVICE_LINES:
        return ActorKind.team  # "the repairs line", "the booking line": people answering
    if single == "line" and len(words) > 1 and words[-2] in _CARRIER_LINES:
        return ActorKind.organisation  # "the shipping line": a carrier, not a channel
    if (
        len(tokens) > 1
        and tokens[-1].isupper()
        and 2 <= len(tokens[-1]) <= 5
        and words[-2] in _BODY_LEVELS
    ):
        return ActorKind.organisation  # "the county FA", "the national RFU": a body
    joined = " ".join(words)
    recognised = (
        bool(heads & (PERSON_WORDS | TEAM_HEADS | ORGANISATION_HEADS | TOOL_HEADS | DATA_HEADS))
        or (bool(heads & DEPARTMENT_WORDS) and len(words) == 1)
        or (single in STORE_DOCUMENTS and bool(set(words) & SYSTEM_QUALIFIERS))
        or proper
        or any(k == joined or k in words for k in KNOWN_TOOLS)
        or (_agent_word(single) and len(single) > 4)
    )
    if not recognised and relaxed and not heads & (ABSTRACT_HEADS | TIME_NOUNS):
        recognised = head.isalpha() and len(head) > 2
    return kind_from_head(tokens, proper=proper) if recognised else None
