"""Invented families for tests and demonstrations: no real person, place or date."""

from __future__ import annotations

from datetime import date

from .records import Family, Household, Member, ParentLink, Partnership


def _m(id_, sex, label, born, died=None, subject=False, role=None):
    return Member(id_, sex, label, role or label, born, died, subject)


def blended_family() -> Family:
    """Three generations: two sets of grandparents, the mother's three partnerships over
    time, half-, step- and twin siblings, a death, and two households at the incident."""
    members = (
        _m("pgf", "male", "Paternal grandfather", date(1950, 3, 2)),
        _m("pgm", "female", "Paternal grandmother", date(1952, 6, 9), date(2020, 1, 5)),
        _m("mgf", "male", "Maternal grandfather", date(1955, 8, 1)),
        _m("mgm", "female", "Maternal grandmother", date(1957, 2, 4)),
        _m("aunt", "female", "Maternal aunt", date(1982, 11, 12)),
        _m("mother", "female", "Mother", date(1985, 1, 20)),
        _m("ex-husband", "male", "Adult B", date(1978, 4, 7), role="Mother's former husband"),
        _m("b-partner", "female", "Adult E", date(1985, 9, 30), role="Adult B's partner"),
        _m("father", "male", "Father", date(1982, 5, 5)),
        _m("partner", "male", "Adult C", date(1980, 7, 17), role="Mother's partner"),
        _m("c-ex", "female", "Adult D", date(1983, 3, 3), role="Adult C's former partner"),
        _m("half1", "female", "Half-sibling 1", date(2005, 2, 1)),
        _m("half2", "male", "Half-sibling 2", date(2008, 10, 10)),
        _m("twin1", "female", "Child F", date(2017, 6, 6), role="Adult B's child"),
        _m("twin2", "male", "Child G", date(2017, 6, 6), role="Adult B's child"),
        _m("sib1", "female", "Sibling 1", date(2014, 12, 1)),
        _m("child-a", "male", "Child A", date(2023, 5, 1), date(2025, 12, 14), subject=True),
        _m("half3", "unknown", "Half-sibling 3", date(2025, 1, 3), date(2025, 6, 20)),
        _m("step1", "male", "Step-sibling 1", date(2010, 1, 15)),
    )
    partnerships = (
        Partnership(("pgf", "pgm"), "married", "1975"),
        Partnership(("mgf", "mgm"), "divorced", "1980", "1995"),
        Partnership(("ex-husband", "mother"), "divorced", "2004", "2012"),
        Partnership(("ex-husband", "b-partner"), "partners", "2015"),
        Partnership(("mother", "father"), "separated", "2013", "2024"),
        Partnership(("mother", "partner"), "partners", "2024"),
        Partnership(("partner", "c-ex"), "separated", "2008", "2012"),
    )
    births = {
        ("pgf", "pgm"): ("father",),
        ("mgf", "mgm"): ("mother", "aunt"),
        ("ex-husband", "mother"): ("half1", "half2"),
        ("ex-husband", "b-partner"): ("twin1", "twin2"),
        ("mother", "father"): ("sib1", "child-a"),
        ("mother", "partner"): ("half3",),
        ("partner", "c-ex"): ("step1",),
    }
    links = tuple(
        ParentLink(parent, child, "birth")
        for parents, children in births.items()
        for child in children
        for parent in parents
    ) + (ParentLink("partner", "sib1", "step"), ParentLink("mother", "step1", "step"))
    households = (
        Household(
            "home",
            ("mother", "partner", "child-a", "half2", "sib1", "step1"),
            "Child A's household",
        ),
        Household(
            "b-home", ("ex-husband", "b-partner", "twin1", "twin2", "half1"), "Adult B's household"
        ),
    )
    return Family(
        members, partnerships, links, households, (("twin1", "twin2"),), date(2025, 12, 14)
    )


def nuclear_family() -> Family:
    """Two parents, two children, one household."""
    members = (
        _m("dad", "male", "Father", date(1990, 1, 1)),
        _m("mum", "female", "Mother", date(1992, 2, 2)),
        _m("older", "female", "Sibling 1", date(2018, 3, 3)),
        _m("child-a", "male", "Child A", date(2022, 4, 4), subject=True),
    )
    links = tuple(ParentLink(p, c) for p in ("dad", "mum") for c in ("older", "child-a"))
    return Family(
        members,
        (Partnership(("dad", "mum"), "married", "2016"),),
        links,
        (Household("home", ("dad", "mum", "older", "child-a"), "Household"),),
        (),
        date(2025, 6, 1),
    )
