"""Write one large IMR with the sample's document builder: cover, chronology, long analysis."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from docx.shared import RGBColor
from sampledata import facts as f
from sampledata.docbuild import (
    header_footer,
    heading,
    key_value_table,
    new_document,
    para,
    paras,
    table,
)

from largereview.agencies import Agency
from largereview.narrative import SECTIONS, paragraph
from largereview.phrases import FOLLOW_UP, FORMS, OUTCOMES, SHARED, SPECIFIC, YES_NO

START, END = datetime(2024, 3, 1), datetime(2025, 12, 17)
AVA_BORN = datetime(2025, 4, 10)
SLOT = re.compile(r"\{(\w+)\}")
STAFF_COLUMNS = {
    "Clinician",
    "Seen by",
    "Staff member",
    "Officer",
    "Staff",
    "Worker",
    "Practitioner",
    "Key worker",
}
KIND_COLUMNS = {"Contact type", "Contact", "Setting", "Type of call", "Type of contact", "Type"}
DETAIL_COLUMNS = {
    "Details of contact/event",
    "Occurrence",
    "Details",
    "Consultation notes",
    "Presenting complaint / findings",
    "Event",
    "Notes",
    "Summary of contact",
    "Details of contact",
    "Summary",
}
PATIENTS = (
    "Tyler Ashworth",
    "Tyler Ashworth",
    "Chantelle Ashworth",
    "Kayla Ashworth",
    "Ava Hollis",
)


@dataclass(frozen=True)
class Size:
    """How much to write per IMR: chronology entries and analysis paragraphs."""

    entries: int
    paragraphs: int


class Filler:
    """Fill template slots with the family's names, the agency's staff and nearby dates."""

    def __init__(self, rng: random.Random, agency: Agency):
        self.rng, self.agency, self.when = rng, agency, START

    def __call__(self, template: str) -> str:
        return SLOT.sub(lambda m: self.slot(m.group(1)), template)

    def slot(self, name: str) -> str:
        rng = self.rng
        if name in ("staff", "staff2"):
            return rng.choice(self.agency.staff)
        if name == "on":
            other = min(END, max(START, self.when + timedelta(days=rng.randint(-40, 30))))
            return other.strftime("%d/%m/%Y")
        if name == "baby" and self.when < AVA_BORN:
            return rng.choice(FORMS["sibling"])
        if name == "child" and rng.random() < 0.4:
            return self.agency.child_form
        return rng.choice(FORMS[name])


def entry_times(rng: random.Random, count: int) -> list[datetime]:
    """``count`` sorted date-times across the review period, in working and evening hours."""
    span = (END - START).days
    return sorted(
        START
        + timedelta(
            days=rng.randint(0, span), hours=rng.randint(7, 23), minutes=rng.choice(range(0, 60, 5))
        )
        for _ in range(count)
    )


def entry_row(agency: Agency, fill: Filler, when: datetime) -> list[str]:
    """One chronology row in the agency's own columns and date habit."""
    rng = fill.rng
    fill.when = when
    pool = SPECIFIC[agency.short] if rng.random() < 0.6 else SHARED
    detail = " ".join(s for s in (fill(rng.choice(pool)), fill(rng.choice(FOLLOW_UP))) if s)
    staff, kind = rng.choice(agency.staff), rng.choice(agency.kinds)
    seen = rng.choice(YES_NO)
    row = list(agency.dates(when))
    for column in agency.columns[len(row) :]:
        row.append(_cell(column, agency, detail, staff, kind, seen, rng))
    return row


def _cell(column, agency, detail, staff, kind, seen, rng) -> str:
    if column in DETAIL_COLUMNS:
        return detail
    if column in STAFF_COLUMNS or (column == "Source" and agency.short != "Police"):
        return staff
    if column in KIND_COLUMNS or column == "Source":
        return kind
    if column == "Source of Information":
        return f"{kind} – {staff}"
    if column == "Patient":
        return rng.choice(PATIENTS)
    if column in ("Child seen?", "Seen alone?", "Wishes and feelings"):
        return seen[("Child seen?", "Seen alone?", "Wishes and feelings").index(column)]
    if "comment" in column.lower():
        return rng.choice(
            ("", "", "Not shared with CSC.", "Good practice.", "No evidence the child was seen.")
        )
    return rng.choice(OUTCOMES)


def build(agency: Agency, seed: int, size: Size):
    """The IMR as a python-docx Document, the same for the same seed and size."""
    rng = random.Random(f"{seed}:{agency.file}")
    fill = Filler(rng, agency)
    doc = _cover(agency)
    _heading(doc, agency, "1. Terms of reference", 1)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    _heading(doc, agency, "2. Methodology", 1)
    paras(
        doc,
        f"The author, {agency.author}, read the agency's whole record for the family and "
        "interviewed the practitioners named in the chronology. Notes of each interview "
        "were agreed with the person interviewed.",
    )
    _chronology(doc, agency, fill, entry_times(rng, size.entries))
    _analysis(doc, agency, fill, size.paragraphs)
    _closing(doc, agency)
    return doc


def _cover(agency: Agency):
    doc = new_document(
        font=agency.font,
        size=10.5,
        title=f"IMR {agency.short} – Tyler Ashworth",
        author=agency.author,
        modified_by=agency.author.split()[-1].lower(),
        created=f.when(2026, 2, 9),
        modified=f.when(2026, 3, 1, 10, 15),
        subject=f"SCR {f.REF}",
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE",
        f"{agency.name} – IMR re Tyler ASHWORTH (DOB 14/09/2022)",
    )
    para(doc, f"**{agency.name}**", align="center", size=15)
    para(doc, "Individual Management Review", align="center", size=18, bold=True)
    key_value_table(
        doc,
        [
            ("Agency", agency.name),
            ("Subject child", f"Tyler James ASHWORTH, born 14/09/2022, NHS No. {f.NHS_TYLER}"),
            ("Address", f.HOME),
            ("IMR author", f"{agency.author}, independent of the practitioners involved"),
            ("Date of report", "01/03/2026"),
        ],
    )
    return doc


def _heading(doc, agency: Agency, text: str, level: int):
    if agency.colour is None:
        return heading(doc, text, level, plain=True)
    return heading(doc, text, level, colour=RGBColor(*agency.colour))


def _chronology(doc, agency: Agency, fill: Filler, times: list[datetime]) -> None:
    _heading(doc, agency, "3. Chronology of involvement", 1)
    para(doc, "Entries as recorded by the agency, abbreviated where marked.", italic=True, size=9)
    rows = [entry_row(agency, fill, t) for t in times]
    parts = [rows]
    if agency.short == "Health Visiting":  # the HV IMR splits its chronology in two, as the sample
        cut = sum(1 for t in times if t < datetime(2025, 3, 1))
        parts = [rows[:cut], rows[cut:]]
    for number, part in enumerate(parts, 1):
        if len(parts) > 1:
            _heading(
                doc,
                agency,
                f"3.{number} {'March 2024 to February 2025' if number == 1 else 'March 2025 to December 2025'}",
                2,
            )
        if part:
            table(doc, agency.columns, part, size=8.5, header_fill=agency.fill)


def _analysis(doc, agency: Agency, fill: Filler, count: int) -> None:
    _heading(doc, agency, "4. Analysis of involvement", 1)
    for index, title in enumerate(SECTIONS):
        share = count // len(SECTIONS) + (1 if index < count % len(SECTIONS) else 0)
        if not share:
            continue
        _heading(doc, agency, f"4.{index + 1} {title}", 2)
        for _ in range(share):
            fill.when = START + timedelta(days=fill.rng.randint(0, (END - START).days))
            para(doc, paragraph(fill.rng, fill))


def _closing(doc, agency: Agency) -> None:
    _heading(doc, agency, "5. Lessons learned", 1)
    paras(
        doc,
        "A child seen asleep, or seen with a sibling, has not been seen in any meaningful "
        "sense.\n\nInformation that changes the picture must reach the core group.",
    )
    _heading(doc, agency, "6. Recommendations and action plan", 1)
    table(
        doc,
        ["Recommendation", "Action", "Lead", "By when", "Status"],
        [
            (
                "6.1",
                f"{agency.short} to audit whether children are seen and spoken to",
                "Head of Service",
                "June 2026",
                "Open",
            ),
            (
                "6.2",
                "Notify CSC by telephone of any change in a CP case",
                "Safeguarding lead",
                "April 2026",
                "Open",
            ),
        ],
        size=8.5,
        header_fill=agency.fill,
    )
