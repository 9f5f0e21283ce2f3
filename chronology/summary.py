"""The chronology in figures: contacts, sightings of the child, gaps, the last sighting.

A *sighting* is a dated entry whose ``child_seen`` flag is "yes". A *contact* is an entry that
says whether the child was seen (yes or no), or a no-access / not-brought event. Gaps count
only the days certainly without a sighting: from the end of one sighting's date interval to
the start of the next, so an imprecise date ("March 2010") never makes a gap look longer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from chronology.entries import Chronology, ChronologyEntry

# label, pattern (case-insensitive unless the pattern says otherwise)
NO_ACCESS_WORDS: tuple[tuple[str, str], ...] = (
    ("no access", r"\bno access\b"),
    ("no reply", r"\bno reply\b"),
    ("no answer", r"\bno answer\b"),
    ("was not brought", r"\bnot brought\b"),
    ("WNB", r"(?-i:\bWNB\b)"),
    ("DNA", r"(?-i:\bDNA\b)(?!\s+(?:test|sample|result|profile))"),
    ("did not attend", r"\bdid not attend\b|\bfailed to attend\b|\bdid not arrive\b"),
    ("not at home", r"\bnobody (?:was )?(?:at )?home\b|\bno one (?:was )?(?:at )?home\b"),
)


@dataclass(frozen=True)
class AgencyFigures:
    """Counts for one agency (or, with ``agency`` "All agencies", for the whole chronology)."""

    agency: str
    entries: int = 0
    contacts: int = 0
    seen: int = 0
    seen_alone: int = 0
    wishes_sought: int = 0
    wishes_expressed: int = 0
    no_access: int = 0
    undated: int = 0


@dataclass(frozen=True)
class Gap:
    """The longest stretch with no sighting: the sightings either side and the days between."""

    start: date
    end: date
    days: int
    before: ChronologyEntry
    after: ChronologyEntry


@dataclass(frozen=True)
class Sighting:
    """The last sighting: ``date`` is its start; days to the incident count from its end."""

    date: date
    agency: str
    entry: ChronologyEntry
    days_before_incident: int | None


@dataclass(frozen=True)
class Summary:
    agencies: tuple[AgencyFigures, ...]
    total: AgencyFigures
    longest_gap: Gap | None
    last_sighting: Sighting | None
    incident: date | None
    first: date | None
    last: date | None

    @property
    def undated(self) -> int:
        return self.total.undated


def is_no_access(entry: ChronologyEntry) -> bool:
    """True when the entry records no access, no reply or the child not brought / not attending."""
    return bool(no_access_words(entry))


def no_access_words(entry: ChronologyEntry) -> list[str]:
    text = f"{entry.event} {entry.action} {entry.extra.get('contact_type', '')}"
    return [label for label, pattern in NO_ACCESS_WORDS if re.search(pattern, text, re.IGNORECASE)]


def summarise(chronology: Chronology, incident: date | None = None) -> Summary:
    """Count what the chronology shows; ``incident`` limits sightings to those before it."""
    entries = list(chronology)
    agencies = chronology.agencies or tuple(dict.fromkeys(e.agency for e in entries))
    per_agency = tuple(_figures(a, [e for e in entries if e.agency == a]) for a in agencies)
    dated = [e.date.start for e in chronology.entries]
    sightings = _sightings(chronology.entries, incident)
    return Summary(
        agencies=per_agency,
        total=_figures("All agencies", entries),
        longest_gap=_longest_gap(sightings),
        last_sighting=_last(sightings, incident),
        incident=incident,
        first=min(dated, default=None),
        last=max((e.date.end for e in chronology.entries), default=None),
    )


def _yes(entry: ChronologyEntry, flag: str) -> bool:
    return getattr(entry, flag).value == "yes"


def _figures(agency: str, entries: Iterable[ChronologyEntry]) -> AgencyFigures:
    entries = list(entries)
    return AgencyFigures(
        agency=agency,
        entries=len(entries),
        contacts=sum(1 for e in entries if e.child_seen.value in ("yes", "no") or is_no_access(e)),
        seen=sum(_yes(e, "child_seen") for e in entries),
        seen_alone=sum(_yes(e, "seen_alone") for e in entries),
        wishes_sought=sum(_yes(e, "wishes_sought") for e in entries),
        wishes_expressed=sum(_yes(e, "wishes_expressed") for e in entries),
        no_access=sum(is_no_access(e) for e in entries),
        undated=sum(1 for e in entries if e.date is None),
    )


def _sightings(entries: Iterable[ChronologyEntry], incident: date | None) -> list[ChronologyEntry]:
    seen = [e for e in entries if e.date and _yes(e, "child_seen")]
    if incident is not None:
        seen = [e for e in seen if e.date.start < incident]
    return sorted(seen, key=lambda e: (e.date.start, e.date.end))


def _longest_gap(sightings: list[ChronologyEntry]) -> Gap | None:
    best: Gap | None = None
    latest = None  # the sighting whose interval ends last so far
    for entry in sightings:
        if latest is not None:
            days = (entry.date.start - latest.date.end).days
            if days > 0 and (best is None or days > best.days):
                best = Gap(latest.date.end, entry.date.start, days, latest, entry)
        if latest is None or entry.date.end > latest.date.end:
            latest = entry
    return best


def _last(sightings: list[ChronologyEntry], incident: date | None) -> Sighting | None:
    if not sightings:
        return None
    entry = max(sightings, key=lambda e: (e.date.end, e.date.time_minutes))
    before = (incident - entry.date.end).days if incident else None
    return Sighting(entry.date.start, entry.agency, entry, before)
