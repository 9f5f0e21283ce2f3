"""What the workbench pages show, read from the review folder as the CLI leaves it.

The chronology comes from ``out/integrated-chronology.csv`` (its public, anonymised form); the
names to confirm from ``private/review.csv``; problems from ``scr check``'s own code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from chronology import FLAG_NAMES
from pipeline.check import CheckReport, check_review
from pipeline.common import Problem
from pipeline.decisions import load_decisions
from pipeline.timescales import timescale_problems, timescale_summary

CHRONOLOGY_CSV = "integrated-chronology.csv"
PAGE_SIZE = 50


@dataclass(frozen=True)
class Dashboard:
    reference: str
    board: str
    subject: str
    timescales: list[tuple[str, str]]
    overdue: list[Problem]
    arrived: list[str]
    missing: list[str]
    problems: dict[str, list[Problem]]
    summary: str


def dashboard(folder: Path, today: date | None = None) -> Dashboard:
    """The review at a glance: who, timescales, which IMRs are in, every check problem."""
    from pipeline.check import summary
    from pipeline.pseudonyms import kinship_pseudonyms

    report = check_review(folder, today)
    case = report.case
    by_file: dict[str, list[Problem]] = {}
    for problem in sorted(report.problems, key=lambda p: p.severity != "error"):
        by_file.setdefault(problem.file, []).append(problem)
    if case is None:
        return Dashboard("", "", "", [], [], [], [], by_file, summary(report))
    arrived, missing = _agencies(report)
    return Dashboard(
        case.review.reference,
        case.review.board,
        kinship_pseudonyms(case)[case.subject.id],
        timescale_summary(case),
        timescale_problems(case, today or date.today()),
        arrived,
        missing,
        by_file,
        summary(report),
    )


def _agencies(report: CheckReport) -> tuple[list[str], list[str]]:
    from pipeline.check import _matches

    arrived, missing = [], []
    for agency in report.case.agencies:
        found = [imr.path.name for imr in report.imrs if _matches(agency, imr)]
        if found:
            arrived.append(f"{agency.name} ({', '.join(found)})")
        else:
            missing.append(agency.name)
    return arrived, missing


@dataclass(frozen=True)
class Entry:
    """One row of the chronology CSV, as the page shows it."""

    number: int
    cells: dict[str, str]
    flags: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    decided: dict = field(default_factory=dict)  # flag name -> the author's FlagOverride


def chronology_entries(folder: Path) -> list[Entry]:
    """Every entry of the last build's chronology; empty when nothing was built yet."""
    path = Path(folder) / "out" / CHRONOLOGY_CSV
    if not path.is_file():
        return []
    decisions = {(o.entry, o.flag): o for o in load_decisions(folder)}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [_entry(number, row, decisions) for number, row in enumerate(rows, 1)]


def _entry(number: int, row: dict[str, str], decisions: dict) -> Entry:
    evidence = _by_flag(row.get("evidence", ""))
    sources = _by_flag(row.get("flag_source", ""))
    flags = {name: row.get(name, "").rstrip("*").strip().lower() for name in FLAG_NAMES}
    shown = {
        name: f"{sources.get(name, '')}: {evidence.get(name, '')}".strip(": ")
        for name in FLAG_NAMES
        if sources.get(name) or evidence.get(name)
    }
    decided = {
        name: decisions[(row.get("origin", ""), name)]
        for name in FLAG_NAMES
        if (row.get("origin", ""), name) in decisions
    }
    return Entry(number, row, flags, shown, decided)


def _by_flag(text: str) -> dict[str, str]:
    """'child_seen: no reply; seen_alone: ...' as a dict by flag name."""
    found: dict[str, str] = {}
    current = None
    for part in text.split("; "):
        name, _, rest = part.partition(": ")
        if name in FLAG_NAMES:
            current = name
            found[name] = rest
        elif current:
            found[current] += f"; {part}"
    return found


@dataclass(frozen=True)
class Filters:
    agency: str = ""
    flag: str = ""
    value: str = ""
    start: str = ""
    end: str = ""
    text: str = ""
    page: int = 1


def filtered(entries: list[Entry], chosen: Filters) -> list[Entry]:
    """The entries that pass every filter chosen (an empty filter passes everything)."""
    needle = chosen.text.casefold()
    kept = []
    for entry in entries:
        cells = entry.cells
        if chosen.agency and cells.get("agency") != chosen.agency:
            continue
        if chosen.flag in FLAG_NAMES and entry.flags[chosen.flag] != _value(chosen.value):
            continue
        if chosen.start or chosen.end:
            day = _iso(entry)
            if (chosen.start and (not day or day < chosen.start)) or (
                chosen.end and (not day or day > chosen.end)
            ):
                continue
        if needle and needle not in " ".join(cells.values()).casefold():
            continue
        kept.append(entry)
    return kept


def _value(value: str) -> str:
    return "" if value == "unknown" else value


def _iso(entry: Entry) -> str:
    """The entry's date as YYYY-MM-DD for range filters (the first day of a month or year)."""
    from chronology import DateError, parse_date

    try:
        return parse_date(entry.cells.get("date", "")).start.isoformat()
    except (DateError, ValueError):
        return ""


@dataclass(frozen=True)
class NameToConfirm:
    """One name the safety net found, with every mention of it."""

    text: str
    replaced_by: str
    mentions: list[dict[str, str]]


def names_to_confirm(folder: Path) -> list[NameToConfirm]:
    """The review list grouped by name, one line per name, most mentioned first."""
    path = Path(folder) / "private" / "review.csv"
    if not path.is_file():
        return []
    grouped: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            grouped.setdefault(row["text"].strip(), []).append(row)
    names = [
        NameToConfirm(text, rows[0].get("replaced_by", ""), rows)
        for text, rows in grouped.items()
        if text
    ]
    return sorted(names, key=lambda n: (-len(n.mentions), n.text.casefold()))
