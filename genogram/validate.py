"""Check the family before drawing: every problem found, one plain-English line each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from .errors import InputError
from .model import build_unions, generations
from .notation import PARENT_KINDS, PARTNERSHIP_KINDS, SEXES
from .records import Family


def check(family: Family) -> None:
    """Raise ``InputError`` listing every problem in ``family``; return None when drawable."""
    problems = problems_in(family)
    if problems:
        n = len(problems)
        raise InputError(
            f"the genogram cannot be drawn: {n} problem{'s' if n > 1 else ''} in the people "
            "and relationships; correct them in case.yaml and run again",
            tuple(problems),
        )


def problems_in(family: Family) -> list[str]:
    """Every problem in ``family``, in a stable order; [] when it can be drawn."""
    ids = {m.id for m in family.members}
    found = [
        *_member_problems(family),
        *_partnership_problems(family, ids),
        *_parent_problems(family, ids),
        *_household_problems(family, ids),
        *_twin_problems(family, ids),
        *_cycle_problems(family, ids),
    ]
    return found or _generation_problems(family)


def _unknown(where: str, person: str, ids: set[str]) -> list[str]:
    if person in ids:
        return []
    return [f"{where} names '{person}', who is not among the people: add them or fix the id"]


def _member_problems(family: Family) -> list[str]:
    found = []
    for member_id, n in sorted(Counter(m.id for m in family.members).items()):
        if n > 1:
            found.append(
                f"person id '{member_id}' is used {n} times: give each person their own id"
            )
    for m in family.members:
        if m.sex not in SEXES:
            found.append(f"person '{m.id}' has sex '{m.sex}': use one of {', '.join(SEXES)}")
        if m.born and m.died and m.died < m.born:
            found.append(f"person '{m.id}' died before they were born: check both dates")
    return found


def _kind_problems(where: str, kind: str, kinds: tuple[str, ...]) -> list[str]:
    """A kind the genogram notation does not have, said with the kinds it has."""
    return [] if kind in kinds else [f"{where} has kind '{kind}': use one of {', '.join(kinds)}"]


def _partnership_problems(family: Family, ids: set[str]) -> list[str]:
    found = []
    for p in family.partnerships:
        where = f"the {p.kind} relationship between {', '.join(p.between) or 'nobody'}"
        found += _kind_problems(where, p.kind, PARTNERSHIP_KINDS)
        if len(p.between) != 2:
            found.append(f"{where} names {len(p.between)} people: a relationship is between two")
        elif p.between[0] == p.between[1]:
            found.append(
                f"{where} partners '{p.between[0]}' with themselves: name the other person"
            )
        for person in p.between:
            found += _unknown(where, person, ids)
    return found


def _parent_problems(family: Family, ids: set[str]) -> list[str]:
    found = []
    for link in family.parent_links:
        where = f"the {link.kind} parent link from '{link.parent}' to '{link.child}'"
        found += _kind_problems(where, link.kind, PARENT_KINDS)
        found += _unknown(where, link.parent, ids) + _unknown(where, link.child, ids)
        if link.parent == link.child:
            found.append(f"{where} makes '{link.child}' their own parent: fix the parent or child")
    birth = Counter(l.child for l in set(family.parent_links) if l.kind == "birth")
    for child, n in sorted(birth.items()):
        if n > 2:
            found.append(
                f"'{child}' has {n} birth parents: a child has at most two; "
                "mark the others as step, adoptive or foster"
            )
    return found + _age_problems(family, ids)


def _age_problems(family: Family, ids: set[str]) -> list[str]:
    born = {m.id: m.born for m in family.members}
    found = []
    for link in family.parent_links:
        if link.kind != "birth" or not {link.parent, link.child} <= ids:
            continue
        if born[link.parent] and born[link.child] and born[link.parent] >= born[link.child]:
            found.append(
                f"birth parent '{link.parent}' was born after their child '{link.child}': "
                "check the dates of birth and the parent link"
            )
    return found


def _household_problems(family: Family, ids: set[str]) -> list[str]:
    found = []
    for h in family.households:
        if not h.members:
            found.append(f"household '{h.id}' has no members: add them or remove the household")
        for person in h.members:
            found += _unknown(f"household '{h.id}'", person, ids)
    return found


def _twin_problems(family: Family, ids: set[str]) -> list[str]:
    found = []
    parents: dict[str, set[str]] = {}
    for link in family.parent_links:
        if link.kind == "birth":
            parents.setdefault(link.child, set()).add(link.parent)
    for a, b in family.twins:
        where = f"the twins '{a}' and '{b}'"
        found += _unknown(where, a, ids) + _unknown(where, b, ids)
        if a == b:
            found.append(f"{where} are the same person: name both twins")
        elif parents.get(a, set()) != parents.get(b, set()):
            found.append(f"{where} have different birth parents: twins share both parents")
    return found


def parent_cycles(links: Iterable[tuple[str, str]]) -> list[tuple[str, ...]]:
    """The circles in (parent, child) links: "nobody is their own ancestor", the one rule.

    Each circle once, as ids ``(c0, c1, ..., ck)`` where each one's parent is the next and
    ``c0`` is the parent of ``ck``, starting at its smallest id; a person their own parent is
    ``(a,)``. Sorted, so the same links give the same list.
    """
    upward = nx.DiGraph()
    upward.add_edges_from((child, parent) for parent, child in links)
    cycles = []
    for cycle in nx.simple_cycles(upward):
        first = cycle.index(min(cycle))
        cycles.append(tuple(cycle[first:] + cycle[:first]))
    return sorted(cycles)


def _cycle_problems(family: Family, ids: set[str]) -> list[str]:
    """Nobody may be their own ancestor, nor partnered with an ancestor or descendant."""
    links = [
        (l.parent, l.child)
        for l in family.parent_links
        if l.parent != l.child and {l.parent, l.child} <= ids
    ]
    graph = nx.DiGraph(links)
    found = []
    for cycle in sorted(sorted(c) for c in parent_cycles(links)):
        found.append(
            f"the parent links between {', '.join(cycle)} go round in a circle "
            "(someone would be their own ancestor): check who is whose parent"
        )
    if found:
        return found
    for p in family.partnerships:
        if len(p.between) == 2 and set(p.between) <= ids and p.between[0] != p.between[1]:
            a, b = p.between
            if a in graph and b in graph and (nx.has_path(graph, a, b) or nx.has_path(graph, b, a)):
                found.append(
                    f"'{a}' and '{b}' are recorded as partners and as ancestor and descendant: "
                    "check the relationship and the parent links"
                )
    return found


def _generation_problems(family: Family) -> list[str]:
    try:
        generations(family, build_unions(family))
    except nx.NetworkXUnfeasible:
        return [
            (
                "the partnerships and parent links cannot be put into generations (someone is "
                "partnered with a relative of a later generation): check the relationships"
            )
        ]
    return []
