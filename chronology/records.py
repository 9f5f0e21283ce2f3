"""Records for what an IMR says: tables, rows with their provenance, sections, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.common import Problem


@dataclass(frozen=True)
class Origin:
    """Where a chronology row came from.

    ``table`` is 1-based among the document's tables in reading order (nested tables count
    after their parent); ``row`` is 1-based within that Word table, the header row being row 1,
    so a user can find it by counting. ``table`` 0 is a dated paragraph outside any table, and
    ``row`` is then its 1-based number among the body's paragraphs.
    """

    file: str
    table: int
    row: int

    @property
    def place(self) -> str:
        """ "table 2, row 5", or "paragraph 12" for a dated paragraph outside any table."""
        return f"paragraph {self.row}" if self.table == 0 else f"table {self.table}, row {self.row}"

    def __str__(self) -> str:
        return f"{self.file}, {self.place}"


@dataclass(frozen=True)
class Table:
    """A Word table as text: header row and body rows, merged cells resolved."""

    index: int
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # the Word row number (1-based) of each body row
    columns: dict[str, int] = field(default_factory=dict)  # canonical column -> cell index
    is_chronology: bool = False
    is_action_plan: bool = False
    reason: str = ""  # why the table was or was not read as a chronology, in plain words
    fates: tuple[str, ...] = ()  # what became of each Word row, in order (see chronology.reader)
    inside: int = 0  # the table whose cell holds this one, 0 for a table in the body


@dataclass(frozen=True)
class ChronologyRow:
    """One row of an agency's chronology table, cells keyed by canonical column name.

    Canonical names: date, time, end_date, end_time, source, event, action, analysis,
    child_seen, seen_alone, wishes_sought, wishes_expressed, seq, age, contact_type,
    practitioner; ``extra`` keeps columns with no canonical meaning, by their header text.
    """

    origin: Origin
    cells: dict[str, str]
    extra: dict[str, str] = field(default_factory=dict)
    year: int | None = None  # the year the IMR gives around the row, for a date without one
    term_start: date | None = None  # the first day of the school term named above the table


@dataclass(frozen=True)
class Section:
    """A part of the IMR outline (8.32-8.37) found by heading style or heading text.

    ``key`` is one of: introduction, terms_of_reference, methodology, context, involvement,
    chronology, analysis, lessons, recommendations, action_plan, conclusions, other.
    """

    key: str
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Recommendation:
    number: str
    text: str
    agency: str


@dataclass(frozen=True)
class Imr:
    """An Individual Management Review as read from one Word file."""

    path: Path
    agency: str
    author: str = ""
    author_role: str = ""
    dates: dict[str, str] = field(default_factory=dict)  # e.g. {"date of report": "12 March 2026"}
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    chronology: tuple[ChronologyRow, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    action_plan: tuple[dict[str, str], ...] = ()  # rows of action-plan tables, canonical keys
    other_text: tuple[str, ...] = ()  # headers, footers, footnotes, endnotes, text boxes
    problems: tuple[Problem, ...] = ()
    narrative_account: tuple[str, ...] = ()  # what the reader did with dated paragraphs

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
