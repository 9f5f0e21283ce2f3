"""The genogram's own input records: ``pipeline`` adapts the case into these.

Plain frozen data; nothing here knows about ``case.yaml``. Labels are whatever the caller
wants printed (a pseudonym, or the real name for the panel's private copy): the drawing
never adds a name or a date of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Member:
    """One person in the family. ``born``/``died`` None: not known (no age is shown)."""

    id: str
    sex: str  # "male" | "female" | "unknown"
    label: str  # pseudonym, or the real name for the private view
    role: str  # "Mother", "Mother's partner", ...; may equal label
    born: date | None = None
    died: date | None = None
    subject: bool = False


@dataclass(frozen=True)
class Partnership:
    """Two people as a couple; ``start``/``end`` as written ("2019", "2019-06"), for ordering."""

    between: tuple[str, ...]
    kind: str  # "married" | "partners" | "separated" | "divorced"
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ParentLink:
    parent: str
    child: str
    kind: str = "birth"  # "birth" | "adoptive" | "step" | "foster"


@dataclass(frozen=True)
class Household:
    """Who lived together at the incident date; ``label`` is printed in the legend."""

    id: str
    members: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class Family:
    members: tuple[Member, ...]
    partnerships: tuple[Partnership, ...] = ()
    parent_links: tuple[ParentLink, ...] = ()
    households: tuple[Household, ...] = ()
    twins: tuple[tuple[str, str], ...] = ()
    incident: date | None = None  # ages are given as at this date

    def member(self, member_id: str) -> Member:
        return next(m for m in self.members if m.id == member_id)


@dataclass(frozen=True)
class GenogramFiles:
    svg: Path
    png: Path
    dot: Path
