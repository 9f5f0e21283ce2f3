"""What the rewriter does with each part of the registry of parts: data, first match wins."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from pipeline.ooxml.places import PARTS


@dataclass(frozen=True)
class PartRule:
    """What to do with the parts whose name matches ``pattern``."""

    pattern: str
    action: str  # clean | core | app | settings | rels | types | image | drop
    reason: str = ""


# What the rewriter does with each kind of part of the registry (``pipeline.ooxml.places``);
# a kind not named here (comments, custom XML, embeddings, an unknown part ...) is dropped,
# with the registry's words for what it holds as the reason.
ACTIONS: dict[str, str] = {
    "content types": "types",
    "relationships": "rels",
    "core properties": "core",
    "app properties": "app",
    "settings": "settings",
    "body": "clean",
    "header": "clean",
    "footer": "clean",
    "footnotes": "clean",
    "endnotes": "clean",
    "styles": "clean",
    "numbering": "clean",
    "font table": "clean",
    "theme": "clean",
    "chart": "clean",
    "chart style": "clean",
    "smartart": "clean",
    "font": "keep",
    "picture": "image",
}

RULES: tuple[PartRule, ...] = tuple(
    PartRule(k.pattern, ACTIONS[k.kind])
    if k.kind in ACTIONS
    else PartRule(k.pattern, "drop", k.what)
    for k in PARTS
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
