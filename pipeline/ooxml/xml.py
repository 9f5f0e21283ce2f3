"""One safe XML parser and one namespace table for Office packages.

No DTD is loaded, no entity resolved, nothing fetched from the network; a part that declares a
DOCTYPE (never in a real Word file, and the way to pull other files in) is refused.
"""

from __future__ import annotations

import re

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "xml": "http://www.w3.org/XML/1998/namespace",
}

# Entities never resolved, no DTD, no network: a hostile part cannot pull anything in.
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=False,
)

# The same, but reading on past damage: for the leak scan, which must see what text there is.
RECOVERING_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=True
)


PROLOG = 64 * 1024  # a DOCTYPE stands before the root element, in the first bytes
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def declares_doctype(data: bytes) -> bool:
    """Whether a part's prolog declares a DOCTYPE (UTF-8 or UTF-16), without parsing it."""
    head = data[:PROLOG]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    return _DOCTYPE.search(head) is not None


# What to tell the user about such a part, after "<file>: part <name> ".
DOCTYPE_REFUSED = (
    "declares a DOCTYPE (document type or entities), which Word files never need and which "
    "can pull in other files; open it in Word and save it as a new .docx"
)


class DoctypeRefused(ValueError):
    """A part declares a DOCTYPE: never in a Word file, and a way to pull other files in."""


def qn(name: str) -> str:
    """Turn ``"w:t"`` into Clark notation ``"{uri}t"``."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def parse(data: bytes) -> etree._Element:
    """Parse one part; raises ``etree.XMLSyntaxError`` for a broken part, ``DoctypeRefused``
    for one that declares a DOCTYPE (its entities are never resolved either way)."""
    root = etree.fromstring(data, SAFE_PARSER)
    if root.getroottree().docinfo.doctype:
        raise DoctypeRefused("it declares a DOCTYPE")
    return root


def parse_recovering(data: bytes) -> tuple[etree._Element | None, bool]:
    """Parse one part reading on past damage, for the leak scan, which must see what text there
    is: the root (None when the bytes are not XML at all) and whether the part was whole (no
    damage and no DOCTYPE; its entities are never resolved either way)."""
    try:
        root = etree.fromstring(data, RECOVERING_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None, False
    if root is None:
        return None, False
    return root, not RECOVERING_PARSER.error_log and not root.getroottree().docinfo.doctype
