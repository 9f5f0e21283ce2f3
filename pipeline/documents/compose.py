"""Fill a document outline: the author's text where it exists, generated parts, visible gaps."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from pipeline.documents.blocks import AuthorMarker, Block, Document, Heading
from pipeline.documents.markdown import AuthorSection, normalise
from pipeline.documents.outline import Outline, OutlineSection

Generator = Callable[[object], list[Block]]


def compose(
    outline: Outline,
    material,
    generators: Mapping[str, Generator],
    author_text: Mapping[str, AuthorSection],
    **document,
) -> Document:
    """Build the document: every outline section, numbered, in order."""
    blocks: list[Block] = []
    for number, section in enumerate(outline.sections, start=1):
        blocks += _section(section, f"{number}", 1, material, generators, author_text)
    return Document(
        title=outline.title, subtitle=outline.subtitle, blocks=tuple(blocks), **document
    )


def _section(
    section: OutlineSection,
    number: str,
    level: int,
    material,
    generators: Mapping[str, Generator],
    author_text,
) -> list[Block]:
    blocks: list[Block] = [Heading(f"{number} {section.title}", level)]
    written = _author_section(section, author_text)
    if written is not None:
        blocks += [_shift(block, level) for block in written.blocks]
    elif section.text:
        blocks.append(
            AuthorMarker(
                section.ask or f"write the section '{section.title}' in text/{section.text}.md"
            )
        )
    if section.generated:
        blocks += generators[section.generated](material)
    if len(blocks) == 1 and not section.children:
        blocks.append(AuthorMarker(section.ask or "this section has no content yet"))
    for index, child in enumerate(section.children, start=1):
        blocks += _section(child, f"{number}.{index}", level + 1, material, generators, author_text)
    return blocks


def _shift(block: Block, level: int) -> Block:
    """Place the author's sub-headings below the section's own heading level."""
    if isinstance(block, Heading):
        return Heading(block.text, min(block.level + level, 4))
    return block


def _author_section(section: OutlineSection, author_text) -> AuthorSection | None:
    for key in (
        normalise(section.text) if section.text else "",
        normalise(section.title),
        normalise(section.id),
    ):
        if key and key in author_text:
            return author_text[key]
    return None
