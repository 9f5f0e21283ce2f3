"""Plain records the anonymiser takes in and gives out; ``pipeline`` adapts ``Case`` into them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("person", "professional", "place", "address")


@dataclass(frozen=True)
class Identity:
    """One person, professional, place or address known from case.yaml.

    ``key`` is stable across runs ("person:child-a", "professional:7", "place:2").
    ``pseudonym`` None for a professional means "number them by role" through the key.
    """

    key: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    pseudonym: str | None = None
    role: str | None = None
    agency: str | None = None
    born: date | None = None
    generic: str | None = None  # places, publication profile: "a primary school"
    sex: str | None = None  # people: "female", "male"; None when not known


@dataclass(frozen=True)
class CaseIdentifiers:
    """Everything the case tells the anonymiser: who to replace, who to keep, what to force."""

    identities: tuple[Identity, ...]
    kept_names: tuple[str, ...]
    keep: tuple[str, ...] = ()
    redact: tuple[str, ...] = ()
    incident: date | None = None
    profile: str = "submission"
    recognisers: tuple = ()  # a board's own patterns (anonymiser.analysis.BoardPattern)


@dataclass(frozen=True)
class Finding:
    """One span to replace in one text, with what found it and what it becomes."""

    start: int
    end: int
    text: str
    kind: str
    detector: str
    replacement: str
    confidence: float = 1.0
    identity: str | None = None


@dataclass(frozen=True)
class ReviewItem:
    """One unknown-person find for a person to confirm (private/review.csv)."""

    text: str
    context: str
    where: str
    confidence: float
    label: str = ""
