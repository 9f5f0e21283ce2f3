"""The household's dotted outline: around its members' boxes and no one else's.

The outline is the union of one box per run of neighbouring members in each rank, joined
between ranks by a narrow neck in the gap between the rows. When a non-member stands between
members of the same rank the outline comes in parts (same colour, one key entry) rather
than a ring that would seem to hold them. Corners are rounded when that stays exact.
``contains`` is how tests check it.
"""

from __future__ import annotations

import itertools

from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

from .scene import Scene

PAD = 6.0  # around a member's box; neighbours stand at least 16 pt apart
NECK = 16.0
ROW_TOLERANCE = 12.0  # people of one rank stand within this of each other


def outline(scene: Scene, members: frozenset[str]) -> Polygon | MultiPolygon:
    """The outline's area; a MultiPolygon only when no safe way joins its parts."""
    pieces = _runs(scene, members)
    shape = unary_union([b for _, b in pieces] + _necks(pieces))
    if isinstance(shape, MultiPolygon):  # a non-member stands between: bridge below the row
        bridged = unary_union([shape, *_bridges(scene, pieces)])
        if isinstance(bridged, Polygon) and _safe(scene, members, bridged):
            shape = bridged
    rounded = shape.buffer(4, join_style="round").buffer(-4, join_style="round")
    return rounded if _safe(scene, members, rounded) else shape


def _rows(scene: Scene) -> dict[float, list[str]]:
    """People by rank; the subject's larger symbol sits a little lower but in the same row."""
    rows: dict[float, list[str]] = {}
    for p in sorted(scene.people, key=lambda p: p.y):
        row = next((y for y in rows if abs(p.y - y) <= ROW_TOLERANCE), round(p.y, 1))
        rows.setdefault(row, []).append(p.id)
    return {y: sorted(ids, key=lambda i: scene.node_boxes[i].x) for y, ids in sorted(rows.items())}


def _runs(scene: Scene, members: frozenset[str]) -> list[tuple[float, Polygon]]:
    found = []
    for y, ids in _rows(scene).items():
        run: list[str] = []
        for pid in [*ids, None]:
            if pid in members:
                run.append(pid)
                continue
            if run:
                found.append((y, _box(scene, run)))
            run = []
    return found


def _box(scene: Scene, run: list[str]) -> Polygon:
    first, last = scene.node_boxes[run[0]], scene.node_boxes[run[-1]]
    top = min(scene.node_boxes[i].top for i in run)
    bottom = max(scene.node_boxes[i].bottom for i in run)
    return box(first.x - first.w / 2 - PAD, top - PAD, last.x + last.w / 2 + PAD, bottom + PAD / 2)


def _necks(pieces: list[tuple[float, Polygon]]) -> list[Polygon]:
    rows = sorted({y for y, _ in pieces})
    found = []
    for upper_y, lower_y in itertools.pairwise(rows):
        for _, a in (p for p in pieces if p[0] == upper_y):
            for _, b in (p for p in pieces if p[0] == lower_y):
                left, right = max(a.bounds[0], b.bounds[0]), min(a.bounds[2], b.bounds[2])
                if right - left >= NECK:
                    mid = (left + right) / 2
                    found.append(
                        box(mid - NECK / 2, a.bounds[3] - 1, mid + NECK / 2, b.bounds[1] + 1)
                    )
    return found


def _bridges(scene: Scene, pieces: list[tuple[float, Polygon]]) -> list[Polygon]:
    """A U-shaped strip under each gap between two parts of one row, below every label there,
    so that the one outline goes round beneath the non-member instead of holding them."""
    bottoms: dict[float, float] = {}
    for row, ids in _rows(scene).items():
        bottoms[row] = max(scene.node_boxes[i].bottom for i in ids)
    found = []
    for y in sorted({y for y, _ in pieces}):
        row = sorted((b for r, b in pieces if r == y), key=lambda b: b.bounds[0])
        low = bottoms[y] + PAD
        for a, b in itertools.pairwise(row):
            ax, bx = a.bounds[2], b.bounds[0]
            found += [
                box(ax - NECK, a.bounds[3] - 1, ax, low + NECK / 2),
                box(bx, b.bounds[3] - 1, bx + NECK, low + NECK / 2),
                box(ax - NECK, low, bx + NECK, low + NECK / 2),
            ]
    return found


def _safe(scene: Scene, members: frozenset[str], shape) -> bool:
    try:
        return all(contains(shape, scene, p.id) == (p.id in members) for p in scene.people)
    except ValueError:
        return False


def contains(shape, scene: Scene, person: str) -> bool:
    """True if the person's symbol lies wholly inside; False if it lies wholly outside."""
    mark = next(p for p in scene.people if p.id == person)
    symbol = box(*mark.box)
    if shape.contains(symbol):
        return True
    if not shape.intersects(symbol):
        return False
    raise ValueError(f"the household outline cuts through the symbol of '{person}'")
