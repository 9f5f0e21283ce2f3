"""A readable text dump of a Word file, for golden tests and determinism checks."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def dump_docx(path: Path) -> str:
    """Headings as '#', paragraphs as text, table rows as cells joined by ' | '."""
    word = open_docx(str(path))
    lines: list[str] = []
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            lines += _paragraph(block)
        elif isinstance(block, Table):
            lines += [
                " | ".join(cell.text.replace("\n", " / ") for cell in row.cells)
                for row in block.rows
            ]
    return "\n".join(lines) + "\n"


def _paragraph(paragraph: Paragraph) -> list[str]:
    text = paragraph.text.strip()
    if not text:
        return []
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith("Heading"):
        level = style.rsplit(" ", 1)[-1]
        return ["#" * (int(level) if level.isdigit() else 1) + " " + text]
    if style in ("Title", "Subtitle"):
        return [f"{style.upper()}: {text}"]
    if style.startswith("List"):
        return [f"- {text}"]
    return [text]
