"""`scr imr-template` round trip: the child's words and the agency's own flags typed into the
template's chronology reach the CSV, the spreadsheet, the Word chronology and the overview."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import hostile
import pytest
from docx import Document
from openpyxl import load_workbook

from pipeline.documents.dump import dump_docx
from pipeline.imr_template import write_imr_template

pytestmark = pytest.mark.slow
# what a police officer types into the template's columns, in the template's order
ROWS = (
    (
        "03/03/2025",
        "10:15",
        "PC Whitaker",
        "Home visit after a call from a neighbour. Tyler in the front room with Chantelle.",
        "Y",
        "Y",
        "Y",
        "Tyler said: I don't like it when Liam shouts at mummy",
        "Referral to CSC",
    ),
    ("12/04/2025", "", "Control room log", "Telephone advice to Chantelle.", "N", "N", "N", "", ""),
)
WORDS = "I don't like it when"  # survives anonymisation; the names around it do not
REAL = ("Tyler", "Liam", "Chantelle")


def _filled_template(review: Path) -> Path:
    target = write_imr_template(
        review, "Northshire Police", review / "imrs" / "police-template.docx"
    )
    word = Document(str(target))
    chronology = next(t for t in word.tables if t.rows[0].cells[0].text == "Date")
    for values in ROWS:
        for cell, value in zip(chronology.add_row().cells, values, strict=True):
            cell.text = value
    chronology._tbl.remove(chronology.rows[1]._tr)  # the template's blank row
    word.save(str(target))
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_dir):
    review = tmp_path_factory.mktemp("template") / "review"
    shutil.copytree(sample_dir, review, ignore=shutil.ignore_patterns("out", "private"))
    for imr in (review / "imrs").glob("*.docx"):
        imr.unlink()
    _filled_template(review)
    run = hostile.run_installed("build", review, timeout=1500)
    assert run.returncode == 0, run.stderr
    return review / "out"


def test_csv_has_the_words_anonymised_and_the_flags_stated(built):
    with (built / "integrated-chronology.csv").open(encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle) if r["origin_file"] == "police-template.docx"]
    assert len(rows) == 2
    said, phoned = rows
    assert WORDS in said["childs_words"] and not any(name in said["childs_words"] for name in REAL)
    assert [said[f] for f in ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed")] == [
        "yes"
    ] * 4
    assert "wishes_expressed: stated by the agency" in said["evidence"]
    assert [phoned[f] for f in ("child_seen", "seen_alone", "wishes_sought")] == ["no"] * 3
    assert phoned["childs_words"] == ""
    assert (said["origin_table"], said["origin_row"], phoned["origin_row"]) == ("2", "2", "3")


def test_spreadsheet_and_word_chronology_show_the_words(built):
    sheet = load_workbook(built / "integrated-chronology.xlsx")["Chronology"]
    header = [c.value for c in sheet[1]]
    words = [r[header.index("childs_words")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(w and WORDS in w for w in words)
    table = Document(str(built / "integrated-chronology.docx")).tables[-1]
    column = [c.text for c in table.rows[0].cells].index("The child's words")
    shown = [row.cells[column].text for row in table.rows[1:]]
    assert any(WORDS in text for text in shown)
    assert not any(name in text for text in shown for name in REAL)


def test_overview_lists_what_the_child_said_in_their_words(built):
    text = dump_docx(built / "overview-report.docx")
    said = text[text.index("said or showed") :]
    assert WORDS in said[: said.index("seen alone")]
