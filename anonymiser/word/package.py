"""The zip package: parts in, parts out, relationships and content types kept consistent."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from anonymiser.errors import InputError
from anonymiser.word.xml import parse, qn, serialise
from pipeline.ooxml.package import write_entries
from pipeline.ooxml.word import WordFileRefused, read_word_parts

CONTENT_TYPES = "[Content_Types].xml"


@dataclass
class Package:
    """The parts of one Word file by name, in their zip order."""

    parts: dict[str, bytes] = field(default_factory=dict)

    def xml_names(self) -> list[str]:
        return [n for n in self.parts if n.endswith((".xml", ".rels"))]


def read_package(path: Path) -> Package:
    """Every part of a Word file, read through the one Word-package reader
    (``pipeline.ooxml.word.read_word_parts``: the same refusals, limits and DOCTYPE check as the
    chronology reader and every command's gate); raises ``InputError`` naming the file (and
    part) and saying what to do when it is not a plain, readable .docx."""
    try:
        parts = read_word_parts(path, wanted=lambda name: True, parse_wanted=False)
    except WordFileRefused as error:
        raise InputError(str(error)) from error
    return Package(parts)


def write_package(package: Package, path: Path) -> None:
    """Write the parts as a fresh zip, content types first, with neutral timestamps."""
    names = [CONTENT_TYPES] + [n for n in package.parts if n != CONTENT_TYPES]
    write_entries(path, ((name, package.parts[name]) for name in names))


def rels_name(part: str) -> str:
    """The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def source_of(rels: str) -> str:
    """The part a relationships part belongs to ('' for the package's own _rels/.rels)."""
    folder, name = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")])


def resolve(rels: str, target: str) -> str:
    """The part name a relationship target points at."""
    if target.startswith("/"):
        return target.lstrip("/")
    base = posixpath.dirname(source_of(rels))
    return posixpath.normpath(posixpath.join(base, target)).lstrip("./")


def relationships(package: Package, rels: str):
    """The ``Relationship`` elements of one rels part (root, list)."""
    root = parse(package.parts[rels])
    return root, root.findall(qn("pr:Relationship"))


def remove_part(package: Package, name: str) -> list[tuple[str, str]]:
    """Remove a part, its own rels, every relationship to it and its content-type override.

    Returns the ``(source part, relationship id)`` pairs that pointed at it, so the
    elements that used those ids can be removed too.
    """
    package.parts.pop(name, None)
    package.parts.pop(rels_name(name), None)
    dropped = []
    for rels in [n for n in package.parts if n.endswith(".rels")]:
        root, found = relationships(package, rels)
        hits = [r for r in found if _points_at(rels, r, name)]
        for rel in hits:
            root.remove(rel)
            dropped.append((source_of(rels), rel.get("Id")))
        if hits:
            package.parts[rels] = serialise(root)
    _drop_override(package, name)
    return dropped


def _points_at(rels: str, rel, name: str) -> bool:
    internal = rel.get("TargetMode") != "External"
    return internal and resolve(rels, rel.get("Target", "")) == name


def _drop_override(package: Package, name: str) -> None:
    root = parse(package.parts[CONTENT_TYPES])
    for override in root.findall(qn("ct:Override")):
        if override.get("PartName", "").lstrip("/") == name:
            root.remove(override)
    package.parts[CONTENT_TYPES] = serialise(root)
