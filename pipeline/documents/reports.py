"""The statutory documents: overview report (8.39-8.42), executive summary (8.48), action plans
(8.43), each as a ``Document`` ready for the writer."""

from __future__ import annotations

from pipeline.action_plan import MULTI_AGENCY, ActionPlan, multi_agency
from pipeline.documents.blocks import AuthorMarker, Document, Heading, Paragraph
from pipeline.documents.compose import compose
from pipeline.documents.material import ReviewMaterial
from pipeline.documents.outline import load_outline
from pipeline.documents.sections import GENERATORS, LANDSCAPE_MM, action_plan_tables


def _frame(material: ReviewMaterial, kind: str) -> dict:
    review = material.case.review
    return {
        "header_text": f"{review.board} · {review.reference}",
        "footer_text": f"{kind} · OFFICIAL-SENSITIVE until published",
        "properties": {"author": material.case.overview_author.name, "keywords": review.reference},
    }


def overview_report(material: ReviewMaterial) -> Document:
    outline = load_outline("overview-report")
    document = compose(
        outline, material, GENERATORS, material.author_text, **_frame(material, "Overview report")
    )
    return _with_subtitle(document, material)


def executive_summary(material: ReviewMaterial) -> Document:
    outline = load_outline("executive-summary")
    document = compose(
        outline, material, GENERATORS, material.author_text, **_frame(material, "Executive summary")
    )
    return _with_subtitle(document, material)


def _with_subtitle(document: Document, material: ReviewMaterial) -> Document:
    from dataclasses import replace

    review = material.case.review
    subtitle = f"{document.subtitle}: {material.subject}\n{review.board}, {review.reference}"
    return replace(document, subtitle=subtitle)


def action_plan_documents(material: ReviewMaterial) -> list[tuple[str, Document]]:
    """The multi-agency plan and one plan per agency, as (file stem, document)."""
    plan = material.action_plan
    documents = [
        (
            "action-plan-multi-agency",
            _plan_document(material, multi_agency(plan), "Multi-agency action plan", multi=True),
        )
    ]
    agencies = [agency for agency in plan.agencies if agency != MULTI_AGENCY]
    for number, agency in enumerate(agencies, start=1):
        single = ActionPlan(plan.columns, plan.for_agency(agency))
        documents.append(
            (
                f"action-plan-{_file_label(material, agency, number)}",
                _plan_document(material, single, f"Action plan: {agency}"),
            )
        )
    return documents


def _file_label(material: ReviewMaterial, agency: str, number: int) -> str:
    """The agency's short name in the file name ("action-plan-police"), else its number.

    A full agency name can hold a place that identifies the family ("Eastmoor Recovery
    Service"), and file names leave with the pack, so only the short name is used.
    """
    short = next((a.short for a in material.case.agencies if a.name == agency and a.short), "")
    return _slug(short) if short else f"agency-{number:02d}"


def _plan_document(
    material: ReviewMaterial, plan: ActionPlan, title: str, multi: bool = False
) -> Document:
    intro = (
        "For each recommendation: the action, who leads it, by when, the intended outcome "
        "and how success will be measured (8.43). Cells marked MISSING must be completed "
        "by the agency before the plan is signed off."
    )
    blocks = [Paragraph.plain(intro)]
    if multi:
        blocks.append(Heading("Actions across agencies", 2))
        blocks += action_plan_tables(plan, LANDSCAPE_MM) or [
            AuthorMarker(
                "no multi-agency actions yet: add them to text/action-plan.csv with the columns of "
                "the plan and an Agency column left blank or set to Multi-agency"
            )
        ]
        blocks.append(Heading("Every agency's actions", 2))
        blocks += action_plan_tables(
            ActionPlan(plan.columns, material.action_plan.actions), LANDSCAPE_MM
        )
    else:
        blocks += action_plan_tables(plan, LANDSCAPE_MM)
    review = material.case.review
    return Document(
        title=title,
        subtitle=f"{review.board}, {review.reference}",
        blocks=tuple(blocks),
        landscape=True,
        **_frame(material, "Action plan"),
    )


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
