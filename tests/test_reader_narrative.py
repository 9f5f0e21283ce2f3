"""Narrative IMRs (dated paragraphs outside tables) and the reading account of every table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from word_tables import add_table

from chronology.reader import read_imr
from chronology.reader.narrative import dated_lead
from chronology.reader.tables import describe
from pipeline.check import check_review, format_report
from pipeline.cli import main

EVENTS = (
    "On 15 May 2024 the family was stepped down to Early Help after the incident.",
    "21/05/2024 – First home visit by the key worker; the mother agreed to an assessment.",
    "c. early June 2024: the mother was given information about local support services.",
    "Between 10 and 12 February 2025 the mother cancelled two planned sessions by text.",
)


@pytest.mark.parametrize(
    ("text", "written", "start", "rest"),
    [
        ("On 15 May 2024 the family moved.", "15 May 2024", date(2024, 5, 15), "the family moved."),
        ("21/05/2024 – Home visit.", "21/05/2024", date(2024, 5, 21), "Home visit."),
        ("w/c 6 January 2025: two visits.", "w/c 6 January 2025", date(2025, 1, 6), "two visits."),
        ("In July 2024 three visits.", "July 2024", date(2024, 7, 1), "three visits."),
        ("3.4 On 2 March 2024 a call.", "2 March 2024", date(2024, 3, 2), "a call."),
        ("4.6.2024 – Call from school.", "4.6.2024", date(2024, 6, 4), "Call from school."),
        (
            "On 3 March 2024 at 14:30 a visit.",
            "3 March 2024 at 14:30",
            date(2024, 3, 3),
            "a visit.",
        ),
    ],
)
def test_a_paragraph_starting_with_a_date_gives_the_date_and_the_rest(text, written, start, rest):
    lead = dated_lead(text)
    assert (lead.date_text, lead.value.start, lead.rest) == (written, start, rest)


@pytest.mark.parametrize(
    "text",
    [
        "The service worked with the family from May 2024 to October 2024.",
        "1.1 This IMR was requested by the board on 31 March 2025.",
        "Three visits were made in the summer.",
        "12 visits were made.",
    ],
)
def test_a_paragraph_that_only_mentions_a_date_has_no_dated_lead(text):
    assert dated_lead(text) is None


def _narrative(tmp_path: Path, section: str = "2. The service's involvement") -> Path:
    doc = docx.Document()
    doc.add_paragraph("Early Help – Individual Management Review", style="Heading 1")
    doc.add_paragraph("1. Introduction", style="Heading 2")
    doc.add_paragraph("On 31 March 2025 the board asked the service for this review.")
    doc.add_paragraph(section, style="Heading 2")
    for text in EVENTS:
        doc.add_paragraph(text)
    doc.add_paragraph("3 March 2025", style="Heading 3")
    doc.add_paragraph("The key worker visited and saw the child alone in her bedroom.")
    doc.add_paragraph("The child said she liked nursery.")
    doc.add_paragraph("3. Analysis", style="Heading 2")
    doc.add_paragraph("On 22 January 2025 the worker accepted the explanation for the bruise.")
    path = tmp_path / "Early Help IMR.docx"
    doc.save(path)
    return path


def test_dated_paragraphs_of_a_narrative_imr_are_entries_with_their_paragraph(tmp_path):
    imr = read_imr(_narrative(tmp_path))
    events = [row.cells["event"] for row in imr.chronology]
    assert events[0] == "The family was stepped down to Early Help after the incident."
    assert events[3].startswith("The mother cancelled two planned sessions")
    assert events[4] == (
        "The key worker visited and saw the child alone in her bedroom.\n"
        "The child said she liked nursery."
    )
    assert len(events) == 5  # not the introduction's date, not the analysis
    assert [row.origin.place for row in imr.chronology][:2] == ["paragraph 5", "paragraph 6"]
    assert str(imr.chronology[0].origin).endswith("Early Help IMR.docx, paragraph 5")
    assert imr.chronology[3].cells["date"] == "Between 10 and 12 February 2025"
    assert not any("no chronology table" in p.message for p in imr.problems)
    assert any(
        "5 entries of the chronology came from dated paragraphs" in p.message for p in imr.problems
    )
    assert imr.narrative_account[0] == (
        "5 dated paragraphs outside any table read as entries (paragraphs 5-9)"
    )
    assert "the analysis, which is about the review" in imr.narrative_account[-1]


def test_a_lone_dated_paragraph_among_prose_is_not_an_entry(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Context", style="Heading 1")
    doc.add_paragraph("On 3 March 2020 the trust merged with its neighbour and moved offices.")
    doc.add_paragraph("The service has twelve staff and covers the whole county.")
    path = tmp_path / "imr.docx"
    doc.save(path)
    imr = read_imr(path)
    assert imr.chronology == ()
    assert any("no chronology table was found" in p.message for p in imr.problems)


def test_narrative_retelling_the_chronology_table_is_not_read_twice(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Chronology", style="Heading 1")
    add_table(
        doc,
        (
            ("Date", "Source", "Details of contact"),
            ("15/05/2024", "Notes", "Stepped down to Early Help."),
            ("21/05/2024", "Notes", "First home visit."),
        ),
    )
    doc.add_paragraph("Summary of involvement", style="Heading 1")
    doc.add_paragraph(EVENTS[0])
    doc.add_paragraph(EVENTS[1])
    path = tmp_path / "imr.docx"
    doc.save(path)
    imr = read_imr(path)
    assert len(imr.chronology) == 2
    assert imr.narrative_account == (
        "2 dated paragraphs not read as entries: their dates are already in the chronology table",
    )


CHRONOLOGY = (
    ("Date", "Worker", "Nature of involvement", "Outcome"),
    ("05/03/2024", "Key worker", "Home visit: the child and her mother were seen together.", ""),
    ("14/03/2024", "Key worker", "Panel meeting: the plan was agreed with the mother.", "Plan"),
    ("11/04/2024", "Key worker", "Court hearing attended; a nine month order was made.", ""),
)


def test_every_table_says_what_it_is_and_what_became_of_its_rows(tmp_path):
    doc = docx.Document()
    add_table(
        doc, (("Version", "Date", "Author", "Changes"), ("0.1", "03/04/2025", "A B", "Draft"))
    )
    chronology = add_table(doc, CHRONOLOGY)
    merged = chronology.add_row().cells
    merged[0].merge(merged[3]).text = "Case closed and re-referred below"
    add_table(doc, (("Term", "Sessions", "Attended"), ("Spring 2024", "44", "29")))
    add_table(
        doc, (("Name", "Role", "Signature", "Date"), ("A B", "Author", "(signed)", "2/5/2025"))
    )
    path = tmp_path / "imr.docx"
    doc.save(path)
    imr = read_imr(path)
    lines = [describe(table) for table in imr.tables]
    assert lines == [
        "Table 1 (2 rows): not a chronology: a version-control table (the versions of this report)",
        (
            "Table 2 (5 rows): a chronology (read by what the cells hold: 'Nature of involvement' "
            "as the event): 1 header row, 3 entries, 1 divider note written across the table"
        ),
        "Table 3 (2 rows): not a chronology: a table of counts or figures, not of events",
        "Table 4 (2 rows): not a chronology: a sign-off table (names and signatures, no event text)",
    ]
    assert [row.cells["event"][:10] for row in imr.chronology] == [
        "Home visit",
        "Panel meet",
        "Court hear",
    ]


def test_two_row_header_nested_table_and_bullets_in_a_cell(tmp_path):
    doc = docx.Document()
    table = add_table(
        doc,
        (
            ("Contact", "", "Recording", ""),
            ("Date", "Start", "Details of contact", "Worker"),
            ("13/05/2024", "09:20", "", "SW"),
            ("15/05/2024", "14:00", "Checks back from health.", "SW"),
        ),
    )
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    event = table.cell(2, 2)
    event.paragraphs[0].text = "Visit before the plan:"
    event.add_paragraph("Mother seen", style="List Bullet")
    event.add_paragraph("Child seen alone", style="List Bullet")
    add_table(doc, (("Item", "Due"), ("Rent", "£98")), container=event)
    event.add_paragraph("Next visit booked.")
    path = tmp_path / "imr.docx"
    doc.save(path)
    imr = read_imr(path)
    first, second = imr.chronology
    assert first.cells["event"] == (
        "Visit before the plan:\nMother seen\nChild seen alone\nItem | Due\nRent | £98\n"
        "Next visit booked."
    )
    assert (first.cells["time"], second.cells["time"]) == ("09:20", "14:00")
    assert imr.tables[0].fates[:2] == ("group header above the header row", "header row")
    assert imr.tables[1].reason == "not a chronology: a table inside a cell of table 1"


def test_check_verbose_prints_the_account_of_every_table(tmp_path):
    review = tmp_path / "review"
    (review / "imrs").mkdir(parents=True)
    _narrative(review / "imrs")
    doc = docx.Document()
    add_table(doc, CHRONOLOGY)
    add_table(doc, (("Signed", "Name", "Date"), ("Author", "A B", "01/05/2025")))
    doc.save(review / "imrs" / "YJS IMR.docx")
    report = check_review(review)
    text = format_report(report, verbose=True)
    assert "  Table 2 (2 rows): not a chronology: a sign-off table" in text
    assert "  Paragraphs: 5 dated paragraphs outside any table read as entries" in text
    assert "  3 entries read from this IMR" in text
    assert "Table 2 (2 rows)" not in format_report(report)
    result = CliRunner().invoke(main, ["check", "--verbose", str(review)])
    assert "Table 1 (4 rows): a chronology" in result.output
