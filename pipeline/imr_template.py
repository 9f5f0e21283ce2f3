"""``scr imr-template``: a blank IMR for one agency, in the 8.32-8.37 outline.

The chronology table carries the case's own columns (``chronology_columns`` in case.yaml) or the
defaults, which include child seen, seen alone and wishes and feelings (8.40). It sits on
landscape pages of its own, its columns as wide as what they hold. Blank IMRs go to
``blank-imrs/`` in the review folder, which ``scr build`` never touches (it replaces ``out/``).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from chronology import canonical
from pipeline.case import Case
from pipeline.case.loader import load_case
from pipeline.documents.blocks import AuthorMarker, Document, Heading, SectionBreak, TableBlock
from pipeline.documents.writer import TEMPLATES, write_document
from pipeline.errors import InputError

BLANK_FOLDER = "blank-imrs"  # never inside out/, which every build replaces
IMR_AUTHOR = "the IMR author"
LANDSCAPE_WIDTH_MM = 257.0  # A4 landscape less 20 mm margins each side
# width in mm of the columns whose content has a known size; the rest share what is left
FIXED_WIDTHS_MM = {
    "date": 24.0,
    "time": 15.0,
    "end_date": 24.0,
    "child_seen": 17.0,
    "seen_alone": 17.0,
    "wishes_sought": 20.0,
}
TEXT_WEIGHTS = {"event": 3.0, "wishes_expressed": 1.4, "action": 1.4, "source": 1.2}
BLANK_ROWS = 1  # Word adds a row at Tab in the last cell
COVER_FIELDS = (
    "Agency",
    "IMR author",
    "Author's role",
    "Date of report",
    "Date agency records secured",
    "Review reference",
)


def write_imr_template(folder: Path, agency: str, out_file: Path | None = None) -> Path:
    """Write the blank IMR for ``agency``; the agency must be one of the case's agencies."""
    case = load_case(folder / "case.yaml")
    name = _agency_name(case, agency)
    outline = yaml.safe_load((TEMPLATES / "imr.yaml").read_text(encoding="utf-8"))
    columns = case.chronology_columns or tuple(outline["default_chronology_columns"])
    target = out_file or folder / BLANK_FOLDER / f"imr-template-{_slug(name)}.docx"
    return write_document(_document(case, name, outline, columns), target, case.template)


def _agency_name(case: Case, wanted: str) -> str:
    for agency in case.agencies:
        if wanted.lower() in {agency.name.lower(), (agency.short or "").lower()}:
            return agency.name
    known = ", ".join(a.name for a in case.agencies) or "none are listed"
    raise InputError(f"case.yaml: no agency called '{wanted}'; use one of: {known}")


def _document(case: Case, agency: str, outline: dict, columns: tuple[str, ...]) -> Document:
    cover = TableBlock(
        ("Item", "Details"),
        tuple((field, _cover_value(case, agency, field)) for field in COVER_FIELDS),
    )
    blocks = [cover]
    for number, section in enumerate(outline["sections"], start=1):
        blocks += _section(number, section, columns)
    if isinstance(blocks[-1], SectionBreak):
        blocks.pop()  # nothing follows the last wide table: no empty portrait page
    return Document(
        title=f"{outline['title']}: {agency}",
        subtitle=f"Serious case review {case.review.reference}, {case.review.board}",
        blocks=tuple(blocks),
        header_text="OFFICIAL-SENSITIVE",
        footer_text=f"{case.review.reference} · IMR · {agency}",
        properties={"author": agency},
    )


def _section(number: int, section: dict, columns: tuple[str, ...]) -> list:
    """One heading, its guidance and any table; a wide table gets landscape pages of its own."""
    table = None
    if section.get("chronology"):
        blank = tuple(("",) * len(columns) for _ in range(BLANK_ROWS))
        table = TableBlock(tuple(columns), blank, widths_mm=column_widths(columns))
    elif section.get("action_plan"):
        table = _action_plan_table()
    blocks = [
        Heading(f"{number}. {section['title']}", 1),
        AuthorMarker(section["ask"], reader=IMR_AUTHOR),
    ]
    if table is None:
        return blocks
    return [SectionBreak(landscape=True), *blocks, table, SectionBreak(landscape=False)]


def column_widths(columns: tuple[str, ...]) -> tuple[float, ...]:
    """Width of each chronology column on a landscape page: dates and yes/no columns as wide
    as what they hold, the event widest, the other text columns sharing what is left."""
    kinds = [canonical(column) for column in columns]
    fixed = sum(FIXED_WIDTHS_MM.get(kind, 0.0) for kind in kinds)
    weights = [TEXT_WEIGHTS.get(kind, 1.0) for kind in kinds if kind not in FIXED_WIDTHS_MM]
    share = max(LANDSCAPE_WIDTH_MM - fixed, 0.0) / (sum(weights) or 1.0)
    return tuple(
        FIXED_WIDTHS_MM.get(kind) or round(share * TEXT_WEIGHTS.get(kind, 1.0), 1) for kind in kinds
    )


def _cover_value(case: Case, agency: str, field: str) -> str:
    return {"Agency": agency, "Review reference": case.review.reference}.get(field, "")


def _action_plan_table() -> TableBlock:
    from pipeline.action_plan import load_columns

    titles = tuple(column.title for column in load_columns())
    return TableBlock(titles, (("",) * len(titles),))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
