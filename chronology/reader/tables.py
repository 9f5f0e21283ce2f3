"""Tables of an IMR: decide what each table is, place its columns, and account for every row.

The decision comes first and columns second. A table is an action plan by its header; it is
*not* a chronology when its header says what else it is (version control, a sign-off, the
staff interviewed, a glossary, the documents reviewed: ``headers.OTHER_TABLES``), when it is a
details table (a label beside each value), or when its cells are counts; otherwise it is a
chronology when it has a date column (named, or found by its cells being dates) and an event
column (named, or found by its long text), or when it continues the chronology before it
(a header-less table of the same width with dates where that one has them).

Each Word row then gets a fate (``Table.fates``): a header row (or a group header above it, or a
header typed again), an entry, a divider note written across the table, an empty row, or a row
of a table that is not a chronology. ``scr check --verbose`` prints the account per table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chronology.dates import DateError, parse_date, parse_time
from chronology.headers import (
    canonical,
    has_source,
    is_action_plan,
    match_action_plan,
    match_header,
    normalise,
    other_table,
)
from chronology.reader.narrative import dated_lead
from chronology.reader.wordml import Grid
from chronology.records import ChronologyRow, Origin, Problem, Table

HEADER_SEARCH_ROWS = 3  # a title row or a group header may sit above the header row
DATE_SHARE = 0.5  # a chronology's date column holds dates in at least half its filled cells
CONTENT_DATE_SHARE = 0.8  # an unnamed column is the date column when this share are dates
CONTENT_TIME_SHARE = 0.8  # ... and a time column when this share are times
EVENT_MIN_CHARS = 25  # an unnamed column is the event column when its text is this long on average
EVENT_MIN_WORDS = 5  # ... and this many words: a sentence telling what happened, not a label
PERIOD_DAYS = 31  # a date spanning more than this is a period
COUNTS_SHARE = 0.6  # a table whose other cells are mostly numbers is a table of counts
NUMBER = re.compile(
    r"^[£$€]?\s*[\d.,]+\s*(?:%|hrs?|hours|mins?)?$|^n/?a$|^[-\u2013\u2014]$", re.IGNORECASE
)

# fates of Word rows, in words a board administrator reads
ENTRY = "entry"
HEADER = "header row"
GROUP_HEADER = "group header above the header row"
TITLE = "title row above the header"
REPEATED = "header row typed again"
DIVIDER = "divider note written across the table"
# where a divider's text goes: the entry below it keeps it as a section note, shown in the outputs
SECTION_NOTE = "section_note"
EMPTY = "empty row"
OTHER = "not a chronology"
INSIDE = "part of a table inside a cell"


def read_table(grid: Grid, index: int, previous: Table | None = None, inside: int = 0) -> Table:
    """Decide what one table is and turn it into a Table with its reason and row fates.

    ``previous`` is the last chronology table before it (for continuations); ``inside`` the
    table whose cell holds this one (its text is already part of that table's row).
    """
    rows = grid.rows
    if inside:
        return _other(
            grid, index, 0, {}, f"a table inside a cell of table {inside}", INSIDE, inside
        )
    if not rows:
        return Table(index, (), (), (), reason="an empty table")
    at, columns, plan = _find_header(grid)
    if plan:
        return _plan(grid, index, at, columns)
    own_header = "date" in columns or _last_label_row(grid) is not None
    if not own_header and _is_continuation(grid, previous):
        return _continuation(grid, index, previous)
    # the rows below the header, less those written across the table, profile the columns
    wide = grid.full_width
    body = [r for n, r in enumerate(rows[at + 1 :], at + 1) if not (n < len(wide) and wide[n])]
    named = "date" in columns and "event" in columns
    columns = _place_by_content(rows[at], body, columns)
    if len(rows[0]) <= 2 and not (
        named or (own_header and "date" in columns and "event" in columns)
    ):
        why = "a details table (a label beside each value)"
        return _other(grid, index, at, {}, why, header=False)
    if _is_counts(body, columns):
        return _other(grid, index, at, columns, "a table of counts or figures, not of events")
    kind = other_table(rows[at]) if any(rows[at]) else None
    if kind:
        return _other(grid, index, at, columns, kind)
    missing = [name for name in ("date", "event") if name not in columns]
    if missing:
        named = " and no ".join(missing)
        return _other(grid, index, at, columns, f"it has no {named} column")
    if len(body) >= 3 and date_share(body, columns["date"]) < DATE_SHARE:
        header = rows[at][columns["date"]].strip() or "date"
        return _other(
            grid, index, at, columns, f"fewer than half the cells under '{header}' are dates"
        )
    reason = _reason(rows[at], columns)
    if previous is not None and _same(rows[at], previous.header):
        reason = f"more of the chronology in table {previous.index} (its header typed again)"
    return _chronology(grid, index, at, columns, reason)


def _find_header(grid: Grid) -> tuple[int, dict[str, int], bool]:
    """The header row among the first rows, its columns (a group header above it read in),
    and whether it is an action plan's."""
    best = (0, {}, False)
    for at, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        plan = match_action_plan(row)
        if is_action_plan(plan, row):
            return at, plan, True
        columns = match_header(row)
        if "date" in columns and ("event" in columns or len(columns) >= 2):
            below = grid.rows[at + 1] if at + 1 < len(grid.rows) else ()
            if below and len(match_header(below)) >= len(columns) and not _dated(below, columns):
                at, row = at + 1, below  # a group header above the real one
                columns = match_header(row)
            groups = _groups(grid.rows[at - 1]) if at else ()
            return at, _with_groups(row, groups, columns), False
        if len(columns) > len(best[1]):
            best = (at, columns, False)
    at = _last_label_row(grid)  # no row names a date: the last of the leading rows of labels
    if at is not None:
        groups = _groups(grid.rows[at - 1]) if at else ()
        return at, _with_groups(grid.rows[at], groups, match_header(grid.rows[at])), False
    return best


def _last_label_row(grid: Grid) -> int | None:
    """The last of the first rows that hold short labels and no dates (a title written across
    the table above them is passed over; one below them ends them)."""
    found = None
    for i, row in enumerate(grid.rows[: min(HEADER_SEARCH_ROWS, len(grid.rows) - 1)]):
        if i < len(grid.full_width) and grid.full_width[i]:
            if found is None:
                continue
            break
        if not _looks_like_header(row):
            break
        found = i
    return found


def _dated(row, columns: dict[str, int]) -> bool:
    index = columns.get("date", 0)
    return index < len(row) and is_date_like(row[index])


def _groups(row) -> tuple[str, ...]:
    """A group header row with each label carried over the empty (merged) cells to its right."""
    labels, current = [], ""
    for cell in row:
        current = cell.strip() or current
        labels.append(current)
    return tuple(labels)


def _with_groups(header, groups, columns: dict[str, int]) -> dict[str, int]:
    """Columns the header row leaves unnamed, named by the group header over them."""
    if not groups:
        return columns
    placed = set(columns.values())
    found = dict(columns)
    for i, cell in enumerate(header):
        if i in placed or i >= len(groups):
            continue
        name = canonical(f"{groups[i]} {cell}") or canonical(groups[i])
        if name and name not in found and name != "event":
            found[name] = i
    return found


def _place_by_content(header, body, columns: dict[str, int]) -> dict[str, int]:
    """Columns placed by what they hold, where the header does not say.

    Several headings naming the event: the column with the longest text is the event ("Record"
    beside "Details of contact"). No date heading: a column of dates is the date. No time
    heading: a column of times is the time. No event heading: the unnamed column with the
    longest text, if it is long enough to tell what happened.
    """
    found = dict(columns)
    named = {i for i, cell in enumerate(header) if canonical(cell)}
    events = [i for i, cell in enumerate(header) if canonical(cell) == "event"]
    if len(events) >= 2:
        found["event"] = max(events, key=lambda i: (_mean_length(body, i), -i))
    unnamed = [i for i in range(len(header)) if i not in named and i not in found.values()]
    if "date" not in found:
        dates = [
            i
            for i in unnamed
            if _filled(body, i)
            and date_share(body, i) >= CONTENT_DATE_SHARE
            and _short_share(body, i) >= DATE_SHARE
        ]
        if dates:
            found["date"] = dates[0]
            unnamed.remove(dates[0])
    if "time" not in found:
        times = [
            i for i in unnamed if _filled(body, i) and _time_share(body, i) >= CONTENT_TIME_SHARE
        ]
        if times:
            found["time"] = times[0]
            unnamed.remove(times[0])
    if "event" not in found and unnamed:
        best = max(unnamed, key=lambda i: (_mean_length(body, i), -i))
        long_enough = _mean_length(body, best) >= EVENT_MIN_CHARS
        sentences = _mean_words(body, best) >= EVENT_MIN_WORDS
        if long_enough and sentences and date_share(body, best) < DATE_SHARE:
            found["event"] = best
    if "event" not in found and "date" in found:
        found = _event_from_named(body, found)
    return found


# columns whose heading is not the event's but which may be the only text telling what happened
# ("Concern / action taken", "Comment") when no column is headed as the event
EVENT_STAND_INS = ("action", "analysis", "contact_type")


def _event_from_named(body, found: dict[str, int]) -> dict[str, int]:
    """No column is the event by its heading or among the unnamed ones: the column with the
    longest text among those headed as the action, a comment or the kind of contact is the
    event, if its cells are sentences telling what happened."""
    named = [found[name] for name in EVENT_STAND_INS if name in found]
    if not named:
        return found
    best = max(named, key=lambda i: (_mean_length(body, i), -i))
    if (
        _mean_length(body, best) < EVENT_MIN_CHARS
        or _mean_words(body, best) < EVENT_MIN_WORDS
        or date_share(body, best) >= DATE_SHARE
    ):
        return found
    kept = {name: i for name, i in found.items() if i != best}
    return kept | {"event": best}


def _short_share(body, i: int) -> float:
    """Share of the filled cells of column i naming a day, a week or a month at most: a
    column of periods ("March to November 2024") says what a document covers, not when."""
    cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
    return sum(map(_is_short, cells)) / len(cells) if cells else 0.0


def _is_short(text: str) -> bool:
    try:
        value = parse_date(text)
    except (DateError, ValueError):
        return False
    return (value.end - value.start).days <= PERIOD_DAYS


def _mean_words(body, i: int) -> float:
    cells = [row[i].split() for row in body if i < len(row) and row[i].strip()]
    return sum(map(len, cells)) / len(cells) if cells else 0.0


def _filled(body, i: int) -> int:
    return sum(1 for row in body if i < len(row) and row[i].strip())


def _mean_length(body, i: int) -> float:
    cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
    return sum(map(len, cells)) / len(cells) if cells else 0.0


def _time_share(body, i: int) -> float:
    cells = [row[i].strip() for row in body if i < len(row) and row[i].strip()]
    return sum(map(_is_time, cells)) / len(cells) if cells else 0.0


def _is_time(text: str) -> bool:
    try:
        clock, _, period = parse_time(text)
    except (DateError, ValueError):
        return False
    return clock is not None or bool(period)


def _is_counts(body, columns: dict[str, int]) -> bool:
    """Most cells outside the first column and the date column are numbers."""
    skip = {0, columns.get("date", 0)}
    cells = [c.strip() for row in body for i, c in enumerate(row) if i not in skip and c.strip()]
    return bool(cells) and sum(bool(NUMBER.match(c)) for c in cells) >= COUNTS_SHARE * len(cells)


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


def _reason(header, columns: dict[str, int]) -> str:
    by_content = [
        f"'{header[columns[name]].strip() or f'column {columns[name] + 1}'}' as the {name}"
        for name in ("date", "time", "event")
        if name in columns and canonical(header[columns[name]]) != name
    ]
    found = f" (read by what the cells hold: {', '.join(by_content)})" if by_content else ""
    return f"a chronology{found}"


def _fates_around_header(grid: Grid, at: int) -> list[str]:
    fates = []
    for number in range(at + 1):
        if number == at:
            fates.append(HEADER)
        elif number == at - 1 and sum(1 for c in grid.rows[number] if c.strip()) > 1:
            fates.append(GROUP_HEADER)
        else:
            fates.append(TITLE)
    return fates


def _chronology(grid: Grid, index: int, at: int, columns: dict[str, int], reason: str) -> Table:
    header = grid.rows[at]
    fates = _fates_around_header(grid, at)
    body, numbers = [], []
    for number, (row, repeated) in enumerate(zip(grid.rows, grid.repeated_header), start=1):
        if number <= at + 1:
            continue
        if repeated or _same(row, header) or (at and _same(row, grid.rows[at - 1])):
            fates.append(REPEATED)
            continue
        fates.append(_row_fate(row, columns, _full(grid, number)))
        body.append(row)
        numbers.append(number)
    return Table(
        index=index,
        header=header,
        rows=tuple(body),
        row_numbers=tuple(numbers),
        columns=columns,
        is_chronology=True,
        reason=reason,
        fates=tuple(fates),
    )


def _full(grid: Grid, number: int) -> bool:
    return number - 1 < len(grid.full_width) and grid.full_width[number - 1]


def _row_fate(row, columns: dict[str, int], full_width: bool = False) -> str:
    if not any(cell.strip() for cell in row):
        return EMPTY
    if full_width or _is_divider(row, columns):
        return DIVIDER
    return ENTRY


def _other(
    grid: Grid,
    index: int,
    at: int,
    columns: dict[str, int],
    why: str,
    fate: str = OTHER,
    inside: int = 0,
    header: bool = True,
) -> Table:
    fates = [fate] * len(grid.rows)
    if header and fate == OTHER and grid.rows and _looks_like_header(grid.rows[at]):
        fates[at] = HEADER
    return Table(  # every row kept (the cover details are read from such tables)
        index=index,
        header=grid.rows[0] if grid.rows else (),
        rows=tuple(grid.rows[1:]),
        row_numbers=tuple(range(2, len(grid.rows) + 1)),
        columns=columns,
        reason=f"not a chronology: {why}",
        fates=tuple(fates),
        inside=inside,
    )


def _looks_like_header(row) -> bool:
    """A first row of short labels, none a date."""
    cells = [c.strip() for c in row if c.strip()]
    return len(cells) >= 2 and all(len(c) <= 40 and not is_date_like(c) for c in cells)


def _plan(grid: Grid, index: int, at: int, columns: dict[str, int]) -> Table:
    table = _other(grid, index, at, columns, "")
    return Table(
        index=index,
        header=table.header,
        rows=table.rows,
        row_numbers=table.row_numbers,
        columns=columns,
        is_action_plan=True,
        reason="the action plan",
        fates=tuple(HEADER if f == HEADER else "action-plan row" for f in table.fates),
    )


def _continuation(grid: Grid, index: int, previous: Table) -> Table:
    """A header-less table (or one whose header repeats the table before) read as more rows of
    the chronology table before it."""
    fates, body, numbers = [], [], []
    for number, row in enumerate(grid.rows, start=1):
        if _same(row, previous.header) or (number == 1 and _is_header_like(row, previous)):
            fates.append(REPEATED)
            continue
        fates.append(_row_fate(row, previous.columns, _full(grid, number)))
        body.append(row)
        numbers.append(number)
    return Table(
        index=index,
        header=previous.header,
        rows=tuple(body),
        row_numbers=tuple(numbers),
        columns=previous.columns,
        is_chronology=True,
        reason=f"more of the chronology in table {previous.index} (no header row of its own)",
        fates=tuple(fates),
    )


def _is_header_like(row, previous: Table) -> bool:
    found = match_header(row)
    return bool(found) and found == {k: v for k, v in previous.columns.items() if canonical(row[v])}


def _is_continuation(grid: Grid, previous: Table | None) -> bool:
    """A header-less table after a chronology, as wide, with dates where its date column is
    (a signature table of the same width is not a continuation)."""
    if previous is None or not grid.rows or "date" not in previous.columns:
        return False
    if (
        len(grid.rows[0]) != len(previous.header)
        or match_header(grid.rows[0]).get("date") is not None
    ):
        return False
    return date_share(grid.rows, previous.columns["date"]) >= DATE_SHARE and not other_table(
        grid.rows[0]
    )


def chronology_rows(table: Table, file: str) -> tuple[list[ChronologyRow], list[Problem]]:
    """Rows of a chronology table keyed by canonical column; empty rows become problems.

    A row whose date cell holds several dates, one a line, and whose event cell holds as many
    lines each starting with a date, is that many entries ("19.11.24 - seen at school" and
    "26.11.24 - did not attend" written in one row).
    """
    rows, problems = [], []
    names = {index: name for name, index in table.columns.items()}
    heading = ""  # a divider's text, kept with the entry it stands above
    for number, row in zip(table.row_numbers, table.rows):
        fate = table.fates[number - 1] if number - 1 < len(table.fates) else ""
        if not any(cell.strip() for cell in row):
            problems.append(_empty_row(file, table.index, number))
            continue
        if fate == DIVIDER or _is_divider(row, table.columns):
            problems.append(_divider(file, table.index, number, row))
            text = " ".join(next(cell for cell in row if cell.strip()).split())
            heading = f"{heading} / {text}" if heading else text
            continue
        cells = {names[i]: cell for i, cell in enumerate(row) if i in names}
        extra = {
            _extra_name(table.header, i): cell
            for i, cell in enumerate(row)
            if i not in names and cell.strip()
        }
        if heading:
            extra[SECTION_NOTE] = heading
            heading = ""
        for part in _split_dated_lines(cells):
            rows.append(ChronologyRow(Origin(file, table.index, number), part, extra))
    if heading and rows:  # a divider under the last entry: kept with that entry
        last = rows[-1]
        note = f"{last.extra[SECTION_NOTE]} / {heading}" if SECTION_NOTE in last.extra else heading
        rows[-1] = replace(last, extra={**last.extra, SECTION_NOTE: note})
    if not has_source(table.columns):
        problems.append(_no_source(file, table))
    return rows, problems


def _split_dated_lines(cells: dict[str, str]) -> list[dict[str, str]]:
    dates = [line.strip() for line in cells.get("date", "").splitlines() if line.strip()]
    events = [line.strip() for line in cells.get("event", "").splitlines() if line.strip()]
    if len(dates) < 2 or len(events) != len(dates):
        return [cells]
    leads = [dated_lead(line) for line in events]
    if any(lead is None for lead in leads):
        return [cells]
    for written, lead in zip(dates, leads):
        try:
            if parse_date(written).start != lead.value.start:
                return [cells]
        except DateError:
            return [cells]
    return [{**cells, "date": lead.date_text, "event": lead.rest} for lead in leads]


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


def describe(table: Table) -> str:
    """One line of the reading account: what the table is and what became of its rows.

    "Table 3 (12 rows): not a chronology: a sign-off table (names and signatures, no event
    text)"; "Table 4 (20 rows): a chronology: 1 header row, 18 entries, 1 divider note ...".
    """
    rows = len(table.fates)
    head = f"Table {table.index} ({rows} row{'' if rows == 1 else 's'}): {table.reason}"
    if not table.is_chronology:
        return head
    counts: dict[str, int] = {}
    for fate in table.fates:
        counts[fate] = counts.get(fate, 0) + 1
    parts = [_plural(number, fate) for fate, number in counts.items()]
    return f"{head}: {', '.join(parts)}"


def _plural(number: int, fate: str) -> str:
    """ "2 entries", "3 header rows typed again": the fate's noun (its first two words when
    they are "header row", "divider note" and the like) made plural."""
    if number == 1:
        return f"1 {fate}"
    words = fate.split(" ")
    at = 1 if len(words) > 1 and words[1] in ("row", "note", "header") else 0
    words[at] = words[at][:-1] + "ies" if words[at].endswith("y") else words[at] + "s"
    return f"{number} {' '.join(words)}"
