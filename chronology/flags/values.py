"""What a flag is: a value with its source and evidence, and the subject child the flags are about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FLAGS = ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed")


@dataclass(frozen=True)
class FlagValue:
    value: str  # "yes" | "no" | ""   ("" = not known)
    source: str  # "stated" (the agency's own column) | "inferred" (from the text) | ""
    evidence: str  # the decisive words, e.g. "no reply at the door", or the column text "Y"


@dataclass(frozen=True)
class SubjectNames:
    names: tuple[str, ...]  # ways the subject child is written: "Jayden", "Jay", "Child A"
    others: tuple[str, ...]  # the other children's names: seeing them does not count
    born: date | None = None  # the subject's date of birth (case.yaml), for their age at the entry
    sex: str = ""  # "female" | "male" | "" as case.yaml has it
    # the case's adults by name, with their sex ("female" | "male" | ""): "Dean present" is an
    # adult present, and "she" after "Dean" is not him
    adults: tuple[tuple[str, str], ...] = ()
    # the case's practitioners by name (case.yaml professionals): "said to Miss Ford" is said to a
    # practitioner, who is not a carer, even where a title would otherwise make her a family adult
    professionals: tuple[str, ...] = ()
    # the entry is an adult service's (probation, adult mental health): its "pt" is its client
    adult_client: bool = False
    # the subject's age in years at the entry's date, if known: "infant present" in the entry of
    # a six-year-old, or "10yo spoken to", is another child
    age: float | None = None


UNKNOWN = FlagValue("", "", "")
