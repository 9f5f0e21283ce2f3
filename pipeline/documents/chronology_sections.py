"""Document parts built from the integrated chronology and its flags (8.40).

The chronology handed in is the anonymised view; these generators only arrange it.
"""

from __future__ import annotations

from pipeline.documents.blocks import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Picture,
    TableBlock,
    counted,
)

YES = "yes"


def _flag(entry, name: str) -> str:
    value = getattr(entry, name).value
    return {"yes": "Yes", "no": "No"}.get(value, "")


def _when(entry) -> str:
    if entry.date is None:
        return entry.date_text or "undated"
    return entry.date.display


def chronology_table(material) -> list[Block]:
    """The integrated chronology in brief; the full one is a document of its own in the pack."""
    chronology = material.chronology
    rows = tuple(
        (
            _when(e),
            e.source,
            e.event,
            _flag(e, "child_seen"),
            _flag(e, "seen_alone"),
            _flag(e, "wishes_sought"),
            _flag(e, "wishes_expressed"),
        )
        for e in chronology
    )
    intro = Paragraph.plain(
        f"The integrated chronology merges {counted(len(chronology), 'entry', 'entries')} from "
        f"{counted(len(chronology.agencies), 'agency', 'agencies')} in date order. It notes each time "
        f"{material.subject} was seen, seen alone, and whether their wishes and feelings were "
        "sought or expressed (8.40). The full chronology, with the origin of every entry, is "
        "in the pack as a Word document, a spreadsheet and a CSV file."
    )
    blocks: list[Block] = [intro]
    if material.timeline_png is not None:
        blocks.append(
            Picture(
                material.timeline_png,
                165,
                "Figure 2: contacts by agency over time",
                "Timeline of contacts by agency; sightings are marked.",
            )
        )
    blocks.append(
        TableBlock(
            ("Date", "Agency / source", "Event", "Seen", "Alone", "Wishes sought", "Wishes said"),
            rows,
            widths_mm=(20, 30, 64, 12, 12, 16, 16),
        )
    )
    return blocks


def childs_experience(material) -> list[Block]:
    """When the child was seen, seen alone, asked, and what the child said (8.40)."""
    entries = list(material.chronology)
    total = material.summary.total
    subject = material.subject
    blocks: list[Block] = [
        Paragraph.plain(
            f"Across {total.contacts} recorded contacts by {len(material.summary.agencies)} "
            f"agencies, {subject} was seen {total.seen} times and seen alone {total.seen_alone} "
            f"times. Their wishes and feelings were sought {total.wishes_sought} times and are "
            f"recorded as expressed {total.wishes_expressed} times."
        )
    ]
    blocks += _summary_lines(material)
    said = [e for e in entries if e.wishes_expressed.value == YES or e.childs_words]
    if said:
        blocks.append(Heading(f"What {subject} said or showed", 3))
        blocks.append(ListBlock(tuple(Paragraph.plain(_said(e)) for e in said)))
    alone = [e for e in entries if e.seen_alone.value == YES]
    if alone:
        blocks.append(Heading(f"When {subject} was seen alone", 3))
        blocks.append(
            TableBlock(
                ("Date", "Agency / source", "Event"),
                tuple((_when(e), e.source, e.event) for e in alone),
            )
        )
    return blocks


def _said(entry) -> str:
    """One item of the list: the child's own words where the IMR gave them, else the event."""
    words = entry.childs_words
    if not words:
        return f"{_when(entry)}, {entry.source}: {entry.event}"
    quoted = words if words[:1] in "'\"‘“" else f"“{words}”"
    return f"{_when(entry)}, {entry.source}: {quoted} ({entry.event})"


def _summary_lines(material) -> list[Block]:
    summary, subject = material.summary, material.subject
    lines = []
    if summary.longest_gap is not None:
        gap = summary.longest_gap
        lines.append(
            f"The longest time without any agency seeing {subject} was {gap.days} "
            f"days, from {_long(gap.start)} to {_long(gap.end)}."
        )
    if summary.last_sighting is not None:
        last = summary.last_sighting
        days = (
            f", {last.days_before_incident} days before the incident"
            if last.days_before_incident is not None
            else ""
        )
        lines.append(
            f"The last time an agency saw {subject} before the incident was "
            f"{_when(last.entry)} ({last.agency}){days}."
        )
    if summary.total.no_access:
        lines.append(
            f"{summary.total.no_access} contacts did not happen as planned: no access, "
            f"no reply, or {subject} was not brought."
        )
    return [Paragraph.plain(line) for line in lines]


def _long(value) -> str:
    return f"{value.day} {value:%B %Y}"


def agency_summaries(material) -> list[Block]:
    """Contacts per agency, with sightings, as a table."""
    rows = tuple(
        (
            f.agency,
            str(f.contacts),
            str(f.seen),
            str(f.seen_alone),
            str(f.wishes_sought),
            str(f.no_access),
        )
        for f in (*material.summary.agencies, material.summary.total)
    )
    return [
        TableBlock(
            (
                "Agency",
                "Contacts",
                "Child seen",
                "Seen alone",
                "Wishes sought",
                "No access / not brought",
            ),
            rows,
            caption="Contacts with the family by agency",
        )
    ]


def key_issues(material) -> list[Block]:
    """Facts the executive summary should carry whatever the author writes."""
    return childs_experience(material)[:2]
