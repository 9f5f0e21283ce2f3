"""Raw XML helpers: a safe parser, namespaces, qualified names."""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml.xml import NS, DoctypeRefused, parse, qn

__all__ = ["NS", "DoctypeRefused", "local", "parse", "qn", "remove", "serialise", "unwrap"]


def serialise(root: etree._Element) -> bytes:
    """Serialise a part with its XML declaration, as Word writes it."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def remove(element: etree._Element) -> None:
    """Remove an element, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    _keep_tail(element, parent)
    parent.remove(element)


def unwrap(element: etree._Element) -> None:
    """Replace an element by its children (accepting a tracked insertion)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    remove(element)


def _keep_tail(element: etree._Element, parent: etree._Element) -> None:
    if not element.tail:
        return
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + element.tail
    else:
        parent.text = (parent.text or "") + element.tail


def local(tag: object) -> str:
    """The local name of an element's tag ('' for comments and processing instructions)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""
