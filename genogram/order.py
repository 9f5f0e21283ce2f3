"""Left-to-right order inside each couple chain, and a canonical first order of the ranks.

A chain is everyone joined by partnerships within one generation. The person with most
partners is the hub: their first partner (by start) goes left, later ones right, and each
partner's own other partners go further outward (GenoPro's rule; it keeps lines short).
A lone couple puts the man on the left. Union nodes sit between the partners; a partner
who is not next to the hub is reached by a line over the people in between, and the union
sits just before them. dot then orders whole chains to avoid crossings; the canonical
first order only makes the result independent of the order of the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice, permutations

import networkx as nx

from .model import Model, Union

MAX_TOP_ORDERS = 120


@dataclass(frozen=True)
class Rank:
    generation: int
    chains: tuple[tuple[str, ...], ...]  # each: person and union ids, left to right

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(i for chain in self.chains for i in chain)


def ranks(model: Model) -> list[Rank]:
    """One Rank per generation, top down, chains in the order with fewest crossings found.

    For each order of the top rank (up to MAX_TOP_ORDERS), each lower rank is sorted by
    the mean position of the unions its chains hang under, then every chain is moved to its
    best place (``_sift``); the cheapest result wins. Ties fall back to the ids, so the
    result never depends on the order of the input.
    """
    gens = sorted(set(model.generation.values()))
    start = {g: sorted(_chain(model, c) for c in _couple_chains(model, g)) for g in gens}
    best: tuple[int, dict] | None = None
    for top in islice(permutations(start[gens[0]]), MAX_TOP_ORDERS):
        layers = {**start, gens[0]: list(top)}
        for g in gens[1:]:
            _sort_layer(model, layers, g, gens, parents=True)
        _sift(model, layers, gens)
        score = cost(model, layers)
        if best is None or score < best[0]:
            best = (score, layers)
    return [Rank(g, tuple(best[1][g])) for g in gens]


def cost(model: Model, layers: dict[int, list[tuple[str, ...]]]) -> int:
    """Crossings between union-to-child lines (x10), plus siblings out of birth order."""
    place = {i: n for chains in layers.values() for n, i in enumerate(x for c in chains for x in c)}
    lines = sorted(
        (place[u], place[c], model.generation[c])
        for u, c, k in model.graph.edges(data="kind")
        if k == "child"
    )
    crossings = sum(
        1
        for n, (a, b, g) in enumerate(lines)
        for c, d, h in lines[n + 1 :]
        if g == h and (a - c) * (b - d) < 0
    )
    inversions = 0
    for u in model.union_ids:
        kids = [place[c] for c in model.children(u)]
        inversions += sum(1 for n, k in enumerate(kids) for later in kids[n + 1 :] if later < k)
    return crossings * 10 + inversions


def _sift(model: Model, layers: dict, gens: list[int], rounds: int = 4) -> None:
    """Move each chain to the place in its rank that lowers ``cost`` most (ties: stay)."""
    best = cost(model, layers)
    for _ in range(rounds):
        before = best
        for g in gens:
            for chain in list(layers[g]):
                best = _sift_one(model, layers, g, chain, best)
        if best >= before:
            return


def _sift_one(model: Model, layers: dict, g: int, chain: tuple[str, ...], best: int) -> int:
    current = layers[g]
    rest = [c for c in current if c != chain]
    for n in range(len(rest) + 1):
        trial = [*rest[:n], chain, *rest[n:]]
        if trial == current:
            continue
        layers[g] = trial
        score = cost(model, layers)
        if score < best:
            best, current = score, trial
    layers[g] = current
    return best


def positions(all_ranks: list[Rank]) -> dict[str, int]:
    """Item -> index within its rank."""
    return {item: n for rank in all_ranks for n, item in enumerate(rank.items)}


def _sort_layer(model: Model, layers: dict, g: int, gens: list[int], parents: bool) -> None:
    here = {item: n for n, item in enumerate(i for ch in layers[g] for i in ch)}
    other_gen = g - 1 if parents else g + 1
    there = {item: n for n, item in enumerate(i for ch in layers.get(other_gen, []) for i in ch)}

    def key(chain):
        own = sum(here[i] for i in chain) / len(chain)
        found = _neighbours(model, chain, there, parents)
        return (sum(found) / len(found) if found else own, own, chain)

    layers[g] = sorted(layers[g], key=key)


def _neighbours(model: Model, chain: tuple[str, ...], there: dict, parents: bool) -> list[float]:
    found = []
    for item in chain:
        if parents and item in model.family_ids:
            for union, _, kind in model.graph.in_edges(item, data="kind"):
                if kind == "child" and union in there:
                    kids = model.children(union)
                    found.append(there[union] + 0.01 * kids.index(item))
        elif not parents and item in model.union_ids:
            found += [there[c] for c in model.children(item) if c in there]
    return found


def _couple_chains(model: Model, gen: int) -> list[list[str]]:
    people = sorted(p for p, g in model.generation.items() if g == gen)
    couples = nx.Graph()
    couples.add_nodes_from(people)
    for u in model.unions:
        if len(u.partners) == 2 and u.partners[0] in couples:
            couples.add_edge(*u.partners, union=u)
    return [sorted(c) for c in nx.connected_components(couples)]


def _partners(model: Model, person: str) -> list[tuple[str, Union]]:
    found = []
    for union_id in model.unions_of(person):
        u = model.union(union_id)
        if len(u.partners) == 2:
            other = u.partners[1] if u.partners[0] == person else u.partners[0]
            found.append((other, u))
    return sorted(found, key=lambda pu: (pu[1].start is None, pu[1].start or "", pu[0]))


def _chain(model: Model, people: list[str]) -> tuple[str, ...]:
    hub = min(people, key=lambda p: (-len(_partners(model, p)), p))
    partners = [p for p, _ in _partners(model, hub)]
    left, right = _sides(model, hub, partners)
    seen = {hub, *partners}
    left_line = [q for p in left for q in _outward(model, p, seen)]
    right_line = [q for p in right for q in _outward(model, p, seen)]
    line = [*reversed(left_line), hub, *right_line]
    line += sorted(set(people) - set(line))
    return tuple(_with_unions(model, line))


def _sides(model: Model, hub: str, partners: list[str]) -> tuple[list[str], list[str]]:
    if len(partners) != 1:  # later partners are reached over the nearer ones: put those
        drawn_parents = {v for _, v, k in model.graph.edges(data="kind") if k == "child"}
        rest = sorted(partners[1:], key=lambda p: p in drawn_parents)  # with no parents drawn
        return partners[:1], rest  # nearest, so no line from above crosses the arch
    sex = model.family.member
    partner = partners[0]
    man_left = sex(partner).sex == "male" and sex(hub).sex != "male"
    same = sex(partner).sex == sex(hub).sex
    if man_left or (same and partner < hub):
        return [partner], []
    return [], [partner]


def _outward(model: Model, person: str, seen: set[str]) -> list[str]:
    line = [person]
    for other, _ in _partners(model, person):
        if other not in seen:
            seen.add(other)
            line += _outward(model, other, seen)
    return line


def _with_unions(model: Model, line: list[str]) -> list[str]:
    """Insert each union before its right-hand partner; a lone parent's after them."""
    at = {p: n for n, p in enumerate(line)}
    before: dict[str, list[tuple[int, str]]] = {}
    after: dict[str, list[str]] = {}
    for u in model.unions:
        if len(u.partners) == 2 and u.partners[0] in at and u.partners[1] in at:
            a, b = sorted(u.partners, key=at.get)
            before.setdefault(b, []).append((at[a], u.id))
        elif len(u.partners) == 1 and u.partners[0] in at:
            after.setdefault(u.partners[0], []).append(u.id)
    has_right = {line[a] for pairs in before.values() for a, _ in pairs}
    out: list[str] = []
    for p in line:
        lone = sorted(after.get(p, []))
        out += (lone if p in has_right else []) + [u for _, u in sorted(before.get(p, []))]
        out += [p] + ([] if p in has_right else lone)
    return out
