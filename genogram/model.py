"""The family as a graph of person and union nodes, with generations.

A *union* is one couple (or one parent on their own): person -> union edges for the
partners, union -> person edges for the children who hang under it. Each child hangs under
exactly one union (its birth parents, else adoptive, else foster parents); any other
parents are ``secondary`` edges, drawn but not used for the layout. Step links are not
drawn as lines: the step-parent is the partner of a parent, and the table says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import networkx as nx

from .records import Family, Member

PRIMARY_ORDER = ("birth", "adoptive", "foster")


@dataclass(frozen=True)
class Union:
    id: str
    partners: tuple[str, ...]  # one (a parent on their own) or two
    kind: str  # a partnership kind, "unrecorded" or "single"
    start: str | None = None


@dataclass(frozen=True)
class Model:
    family: Family
    graph: nx.MultiDiGraph
    unions: tuple[Union, ...]
    generation: dict[str, int]  # person id -> 0 for the oldest generation drawn
    households: dict[str, frozenset[str]]

    @property
    def family_ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.family.members)

    @property
    def union_ids(self) -> frozenset[str]:
        return frozenset(u.id for u in self.unions)

    def union(self, union_id: str) -> Union:
        return next(u for u in self.unions if u.id == union_id)

    def children(self, union_id: str) -> list[str]:
        """Children under the union, oldest first (unknown dates of birth last, then by id)."""
        kids = [v for _, v, k in self.graph.out_edges(union_id, data="kind") if k == "child"]
        return sorted(set(kids), key=lambda c: birth_key(self.family.member(c)))

    def descent(self, union_id: str, child: str) -> str:
        return next(
            d["link"]
            for _, v, d in self.graph.out_edges(union_id, data=True)
            if v == child and d["kind"] == "child"
        )

    def secondary(self) -> list[tuple[str, str, str]]:
        edges = self.graph.edges(data=True)
        return sorted((u, v, d["link"]) for u, v, d in edges if d["kind"] == "secondary")

    def unions_of(self, person: str) -> list[str]:
        return sorted(v for _, v, k in self.graph.out_edges(person, data="kind") if k == "partner")


def birth_key(member: Member) -> tuple[date, str]:
    return (member.born or date.max, member.id)


def build_unions(family: Family) -> tuple[Union, ...]:
    """Every union in the family: the partnerships, then parents with no partnership recorded."""
    return tuple(sorted(_unions_and_graph(family)[0].values(), key=lambda u: u.id))


def _unions_and_graph(family: Family) -> tuple[dict, nx.MultiDiGraph]:
    graph = nx.MultiDiGraph()
    for m in sorted(family.members, key=lambda m: m.id):
        graph.add_node(m.id, kind="person")
    unions = {_pair(p.between): _partnership_union(p) for p in family.partnerships}
    for child, links in sorted(_links_by_child(family).items()):
        _hang_child(graph, unions, child, links)
    return unions, graph


def build(family: Family) -> Model:
    """Build the graph; ``family`` must already have passed ``validate.check``."""
    unions, graph = _unions_and_graph(family)
    for u in sorted(unions.values(), key=lambda u: u.id):
        graph.add_node(u.id, kind="union")
        for person in u.partners:
            graph.add_edge(person, u.id, kind="partner")
    households = {h.id: frozenset(h.members) for h in family.households}
    ordered = tuple(sorted(unions.values(), key=lambda u: u.id))
    return Model(family, graph, ordered, generations(family, ordered), households)


def _pair(between: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(between))


def _partnership_union(p) -> Union:
    return Union("u_" + "__".join(_pair(p.between)), _pair(p.between), p.kind, p.start)


def _links_by_child(family: Family) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for link in family.parent_links:
        if link.kind != "step":
            found.setdefault(link.child, {}).setdefault(link.kind, []).append(link.parent)
    return found


def _hang_child(graph, unions: dict, child: str, links: dict[str, list[str]]) -> None:
    kinds = [k for k in PRIMARY_ORDER if k in links]
    for n, kind in enumerate(kinds):
        parents = _pair(tuple(sorted(set(links[kind]))))
        if parents not in unions:
            kind_of = "single" if len(parents) == 1 else "unrecorded"
            prefix = "s_" if len(parents) == 1 else "u_"
            unions[parents] = Union(prefix + "__".join(parents), parents, kind_of)
        edge = "child" if n == 0 else "secondary"
        graph.add_edge(unions[parents].id, child, kind=edge, link=kind)


def generations(family: Family, unions: tuple[Union, ...]) -> dict[str, int]:
    """Generation of each person: partners share one, children sit one below their parents."""
    couples = nx.Graph()
    couples.add_nodes_from(m.id for m in family.members)
    for u in unions:
        couples.add_edges_from(zip(u.partners, u.partners[1:]))
    group = {p: min(c) for c in nx.connected_components(couples) for p in c}
    down = nx.DiGraph()
    down.add_nodes_from(set(group.values()))
    for link in family.parent_links:
        if link.kind != "step":
            down.add_edge(group[link.parent], group[link.child])
    level = _levels(down)
    base = min(level.values(), default=0)
    found = {p: level[g] - base for p, g in group.items()}
    alone = {g for g in down if not down.degree(g) and couples.degree(g) == 0}
    return {p: _household_generation(family, p, found, alone) for p in found}


def _household_generation(family: Family, person: str, found: dict, alone: set) -> int:
    """Someone with no relatives drawn (a lodger) stands with the adults they lived with."""
    if person not in alone:
        return found[person]
    mates = [
        found[m]
        for h in family.households
        if person in h.members
        for m in h.members
        if m not in alone and m in found
    ]
    return min(mates, default=0)


def _levels(down: nx.DiGraph) -> dict[str, int]:
    level: dict[str, int] = {}
    order = list(nx.lexicographical_topological_sort(down))
    for g in order:
        level[g] = max((level[p] + 1 for p in down.predecessors(g)), default=0)
    for g in reversed(order):  # pull parentless couples down to just above their children
        if down.in_degree(g) == 0 and down.out_degree(g):
            level[g] = min(level[c] for c in down.successors(g)) - 1
    return level
