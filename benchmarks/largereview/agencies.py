"""The twelve agencies of the large review: columns, date habits, house style, their staff.

The first eight are the sample review's agencies with the sample's own column headings and
date habits; the last four are added for the benchmark. Every name here is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

DateCells = Callable[[datetime], tuple[str, ...]]


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _school_time(t: datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}.{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"


@dataclass(frozen=True)
class Agency:
    """One agency's IMR: file, heading row, how its writers put the date, and who they are."""

    file: str
    name: str
    short: str
    columns: tuple[str, ...]
    dates: DateCells  # the date (and time) cells of a row, in the agency's habit
    font: str
    fill: str  # header-row shading
    colour: tuple[int, int, int] | None  # heading colour; None for plain bold headings
    staff: tuple[str, ...]  # how the agency's staff are written in its chronology
    author: str
    kinds: tuple[str, ...]  # contact types or sources this agency records
    child_form: str = "Tyler"  # how this agency names the child most often


AGENCIES: tuple[Agency, ...] = (
    Agency(
        "csc.docx",
        "Northshire Children's Social Care",
        "CSC",
        (
            "Date",
            "Time",
            "Source of Information",
            "Details of contact/event",
            "Child seen?",
            "Seen alone?",
            "Wishes and feelings",
        ),
        lambda t: (t.strftime("%d/%m/%Y"), t.strftime("%H:%M")),
        "Calibri",
        "D9E2F3",
        (0x1F, 0x3A, 0x5F),
        (
            "SW Grainger",
            "Sophie Grainger",
            "Farah Iqbal",
            "TM Ashcroft",
            "Neil Ashcroft",
            "Colin Bradshaw (EDT)",
            "Margaret Hulme",
        ),
        "Diane Whitworth",
        (
            "Home visit",
            "Telephone call",
            "Core group",
            "Supervision",
            "Case note",
            "Strategy discussion",
            "Child in Need meeting",
            "E-mail",
            "Office visit",
            "Letter",
        ),
    ),
    Agency(
        "police.docx",
        "Northshire Police",
        "Police",
        ("Date/Time", "Source", "Occurrence", "Action taken"),
        lambda t: (t.strftime("%Y-%m-%d %H:%M"),),
        "Arial",
        "BFBFBF",
        None,
        (
            "PC Whitaker",
            "PC 4471 Whitaker",
            "PC Moss",
            "DS Kettering",
            "DC Farrant",
            "Rachel Moss",
            "Andrew Kettering",
        ),
        "Stuart Mellor",
        (
            "Control room – 999 call",
            "Attending officers",
            "PPU – PPN",
            "Intelligence log",
            "Custody – Northtown PS",
            "MASH police researcher",
            "PPU – DASH",
            "Roads policing",
        ),
        child_form="Tyler ASHWORTH",
    ),
    Agency(
        "health-visiting.docx",
        "Northshire Community Health NHS Trust",
        "Health Visiting",
        ("When", "Source", "Contact type", "Details", "Outcome"),
        lambda t: (f"{t.day}.{t.month}.{t:%y}",),
        "Arial",
        "DCE6F2",
        (0x00, 0x5E, 0xB8),
        (
            "HV Benson",
            "Claire Benson",
            "HV Priestley",
            "Joanne Priestley",
            "Amy Lister (CNN)",
            "Gemma Royle (MW)",
            "Lucy Marsden (SN)",
        ),
        "Patricia Quinlan",
        (
            "Home visit",
            "Clinic",
            "Telephone",
            "Home visit – no access",
            "Core group",
            "Letter",
            "Clinic – WNB",
            "Safeguarding supervision",
        ),
    ),
    Agency(
        "gp.docx",
        "NHS Northshire GP Services",
        "GP",
        ("Date", "Clinician", "Consultation notes", "Comment by IMR author"),
        lambda t: (t.strftime("%d-%b-%y"),),
        "Calibri",
        "E2EFD9",
        None,
        ("Dr Shah", "Dr McLeod", "Practice Nurse Hunt", "Admin", "Dr Imran Shah", "OOH"),
        "Dr Fiona Carswell",
        ("Surgery", "Telephone", "Letter", "Home visit"),
        child_form="CA",
    ),
    Agency(
        "hospital.docx",
        "Northtown Hospitals NHS Foundation Trust",
        "ED",
        (
            "Date and time of attendance",
            "Patient",
            "Seen by",
            "Presenting complaint / findings",
            "Safeguarding action",
        ),
        lambda t: (f"{t.day} {t:%B %Y}, {t:%H:%M}",),
        "Arial",
        "D0E8EA",
        (0x00, 0x6D, 0x77),
        (
            "Triage nurse",
            "ED SHO",
            "Dr Redfern",
            "Staff Nurse Kerry Walsh",
            "Dr Osei",
            "Dr Lindqvist",
            "Sandra Okonjo (PLN)",
        ),
        "Jean Abbott",
        ("ED", "Paediatric ward", "Fracture clinic", "Paediatric liaison"),
    ),
    Agency(
        "education.docx",
        "Northshire Council Education and Early Years",
        "Education",
        ("Date", "Time", "Setting", "Staff member", "Event", "Action taken"),
        lambda t: (f"{_ordinal(t.day)} {t:%B %Y}", _school_time(t)),
        "Calibri",
        "FCE4D6",
        None,
        (
            "Mr Price",
            "Mrs Fielding (DSL)",
            "Mrs Thornton",
            "Shannon",
            "Shannon Doyle",
            "Miss Aston",
            "Debbie Thornton",
        ),
        "Anne Redmayne",
        ("School", "Nursery", "Breakfast club", "After-school club"),
    ),
    Agency(
        "housing.docx",
        "Northtown Homes",
        "Housing",
        ("Date", "Officer", "Contact", "Notes"),
        lambda t: (t.strftime("%d/%m/%Y"),),
        "Calibri",
        "EDEDED",
        None,
        ("Tracey Holden", "Mark Ellison", "Housing Options", "Repairs team", "ASB team"),
        "Gillian Forbes",
        ("Letter", "Home visit", "Telephone", "Repairs", "Rent account", "ASB report"),
    ),
    Agency(
        "probation.docx",
        "Northshire Probation Trust",
        "Probation",
        (
            "Contact date",
            "Contact type",
            "Officer",
            "Summary of contact",
            "Risk / safeguarding note",
        ),
        lambda t: (t.strftime("%d.%m.%Y"),),
        "Arial",
        "D9D9D9",
        None,
        ("PO Naylor", "Rebecca Naylor", "SPO Cartwright", "James Cartwright"),
        "Helen Morrow",
        (
            "Office appointment",
            "Home visit",
            "Failed to attend",
            "Telephone",
            "BBR group session",
            "Supervision",
        ),
    ),
    Agency(
        "ambulance.docx",
        "Northshire Ambulance Service NHS Trust",
        "Ambulance",
        ("Date/Time", "Staff", "Type of call", "Details", "Outcome"),
        lambda t: (t.strftime("%d/%m/%Y %H:%M"),),
        "Arial",
        "E4DFEC",
        (0x33, 0x33, 0x99),
        (
            "Paramedic Whiteley",
            "Craig Whiteley",
            "EMT Brierley",
            "Nicola Brierley",
            "Call handler Owen Latham",
        ),
        "Martin Gledhill",
        ("999 call", "111 call", "Attendance", "Conveyance", "Safeguarding referral"),
    ),
    Agency(
        "domestic-abuse.docx",
        "Northshire Domestic Abuse Service",
        "DA Service",
        ("Date of contact", "Worker", "Type of contact", "Details of contact", "Outcome"),
        lambda t: (f"{t:%a} {t.day} {t:%b %Y}",),
        "Calibri",
        "F2DCDB",
        (0x7B, 0x2C, 0x52),
        ("IDVA Akhtar", "Samina Akhtar", "Samina", "Leanne Crowther", "Bethany Nuttall"),
        "Ruth Calderbank",
        (
            "Telephone",
            "Face to face",
            "Text message",
            "MARAC",
            "Outreach visit",
            "Children's group",
        ),
    ),
    Agency(
        "mental-health.docx",
        "Northshire Partnership NHS Foundation Trust",
        "Mental Health",
        ("Date of appointment", "Practitioner", "Setting", "Notes", "Plan", "IMR author comment"),
        lambda t: (t.strftime("%d %b %Y"),),
        "Arial",
        "DEEAF6",
        (0x1F, 0x4E, 0x79),
        (
            "CPN Ackroyd",
            "Graham Ackroyd",
            "Dr Sutcliffe",
            "Dr Hannah Sutcliffe",
            "Zoe Entwistle (PMH nurse)",
        ),
        "Dr Keith Openshaw",
        ("Outpatients", "Home visit", "Telephone", "Perinatal clinic", "Crisis team"),
    ),
    Agency(
        "substance-misuse.docx",
        "Eastmoor Recovery Service",
        "Substance Misuse",
        ("Date", "Key worker", "Type", "Summary", "Next steps"),
        lambda t: (t.strftime("%d/%m/%y"),),
        "Calibri",
        "E2EFDA",
        None,
        ("Jason Helliwell", "JH", "Kirsty Barraclough", "Paul Rishworth (TL)"),
        "Alison Greenhalgh",
        ("Key work session", "Group", "DNA", "Telephone", "Drug and alcohol test"),
    ),
)

# Staff of the four added agencies, for case.yaml (name, role, agency short name, aliases).
ADDED_STAFF = (
    ("Craig Whiteley", "Paramedic", "Ambulance", ["Paramedic Whiteley"]),
    ("Nicola Brierley", "Emergency Medical Technician", "Ambulance", ["EMT Brierley"]),
    ("Owen Latham", "Emergency Call Handler", "Ambulance", []),
    ("Martin Gledhill", "IMR Author", "Ambulance", []),
    ("Samina Akhtar", "Independent Domestic Violence Adviser", "DA Service", ["IDVA Akhtar"]),
    ("Leanne Crowther", "Outreach Worker", "DA Service", []),
    ("Bethany Nuttall", "Children's Worker", "DA Service", []),
    ("Ruth Calderbank", "IMR Author", "DA Service", []),
    ("Graham Ackroyd", "Community Psychiatric Nurse", "Mental Health", ["CPN Ackroyd"]),
    ("Dr Hannah Sutcliffe", "Consultant Psychiatrist", "Mental Health", ["Dr Sutcliffe"]),
    ("Zoe Entwistle", "Perinatal Mental Health Nurse", "Mental Health", []),
    ("Dr Keith Openshaw", "IMR Author", "Mental Health", []),
    ("Jason Helliwell", "Recovery Worker", "Substance Misuse", ["JH"]),
    ("Kirsty Barraclough", "Recovery Worker", "Substance Misuse", []),
    ("Paul Rishworth", "Team Leader", "Substance Misuse", []),
    ("Alison Greenhalgh", "IMR Author", "Substance Misuse", []),
)
