"""Word table rows written as XML: a run's text, and long tables as several of a few hundred rows.

LibreOffice lays a table out as one block: its time to convert grows much faster than the rows
(a 1,962-row chronology table took 27.8 CPU s to PDF; the same rows as tables of about 200 rows
took 7.3-8.0 s, one more page). Tables that touch are one table to Word and LibreOffice, so the
parts are kept apart by a hairline paragraph (1 pt exactly, no spacing); the reader sees one
table whose header repeats, as it does on every printed page already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import deepcopy
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

from pipeline.ooxml.xml import NS

ROWS_PER_TABLE = 200

_RUN_PIECES = re.compile(r"[^\t\r\n]+|[\t\r\n]")

_HAIRLINE = (
    f'<w:p xmlns:w="{NS["w"]}"><w:pPr>'
    '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
)


def append_rows(table, rows: Sequence[str], *, per_table: int = ROWS_PER_TABLE) -> list:
    """Append ``rows`` (each a ``<w:tr>`` in XML) to ``table``, whose rows so far are its header.

    Beyond ``per_table`` rows the rest go, in order, into copies of the header-only table placed
    after it, each after a hairline paragraph; parts are of even size. Returns the ``<w:tbl>``
    elements, the given one first.
    """
    header_only = deepcopy(table)
    parts = max(1, -(-len(rows) // per_table))
    size = -(-len(rows) // parts) if rows else 0
    tables = [table]
    current = table
    for start in range(0, len(rows), size or 1):
        if start:
            hairline = parse_xml(_HAIRLINE)
            current.addnext(hairline)
            current = deepcopy(header_only)
            hairline.addnext(current)
            tables.append(current)
        chunk = "".join(rows[start : start + size])
        current.extend(parse_xml(f'<w:tbl xmlns:w="{NS["w"]}">{chunk}</w:tbl>'))
    return tables


def run_content(text: str) -> str:
    """A run's text as python-docx writes it: tabs and line breaks as elements, spaces kept."""
    pieces = []
    for piece in _RUN_PIECES.findall(text):
        if piece == "\t":
            pieces.append("<w:tab/>")
        elif piece in "\r\n":
            pieces.append("<w:br/>")
        else:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            pieces.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(pieces)
