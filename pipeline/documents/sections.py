"""The generated parts of the overview report and executive summary, by name.

Each generator takes the ``ReviewMaterial`` and returns blocks. The outlines in ``templates/``
name them; ``GENERATORS`` is the registry.
"""

from __future__ import annotations

from datetime import date

from pipeline.action_plan import MULTI_AGENCY, ActionPlan
from pipeline.documents.blocks import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Picture,
    TableBlock,
    counted,
)
from pipeline.documents.chronology_sections import (
    agency_summaries,
    childs_experience,
    chronology_table,
    key_issues,
)
from pipeline.documents.material import ReviewMaterial


def long_date(value: date | None) -> str:
    """``3 March 2024``; an empty string for no date."""
    return f"{value.day} {value:%B %Y}" if value else ""


NOT_GIVEN = "not given in the IMR"  # said, so a blank is never mistaken for a lost value


def circumstances(material: ReviewMaterial) -> list[Block]:
    review = material.case.review
    subject = material.case.subject
    event = "died" if subject.died else "was seriously harmed"
    when = long_date(subject.died or review.incident)
    text = (
        f"{material.subject} {event} on {when}. The matter was referred to the Chair of "
        f"{review.board} on {long_date(review.referred)}, who decided on "
        f"{long_date(review.decided)} to hold a serious case review (8.18, 8.19). The "
        f"review covers {long_date(review.period_from)} to {long_date(review.period_to)}."
    )
    return [Paragraph.plain(text)]


def methodology(material: ReviewMaterial) -> list[Block]:
    rows = tuple(
        (
            imr.agency,
            imr.author or NOT_GIVEN,
            imr.author_role or NOT_GIVEN,
            imr.dates.get("date of report") or NOT_GIVEN,
            str(len(imr.chronology)),
        )
        for imr in material.imrs
    )
    return [
        Paragraph.plain(
            f"{counted(len(material.imrs), 'agency', 'agencies')} provided Individual Management "
            "Reviews (8.32-8.37), whose chronologies were merged into the "
            "integrated chronology:"
        ),
        TableBlock(
            ("Agency", "IMR author", "Author's role", "Date of report", "Chronology entries"), rows
        ),
    ]


def panel(material: ReviewMaterial) -> list[Block]:
    case = material.case
    rows = [(case.chair.name, case.chair.role, case.chair.agency or "Independent")]
    rows += [(m.name, m.role, m.agency or "") for m in case.members]
    rows.append(
        (
            case.overview_author.name,
            case.overview_author.role,
            case.overview_author.agency or "Independent",
        )
    )
    return [
        Paragraph.plain(
            "The review was overseen by a panel chaired independently. The "
            "names of the chair, panel members and overview author are "
            "published (8.43, 8.48)."
        ),
        TableBlock(("Name", "Role", "Agency"), tuple(rows)),
    ]


def timescales(material: ReviewMaterial) -> list[Block]:
    return (
        [TableBlock(("Timescale (8.18-8.20)", ""), material.timescales)]
        if material.timescales
        else []
    )


def genogram(material: ReviewMaterial) -> list[Block]:
    blocks: list[Block] = []
    if material.genogram_png is not None:
        blocks.append(
            Picture(
                material.genogram_png,
                160,
                "Figure 1: anonymised genogram",
                "Genogram of the family; the family composition table follows.",
            )
        )
    if material.composition:
        header = tuple(material.composition[0].keys())
        rows = tuple(tuple(str(row.get(key, "")) for key in header) for row in material.composition)
        blocks.append(
            TableBlock(
                tuple(h.replace("_", " ").capitalize() for h in header),
                rows,
                caption="Family composition",
            )
        )
    return blocks


def recommendations(material: ReviewMaterial) -> list[Block]:
    blocks: list[Block] = []
    for imr in material.imrs:
        if not imr.recommendations:
            continue
        blocks.append(Heading(imr.agency, 3))
        blocks.append(
            ListBlock(
                tuple(Paragraph.plain(f"{r.number} {r.text}".strip()) for r in imr.recommendations)
            )
        )
    return blocks


def action_plan_summary(material: ReviewMaterial) -> list[Block]:
    plan = material.action_plan
    gaps = sum(1 for action in plan.actions if action.missing(plan.columns))
    text = (
        f"The action plan has {len(plan.actions)} actions from {len(plan.agencies)} "
        f"agencies; it is in the pack as individual agency plans and a multi-agency plan."
    )
    if gaps:
        text += f" {gaps} action(s) lack a required part and are flagged for completion."
    return [Paragraph.plain(text)]


def action_plan_full(material: ReviewMaterial) -> list[Block]:
    return action_plan_tables(material.action_plan)


PORTRAIT_MM, LANDSCAPE_MM = 170.0, 257.0
COLUMN_WEIGHTS = {
    "recommendation": 3.2,
    "action": 2.6,
    "lead": 1.7,
    "owner": 1.7,
    "by_when": 1.3,
    "outcome": 2.0,
    "measure": 2.0,
    "status": 1.2,
}


def action_plan_tables(plan: ActionPlan, width_mm: float = PORTRAIT_MM) -> list[Block]:
    """One table per agency, multi-agency first; missing required parts say so in the cell."""
    weights = [COLUMN_WEIGHTS.get(c.key, 1.5) for c in plan.columns]
    widths = tuple(round(width_mm * w / sum(weights), 1) for w in weights)
    blocks: list[Block] = []
    agencies = sorted(plan.agencies, key=lambda a: (a != MULTI_AGENCY, a))
    for agency in agencies:
        blocks.append(Heading(agency, 3))
        rows = tuple(
            tuple(_cell(action.values.get(c.key, ""), c.required) for c in plan.columns)
            for action in plan.for_agency(agency)
        )
        blocks.append(TableBlock(tuple(c.title for c in plan.columns), rows, widths_mm=widths))
    return blocks


def _cell(value: str, required: bool) -> str:
    return value or ("MISSING" if required else "")


def process_summary(material: ReviewMaterial) -> list[Block]:
    return methodology(material)[:1] + panel(material)


GENERATORS = {
    "circumstances": circumstances,
    "methodology": methodology,
    "panel": panel,
    "timescales": timescales,
    "genogram": genogram,
    "chronology": chronology_table,
    "childs_experience": childs_experience,
    "agency_summaries": agency_summaries,
    "recommendations": recommendations,
    "action_plan_summary": action_plan_summary,
    "action_plan_full": action_plan_full,
    "process_summary": process_summary,
    "key_issues": key_issues,
}
