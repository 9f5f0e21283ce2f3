"""The integrated chronology written out: CSV and spreadsheet (``sheets``), Word (``word``),
with what every writer shows alike in ``cells``; the timeline is ``chronology.timeline``.

Each name is imported from its module when first asked for, so the spreadsheet writers do not
load python-docx, nor the Word writer openpyxl.
"""

from pipeline.common import public_api

_NAMES = {
    "AGENCY_PALETTE": "chronology.outputs.cells",
    "INFERRED_MARK": "chronology.outputs.cells",
    "INFERRED_NOTE": "chronology.outputs.cells",
    "STATED_NOTE": "chronology.outputs.cells",
    "agency_colours": "chronology.outputs.cells",
    "date_cells": "chronology.outputs.cells",
    "evidence_text": "chronology.outputs.cells",
    "figure_rows": "chronology.outputs.cells",
    "flag_text": "chronology.outputs.cells",
    "summary_lines": "chronology.outputs.cells",
    "write_atomically": "chronology.outputs.cells",
    "CSV_COLUMNS": "chronology.outputs.sheets",
    "XLSX_WIDTHS": "chronology.outputs.sheets",
    "csv_row": "chronology.outputs.sheets",
    "write_csv": "chronology.outputs.sheets",
    "write_xlsx": "chronology.outputs.sheets",
    "write_docx": "chronology.outputs.word",
}

__all__ = [
    "AGENCY_PALETTE",
    "CSV_COLUMNS",
    "INFERRED_MARK",
    "INFERRED_NOTE",
    "STATED_NOTE",
    "XLSX_WIDTHS",
    "agency_colours",
    "csv_row",
    "date_cells",
    "evidence_text",
    "figure_rows",
    "flag_text",
    "summary_lines",
    "write_atomically",
    "write_csv",
    "write_docx",
    "write_xlsx",
]
__getattr__ = public_api(__name__, _NAMES)
