"""A heading written across a chronology table ("Child protection plan from this point") is
a section note (issue 12.3): never an entry of its own, kept with the entry below it, and shown
in the CSV, the spreadsheet and the Word chronology."""

from __future__ import annotations

import csv
from dataclasses import replace

import docx
from docx import Document
from openpyxl import load_workbook
from test_childs_words import entry
from test_reader import CHRONOLOGY, ROWS, add_table, save

from chronology.entries import Chronology
from chronology.outputs import write_csv, write_docx, write_xlsx
from chronology.reader import read_imr
from chronology.summary import summarise

DIVIDER = "Child protection plan in place from this point"


def merged_divider_table(tmp_path, at: int):
    doc = docx.Document()
    rows = [CHRONOLOGY, *ROWS]
    rows.insert(at, (DIVIDER, "", ""))
    table = add_table(doc, tuple(rows))
    table.cell(at, 0).merge(table.cell(at, 2))
    return read_imr(save(doc, tmp_path))


def test_a_divider_is_kept_with_the_entry_below_it(tmp_path):
    imr = merged_divider_table(tmp_path, 2)
    assert [r.cells["date"] for r in imr.chronology] == ["03/03/2024", "10/03/2024"]
    assert "section_note" not in imr.chronology[0].extra
    assert imr.chronology[1].extra["section_note"] == DIVIDER


def test_a_divider_under_the_last_entry_is_kept_with_that_entry(tmp_path):
    imr = merged_divider_table(tmp_path, 3)
    assert [r.extra.get("section_note", "") for r in imr.chronology] == ["", DIVIDER]


def test_the_note_reaches_the_csv_spreadsheet_and_word_chronology(tmp_path):
    first = entry("3/3/25", "Home visit.")
    second = replace(entry("4/3/25", "Core group.", row=3), extra={"section_note": DIVIDER})
    chronology = Chronology(entries=(first, second), agencies=("Police",))
    with write_csv(chronology, tmp_path / "c.csv").open(encoding="utf-8-sig") as handle:
        assert [r["section_note"] for r in csv.DictReader(handle)] == ["", DIVIDER]
    sheet = load_workbook(write_xlsx(chronology, summarise(chronology), tmp_path / "c.xlsx"))
    header = [c.value for c in sheet["Chronology"][1]]
    assert sheet["Chronology"].cell(3, header.index("section_note") + 1).value == DIVIDER
    document = Document(str(write_docx(chronology, summarise(chronology), tmp_path / "c.docx")))
    cells = [row.cells[3].text for row in document.tables[-1].rows[1:]]
    assert DIVIDER in cells[1] and "Core group." in cells[1] and DIVIDER not in cells[0]


def test_the_note_is_anonymised_with_the_other_texts():
    noted = replace(entry("4/3/25", "Visit."), extra={"section_note": "Plan for Kai from here"})
    changed = Chronology(entries=(noted,), agencies=("Police",)).map_text(
        lambda texts: [t.replace("Kai", "Child A") for t in texts]
    )
    assert next(iter(changed)).section_note == "Plan for Child A from here"
