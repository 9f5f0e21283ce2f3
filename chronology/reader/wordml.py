"""WordprocessingML below the reader: paragraph text, tables as grids, text boxes, styles.

Text boxes are stored twice (DrawingML in ``mc:Choice``, VML in ``mc:Fallback``); only the
first is read. Deleted tracked changes are skipped; inserted ones are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.ooxml.xml import NS, qn

W = NS["w"]
MC = NS["mc"]


@cache
def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute (``w("t")``)."""
    return qn(f"w:{tag}")


def attr(element, name: str) -> str | None:
    return None if element is None else element.get(w(name))


SKIP_INSIDE = {w("del"), w("txbxContent"), f"{{{MC}}}Fallback", w("instrText"), w("delText")}
TEXT_TAGS = {w("t"): None, w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str  # the style id, "" when none
    bold: bool  # every run with text is bold
    numbered: bool  # a Word list item
    outline: int | None  # w:outlineLvl, 0-based


@dataclass(frozen=True)
class Grid:
    """A table as text: one list of cell texts per Word row, merged cells resolved."""

    rows: tuple[tuple[str, ...], ...]
    repeated_header: tuple[bool, ...]  # rows marked "repeat as header row"
    full_width: tuple[bool, ...] = ()  # rows that are one cell merged across the whole table


def paragraph_text(p) -> str:
    """The text a reader sees in one paragraph, text boxes and deletions left out."""
    pieces: list[str] = []
    _collect_text(p, pieces)
    return "".join(pieces).strip()


def _collect_text(element, pieces: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIP_INSIDE:
            continue
        if tag in TEXT_TAGS:
            fixed = TEXT_TAGS[tag]
            pieces.append((child.text or "") if fixed is None else fixed)
            continue
        _collect_text(child, pieces)


def read_paragraph(p) -> Paragraph:
    ppr = p.find(w("pPr"))
    style = attr(ppr.find(w("pStyle")), "val") if ppr is not None else None
    outline = attr(ppr.find(w("outlineLvl")), "val") if ppr is not None else None
    numbered = ppr is not None and ppr.find(w("numPr")) is not None
    return Paragraph(
        text=paragraph_text(p),
        style=style or "",
        bold=_all_bold(p, ppr),
        numbered=numbered,
        outline=int(outline) if outline and outline.isdigit() else None,
    )


def _all_bold(p, ppr) -> bool:
    para_bold = ppr is not None and _is_on(ppr.find(f"{w('rPr')}/{w('b')}"))
    runs = [r for r in p.iter(w("r")) if "".join(t.text or "" for t in r.iter(w("t"))).strip()]
    if not runs:
        return False
    return all(_is_on(r.find(f"{w('rPr')}/{w('b')}")) or para_bold for r in runs)


def _is_on(toggle) -> bool:
    return toggle is not None and attr(toggle, "val") not in ("0", "false", "off")


def body_blocks(body):
    """Yield w:p and w:tbl elements of a story in reading order, through content controls."""
    return _through_controls(body, w("p"), w("tbl"))


def all_tables(root):
    """Every table in reading order, nested ones after their parent, text-box copies once."""
    return [tbl for tbl in root.iter(w("tbl")) if not _in_fallback(tbl)]


def table_parents(tables) -> list[int]:
    """For each table of ``all_tables``, the 1-based index of the table whose cell holds it,
    or 0 for a table standing in the body."""
    position = {id(tbl): index for index, tbl in enumerate(tables, start=1)}
    parents = []
    for tbl in tables:
        outer = next((a for a in tbl.iterancestors(w("tbl"))), None)
        parents.append(position.get(id(outer), 0) if outer is not None else 0)
    return parents


def _in_fallback(element) -> bool:
    return any(a.tag == f"{{{MC}}}Fallback" for a in element.iterancestors())


def text_boxes(root) -> list:
    """The text-box bodies of a story, each once."""
    return [box for box in root.iter(w("txbxContent")) if not _in_fallback(box)]


def _through_controls(element, *tags: str):
    """The children of ``element`` with one of ``tags``, in order, looking through the content
    controls (``w:sdt``) and custom XML that wrap some of them."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent"))
            yield from _through_controls(content if content is not None else child, *tags)


def _row_cells(tr):
    return _through_controls(tr, w("tc"))


def _rows(tbl):
    return _through_controls(tbl, w("tr"))


def cell_text(tc) -> str:
    """A cell's paragraphs, one per line (a bullet list stays one line per item, in order); a
    table nested in the cell gives one line per row, its cells joined by " | ", where it stands.
    """
    texts = []
    for block in body_blocks(tc):
        if block.tag == w("p"):
            texts.append(paragraph_text(block))
        else:
            for tr in _rows(block):
                cells = [cell_text(c).replace("\n", " ") for c in _row_cells(tr)]
                texts.append(" | ".join(c for c in cells if c))
    return "\n".join(t for t in texts if t)


def read_grid(tbl) -> Grid:
    """Turn a w:tbl into rows of text by grid column.

    A horizontally merged cell (gridSpan) gives one value, in its first column; a vertically
    merged continuation cell (vMerge without "restart") takes the value of the cell above.
    """
    rows: list[list[str]] = []
    repeated: list[bool] = []
    cells: list[int] = []
    above: list[str] = []  # the row a vertical merge continues (never a row across the table)
    for tr in _rows(tbl):
        trpr = tr.find(w("trPr"))
        rows.append(_read_row(tr, trpr, above))
        repeated.append(trpr is not None and _is_on(trpr.find(w("tblHeader"))))
        cells.append(sum(1 for _ in _row_cells(tr)))
        if cells[-1] > 1:
            above = rows[-1]
    width = max((len(r) for r in rows), default=0)
    padded = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
    full = tuple(n == 1 and width > 1 and len(r) == width for n, r in zip(cells, rows))
    return Grid(rows=padded, repeated_header=tuple(repeated), full_width=full)


def _read_row(tr, trpr, above: list[str]) -> list[str]:
    before = _int(attr(trpr.find(w("gridBefore")), "val")) if trpr is not None else 0
    values = [""] * before
    for tc in _row_cells(tr):
        tcpr = tc.find(w("tcPr"))
        span = _int(attr(tcpr.find(w("gridSpan")), "val"), 1) if tcpr is not None else 1
        vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
        column = len(values)
        if vmerge is not None and attr(vmerge, "val") in (None, "continue"):
            text = above[column] if column < len(above) else ""
        else:
            text = cell_text(tc)
        values.extend([text] + [""] * (max(span, 1) - 1))
    return values


def _int(value: str | None, default: int = 0) -> int:
    return int(value) if value and value.isdigit() else default


def style_names(styles_root) -> dict[str, str]:
    """Map style id -> lower-case style name (e.g. "Heading1" -> "heading 1")."""
    if styles_root is None:
        return {}
    names = {}
    for style in styles_root.iter(w("style")):
        name = style.find(w("name"))
        names[attr(style, "styleId") or ""] = (attr(name, "val") or "").lower()
    return names


def story_paragraph_texts(root) -> list[str]:
    """Every non-empty paragraph text in a header, footer, footnotes or endnotes part."""
    texts = (paragraph_text(p) for p in root.iter(w("p")) if not _in_fallback(p))
    return [t for t in texts if t]
