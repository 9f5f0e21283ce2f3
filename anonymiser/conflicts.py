"""Where scr departs from Presidio's conflict resolution: the ONE place (issue 14).

Presidio's ``AnalyzerEngine`` only drops a finding that another finding of the same entity type
contains with an equal or higher score, and ``AnonymizerEngine`` merges or trims overlaps by
score. Neither is what a review needs, so every recogniser's findings (``anonymiser.analysis``)
are turned into candidate spans and chosen here, before ``AnonymizerEngine`` writes them:

1. an e-mail address is replaced whole, even when a case name is inside it;
2. the case's ``redact`` list wins over everything else (the author said so);
3. the case's own names come next, as whole-name spans ("Mrs Kelly A. Smith's" is one span,
   never "Kelly" for the net and "Smith" for the case): the case knows who a name is, the net
   only guesses that it is a name;
4. then the UK identifiers and the board's own patterns;
5. then the safety net's unknown people;
6. among equals, the longer span, then the higher score, then the earlier start.

A candidate that overlaps one already chosen is dropped, so the result never overlaps and
``AnonymizerEngine`` has no conflict left to resolve. Spans the case keeps (panel members, the
``keep`` list, scr's own labels) are not candidates at all: the recognisers report them as
``KEPT`` and the engine cuts them out of the other findings before they get here.

A ``Candidate`` is one such span, with what found it and how sure it is.
"""

from __future__ import annotations

from typing import Any, NamedTuple

PRIORITY = {"redact-list": 0, "case": 1, "pattern": 2, "ner": 3}
WHOLE_KINDS = frozenset({"EMAIL"})  # replaced whole, even when a known name is inside


class Candidate(NamedTuple):
    """One span a recogniser offers for replacement.

    ``detector`` is one of ``PRIORITY``; ``kind`` the entity type (None for a case name, whose
    ``hit``, an ``anonymiser.matcher.Hit``, says who it is; ``hit`` is None otherwise).
    """

    start: int
    end: int
    detector: str
    kind: str | None
    hit: Any
    score: float


def rank(candidate: Candidate) -> tuple:
    """The order in which candidates are offered a place (smaller first)."""
    whole = candidate.detector == "pattern" and candidate.kind in WHOLE_KINDS
    priority = -1 if whole else PRIORITY[candidate.detector]
    return (priority, -(candidate.end - candidate.start), -candidate.score, candidate.start)


def non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that win, by ``rank``; none of them overlaps another."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=rank):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return chosen
