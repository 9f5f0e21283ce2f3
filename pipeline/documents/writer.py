"""Render a ``Document`` of blocks into a Word file with the board's template styles.

The only module in ``pipeline`` that writes Word files. Styles are looked up by name in the
template; a board's own template that lacks one of ours falls back to Normal plus direct
formatting, so any letterhead works.
"""

from __future__ import annotations

import io
import weakref
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from pipeline.common import write_atomically
from pipeline.documents.blocks import (
    AuthorMarker,
    Document,
    Heading,
    ListBlock,
    PageBreak,
    Paragraph,
    Picture,
    SectionBreak,
    TableBlock,
)
from pipeline.errors import InputError
from pipeline.ooxml.tables import append_rows, run_content

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
DEFAULT_TEMPLATE = TEMPLATES / "scr-default.docx"
MARKER_STYLE = "SCR Author Note"
TABLE_TEXT_STYLE = "SCR Table Text"


def write_document(document: Document, path: Path, template: Path | None = None) -> Path:
    """Write ``document`` to ``path`` (atomically), styled by ``template`` or ours."""
    word = open_docx(str(template or DEFAULT_TEMPLATE))
    _clear_body(word)
    _page_setup(word, document.landscape)
    _header_footer(word, document)
    _title(word, document)
    for block in document.blocks:
        _RENDER[type(block)](word, block)
    _properties(word, document)
    return _save_atomically(word, path)


def _save_atomically(word, path: Path) -> Path:
    """Save through an in-memory buffer, then the one atomic write: never a partial file."""
    buffer = io.BytesIO()
    word.save(buffer)
    try:
        write_atomically(path, buffer.getvalue(), private=True)  # 0600, as it always was
    except OSError as error:
        raise InputError(
            f"{path}: could not be written ({error.strerror}); check the disk is not full "
            "and that you may write there."
        ) from None
    return path


def _clear_body(word) -> None:
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _page_setup(word, landscape: bool, section=None) -> None:
    section = section or word.sections[0]
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)


def _header_footer(word, document: Document) -> None:
    """Add our header and footer lines, below a letterhead's own content when it has some."""
    section = word.sections[0]
    if document.header_text:
        _line(section.header).add_run(document.header_text)
    footer = _line(section.footer)
    footer.text = document.footer_text + ("  ·  page " if document.footer_text else "Page ")
    _add_field(footer, "PAGE")


def _line(part):
    """The header's or footer's empty first paragraph, or a new one after the letterhead's."""
    paragraphs = part.paragraphs
    first = paragraphs[0] if paragraphs else part.add_paragraph()
    has_content = any(p.text.strip() or p._p.xpath(".//w:drawing|.//w:pict") for p in paragraphs)
    return part.add_paragraph() if has_content else first


def _add_field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


class _Styles:
    """The template's paragraph style names and ids, read once per document: python-docx
    walks every style of the template for each name it is given (a template has hundreds)."""

    def __init__(self, word):
        self.word = word
        self.names = {style.name for style in word.styles}
        self.ids: dict[str, str | None] = {}

    def id_of(self, name: str) -> str | None:
        from docx.enum.style import WD_STYLE_TYPE

        if name not in self.ids:
            self.ids[name] = self.word.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self.ids[name]


_LOOKED_UP: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # by the document's part


def _styles(word) -> _Styles:
    styles = _LOOKED_UP.get(word.part)
    if styles is None:
        styles = _LOOKED_UP[word.part] = _Styles(word)
    return styles


def _style(word, name: str, fallback: str = "Normal"):
    return name if name in _styles(word).names else fallback


def _add_paragraph(word, text: str | None = None, style: str | None = None):
    """``word.add_paragraph(text, style=style)``, with the style's id looked up once."""
    paragraph = word.add_paragraph(text)
    if style is not None:
        paragraph._p.style = _styles(word).id_of(style)  # what ``paragraph.style = style`` sets
    return paragraph


def _title(word, document: Document) -> None:
    _add_paragraph(word, document.title, _style(word, "Title"))
    if document.subtitle:
        _add_paragraph(word, document.subtitle, _style(word, "Subtitle"))


def _heading(word, block: Heading) -> None:
    _add_paragraph(word, block.text, _style(word, f"Heading {min(block.level, 4)}"))


def _runs(paragraph, block: Paragraph) -> None:
    for run in block.runs:
        added = paragraph.add_run(run.text)
        added.bold, added.italic = run.bold or None, run.italic or None


def _paragraph(word, block: Paragraph) -> None:
    _runs(_add_paragraph(word, style=_style(word, block.style or "Normal")), block)


def _list(word, block: ListBlock) -> None:
    style = _style(word, "List Number" if block.numbered else "List Bullet")
    for item in block.items:
        _runs(_add_paragraph(word, style=style), item)


def _marker(word, block: AuthorMarker) -> None:
    style = _style(word, MARKER_STYLE)
    run = _add_paragraph(word, style=style).add_run(f"[For {block.reader}: {block.text}]")
    if style != MARKER_STYLE:
        run.italic, run.font.color.rgb = True, RGBColor(0xA0, 0x1E, 0x1E)


def _page_break(word, block: PageBreak) -> None:
    from docx.enum.text import WD_BREAK

    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _section_break(word, block: SectionBreak) -> None:
    from docx.enum.section import WD_SECTION

    _page_setup(word, block.landscape, word.add_section(WD_SECTION.NEW_PAGE))


def _picture(word, block: Picture) -> None:
    word.add_picture(str(block.path), width=Mm(block.width_mm))
    shape = word.inline_shapes[-1]
    shape._inline.docPr.set("descr", block.alt_text or block.caption)
    shape._inline.docPr.set("name", block.path.stem)
    if block.caption:
        _add_paragraph(word, block.caption, _style(word, "Caption"))


def _table(word, block: TableBlock) -> None:
    if block.caption:
        _add_paragraph(word, block.caption, _style(word, "Caption"))
    table = word.add_table(rows=1, cols=len(block.header))
    table.style = _style(word, "Table Grid", fallback=None) if _has_table_grid(word) else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    text_style = _CellStyle(word, _style(word, TABLE_TEXT_STYLE))
    for cell, text in zip(table.rows[0].cells, block.header):
        _cell_text(cell, text, text_style, bold=True)
        _shade(cell, "D9D9D9")
    _repeat_header(table.rows[0])
    if block.widths_mm:
        _fix_widths(table, block.widths_mm)
    twips = [gridCol.get(qn("w:w")) for gridCol in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    rows = [
        _row_xml(
            row, twips, text_style, block.shading[index] if index < len(block.shading) else None
        )
        for index, row in enumerate(block.rows)
    ]
    append_rows(table._tbl, rows)
    word.add_paragraph()


# A long table (the chronology's sections have one row per entry) was made by python-docx cell
# by cell, each with its own look-ups; the body rows are written as the XML it made, at once.


def _row_xml(row: tuple[str, ...], twips: list[str], style: _CellStyle, fill: str | None) -> str:
    """One body row: a cell per column, the row's text in the first ones, shaded if ``fill``."""
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    cells = []
    for index, width in enumerate(twips):
        if index < len(row):
            content, shade = _cell_xml(row[index], style), shading
        else:
            content, shade = "<w:p/>", ""
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{shade}</w:tcPr>{content}</w:tc>'
        )
    return f"<w:tr>{''.join(cells)}</w:tr>"


def _cell_xml(text: str, style: _CellStyle) -> str:
    """What ``_cell_text`` makes, not bold: a paragraph of the table style per line."""
    paragraph = (
        f'<w:pPr><w:pStyle w:val="{escape(style.style_id, _QUOTE)}"/></w:pPr>'
        if style.style_id
        else "<w:pPr/>"  # the default style: python-docx leaves the properties empty
    )
    properties = '<w:rPr><w:sz w:val="18"/></w:rPr>' if style.name == "Normal" else "<w:rPr/>"
    lines = text.split("\n") if text else [""]
    return "".join(
        f"<w:p>{paragraph}<w:r>{properties}{run_content(line)}</w:r></w:p>" for line in lines
    )


_QUOTE = {'"': "&quot;"}


def _fix_widths(table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid, cells and layout)."""
    table.autofit = False
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        column.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _has_table_grid(word) -> bool:
    return "Table Grid" in _styles(word).names


class _CellStyle:
    """A paragraph style looked up once per table: python-docx looks a name up anew on every
    use, walking every style of the template, which made a long table take seconds."""

    def __init__(self, word, name: str):
        from docx.enum.style import WD_STYLE_TYPE

        self.name = name
        self.style_id = word.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)

    def apply(self, paragraph) -> None:
        paragraph._p.style = self.style_id  # what ``paragraph.style = name`` sets


def _cell_text(cell, text: str, style: _CellStyle, bold: bool = False) -> None:
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for number, line in enumerate(lines):
        paragraph = first if number == 0 else cell.add_paragraph()
        style.apply(paragraph)
        run = paragraph.add_run(line)
        run.bold = bold or None
        if style.name == "Normal":
            run.font.size = Pt(9)


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _properties(word, document: Document) -> None:
    core = word.core_properties
    core.title = document.title
    core.subject = document.subtitle
    core.author = document.properties.get("author", "scr")
    core.last_modified_by = "scr"
    core.comments = ""
    core.keywords = document.properties.get("keywords", "")
    core.revision = 1


_RENDER = {
    Heading: _heading,
    Paragraph: _paragraph,
    ListBlock: _list,
    TableBlock: _table,
    Picture: _picture,
    AuthorMarker: _marker,
    PageBreak: _page_break,
    SectionBreak: _section_break,
}
