"""What the text around a chronology says about its dates: the year and the school term.

IMRs often leave the year out of the date cells when the heading above the table gives it
("4.1 Contacts in 2023" over rows dated "23/09", "?/10"), and write "Week 3 of the autumn term"
under a paragraph saying when the term began. For every table this finds the year named by the
nearest heading or paragraph before it that names a single year, and the first day of a term
named in the paragraphs just above it. A row whose date still has no year takes the year of the
nearest row of its table that has one (the row before, else the row after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from chronology.dates import DateError, names_no_year, parse_date
from chronology.reader.wordml import MC, paragraph_text, w
from chronology.records import ChronologyRow

YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-]?\d)")
NEAR = 3  # a paragraph gives its year or term start to a table at most this many paragraphs below
TERM = re.compile(r"\bterm\b", re.IGNORECASE)
DAY_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b"
)


@dataclass(frozen=True)
class Context:
    year: int | None = None
    term_start: date | None = None


def single_year(text: str) -> int | None:
    """The year a text names, when it names exactly one ("Contacts in 2023", "2024")."""
    years = set(YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def term_start(text: str) -> date | None:
    """The first day of a school term a paragraph names ("the autumn term began on Monday
    5 September 2022"), or None."""
    if not TERM.search(text):
        return None
    for found in DAY_DATE.finditer(text):
        try:
            value = parse_date(found.group(0))
        except (DateError, ValueError):
            continue
        if value.precision == "day":
            return value.start
    return None


def table_contexts(document, is_heading) -> list[Context]:
    """For every table in reading order (as ``wordml.all_tables``), the year and term
    start given above it.

    ``is_heading(paragraph_element, text)`` says whether a paragraph is a heading. The year of
    the nearest heading naming one year holds until the next heading; a paragraph naming one
    year, or a term start, holds for the ``NEAR`` paragraphs after it.
    """
    contexts: list[Context] = []
    heading_year: int | None = None
    recent: list[tuple[int | None, date | None]] = []  # the paragraphs since the last heading
    for element in document.iter(w("p"), w("tbl")):
        above = {a.tag for a in element.iterancestors()}
        if f"{{{MC}}}Fallback" in above or (element.tag == w("p") and w("tbl") in above):
            continue
        if element.tag == w("tbl"):
            near = recent[-NEAR:]
            year = next((y for y, _ in reversed(near) if y), None) or heading_year
            start = next((s for _, s in reversed(near) if s), None)
            contexts.append(Context(year, start))
            continue
        text = paragraph_text(element)
        if not text:
            continue
        if is_heading(element, text):
            heading_year = single_year(text)
            recent = []
        else:
            recent.append((single_year(text), term_start(text)))
    return contexts


def with_context(rows: list[ChronologyRow], context: Context) -> list[ChronologyRow]:
    """The rows of one table with the year and term start they take from around them.

    A row whose date has no year takes the year above the table, else that of the nearest row
    with one (before, else after). A chronology runs earliest first, so where the year taken
    would put a row before the row above it ("15/12" then "05/01") it moves on a year.
    """
    own = [_own_year(r) for r in rows]
    out, current, last = [], context.year, None
    for i, row in enumerate(rows):
        row = replace(row, year=context.year, term_start=context.term_start)
        text = row.cells.get("date", "")
        if own[i] is not None or not names_no_year(text):
            if own[i] is not None and context.year is None:
                current = own[i]
            last = _start(row, None) or last
            out.append(row)
            continue
        year = current or next((y for y in own[i + 1 :] if y is not None), None)
        if year is not None and last is not None:
            start = _start(row, year)
            if start is not None and start < last and (_start(row, year + 1) or last) >= last:
                year += 1
        current = year if year is not None else current
        row = replace(row, year=year)
        last = _start(row, year) or last
        out.append(row)
    return out


def _start(row: ChronologyRow, year: int | None) -> date | None:
    try:
        return parse_date(row.cells.get("date", ""), year=year).start
    except (DateError, ValueError):
        return None


def _own_year(row: ChronologyRow) -> int | None:
    text = row.cells.get("date", "")
    if names_no_year(text):
        return None
    try:
        return parse_date(text).end.year
    except (DateError, ValueError):
        return None
