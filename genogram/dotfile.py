"""The DOT text that dot lays out: canonical, so the same family always gives the same text.

Ranks alternate: people of generation g (with their union nodes on the partner line), then
a bar rank of point nodes for the sibship bars under generation g. Flat edges fix the order
inside couple chains and sibships (tail left of head); ``group`` keeps drops vertical.
Person boxes are a fixed size with ``fixedsize=true``, so the label text never moves anything.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .labels import caption
from .model import Model
from .notation import (
    LONE_UNION_W_IN,
    NODE_H_IN,
    NODE_W_IN,
    SYMBOLS,
    UNION_W_IN,
    descent_line,
    partner_line,
)
from .order import Rank, positions, ranks

DOT_SHAPES = {"square": "box", "circle": "ellipse", "diamond": "diamond"}


@dataclass(frozen=True)
class Sibship:
    union: str
    bar: str  # the point the union's drop meets
    stubs: tuple[tuple[str, str], ...]  # (stub node, child id), oldest first
    chain: tuple[str, ...]  # bar-rank nodes left to right


def person_node(person: str) -> str:
    return f"p:{person}"


def sibship(model: Model, union_id: str, place: dict[str, int]) -> Sibship | None:
    """The bar rank nodes under a union, in the children's drawn order; None if childless."""
    kids = sorted(model.children(union_id), key=lambda c: place.get(c, 0))
    if not kids:
        return None
    stubs = tuple((f"s:{union_id}:{c}", c) for c in kids)
    names = [s for s, _ in stubs]
    half = len(names) // 2
    if len(names) % 2:
        return Sibship(union_id, names[half], stubs, tuple(names))
    bar = f"b:{union_id}"
    return Sibship(union_id, bar, stubs, (*names[:half], bar, *names[half:]))


def q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_text(model: Model) -> str:
    """The whole DOT document for ``model``."""
    lines = [
        "// scr genogram layout: dot places the boxes; scr draws genogram.svg from the positions",
        "digraph genogram {",
        "  graph [newrank=true, splines=false, nodesep=0.22, ranksep=0.32, pad=0.2];",
        (
            f'  node [fixedsize=true, width={NODE_W_IN}, height={NODE_H_IN}, fontname="Helvetica",'
            " fontsize=10];"
        ),
        "  edge [dir=none];",
    ]
    all_ranks = ranks(model)
    place = positions(all_ranks)
    for rank in all_ranks:
        lines += _person_rank(model, rank, place) + _bar_rank(model, rank, place)
    lines += _markers(all_ranks)
    lines += _secondary(model)
    return "\n".join([*lines, "}", ""])


def _person_rank(model: Model, rank: Rank, place: dict[str, int]) -> list[str]:
    out = [
        f"  subgraph {q(f'people {rank.generation}')} {{",
        "    rank=same;",
        f"    {q(f'm:P{rank.generation}')} [shape=point, style=invis, width=0.01];",
    ]
    for item in rank.items:
        node = _person(model, item) if item in model.family_ids else _union(model, item, place)
        out.append("    " + node)
    for chain in rank.chains:
        out += [f"    {_flat(model, a, b)}" for a, b in itertools.pairwise(chain)]
    out.append(
        f"    {q(f'm:P{rank.generation}')} -> {q(_node(model, rank.items[0]))} [style=invis];"
    )
    for left, right in zip(rank.chains, rank.chains[1:]):  # the whole rank's order is ours
        out.append(f"    {q(_node(model, left[-1]))} -> {q(_node(model, right[0]))} [style=invis];")
    out += [f"    {line}" for line in _arches(model, rank)]
    return [*out, "  }"]


def _person(model: Model, person: str) -> str:
    member = model.family.member(person)
    shape = DOT_SHAPES[next(s.shape for s in SYMBOLS if s.sex == member.sex)]
    label = "\n".join(caption(member, model.family.incident))
    extra = ", peripheries=2" if member.subject else ""
    return f"{q(person_node(person))} [shape={shape}, label={q(label)}, group={q('g:' + person)}{extra}];"


def _union_group(model: Model, union_id: str, place: dict[str, int]) -> str:
    sib = sibship(model, union_id, place)
    if sib and sib.bar.startswith("s:"):
        return "g:" + dict(sib.stubs)[sib.bar]
    return "g:" + union_id


def _union(model: Model, union_id: str, place: dict[str, int]) -> str:
    u = model.union(union_id)
    slashes = partner_line(u.kind).slashes if u.kind != "single" else 0
    width = LONE_UNION_W_IN if u.kind == "single" else UNION_W_IN
    return (
        f"{q(union_id)} [shape=plaintext, width={width}, height=0.2, "
        f"label={q('/' * slashes)}, group={q(_union_group(model, union_id, place))}];"
    )


def _flat(model: Model, a: str, b: str) -> str:
    union, person = (b, a) if b in model.union_ids else (a, b)
    u = model.union(union) if union in model.union_ids else None
    if u and person in u.partners and u.kind != "single":
        dash = partner_line(u.kind).dash
        return (
            f"{q(person_node(a) if a == person else a)} -> {q(person_node(b) if b == person else b)}"
            + (" [style=dashed];" if dash else ";")
        )
    if u and person in u.partners:
        return f"{q(person_node(a) if a == person else a)} -> {q(person_node(b) if b == person else b)};"
    return f"{q(_node(model, a))} -> {q(_node(model, b))} [style=invis];"


def _node(model: Model, item: str) -> str:
    return person_node(item) if item in model.family_ids else item


def _arches(model: Model, rank: Rank) -> list[str]:
    """Partners not next to their union: drawn over the people between, not ranked."""
    out = []
    for chain in rank.chains:
        for n, item in enumerate(chain):
            if item in model.union_ids:
                near = {chain[n - 1] if n else None, chain[n + 1] if n + 1 < len(chain) else None}
                for partner in model.union(item).partners:
                    if partner not in near:
                        out.append(f"{q(person_node(partner))} -> {q(item)} [constraint=false];")
    return out


def _bar_rank(model: Model, rank: Rank, place: dict[str, int]) -> list[str]:
    unions = [item for item in rank.items if item in model.union_ids]
    sibs = [s for u in unions if (s := sibship(model, u, place))]
    out = [
        f"  subgraph {q(f'bars {rank.generation}')} {{",
        "    rank=same;",
        f"    {q(f'm:B{rank.generation}')} [shape=point, style=invis, width=0.01];",
    ]
    for sib in sibs:
        kids = dict(sib.stubs)
        for node in sib.chain:
            group = "g:" + kids[node] if node in kids else _union_group(model, sib.union, place)
            out.append(f'    {q(node)} [shape=point, width=0.03, label="", group={q(group)}];')
        out += [f"    {q(a)} -> {q(b)};" for a, b in zip(sib.chain, sib.chain[1:])]
    if sibs:
        out.append(f"    {q(f'm:B{rank.generation}')} -> {q(sibs[0].chain[0])} [style=invis];")
    for left, right in itertools.pairwise(sibs):  # bars in the order of their unions
        out.append(f"    {q(left.chain[-1])} -> {q(right.chain[0])} [style=invis];")
    out.append("  }")
    for sib in sibs:
        out.append(f"  {q(sib.union)} -> {q(sib.bar)} [weight=20];")
        for stub, child in sib.stubs:
            dash = descent_line(model.descent(sib.union, child)).dash
            style = ", style=dashed" if dash else ""
            out.append(f"  {q(stub)} -> {q(person_node(child))} [weight=20{style}];")
    return out


def _markers(all_ranks: list[Rank]) -> list[str]:
    names = []
    for rank in all_ranks:
        names += [f"m:P{rank.generation}", f"m:B{rank.generation}"]
    return [f"  {q(a)} -> {q(b)} [style=invis];" for a, b in itertools.pairwise(names)]


def _secondary(model: Model) -> list[str]:
    out = []
    for union, child, kind in model.secondary():
        dash = descent_line(kind).dash
        out.append(
            f"  {q(union)} -> {q(person_node(child))} [constraint=false"
            + (", style=dotted];" if dash else "];")
        )
    return out
