"""Write the integrated chronology as a landscape Word document: summary first, then the table."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from chronology.entries import FLAG_NAMES, Chronology, ChronologyEntry
from chronology.outputs.cells import (
    INFERRED_NOTE,
    agency_colours,
    date_cells,
    figure_rows,
    flag_text,
    summary_lines,
    write_atomically,
)
from chronology.summary import Summary
from pipeline.ooxml.tables import append_rows, run_content

# heading, width in cm (landscape A4 less 1.5 cm margins leaves 26.7 cm)
COLUMNS = (
    ("Date", 2.5),
    ("Time", 1.4),
    ("Agency / source", 4.2),
    ("Event", 10.4),
    ("Seen", 1.3),
    ("Alone", 1.4),
    ("Wishes sought", 1.9),
    ("Wishes expressed", 2.1),
    ("Group", 1.5),
)
# when any IMR gave the child's words, they get a column of their own, taken from the text ones
WORDS_COLUMNS = (
    ("Date", 2.3),
    ("Time", 1.1),
    ("Agency / source", 3.6),
    ("Event", 8.0),
    ("Seen", 1.3),
    ("Alone", 1.4),
    ("Wishes sought", 1.9),
    ("Wishes expressed", 2.1),
    ("The child's words", 3.6),
    ("Group", 1.4),
)
TABLE_FONT = Pt(8)
GREY = RGBColor(0x55, 0x55, 0x55)


def write_docx(
    chronology: Chronology, summary: Summary, path: Path | str, title: str = "Integrated chronology"
) -> Path:
    """The chronology as Word: landscape A4, summary and key, then one table of every entry."""

    def write(temporary: Path) -> None:
        document = Document()
        _page(document)
        document.add_heading(title, level=1)
        _summary(document, summary, chronology)
        document.add_heading("Chronology", level=2)
        _entries_table(document, chronology.entries, chronology)
        if chronology.undated:
            document.add_heading("Entries whose date could not be read", level=2)
            document.add_paragraph(
                "These rows are kept here so that nothing is lost; correct "
                "the date in the IMR named under each source."
            )
            _entries_table(document, chronology.undated, chronology)
        document.save(temporary)

    return write_atomically(path, write)


def _page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)


def _summary(document, summary: Summary, chronology: Chronology) -> None:
    document.add_heading("Summary", level=2)
    facts = document.add_table(rows=0, cols=2, style="Table Grid")
    for label, text in summary_lines(summary):
        cells = facts.add_row().cells
        _write(cells[0], label, bold=True)
        _write(cells[1], text)
    _widths(facts, (8.0, 18.7))
    document.add_paragraph()
    figures = document.add_table(rows=0, cols=len(figure_rows(summary)[0]), style="Table Grid")
    colours = agency_colours(chronology.agencies)
    for number, row in enumerate(figure_rows(summary)):
        cells = figures.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _write(cell, text, bold=number == 0 or text == "All agencies")
        if row[0] in colours:
            _shade(cells[0], colours[row[0]])
    _widths(figures, (6.5, *([2.5] * 8)))
    words = any(entry.childs_words for entry in chronology)
    key = document.add_paragraph(
        "Key: each row of the chronology is shaded in its agency's colour, as in the first "
        "column above. Seen, Alone and Wishes show Yes, No or blank (not known). "
        + INFERRED_NOTE.replace("* ", "Yes* or No* in italics: ")
        + (" The child's words: as the agency's IMR recorded them." if words else "")
        + " Group: the same multi-agency event reported by more than one agency."
    )
    key.paragraph_format.space_before = Pt(6)


def _entries_table(document, entries: tuple[ChronologyEntry, ...], chronology: Chronology) -> None:
    words = any(entry.childs_words for entry in chronology)
    columns = WORDS_COLUMNS if words else COLUMNS
    widths = tuple(width for _, width in columns)
    table = document.add_table(rows=1, cols=len(columns), style="Table Grid")
    for cell, (heading, _) in zip(table.rows[0].cells, columns, strict=True):
        _write(cell, heading, bold=True)
        _shade(cell, "#FFFFFF")
    _repeat_header(table.rows[0])
    _widths(table, widths)
    colours = agency_colours(chronology.agencies)
    twips = tuple(Cm(width).twips for width in widths)
    rows = [
        _entry_row(entry, colours.get(entry.agency, "#FFFFFF"), twips, words=words)
        for entry in entries
    ]
    append_rows(table._tbl, rows)


# A long chronology has thousands of rows: python-docx made each cell, paragraph and run as an
# object with its own look-ups (6 s for 1,900 rows), so the rows are written as the XML it made.
_RUN_PROPERTIES = {
    (bold, italic): ("<w:b/>" if bold else '<w:b w:val="0"/>')
    + ("<w:i/>" if italic else '<w:i w:val="0"/>')
    + f'<w:sz w:val="{int(TABLE_FONT.pt * 2)}"/>'
    for bold in (False, True)
    for italic in (False, True)
}
_NOTE_PROPERTIES = {
    True: f'<w:color w:val="{GREY}"/><w:sz w:val="14"/>',
    False: f'<w:sz w:val="{int(TABLE_FONT.pt * 2)}"/>',
}


def _entry_row(entry: ChronologyEntry, colour: str, twips: tuple[int, ...], *, words: bool) -> str:
    """One row of the entries table as WordprocessingML, as python-docx wrote it."""
    when, clock, _ = date_cells(entry)
    if entry.section_note:
        event = _lines(f"[The IMR's heading here: {entry.section_note}]", italic=True)
        event += _note_xml(entry.event, grey=False)
    else:
        event = _lines(entry.event)
    if entry.action:
        event += _note_xml(f"Action / outcome: {entry.action}", grey=False)
    contents = [
        _lines(when),
        _lines(clock),
        _lines(entry.source) + _note_xml(str(entry.origin)),
        event,
    ]
    for name in FLAG_NAMES:
        flag = getattr(entry, name)
        contents.append(_lines(flag_text(flag), italic=flag.source == "inferred"))
    if words:
        contents.append(_lines(entry.childs_words))
    contents.append(_lines(entry.group, bold=True))
    fill = colour.lstrip("#")
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>{content}</w:tc>'
        for width, content in zip(twips, contents, strict=True)
    )
    return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"


def _lines(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """What ``_write`` makes: a paragraph per line, each one run."""
    properties = _RUN_PROPERTIES[bold, italic]
    return "".join(
        f"<w:p><w:r><w:rPr>{properties}</w:rPr>{run_content(line)}</w:r></w:p>"
        for line in text.split("\n")
    )


def _note_xml(text: str, *, grey: bool = True) -> str:
    """What ``_note`` makes: one more paragraph of one run."""
    return f"<w:p><w:r><w:rPr>{_NOTE_PROPERTIES[grey]}</w:rPr>{run_content(text)}</w:r></w:p>"


def _write(cell, text: str, *, bold: bool = False, italic: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold, run.italic, run.font.size = bold, italic, TABLE_FONT


def _note(cell, text: str, *, grey: bool = True) -> None:
    run = cell.add_paragraph().add_run(text)
    run.font.size = Pt(7) if grey else TABLE_FONT
    if grey:
        run.font.color.rgb = GREY


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _widths(table, widths: tuple[float, ...]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice and Word use for the layout
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
