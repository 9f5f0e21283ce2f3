"""The date of a chronology row; the date reader itself is ``pipeline.dates``, re-exported here.

``pipeline.dates`` sits in a bottom layer so that the anonymiser reads dates with the same
reader (it may not import ``chronology``); this module adds what only a chronology row needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.dates import (
    APPROXIMATE,
    MONTHS,
    PRECISIONS,
    DateError,
    DateValue,
    combine_range,
    names_no_year,
    parse_date,
    parse_time,
    term_week,
    with_year,
)

if TYPE_CHECKING:
    from chronology.records import ChronologyRow

__all__ = [
    "APPROXIMATE",
    "MONTHS",
    "PRECISIONS",
    "DateError",
    "DateValue",
    "combine_range",
    "names_no_year",
    "parse_date",
    "parse_time",
    "row_date",
    "term_week",
    "with_year",
]


def row_date(row: ChronologyRow) -> DateValue:
    """The date of one chronology row: its date and time cells, joined with its end date and
    end time when it has an end date, read with the year and term start around its table.

    The one reading of a row's date, shared by the merge (``scr chronology``) and ``scr check``,
    so they never disagree about a row. Raises ``DateError`` whose ``field`` names the column
    at fault: "date", "time", "end_date" or "end_time".
    """
    cells = row.cells
    when = parse_date(
        cells.get("date", ""),
        time_text=cells.get("time", ""),
        year=row.year,
        term_start=row.term_start,
    )
    if not cells.get("end_date", "").strip():
        return when
    try:
        end = parse_date(cells["end_date"], time_text=cells.get("end_time", ""), year=row.year)
        return combine_range(when, end)
    except DateError as error:
        error.field = f"end_{error.field}"
        raise
