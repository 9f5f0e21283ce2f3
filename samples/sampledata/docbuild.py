"""Small layer over python-docx for writing IMRs the way agencies lay them out."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED_TIME = (2026, 3, 2, 9, 0, 0)
INLINE = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")


def new_document(
    *,
    font: str,
    size: float,
    title: str,
    author: str,
    modified_by: str,
    created: datetime,
    modified: datetime,
    subject: str = "",
    comments: str = "",
):
    """Start an A4 document with the agency's body font and its (leaky) core properties."""
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        style = doc.styles[name]
        style.font.name = font
        style.element.rPr.rFonts.set(qn("w:ascii"), font)
        style.element.rPr.rFonts.set(qn("w:hAnsi"), font)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, modified_by
    cp.subject, cp.comments, cp.keywords = subject, comments, "IMR; SCR; OFFICIAL-SENSITIVE"
    cp.created, cp.modified, cp.last_printed = created, modified, modified
    cp.revision = 7
    return doc


def runs(
    paragraph,
    text: str,
    *,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
):
    """Add text with **bold** and *italic* markup as separate runs (names can split across runs)."""
    for part in INLINE.split(text):
        if not part:
            continue
        b, i = bold, italic
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("*") and len(part) > 1:
            part, i = part[1:-1], True
        run = paragraph.add_run(part)
        run.bold, run.italic = b, i
        if size:
            run.font.size = Pt(size)
    return paragraph


def para(
    doc,
    text: str = "",
    *,
    style: str | None = None,
    align=None,
    size=None,
    bold=None,
    italic=None,
    space_after: float | None = None,
):
    p = doc.add_paragraph(style=style)
    runs(p, text, size=size, bold=bold, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def paras(doc, text: str, **kw):
    """One paragraph per blank-line-separated block; lines starting '- ' become bullets."""
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        if all(ln.startswith("- ") for ln in lines):
            for ln in lines:
                para(doc, ln[2:], style="List Bullet")
        else:
            para(doc, " ".join(lines), **kw)


def heading(doc, text: str, level: int = 1, *, plain: bool = False, colour: RGBColor | None = None):
    """A real Heading style, or (plain=True) a bold Normal paragraph as some agencies type them."""
    if plain:
        p = para(doc, f"**{text}**", size=13 if level == 1 else 11.5)
        p.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        p.paragraph_format.keep_with_next = True
        return p
    h = doc.add_heading(text, level=level)
    if colour is not None:
        for run in h.runs:
            run.font.color.rgb = colour
    return h


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_cell(cell, text: str, *, size: float = 9, bold: bool | None = None) -> None:
    """Fill a cell; newlines start new paragraphs; **bold** markup allowed."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    runs(first, lines[0], size=size, bold=bold)
    first.paragraph_format.space_after = Pt(2)
    for line in lines[1:]:
        p = cell.add_paragraph()
        runs(p, line, size=size, bold=bold)
        p.paragraph_format.space_after = Pt(2)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def table(
    doc,
    headers,
    rows,
    *,
    widths=None,
    size: float = 9,
    header_fill: str = "D9E2F3",
    style: str = "Table Grid",
):
    """A grid table with a shaded, repeating header row; returns the table."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(t.rows[0].cells, headers):
        set_cell(cell, text, size=size, bold=True)
        shade(cell, header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            set_cell(cell, text or "", size=size)
    if widths:
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    doc.add_paragraph()
    return t


def key_value_table(doc, pairs, *, widths=(5.5, 11.0), size: float = 10, fill: str = "E7E6E6"):
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for key, value in pairs:
        cells = t.add_row().cells
        set_cell(cells[0], key, size=size, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], value, size=size)
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
    doc.add_paragraph()
    return t


def add_field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def header_footer(section, header: str, footer: str, *, page_numbers: bool = True, size: float = 8):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    runs(hp, header, size=size, bold=True)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    fp.text = ""
    runs(fp, footer, size=size)
    if page_numbers:
        r = fp.add_run("    Page ")
        r.font.size = Pt(size)
        add_field(fp, "PAGE")
        r = fp.add_run(" of ")
        r.font.size = Pt(size)
        add_field(fp, "NUMPAGES")


def new_section(doc, *, landscape: bool):
    """Start a new page section in landscape or portrait, keeping header and footer links."""
    from docx.enum.section import WD_SECTION

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    return sec


def page_break(doc) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_deterministic(doc, path: Path) -> None:
    """Save with fixed zip timestamps so the same content gives the same bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def nhs_number(first9: str) -> str:
    """Complete nine digits with the Modulus 11 check digit, formatted 3 3 4; raises if 10."""
    digits = [int(c) for c in first9]
    total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    if check == 10:
        raise ValueError(f"{first9} has no valid NHS check digit")
    s = first9 + str(check)
    return f"{s[:3]} {s[3:6]} {s[6:]}"
