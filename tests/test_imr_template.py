"""`scr imr-template`: a blank IMR in the 8.32-8.37 outline that the reader reads back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from chronology.reader import read_imr
from pipeline.errors import InputError
from pipeline.imr_template import write_imr_template

ROWS = [
    ("03/03/2025", "10:15", "SW case notes", "Home visit. Child seen alone in bedroom.", "Y", "Y",
     "Y", "Said he likes nursery", "Plan reviewed"),
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
    for wanted in ("introduction", "terms_of_reference", "methodology", "chronology", "analysis",
                   "lessons", "recommendations", "action_plan"):
        assert wanted in keys
    assert [tuple(row.cells.get(k, "") for k in ("date", "time", "source", "event"))
            for row in imr.chronology] == [r[:4] for r in ROWS]
    first = imr.chronology[0].cells
    assert (first["child_seen"], first["seen_alone"], first["wishes_sought"],
            first["wishes_expressed"]) == ("Y", "Y", "Y", "Said he likes nursery")
    assert not [p for p in imr.problems if p.severity == "error"]


def test_template_uses_the_case_columns_when_given(sample_copy, tmp_path):
    case_file = sample_copy / "case.yaml"
    case_file.write_text(case_file.read_text() + '\nchronology_columns: [Date, Source, Event, '
                         '"Child seen?"]\n', encoding="utf-8")
    target = write_imr_template(sample_copy, "CSC", tmp_path / "csc.docx")
    header = [c.text for c in Document(str(target)).tables[1].rows[0].cells]
    assert header == ["Date", "Source", "Event", "Child seen?"]


def test_unknown_agency_lists_the_known_ones(sample_copy):
    with pytest.raises(InputError, match="Northshire Police"):
        write_imr_template(sample_copy, "Fire Service")
