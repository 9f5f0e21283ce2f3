"""Rules that look across the records of ``case.yaml``: references, repeats, cycles, date order.

The loader (``pipeline.case.loader``) reads each value; these rules then compare values with
each other. Each rule is a function ``rule(parts, say)`` listed in ``CASE_RULES``; it reports
through ``say(path, message, advice, severity)`` where ``path`` is a field path such as
``people[3].born`` (1-based) that the loader turns into a line number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from genogram import parent_cycles
from pipeline.case.records import Household, PanelMember, Person, Professional, Relationship, Review

Say = Callable[[str, str, str, str], None]

TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd"]
)


@dataclass
class CaseParts:
    """The records read so far, each with the field path it came from."""

    review: Review | None = None
    people: list[tuple[str, Person]] = field(default_factory=list)
    relationships: list[tuple[str, Relationship]] = field(default_factory=list)
    households: list[tuple[str, Household]] = field(default_factory=list)
    panel: list[tuple[str, PanelMember]] = field(default_factory=list)
    professionals: list[tuple[str, Professional]] = field(default_factory=list)

    def person_ids(self) -> set[str]:
        return {person.id for _, person in self.people}


def subject_is_a_person(parts: CaseParts, say: Say) -> None:
    """Report a review subject that is not the id of anyone in ``people``."""
    if parts.review is None or not parts.review.subject:
        return
    if parts.review.subject not in parts.person_ids():
        say(
            "review.subject",
            f"the subject '{parts.review.subject}' is not the id of anyone in people",
            "Write the id of the child the review is about, exactly as it appears after "
            "'id:' in the people list.",
            "error",
        )


def ids_are_unique(parts: CaseParts, say: Say) -> None:
    """Report a person id, household id or explicit pseudonym used twice."""
    _report_repeats([(p, x.id) for p, x in parts.people], "id", say)
    _report_repeats([(p, x.id) for p, x in parts.households], "id", say)
    pseudonyms = [(p, x.pseudonym.casefold()) for p, x in parts.people if x.pseudonym]
    _report_repeats(pseudonyms, "pseudonym", say)


def _report_repeats(items: list[tuple[str, str]], key: str, say: Say) -> None:
    first: dict[str, str] = {}
    for path, value in items:
        if value in first:
            say(
                f"{path}.{key}",
                f"the {key} '{value}' is already used by {first[value]}",
                f"Give each entry its own {key}.",
                "error",
            )
        else:
            first[value] = path


def relationships_name_people(parts: CaseParts, say: Say) -> None:
    """Report a relationship that names someone who is not in ``people``."""
    known = parts.person_ids()
    for path, rel in parts.relationships:
        named = [("parent", rel.parent), ("child", rel.child)]
        named += [("between", person) for person in rel.between]
        for key, person in named:
            if person and person not in known:
                say(
                    f"{path}.{key}",
                    f"'{person}' is not the id of anyone in people",
                    "Add the person to people, or correct the id.",
                    "error",
                )


def households_name_people(parts: CaseParts, say: Say) -> None:
    """Report a household member who is not in ``people``."""
    known = parts.person_ids()
    for path, household in parts.households:
        for member in household.members:
            if member not in known:
                say(
                    f"{path}.members",
                    f"the member '{member}' is not the id of anyone in people",
                    "Add the person to people, or correct the id.",
                    "error",
                )


def nobody_is_their_own_ancestor(parts: CaseParts, say: Say) -> None:
    """Report parent links that go round in a circle (including someone their own parent);
    the circles are found by the genogram's one rule, ``genogram.parent_cycles``."""
    paths: dict[tuple[str, str], str] = {}
    for path, rel in parts.relationships:
        if rel.kind == "parent" and rel.parent and rel.child:
            paths.setdefault((rel.parent, rel.child), path)
    for cycle in parent_cycles(sorted(paths)):
        chain = ", who is a parent of ".join([*reversed(cycle), cycle[-1]])
        say(
            paths[(cycle[0], cycle[-1])],
            f"the parent links go round in a circle: {chain}",
            "Check 'parent' and 'child' in these relationships; one is probably the "
            "wrong way round.",
            "error",
        )


def dates_in_order(parts: CaseParts, say: Say) -> None:
    """Report dates that come in the wrong order; an incident outside the period is a warning."""
    for path, person in parts.people:
        _before(say, f"{path}.born", person.born, f"{path}.died", person.died)
    review = parts.review
    if review is not None:
        _before(say, "review.referred", review.referred, "review.decided", review.decided)
        _before(say, "review.decided", review.decided, "review.due", review.due)
        _before(say, "review.period.from", review.period_from, "review.period.to", review.period_to)
        _incident_in_period(review, say)
    for path, rel in parts.relationships:
        if rel.start and rel.end and _partial_before(rel.end, rel.start):
            say(
                f"{path}.to",
                f"to ({rel.end}) is before from ({rel.start})",
                "Check both dates and correct the wrong one.",
                "error",
            )


def _before(say: Say, early_path: str, early: date | None, late_path: str, late: date | None):
    if early and late and late < early:
        early_key, late_key = early_path.rsplit(".", 1)[1], late_path.rsplit(".", 1)[1]
        say(
            late_path,
            f"{late_key} ({_day(late)}) is before {early_key} ({_day(early)})",
            "Check both dates against the records and correct the wrong one.",
            "error",
        )


def _incident_in_period(review: Review, say: Say) -> None:
    incident, start, end = review.incident, review.period_from, review.period_to
    if incident and ((start and incident < start) or (end and incident > end)):
        say(
            "review.incident",
            f"the incident ({_day(incident)}) is outside the period under review",
            "Check the incident date and review.period; the period usually ends with the "
            "incident or shortly after it.",
            "warning",
        )


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _partial_before(late: str, early: str) -> bool:
    """Tell whether partial date ``late`` ("2024-06") is before ``early``, at their shared precision."""
    late_key, early_key = (tuple(int(part) for part in d.split("-")) for d in (late, early))
    shared = min(len(late_key), len(early_key))
    return late_key[:shared] < early_key[:shared]


def panel_names_stand_alone(parts: CaseParts, say: Say) -> None:
    """Report a panel name that is also a person's or professional's (kept and removed at once)."""
    removed: dict[str, str] = {}
    for path, person in parts.people:
        for name in (person.name, *person.aliases):
            removed.setdefault(_name_key(name), f"among the people ({path})")
    for path, professional in parts.professionals:
        for name in (professional.name, *professional.aliases):
            removed.setdefault(_name_key(name), f"among the professionals ({path})")
    for path, member in parts.panel:
        where = removed.get(_name_key(member.name))
        if member.name and where:
            say(
                f"{path}.name",
                f"'{member.name}' is on the panel, whose names are kept, and also {where}, "
                "whose names are removed",
                "Say which one is right: remove the name from the list where it does not belong.",
                "error",
            )


def _name_key(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", name.casefold())
    return " ".join(word for word in words if word not in TITLES)


CASE_RULES: tuple[Callable[[CaseParts, Say], None], ...] = (
    subject_is_a_person,
    ids_are_unique,
    relationships_name_people,
    households_name_people,
    nobody_is_their_own_ancestor,
    dates_in_order,
    panel_names_stand_alone,
)
