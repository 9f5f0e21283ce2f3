"""Text units and the run-splitting replacer.

A unit is the text of one paragraph (or one attribute, one field code, one property) with a
map from character offsets back to the XML that holds each character, so a name split across
runs, proofing marks, bookmarks or hyphen elements is found on the joined text and the
replacement lands in the first run it touches, keeping that run's formatting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from anonymiser.word.xml import qn, remove
from pipeline.ooxml.text import VIRTUAL, paragraph_holders

# Which elements are paragraphs, run texts and one-character marks (``VIRTUAL``: removed when
# a name covers them) comes from the one registry of places, ``pipeline.ooxml.places``.
_PRESERVE = qn("xml:space")
_NEEDS_SPACE = (qn("w:t"), qn("w:instrText"))


@dataclass
class Slot:
    """One place holding text: an element's text, an attribute, or a one-character element."""

    element: etree._Element
    attr: str | None = None
    virtual: str | None = None

    def get(self) -> str:
        if self.virtual is not None:
            return self.virtual
        if self.attr is not None:
            return self.element.get(self.attr) or ""
        return self.element.text or ""

    def set(self, value: str) -> None:
        if self.virtual is not None:
            if not value:
                remove(self.element)
            return
        if self.attr is not None:
            self.element.set(self.attr, value)
            return
        self.element.text = value
        if self.element.tag in _NEEDS_SPACE and value != value.strip():
            self.element.set(_PRESERVE, "preserve")


@dataclass
class Unit:
    """One text for the detector, where it is, and the slots its characters live in.

    ``neutral`` set means: on any finding the whole value becomes ``neutral`` (link targets).
    """

    part: str
    where: str
    slots: list[Slot] = field(default_factory=list)
    neutral: str | None = None

    @property
    def text(self) -> str:
        return "".join(s.get() for s in self.slots)


def paragraph_units(root: etree._Element, part: str) -> list[Unit]:
    """One unit per paragraph (its own text, not that of text boxes inside it), then field codes."""
    units = []
    for held in paragraph_holders(root):
        if held.texts:
            slots = [Slot(e, virtual=VIRTUAL.get(e.tag)) for e in held.texts]
            units.append(Unit(part, f"paragraph {held.index}", slots))
        if held.codes:
            units.append(
                Unit(part, f"paragraph {held.index} field code", [Slot(e) for e in held.codes])
            )
    return [u for u in units if u.text.strip()]


def apply(unit: Unit, findings: Sequence) -> None:
    """Write each finding's replacement into the unit (findings sorted, non-overlapping)."""
    if not findings:
        return
    if unit.neutral is not None:
        unit.slots[0].set(unit.neutral)
        return
    bounds = _bounds(unit.slots)
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        _replace(unit.slots, bounds, finding.start, finding.end, finding.replacement)


def _bounds(slots: list[Slot]) -> list[tuple[int, int]]:
    result, offset = [], 0
    for slot in slots:
        length = len(slot.get())
        result.append((offset, offset + length))
        offset += length
    return result


def _replace(slots: list[Slot], bounds, start: int, end: int, replacement: str) -> None:
    touched = [i for i, (a, b) in enumerate(bounds) if a < end and b > start]
    writers = [i for i in touched if slots[i].virtual is None]
    first = writers[0] if writers else None
    for i in reversed(touched):
        a, _ = bounds[i]
        value = slots[i].get()
        left, right = max(start - a, 0), min(end - a, len(value))
        if slots[i].virtual is not None:
            slots[i].set("")
        elif i == first:
            slots[i].set(value[:left] + replacement + value[right:])
        else:
            slots[i].set(value[:left] + value[right:])
