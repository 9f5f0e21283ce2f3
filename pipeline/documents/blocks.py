"""The content of a generated document, independent of Word: what the writer renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: str | None = None

    @classmethod
    def plain(cls, text: str, style: str | None = None) -> Paragraph:
        return cls((Run(text),), style)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListBlock:
    items: tuple[Paragraph, ...]
    numbered: bool = False


@dataclass(frozen=True)
class TableBlock:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...] = ()
    caption: str = ""
    shading: tuple[str | None, ...] = ()  # per row: hex fill colour or None


@dataclass(frozen=True)
class Picture:
    path: Path
    width_mm: float
    caption: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class AuthorMarker:
    """A visible gap for someone to fill: what to write and where it belongs.

    ``reader`` is who fills it: the overview author in the reports, the agency's IMR author
    in a blank IMR.
    """

    text: str
    reader: str = "the overview author"


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class SectionBreak:
    """Start a new page section, landscape or portrait (a wide table's own pages)."""

    landscape: bool


Block = (
    Heading | Paragraph | ListBlock | TableBlock | Picture | AuthorMarker | PageBreak | SectionBreak
)


@dataclass(frozen=True)
class Document:
    """A whole generated document: a title page line or two, then blocks."""

    title: str
    subtitle: str = ""
    blocks: tuple[Block, ...] = ()
    header_text: str = ""
    footer_text: str = ""
    landscape: bool = False
    properties: dict[str, str] = field(default_factory=dict)


def counted(number: int, one: str, many: str) -> str:
    """ "1 agency", "8 agencies": a count with its noun in the right number."""
    return f"{number} {one if number == 1 else many}"
