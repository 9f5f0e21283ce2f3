"""Replace what the leak scan still finds, where it stands, before refusing anything.

The rewriter reaches the places it knows; the leak scan reads every text node and attribute
value of every part. When the scan finds a known identifier the rewriter did not reach (an
attribute no list names, an element of an unknown kind), this pass sends each text node and
attribute value of that part that holds the found form through the same anonymiser, writes the
replacements in place and saves the file. The caller scans again; only what is still there
is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from anonymiser.word import package as pkg
from anonymiser.word.docx import _write_atomically
from anonymiser.word.runs import Slot, Unit, apply
from anonymiser.word.xml import parse, serialise


def repair_file(path: Path, leaks: Sequence, detector, *, log=None, shown: str = "") -> int:
    """Rewrite the leaked forms in the parts of ``path`` the leaks name; returns findings made.

    ``leaks`` are ``anonymiser.verify.Leak`` records for this file. Parts that are not XML
    (the file name, binary parts) are left for the caller to refuse.
    """
    package = pkg.read_package(path)
    forms: dict[str, set[str]] = {}
    for leak in leaks:
        if leak.part in package.parts and leak.found and not leak.unchecked:
            forms.setdefault(leak.part, set()).add(leak.found.casefold())
    made = 0
    for part, found in forms.items():
        if not part.lower().endswith((".xml", ".rels")):
            continue
        root = parse(package.parts[part])
        units = [u for u in _units(root, part) if _holds(u.text, found)]
        if not units:
            continue
        findings = detector.find([u.text for u in units])
        for unit, found_here in zip(units, findings, strict=True):
            for finding in found_here:
                if log is not None:
                    log.add(shown or path.name, part, f"{unit.where}:{finding.start}", finding)
            apply(unit, found_here)
            made += len(found_here)
        package.parts[part] = serialise(root)
    if made:
        _write_atomically(package, path)
    return made


def _units(root, part: str) -> list[Unit]:
    """Every element's own text and every attribute value of one part, as one unit each."""
    units = []
    for index, element in enumerate(root.iter(etree.Element)):
        if element.text and element.text.strip():
            units.append(Unit(part, f"element {index} text", [Slot(element)]))
        for name in element.attrib:
            units.append(Unit(part, f"element {index} attribute {name}", [Slot(element, name)]))
    return units


def _holds(text: str, found: set[str]) -> bool:
    folded = _plain(text)
    return any(_plain(f) in folded for f in found)


def _plain(text: str) -> str:
    """Fold case, dashes and apostrophes, and spacing, as the leak scan does."""
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014]", "-", text.casefold())
    text = re.sub(r"[\u2019\u2018`]", "'", text)
    return " ".join(text.split())
