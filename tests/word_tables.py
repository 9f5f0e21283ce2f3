"""Tables for the small Word inputs the reader tests build with python-docx.

Not a test module (pytest does not collect it): a test builds its IMR with ``docx.Document()``
and adds each table from its rows of cell text with ``add_table``.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.table import Table


def add_table(doc, rows: Sequence[Sequence[str]], container=None) -> Table:
    """Add a table of ``rows`` (one tuple of cell text a row) to ``container``, or to ``doc``.

    ``container`` is anything python-docx can add a table to (a table cell, for a nested table).
    """
    table = (container or doc).add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table
