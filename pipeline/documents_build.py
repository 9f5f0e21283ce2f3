"""Write the overview report, executive summary and action plans, anonymised and verified.

Drafts are written with the review's own words into a private temporary folder, then every part
of each Word file goes through the same anonymiser as the IMRs; only the anonymised copies leave.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from anonymiser import RedactionLog, anonymise_docx
from chronology import summarise
from genogram import composition_table
from pipeline.action_plan import gather_action_plan
from pipeline.documents.markdown import read_author_text
from pipeline.documents.material import ReviewMaterial
from pipeline.documents.reports import action_plan_documents, executive_summary, overview_report
from pipeline.documents.writer import write_document
from pipeline.family import family_of
from pipeline.pseudonyms import kinship_pseudonyms
from pipeline.review import LoadedReview
from pipeline.timescales import timescale_summary


def gather_material(
    review: LoadedReview, chronology, staging: Path, today: date | None = None
) -> ReviewMaterial:
    """Collect what the documents are made of; ``chronology`` is the anonymised view."""
    case, folder = review.case, review.folder
    csv_plan = folder.text / "action-plan.csv"
    return ReviewMaterial(
        case=case,
        pseudonyms=kinship_pseudonyms(case),
        imrs=review.imrs,
        chronology=chronology,
        summary=summarise(chronology, case.review.incident),
        action_plan=gather_action_plan(review.imrs, csv_plan),
        author_text=read_author_text(folder.text),
        genogram_png=_existing(staging / "genogram.png"),
        timeline_png=_existing(staging / "timeline.png"),
        composition=tuple(composition_table(family_of(case))),
        timescales=tuple(timescale_summary(case)),
        today=today or date.today(),
    )


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None


def build_documents(review: LoadedReview, anon, chronology, staging: Path) -> list[Path]:
    """Write each document's draft privately, anonymise it into ``staging``; return the files."""
    material = gather_material(review, chronology, staging)
    documents = [
        ("overview-report", overview_report(material)),
        ("executive-summary", executive_summary(material)),
        *action_plan_documents(material),
    ]
    log = RedactionLog()
    written = []
    with tempfile.TemporaryDirectory(prefix=".drafts-", dir=review.folder.private) as drafts:
        for stem, document in documents:
            draft = write_document(document, Path(drafts) / f"{stem}.docx", review.case.template)
            target = staging / f"{stem}.docx"
            anonymise_docx(draft, target, anon.engine, log=log)
            written.append(target)
    log.write(review.folder.private / "redaction-log-documents.csv")
    return written
