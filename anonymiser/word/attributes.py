"""Text kept in attributes and single elements: alt text, object names, content-control
labels, form fields, field instructions, chart values, watermark text.

Which attributes and elements those are is the registry's (``pipeline.ooxml.places``: the
places of sort "text" outside paragraphs), so the leak scan and this rewriter read one list.
"""

from __future__ import annotations

from lxml import etree

from anonymiser.word.runs import Slot, Unit
from pipeline.ooxml.places import PLACES
from pipeline.ooxml.text import attribute_holders

# (element, attribute); attribute None means the element's own text.
ATTRIBUTE_TEXT: tuple[tuple[str, str | None], ...] = tuple(
    (p.element, p.attribute)
    for p in PLACES
    if p.sort == "text" and not p.join and not p.parts and p.element != "*"
)

# Attributes that hold words a person wrote, whatever element or namespace carries them:
# VML's o:alt and o:title, DrawingML's descr, any tooltip.
HUMAN_ATTRIBUTES = frozenset(
    p.attribute
    for p in PLACES
    if p.sort == "text" and p.element == "*" and p.attribute and not p.parts
)


def attribute_units(root: etree._Element, part: str) -> list[Unit]:
    """One unit per non-empty attribute or element text that a person wrote.

    Those listed in ``ATTRIBUTE_TEXT``, and any attribute whose local name is in
    ``HUMAN_ATTRIBUTES`` on any element, in any namespace (each reached once).
    """
    return [
        Unit(part, held.where, [Slot(held.element, attr=held.attribute)])
        for held in attribute_holders(root, "", sorts=("text",))
    ]
