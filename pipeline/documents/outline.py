"""A document's section outline, read from a YAML file in ``templates/`` (data, not code)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.documents.writer import TEMPLATES


@dataclass(frozen=True)
class OutlineSection:
    """One heading of a document and where its content comes from."""

    id: str
    title: str
    generated: str = ""  # the name of a generator in the document's registry
    text: str = ""  # text/<name>.md of the overview author
    ask: str = ""  # what the author should write, shown when the section is empty
    children: tuple[OutlineSection, ...] = ()


@dataclass(frozen=True)
class Outline:
    title: str
    subtitle: str
    sections: tuple[OutlineSection, ...]


def load_outline(name: str, folder: Path = TEMPLATES) -> Outline:
    """Read ``templates/<name>.yaml``."""
    data = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
    return Outline(
        data["title"], data.get("subtitle", ""), tuple(_section(item) for item in data["sections"])
    )


def _section(item: dict) -> OutlineSection:
    title = item["title"]
    return OutlineSection(
        id=item.get("id") or title.lower().replace(" ", "_"),
        title=title,
        generated=item.get("generated", ""),
        text=item.get("text", ""),
        ask=item.get("ask", ""),
        children=tuple(_section(child) for child in item.get("children", ())),
    )
