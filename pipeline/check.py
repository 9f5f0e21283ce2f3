"""`scr check`: every problem with case.yaml and the IMRs, at once, in plain English.

A bad Word file in ``imrs/`` is a problem for that file, not a stop, so the user sees everything
in one run. Per-chronology rules follow Chronolator's checks: mandatory columns and cells,
readable dates, rows in order (earliest first, or latest first for the whole table).
"""

from __future__ import annotations

import importlib
import itertools
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from chronology import (
    ChronologyRow,
    DateError,
    DateValue,
    Imr,
    describe,
    normalise,
    read_imr,
    row_date,
)
from pipeline.case import Case
from pipeline.case.examples import example_value_problems
from pipeline.case.loader import read_case
from pipeline.common import InputError as AnyInputError
from pipeline.common import Problem
from pipeline.errors import InputError
from pipeline.wordfile import check_word_file, iter_word_files

CASE_FILE = "case.yaml"
IMR_FOLDER = "imrs"
AUTHOR_NOTE_MARKS = ("#", "^", "\u00ac", "~")  # Chronolator: author notes skip all but date checks
MANDATORY_CELLS = (
    (
        "source",
        "the source of information is empty",
        "Say where this entry came from, e.g. 'GP records'.",
    ),
    ("agency", "the agency is empty", "Name the agency this entry came from."),
    ("event", "the event is empty", "Describe what happened, or delete the row."),
)
MAX_LISTED_ROWS = 10


@dataclass(frozen=True)
class CheckReport:
    """What `scr check` found: every problem, the files looked at, what could be read."""

    problems: tuple[Problem, ...]
    files: tuple[str, ...]
    imrs: tuple[Imr, ...] = ()
    case: Case | None = None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity != "error")

    @property
    def ok(self) -> bool:
        """True when nothing needs fixing (warnings alone are fine)."""
        return not self.errors


def check_review(folder: Path, today: date | None = None) -> CheckReport:
    """Check ``case.yaml`` and every IMR in ``imrs/``; collect problems, never stop early.

    Raises ``pipeline.errors.InputError`` only when ``folder`` is not a folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: is not a review folder; give the folder holding case.yaml")
    case, problems = _check_case(folder / CASE_FILE)
    problems += example_value_problems(folder / CASE_FILE) if case is not None else []
    imrs, files = [], [CASE_FILE]
    for path in _imr_paths(folder, problems):
        files.append(path.name)
        imr = _read(path, problems)
        if imr is not None:
            imrs.append(imr)
            problems += imr.problems
            problems += chronology_problems(imr)
    if case is not None:
        problems += agency_problems(case, imrs)
        problems += _timescale_problems(case, today or date.today())
    return CheckReport(tuple(problems), tuple(files), tuple(imrs), case)


def _check_case(path: Path) -> tuple[Case | None, list[Problem]]:
    try:
        reading = read_case(path)
    except InputError as error:
        return None, [_from_error(CASE_FILE, error)]
    return reading.case, [_as_case_file(p) for p in reading.problems]


def _imr_paths(folder: Path, problems: list[Problem]) -> list[Path]:
    imrs = folder / IMR_FOLDER
    if not imrs.is_dir():
        problems.append(
            Problem(
                file=IMR_FOLDER,
                place="",
                message="the review folder has no 'imrs' folder",
                advice="Make a folder named 'imrs' beside case.yaml and put the IMR Word files in it.",
            )
        )
        return []
    paths = iter_word_files(imrs)
    if not paths:
        problems.append(
            Problem(
                file=IMR_FOLDER,
                place="",
                message="there are no IMR Word files (.docx) yet",
                advice="Put each agency's IMR in the 'imrs' folder.",
                severity="warning",
            )
        )
    return paths


def _read(path: Path, problems: list[Problem]) -> Imr | None:
    try:
        check_word_file(path)
        return read_imr(path)
    except AnyInputError as error:
        problems.append(_from_error(path.name, error))
        return None


def _from_error(file: str, error: Exception) -> Problem:
    """A one-line InputError as a Problem, without repeating the file name."""
    message = str(error).strip()
    for prefix in (f"{file}:", f"{file} "):
        if message.startswith(prefix):
            message = message[len(prefix) :].strip()
    return Problem(file=file, place="", message=message.rstrip("."))


def chronology_problems(imr: Imr) -> list[Problem]:
    """Dates, mandatory cells and order of one IMR's chronology rows."""
    problems: list[Problem] = []
    dated: list[tuple[ChronologyRow, DateValue]] = []
    for row in imr.chronology:
        value = _row_date(imr, row, problems)
        if value is not None:
            dated.append((row, value))
        if not _is_author_note(row):
            problems += _empty_cells(imr, row)
    problems += order_problems(imr, dated)
    return problems


def _place(imr: Imr, row: ChronologyRow, column: str) -> str:
    if row.origin.table == 0:  # a dated paragraph outside any table
        return row.origin.place
    table = imr.tables[row.origin.table - 1]
    index = table.columns.get(column)
    header = table.header[index].strip() if index is not None else column
    return f"table {row.origin.table}, row {row.origin.row}, column '{header or column}'"


def _row_date(imr: Imr, row: ChronologyRow, problems: list[Problem]) -> DateValue | None:
    """The row's date as the chronology reads it (``chronology.dates.row_date``), or None with
    a problem naming the cell at fault."""
    try:
        return row_date(row)
    except DateError as error:
        problems.append(
            Problem(
                file=row.origin.file,
                place=_place(imr, row, error.field),
                message=str(error).rstrip("."),
                advice="Correct the cell in the IMR and run the check again.",
            )
        )
        return None


def _is_author_note(row: ChronologyRow) -> bool:
    return row.cells.get("source", "").strip().startswith(AUTHOR_NOTE_MARKS)


def _empty_cells(imr: Imr, row: ChronologyRow) -> list[Problem]:
    return [
        Problem(
            file=row.origin.file, place=_place(imr, row, column), message=message, advice=advice
        )
        for column, message, advice in MANDATORY_CELLS
        if column in row.cells and not row.cells[column].strip()
    ]


def _key(value: DateValue) -> tuple[date, int]:
    return value.start, value.time_minutes


def _before(later: DateValue, earlier: DateValue) -> bool:
    """True when ``later`` certainly happened before ``earlier`` (intervals do not overlap)."""
    if later.end < earlier.start:
        return True
    same_day = later.start == later.end == earlier.start == earlier.end
    both_timed = later.time_minutes >= 0 and earlier.time_minutes >= 0
    return same_day and both_timed and later.time_minutes < earlier.time_minutes


def order_problems(imr: Imr, dated: list[tuple[ChronologyRow, DateValue]]) -> list[Problem]:
    """Rows that break the order of their chronology, which may run either way."""
    pairs = list(itertools.pairwise(dated))
    down = [b for a, b in pairs if _before(b[1], a[1])]
    up = [b for a, b in pairs if _before(a[1], b[1])]
    descending = len(down) > len(up)
    breaking = up if descending else down
    if not breaking:
        return []
    return [_order_problem(imr, descending, rows) for rows in _by_table(breaking).values()]


def _by_table(rows) -> dict[int, list[ChronologyRow]]:
    tables: dict[int, list[ChronologyRow]] = {}
    for row, _ in rows:
        tables.setdefault(row.origin.table, []).append(row)
    return tables


def _order_problem(imr: Imr, descending: bool, rows: list[ChronologyRow]) -> Problem:
    numbers = [str(r.origin.row) for r in rows[:MAX_LISTED_ROWS]]
    more = f" and {len(rows) - MAX_LISTED_ROWS} more" if len(rows) > MAX_LISTED_ROWS else ""
    listed = ", ".join(numbers) + more
    way, wrong = ("latest first", "later") if descending else ("earliest first", "earlier")
    where = "paragraph" if rows[0].origin.table == 0 else f"table {rows[0].origin.table}, row"
    noun = where + ("" if len(rows) == 1 else "s")
    return Problem(
        file=rows[0].origin.file,
        place=f"{noun} {listed}",
        message=f"the chronology runs {way}, but {'this row is' if len(rows) == 1 else 'these rows are'} "
        f"{wrong} than the row above",
        advice="Nothing to do if the dates are right: the integrated chronology sorts every entry by "
        "date. Otherwise correct the dates in the IMR.",
        severity="warning",
    )


def _names(agency) -> set[str]:
    return {normalise(n) for n in (agency.name, agency.short, *agency.aliases) if n}


def _matches(agency, imr: Imr) -> bool:
    named_file = getattr(agency, "imr", None)
    if named_file is not None and Path(named_file).name == imr.path.name:
        return True
    said = {normalise(imr.agency), normalise(imr.path.stem)}
    return any(
        name == text or f" {name} " in f" {text} " for name in _names(agency) for text in said
    )


def agency_problems(case: Case, imrs: list[Imr]) -> list[Problem]:
    """Agencies in case.yaml with no IMR, and IMRs from agencies case.yaml does not list."""
    problems = [
        Problem(
            file=CASE_FILE,
            place="agencies",
            message=f"no IMR from {agency.name} was found in imrs/",
            advice="Add its IMR to the 'imrs' folder, or remove the agency from case.yaml.",
            severity="warning",
        )
        for agency in case.agencies
        if not any(_matches(agency, imr) for imr in imrs)
    ]
    problems += [
        Problem(
            file=imr.path.name,
            place="",
            message=f"this IMR is from '{imr.agency}', which case.yaml does not list under agencies",
            advice="Add the agency to case.yaml (with its short name), or check "
            "the agency named on the IMR's cover.",
            severity="warning",
        )
        for imr in imrs
        if case.agencies and not any(_matches(agency, imr) for agency in case.agencies)
    ]
    return problems


def _timescale_problems(case: Case, today: date) -> list[Problem]:
    try:
        timescales = importlib.import_module("pipeline.timescales")
    except ModuleNotFoundError as error:
        if error.name != "pipeline.timescales":
            raise
        return []
    return [_as_case_file(p) for p in timescales.timescale_problems(case, today)]


def _as_case_file(problem: Problem) -> Problem:
    return replace(problem, file=CASE_FILE) if problem.file.endswith(CASE_FILE) else problem


def reading_account(imr: Imr) -> list[str]:
    """What the reader did with every table and dated paragraph of one IMR, one line each."""
    lines = [describe(table) for table in imr.tables]
    lines += [f"Paragraphs: {line}" for line in imr.narrative_account]
    entries = len(imr.chronology)
    lines.append(f"{entries} entr{'y' if entries == 1 else 'ies'} read from this IMR")
    return lines


def format_report(report: CheckReport, verbose: bool = False) -> str:
    """Problems grouped by file, errors before warnings, and a one-line summary at the end.

    ``verbose`` adds, under each IMR, the reading account: every table with what it was taken
    for (or why not) and what became of its rows, and the dated paragraphs read as entries.
    """
    lines: list[str] = []
    accounts = {imr.path.name: reading_account(imr) for imr in report.imrs} if verbose else {}
    files = _files_in_order(report)
    files += [name for name in accounts if name not in files]
    for file in files:
        found = sorted(
            (p for p in report.problems if p.file == file), key=lambda p: p.severity != "error"
        )
        lines.append(f"{file}:")
        lines += [f"  {line}" for line in accounts.get(file, ())]
        for problem in found:
            tag = "warning: " if problem.severity != "error" else ""
            where = f"{problem.place}: " if problem.place else ""
            advice = f" {problem.advice}" if problem.advice else ""
            lines.append(f"  - {tag}{where}{problem.message}.{advice}".replace("..", "."))
    lines.append(summary(report))
    return "\n".join(lines)


def _files_in_order(report: CheckReport) -> list[str]:
    order = list(dict.fromkeys(p.file for p in report.problems))
    known = [f for f in report.files if f in order]
    return known + [f for f in order if f not in known]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def summary(report: CheckReport) -> str:
    """ "3 problems in 2 files; 1 warning", or "No problems in 4 files"."""
    errors, warnings = report.errors, report.warnings
    if not errors and not warnings:
        return f"No problems in {_count(len(report.files), 'file')}."
    head = (
        "No problems"
        if not errors
        else (
            f"{_count(len(errors), 'problem')} in {_count(len({p.file for p in errors}), 'file')}"
        )
    )
    return f"{head}; {_count(len(warnings), 'warning')}." if warnings else f"{head}."
