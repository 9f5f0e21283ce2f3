"""The family composition table: the genogram in words, for the report and screen readers."""

from __future__ import annotations

from .labels import age_text
from .model import birth_key, build
from .notation import CURRENT_PARTNERSHIPS, LEGAL_PARENT_KINDS
from .records import Family, Member
from .validate import check

WORDS = {  # relation -> (male, female, unknown)
    "parent": ("father", "mother", "parent"),
    "sibling": ("brother", "sister", "sibling"),
    "grandparent": ("grandfather", "grandmother", "grandparent"),
    "parent's sibling": ("uncle", "aunt", "parent's sibling"),
    "child": ("son", "daughter", "child"),
}
SEX_INDEX = {"male": 0, "female": 1}


def word(relation: str, member: Member) -> str:
    return WORDS[relation][SEX_INDEX.get(member.sex, 2)]


def composition_table(family: Family) -> list[dict[str, str]]:
    """One row per person: pseudonym, relationship, age, household, notes; subject first.

    Raises ``InputError`` as ``render`` does when the family cannot be drawn.
    """
    check(family)
    model = build(family)
    subject = next((m for m in family.members if m.subject), None)
    order = sorted(
        family.members, key=lambda m: (not m.subject, model.generation[m.id], birth_key(m))
    )
    return [_row(family, m, subject) for m in order]


def composition_text(rows: list[dict[str, str]]) -> str:
    """The table as plain lines, one person a line."""
    return "\n".join("; ".join(f"{k}: {v}" for k, v in row.items() if v) for row in rows)


def _row(family: Family, m: Member, subject: Member | None) -> dict[str, str]:
    households = [h.label for h in family.households if m.id in h.members]
    relationship, notes = relation(family, m, subject) if subject else (m.role, [])
    if m.died:
        notes.append("died")
    if any(m.id in pair for pair in family.twins):
        notes.append("twin")
    return {
        "pseudonym": m.label,
        "relationship": relationship,
        "age": age_text(m, family.incident) or "not known",
        "household": ", ".join(households),
        "notes": ", ".join(notes),
    }


def _parents(family: Family, child: str, kinds=("birth",)) -> set[str]:
    return {l.parent for l in family.parent_links if l.child == child and l.kind in kinds}


def _partners(family: Family, person: str) -> dict[str, str]:
    return {
        (p.between[1] if p.between[0] == person else p.between[0]): p.kind
        for p in family.partnerships
        if person in p.between
    }


def relation(family: Family, m: Member, s: Member) -> tuple[str, list[str]]:
    """How ``m`` is related to the subject ``s``, in words, and notes."""
    if m.id == s.id:
        return "subject of the review", ["subject"]
    for rule in RULES:
        found = rule(family, m, s)
        if found:
            return found
    return m.role, []


def _as_parent(family, m, s):
    for kind, prefix, note in (
        ("birth", "", None),
        ("adoptive", "adoptive ", "adoptive parent"),
        ("foster", "foster ", "foster carer"),
        ("step", "step-", "step-parent"),
    ):
        if m.id in _parents(family, s.id, (kind,)):
            return prefix + word("parent", m), [note] if note else []
    return None


def _as_parents_partner(family, m, s):
    for parent in sorted(_parents(family, s.id, LEGAL_PARENT_KINDS)):
        kind = _partners(family, parent).get(m.id)
        if kind:
            who = word("parent", family.member(parent))
            current = kind in CURRENT_PARTNERSHIPS
            text = f"{who}'s {'partner' if current else 'former partner'}"
            return text, ["step-parent"] if current else []
    return None


def _as_sibling(family, m, s):
    mine, theirs = _parents(family, m.id), _parents(family, s.id)
    if mine and mine == theirs:
        return word("sibling", m), []
    if mine & theirs:
        return "half-" + word("sibling", m), []
    step_link = (
        _parents(family, m.id, ("step",)) & theirs or _parents(family, s.id, ("step",)) & mine
    )
    joined = any(_partners(family, p).get(q) in CURRENT_PARTNERSHIPS for p in theirs for q in mine)
    if step_link or joined:
        return "step-" + word("sibling", m), []
    return None


def _as_grandparent(family, m, s):
    for parent in sorted(_parents(family, s.id)):
        if m.id in _parents(family, parent):
            side = {"female": "maternal ", "male": "paternal "}.get(family.member(parent).sex, "")
            return side + word("grandparent", m), []
    return None


def _as_parents_sibling(family, m, s):
    for parent in sorted(_parents(family, s.id)):
        if _parents(family, parent) & _parents(family, m.id) and m.id != parent:
            side = {"female": "maternal ", "male": "paternal "}.get(family.member(parent).sex, "")
            return side + word("parent's sibling", m), []
    return None


def _as_child(family, m, s):
    if s.id in _parents(family, m.id, LEGAL_PARENT_KINDS):
        return word("child", m), []
    return None


RULES = (
    _as_parent,
    _as_parents_partner,
    _as_sibling,
    _as_grandparent,
    _as_parents_sibling,
    _as_child,
)
