"""``scr build`` and ``scr demo``: every stage, the documents and the pack, verified first.

The new ``out/`` is made in a staging folder and swapped in by rename only when everything in
it has passed the leak scan, so an interrupted or refused build leaves the previous one intact.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from pipeline.common import StageProgress, write_atomically
from pipeline.errors import CheckFailed, InputError
from pipeline.folder import exclusive, staged_directory
from pipeline.pack import PackItem, PdfCopies, settle_office_files, write_manifest, zip_folder
from pipeline.review import LoadedReview, load_review
from pipeline.stages import (
    STILL_THERE,
    Anonymisation,
    StageResult,
    chronology_views,
    open_anonymisation,
    write_chronology,
)

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "review"
NO_LIBREOFFICE = "LibreOffice is not installed: the pack has no PDF copies"


def _silent(stage: str, done: int, total: int) -> None:
    """No progress shown."""


class _Refused(Exception):
    """Known identifiers survived in the staging folder: nothing is swapped in."""

    def __init__(self, leaks, problems) -> None:
        super().__init__(f"{len(leaks)} known identifier(s) survived")
        self.leaks = tuple(leaks)
        self.problems = tuple(problems)


def refused_pack(result: StageResult) -> CheckFailed | None:
    """The refusal to raise for a build in which known identifiers survived, else None."""
    if not result.leaks:
        return None
    return CheckFailed(
        f"{len(result.leaks)} known identifier(s) survived, so no pack was written; {STILL_THERE}",
        result.leaks,
    )


def run_demo(
    folder: Path, progress: StageProgress | None = None, *, pdf: bool = True
) -> StageResult:
    """Copy the bundled sample review into ``folder`` (kept if there) and build it."""
    report = progress or _silent
    if folder.exists() and not (folder / "case.yaml").is_file() and any(folder.iterdir()):
        raise InputError(
            f"{folder}: this folder is not empty and is not a review folder; "
            "give a new folder name for the demo"
        )
    if not (folder / "case.yaml").is_file():
        step = f"Copying the sample review into {folder}"
        report(step, 0, 1)
        shutil.copytree(
            SAMPLE, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("out", "private")
        )
        report(step, 1, 1)
    return run_build(folder, progress, pdf=pdf)


def run_build(
    path: Path, progress: StageProgress | None = None, *, pdf: bool = True
) -> StageResult:
    """Make everything for the review in ``path``; refuse the pack if anything known survives.

    ``progress(stage, done, total)`` hears each step. The result's ``written`` is the pack's
    zip; when a known identifier survived, ``status`` is 1, ``leaks`` says where, and
    the previous ``out/`` is left as it was.
    """
    report = progress or _silent
    review = load_review(path, report)
    folder = review.folder
    with exclusive(folder):
        anon = open_anonymisation(review.case, folder.private)
        try:
            with staged_directory(folder.out) as staging:
                problems, zipped = _build_into(review, anon, staging, report, pdf)
        except _Refused as refused:
            from anonymiser import write_excerpts

            write_excerpts(refused.leaks, folder.private)  # the text around each, private
            return StageResult(status=1, problems=refused.problems, leaks=refused.leaks)
        anon.close()
    return StageResult(written=(folder.out / zipped.name,), problems=tuple(problems))


def _build_into(
    review: LoadedReview, anon: Anonymisation, staging: Path, report: StageProgress, pdf: bool
) -> tuple[list, Path]:
    """Everything into ``staging``: the warnings found on the way, and the pack's zip."""
    from pipeline.documents_build import build_documents

    pack = staging / "pack"
    problems: list = []
    with PdfCopies(pack / "pdf", enabled=pdf) as copies:
        items = _anonymised_imrs(review, anon, pack / "imrs", report)
        copies.start(item.path for item in items)  # LibreOffice works while the rest is made
        with _step(report, "Making the integrated chronology"):
            views = chronology_views(review, anon)
            problems += views.problems
            chronology_files = write_chronology(review, views, staging, anon, verified_later=True)
        copies.start(f for f in chronology_files if f.suffix == ".docx")
        with _step(report, "Drawing the genogram"):
            genogram_files = _genogram(review, staging)
        with _step(report, "Writing the overview report, executive summary and action plans"):
            documents = build_documents(review, anon, views.anonymised, staging)
        copies.start(documents)
        items += _copy(
            chronology_files + genogram_files,
            pack / "chronology-and-genogram",
            "chronology or genogram",
        )
        items += _copy(documents, pack / "documents", "report")
        items += _scan_everything(staging, anon, copies if pdf else None, report, problems)
    items.append(PackItem(_verification_report(pack, review, anon, items), "verification report"))
    settle_office_files(staging)
    write_manifest(pack, items)
    name = f"{_safe(review.case.review.reference)}-pack.zip"
    return problems, zip_folder(pack, staging / name)


@contextmanager
def _step(report: StageProgress, stage: str) -> Iterator[None]:
    report(stage, 0, 1)
    yield
    report(stage, 1, 1)


def _scan_everything(
    staging: Path,
    anon: Anonymisation,
    copies: PdfCopies | None,
    report: StageProgress,
    problems: list,
) -> list[PackItem]:
    """Scan every file in ``staging`` (the PDFs last, once LibreOffice is done); return the
    PDFs' pack items. Raises ``_Refused`` if any known identifier survived anywhere."""
    from anonymiser import scan

    with _step(report, "Checking everything for surviving identifiers"):
        scanned: set[str] = set()
        leaks = scan(_distinct_files(staging, scanned), anon.ids)
        items = _pdfs(copies, report, problems) if copies else []
        leaks += scan(_distinct_files(staging, scanned), anon.ids)  # what came since: PDFs
    if leaks:
        # named as they stand in the pack ("pack/pdf/overview-report.pdf"), never by the
        # temporary folder the build was made in
        raise _Refused([_named_in(staging, leak) for leak in leaks], problems)
    return items


def _named_in(staging: Path, leak):
    try:
        return replace(leak, file=Path(leak.file).relative_to(staging).as_posix())
    except ValueError:
        return leak


def _distinct_files(folder: Path, scanned: set[str]) -> list[Path]:
    """Every file under ``folder``, one of each content not in ``scanned`` (which gains them):
    the pack repeats out/'s files, and PDFs are scanned after the rest."""
    fresh: dict[str, Path] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in scanned:
            fresh.setdefault(digest, path)
    scanned.update(fresh)
    return sorted(fresh.values())


def _anonymised_imrs(
    review: LoadedReview, anon: Anonymisation, target: Path, report: StageProgress
) -> list[PackItem]:
    from anonymiser import anonymise_files

    files = [imr.path for imr in review.imrs]
    result = anonymise_files(
        files,
        target,
        lambda *_: anon.engine,
        anon.ids,
        private_dir=review.folder.private,
        progress=lambda stage, done, total: report(f"Anonymising IMRs: {stage}", done, total),
        verified_later=True,
        ahead=_review_texts(review),  # one analysis of the whole review (issue 14)
    )  # the whole staging folder is scanned
    return [PackItem(path, "anonymised IMR") for path in result.outputs]


def _review_texts(review: LoadedReview) -> list[str]:
    """The lines the chronology, the documents and the labels will be made of, as read from
    the IMRs, so that they are analysed in the IMRs' batch and later only looked up."""
    texts: list[str] = []
    for imr in review.imrs:
        texts += [imr.agency, imr.path.name, imr.path.stem, *imr.other_text]
        texts += [p for section in imr.sections for p in section.paragraphs]
        texts += [r.text for r in imr.recommendations]
        texts += [v for row in imr.action_plan for v in row.values()]
        for row in imr.chronology:
            texts += [*row.cells.values(), *row.extra.values()]
    return list(dict.fromkeys(line for text in texts if text for line in text.split("\n")))


def _genogram(review: LoadedReview, staging: Path) -> list[Path]:
    from genogram import render
    from pipeline.family import family_of

    files = render(family_of(review.case), staging)
    return [files.svg, files.png, files.dot]


def _copy(files: list[Path], target: Path, kind: str) -> list[PackItem]:
    target.mkdir(parents=True, exist_ok=True)
    items = []
    for file in files:
        copied = target / file.name
        shutil.copy2(file, copied)
        items.append(PackItem(copied, kind))
    return items


def _pdfs(copies: PdfCopies, report: StageProgress, problems: list) -> list[PackItem]:
    """Wait for the PDF copies that LibreOffice has been making since the IMRs were ready."""
    if copies.program is None:
        problems.append(NO_LIBREOFFICE)
        return []
    with _step(report, "Waiting for LibreOffice's PDF copies of the Word files"):
        return [PackItem(path, "PDF copy") for path in copies.wait()]


def _verification_report(
    pack: Path, review: LoadedReview, anon: Anonymisation, items: list[PackItem]
) -> Path:
    lines = [
        f"# Verification report: {review.case.review.reference}",
        "",
        "Made by scr.",
        "",
        (
            f"Every file in this pack ({len(items)} files) was scanned for every known "
            f"identifier of the case ({len(anon.ids.identities)} people, professionals, places "
            "and addresses, in all the forms writers use) in every part of every file."
        ),
        "",
        "Result: no known identifier was found.",
        "",
        (
            f"Names found by the safety net and replaced as 'Person N': "
            f"{len(anon.engine.review_items)}; each is on the review list kept privately "
            "by the board for a person to confirm."
        ),
        "",
        "Kept as written (panel chair, members and overview author, 8.43-8.49): "
        + "; ".join(m.name for m in review.case.panel)
        + ".",
    ]
    target = pack / "verification-report.md"
    write_atomically(target, "\n".join(lines) + "\n")
    return target


def _safe(reference: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in reference) or "review"
