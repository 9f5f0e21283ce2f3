"""Tables of an IMR: find the header row, tell chronologies and action plans apart, read rows."""

from __future__ import annotations

import re

from chronology.dates import DateError, parse_date
from chronology.headers import (
    canonical,
    has_source,
    is_action_plan,
    is_chronology,
    match_action_plan,
    match_header,
    normalise,
)
from chronology.reader_xml import Grid
from chronology.records import ChronologyRow, Origin, Problem, Table

HEADER_SEARCH_ROWS = 3  # a title row or two may sit above the header row
DATE_SHARE = 0.5  # a chronology's date column holds dates in at least half its filled cells


def read_table(grid: Grid, index: int) -> Table:
    """Turn a grid into a Table: header row found, repeated header rows left out."""
    at, columns, chronology, action_plan = _find_header(grid)
    header = grid.rows[at] if grid.rows else ()
    if chronology:
        columns = _place_by_content(header, grid.rows[at + 1 :], columns)
        body = grid.rows[at + 1 :]
        chronology = len(body) < 3 or date_share(body, columns["date"]) >= DATE_SHARE
    body, numbers = [], []
    for number, (row, repeated) in enumerate(zip(grid.rows, grid.repeated_header), start=1):
        if number <= at + 1 or repeated or _same(row, header):
            continue
        body.append(row)
        numbers.append(number)
    return Table(
        index=index,
        header=header,
        rows=tuple(body),
        row_numbers=tuple(numbers),
        columns=columns,
        is_chronology=chronology,
        is_action_plan=action_plan,
    )


def _find_header(grid: Grid) -> tuple[int, dict[str, int], bool, bool]:
    for at, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        plan = match_action_plan(row)
        if is_action_plan(plan):
            return at, plan, False, True
        columns = match_header(row)
        if is_chronology(columns):
            return at, columns, True, False
    return 0, match_header(grid.rows[0]) if grid.rows else {}, False, False


def _place_by_content(header, body, columns: dict[str, int]) -> dict[str, int]:
    """Where several headings name the event, the column holding the longest text is the event.

    "Record" and "Details of contact" side by side: the record system's name is short, the
    account of the contact long. The other headings stay as extra columns.
    """
    candidates = [i for i, cell in enumerate(header) if canonical(cell) == "event"]
    if len(candidates) < 2:
        return columns
    best = max(candidates, key=lambda i: (_mean_length(body, i), -i))
    return {**columns, "event": best}


def _mean_length(body, i: int) -> float:
    cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
    return sum(map(len, cells)) / len(cells) if cells else 0.0


DATE_SHAPE = re.compile(
    r"\d{1,4}\s*[./-]\s*\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|spring|summer|autumn|winter|w\s*/\s*c)",
    re.IGNORECASE,
)


def is_date_like(text: str) -> bool:
    """A cell that reads as a date, or has the shape of one (a date written oddly still counts:
    it is reported as unreadable, not taken as a sign that the table is something else)."""
    try:
        parse_date(text)
    except (DateError, ValueError):
        return bool(DATE_SHAPE.search(text))
    return True


def date_share(body, i: int) -> float:
    """Share of the filled cells of column i that read as dates (1.0 for an empty column)."""
    cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
    return sum(map(is_date_like, cells)) / len(cells) if cells else 1.0


def _same(row, header) -> bool:
    return any(header) and [normalise(c) for c in row] == [normalise(c) for c in header]


def continue_chronology(grid: Grid, index: int, previous: Table) -> Table:
    """Read a header-less table as more rows of the chronology table just before it."""
    body = [(n, r) for n, r in enumerate(grid.rows, start=1) if not _same(r, previous.header)]
    return Table(
        index=index,
        header=previous.header,
        rows=tuple(r for _, r in body),
        row_numbers=tuple(n for n, _ in body),
        columns=previous.columns,
        is_chronology=True,
    )


def is_continuation(grid: Grid, index: int, previous: Table | None) -> bool:
    """A header-less table right after a chronology, with as many columns and dates where its
    date column is (a signature table of the same width is not a continuation)."""
    return (
        previous is not None
        and previous.index == index - 1
        and bool(grid.rows)
        and len(grid.rows[0]) == len(previous.header)
        and "date" in previous.columns
        and date_share(grid.rows, previous.columns["date"]) >= DATE_SHARE
    )


def chronology_rows(table: Table, file: str) -> tuple[list[ChronologyRow], list[Problem]]:
    """Rows of a chronology table keyed by canonical column; empty rows become problems."""
    rows, problems = [], []
    names = {index: name for name, index in table.columns.items()}
    for number, row in zip(table.row_numbers, table.rows):
        if not any(cell.strip() for cell in row):
            problems.append(_empty_row(file, table.index, number))
            continue
        if _is_divider(row, table.columns):
            problems.append(_divider(file, table.index, number, row))
            continue
        cells = {names[i]: cell for i, cell in enumerate(row) if i in names}
        extra = {
            _extra_name(table.header, i): cell
            for i, cell in enumerate(row)
            if i not in names and cell.strip()
        }
        rows.append(ChronologyRow(Origin(file, table.index, number), cells, extra))
    if not has_source(table.columns):
        problems.append(_no_source(file, table))
    return rows, problems


def _is_divider(row, columns: dict[str, int]) -> bool:
    """A row written across the table (one cell merged over the width, e.g. a period heading):
    one filled cell, not the event's, in a table of three or more columns."""
    filled = [i for i, cell in enumerate(row) if cell.strip()]
    return len(row) >= 3 and len(filled) == 1 and filled[0] != columns.get("event")


def _divider(file: str, table: int, row: int, cells) -> Problem:
    text = next(cell for cell in cells if cell.strip()).strip()
    shown = text if len(text) <= 60 else text[:57] + "..."
    return Problem(
        file,
        f"table {table}, row {row}",
        f"this row is written across the table ('{shown}'); it was read as a heading dividing "
        "the chronology, not as an entry",
        "If it is an event, give it its own date and write it in the event column.",
        "warning",
    )


def _extra_name(header, i: int) -> str:
    text = header[i].strip() if i < len(header) else ""
    return text or f"column {i + 1}"


def action_plan_rows(table: Table) -> list[dict[str, str]]:
    names = {index: name for name, index in table.columns.items()}
    rows = []
    for row in table.rows:
        if any(cell.strip() for cell in row):
            rows.append({names[i]: cell for i, cell in enumerate(row) if i in names})
    return rows


def _empty_row(file: str, table: int, row: int) -> Problem:
    return Problem(
        file,
        f"table {table}, row {row}",
        "this row of the chronology is empty",
        "Delete the empty row in Word, or fill it in.",
        "warning",
    )


def _no_source(file: str, table: Table) -> Problem:
    return Problem(
        file,
        f"table {table.index}",
        "the chronology has no 'Source of information' column, so entries cannot be traced to "
        "the record or practitioner they came from; the source is left blank in the chronology",
        "Add a column headed 'Source of information' and say for each entry where it came from "
        "(for example 'Health Visitor 1 case notes').",
        "warning",
    )


def no_chronology(file: str, tables: int) -> Problem:
    found = f"none of its {tables} tables has" if tables else "it has no tables at all, so none has"
    return Problem(
        file,
        "",
        f"no chronology table was found ({found} a header row with a date and an event column)",
        "Put the chronology in a table whose first row names the columns, e.g. 'Date', "
        "'Source of information', 'Details of contact'; `scr imr-template` makes one.",
    )


def continuation_note(file: str, table: int, previous: int) -> Problem:
    return Problem(
        file,
        f"table {table}",
        f"this table has no header row; it was read as more of the chronology in table {previous}",
        "If that is wrong, give the table its own header row.",
        "warning",
    )
