"""A board's own identifiers (issue 14): patterns listed in case.yaml, no code needed.

``anonymisation: recognisers:`` in case.yaml lists entries of ``entity``, ``pattern`` (a Python
regular expression) and ``score``. Each becomes a Presidio ``PatternRecognizer`` in the one
registry (``anonymiser.analysis``), so it is replaced like any identifier, and ``scr verify``
reports any match that survives in an output (``BoardSearch``). This module does not import
Presidio, so reading a case stays quick.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BoardPattern:
    """A board's own identifier: an entity name, a regular expression, a score (0 to 1)."""

    entity: str
    pattern: str
    score: float = 0.9


class BoardSearch:
    """The verify search of the case, plus every board pattern: a match is a leak."""

    def __init__(self, search, board: Sequence[BoardPattern]):
        self.search = search
        self.patterns = [(b.entity, re.compile(b.pattern)) for b in board]

    def hits(self, text: str, **how) -> Iterator:
        """The case's finds (``how`` as for ``verify.forms.Search.hits``) and the board's."""
        from anonymiser.verify.forms import Hit

        yield from self.search.hits(text, **how)
        for entity, rx in self.patterns:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    yield Hit(m.start(), m.end(), m.group(0), entity)


def with_board(search, ids):
    """``search`` extended with the case's board patterns; unchanged when there are none."""
    board = getattr(ids, "recognisers", ())
    return BoardSearch(search, board) if board else search
