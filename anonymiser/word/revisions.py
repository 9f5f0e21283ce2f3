"""Tracked changes, comments anchors and editing marks: accept everything, keep no authors."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from anonymiser.word.xml import NS, qn, remove, unwrap
from pipeline.ooxml.places import PLACES

# Accepting all changes: insertions and moves-to stay (unwrapped), deletions and moves-from go.
UNWRAP = tuple(qn(t) for t in ("w:ins", "w:moveTo"))
DROP = tuple(
    qn(t)
    for t in (
        "w:del",
        "w:moveFrom",
        "w:moveFromRangeStart",
        "w:moveFromRangeEnd",
        "w:moveToRangeStart",
        "w:moveToRangeEnd",
        "w:rPrChange",
        "w:pPrChange",
        "w:sectPrChange",
        "w:tblPrChange",
        "w:tblPrExChange",
        "w:trPrChange",
        "w:tcPrChange",
        "w:tblGridChange",
        "w:numberingChange",
        "w:cellIns",
        "w:cellMerge",
        "w:commentRangeStart",
        "w:commentRangeEnd",
        "w:commentReference",
        "w:permStart",
        "w:permEnd",
        "w:customXmlInsRangeStart",
        "w:customXmlInsRangeEnd",
        "w:customXmlDelRangeStart",
        "w:customXmlDelRangeEnd",
        "w:dataBinding",
        "w:placeholder",
    )
)
# Person and provenance attributes stripped wherever they remain.
# (who: the registry's identity places on any element; when and which group: their marks)
PERSON_ATTRS = tuple(
    qn(p.attribute) for p in PLACES if p.sort == "identity" and p.element == "*" and p.attribute
) + tuple(qn(a) for a in ("w:date", "w:edGrp"))
_W = NS["w"]
_W14 = NS["w14"]


def accept_revisions(root: etree._Element) -> int:
    """Accept every tracked change and drop comment anchors; returns how many marks went."""
    count = 0
    for element in list(root.iter(qn("w:trPr"), qn("w:tcPr"))):
        if element.find(qn("w:del")) is not None or element.find(qn("w:cellDel")) is not None:
            remove(element.getparent())  # a deleted table row or cell goes with its content
            count += 1
    for element in list(root.iter(*DROP)):
        remove(element)
        count += 1
    for element in list(root.iter(*UNWRAP)):
        if element.getparent() is not None and element.getparent().tag in (
            qn("w:rPr"),
            qn("w:trPr"),
        ):
            remove(element)  # a paragraph-mark or row insertion marker: nothing to keep
        else:
            unwrap(element)
        count += 1
    return count


def strip_marks(root: etree._Element) -> None:
    """Remove authors, dates, rsids and paragraph ids that tie the output to its drafts."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            if name in PERSON_ATTRS or _is_tracking_id(name):
                del element.attrib[name]


@lru_cache(maxsize=4096)  # a part has a few distinct attribute names and many attributes
def _is_tracking_id(name: str) -> bool:
    namespace, _, local_name = name[1:].partition("}")
    if namespace == _W:
        return local_name.startswith("rsid")
    return namespace == _W14 and local_name in ("paraId", "textId")
