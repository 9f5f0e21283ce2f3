"""Merge every row of every IMR into one integrated chronology, ordered and grouped.

Order: the start of the date's interval, then the time (an unknown time sorts before the
known times of that day, as Chronolator's assumed start of day does; "am"/"pm" sort at the
start of their half of the day), then the agency (in the order the IMRs were given), then the
IMR's own Seq column if it has one, then the row's place in its IMR. Nothing is dropped:
a row whose date cannot be read is reported as a problem and kept in ``undated``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chronology.dates import DateError, DateValue, row_date
from chronology.entries import FLAG_NAMES, Chronology, ChronologyEntry
from chronology.records import ChronologyRow, Imr, Problem

if TYPE_CHECKING:
    from chronology.flags import FlagValue, SubjectNames

Flagger = Callable[[Mapping[str, str]], Mapping[str, "FlagValue"]]

CORE_CELLS = (
    "date",
    "time",
    "end_date",
    "end_time",
    "source",
    "event",
    "action",
    "seq",
    *FLAG_NAMES,
)


@dataclass(frozen=True)
class EventKind:
    """A multi-agency event that several agencies may each report; ``words`` are regexes."""

    name: str
    words: tuple[str, ...]


EVENT_KINDS = (
    EventKind(
        "strategy meeting",
        (r"strategy (?:meeting|discussion|call|conference)", r"strat(?:egy)? mtg"),
    ),
    EventKind(
        "child protection conference",
        (
            r"(?:initial |review )?child protection (?:case )?conference",
            r"\bi?cpc\b",
            r"\brcpc\b",
            r"case conference",
        ),
    ),
    EventKind("core group", (r"core group",)),
    EventKind(
        "joint visit",
        (
            r"joint (?:home )?visit",
            r"joint (?:s\.? ?47|section 47)",
            r"(?:s\.? ?47|section 47) joint",
            r"joint investigation",
            r"(?:s\.? ?47|section 47) (?:home )?visit",
        ),
    ),
    EventKind("MARAC", (r"\bmarac\b",)),
    EventKind("MAPPA", (r"\bmappa\b",)),
    EventKind(
        "child in need meeting", (r"child in need (?:review|meeting)", r"\bcin (?:review|meeting)")
    ),
    EventKind("professionals meeting", (r"professionals'? meeting",)),
    EventKind(
        "team around the child", (r"team around the (?:child|family)", r"\btac\b", r"\btaf\b")
    ),
)
GROUP_WINDOW_DAYS = 7  # only entries dated to within a week can be matched to each other


@dataclass(frozen=True)
class MergeResult:
    chronology: Chronology
    problems: tuple[Problem, ...] = ()


def merge(
    imrs: Sequence[Imr], flagger: Flagger | None = None, *, subject: SubjectNames | None = None
) -> MergeResult:
    """Merge the chronology rows of ``imrs`` (in agency order) into one Chronology.

    ``flagger`` maps a row's canonical cells to its four flags; by default
    ``chronology.flags.assess`` with ``subject``. Rows with no text at all are skipped.
    """
    flag = flagger or _default_flagger(subject)
    agencies = tuple(dict.fromkeys(imr.agency for imr in imrs))
    entries, problems = [], []
    for imr in imrs:
        for seq, row in enumerate(imr.chronology, 1):
            if _is_blank(row):
                continue
            entry, problem = _entry(imr, row, seq, flag)
            entries.append(entry)
            problems.extend(problem)
    dated = sorted((e for e in entries if e.date), key=lambda e: sort_key(e, agencies))
    undated = tuple(e for e in entries if e.date is None)
    chronology = Chronology(group_events(dated), undated, agencies)
    return MergeResult(chronology, tuple(problems))


def sort_key(entry: ChronologyEntry, agencies: Sequence[str]) -> tuple:
    when: DateValue = entry.date
    return (when.start, when.time_minutes, agencies.index(entry.agency), entry.order, entry.seq)


def prefixed(agency: str, source: str) -> str:
    """The source with its agency in front ("Police: PC 123 notes"), never twice."""
    source = source.strip()
    if not source:
        return agency
    if source.lower().startswith(agency.lower()):
        return source
    return f"{agency}: {source}"


def _default_flagger(subject: SubjectNames | None) -> Flagger:
    from chronology.flags import SubjectNames, assess

    names = subject or SubjectNames(names=(), others=())
    return lambda cells: assess(cells, names)


def _is_blank(row: ChronologyRow) -> bool:
    return not any(v.strip() for v in (*row.cells.values(), *row.extra.values()))


def _entry(
    imr: Imr, row: ChronologyRow, seq: int, flag: Flagger
) -> tuple[ChronologyEntry, list[Problem]]:
    cells = row.cells
    when, problems = _read_date(imr, row)
    flags = flag({"agency": imr.agency, **cells})  # the row's own agency column wins
    extra = {k: v for k, v in cells.items() if k not in CORE_CELLS and v.strip()}
    entry = ChronologyEntry(
        date=when,
        agency=imr.agency,
        source=prefixed(imr.agency, cells.get("source", "")),
        event=cells.get("event", "").strip(),
        action=cells.get("action", "").strip(),
        **{name: flags[name] for name in FLAG_NAMES},
        origin=row.origin,
        seq=seq,
        order=_order(cells.get("seq", ""), seq),
        date_text=cells.get("date", "").strip(),
        extra=extra | dict(row.extra),
    )
    return entry, problems


def _order(seq_cell: str, seq: int) -> float:
    try:
        return float(seq_cell)
    except ValueError:
        return float(seq)


def _read_date(imr: Imr, row: ChronologyRow) -> tuple[DateValue | None, list[Problem]]:
    try:
        return row_date(row), []
    except DateError as error:
        return None, [_date_problem(imr, row, error.field, error)]


def _date_problem(imr: Imr, row: ChronologyRow, column: str, error: DateError) -> Problem:
    header = _header(imr, row.origin.table, column)
    place = row.origin.place
    return Problem(
        file=row.origin.file,
        place=place if row.origin.table == 0 else f"{place}, column '{header}'",
        message=str(error),
        advice="Correct the cell in the IMR as the records show it; until then the row is "
        "listed at the end of the chronology under 'date not readable'.",
    )


def _header(imr: Imr, table_number: int, column: str) -> str:
    for table in imr.tables:
        if table.index == table_number and column in table.columns:
            return table.header[table.columns[column]]
    return column.replace("_", " ").capitalize()


def group_events(entries: Sequence[ChronologyEntry]) -> tuple[ChronologyEntry, ...]:
    """Give reports of the same multi-agency event by different agencies one id, "G1", ...

    Two entries match when they name the same kind of event (``EVENT_KINDS``), come from
    different agencies and have overlapping dates, each dated to within a week. Ids follow
    the chronological order of each group's first entry.
    """
    parent = list(range(len(entries)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _matching_pairs(entries):
        parent[root(j)] = root(i)
    members: dict[int, list[int]] = {}
    for i in range(len(entries)):
        members.setdefault(root(i), []).append(i)
    ids: dict[int, str] = {}
    for group in sorted(members.values(), key=min):
        if len({entries[i].agency for i in group}) > 1:
            ids.update({i: f"G{len(set(ids.values())) + 1}" for i in group})
    return tuple(replace(e, group=ids.get(i, "")) for i, e in enumerate(entries))


def event_kinds(entry: ChronologyEntry) -> set[str]:
    """The names of the multi-agency event kinds this entry's text mentions."""
    text = f"{entry.event} {entry.source} {entry.extra.get('contact_type', '')}".lower()
    return {kind.name for kind in EVENT_KINDS if any(re.search(word, text) for word in kind.words)}


def _matching_pairs(entries: Sequence[ChronologyEntry]):
    kinds = [event_kinds(e) if _short(e.date) else set() for e in entries]
    candidates = [i for i, k in enumerate(kinds) if k]
    for a, i in enumerate(candidates):
        for j in candidates[a + 1 :]:
            if entries[j].date.start > entries[i].date.end:
                break  # sorted by start: nothing later can overlap i
            if entries[i].agency != entries[j].agency and kinds[i] & kinds[j]:
                yield i, j


def _short(when: DateValue | None) -> bool:
    return when is not None and (when.end - when.start).days < GROUP_WINDOW_DAYS
