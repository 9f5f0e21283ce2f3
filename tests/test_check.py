"""`scr check`: every problem in case.yaml and the IMRs, at once, by file, in plain English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import hostile
import pytest
from word_tables import add_table

from chronology.records import Problem
from pipeline.check import CheckReport, check_review, format_report, summary
from pipeline.errors import InputError

TODAY = date(2026, 2, 1)  # inside the sample timescales, so no timescale warnings
CASE = hostile.CASE + "  - {name: Testshire GP Services, short: GP}\n"
HEADER = ("Date", "Source of information", "Details of contact")


def imr(
    folder: Path, name: str, rows, title: str = "Individual Management Review: Testshire Police"
):
    doc = docx.Document()
    doc.add_paragraph(title, style="Title")
    add_table(doc, (HEADER, *rows))
    (folder / "imrs").mkdir(exist_ok=True)
    doc.save(folder / "imrs" / name)


@pytest.fixture
def review(tmp_path: Path) -> Path:
    (tmp_path / "case.yaml").write_text(CASE)
    (tmp_path / "imrs").mkdir()
    return tmp_path


def messages(report: CheckReport, file: str = "police.docx") -> list[str]:
    return [f"{p.place}: {p.message}" for p in report.problems if p.file == file]


def test_a_clean_review_has_only_the_missing_gp_warning(review):
    imr(review, "police.docx", [("03/03/2024", "PC 1", "Visit"), ("04/03/2024", "PC 2", "Call")])
    report = check_review(review, TODAY)
    assert report.ok and report.files == ("case.yaml", "police.docx")
    assert [p.message for p in report.problems] == [
        "no IMR from Testshire GP Services was found in imrs/"
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [("31/02/2024", "PC 1", "Visit")],
            "table 1, row 2, column 'Date': '31/02/2024' is not a real date",
        ),
        ([("banana", "PC 1", "Visit")], "table 1, row 2, column 'Date': 'banana' is not a date"),
        ([("", "PC 1", "Visit")], "table 1, row 2, column 'Date': the date is empty"),
        ([("1/3/2024", "", "Visit")], "table 1, row 2, column 'Source of information': the source"),
        (
            [("1/3/2024", "PC 1", "")],
            "table 1, row 2, column 'Details of contact': the event is empty",
        ),
        (
            [("1/3/2024", "PC 1", "A"), ("", "", ""), ("2/3/2024", "PC", "B")],
            "table 1, row 3: this row",
        ),
        (
            [
                ("1/3/2024", "PC", "A"),
                ("5/3/2024", "PC", "B"),
                ("2/3/2024", "PC", "C"),
                ("9/3/2024", "PC", "D"),
            ],
            "table 1, row 4: the chronology runs earliest first, but this row is earlier",
        ),
        (
            [
                ("9/3/2024", "PC", "A"),
                ("5/3/2024", "PC", "B"),
                ("7/3/2024", "PC", "C"),
                ("1/3/2024", "PC", "D"),
            ],
            "table 1, row 4: the chronology runs latest first, but this row is later",
        ),
        (
            [("1/3/2024 14:00", "PC", "A"), ("1/3/2024 09:00", "PC", "B"), ("2/3/2024", "PC", "C")],
            "table 1, row 3: the chronology runs earliest first",
        ),
    ],
)
def test_chronology_rules(review, rows, expected):
    imr(review, "police.docx", rows)
    found = messages(check_review(review, TODAY))
    assert len(found) == 1 and found[0].startswith(expected), found


@pytest.mark.parametrize(
    "rows",
    [
        [("9/3/2024", "PC", "A"), ("5/3/2024", "PC", "B"), ("1/3/2024", "PC", "C")],  # latest first
        [("March 2024", "PC", "A"), ("15/03/2024", "PC", "B"), ("? April 2024", "PC", "C")],
        [("1/3/2024", "# author note", ""), ("2/3/2024", "PC", "B")],  # author notes skip cells
    ],
)
def test_rows_that_are_fine(review, rows):
    imr(review, "police.docx", rows)
    assert messages(check_review(review, TODAY)) == []


def test_bad_word_file_is_a_problem_and_the_rest_is_still_checked(review):
    imr(review, "police.docx", [("31/02/2024", "PC 1", "Visit")])
    (review / "imrs" / "gp.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    (review / "imrs" / "~$lice.docx").write_bytes(b"lock")
    report = check_review(review, TODAY)
    assert report.files == ("case.yaml", "gp.doc", "police.docx")
    assert messages(report, "gp.doc") == [
        (
            ": is an old Word 97-2003 document (.doc); open it in Word "
            "and save it as .docx (File > Save As > Word Document)"
        )
    ]
    assert len(messages(report)) == 1


def test_agencies_both_ways(review):
    imr(review, "police.docx", [("1/3/2024", "PC", "A")])
    imr(
        review,
        "school.docx",
        [("1/3/2024", "Head", "A")],
        title="Individual Management Review: Elm School",
    )
    report = check_review(review, TODAY)
    warnings = [(p.file, p.message) for p in report.warnings]
    assert ("case.yaml", "no IMR from Testshire GP Services was found in imrs/") in warnings
    assert any(
        f == "school.docx" and "'Elm School', which case.yaml does not list" in m
        for f, m in warnings
    )
    assert not any("Police" in m for _, m in warnings)


def test_missing_case_and_imrs_are_problems_not_crashes(tmp_path):
    report = check_review(tmp_path, TODAY)
    assert [p.file for p in report.errors] == ["case.yaml", "imrs"]


def test_not_a_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a review folder"):
        check_review(tmp_path / "nowhere", TODAY)


def _report(*problems: Problem) -> CheckReport:
    return CheckReport(problems, ("case.yaml", "a.docx", "b.docx"))


@pytest.mark.parametrize(
    ("problems", "expected"),
    [
        ((), "No problems in 3 files."),
        ((Problem("a.docx", "", "x", severity="warning"),), "No problems; 1 warning."),
        (
            (
                Problem("a.docx", "", "x"),
                Problem("a.docx", "", "y"),
                Problem("b.docx", "", "z"),
                Problem("case.yaml", "", "w", severity="warning"),
            ),
            "3 problems in 2 files; 1 warning.",
        ),
        ((Problem("a.docx", "", "x"),), "1 problem in 1 file."),
    ],
)
def test_summary(problems, expected):
    assert summary(_report(*problems)) == expected


def test_format_report_groups_by_file_in_order():
    text = format_report(
        _report(
            Problem("b.docx", "table 1, row 2, column 'Date'", "'x' is not a date", "Correct it."),
            Problem("a.docx", "", "no chronology table was found", severity="warning"),
        )
    )
    assert text.splitlines() == [
        "a.docx:",
        "  - warning: no chronology table was found.",
        "b.docx:",
        "  - table 1, row 2, column 'Date': 'x' is not a date. Correct it.",
        "1 problem in 1 file; 1 warning.",
    ]


def test_rows_out_of_order_are_a_warning_not_a_problem(review):
    """Issue 12.6: a folder whose only matter is rows out of IMR order passes the check."""
    imr(
        review,
        "police.docx",
        [
            ("5/3/2024", "PC", "B"),
            ("1/3/2024", "PC", "A"),
            ("9/3/2024", "PC", "C"),
            ("7/3/2024", "PC", "D"),
        ],
    )
    report = check_review(review, TODAY)
    assert report.ok and not report.errors
    assert any("row above" in p.message for p in report.warnings)
    assert any("sorts every entry by date" in p.advice for p in report.warnings)


END_HEADER = ("Date", "End date", "End time", "Source of information", "Details of contact")


@pytest.mark.parametrize(
    ("end_date", "end_time", "column"),
    [("3/3/2024", "25:99", "End time"), ("1/2/2024", "", "End date"), ("3/3/2024", "10:00", "")],
)
def test_check_and_the_chronology_read_a_row_s_date_alike(review, end_date, end_time, column):
    """One reading of a row's date: the end date and end time count in both, so a row the
    chronology cannot date is a problem in ``scr check`` too, naming the same cell."""
    from chronology.merge import merge
    from chronology.reader import read_imr

    doc = docx.Document()
    doc.add_paragraph("Individual Management Review: Testshire Police", style="Title")
    add_table(doc, (END_HEADER, ("1/3/2024", end_date, end_time, "PC 1", "Visit")))
    doc.save(review / "imrs" / "police.docx")

    found = messages(check_review(review, TODAY))
    merged = merge([read_imr(review / "imrs" / "police.docx")])
    if not column:
        assert found == [] and merged.problems == () and len(merged.chronology.undated) == 0
        return
    assert len(found) == 1 and found[0].startswith(f"table 1, row 2, column '{column}'"), found
    assert len(merged.chronology.undated) == 1
    assert [p.place for p in merged.problems] == [f"table 1, row 2, column '{column}'"]
