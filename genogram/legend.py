"""The key: one entry per symbol, line and mark actually used, in the notation's order."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Model
from .notation import DESCENT_LINES, HOUSEHOLD_COLOURS, MARKS, PARTNER_LINES, SYMBOLS


@dataclass(frozen=True)
class Entry:
    sample: (
        str  # "symbol:square", "partner:divorced", "descent:foster", "mark:deceased", "household"
    )
    text: str
    colour: str = "#000000"


def entries(model: Model) -> list[Entry]:
    family = model.family
    sexes = {m.sex for m in family.members}
    found = [Entry(f"symbol:{s.shape}", s.legend) for s in SYMBOLS if s.sex in sexes]
    shapes = {s.sex: s.shape for s in SYMBOLS}
    for subject in (m for m in family.members if m.subject):  # drawn as the subject is
        found.append(Entry(f"subject:{shapes.get(subject.sex, 'diamond')}", MARKS["subject"]))
        break
    if any(m.died for m in family.members):
        found.append(Entry("mark:deceased", MARKS["deceased"]))
    kinds = {u.kind for u in model.unions if len(u.partners) == 2}
    found += [Entry(f"partner:{s.kind}", s.legend) for s in PARTNER_LINES if s.kind in kinds]
    descents = {d for _, _, d in model.graph.edges(data="link") if d}
    found += [
        Entry(f"descent:{s.kind}", s.legend)
        for s in DESCENT_LINES
        if s.kind in descents and s.kind != "birth"
    ]
    if family.twins:
        found.append(Entry("mark:twins", MARKS["twins"]))
    if any(u.kind == "single" for u in model.unions):
        found.append(Entry("mark:unknown-parent", MARKS["unknown-parent"]))
    for n, h in enumerate(family.households):  # as numbered: Household 1, 2, 3
        colour = household_colour(n)
        found.append(Entry("household", f"{h.label} (at the incident)", colour))
    return found


def household_colour(n: int) -> str:
    return HOUSEHOLD_COLOURS[n % len(HOUSEHOLD_COLOURS)]
