"""What is drawn, in points (y down), computed from dot's positions: symbols, lines, text.

Every line is straight: partner lines at mid-symbol height, a drop from the union to the
sibship bar, the bar, and a line down to each child (a V from one point for twins).
A partner not next to their union is reached by a line over the people in between.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dotfile import Sibship, person_node, sibship
from .graphviz_render import Box, Layout
from .labels import caption, label_lines_of
from .model import Model
from .notation import (
    CAPTION_GAP_PT,
    FONT_PT,
    LINE_PT,
    SYMBOL_IN,
    UNKNOWN_GAP_PT,
    UNKNOWN_PARENT_PT,
    descent_line,
    partner_line,
)
from .order import Rank, positions

S = SYMBOL_IN * 72
ARCH_RISE = 14.0


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    kind: str  # partner | arch | drop | bar | descent | twin | secondary | slash
    dash: str | None = None


@dataclass(frozen=True)
class PersonMark:
    id: str
    shape: str
    x: float
    y: float  # centre of the symbol
    subject: bool
    deceased: bool

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x - S / 2, self.y - S / 2, self.x + S / 2, self.y + S / 2)


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Scene:
    width: float
    height: float
    people: tuple[PersonMark, ...]
    lines: tuple[Line, ...]
    texts: tuple[Text, ...]
    node_boxes: dict[str, Box]  # person id -> the whole laid-out box (symbol and caption)
    unknown_parents: tuple[tuple[float, float], ...] = ()  # centres of the "?" symbols


def build(model: Model, layout: Layout, all_ranks: list[Rank]) -> Scene:
    place = positions(all_ranks)
    people = tuple(
        _mark(model, layout, m.id) for m in sorted(model.family.members, key=lambda m: m.id)
    )
    at = {p.id: p for p in people}
    lines: list[Line] = []
    unknown: list[tuple[float, float]] = []
    for rank in all_ranks:
        for chain in rank.chains:
            for n, item in enumerate(chain):
                if item in model.union_ids:
                    lines += _union_lines(model, layout, at, chain, n, place)
                    if model.union(item).kind == "single":
                        unknown.append(unknown_parent_at(model, layout, at, item))
    lines += _secondary_lines(model, layout, at)
    texts = tuple(t for p in people for t in _caption(model, layout, p))
    boxes = {m.id: layout.boxes[person_node(m.id)] for m in model.family.members}
    return Scene(layout.width, layout.height, people, tuple(lines), texts, boxes, tuple(unknown))


def unknown_parent_at(model: Model, layout: Layout, at: dict, union_id: str) -> tuple[float, float]:
    """Centre of the "?" symbol for a lone parent's unrecorded partner: past the drop, away
    from the parent, inside the union's own (wide) layout box so it never covers anyone."""
    u = model.union(union_id)
    parent = at[u.partners[0]]
    x = layout.boxes[union_id].x
    side = 1.0 if x >= parent.x else -1.0
    return x + side * (UNKNOWN_GAP_PT + UNKNOWN_PARENT_PT / 2), parent.y


def _mark(model: Model, layout: Layout, person: str) -> PersonMark:
    member = model.family.member(person)
    box = layout.boxes[person_node(person)]
    shape = {"male": "square", "female": "circle"}.get(member.sex, "diamond")
    return PersonMark(
        person, shape, box.x, box.top + S / 2, member.subject, member.died is not None
    )


def union_point(model: Model, layout: Layout, at: dict, chain: tuple[str, ...], n: int):
    """Where a union's drop starts, and whether its partner line is an arch."""
    u = model.union(chain[n])
    x = layout.boxes[chain[n]].x
    near = {chain[n - 1] if n else None, chain[n + 1] if n + 1 < len(chain) else None}
    arch = any(p not in near for p in u.partners)
    y = at[u.partners[0]].y
    return x, (y - S / 2 - ARCH_RISE if arch else y), arch


def _union_lines(model, layout, at, chain, n, place) -> list[Line]:
    u = model.union(chain[n])
    x, y, arch = union_point(model, layout, at, chain, n)
    style = partner_line("partners" if u.kind == "single" else u.kind)
    dash = None if u.kind == "single" else style.dash
    found = [_arch(at, u.partners, y, dash) if arch else _partner_line(at, u.partners, x, dash)]
    if u.kind == "single":  # on to the unrecorded parent's "?" symbol
        cx, cy = unknown_parent_at(model, layout, at, u.id)
        side = 1.0 if cx >= x else -1.0
        found.append(Line(((x, cy), (cx - side * UNKNOWN_PARENT_PT * 0.58, cy)), "partner"))
    found += _slashes(x, y, style.slashes if u.kind != "single" else 0)
    sib = sibship(model, u.id, place)
    if sib:
        found += _children_lines(model, layout, at, sib, x, y)
    return found


def _partner_line(at: dict, partners: tuple[str, ...], x: float, dash) -> Line:
    p = [at[q] for q in partners]
    if len(p) == 1:
        edge = p[0].x + S / 2 if x > p[0].x else p[0].x - S / 2
        return Line(((edge, p[0].y), (x, p[0].y)), "partner", dash)
    a, b = sorted(p, key=lambda m: m.x)
    return Line(((a.x + S / 2, a.y), (b.x - S / 2, b.y)), "partner", dash)


def _arch(at: dict, partners: tuple[str, ...], y: float, dash) -> Line:
    a, b = sorted((at[q] for q in partners), key=lambda m: m.x)
    top = a.y - S / 2
    left, right = a.x + S / 4, b.x - S / 4  # off centre: lines from parents meet the centre
    return Line(((left, top), (left, y), (right, y), (right, top)), "arch", dash)


def _slashes(x: float, y: float, count: int) -> list[Line]:
    offsets = {0: (), 1: (0.0,), 2: (-3.5, 3.5)}[count]
    return [Line(((x + dx - 4, y + 7), (x + dx + 4, y - 7)), "slash") for dx in offsets]


def _children_lines(model, layout, at, sib: Sibship, x: float, y: float) -> list[Line]:
    bar_y = layout.boxes[sib.bar].y
    kids = [c for _, c in sib.stubs]
    twins = _twin_pairs(model, kids)
    tops, xs = [], [x]
    for child in kids:
        pair = twins.get(child)
        start = (at[child].x + at[pair].x) / 2 if pair else at[child].x
        xs.append(start)
        tops.append((child, start))
    found = [Line(((x, y), (x, bar_y)), "drop")]
    if max(xs) - min(xs) > 0.5:
        found.append(Line(((min(xs), bar_y), (max(xs), bar_y)), "bar"))
    for child, start in tops:
        dash = descent_line(model.descent(sib.union, child)).dash
        kind = "twin" if child in twins else "descent"
        found.append(Line(((start, bar_y), (at[child].x, at[child].y - S / 2)), kind, dash))
    return found


def _twin_pairs(model: Model, kids: list[str]) -> dict[str, str]:
    pairs = {}
    for a, b in model.family.twins:
        if a in kids and b in kids:
            pairs[a], pairs[b] = b, a
    return pairs


def _secondary_lines(model: Model, layout: Layout, at: dict) -> list[Line]:
    found = []
    for union, child, kind in model.secondary():
        box = layout.boxes[union]
        u = model.union(union)
        start = (box.x, at[u.partners[0]].y)
        end = (at[child].x, at[child].y - S / 2)
        found.append(Line((start, end), "secondary", descent_line(kind).dash or "1.5 3"))
    return found


def _caption(model: Model, layout: Layout, mark: PersonMark) -> list[Text]:
    member = model.family.member(mark.id)
    lines = caption(member, model.family.incident)
    label_lines = len(label_lines_of(member))
    top = mark.y + S / 2 + CAPTION_GAP_PT + FONT_PT
    return [
        Text(mark.x, top + n * LINE_PT, text, bold=n < label_lines) for n, text in enumerate(lines)
    ]
