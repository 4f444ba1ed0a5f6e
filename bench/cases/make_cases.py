"""Build the team's own extraction cases (JSONL in the shared scorer's gold format)."""
import json, sys

P, T, O, L, D, PR = "person", "team", "organisation", "tool", "data", "process"

def case(cid, style, domain, text, actors, flows):
    fl = []
    for src, tg, content, medium, mat in flows:
        fl.append({"source": src, "targets": tg if isinstance(tg, list) else [tg],
                   "content": content, "medium": medium, "maturity": mat})
    return {"id": cid, "style": style, "domain": domain, "text": text,
            "gold": {"actors": [{"name": n, "kind": k} for n, k in actors.items()], "flows": fl}}

A = []  # tuning batch
B = []  # held-out batch, scored only at the end

# ---------------------------------------------------------------- transcripts
A.append(case("own-t01", "transcript", "hospital_beds",
"""Facilitator: How do you know which beds are free in the morning?
Bed manager (Claire): Every morning around 7:30 I phone each ward to ask the nurse in charge how many beds are free.
Nurse in charge (Tom): Yes, and I tell her which patients we expect to discharge. Nobody tells the bed manager when a discharge slips, though.
Bed manager (Claire): Then I call the ED coordinator to pre-alert incoming patients, and at nine I update the bed state in the PAS from my notes.""",
{"bed manager": P, "nurse in charge": P, "ed coordinator": P, "pas": L},
[("nurse in charge", "bed manager", "free beds and expected discharges", "phone call", "low"),
 ("bed manager", "ed coordinator", "incoming patients pre-alert", "phone call", "low"),
 ("bed manager", "pas", "bed state", "typed from phone notes", "low")]))
A.append(case("own-t02", "transcript", "local_government",
"""Facilitator: What happens when a resident reports a missed bin?
Contact centre agent (Lena): Residents ring us, and I log the missed bin in Firmstep while they're on the line.
Facilitator: And the crews?
Waste supervisor (Raj): Firmstep doesn't talk to our routing system, so every afternoon I print the list from Firmstep and hand it to the drivers.
Driver (Mo): We tick the sheet and give it back to Raj at the depot, and he types the ticks into Firmstep the next day.""",
{"residents": P, "contact centre agent": P, "firmstep": L, "waste supervisor": P, "driver": P},
[("residents", "contact centre agent", "missed bin reports", "phone call", "low"),
 ("contact centre agent", "firmstep", "missed bins", "entry during the call", "medium"),
 ("firmstep", "waste supervisor", "missed bin list", "printout", "medium"),
 ("waste supervisor", "driver", "missed bin list", "printed sheet", "low"),
 ("driver", "waste supervisor", "ticked sheet", "paper", "low"),
 ("waste supervisor", "firmstep", "completed collections", "re-typed from the sheet", "low")]))
A.append(case("own-t03", "transcript", "logistics",
"""Facilitator: Where do the orders come from?
Customer service rep (Ines): Most customers send their orders by EDI straight into our WMS. The small ones email me a spreadsheet and I key it into the WMS.
Warehouse team leader (Bruno): The WMS sends the pick lists to my pickers' scanners. At the end of the day I email the carrier a manifest exported from the WMS.
Facilitator: Does the carrier send anything back?
Warehouse team leader (Bruno): Their tracking numbers come back overnight through an API into the WMS.""",
{"customers": O, "wms": L, "customer service rep": P, "pickers": P, "warehouse team leader": P, "carrier": O},
[("customers", "wms", "orders", "edi", "high"),
 ("customers", "customer service rep", "orders", "email with spreadsheet", "low"),
 ("customer service rep", "wms", "orders", "re-keyed from email", "low"),
 ("wms", "pickers", "pick lists", "scanners", "high"),
 ("warehouse team leader", "carrier", "manifest", "email", "low"),
 ("carrier", "wms", "tracking numbers", "api", "high")]))
A.append(case("own-t04", "transcript", "school",
"""Facilitator: How do absences get recorded?
Form tutor (Mr Hale): I take the register on paper at 8:45 and a pupil runs it down to the office.
Attendance officer (Jo): Then I enter the marks into SIMS. For any child who is missing without a reason, SIMS sends the parents an automatic text.
Facilitator: And the head of year?
Attendance officer (Jo): Every Friday I export the absence report from SIMS and email it to the heads of year.""",
{"form tutor": P, "office": T, "attendance officer": P, "sims": L, "parents": P, "head of year": P},
[("form tutor", "office", "register", "paper", "low"),
 ("attendance officer", "sims", "attendance marks", "re-typed from paper", "low"),
 ("sims", "parents", "absence alert", "automatic text", "high"),
 ("attendance officer", "head of year", "absence report", "export then email", "low")]))
A.append(case("own-t05", "transcript", "ngo",
"""Facilitator: How do partner charities order food from you?
Partnerships lead (Amara): They fill in a Google Form each week, and the form drops into a Google Sheet that I check on Tuesdays.
Facilitator: And you pass it to the warehouse?
Partnerships lead (Amara): I used to print it. Now I share the sheet with Dave, our warehouse manager, and he builds the pallets from it.
Warehouse manager (Dave): Then I WhatsApp the drivers the delivery order for the day.""",
{"partner charities": O, "partnerships lead": P, "warehouse manager": P, "drivers": P},
[("partner charities", "partnerships lead", "food orders", "google form into google sheet", "medium"),
 ("partnerships lead", "warehouse manager", "food orders", "shared google sheet", "medium"),
 ("warehouse manager", "drivers", "delivery order", "whatsapp", "low")]))
A.append(case("own-t06", "transcript", "law_firm",
"""Facilitator: Walk me through a new matter.
Intake paralegal (Sofia): A client calls, I take the details and run a conflict check in Intapp while they wait.
Conflicts analyst (Ben): Intapp flags possible conflicts to me by e-mail, and I clear them and tell the partner on Teams.
Partner (Ruth): Once Ben gives the go, my secretary opens the matter in Aderant from the paper intake form that Sofia left on her desk.""",
{"client": O, "intake paralegal": P, "intapp": L, "conflicts analyst": P, "partner": P, "secretary": P, "aderant": L},
[("client", "intake paralegal", "matter details", "phone call", "low"),
 ("intake paralegal", "intapp", "conflict check", "entry during the call", "medium"),
 ("intapp", "conflicts analyst", "possible conflicts", "notification email", "high"),
 ("conflicts analyst", "partner", "conflict clearance", "teams message", "low"),
 ("intake paralegal", "secretary", "intake form", "paper", "low"),
 ("secretary", "aderant", "new matter", "re-typed from paper form", "low")]))

# ---------------------------------------------------------------- bullets
A.append(case("own-b01", "bullets", "hospital_beds",
"""Bed flow - current state
- ward nurses -> bed mgr: free beds, phone, 2x/day
- bed mgr updates PAS by hand from the calls
- discharge letters typed by med secs, posted to GP
- ED coord gets pre-alerts from bed mgr (phone)
- whiteboard on ward = who's going home, nobody else sees it
- idea: live bed board? TBC""",
{"ward nurses": P, "bed mgr": P, "pas": L, "med secs": P, "gp": P, "ed coord": P},
[("ward nurses", "bed mgr", "free beds", "phone", "low"),
 ("bed mgr", "pas", "bed state", "re-typed from calls", "low"),
 ("med secs", "gp", "discharge letters", "post", "low"),
 ("bed mgr", "ed coord", "pre-alerts", "phone", "low")]))
A.append(case("own-b02", "bullets", "local_government",
"""Planning apps - how it flows
* applicants submit via planning portal -> Uniform (auto import nightly)
* case officer -> consultees: consultation letters, email
* consultees reply by email, case officer pastes into Uniform
* committee report: case officer writes in Word, clerk prints for councillors
* ?? do we still fax highways - no, stopped 2022""",
{"applicants": P, "planning portal": L, "uniform": L, "case officer": P, "consultees": O, "clerk": P, "councillors": P},
[("applicants", "planning portal", "planning applications", "web portal", "medium"),
 ("planning portal", "uniform", "planning applications", "nightly import", "high"),
 ("case officer", "consultees", "consultation letters", "email", "low"),
 ("consultees", "case officer", "consultation replies", "email", "low"),
 ("case officer", "uniform", "consultation replies", "pasted by hand", "low"),
 ("clerk", "councillors", "committee report", "printed", "low")]))
A.append(case("own-b03", "bullets", "logistics",
"""Inbound at the cross-dock
- suppliers: ASN by EDI -> TMS
- TMS -> yard sys: slot bookings (API)
- gatehouse radios dock lead when truck arrives
- dock lead: paper tally sheet -> inv ctrl, keyed into WMS (next morning usually)
- pain: ASN often wrong, nobody checks""",
{"suppliers": O, "tms": L, "yard sys": L, "gatehouse": T, "dock lead": P, "inv ctrl": T, "wms": L},
[("suppliers", "tms", "asn", "edi", "high"),
 ("tms", "yard sys", "slot bookings", "api", "high"),
 ("gatehouse", "dock lead", "truck arrivals", "radio", "low"),
 ("dock lead", "inv ctrl", "tally sheet", "paper", "low"),
 ("inv ctrl", "wms", "received quantities", "re-keyed from paper", "low")]))
A.append(case("own-b04", "bullets", "school",
"""Reports to parents (Y7-Y11)
- teachers enter grades in Arbor (each term)
- HoDs check grades in Arbor, flag issues to teachers by email
- Arbor generates report PDFs -> parents via parent app (auto)
- SENCo sends separate notes to parents, paper, in book bags
- TBC: move SENCo notes into Arbor?""",
{"teachers": P, "arbor": L, "hods": P, "parents": P, "senco": P},
[("teachers", "arbor", "grades", "direct entry", "medium"),
 ("arbor", "hods", "grades", "system screens", "medium"),
 ("hods", "teachers", "grade issues", "email", "low"),
 ("arbor", "parents", "reports", "parent app, automatic", "high"),
 ("senco", "parents", "notes", "paper", "low")]))
A.append(case("own-b05", "bullets", "ngo",
"""Field monitoring (NGO, East Africa)
- field officers: surveys on tablets -> KoBo (sync when online)
- KoBo -> Power BI: nightly
- country director reviews Power BI dashboard weekly
- receipts: finance officer gets WhatsApp photos, retypes into QuickBooks
- donor reports: M&E lead emails donors quarterly (Word)""",
{"field officers": P, "kobo": L, "power bi": L, "country director": P, "finance officer": P, "quickbooks": L, "m&e lead": P, "donors": O},
[("field officers", "kobo", "surveys", "tablet", "medium"),
 ("kobo", "power bi", "survey data", "nightly sync", "high"),
 ("power bi", "country director", "dashboard", "dashboard", "high"),
 ("finance officer", "quickbooks", "receipts", "re-typed from photos", "low"),
 ("m&e lead", "donors", "donor reports", "email", "low")]))
A.append(case("own-b06", "bullets", "law_firm",
"""Billing
- fee earners log time in Aderant daily (supposed to, often Fri only)
- billing clerk pulls WIP report from Aderant monthly
- WIP report -> partners by email, they mark up on paper
- marked-up bills back to billing clerk, retyped in Aderant
- e-billing portal for corporate clients: TBC""",
{"fee earners": P, "aderant": L, "billing clerk": P, "partners": P},
[("fee earners", "aderant", "time entries", "direct entry", "medium"),
 ("aderant", "billing clerk", "wip report", "export", "medium"),
 ("billing clerk", "partners", "wip report", "email", "low"),
 ("partners", "billing clerk", "marked-up bills", "paper", "low"),
 ("billing clerk", "aderant", "bill changes", "re-typed from paper", "low")]))

# ---------------------------------------------------------------- rambling
A.append(case("own-r01", "rambling", "hospital_beds",
"""So the way it works, and I've been bed manager for six years so I know the pain, is that every morning around 7:30 I phone each ward to ask the nurse in charge how many beds are free and who is likely to go home. Nobody tells me when a discharge slips, which is half the problem. Once I have the numbers I call the ED coordinator to pre-alert incoming patients, and I write everything on the big whiteboard in the bed office, which the site managers look at when they pass. The discharge letters, which are typed by the medical secretaries and posted to the GP, take days, honestly. On Mondays the information analyst copies figures from the PAS into the weekly report in Excel and e-mails it to the executive board.""",
{"bed manager": P, "nurse in charge": P, "ed coordinator": P, "site managers": P, "medical secretaries": P, "gp": P, "information analyst": P, "pas": L, "executive board": T},
[("nurse in charge", "bed manager", "free beds and likely discharges", "phone call", "low"),
 ("bed manager", "ed coordinator", "incoming patients pre-alert", "phone call", "low"),
 ("bed manager", "site managers", "bed state", "whiteboard", "low"),
 ("medical secretaries", "gp", "discharge letters", "post", "low"),
 ("pas", "information analyst", "figures", "copied from screens", "medium"),
 ("information analyst", "executive board", "weekly report", "excel by email", "low")]))
A.append(case("own-r02", "rambling", "local_government",
"""Honestly it's a bit of a mess. Tenants mostly ring the repairs line, though some still come to the housing office in person, and whoever takes it raises a job in Northgate, usually while the tenant is still talking. We did try an online form a couple of years back but it just generated emails nobody read, so that got switched off. The job then goes to the contractor, Mears, through an interface that mostly works, and their operatives get it on their phones. When the job's done Mears invoices us monthly with a spreadsheet, which our finance team checks line by line against Northgate and then, believe it or not, re-keys into Agresso.""",
{"tenants": P, "repairs line": T, "northgate": L, "mears": O, "operatives": P, "finance team": T, "agresso": L},
[("tenants", "repairs line", "repair requests", "phone", "low"),
 ("repairs line", "northgate", "repair jobs", "entry during the call", "medium"),
 ("northgate", "mears", "repair jobs", "interface", "high"),
 ("mears", "operatives", "repair jobs", "phones", "high"),
 ("mears", "finance team", "invoices", "spreadsheet", "medium"),
 ("finance team", "agresso", "invoices", "re-keyed", "low")]))
A.append(case("own-r03", "rambling", "logistics",
"""What you have to understand about us is that we're small, twelve people, and a lot runs through Dimitra's head. When a shipper wants a quote they usually email our sales desk, sometimes they just WhatsApp Dimitra directly, which drives me mad. The sales desk prices it in CargoWise and sends the quote back as a PDF. Once they accept, ops books the container with the shipping line on the carrier's web portal, and the booking confirmation comes back to ops by email. Customs, well, the broker does that: ops send them the commercial invoice and packing list by email and they file the declaration electronically with HMRC.""",
{"shipper": O, "sales desk": T, "cargowise": L, "ops": T, "shipping line": O, "broker": O, "hmrc": O},
[("shipper", "sales desk", "quote requests", "email", "low"),
 ("sales desk", "cargowise", "quote", "direct entry", "medium"),
 ("sales desk", "shipper", "quote", "pdf", "low"),
 ("ops", "shipping line", "container booking", "carrier web portal", "medium"),
 ("shipping line", "ops", "booking confirmation", "email", "low"),
 ("ops", "broker", "commercial invoice and packing list", "email", "low"),
 ("broker", "hmrc", "customs declaration", "electronic filing", "high")]))
A.append(case("own-r04", "rambling", "school",
"""I'm the SENCo, so I see a lot of it. When a teacher is worried about a child they're meant to log a concern on CPOMS, and most do now, which alerts me and the designated safeguarding lead automatically. Some of the older staff still just catch me in the corridor and tell me, which I then have to write up on CPOMS myself afterwards. Parents normally email the school office, and the office forwards anything about SEN to me. Every half term I put together a provision map in Excel and send it to the head and the governors, though I doubt the governors open it.""",
{"teacher": P, "cpoms": L, "senco": P, "designated safeguarding lead": P, "staff": P, "parents": P, "school office": T, "head": P, "governors": P},
[("teacher", "cpoms", "concerns", "direct entry", "medium"),
 ("cpoms", ["senco", "designated safeguarding lead"], "concern alerts", "automatic alert", "high"),
 ("staff", "senco", "concerns", "face to face", "low"),
 ("senco", "cpoms", "concerns", "written up afterwards", "low"),
 ("parents", "school office", "messages", "email", "low"),
 ("school office", "senco", "sen messages", "email forward", "low"),
 ("senco", ["head", "governors"], "provision map", "excel file", "low")]))
A.append(case("own-r05", "rambling", "ngo",
"""We are a small charity helping refugees with housing, and honestly most of our information lives in people's inboxes. A new client is usually referred by the council's resettlement team, who email our intake volunteer a referral form as a Word document, and she copies it into our Salesforce when she gets round to it. Caseworkers then phone the client, often with an interpreter on the line, and record their notes in Salesforce during the call. We used to send a monthly spreadsheet to the council but they now pull the figures themselves from a Salesforce report they have access to. Landlords text the housing officer about vacancies.""",
{"resettlement team": T, "intake volunteer": P, "salesforce": L, "caseworkers": P, "council": O, "landlords": O, "housing officer": P},
[("resettlement team", "intake volunteer", "referral form", "email with word document", "low"),
 ("intake volunteer", "salesforce", "referral", "re-typed from email", "low"),
 ("caseworkers", "salesforce", "case notes", "entry during the call", "medium"),
 ("salesforce", "council", "figures", "report", "medium"),
 ("landlords", "housing officer", "vacancies", "text message", "low")]))
A.append(case("own-r06", "rambling", "law_firm",
"""Our biggest risk is deadlines, and I say that as practice manager. Court orders arrive from the court by email to whichever solicitor is on the record, and the solicitor is supposed to forward them to the docketing team, which mostly happens, although sometimes it sits in someone's inbox for a week. The docketing team enters the deadlines into Aderant's calendar, and Aderant then sends reminder emails to the solicitor and their supervising partner five days before. Trainees keep their own lists in Excel, which nobody else sees, and the supervising partner gets a weekly PDF of upcoming deadlines from me.""",
{"court": O, "solicitor": P, "docketing team": T, "aderant": L, "supervising partner": P, "practice manager": P},
[("court", "solicitor", "court orders", "email", "low"),
 ("solicitor", "docketing team", "court orders", "email forward", "low"),
 ("docketing team", "aderant", "deadlines", "re-typed from email", "low"),
 ("aderant", ["solicitor", "supervising partner"], "deadline reminders", "automatic email", "high"),
 ("practice manager", "supervising partner", "upcoming deadlines", "pdf", "low")]))

# ---------------------------------------------------------------- other domains
A.append(case("own-d01", "domain", "hospital_transport",
"""When a patient is ready to leave, the ward clerk books patient transport on the ambulance trust's online booking system. The booking system passes each booking to the transport hub's scheduling tool overnight. On the day, the transport controller texts the ward when the crew is 30 minutes away. The pharmacy sends the discharge medication up to the ward with a porter, and the ward pharmacist checks the TTO prescription in EPMA before it goes.""",
{"ward clerk": P, "booking system": L, "scheduling tool": L, "transport controller": P, "ward": T, "epma": L, "ward pharmacist": P},
[("ward clerk", "booking system", "transport booking", "online booking", "medium"),
 ("booking system", "scheduling tool", "bookings", "overnight transfer", "high"),
 ("transport controller", "ward", "crew arrival time", "text message", "low"),
 ("epma", "ward pharmacist", "tto prescription", "system screens", "medium")]))
A.append(case("own-d02", "domain", "local_government",
"""Births are registered by appointment. The registrar types the parents' details into RON, the national registration system, while they sit in front of her. RON sends the birth record to the General Register Office every night. Parents can order extra certificates on the council website, and the website emails each order to the registration office automatically.""",
{"parents": P, "registrar": P, "ron": L, "general register office": O, "council website": L, "registration office": T},
[("parents", "registrar", "birth details", "face to face", "low"),
 ("registrar", "ron", "birth details", "entry while the parents are present", "medium"),
 ("ron", "general register office", "birth record", "nightly transfer", "high"),
 ("parents", "council website", "certificate orders", "web form", "medium"),
 ("council website", "registration office", "certificate orders", "automatic email", "high")]))
A.append(case("own-d03", "domain", "logistics",
"""Our couriers scan each parcel on their handhelds at the doorstep, and the delivery app uploads the proof of delivery to our tracking platform straight away. The tracking platform emails the recipient a delivery notification. For a failed delivery the courier writes a card and pushes it through the door. The depot supervisor reads the exceptions report from the tracking platform each evening and calls the big customers.""",
{"couriers": P, "delivery app": L, "tracking platform": L, "recipient": P, "depot supervisor": P, "customers": O},
[("couriers", "delivery app", "parcel scans", "handheld", "medium"),
 ("delivery app", "tracking platform", "proof of delivery", "automatic upload", "high"),
 ("tracking platform", "recipient", "delivery notification", "automatic email", "high"),
 ("couriers", "recipient", "failed delivery card", "paper card", "low"),
 ("tracking platform", "depot supervisor", "exceptions report", "report", "medium"),
 ("depot supervisor", "customers", "exceptions", "phone", "low")]))
A.append(case("own-d04", "domain", "school",
"""The exams officer downloads the entries from SIMS and uploads them to the exam boards' secure sites. The boards email candidate statements of entry back to the exams officer, who prints them and hands them to tutors to check with pupils. On results day the boards publish results through A2C, which imports them into SIMS automatically, and SIMS pushes them to the parent app.""",
{"sims": L, "exams officer": P, "exam boards": O, "tutors": P, "a2c": L, "parent app": L},
[("sims", "exams officer", "entries", "download", "medium"),
 ("exams officer", "exam boards", "entries", "upload to secure site", "medium"),
 ("exam boards", "exams officer", "statements of entry", "email", "low"),
 ("exams officer", "tutors", "statements of entry", "printed, by hand", "low"),
 ("exam boards", "a2c", "results", "a2c", "high"),
 ("a2c", "sims", "results", "automatic import", "high"),
 ("sims", "parent app", "results", "push", "high")]))
A.append(case("own-d05", "domain", "animal_rescue",
"""Members of the public report stray dogs through our hotline, and the hotline volunteer writes each call on an intake sheet for the shelter coordinator. Every evening the shelter coordinator types the sheets into Shelterluv. Shelterluv publishes the adoptable dogs to our website and to Petfinder through its feed. Adopters apply on the website, and the applications land in the adoption team's shared inbox.""",
{"public": P, "hotline volunteer": P, "shelter coordinator": P, "shelterluv": L, "website": L, "petfinder": L, "adopters": P, "adoption team": T},
[("public", "hotline volunteer", "stray dog reports", "phone hotline", "low"),
 ("hotline volunteer", "shelter coordinator", "stray dog reports", "paper intake sheet", "low"),
 ("shelter coordinator", "shelterluv", "stray dog reports", "re-typed from paper", "low"),
 ("shelterluv", ["website", "petfinder"], "adoptable dogs", "feed", "high"),
 ("adopters", "adoption team", "adoption applications", "web form to shared inbox", "medium")]))
A.append(case("own-d06", "domain", "law_firm",
"""For a house purchase the conveyancer orders the searches on the search provider's portal, and the search results come back as PDFs into our case management system, Redbrick, automatically. The conveyancer reads them and writes a report to the buyer, which goes out by post and email. The mortgage lender sends the offer to the conveyancer through the Lender Exchange portal. On completion day we transfer the funds and email the seller's solicitor to confirm.""",
{"conveyancer": P, "search provider": O, "redbrick": L, "buyer": P, "mortgage lender": O},
[("conveyancer", "search provider", "search orders", "web portal", "medium"),
 ("search provider", "redbrick", "search results", "automatic", "high"),
 ("conveyancer", "buyer", "report on title", "post and email", "low"),
 ("mortgage lender", "conveyancer", "mortgage offer", "lender exchange portal", "medium")]))

# ---------------------------------------------------------------- hard constructions
A.append(case("own-h01", "hard", "hospital_beds",
"""Discharge letters, which are typed by the medical secretaries from the doctors' dictations, are posted to the GP. The bed state is updated in the PAS by the site manager, who is phoned by each ward at 2 pm. Blood results are pushed from the lab system to the EPR automatically and are reviewed there by the junior doctors.""",
{"doctors": P, "medical secretaries": P, "gp": P, "ward": T, "site manager": P, "pas": L, "lab system": L, "epr": L, "junior doctors": P},
[("doctors", "medical secretaries", "dictations", "dictation", "low"),
 ("medical secretaries", "gp", "discharge letters", "post", "low"),
 ("ward", "site manager", "bed state", "phone", "low"),
 ("site manager", "pas", "bed state", "re-typed from calls", "low"),
 ("lab system", "epr", "blood results", "automatic push", "high"),
 ("epr", "junior doctors", "blood results", "system screens", "medium")]))
A.append(case("own-h02", "hard", "local_government",
"""Licensing applications used to be posted to us, then we tried email, but since 2023 applicants only use the GOV.UK form, which feeds our licensing system, Idox, directly. The police and environmental health are no longer sent paper copies; they are notified automatically by Idox. The licensing officer would like to text applicants with updates but doesn't yet.""",
{"applicants": P, "gov.uk form": L, "idox": L, "police": O, "environmental health": T},
[("applicants", "gov.uk form", "licensing applications", "web form", "medium"),
 ("gov.uk form", "idox", "licensing applications", "direct feed", "high"),
 ("idox", ["police", "environmental health"], "application notifications", "automatic notification", "high")]))
A.append(case("own-h03", "hard", "logistics",
"""The TMS sends the load plan to the DC, the carrier and the customer's receiving team over EDI. The DC mgr forwards the PODs to AR and CS by email. AR posts the invoices to the ERP.""",
{"tms": L, "dc": T, "carrier": O, "receiving team": T, "dc mgr": P, "ar": T, "cs": T, "erp": L},
[("tms", ["dc", "carrier", "receiving team"], "load plan", "edi", "high"),
 ("dc mgr", ["ar", "cs"], "pods", "email", "low"),
 ("ar", "erp", "invoices", "direct entry", "medium")]))
A.append(case("own-h04", "hard", "ngo",
"""The field coordinator is sending every week the distribution list to the warehouse by WhatsApp like photo. After distribution the volunteers are giving back the signed lists to him and he is putting the numbers in KoBo. From KoBo the data is going automatic to the dashboard of the donor.""",
{"field coordinator": P, "warehouse": T, "volunteers": P, "kobo": L, "donor": O},
[("field coordinator", "warehouse", "distribution list", "whatsapp photo", "low"),
 ("volunteers", "field coordinator", "signed lists", "paper", "low"),
 ("field coordinator", "kobo", "distribution numbers", "re-typed from paper", "low"),
 ("kobo", "donor", "distribution data", "automatic dashboard", "high")]))
A.append(case("own-h05", "hard", "school",
"""Each teacher completes a behaviour slip that is collected by the head of year, who enters it into Bromcom. Parents receive a message that Bromcom generates automatically. The pastoral lead reviews a weekly summary which the data manager exports from Bromcom.""",
{"teacher": P, "head of year": P, "bromcom": L, "parents": P, "data manager": P, "pastoral lead": P},
[("teacher", "head of year", "behaviour slip", "paper", "low"),
 ("head of year", "bromcom", "behaviour incidents", "re-typed from paper", "low"),
 ("bromcom", "parents", "behaviour message", "automatic message", "high"),
 ("data manager", "pastoral lead", "weekly summary", "export", "medium")]))
A.append(case("own-h06", "hard", "law_firm",
"""Client documents are uploaded by the clients to our portal, from which they are pulled into iManage every hour. Bundles are prepared by the paralegals and are sent to counsel by the trainee. Counsel's advice is emailed back to the trainee and is saved in iManage by the trainee.""",
{"clients": O, "portal": L, "imanage": L, "trainee": P, "counsel": P},
[("clients", "portal", "client documents", "upload", "medium"),
 ("portal", "imanage", "client documents", "hourly transfer", "high"),
 ("trainee", "counsel", "bundles", "unstated", "low"),
 ("counsel", "trainee", "advice", "email", "low"),
 ("trainee", "imanage", "advice", "saved file", "medium")]))

# ================================================================ held-out batch
B.append(case("ho-t01", "transcript", "logistics",
"""Facilitator: How do temperature alarms reach someone?
Fleet manager (Oskar): The reefer units send temperatures to Thermo King's portal every five minutes, and the portal pages me when a trailer goes out of range.
Facilitator: Then what?
Fleet manager (Oskar): I ring the driver and tell him to check the unit. After the trip the driver gives me the paper log and I scan it into the claims folder.
Quality lead (Mia): And I get a monthly export from the portal for our audits.""",
{"reefer units": L, "portal": L, "fleet manager": P, "driver": P, "quality lead": P},
[("reefer units", "portal", "temperatures", "telemetry", "high"),
 ("portal", "fleet manager", "temperature alarms", "pager", "high"),
 ("fleet manager", "driver", "check instructions", "phone", "low"),
 ("driver", "fleet manager", "temperature log", "paper", "low"),
 ("portal", "quality lead", "monthly export", "export", "medium")]))
B.append(case("ho-t02", "transcript", "hospital_outpatients",
"""Facilitator: How are clinic letters produced?
Consultant (Dr Osei): I dictate after each clinic, and my secretary types the letter from the recording.
Medical secretary (Pam): I type it straight into the EPR, then the EPR sends it to the GP electronically through Docman. Patients still get theirs by post, which I print and put in envelopes.
Facilitator: Does the booking team see the follow-up?
Medical secretary (Pam): They don't, I email them the follow-up dates.""",
{"consultant": P, "medical secretary": P, "epr": L, "gp": P, "patients": P, "booking team": T},
[("consultant", "medical secretary", "dictation", "recording", "low"),
 ("medical secretary", "epr", "clinic letter", "typed from recording", "low"),
 ("epr", "gp", "clinic letter", "docman", "high"),
 ("medical secretary", "patients", "clinic letter", "post", "low"),
 ("medical secretary", "booking team", "follow-up dates", "email", "low")]))
B.append(case("ho-b01", "bullets", "local_government",
"""Council tax - moves
- residents -> online form -> Civica (auto)
- Civica -> revs officer: daily work queue
- revs officer phones residents if info missing
- bailiff referrals: CSV export emailed by revs officer to enforcement agent
- ideas: SMS reminders? not yet""",
{"residents": P, "online form": L, "civica": L, "revs officer": P, "enforcement agent": O},
[("residents", "online form", "move details", "web form", "medium"),
 ("online form", "civica", "move details", "automatic", "high"),
 ("civica", "revs officer", "work queue", "system screens", "medium"),
 ("residents", "revs officer", "missing information", "phone", "low"),
 ("revs officer", "enforcement agent", "bailiff referrals", "csv by email", "low")]))
B.append(case("ho-b02", "bullets", "school",
"""School trips
- trip lead fills EV1 form in Evolve
- Evolve -> EVC: approval request (auto email)
- EVC approves in Evolve, head gets final sign-off request from Evolve
- consent: parents return paper slips to office
- office keys payments into ParentPay? no - ParentPay does it, office just checks""",
{"trip lead": P, "evolve": L, "evc": P, "head": P, "parents": P, "office": T},
[("trip lead", "evolve", "ev1 form", "direct entry", "medium"),
 ("evolve", "evc", "approval request", "automatic email", "high"),
 ("evc", "evolve", "approval", "direct entry", "medium"),
 ("evolve", "head", "sign-off request", "automatic", "high"),
 ("parents", "office", "consent slips", "paper", "low")]))
B.append(case("ho-r01", "rambling", "ngo",
"""I'm the programme coordinator, and honestly we've grown faster than our systems. Schools refer young people to us by email, usually with a referral form attached, and I add them to our Airtable base, which is really the heart of everything. Mentors log each session on a little Typeform that writes straight into Airtable. Then every quarter I pull numbers out of Airtable into a slide deck for the trustees, which takes me the best part of a day, and the funders get a version of it by email too. We did have a WhatsApp group for mentors but it got too noisy, so we closed it.""",
{"schools": O, "programme coordinator": P, "airtable": L, "mentors": P, "typeform": L, "trustees": P, "funders": O},
[("schools", "programme coordinator", "referrals", "email", "low"),
 ("programme coordinator", "airtable", "young people", "re-typed from email", "low"),
 ("mentors", "typeform", "session logs", "web form", "medium"),
 ("typeform", "airtable", "session logs", "automatic", "high"),
 ("airtable", "programme coordinator", "numbers", "export", "medium"),
 ("programme coordinator", "trustees", "quarterly slide deck", "slides", "low"),
 ("programme coordinator", "funders", "quarterly report", "email", "low")]))
B.append(case("ho-r02", "rambling", "logistics",
"""It's a family haulage firm, so don't expect anything fancy. Jobs come in from the freight forwarders by email mostly, the odd one by phone, and our planner, who is my brother, writes them on the planning board in the office. The drivers ring in when they're empty and he tells them the next job. We've got trackers in the cabs that report positions to the Microlise portal, though honestly only the customers ever look at it, through their own logins. At month end our bookkeeper builds the invoices in Sage from the driver sheets.""",
{"freight forwarders": O, "planner": P, "drivers": P, "trackers": L, "microlise portal": L, "customers": O, "bookkeeper": P, "sage": L},
[("freight forwarders", "planner", "jobs", "email", "low"),
 ("drivers", "planner", "availability", "phone", "low"),
 ("planner", "drivers", "next job", "phone", "low"),
 ("trackers", "microlise portal", "positions", "telematics", "high"),
 ("microlise portal", "customers", "positions", "portal", "high"),
 ("bookkeeper", "sage", "invoices", "re-typed from driver sheets", "low")]))
B.append(case("ho-d01", "domain", "hospital_theatres",
"""Surgeons' secretaries send the theatre lists to the scheduling team by email on Thursday. The scheduling team builds next week's sessions in Theatreman, and Theatreman publishes the lists to the ward screens. Anaesthetists are told about list changes by phone by the theatre coordinator. The pre-op clinic nurses record fitness assessments in the EPR, which shares them with Theatreman through an interface.""",
{"secretaries": P, "scheduling team": T, "theatreman": L, "ward": T, "theatre coordinator": P, "anaesthetists": P, "pre-op clinic nurses": P, "epr": L},
[("secretaries", "scheduling team", "theatre lists", "email", "low"),
 ("scheduling team", "theatreman", "theatre sessions", "re-typed from email", "low"),
 ("theatreman", "ward", "theatre lists", "ward screens", "high"),
 ("theatre coordinator", "anaesthetists", "list changes", "phone", "low"),
 ("pre-op clinic nurses", "epr", "fitness assessments", "direct entry", "medium"),
 ("epr", "theatreman", "fitness assessments", "interface", "high")]))
B.append(case("ho-d02", "domain", "local_government",
"""Tree inspectors survey the street trees on their tablets, which sync to Ezytreev each night. The arboricultural officer reviews the high-risk trees in Ezytreev every Monday and emails work orders to the tree contractor. The contractor sends back completion sheets as photos on WhatsApp, and the officer closes the jobs in Ezytreev.""",
{"tree inspectors": P, "ezytreev": L, "arboricultural officer": P, "tree contractor": O},
[("tree inspectors", "ezytreev", "tree surveys", "tablet, nightly sync", "medium"),
 ("ezytreev", "arboricultural officer", "high-risk trees", "system screens", "medium"),
 ("arboricultural officer", "tree contractor", "work orders", "email", "low"),
 ("tree contractor", "arboricultural officer", "completion sheets", "whatsapp photos", "low"),
 ("arboricultural officer", "ezytreev", "job closures", "re-typed from photos", "low")]))
B.append(case("ho-h01", "hard", "ngo",
"""Needs assessments are collected by the field teams on paper and are entered into ActivityInfo by the information management officer. The 3W matrix is exported from ActivityInfo by the information management officer and shared with the cluster lead, OCHA and the donors by email every Friday. Requests for tarpaulins, which are raised by the camp managers, are radioed to the logistics base.""",
{"field teams": T, "information management officer": P, "activityinfo": L, "cluster lead": P, "ocha": O, "donors": O, "camp managers": P, "logistics base": T},
[("field teams", "information management officer", "needs assessments", "paper", "low"),
 ("information management officer", "activityinfo", "needs assessments", "re-typed from paper", "low"),
 ("information management officer", ["cluster lead", "ocha", "donors"], "3w matrix", "export then email", "low"),
 ("camp managers", "logistics base", "tarpaulin requests", "radio", "low")]))
B.append(case("ho-h02", "hard", "import_trade",
"""The supplier in Shenzhen is not sending the invoice by post anymore, now he is uploading it on our Dropbox for the accountant. Our accountant is taking it from Dropbox and is entering it in Xero. The forwarder is informing the warehouse by mail when the container is arriving.""",
{"supplier": O, "accountant": P, "xero": L, "forwarder": O, "warehouse": T},
[("supplier", "accountant", "invoice", "dropbox shared folder", "medium"),
 ("accountant", "xero", "invoice", "re-typed", "low"),
 ("forwarder", "warehouse", "container arrival", "email", "low")]))

def dump(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump(A, sys.argv[1]); dump(B, sys.argv[2])
print(len(A), len(B))
