"""`scr imr-template`: a blank IMR in the 8.32-8.37 outline that the reader reads back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from chronology.reader import read_imr
from pipeline.errors import InputError
from pipeline.imr_template import write_imr_template

ROWS = [
    (
        "03/03/2025",
        "10:15",
        "SW case notes",
        "Home visit. Child seen alone in bedroom.",
        "Y",
        "Y",
        "Y",
        "Said he likes nursery",
        "Plan reviewed",
    ),
    ("? 12/04/2025", "", "Duty log", "Telephone call from mother.", "N", "N", "N", "", ""),
]


def _fill(path: Path) -> None:
    word = Document(str(path))
    chronology = next(t for t in word.tables if "Date" in t.rows[0].cells[0].text)
    for row_values in ROWS:
        row = chronology.add_row()
        for cell, value in zip(row.cells, row_values):
            cell.text = value
    blank = chronology.rows[1]
    chronology._tbl.remove(blank._tr)
    word.save(str(path))


def test_template_round_trips_through_the_reader(sample_copy, tmp_path):
    target = write_imr_template(sample_copy, "Police", tmp_path / "police-imr.docx")
    _fill(target)
    imr = read_imr(target)
    assert imr.agency == "Northshire Police"
    keys = [section.key for section in imr.sections]
    for wanted in (
        "introduction",
        "terms_of_reference",
        "methodology",
        "chronology",
        "analysis",
        "lessons",
        "recommendations",
        "action_plan",
    ):
        assert wanted in keys
    assert [
        tuple(row.cells.get(k, "") for k in ("date", "time", "source", "event"))
        for row in imr.chronology
    ] == [r[:4] for r in ROWS]
    first = imr.chronology[0].cells
    assert (
        first["child_seen"],
        first["seen_alone"],
        first["wishes_sought"],
        first["childs_words"],
    ) == ("Y", "Y", "Y", "Said he likes nursery")
    assert not [p for p in imr.problems if p.severity == "error"]


def test_template_uses_the_case_columns_when_given(sample_copy, tmp_path):
    case_file = sample_copy / "case.yaml"
    case_file.write_text(
        case_file.read_text() + '\nchronology_columns: [Date, Source, Event, "Child seen?"]\n',
        encoding="utf-8",
    )
    target = write_imr_template(sample_copy, "CSC", tmp_path / "csc.docx")
    header = [c.text for c in Document(str(target)).tables[1].rows[0].cells]
    assert header == ["Date", "Source", "Event", "Child seen?"]


def test_unknown_agency_lists_the_known_ones(sample_copy):
    with pytest.raises(InputError, match="Northshire Police"):
        write_imr_template(sample_copy, "Fire Service")


PLAN = (
    "1",
    "Audit supervision of neglect cases",
    "Northshire Police",
    "Head of Service",
    "31/03/2026",
    "Neglect recognised earlier",
    "Audit of 20 cases",
    "Open",
)


def _fill_plan(path: Path) -> None:
    word = Document(str(path))
    plan = next(t for t in word.tables if t.rows[0].cells[0].text == "Recommendation")
    for cell, value in zip(plan.rows[1].cells, PLAN):
        cell.text = value
    word.save(str(path))


def test_every_action_plan_column_of_the_template_reaches_the_action_plan(sample_copy, tmp_path):
    from pipeline.action_plan import gather_action_plan, load_columns

    target = write_imr_template(sample_copy, "Police", tmp_path / "police-imr.docx")
    _fill(target)
    _fill_plan(target)
    plan = gather_action_plan((read_imr(target),), None)
    [action] = plan.actions
    assert action.missing(plan.columns) == ()
    values = {column.title: action.values.get(column.key) for column in load_columns()}
    assert values["Owner (role)"] == "Head of Service"
    assert values["How success will be measured"] == "Audit of 20 cases"
    assert plan.problems() == ()


def test_the_chronology_has_landscape_pages_and_columns_fit_their_content(sample_copy, tmp_path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    target = write_imr_template(sample_copy, "Police", tmp_path / "police-imr.docx")
    word = Document(str(target))
    chronology = next(t for t in word.tables if t.rows[0].cells[0].text == "Date")
    assert _section_of(word, chronology._tbl).orientation == WD_ORIENT.LANDSCAPE
    assert word.sections[0].orientation == WD_ORIENT.PORTRAIT
    widths = {c.text: c.width for c in chronology.rows[0].cells}
    assert widths["Date"] >= Mm(22)  # "02/02/2024" on one line
    assert widths["Details of contact or event"] >= Mm(60)
    assert min(widths.values()) >= Mm(14)  # "Telephone" never split
    assert sum(widths.values()) <= Mm(257.5)


def test_guidance_is_addressed_to_the_imr_author(sample_copy, tmp_path):
    target = write_imr_template(sample_copy, "Police", tmp_path / "police-imr.docx")
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "[For the IMR author:" in text
    assert "overview author" not in text.replace("the overview author's", "")


def test_blank_imrs_go_where_build_never_replaces(sample_copy):
    target = write_imr_template(sample_copy, "Police")
    assert target.parent == sample_copy / "blank-imrs"
    assert (sample_copy / "out") not in target.parents


def _section_of(word, element):
    """The section an element lies in: the one whose break is the first after it."""
    breaks = [section._sectPr for section in word.sections]
    following = element.getnext()
    while following is not None:
        found = [b for b in following.iter() if b in breaks]
        if found:
            return word.sections[breaks.index(found[0])]
        following = following.getnext()
    return word.sections[-1]
