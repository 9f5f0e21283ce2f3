"""Reading IMR Word files: cover, outline, tables, chronology rows, action plan, other text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from word_tables import add_table

from chronology.reader import read_imr
from chronology.records import Origin

CHRONOLOGY = ("Date", "Source of information", "Details of contact")
ROWS = (("03/03/2024", "HV1 notes", "Home visit"), ("10/03/2024", "GP", "Clinic"))


def save(doc, tmp_path: Path, name: str = "imr.docx", extra: dict[str, str] | None = None) -> Path:
    path = tmp_path / name
    doc.save(path)
    if extra:
        source = path.read_bytes()
        with zipfile.ZipFile(path, "a") as archive:
            for part, data in extra.items():
                archive.writestr(part, data)
        assert path.read_bytes() != source
    return path


def chronology_doc(*extra_rows):
    doc = docx.Document()
    add_table(doc, (CHRONOLOGY, *ROWS, *extra_rows))
    return doc


@pytest.mark.parametrize(
    ("given", "cover", "title", "expected"),
    [
        (
            "Given Agency",
            "Cover Agency",
            "Individual Management Review: Title Agency",
            "Given Agency",
        ),
        (None, "Cover Agency", "Individual Management Review: Title Agency", "Cover Agency"),
        (None, None, "Individual Management Review: Title Agency", "Title Agency"),
        (None, None, "IMR \u2013 Title Agency", "Title Agency"),
        (None, None, "A report", "imr"),
        (None, None, "Individual Management Review for Serious Case Review X-1", "imr"),
    ],
)
def test_agency(tmp_path, given, cover, title, expected):
    doc = docx.Document()
    doc.add_paragraph(title, style="Title")
    if cover:
        add_table(doc, (("Name of agency", cover), ("Author", "A. Writer")))
    add_table(doc, (CHRONOLOGY, *ROWS))
    assert read_imr(save(doc, tmp_path), agency=given).agency == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("NORTHSHIRE POLICE", "Review unit", "INDIVIDUAL MANAGEMENT REVIEW"), "NORTHSHIRE POLICE"),
        (
            ("Northtown Hospitals", "Individual Management Review for Serious Case Review 1"),
            "Northtown Hospitals",
        ),
        (
            (
                "Some long opening sentence that is plainly not an agency name at all here",
                "Individual Management Review",
            ),
            "imr",
        ),
    ],
)
def test_agency_on_the_line_above_the_title(tmp_path, lines, expected):
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    add_table(doc, (CHRONOLOGY, *ROWS))
    assert read_imr(save(doc, tmp_path)).agency == expected


def test_cover_author_role_and_dates(tmp_path):
    doc = docx.Document()
    add_table(
        doc,
        (
            ("IMR author", "Pat Example"),
            ("Job title", "Named Nurse"),
            ("Date of report", "12 March 2026"),
            ("Date records secured", "2 Jan 2026"),
            ("Date of request", "5 January 2026"),
        ),
    )
    add_table(doc, (CHRONOLOGY, *ROWS))
    imr = read_imr(save(doc, tmp_path))
    assert (imr.author, imr.author_role) == ("Pat Example", "Named Nurse")
    assert imr.dates == {
        "date of report": "12 March 2026",
        "date records secured": "2 Jan 2026",
        "date of request": "5 January 2026",
    }


def _bold(doc, text):
    doc.add_paragraph().add_run(text).bold = True


@pytest.mark.parametrize(
    ("write", "key"),
    [
        (lambda d: d.add_paragraph("Analysis of involvement", style="Heading 1"), "analysis"),
        (lambda d: d.add_paragraph("3.1 Critical analysis", style="Heading 2"), "analysis"),
        (lambda d: _bold(d, "Lessons to be learnt"), "lessons"),
        (lambda d: d.add_paragraph("2. Chronology of Involvement"), "chronology"),
        (lambda d: d.add_paragraph("RECOMMENDATIONS FOR ACTION"), "recommendations"),
        (
            lambda d: d.add_paragraph("What do we learn from this case?", style="Heading 1"),
            "lessons",
        ),
        (lambda d: d.add_paragraph("Terms of Reference", style="Title"), "terms_of_reference"),
        (lambda d: d.add_paragraph("Something else entirely", style="Heading 1"), "other"),
        (lambda d: d.add_paragraph("Learning was shared with the team"), None),
    ],
)
def test_sections_by_style_or_text(tmp_path, write, key):
    doc = chronology_doc()
    write(doc)
    doc.add_paragraph("Body text under the heading.")
    imr = read_imr(save(doc, tmp_path))
    assert [s.key for s in imr.sections] == ([key] if key else [])
    if key:
        assert imr.sections[0].paragraphs == ("Body text under the heading.",)


def test_merged_cells(tmp_path):
    doc = docx.Document()
    table = add_table(
        doc,
        (
            ("Date", "Source", "Event", "Comment"),
            ("01/01/2024", "GP", "Seen", "x"),
            ("02/01/2024", "", "Again", "y"),
        ),
    )
    table.cell(1, 1).merge(table.cell(2, 1))  # vertical: "GP" carries down
    table.cell(1, 2).merge(table.cell(1, 3))  # horizontal: one value, not two
    table.cell(1, 1).paragraphs[0].text = "GP"
    for extra in table.cell(1, 1).paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    imr = read_imr(save(doc, tmp_path))
    first, second = imr.chronology
    assert first.cells["source"] == second.cells["source"] == "GP"
    assert first.cells["event"].startswith("Seen") and "Comment" not in first.extra
    assert second.cells["event"] == "Again"


def test_repeated_header_rows_are_skipped(tmp_path):
    doc = docx.Document()
    table = add_table(doc, (CHRONOLOGY, ROWS[0], CHRONOLOGY, ("Date", "Source", "x"), ROWS[1]))
    trpr = table.rows[3]._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    imr = read_imr(save(doc, tmp_path))
    assert [r.origin.row for r in imr.chronology] == [2, 5]


def test_title_row_above_header_and_split_tables(tmp_path):
    doc = docx.Document()
    add_table(doc, (("Chronology: Northshire Police", "", ""), CHRONOLOGY, ROWS[0]))
    doc.add_paragraph("(continued)")
    add_table(doc, (CHRONOLOGY, ROWS[1]))
    imr = read_imr(save(doc, tmp_path))
    assert [r.origin for r in imr.chronology] == [
        Origin("imr.docx", 1, 3),
        Origin("imr.docx", 2, 2),
    ]
    assert imr.problems == ()


def test_nested_table_counts_after_its_parent(tmp_path):
    doc = docx.Document()
    outer = add_table(doc, (("Agency", "Northshire Police"), ("Chronology", "")))
    add_table(doc, (CHRONOLOGY, ROWS[0]), container=outer.cell(1, 1))
    add_table(doc, (CHRONOLOGY, ROWS[1]))
    imr = read_imr(save(doc, tmp_path))
    assert [r.origin.table for r in imr.chronology] == [2, 3]
    assert imr.agency == "Northshire Police"


TEXT_BOX = (
    '<w:r {ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{body}</w:txbxContent>'
    "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{body}"
    "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def _rows_xml(rows):
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    return "".join("<w:tr>" + "".join(cell.format(t) for t in row) + "</w:tr>" for row in rows)


def test_text_box_text_and_tables_read_once(tmp_path):
    doc = docx.Document()
    body = f"<w:p><w:r><w:t>Boxed note</w:t></w:r></w:p><w:tbl>{_rows_xml((CHRONOLOGY, ROWS[0]))}</w:tbl><w:p/>"
    paragraph = doc.add_paragraph("Anchor")
    paragraph._p.append(parse_xml(TEXT_BOX.format(ns=nsdecls("w"), body=body)))
    imr = read_imr(save(doc, tmp_path))
    assert "Boxed note" in imr.other_text
    assert len(imr.tables) == 1 and len(imr.chronology) == 1


FOOTNOTES = (
    f'<w:footnotes {nsdecls("w")}><w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/>'
    '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Footnote text</w:t></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def test_headers_footers_footnotes_into_other_text(tmp_path):
    doc = chronology_doc()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Default header"
    section.first_page_footer.paragraphs[0].text = "First page footer"
    imr = read_imr(save(doc, tmp_path, extra={"word/footnotes.xml": FOOTNOTES}))
    assert {"Default header", "First page footer", "Footnote text"} <= set(imr.other_text)


ACTION_PLAN = (
    ("Recommendation", "Action", "Lead", "By when", "Outcome", "Measure", "Status"),
    ("1. Train staff", "Run sessions", "Named nurse", "June 2026", "Staff know", "Audit", "Open"),
    ("1. Train staff", "Audit files", "Manager", "July 2026", "Better notes", "Audit", ""),
)


def test_action_plan_and_recommendations_from_it(tmp_path):
    doc = chronology_doc()
    add_table(doc, ACTION_PLAN)
    imr = read_imr(save(doc, tmp_path), agency="Health")
    assert [row["lead"] for row in imr.action_plan] == ["Named nurse", "Manager"]
    assert [(r.number, r.text) for r in imr.recommendations] == [("1", "Train staff")]
    assert imr.tables[1].is_action_plan and not imr.tables[1].is_chronology


@pytest.mark.parametrize(
    ("lines", "style", "expected"),
    [
        (
            ("The following are made:", "1. Train staff.", "2) Audit files."),
            None,
            [("1", "Train staff."), ("2", "Audit files.")],
        ),
        (("Recommendation 1: Train staff.",), None, [("1", "Train staff.")]),
        (
            ("Train staff.", "Audit files."),
            "List Number",
            [("1", "Train staff."), ("2", "Audit files.")],
        ),
        (("Train staff.",), None, [("1", "Train staff.")]),
    ],
)
def test_recommendations_under_heading(tmp_path, lines, style, expected):
    doc = chronology_doc()
    doc.add_paragraph("Recommendations", style="Heading 1")
    for line in lines:
        paragraph = doc.add_paragraph(line, style=style)
        if style:
            num = parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            )
            paragraph._p.get_or_add_pPr().append(num)
    imr = read_imr(save(doc, tmp_path), agency="GP")
    assert [(r.number, r.text) for r in imr.recommendations] == expected


@pytest.mark.parametrize(
    ("build", "messages"),
    [
        (lambda d: d.add_paragraph("No table here"), ["no chronology table was found"]),
        (
            lambda d: add_table(d, (("Date", "Event"), ROWS[0][:2])),
            ["no 'Source of information' column"],
        ),
        (
            lambda d: add_table(d, (CHRONOLOGY, ROWS[0], ("", " ", ""))),
            ["row of the chronology is empty"],
        ),
    ],
)
def test_problems_not_crashes(tmp_path, build, messages):
    doc = docx.Document()
    build(doc)
    imr = read_imr(save(doc, tmp_path))
    assert len(imr.problems) == len(messages)
    for problem, expected in zip(imr.problems, messages):
        assert expected in problem.message and problem.file == "imr.docx"


def test_row_cells_keyed_by_canonical_names_with_extras(tmp_path):
    doc = docx.Document()
    add_table(
        doc,
        (
            ("Date/Time", "Clinician", "Consultation notes", "Child seen?", "Ward"),
            ("1/2/24 10:00", "Dr X", "Seen with mum", "Y", "B4"),
        ),
    )
    row = read_imr(save(doc, tmp_path)).chronology[0]
    assert row.cells == {
        "date": "1/2/24 10:00",
        "source": "Dr X",
        "event": "Seen with mum",
        "child_seen": "Y",
    }
    assert row.extra == {"Ward": "B4"}


def test_columns_placed_by_what_they_hold(tmp_path):
    doc = docx.Document()
    add_table(
        doc,
        (
            ("When", "Record", "Summary", "Concern / action"),
            ("03/03/2024", "EMIS", "Mother seen with the baby; weight checked and normal.", "None"),
            (
                "10/03/2024",
                "SystmOne",
                "Telephone call from the nursery about a bruise.",
                "HV told",
            ),
        ),
    )
    imr = read_imr(save(doc, tmp_path))
    first, second = imr.chronology
    assert first.cells["event"].startswith("Mother seen") and first.extra["Record"] == "EMIS"
    assert second.cells["action"] == "HV told"


def test_signature_table_after_chronology_is_not_a_continuation(tmp_path):
    doc = docx.Document()
    add_table(doc, (CHRONOLOGY, *ROWS))
    add_table(doc, (("IMR author", "Dr Hale", "28/04/2025"), ("Senior partner", "Dr W", "")))
    imr = read_imr(save(doc, tmp_path))
    assert len(imr.chronology) == 2
    assert not any("more of the chronology" in p.message for p in imr.problems)


def test_row_written_across_the_table_is_a_divider(tmp_path):
    doc = docx.Document()
    table = add_table(doc, (CHRONOLOGY, ROWS[0], ("Plans in place from here", "", ""), ROWS[1]))
    table.cell(2, 0).merge(table.cell(2, 2))
    imr = read_imr(save(doc, tmp_path))
    assert [r.cells["date"] for r in imr.chronology] == ["03/03/2024", "10/03/2024"]
    assert any("dividing the chronology" in p.message for p in imr.problems)
