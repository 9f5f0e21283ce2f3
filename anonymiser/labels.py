"""Our own labels: every pseudonym the engine can write, as spans no detector may touch.

Generated documents carry the case's pseudonyms ("Child A", "Mother's partner", "Social
Worker 1", "Person 3", "the nursery") and go through the anonymiser again; a detector that
took "Child" for a name turned "saw Child A" into "saw Person 24 A". ``protected_pattern`` is
one regex for a case's labels; ``GENERIC`` is the case-free part the safety net uses alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Roles a professional label is built from ("<Role> N"), beyond the roles the case names.
ROLES = (
    "Social Worker",
    "Senior Social Worker",
    "Health Visitor",
    "GP",
    "IMR Author",
    "Team Manager",
    "Police Constable",
    "Police Officer",
    "Detective Constable",
    "Detective Sergeant",
    "Detective Inspector",
    "Midwife",
    "School Nurse",
    "Practice Nurse",
    "Staff Nurse",
    "Nurse",
    "Paediatrician",
    "Consultant Paediatrician",
    "Paediatric Registrar",
    "Doctor",
    "Class Teacher",
    "Teacher",
    "Headteacher",
    "Nursery Manager",
    "Nursery Practitioner",
    "Housing Officer",
    "Probation Officer",
    "Senior Probation Officer",
    "Designated Safeguarding Lead",
    "Family Support Worker",
    "Professional",
)
# Kinship labels numbered even when one person has them ("Sibling 1"): the pseudonyms by
# kinship (``pipeline.pseudonyms``) number them, and no detector may touch them.
ALWAYS_NUMBERED = (
    "Sibling",
    "Half-sibling",
    "Step-sibling",
    "Relative",
    "Household member",
    "Adult",
)
# Labels numbered by kind ("Sibling 2", "Person 14"); "Child" also takes letters ("Child B").
NUMBERED = ("Person", "Child", *ALWAYS_NUMBERED, "Place")
# Fixed labels the engine writes whatever the case says.
FIXED = ("the family home", "the family")
NUMBER = r"[\s\u00a0]+\d+\b"


def _alternation(words: Iterable[str]) -> str:
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"[\s\u00a0]+".join(map(re.escape, f.split())) for f in forms)


GENERIC = re.compile(
    r"(?<![\w\-])(?:(?i:child|person|place)[\s\u00a0]+[A-Z]"
    rf"|(?i:{_alternation(NUMBERED + ROLES)}){NUMBER})(?![\w\-])"
)


def protected_pattern(
    labels: Iterable[str], roles: Iterable[str] = (), forbidden: Iterable[str] = ()
) -> re.Pattern:
    """One pattern for a case's labels, the numbered roles and the generic labels.

    ``labels``: every pseudonym the case and its key give out (kinship labels, professional
    labels, "Person N", place pseudonyms and their generic forms, "a primary school"). ``roles``: the case's professional roles, matched
    as "<Role> N". A label whose text is in ``forbidden`` (a form of a real identity, folded)
    is never protected, so a careless pseudonym cannot shield a name.
    """
    bad = {f.casefold() for f in forbidden}
    exact = _alternation(lab for lab in (*labels, *FIXED) if lab.casefold() not in bad)
    numbered = _alternation((*roles, *ROLES, *NUMBERED))
    # a generic shape that is a form of a real identity ("Child T" as an alias) is no label
    named = _alternation(f for f in forbidden if GENERIC.fullmatch(f.strip()))
    unless = rf"(?!(?i:{named})(?![\w\-]))" if named else ""
    return re.compile(
        rf"(?<![\w\-])(?:(?i:{exact})|(?i:{numbered}){NUMBER})(?![\w\-])"
        rf"|{unless}{GENERIC.pattern}"
    )


def spans(pattern: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    """Where the pattern's labels lie in text."""
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
