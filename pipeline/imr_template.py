"""``scr imr-template``: a blank IMR for one agency, in the 8.32-8.37 outline.

The chronology table carries the case's own columns (``chronology_columns`` in case.yaml) or the
defaults, which include child seen, seen alone and wishes and feelings (8.40).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline.case import Case
from pipeline.case_loader import load_case
from pipeline.documents.blocks import AuthorMarker, Document, Heading, TableBlock
from pipeline.documents.writer import TEMPLATES, write_document
from pipeline.errors import InputError

BLANK_ROWS = 1  # Word adds a row at Tab in the last cell
COVER_FIELDS = ("Agency", "IMR author", "Author's role", "Date of report",
                "Date agency records secured", "Review reference")


def write_imr_template(folder: Path, agency: str, out_file: Path | None = None) -> Path:
    """Write the blank IMR for ``agency``; the agency must be one of the case's agencies."""
    case = load_case(folder / "case.yaml")
    name = _agency_name(case, agency)
    outline = yaml.safe_load((TEMPLATES / "imr.yaml").read_text(encoding="utf-8"))
    columns = case.chronology_columns or tuple(outline["default_chronology_columns"])
    target = out_file or folder / "out" / f"imr-template-{_slug(name)}.docx"
    return write_document(_document(case, name, outline, columns), target, case.template)


def _agency_name(case: Case, wanted: str) -> str:
    for agency in case.agencies:
        if wanted.lower() in {agency.name.lower(), (agency.short or "").lower()}:
            return agency.name
    known = ", ".join(a.name for a in case.agencies) or "none are listed"
    raise InputError(f"case.yaml: no agency called '{wanted}'; use one of: {known}")


def _document(case: Case, agency: str, outline: dict, columns: tuple[str, ...]) -> Document:
    cover = TableBlock(("Item", "Details"), tuple(
        (field, _cover_value(case, agency, field)) for field in COVER_FIELDS))
    blocks = [cover]
    for number, section in enumerate(outline["sections"], start=1):
        blocks.append(Heading(f"{number}. {section['title']}", 1))
        blocks.append(AuthorMarker(section["ask"]))
        if section.get("chronology"):
            blocks.append(TableBlock(tuple(columns), tuple(("",) * len(columns)
                                                           for _ in range(BLANK_ROWS))))
        if section.get("action_plan"):
            blocks.append(_action_plan_table())
    return Document(
        title=f"{outline['title']}: {agency}",
        subtitle=f"Serious case review {case.review.reference}, {case.review.board}",
        blocks=tuple(blocks),
        header_text="OFFICIAL-SENSITIVE",
        footer_text=f"{case.review.reference} · IMR · {agency}",
        properties={"author": agency},
    )


def _cover_value(case: Case, agency: str, field: str) -> str:
    return {"Agency": agency, "Review reference": case.review.reference}.get(field, "")


def _action_plan_table() -> TableBlock:
    from pipeline.action_plan import load_columns

    titles = tuple(column.title for column in load_columns())
    return TableBlock(titles, (("",) * len(titles),))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
