"""Pseudonyms by kinship: "Child A", "Mother", "Maternal grandmother", "Sibling 1", ...

Each person's pseudonym follows their relation to the review's subject (SPEC, anonymisation).
The kinship rules are data (``KINSHIP_RULES``), tried in order: the first that fits a person
names them. An explicit ``pseudonym`` in case.yaml always wins. Labels shared by several people
are numbered oldest first (unknown birth dates last, then by id), so the result is the same
whatever order people are listed in, and no two people share a pseudonym.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain, count

from dateutil.relativedelta import relativedelta

from anonymiser import ALWAYS_NUMBERED
from genogram import FORMER_PARTNERSHIPS, LEGAL_PARENT_KINDS
from pipeline.case import PARTNERSHIP_KINDS, Case, Person

SUBJECT = "Child A"
LETTERED = "Child"  # other children not related to the subject: Child B, Child C, ...
SIDES = {"Mother": "Maternal", "Father": "Paternal"}


@dataclass(frozen=True)
class Family:
    """The parent and partner links of a case, looked up by person id."""

    people: dict[str, Person]
    parents: dict[str, tuple[tuple[str, str], ...]]  # child -> ((parent, parent_type), ...)
    partners: dict[str, tuple[tuple[str, str], ...]]  # person -> ((partner, kind), ...)
    twins: dict[str, frozenset[str]]

    @classmethod
    def of(cls, case: Case) -> Family:
        parents: dict[str, list] = {}
        partners: dict[str, list] = {}
        twins: dict[str, set] = {}
        for rel in case.relationships:
            if rel.kind == "parent" and rel.parent and rel.child:
                parents.setdefault(rel.child, []).append((rel.parent, rel.parent_type))
            elif rel.kind in PARTNERSHIP_KINDS:
                for one in rel.between:
                    others = [(other, rel.kind) for other in rel.between if other != one]
                    partners.setdefault(one, []).extend(others)
            elif rel.kind == "twins":
                for one in rel.between:
                    twins.setdefault(one, set()).update(set(rel.between) - {one})
        return cls(
            {p.id: p for p in case.people},
            {k: tuple(sorted(v)) for k, v in parents.items()},
            {k: tuple(sorted(v)) for k, v in partners.items()},
            {k: frozenset(v) for k, v in twins.items()},
        )

    def parents_of(self, child: str, types: Iterable[str] = LEGAL_PARENT_KINDS) -> list[str]:
        return [parent for parent, kind in self.parents.get(child, ()) if kind in types]

    def children_of(self, parent: str, types: Iterable[str] = LEGAL_PARENT_KINDS) -> list[str]:
        return sorted(
            child
            for child, links in self.parents.items()
            if any(p == parent and kind in types for p, kind in links)
        )

    def sex(self, person: str) -> str:
        return self.people[person].sex if person in self.people else "unknown"

    def gendered(self, person: str, female: str, male: str, neutral: str) -> str:
        return {"female": female, "male": male}.get(self.sex(person), neutral)


Labels = dict[str, str]  # person id -> base label
Rule = Callable[[Family, str, Labels], Iterable[tuple[str, str]]]


def _parents(family: Family, subject: str, labels: Labels):
    for parent, kind in family.parents.get(subject, ()):
        label = family.gendered(parent, "Mother", "Father", "Parent")
        prefix = {"adoptive": "Adoptive ", "birth": ""}.get(kind)
        if prefix is not None:
            yield parent, prefix + (label if prefix == "" else label.lower())


def _partners_of_parents(family: Family, subject: str, labels: Labels):
    for parent in family.parents_of(subject):
        current = {
            p for p, kind in family.partners.get(parent, ()) if kind not in FORMER_PARTNERSHIPS
        }
        for partner, _ in family.partners.get(parent, ()):
            former = "" if partner in current else "former "
            yield partner, f"{labels.get(parent, 'Parent')}'s {former}partner"


def _step_and_foster_parents(family: Family, subject: str, labels: Labels):
    for parent in family.parents_of(subject, ("step",)):
        yield parent, family.gendered(parent, "Stepmother", "Stepfather", "Step-parent")
    for parent in family.parents_of(subject, ("foster",)):
        yield parent, "Foster carer"


def _siblings(family: Family, subject: str, labels: Labels):
    own = set(family.parents_of(subject))
    for twin in family.twins.get(subject, ()):
        yield twin, "Sibling"
    for parent in sorted(own):
        for child in family.children_of(parent):
            theirs = set(family.parents_of(child))
            yield child, "Sibling" if theirs == own else "Half-sibling"


def _step_siblings(family: Family, subject: str, labels: Labels):
    carers = set(family.parents_of(subject, ("step",)))
    for parent in family.parents_of(subject):
        carers.update(partner for partner, _ in family.partners.get(parent, ()))
    for carer in sorted(carers):
        for child in family.children_of(carer, ("birth", "adoptive", "step")):
            yield child, "Step-sibling"


def _grandparents(family: Family, subject: str, labels: Labels):
    for parent, side in _sided_parents(family, subject, labels):
        for grand in family.parents_of(parent):
            yield grand, side + family.gendered(grand, "grandmother", "grandfather", "grandparent")
        step = set(family.parents_of(parent, ("step",)))
        for grand in family.parents_of(parent):
            step.update(partner for partner, _ in family.partners.get(grand, ()))
        for grand in sorted(step):
            yield (
                grand,
                side
                + family.gendered(
                    grand, "step-grandmother", "step-grandfather", "step-grandparent"
                ),
            )


def _aunts_uncles_and_beyond(family: Family, subject: str, labels: Labels):
    for parent, side in _sided_parents(family, subject, labels):
        grands = family.parents_of(parent)
        for grand in grands:
            for great in family.parents_of(grand):
                yield (
                    great,
                    side
                    + "great-"
                    + family.gendered(great, "grandmother", "grandfather", "grandparent"),
                )
            for aunt in family.children_of(grand):
                yield aunt, side + family.gendered(aunt, "aunt", "uncle", "aunt or uncle")
                for cousin in family.children_of(aunt):
                    yield cousin, side + "cousin"


def _sided_parents(family: Family, subject: str, labels: Labels) -> list[tuple[str, str]]:
    """Return the subject's legal parents with "Maternal " or "Paternal " (or "") before."""
    sides = []
    for parent in family.parents_of(subject):
        side = SIDES.get(family.gendered(parent, "Mother", "Father", ""), "")
        sides.append((parent, f"{side} " if side else ""))
    return sides


KINSHIP_RULES: tuple[Rule, ...] = (
    _parents,
    _partners_of_parents,
    _step_and_foster_parents,
    _siblings,
    _step_siblings,
    _grandparents,
    _aunts_uncles_and_beyond,
)


def kinship_pseudonyms(case: Case) -> dict[str, str]:
    """Map every person's id to their pseudonym, by their relation to the subject.

    An explicit ``pseudonym`` wins; people the rules do not reach become "Household member N"
    (sharing a household with the subject), "Relative N" (linked to the family by any
    relationship), "Child B", "Child C", ... (under 18 at the incident) or "Adult N".
    """
    family = Family.of(case)
    subject = case.review.subject if case.review.subject in family.people else None
    labels = _kinship_labels(family, subject)
    for person in case.people:
        labels.setdefault(person.id, _fallback_label(case, family, subject, person))
    return _number(case.people, labels)


def _kinship_labels(family: Family, subject: str | None) -> Labels:
    if subject is None:
        return {}
    labels: Labels = {subject: SUBJECT}
    for rule in KINSHIP_RULES:
        for person, label in rule(family, subject, dict(labels)):
            if person in family.people:
                labels.setdefault(person, label)
    return labels


def _fallback_label(case: Case, family: Family, subject: str | None, person: Person) -> str:
    if subject and any(subject in h.members and person.id in h.members for h in case.households):
        return "Household member"
    if subject and person.id in _linked(family, subject):
        return "Relative"
    when = case.review.incident or case.review.period_to or case.review.decided
    if person.born and when and person.born + relativedelta(years=18) > when:
        return LETTERED
    return "Adult"


def _linked(family: Family, subject: str) -> set[str]:
    """Return everyone reachable from the subject through any parent or partner link."""
    links: dict[str, set[str]] = {}
    for child, parents in family.parents.items():
        for parent, _ in parents:
            links.setdefault(child, set()).add(parent)
            links.setdefault(parent, set()).add(child)
    for one, partners in family.partners.items():
        links.setdefault(one, set()).update(p for p, _ in partners)
    seen, todo = {subject}, [subject]
    while todo:
        for other in links.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def _number(people: tuple[Person, ...], labels: Labels) -> dict[str, str]:
    """Give explicit pseudonyms first, then number each shared label oldest first."""
    ordered = sorted(people, key=lambda p: (p.born or date.max, p.id))
    result: dict[str, str] = {}
    taken: set[str] = set()
    for person in sorted(ordered, key=lambda p: p.id):
        if person.pseudonym:
            result[person.id] = _free(person.pseudonym, taken, numbered=False)
    groups: dict[str, list[str]] = {}
    for person in ordered:
        if person.id not in result:
            groups.setdefault(labels[person.id], []).append(person.id)
    for label in sorted(groups):
        numbered = label in ALWAYS_NUMBERED or len(groups[label]) > 1
        for person_id in groups[label]:
            result[person_id] = _free(label, taken, numbered)
    return {person.id: result[person.id] for person in people}


def _free(label: str, taken: set[str], numbered: bool) -> str:
    """Return the first form of ``label`` not yet taken (ignoring case), and take it.

    Numbered labels start at 1 ("Sibling 1"); others are used bare, then from 2 if taken;
    "Child" gives letters from B, the subject being Child A.
    """
    if label == LETTERED:
        letters = (f"{LETTERED} {letter}" for letter in string.ascii_uppercase[1:])
        candidates = chain(letters, (f"{LETTERED} {n}" for n in count(27)))
    elif numbered:
        candidates = (f"{label} {n}" for n in count(1))
    else:
        candidates = chain([label], (f"{label} {n}" for n in count(2)))
    chosen = next(c for c in candidates if c.casefold() not in taken)
    taken.add(chosen.casefold())
    return chosen
