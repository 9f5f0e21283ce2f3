"""The review as described by ``case.yaml``: typed, validated records.

The loader (``pipeline.case.loader``) builds these; every other stage reads them.
Other packages never import this module: ``pipeline`` hands them plain records of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from genogram import PARENT_KINDS as GENOGRAM_PARENT_KINDS
from genogram import PARTNERSHIP_KINDS as GENOGRAM_PARTNERSHIPS
from genogram import SEXES as GENOGRAM_SEXES

# The kinds a case may record are the genogram notation's: what can be drawn can be recorded.
SEXES = GENOGRAM_SEXES
PARTNERSHIP_KINDS = GENOGRAM_PARTNERSHIPS
PARENT_TYPES = GENOGRAM_PARENT_KINDS
RELATIONSHIP_KINDS = ("parent", *PARTNERSHIP_KINDS, "twins")


@dataclass(frozen=True)
class Person:
    """A child, family member, household member or other private individual: always anonymised."""

    id: str
    name: str
    sex: str = "unknown"
    born: date | None = None
    died: date | None = None
    aliases: tuple[str, ...] = ()
    pseudonym: str | None = None  # None: derived from the relation to the subject
    role: str | None = None  # free text the author may give, e.g. "maternal aunt"


@dataclass(frozen=True)
class Relationship:
    """A parent-child link (``kind == "parent"``) or a partnership between two people."""

    kind: str  # "parent" | "married" | "partners" | "separated" | "divorced" | "twins"
    parent: str | None = None
    child: str | None = None
    parent_type: str = "birth"  # for kind == "parent": birth | adoptive | step | foster
    between: tuple[str, ...] = ()
    start: str | None = None  # "2024-06" or "2024-06-01" as written; None when unknown
    end: str | None = None


@dataclass(frozen=True)
class Household:
    id: str
    members: tuple[str, ...]
    address: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class PanelMember:
    """Someone whose name is KEPT in every output (8.43, 8.44, 8.48, 8.49)."""

    name: str
    role: str
    agency: str | None = None


@dataclass(frozen=True)
class Professional:
    """A practitioner: anonymised to role and number, agency kept."""

    name: str
    role: str
    agency: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agency:
    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    imr: Path | None = None  # the agency's IMR file, resolved against the case folder


@dataclass(frozen=True)
class Place:
    """A school, nursery, surgery or street that would identify the family."""

    name: str
    pseudonym: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Review:
    reference: str
    board: str
    subject: str
    referred: date | None = None
    decided: date | None = None
    due: date | None = None  # None: decided + 6 months (8.19)
    period_from: date | None = None
    period_to: date | None = None
    incident: date | None = None


@dataclass(frozen=True)
class AnonymisationSettings:
    keep: tuple[str, ...] = ()
    redact: tuple[str, ...] = ()
    profile: str = "submission"
    recognisers: tuple = ()  # a board's own patterns (anonymiser.analysis.BoardPattern)


@dataclass(frozen=True)
class Case:
    """Everything ``case.yaml`` says, plus where it was read from."""

    review: Review
    chair: PanelMember
    overview_author: PanelMember
    members: tuple[PanelMember, ...] = ()
    people: tuple[Person, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    households: tuple[Household, ...] = ()
    professionals: tuple[Professional, ...] = ()
    agencies: tuple[Agency, ...] = ()
    places: tuple[Place, ...] = ()
    anonymisation: AnonymisationSettings = field(default_factory=AnonymisationSettings)
    chronology_columns: tuple[str, ...] = ()  # for `scr imr-template`; () means the defaults
    template: Path | None = None  # a board's own letterhead .docx
    path: Path | None = None  # the case.yaml this came from

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None

    @property
    def subject(self) -> Person:
        return next(p for p in self.people if p.id == self.review.subject)

    @property
    def panel(self) -> tuple[PanelMember, ...]:
        return (self.chair, *self.members, self.overview_author)

    def person(self, person_id: str) -> Person:
        return next(p for p in self.people if p.id == person_id)
