"""Detect each distinct text once per run, however many outputs carry it.

The IMRs, the chronology (whose cells are IMR paragraphs) and the documents (which quote both)
share one cache, so a paragraph goes through the language model once. Text that the anonymiser
itself produced is recorded as clean, since anonymising it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from anonymiser.engine import apply
from anonymiser.records import Finding


class MemoAnonymiser:
    """Wrap an ``Anonymiser`` (anything with ``find``) with a per-text cache of findings."""

    def __init__(self, engine):
        self.engine = engine
        self._found: dict[str, list[Finding]] = {}

    @property
    def review_items(self):
        return self.engine.review_items

    def prefetch(self, texts: Sequence[str]) -> None:
        """Hand texts not yet seen to the engine's workers now; nothing for an engine without."""
        ahead = getattr(self.engine, "prefetch", None)
        if ahead is not None:
            ahead([t for t in texts if t not in self._found])

    def analyse_ahead(self, texts: Sequence[str]) -> None:
        """Analyse every text not yet seen in one batch now (the whole review at once), so
        that later calls only look them up; does nothing for an engine that cannot."""
        ahead = getattr(self.engine, "analyse_ahead", None)
        if ahead is not None:
            ahead(list(dict.fromkeys(t for t in texts if t not in self._found)))

    def find(self, texts: Sequence[str], where: Sequence[str] | None = None) -> list[list[Finding]]:
        """Findings per text; only texts not seen before reach the engine, in one batch."""
        missing: dict[str, str] = {}
        for index, text in enumerate(texts):
            if text not in self._found and text not in missing:
                missing[text] = where[index] if where else f"text {index + 1}"
        if missing:
            found = self.engine.find(list(missing), where=list(missing.values()))
            for text, findings in zip(missing, found, strict=True):
                self._found[text] = findings
                if findings:
                    self._found.setdefault(apply(text, findings), [])
        return [self._found[text] for text in texts]

    def anonymise(self, texts: Sequence[str]) -> list[str]:
        """The texts with every finding replaced, line by line so lines are shared."""
        lines = [text.split("\n") for text in texts]
        flat = [line for group in lines for line in group]
        done = iter(apply(line, found) for line, found in zip(flat, self.find(flat), strict=True))
        return ["\n".join(next(done) for _ in group) for group in lines]
