"""Write the integrated chronology as CSV and a spreadsheet (Word is in ``outputs.word``).

Every writer takes the text as given (the caller anonymises first with ``map_text``), writes to
a temporary file beside the target and renames it into place, so a failed run never leaves a
half-written file where a good one was.
"""

from __future__ import annotations

import csv
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from chronology.entries import FLAG_NAMES, Chronology, ChronologyEntry
from chronology.outputs.cells import (
    agency_colours,
    date_cells,
    evidence_text,
    figure_rows,
    summary_lines,
    write_atomically,
)
from chronology.summary import Summary

CSV_COLUMNS = (
    "date",
    "time",
    "agency",
    "source",
    "event",
    "child_seen",
    "seen_alone",
    "wishes_sought",
    "wishes_expressed",
    "origin",
    "group",
    "evidence",
    "flag_source",
    "date_precision",
    "action",
    "childs_words",
    "origin_file",
    "origin_table",
    "origin_row",
    "section_note",
)
XLSX_WIDTHS = {
    "date": 14,
    "time": 8,
    "agency": 18,
    "source": 28,
    "event": 60,
    "origin": 28,
    "evidence": 40,
    "flag_source": 24,
    "action": 40,
    "childs_words": 40,
    "origin_file": 28,
    "section_note": 40,
}


def csv_row(entry: ChronologyEntry) -> dict[str, str]:
    when, clock, precision = date_cells(entry)
    flags = entry.flags
    return {
        "date": when,
        "time": clock,
        "agency": entry.agency,
        "source": entry.source,
        "event": entry.event,
        **{name: flags[name].value for name in FLAG_NAMES},
        "origin": str(entry.origin),
        "group": entry.group,
        "evidence": "; ".join(evidence_text(n, f) for n, f in flags.items() if f.evidence),
        "flag_source": "; ".join(f"{n}: {f.source}" for n, f in flags.items() if f.source),
        "date_precision": precision,
        "action": entry.action,
        "childs_words": entry.childs_words,
        "origin_file": entry.origin.file,
        "origin_table": str(entry.origin.table),
        "origin_row": str(entry.origin.row),
        "section_note": entry.section_note,
    }


def write_csv(chronology: Chronology, path: Path | str) -> Path:
    """The chronology as CSV (``CSV_COLUMNS``), UTF-8 with a BOM so Excel reads it right."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            writer.writerows(csv_row(entry) for entry in chronology)

    return write_atomically(path, write)


def write_xlsx(chronology: Chronology, summary: Summary, path: Path | str) -> Path:
    """A filterable spreadsheet: the chronology (frozen header, auto-filter) and a Summary."""

    def write(temporary: Path) -> None:
        book = Workbook()
        _chronology_sheet(book.active, chronology)
        _summary_sheet(book.create_sheet("Summary"), summary, chronology)
        book.save(temporary)

    return write_atomically(path, write)


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#"))


def _chronology_sheet(sheet, chronology: Chronology) -> None:
    sheet.title = "Chronology"
    sheet.append(list(CSV_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    colours = agency_colours(chronology.agencies)
    wrap = Alignment(wrap_text=True, vertical="top")
    # openpyxl hashes every style object set on a cell to find its number; a long chronology
    # has a few distinct styles (agency colour, italic or not), so each is made once and copied
    made: dict[tuple[str, bool], StyleArray] = {}
    for number, entry in enumerate(chronology, 2):  # row 1 is the header
        row = csv_row(entry)
        sheet.append([row[c] for c in CSV_COLUMNS])
        colour = colours.get(entry.agency, "#FFFFFF")
        # the row's cells by number: ``sheet[sheet.max_row]`` went over every cell twice a row
        cells = (sheet.cell(number, index) for index in range(1, len(CSV_COLUMNS) + 1))
        for column, cell in zip(CSV_COLUMNS, cells, strict=True):
            italic = column in FLAG_NAMES and entry.flags[column].source == "inferred"
            style = made.get((colour, italic))
            if style is None:
                cell.alignment, cell.fill = wrap, _fill(colour)
                if italic:
                    cell.font = Font(italic=True)
                made[colour, italic] = copy(cell._style)
            else:
                cell._style = copy(style)
    for index, column in enumerate(CSV_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = XLSX_WIDTHS.get(column, 12)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _summary_sheet(sheet, summary: Summary, chronology: Chronology) -> None:
    for label, text in summary_lines(summary):
        sheet.append([label, text])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    colours = agency_colours(chronology.agencies)
    for number, row in enumerate(figure_rows(summary)):
        sheet.append(row)
        if number == 0:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        elif row[0] in colours:
            sheet.cell(sheet.max_row, 1).fill = _fill(colours[row[0]])
    sheet.append([])
    sheet.append(
        [
            (
                "Flags in the chronology sheet: yes, no or blank (not known); italic: "
                "inferred from the event text (see evidence and flag_source)."
            )
        ]
    )
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 70
    for letter in "CDEFGHI":
        sheet.column_dimensions[letter].width = 14
