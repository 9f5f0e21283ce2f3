"""The chronology's outputs: CSV, spreadsheet, Word and the timeline, written atomically."""

import csv
from dataclasses import dataclass
from datetime import date

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from chronology.dates import parse_date
from chronology.entries import Chronology, ChronologyEntry
from chronology.outputs import (
    AGENCY_PALETTE,
    CSV_COLUMNS,
    write_atomically,
    write_csv,
    write_docx,
    write_xlsx,
)
from chronology.records import Origin
from chronology.summary import summarise
from chronology.timeline import mark_kind, write_timeline


@dataclass(frozen=True)
class Flag:
    value: str = ""
    source: str = ""
    evidence: str = ""


def entry(when, agency, event, seen=Flag(), alone=Flag(), group="", row=2):
    return ChronologyEntry(
        date=parse_date(when) if when else None,
        agency=agency,
        source=f"{agency}: notes",
        event=event,
        action="letter sent",
        child_seen=seen,
        seen_alone=alone,
        wishes_sought=Flag(),
        wishes_expressed=Flag(),
        origin=Origin("csc.docx", 2, row),
        seq=row - 1,
        group=group,
        date_text=when or "31/02/2010",
    )


SEEN = Flag("yes", "inferred", "seen in her bedroom")
CHRONOLOGY = Chronology(
    entries=(
        entry("3/3/10 14:30", "CSC", "Strategy meeting", SEEN, Flag("no", "stated"), "G1"),
        entry("3/3/10", "Police", "strategy discussion", group="G1", row=3),
        entry("w/c 8/3/10", "Health", "No access, card left", row=4),
        entry("20/4/10", "Health", "Home visit, Zoë seen", Flag("yes", "stated"), row=5),
    ),
    undated=(entry("", "CSC", "date typed wrong", row=9),),
    agencies=("CSC", "Police", "Health"),
)
SUMMARY = summarise(CHRONOLOGY, date(2010, 5, 1))


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_columns_bom_and_every_entry(tmp_path):
    path = write_csv(CHRONOLOGY, tmp_path / "c.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert path.read_text(encoding="utf-8-sig").startswith(
        "date,time,agency,source,event,child_seen,seen_alone,wishes_sought,wishes_expressed,origin,"
    )
    assert [r["event"] for r in rows][-1] == "date typed wrong"
    first = rows[0]
    assert (first["date"], first["time"], first["child_seen"], first["seen_alone"]) == (
        "03/03/2010",
        "14:30",
        "yes",
        "no",
    )
    assert first["origin"] == "csc.docx, table 2, row 2"
    assert first["evidence"] == "child_seen: seen in her bedroom"
    assert first["flag_source"] == "child_seen: inferred; seen_alone: stated"
    assert (rows[2]["date"], rows[2]["date_precision"]) == ("w/c 08/03/2010", "week")
    assert (rows[-1]["date"], rows[-1]["date_precision"]) == ("31/02/2010", "unreadable")
    assert rows[3]["event"] == "Home visit, Zoë seen"


def test_xlsx_is_filterable_with_a_summary(tmp_path):
    book = load_workbook(write_xlsx(CHRONOLOGY, SUMMARY, tmp_path / "c.xlsx"))
    sheet = book["Chronology"]
    assert [c.value for c in sheet[1]] == list(CSV_COLUMNS)
    assert sheet.freeze_panes == "A2"
    last = get_column_letter(len(CSV_COLUMNS))
    assert sheet.auto_filter.ref == f"A1:{last}{len(CHRONOLOGY) + 1}"
    assert sheet.column_dimensions["E"].width == 60
    assert sheet["E2"].alignment.wrap_text
    assert sheet["F2"].font.italic and not sheet["G2"].font.italic
    labels = [row[0] for row in book["Summary"].iter_rows(values_only=True)]
    assert "Longest gap between sightings of the child" in labels
    assert "All agencies" in labels


def docx_text(document):
    return [[c.text for c in row.cells] for t in document.tables for row in t.rows]


def test_docx_is_landscape_with_summary_then_table(tmp_path):
    document = Document(write_docx(CHRONOLOGY, SUMMARY, tmp_path / "c.docx", title="Case X"))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    facts, _figures, main, undated = document.tables
    assert facts.rows[0].cells[0].text == "Period of the entries"
    assert [c.text for c in main.rows[0].cells] == [
        "Date",
        "Time",
        "Agency / source",
        "Event",
        "Seen",
        "Alone",
        "Wishes sought",
        "Wishes expressed",
        "Group",
    ]
    assert main.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    first = [c.text for c in main.rows[1].cells]
    assert first[:2] == ["03/03/2010", "14:30"] and first[4:6] == ["Yes*", "No"]
    assert first[8] == "G1"
    assert main.rows[1].cells[4].paragraphs[0].runs[0].italic
    assert "Action / outcome: letter sent" in first[3]
    assert "csc.docx, table 2, row 2" in first[2]
    assert undated.rows[1].cells[0].text == "31/02/2010"
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "inferred from the event text" in paragraphs


def test_docx_rows_are_shaded_by_agency(tmp_path):
    document = Document(write_docx(CHRONOLOGY, SUMMARY, tmp_path / "c.docx"))
    main = document.tables[2]
    fills = [row.cells[3]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for row in main.rows[1:]]
    assert fills == ["77AADD", "EE8866", "EEDD88", "EEDD88"]


def _luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("colour", AGENCY_PALETTE)
def test_palette_passes_wcag_aa_with_black_text(colour):
    assert (_luminance(colour) + 0.05) / 0.05 >= 4.5


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "c.csv"
    target.write_text("good")

    def broken(path):
        path.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["c.csv"]


def test_timeline_writes_svg_with_text_and_png(tmp_path):
    svg, png = write_timeline(CHRONOLOGY, SUMMARY, tmp_path / "t.svg", tmp_path / "t.png")
    text = svg.read_text()
    assert "Longest gap between sightings: 48 days" in text
    assert "Incident 01/05/2010" in text and "Police" in text
    assert png.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "index, kind", [(0, "alone"), (1, "unknown"), (2, "no_access"), (3, "seen")]
)
def test_timeline_marks(index, kind):
    chosen = CHRONOLOGY.entries[index]
    if index == 0:
        chosen = entry("3/3/10", "CSC", "visit", SEEN, Flag("yes", "stated"))
    assert mark_kind(chosen) == kind


def test_outputs_take_text_as_given_after_map_text(tmp_path):
    renamed = CHRONOLOGY.map_text(lambda texts: [t.replace("Zoë", "Child A") for t in texts])
    rows = read_csv(write_csv(renamed, tmp_path / "c.csv"))
    assert rows[3]["event"] == "Home visit, Child A seen"
    assert "Zoë" not in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")


def test_a_long_chronology_is_several_tables_each_with_its_header(tmp_path):
    # LibreOffice lays one table out as a block, so its PDF of a 2,000-row chronology took
    # minutes; tables of about 200 rows, kept apart by a hairline paragraph, take seconds.
    events = [f"Entry number {n}" for n in range(1, 451)]
    long = Chronology(
        entries=tuple(entry("3/3/10", "CSC", event, row=n + 2) for n, event in enumerate(events)),
        undated=(),
        agencies=("CSC",),
    )
    document = Document(write_docx(long, summarise(long, date(2010, 5, 1)), tmp_path / "c.docx"))
    parts = document.tables[2:]
    assert len(parts) == 3 and {len(part.rows) for part in parts} == {151}
    for part in parts:
        header = part.rows[0]
        assert (
            header.cells[0].text == "Date" and header._tr.trPr.find(qn("w:tblHeader")) is not None
        )
    written = [row.cells[3].text.split("\n")[0] for part in parts for row in part.rows[1:]]
    assert written == events
    body = list(document.element.body)
    for part in parts[1:]:
        between = body[body.index(part._tbl) - 1]
        assert between.tag == qn("w:p") and not between.xpath("string(.)")


def test_a_short_chronology_stays_one_table(tmp_path):
    document = Document(write_docx(CHRONOLOGY, SUMMARY, tmp_path / "c.docx"))
    assert len(document.tables) == 4
