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


# Attributes that hold words a person wrote, whatever element or namespace carries them:
# VML's o:alt and o:title, DrawingML's descr, any tooltip.
HUMAN_ATTRIBUTES = frozenset({"alt", "title", "descr", "tooltip", "string", "caption"})


def attribute_units(root: etree._Element, part: str) -> list[Unit]:
    """One unit per non-empty attribute or element text that a person wrote.

    Those listed in ``ATTRIBUTE_TEXT``, and any attribute whose local name is in
    ``HUMAN_ATTRIBUTES`` on any element, in any namespace (each reached once).
    """
    units, seen = [], set()
    for tag, attr in ATTRIBUTE_TEXT:
        name = _attr_name(attr)
        for index, element in enumerate(root.iter(qn(tag))):
            slot = Slot(element, attr=name)
            if slot.get().strip():
                seen.add((element, name))
                label = f"{tag}@{attr}" if attr else tag
                units.append(Unit(part, f"{label} {index}", [slot]))
    for index, element in enumerate(root.iter(etree.Element)):
        for name in element.attrib:
            if etree.QName(name).localname in HUMAN_ATTRIBUTES and (element, name) not in seen:
                slot = Slot(element, attr=name)
                if slot.get().strip():
                    where = f"{etree.QName(element).localname}@{etree.QName(name).localname}"
                    units.append(Unit(part, f"{where} {index}", [slot]))
    return units


def _attr_name(attr: str | None) -> str | None:
    if attr is None or ":" not in attr:
        return attr
    return qn(attr)
