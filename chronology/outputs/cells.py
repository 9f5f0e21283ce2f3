"""What every writer of the chronology shows alike: dates, flags, the agencies' colours, the
summary's facts, and the one way a chronology file is written (private, atomically)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from chronology.entries import ChronologyEntry
from chronology.summary import Summary
from pipeline.common import write_with

# Paul Tol's "light" scheme: distinct for colour-blind readers, black text passes WCAG AA on each
AGENCY_PALETTE = (
    "#77AADD",
    "#EE8866",
    "#EEDD88",
    "#FFAABB",
    "#99DDFF",
    "#44BB99",
    "#BBCC33",
    "#AAAA00",
    "#DDDDDD",
)
INFERRED_MARK = "*"
INFERRED_NOTE = (
    "* inferred from the event text, not stated by the agency; the words that "
    "decided it are in the evidence column of the CSV and spreadsheet. "
    "Blank: not known."
)
STATED_NOTE = "stated by the agency"


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then rename it to ``path`` (0600:
    a chronology names the family until it is anonymised)."""
    return write_with(path, write, private=True)


def agency_colours(agencies: Sequence[str]) -> dict[str, str]:
    """A colour per agency, in order; after nine the palette repeats (the name is always shown)."""
    return {agency: AGENCY_PALETTE[i % len(AGENCY_PALETTE)] for i, agency in enumerate(agencies)}


def flag_text(flag, mark: str = INFERRED_MARK) -> str:
    """Yes / No / "" with the inferred mark when the flag was inferred from the text."""
    shown = {"yes": "Yes", "no": "No"}.get(flag.value, "")
    return f"{shown}{mark}" if shown and flag.source == "inferred" else shown


def date_cells(entry: ChronologyEntry) -> tuple[str, str, str]:
    """(date, time, precision) as shown; an undated entry shows what was written."""
    if entry.date is None:
        return entry.date_text, "", "unreadable"
    return entry.date.display, entry.date.time_display, entry.date.precision


def evidence_text(name: str, flag) -> str:
    """One flag's evidence as the CSV shows it; a value from the IMR's own column says so."""
    if flag.source == "stated":
        return f"{name}: {STATED_NOTE}: {flag.evidence}"
    return f"{name}: {flag.evidence}"


def summary_lines(summary: Summary) -> list[tuple[str, str]]:
    """The key facts as (label, text) pairs, for the Word summary and the Summary sheet."""
    lines = [("Period of the entries", _period(summary))]
    gap = summary.longest_gap
    lines.append(
        (
            "Longest gap between sightings of the child",
            "no two dated sightings"
            if gap is None
            else f"{gap.days} days, from {gap.before.date.display} "
            f"({gap.before.agency}) to {gap.after.date.display} ({gap.after.agency})",
        )
    )
    last = summary.last_sighting
    label = "Last sighting before the incident" if summary.incident else "Last sighting"
    lines.append((label, "none recorded" if last is None else _sighting(last)))
    if summary.incident:
        lines.append(("Incident", f"{summary.incident:%d/%m/%Y}"))
    lines.append(("No access, no reply, not brought", str(summary.total.no_access)))
    lines.append(("Entries with a date that could not be read", str(summary.undated)))
    return lines


def _period(summary: Summary) -> str:
    if summary.first is None:
        return "no dated entries"
    return f"{summary.first:%d/%m/%Y} to {summary.last:%d/%m/%Y}"


def _sighting(last) -> str:
    text = f"{last.entry.date.display}, {last.entry.source}"
    if last.days_before_incident is not None:
        text += f" ({last.days_before_incident} days before the incident)"
    return text


FIGURE_COLUMNS = (
    ("Agency", "agency"),
    ("Entries", "entries"),
    ("Contacts", "contacts"),
    ("Seen", "seen"),
    ("Seen alone", "seen_alone"),
    ("Wishes sought", "wishes_sought"),
    ("Wishes expressed", "wishes_expressed"),
    ("No access / not brought", "no_access"),
    ("Undated", "undated"),
)


def figure_rows(summary: Summary) -> list[list[str]]:
    """Header and one row per agency, then the total, as text."""
    rows = [[label for label, _ in FIGURE_COLUMNS]]
    for figures in (*summary.agencies, summary.total):
        rows.append([str(getattr(figures, key)) for _, key in FIGURE_COLUMNS])
    return rows
