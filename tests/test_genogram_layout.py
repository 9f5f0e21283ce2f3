"""Layout invariants of the drawn genogram, checked from the coordinates we draw."""

from __future__ import annotations

import dataclasses
import random

import pytest

from genogram import draw
from genogram.examples import blended_family, nuclear_family
from genogram.household import contains
from genogram.model import build
from genogram.scene import S

FAMILIES = {"blended": blended_family, "nuclear": nuclear_family}


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def drawn(request):
    family = FAMILIES[request.param]()
    source, scene, shapes, data = draw(family)
    return family, source, scene, shapes, data


def segments(scene):
    for n, line in enumerate(scene.lines):
        if line.kind == "slash":
            continue
        for a, b in zip(line.points, line.points[1:]):
            yield n, a, b


def _cross(p, q, r, s) -> bool:
    """Proper crossing, or overlap along a shared direction longer than a point."""

    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if abs(v) < 1e-6 else (1 if v > 0 else -1)

    o1, o2, o3, o4 = orient(p, q, r), orient(p, q, s), orient(r, s, p), orient(r, s, q)
    if 0 not in (o1, o2, o3, o4):
        return o1 != o2 and o3 != o4
    if o1 == o2 == 0:  # collinear: overlapping for more than 1 pt?
        axis = 0 if abs(q[0] - p[0]) > abs(q[1] - p[1]) else 1
        lo = max(min(p[axis], q[axis]), min(r[axis], s[axis]))
        hi = min(max(p[axis], q[axis]), max(r[axis], s[axis]))
        return hi - lo > 1
    return False


def test_no_two_drawn_lines_cross(drawn):
    _, _, scene, _, _ = drawn
    segs = list(segments(scene))
    crossings = [
        (scene.lines[i].kind, a, b, scene.lines[j].kind, c, d)
        for k, (i, a, b) in enumerate(segs)
        for j, c, d in segs[k + 1 :]
        if i != j and _cross(a, b, c, d)
    ]
    assert crossings == []


def test_the_crossing_check_can_fail():
    assert _cross((0, 0), (10, 10), (0, 10), (10, 0))
    assert _cross((0, 5), (10, 5), (5, 5), (20, 5))
    assert not _cross((0, 5), (10, 5), (5, 5), (5, 20))  # a T-junction is no crossing


def test_no_line_runs_through_a_symbol(drawn):
    _, _, scene, _, _ = drawn
    for _, a, b in segments(scene):
        for p in scene.people:
            x0, y0, x1, y1 = p.box
            mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            assert not (x0 + 1 < mid[0] < x1 - 1 and y0 + 1 < mid[1] < y1 - 1), p.id


def test_every_child_is_drawn_below_its_parents(drawn):
    family, _, scene, _, _ = drawn
    at = {p.id: p for p in scene.people}
    for link in family.parent_links:
        assert at[link.child].y > at[link.parent].y + S, (link.parent, link.child)


def test_siblings_oldest_on_the_left(drawn):
    family, _, scene, _, _ = drawn
    model = build(family)
    at = {p.id: p for p in scene.people}
    for union in model.union_ids:
        xs = [at[c].x for c in model.children(union)]
        assert xs == sorted(xs), union


def test_each_drop_is_vertical_and_between_its_partners(drawn):
    family, _, scene, _, _ = drawn
    at = {p.id: p for p in scene.people}
    drops = [line for line in scene.lines if line.kind == "drop"]
    assert len(drops) == len(
        {l.child: 1 for l in family.parent_links}
        and build(family).unions
        and [u for u in build(family).unions if build(family).children(u.id)]
    )
    for line in drops:
        (x, _), (x2, _) = line.points
        assert x == x2
        assert any(
            min(at[a].x, at[b].x) < x < max(at[a].x, at[b].x)
            for a, b in (p.between for p in family.partnerships)
        )


def test_household_outline_holds_its_members_and_no_one_else(drawn):
    family, _, scene, shapes, _ = drawn
    members = {h.id: set(h.members) for h in family.households}
    assert {hid for hid, _, _ in shapes} == set(members)
    for hid, shape, _ in shapes:
        for p in scene.people:
            assert contains(shape, scene, p.id) == (p.id in members[hid]), (hid, p.id)


def test_a_non_member_between_members_stays_outside():
    family = blended_family()
    # the dead half-sibling stands between living members of Child A's household
    _, scene, shapes, _ = draw(family)[:4]
    home = next(shape for hid, shape, _ in shapes if hid == "home")
    xs = sorted(scene.node_boxes[m].x for m in ("half2", "step1", "child-a"))
    assert xs[0] < scene.node_boxes["half3"].x < xs[-1]
    assert not contains(home, scene, "half3")


def test_the_same_drawing_whatever_the_input_order():
    family = blended_family()
    shuffled = random.Random(7)

    def mixed(items):
        items = list(items)
        shuffled.shuffle(items)
        return tuple(items)

    other = dataclasses.replace(
        family,
        members=mixed(family.members),
        partnerships=mixed(family.partnerships),
        parent_links=mixed(family.parent_links),
        households=mixed(family.households),
    )
    assert draw(other)[0] == draw(family)[0]
    assert draw(other)[3] == draw(family)[3]


def test_real_names_change_only_the_label_text():
    family = blended_family()
    named = dataclasses.replace(
        family,
        members=tuple(
            dataclasses.replace(m, label=f"Invented Name{n} Longsurname-Example")
            for n, m in enumerate(family.members)
        ),
    )
    a, b = draw(family), draw(named)
    assert a[1].people == b[1].people and a[1].lines == b[1].lines
    assert [p.box for p in a[1].people] == [p.box for p in b[1].people]
    assert a[3] != b[3]
