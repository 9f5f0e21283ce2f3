"""Document parts built from the integrated chronology and its flags (8.40).

The chronology handed in is the anonymised view; these generators only arrange it.
"""

from __future__ import annotations

from pipeline.documents.blocks import Block, Heading, ListBlock, Paragraph, TableBlock

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
    rows = tuple((_when(e), e.source, e.event, _flag(e, "child_seen"), _flag(e, "seen_alone"),
                  _flag(e, "wishes_sought"), _flag(e, "wishes_expressed")) for e in chronology)
    intro = Paragraph.plain(
        f"The integrated chronology merges {len(chronology)} entries from "
        f"{len(chronology.agencies)} agencies in date order. It notes each time "
        f"{material.subject} was seen, seen alone, and whether their wishes and feelings were "
        "sought or expressed (8.40). The full chronology, with the origin of every entry, is "
        "in the pack as a Word document, a spreadsheet and a CSV file.")
    blocks: list[Block] = [intro]
    if material.timeline_png is not None:
        from pipeline.documents.blocks import Picture

        blocks.append(Picture(material.timeline_png, 165, "Figure 2: contacts by agency over time",
                              "Timeline of contacts by agency; sightings are marked."))
    blocks.append(TableBlock(("Date", "Agency / source", "Event", "Seen", "Alone",
                              "Wishes sought", "Wishes expressed"), rows,
                             widths_mm=(22, 30, 70, 11, 11, 13, 13)))
    return blocks


def childs_experience(material) -> list[Block]:
    """When the child was seen, seen alone, asked, and what the child said (8.40)."""
    entries = list(material.chronology)
    seen = [e for e in entries if e.child_seen.value == YES]
    alone = [e for e in entries if e.seen_alone.value == YES]
    sought = [e for e in entries if e.wishes_sought.value == YES]
    said = [e for e in entries if e.wishes_expressed.value == YES]
    not_seen = [e for e in entries if e.child_seen.value == "no"]
    subject = material.subject
    blocks: list[Block] = [Paragraph.plain(
        f"Across {len(entries)} recorded contacts, {subject} was seen {len(seen)} times, seen "
        f"alone {len(alone)} times; their wishes and feelings were sought {len(sought)} times "
        f"and recorded as expressed {len(said)} times. {len(not_seen)} contacts took place "
        f"without {subject} being seen.")]
    blocks += _summary_lines(material)
    if said:
        blocks.append(Heading(f"What {subject} said or showed", 3))
        blocks.append(ListBlock(tuple(Paragraph.plain(f"{_when(e)}, {e.agency}: "
                                                      f"{e.wishes_expressed.evidence or e.event}")
                                      for e in said)))
    if alone:
        blocks.append(Heading(f"When {subject} was seen alone", 3))
        blocks.append(TableBlock(("Date", "Agency / source", "Event"),
                                 tuple((_when(e), e.source, e.event) for e in alone)))
    return blocks


def _summary_lines(material) -> list[Block]:
    summary = material.summary
    lines = []
    gap = getattr(summary, "longest_gap", None)
    if gap is not None:
        lines.append(f"The longest time between sightings by any agency was {gap.days} days, "
                     f"from {gap.start:%d %B %Y} to {gap.end:%d %B %Y}.")
    last = getattr(summary, "last_sighting", None)
    if last is not None:
        lines.append(f"The last time an agency saw {material.subject} before the incident was "
                     f"{_when(last)} ({last.agency}).")
    missed = getattr(summary, "no_access_count", None)
    if missed:
        lines.append(f"{missed} contacts were missed: no access, no reply, or the child was not "
                     "brought.")
    return [Paragraph.plain(line) for line in lines]


def agency_summaries(material) -> list[Block]:
    """Contacts per agency, with sightings, as a table."""
    rows = []
    for agency in material.chronology.agencies:
        entries = [e for e in material.chronology if e.agency == agency]
        rows.append((agency, str(len(entries)),
                     str(sum(e.child_seen.value == YES for e in entries)),
                     str(sum(e.seen_alone.value == YES for e in entries)),
                     str(sum(e.wishes_sought.value == YES for e in entries))))
    return [TableBlock(("Agency", "Contacts", "Child seen", "Seen alone", "Wishes sought"),
                       tuple(rows), caption="Contacts with the family by agency")]


def key_issues(material) -> list[Block]:
    """Facts the executive summary should carry whatever the author writes."""
    return childs_experience(material)[:2]
