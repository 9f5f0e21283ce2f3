"""Text kept in attributes and single elements: alt text, object names, content-control
labels, form fields, field instructions, chart values, watermark text."""

from __future__ import annotations

from lxml import etree

from anonymiser.word.runs import Slot, Unit
from anonymiser.word.xml import qn

# (element, attribute); attribute None means the element's own text.
ATTRIBUTE_TEXT: tuple[tuple[str, str | None], ...] = (
    ("wp:docPr", "descr"),
    ("wp:docPr", "title"),
    ("wp:docPr", "name"),
    ("pic:cNvPr", "descr"),
    ("pic:cNvPr", "title"),
    ("pic:cNvPr", "name"),
    ("a:hlinkClick", "tooltip"),
    ("v:shape", "alt"),
    ("v:shape", "title"),
    ("v:rect", "alt"),
    ("v:imagedata", "o:title"),
    ("v:textpath", "string"),
    ("w:alias", "w:val"),
    ("w:tag", "w:val"),
    ("w:fldSimple", "w:instr"),
    ("w:hyperlink", "w:tooltip"),
    ("w:hyperlink", "w:anchor"),
    ("w:bookmarkStart", "w:name"),
    ("w:name", "w:val"),
    ("w:default", "w:val"),
    ("w:helpText", "w:val"),
    ("w:statusText", "w:val"),
    ("w:listEntry", "w:val"),
    ("dgm:prSet", "phldrT"),
    ("c:v", None),
    ("c:f", None),
)


def attribute_units(root: etree._Element, part: str) -> list[Unit]:
    """One unit per non-empty attribute or element text listed in ``ATTRIBUTE_TEXT``."""
    units = []
    for tag, attr in ATTRIBUTE_TEXT:
        name = _attr_name(attr)
        for index, element in enumerate(root.iter(qn(tag))):
            slot = Slot(element, attr=name)
            if slot.get().strip():
                label = f"{tag}@{attr}" if attr else tag
                units.append(Unit(part, f"{label} {index}", [slot]))
    return units


def _attr_name(attr: str | None) -> str | None:
    if attr is None or ":" not in attr:
        return attr
    return qn(attr)
