"""The registry of package parts and what happens to each: data, first match wins."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase


@dataclass(frozen=True)
class PartRule:
    """What to do with the parts whose name matches ``pattern``."""

    pattern: str
    action: str  # clean | core | app | settings | rels | types | image | drop
    reason: str = ""


RULES: tuple[PartRule, ...] = (
    PartRule("[[]Content_Types].xml", "types"),
    PartRule("*.rels", "rels"),
    PartRule("docProps/core.xml", "core"),
    PartRule("docProps/app.xml", "app"),
    PartRule("docProps/custom.xml", "drop", "custom document properties"),
    PartRule("docProps/thumbnail.*", "drop", "thumbnail picture of the original first page"),
    PartRule("docMetadata/*", "drop", "sensitivity-label metadata"),
    PartRule("customXml/*", "drop", "custom XML data (may feed content controls)"),
    PartRule("word/comments*.xml", "drop", "comments and their authors"),
    PartRule("word/people.xml", "drop", "reviewer identities"),
    PartRule("word/glossary/*", "drop", "building blocks / AutoText"),
    PartRule("word/embeddings/*", "drop", "embedded object: cannot be cleaned"),
    PartRule("word/activeX/*", "drop", "ActiveX control: cannot be cleaned"),
    PartRule("word/vbaProject.bin", "drop", "macros"),
    PartRule("word/vbaData.xml", "drop", "macros"),
    PartRule("word/webSettings.xml", "drop", "web settings"),
    PartRule("word/printerSettings/*", "drop", "printer settings (printer and server names)"),
    PartRule("word/afchunk*", "drop", "imported document chunk: cannot be cleaned"),
    PartRule("word/settings.xml", "settings"),
    PartRule("word/document.xml", "clean"),
    PartRule("word/header*.xml", "clean"),
    PartRule("word/footer*.xml", "clean"),
    PartRule("word/footnotes.xml", "clean"),
    PartRule("word/endnotes.xml", "clean"),
    PartRule("word/styles.xml", "clean"),
    PartRule("word/stylesWithEffects.xml", "clean"),
    PartRule("word/numbering.xml", "clean"),
    PartRule("word/fontTable.xml", "clean"),
    PartRule("word/theme/*.xml", "clean"),
    PartRule("word/charts/chart*.xml", "clean"),
    PartRule("word/charts/style*.xml", "clean"),
    PartRule("word/charts/colors*.xml", "clean"),
    PartRule("word/diagrams/*.xml", "clean"),
    PartRule("word/fonts/*.odttf", "keep"),
    PartRule("word/media/*.png", "image"),
    PartRule("word/media/*.jp*g", "image"),
    PartRule("word/media/*.tif*", "image"),
    PartRule("word/media/*.gif", "image"),
    PartRule("word/media/*.bmp", "image"),
    PartRule("word/media/*", "drop", "picture type that may hold text and cannot be cleaned"),
    PartRule("*", "drop", "unknown part: not known to be safe"),
)


def rule_for(name: str) -> PartRule:
    """The first rule whose pattern matches a part name (case-insensitive)."""
    lowered = name.lower()
    return next(r for r in RULES if fnmatchcase(lowered, r.pattern.lower()))


# The order texts reach the detector in, so numbering follows the reader: body first.
READING_ORDER: tuple[str, ...] = (
    "word/document.xml",
    "word/header*.xml",
    "word/footer*.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/charts/*",
    "word/diagrams/*",
    "docProps/*",
    "*",
)


def reading_rank(name: str) -> tuple[int, str]:
    """Sort key putting parts in reading order, then by name (header1 before header2)."""
    rank = next(i for i, p in enumerate(READING_ORDER) if fnmatchcase(name, p))
    return rank, name
