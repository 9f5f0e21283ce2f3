"""Read the overview author's own sections (``text/*.md``) into document blocks.

A file may hold one section or several: each top-level heading starts a section, matched to the
outline by title (or by the file name when the file has no heading). Deeper headings, emphasis,
bullet and numbered lists are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from pipeline.documents.blocks import Block, Heading, ListBlock, Paragraph, Run
from pipeline.errors import InputError


@dataclass(frozen=True)
class AuthorSection:
    """One section of the author's text: where it came from and its blocks."""

    key: str  # normalised title, or the file stem when the file has no top heading
    title: str
    blocks: tuple[Block, ...]
    source: str


def normalise(title: str) -> str:
    """Make a heading comparable: lower case, letters and digits only, single hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("’", "'").replace("'", "")).strip("-")


def read_author_text(folder: Path) -> dict[str, AuthorSection]:
    """Read every ``*.md`` in ``folder``; keyed by normalised section title (and file stem).

    A missing folder gives an empty mapping. A file that is not UTF-8 raises InputError.
    """
    sections: dict[str, AuthorSection] = {}
    if not folder.is_dir():
        return sections
    for path in sorted(folder.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(
                f"{path}: not readable as UTF-8 text (byte {error.start}); save it "
                "as UTF-8 (in Notepad: Save As, Encoding UTF-8) and run again"
            ) from None
        for section in parse_sections(text, path):
            sections.setdefault(section.key, section)
    return sections


def parse_sections(text: str, path: Path) -> list[AuthorSection]:
    """Split one Markdown text into sections at its top-level headings."""
    tokens = MarkdownIt("commonmark").parse(text.replace("\r\n", "\n"))
    top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=None)
    sections: list[AuthorSection] = []
    title, blocks = None, []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open" and int(token.tag[1]) == top:
            if title is not None or blocks:
                sections.append(_section(title, blocks, path))
            title, blocks = tokens[index + 1].content.strip(), []
            index += 3
            continue
        block, index = _block(tokens, index, top)
        if block is not None:
            blocks.append(block)
    if title is not None or blocks:
        sections.append(_section(title, blocks, path))
    return sections


def _section(title: str | None, blocks: list[Block], path: Path) -> AuthorSection:
    key = normalise(title) if title else normalise(path.stem)
    return AuthorSection(key, title or path.stem, tuple(blocks), path.name)


def _block(tokens, index: int, top: int | None) -> tuple[Block | None, int]:
    token = tokens[index]
    if token.type == "heading_open":
        # relative: 1 is a sub-heading directly under the section; compose shifts it
        level = max(int(token.tag[1]) - (top or 0), 1)
        return Heading(tokens[index + 1].content.strip(), level=level), index + 3
    if token.type == "paragraph_open":
        return Paragraph(_inline_runs(tokens[index + 1])), index + 3
    if token.type in ("bullet_list_open", "ordered_list_open"):
        return _list(tokens, index)
    return None, index + 1


def _list(tokens, index: int) -> tuple[ListBlock, int]:
    numbered = tokens[index].type == "ordered_list_open"
    close = tokens[index].type.replace("_open", "_close")
    depth, items = 0, []
    index += 1
    while index < len(tokens):
        token = tokens[index]
        if token.type == close and depth == 0:
            break
        if token.type.endswith("_list_open"):
            depth += 1
        elif token.type.endswith("_list_close"):
            depth -= 1
        elif token.type == "inline":
            items.append(Paragraph(_inline_runs(token)))
        index += 1
    return ListBlock(tuple(items), numbered), index + 1


def _inline_runs(inline) -> tuple[Run, ...]:
    bold = italic = False
    runs: list[Run] = []
    for child in inline.children or ():
        if child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type in ("em_open", "em_close"):
            italic = child.type == "em_open"
        elif child.type in ("text", "code_inline"):
            runs.append(Run(child.content, bold, italic))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run(" ", bold, italic))
    return tuple(runs) or (Run(""),)
