"""Document properties and settings: who wrote it, where it came from, what it is bound to."""

from __future__ import annotations

from lxml import etree

from anonymiser.word.runs import Slot, Unit
from anonymiser.word.xml import NS, qn, remove
from pipeline.ooxml.places import PLACES

_CORE = ("core properties",)

# Who wrote it (blanked) and what it is about (to the detector): the registry's core places.
CORE_BLANKED = tuple(p.element for p in PLACES if p.parts == _CORE and p.sort == "identity")
CORE_REMOVED = ("cp:lastPrinted",)
CORE_TEXT = tuple(p.element for p in PLACES if p.parts == _CORE and p.sort == "text")
APP_BLANKED = ("ep:Manager", "ep:Template", "ep:HyperlinkBase")
SETTINGS_REMOVED = (
    "w:docVars",
    "w:attachedTemplate",
    "w:mailMerge",
    "w:rsids",
    "w:updateFields",
    "w:documentProtection",
    "w:writeProtection",
    "w:linkStyles",
    "w:alwaysMergeEmptyNamespace",
)


def clean_core(root: etree._Element, part: str) -> list[Unit]:
    """Blank the author fields, drop print history; the descriptive fields go to the detector."""
    for name in CORE_BLANKED:
        for element in root.iter(qn(name)):
            element.text = ""
    for name in CORE_REMOVED:
        for element in list(root.iter(qn(name))):
            remove(element)
    return [
        Unit(part, _label(e), [Slot(e)])
        for n in CORE_TEXT
        for e in root.iter(qn(n))
        if (e.text or "").strip()
    ]


def clean_app(root: etree._Element, part: str) -> list[Unit]:
    """Blank manager, template and link base; every other text value goes to the detector."""
    for name in APP_BLANKED:
        for element in root.iter(qn(name)):
            element.text = ""
    return [
        Unit(part, _label(e), [Slot(e)])
        for e in root.iter()
        if isinstance(e.tag, str) and len(e) == 0 and (e.text or "").strip()
    ]


def clean_settings(root: etree._Element) -> set[str]:
    """Drop document variables, template path, mail merge, rsids; returns the r:ids still used."""
    for name in SETTINGS_REMOVED:
        for element in list(root.iter(qn(name))):
            remove(element)
    return referenced_ids(root)


def referenced_ids(root: etree._Element) -> set[str]:
    """Every relationship id the part's XML still refers to."""
    prefix = "{" + NS["r"] + "}"
    return {
        v
        for e in root.iter()
        if isinstance(e.tag, str)
        for k, v in e.attrib.items()
        if k.startswith(prefix)
    }


def _label(element: etree._Element) -> str:
    return etree.QName(element).localname
