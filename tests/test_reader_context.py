"""Dates written without a year take it from around the table; school-term weeks; notes
between two parts of a chronology; the event column when no header names it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from chronology.dates import DateError, parse_date, term_week
from chronology.merge import merge
from chronology.reader import read_imr

HEADER = ("Date", "Source", "Event")


def _table(doc, rows, header=HEADER):
    table = doc.add_table(rows=0, cols=len(header or rows[0]))
    for row in ([header] if header else []) + list(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return table


def _dates(path: Path) -> list[tuple[date, date]]:
    imr = read_imr(path)
    out = []
    for row in imr.chronology:
        value = parse_date(row.cells["date"], year=row.year, term_start=row.term_start)
        out.append((value.start, value.end))
    return out


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("23/09", 2023, date(2023, 9, 23), date(2023, 9, 23)),
        ("?/10", 2023, date(2023, 10, 1), date(2023, 10, 31)),
        ("27/04 – 25/05", 2023, date(2023, 4, 27), date(2023, 5, 25)),
        ("w/c 08/01", 2024, date(2024, 1, 8), date(2024, 1, 14)),
        ("4 May", 2022, date(2022, 5, 4), date(2022, 5, 4)),
        ("late June", 2023, date(2023, 6, 21), date(2023, 6, 30)),
        ("12/03/2021", 2023, date(2021, 3, 12), date(2021, 3, 12)),  # its own year wins
    ],
)
def test_a_date_without_a_year_takes_the_year_given(text, year, start, end):
    value = parse_date(text, year=year)
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text", ["23/09", "4 May", "?/10"])
def test_a_date_without_a_year_and_no_year_given_is_refused(text):
    with pytest.raises(DateError):
        parse_date(text)


def test_a_bare_number_is_not_a_date_even_with_a_year_given():
    with pytest.raises(DateError):
        parse_date("4.", year=2024)


def test_parts_of_a_year_and_school_term_weeks():
    late = parse_date("late 2022")
    assert (late.start, late.end) == (date(2022, 9, 1), date(2022, 12, 31))
    week = term_week("Week 3 of the autumn term", date(2022, 9, 5))
    assert (week.start, week.end) == (date(2022, 9, 19), date(2022, 9, 23))
    assert term_week("Week 3 of the autumn term", None) is None
    with pytest.raises(DateError):
        parse_date("Week 3 of the autumn term")


def test_the_heading_above_each_table_gives_the_year_of_its_rows(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("4. Chronology", style="Heading 1")
    doc.add_paragraph("4.1 Contacts in 2023", style="Heading 2")
    _table(doc, [("23/09", "Notes", "Clinic appointment; the young person attended alone.")])
    doc.add_paragraph("4.2 Contacts in 2024", style="Heading 2")
    _table(doc, [("?/06", "Notes", "Letter sent after three missed appointments this spring.")])
    path = tmp_path / "imr.docx"
    doc.save(path)
    assert _dates(path) == [
        (date(2023, 9, 23), date(2023, 9, 23)),
        (date(2024, 6, 1), date(2024, 6, 30)),
    ]


def test_without_a_year_above_a_row_takes_the_year_of_the_rows_around_it(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Chronology", style="Heading 1")
    _table(
        doc,
        [
            ("02/03/2022", "Notes", "Home visit; the mother was seen with the baby."),
            ("17/03", "Notes", "Telephone call to the mother about the missed appointment."),
            ("05/04/2022", "Notes", "Clinic appointment attended with the father present."),
        ],
    )
    path = tmp_path / "imr.docx"
    doc.save(path)
    assert _dates(path)[1] == (date(2022, 3, 17), date(2022, 3, 17))


def test_a_term_week_reads_from_the_term_start_named_above_the_table(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Chronology", style="Heading 1")
    doc.add_paragraph("The autumn term began on Monday 5 September 2022.")
    _table(doc, [("Week 3 of the autumn term", "CPOMS", "Three removals from lessons in a week.")])
    path = tmp_path / "imr.docx"
    doc.save(path)
    assert _dates(path) == [(date(2022, 9, 19), date(2022, 9, 23))]
    result = merge([read_imr(path)])
    assert [str(e.date.start) for e in result.chronology] == ["2022-09-19"]
    assert not any("not a date" in p.message for p in result.problems)


def test_a_year_heading_in_a_narrative_gives_the_year_of_the_paragraphs_under_it(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("3. What the service did", style="Heading 1")
    doc.add_paragraph("2022", style="Heading 2")
    doc.add_paragraph("On 8 December the service took an enquiry call from the school.")
    doc.add_paragraph("2023", style="Heading 2")
    doc.add_paragraph("On 22 March a referral was received from the youth justice service.")
    doc.add_paragraph("In late June the keyworker saw the young person twice at school.")
    doc.add_paragraph("In November (date not recorded) the grandmother phoned for advice.")
    path = tmp_path / "imr.docx"
    doc.save(path)
    assert [start for start, _ in _dates(path)] == [
        date(2022, 12, 8),
        date(2023, 3, 22),
        date(2023, 6, 21),
        date(2023, 11, 1),
    ]


def test_a_one_row_key_between_two_parts_of_a_chronology_does_not_end_it(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Chronology", style="Heading 1")
    header = ("Date", "Category", "Staff", "Concern / action taken", "Outcome")
    _table(
        doc,
        [
            (
                "14/01/2022",
                "Attendance",
                "NC",
                "Attendance 84% for the term; letter sent.",
                "Monitor",
            ),
            ("03/03/2022", "Wellbeing", "TB", "In tears in tutor time; spoken to alone.", "Log"),
        ],
        header,
    )
    _table(doc, [("Key: DSL = Designated Safeguarding Lead; HoY = Head of Year",)], None)
    _table(
        doc,
        [
            (
                "15/03/2023",
                "Safeguarding",
                "CH",
                "Email from the YJS case manager about risk.",
                "Log",
            ),
            (
                "18/09/2023",
                "Behaviour",
                "TB",
                "Suspended for three days for a vape in class.",
                "Plan",
            ),
        ],
        None,
    )
    path = tmp_path / "imr.docx"
    doc.save(path)
    imr = read_imr(path)
    events = [row.cells["event"] for row in imr.chronology]
    assert len(events) == 4
    assert events[2].startswith("Email from the YJS case manager")
    assert not any("Key:" in e for e in events)


def test_rows_without_a_year_move_on_a_year_where_the_dates_turn_back(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Contacts in 2023", style="Heading 2")
    _table(
        doc,
        [
            ("15/11", "Notes", "Clinic appointment; the young person attended alone."),
            ("15/12", "Notes", "Telephone review with the mother about sleep."),
            ("05/01", "Notes", "Letter sent after the missed appointment in the new year."),
        ],
    )
    path = tmp_path / "imr.docx"
    doc.save(path)
    assert [start for start, _ in _dates(path)] == [
        date(2023, 11, 15),
        date(2023, 12, 15),
        date(2024, 1, 5),
    ]
