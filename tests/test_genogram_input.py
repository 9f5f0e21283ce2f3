"""Validation messages, ages and captions, and the family composition table."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from genogram import InputError, Member, ParentLink, Partnership, check, composition_table
from genogram.examples import blended_family, nuclear_family
from genogram.labels import age_text, caption
from genogram.records import Household

BASE = nuclear_family()


def with_(**changes):
    return dataclasses.replace(BASE, **changes)


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        (
            with_(parent_links=BASE.parent_links + (ParentLink("older", "child-a"),)),
            "'child-a' has 3 birth parents",
        ),
        (with_(partnerships=(Partnership(("dad",), "married"),)), "names 1 people"),
        (with_(partnerships=(Partnership(("dad", "dad"), "married"),)), "with themselves"),
        (
            with_(parent_links=(ParentLink("dad", "mum"), ParentLink("mum", "dad"))),
            "round in a circle",
        ),
        (
            with_(parent_links=(ParentLink("dad", "nobody"),)),
            "'nobody', who is not among the people",
        ),
        (with_(households=(Household("h", ("ghost",), "H"),)), "household 'h' names 'ghost'"),
        (with_(partnerships=(Partnership(("dad", "mum"), "engaged"),)), "has kind 'engaged'"),
        (with_(members=BASE.members + (Member("dad", "male", "X", "X"),)), "used 2 times"),
        (
            with_(members=(*BASE.members[:3], dataclasses.replace(BASE.members[3], sex="boy"))),
            "has sex 'boy'",
        ),
        (with_(twins=(("older", "dad"),)), "different birth parents"),
        (with_(parent_links=BASE.parent_links + (ParentLink("older", "mum"),)), "born after"),
    ],
)
def test_each_problem_is_reported_in_plain_words(family, expected):
    with pytest.raises(InputError) as caught:
        check(family)
    assert any(expected in line for line in caught.value.problems), caught.value.problems
    assert all("\n" not in line for line in caught.value.problems)


def test_every_problem_is_listed_at_once():
    family = with_(
        partnerships=(Partnership(("dad", "dad"), "wed"),),
        households=(Household("h", ("ghost",), "H"),),
    )
    with pytest.raises(InputError) as caught:
        check(family)
    assert len(caught.value.problems) == 3
    assert str(caught.value).count("\n") == 3


def test_a_drawable_family_passes():
    check(blended_family())
    check(BASE)


def _m(born, died=None, label="Child A", role="Child A"):
    return Member("x", "male", label, role, born, died)


@pytest.mark.parametrize(
    ("member", "incident", "expected"),
    [
        (_m(date(2000, 6, 1)), date(2025, 5, 31), "aged 24"),
        (_m(date(2000, 6, 1)), date(2025, 6, 1), "aged 25"),
        (_m(date(2025, 1, 10)), date(2025, 9, 9), "aged 7 months"),
        (_m(date(2024, 9, 1)), date(2025, 10, 1), "aged 13 months"),
        (_m(date(2025, 1, 1)), date(2025, 2, 1), "aged 1 month"),
        (_m(date(2023, 5, 1), date(2025, 12, 14)), date(2025, 12, 14), "d. aged 2"),
        (_m(date(1950, 1, 1), date(2020, 1, 5)), date(2025, 12, 14), "d. aged 70"),
        (_m(None), date(2025, 1, 1), ""),
        (_m(date(2000, 1, 1)), None, ""),
    ],
)
def test_ages_at_the_incident(member, incident, expected):
    assert age_text(member, incident) == expected


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        (_m(date(2020, 1, 1)), ("Child A", "aged 5")),
        (
            _m(date(2020, 1, 1), label="Jay Smith", role="Child A"),
            ("Jay Smith", "Child A", "aged 5"),
        ),
        (
            _m(date(2020, 1, 1), role="Mother's former partner's child"),
            ("Child A", "Mother's former", "partner's child", "aged 5"),
        ),
    ],
)
def test_captions_show_label_role_and_age_but_no_date(member, expected):
    lines = caption(member, date(2025, 6, 1))
    assert lines == expected
    assert not any(ch.isdigit() and "aged" not in line for line in lines for ch in line)


ROWS = {row["pseudonym"]: row for row in composition_table(blended_family())}


@pytest.mark.parametrize(
    ("who", "relationship", "notes"),
    [
        ("Child A", "subject of the review", "subject, died"),
        ("Mother", "mother", ""),
        ("Father", "father", ""),
        ("Adult C", "mother's partner", "step-parent"),
        ("Adult B", "mother's former partner", ""),
        ("Sibling 1", "sister", ""),
        ("Half-sibling 1", "half-sister", ""),
        ("Half-sibling 3", "half-sibling", "died"),
        ("Step-sibling 1", "step-brother", ""),
        ("Paternal grandmother", "paternal grandmother", "died"),
        ("Maternal aunt", "maternal aunt", ""),
        ("Child F", "Adult B's child", "twin"),
    ],
)
def test_composition_rows(who, relationship, notes):
    assert ROWS[who]["relationship"] == relationship
    assert ROWS[who]["notes"] == notes


def test_composition_table_households_and_order():
    rows = composition_table(blended_family())
    assert rows[0]["pseudonym"] == "Child A"
    assert ROWS["Mother"]["household"] == "Child A's household"
    assert ROWS["Father"]["household"] == ""
    assert ROWS["Half-sibling 3"]["age"] == "d. aged 5 months"
    assert set(rows[0]) == {"pseudonym", "relationship", "age", "household", "notes"}


def test_parent_cycles_is_the_one_rule_for_own_ancestors():
    from genogram import parent_cycles

    # each circle once, from its smallest id, each one's parent the next
    links = [("b", "a"), ("c", "b"), ("a", "c"), ("p", "q"), ("x", "x"), ("m", "n"), ("n", "m")]
    assert parent_cycles(links) == [("a", "b", "c"), ("m", "n"), ("x",)]
    assert parent_cycles([("mum", "child"), ("dad", "child")]) == []
