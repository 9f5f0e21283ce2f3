"""The text of a review's IMRs as the NER and Presidio passes see it: paragraphs and cells."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def imr_texts(folder: Path) -> list[str]:
    """Every non-empty body paragraph and table-cell paragraph of every IMR, files in name order."""
    texts: list[str] = []
    for path in sorted(Path(folder).glob("*.docx")):
        doc = Document(str(path))
        texts += [p.text for p in doc.paragraphs if p.text.strip()]
        for table in doc.tables:
            for row in table.rows:
                for cell in _unique(row.cells):
                    texts += [p.text for p in cell.paragraphs if p.text.strip()]
    return texts


def _unique(cells):
    """A merged cell appears once per grid column it spans; take it once."""
    seen = set()
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)
