"""The genogram's key and marks (issue 17.6): the subject's own symbol, households in their
numbered order, one outline a household, an unknown-parent symbol for a lone parent."""

from __future__ import annotations

from dataclasses import replace

from genogram import examples
from genogram.legend import entries
from genogram.model import build as build_model
from genogram.records import Household, ParentLink


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


def aunt_with_a_child_whose_father_is_not_recorded():
    family = examples.blended_family()
    cousin = replace(family.member("half1"), id="cousin", label="Cousin 1", role="Cousin 1")
    return replace(
        family,
        members=(*family.members, cousin),
        parent_links=(*family.parent_links, ParentLink("aunt", "cousin", "birth")),
        households=(*family.households, Household("c-home", ("aunt", "cousin"), "Aunt's home")),
    )


def test_a_lone_parent_line_ends_at_an_unknown_parent_symbol_not_in_mid_air():
    from genogram.render import draw
    from genogram.scene import S

    _, picture, _, svg = draw(aunt_with_a_child_whose_father_is_not_recorded())
    aunt = next(p for p in picture.people if p.id == "aunt")
    assert len(picture.unknown_parents) == 1
    ux, uy = picture.unknown_parents[0]
    assert uy == aunt.y and abs(ux - aunt.x) > S  # beside the aunt, on her line
    others = [p for p in picture.people if p.id != "aunt"]
    assert all(abs(p.x - ux) > S / 2 + 11 or abs(p.y - uy) > S for p in others)  # covers nobody
    ends = {pt for line in picture.lines if line.kind == "partner" for pt in line.points}
    assert any(abs(x - ux) < 14 and y == uy for x, y in ends)  # the line reaches the symbol
    assert svg.count(b'class="unknown-parent"') == 2  # the drawing and the key's sample
    key = [e.text for e in entries(build_model(aunt_with_a_child_whose_father_is_not_recorded()))]
    assert "Other parent not recorded" in key


def test_no_unknown_parent_symbol_when_every_child_has_two_parents():
    from genogram.render import draw

    _, picture, _, svg = draw(examples.blended_family())
    assert picture.unknown_parents == ()
    assert b"unknown-parent" not in svg
