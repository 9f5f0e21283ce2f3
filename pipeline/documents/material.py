"""Everything the documents are made from, gathered once by the build."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from chronology import Imr
from pipeline.action_plan import ActionPlan
from pipeline.case import Case
from pipeline.documents.markdown import AuthorSection


@dataclass(frozen=True)
class ReviewMaterial:
    """The inputs of the overview report, executive summary and action plans.

    ``chronology`` and ``summary`` are the anonymised view (``chronology.entries.Chronology`` and
    ``chronology.summary.Summary``); ``pseudonyms`` maps person id to pseudonym; ``composition``
    is the genogram's family composition table.
    """

    case: Case
    pseudonyms: dict[str, str]
    imrs: tuple[Imr, ...]
    chronology: object
    summary: object
    action_plan: ActionPlan
    author_text: dict[str, AuthorSection]
    genogram_png: Path | None = None
    timeline_png: Path | None = None
    composition: tuple[dict, ...] = ()
    timescales: tuple[tuple[str, str], ...] = ()
    today: date = field(default_factory=date.today)

    @property
    def subject(self) -> str:
        return self.pseudonyms.get(self.case.review.subject, "the child")
