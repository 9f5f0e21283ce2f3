"""The genogram's key (issue 17.6): the subject's own symbol, households in their numbered order."""

from __future__ import annotations

from dataclasses import replace

from genogram import examples
from genogram.legend import entries
from genogram.model import build as build_model
from genogram.records import Household


def girl_subject_in_three_households():
    family = examples.blended_family()
    members = tuple(replace(m, sex="female") if m.subject else m for m in family.members)
    households = (
        Household(
            "z-home", ("mother", "partner", "child-a", "half2", "sib1", "step1"), "Household 1"
        ),
        Household("b-home", ("ex-husband", "b-partner", "twin1", "twin2", "half1"), "Household 2"),
        Household("a-home", ("mgf",), "Household 3"),
    )
    return replace(family, members=members, households=households)


def test_the_key_shows_the_subject_in_the_subject_own_symbol():
    key = entries(build_model(girl_subject_in_three_households()))
    assert [e.sample for e in key if e.sample.startswith("subject:")] == ["subject:circle"]
    boy = entries(build_model(examples.blended_family()))
    assert [e.sample for e in boy if e.sample.startswith("subject:")] == ["subject:square"]


def test_households_are_listed_in_their_numbered_order():
    key = entries(build_model(girl_subject_in_three_households()))
    labels = [e.text for e in key if e.sample == "household"]
    assert labels == [f"Household {n} (at the incident)" for n in (1, 2, 3)]


def test_a_household_with_a_non_member_between_its_members_is_one_outline():
    from genogram.household import contains
    from genogram.render import draw

    family = girl_subject_in_three_households()
    _, picture, shapes, _ = draw(family)
    outlines = {hid: shape for hid, shape, _ in shapes}
    assert outlines["z-home"].geom_type == "Polygon"
    assert not contains(outlines["z-home"], picture, "half3")  # standing between, outside
    for member in family.households[0].members:
        assert contains(outlines["z-home"], picture, member)
