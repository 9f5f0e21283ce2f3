"""Load a review folder once: the case, the IMRs read from Word, the problems found on the way."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from chronology import Imr, read_imr
from pipeline.case import Case
from pipeline.case.loader import load_case
from pipeline.common import Problem, StageProgress
from pipeline.errors import CheckFailed, InputError
from pipeline.folder import ReviewFolder, review_folder
from pipeline.wordfile import check_word_file, iter_word_files


@dataclass(frozen=True)
class LoadedReview:
    folder: ReviewFolder
    case: Case
    imrs: tuple[Imr, ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for imr in self.imrs for problem in imr.problems)


def load_review(path: Path, progress: StageProgress | None = None) -> LoadedReview:
    """Read case.yaml and every IMR; unusable input raises InputError naming the file.

    ``progress("Reading IMRs", done, total)`` is called after each IMR, for whoever shows it.
    """
    folder = review_folder(path)
    case = load_case_or_explain(folder.case_file, path)
    files = iter_word_files(folder.imrs) if folder.imrs.is_dir() else []
    if not files:
        raise InputError(
            f"{folder.imrs}: no IMR Word files (.docx) here; put the agencies' IMRs in this folder"
        )
    imrs = []
    report = progress or _silent
    for done, file in enumerate(files, start=1):
        check_word_file(file)
        imr = read_imr(file, agency_for(case, file))
        imrs.append(_with_case_agency(imr, case.agencies))
        report("Reading IMRs", done, len(files))
    return LoadedReview(folder, case, tuple(imrs))


def _silent(stage: str, done: int, total: int) -> None:
    """No progress shown."""


def load_case_or_explain(case_file: Path, folder: Path) -> Case:
    """Load the case; problems in it are bad input here (``scr check`` lists them all)."""
    try:
        return load_case(case_file)
    except CheckFailed as failure:
        first = failure.problems[0] if failure.problems else failure
        raise InputError(
            f"{case_file}: {len(failure.problems)} problem(s), the first: {first} "
            f"Run: scr check {folder}"
        ) from None


def _with_case_agency(imr, agencies):
    """The IMR under the name case.yaml gives its agency ("NORTHSHIRE POLICE" -> "Northshire Police")."""
    key = " ".join(imr.agency.lower().split())
    for agency in agencies:
        if " ".join(agency.name.lower().split()) == key and agency.name != imr.agency:
            return replace(imr, agency=agency.name)
    return imr


def agency_for(case: Case, file: Path) -> str | None:
    """The agency whose IMR ``file`` is, from ``imr:`` in case.yaml; None to let the reader say."""
    for agency in case.agencies:
        if agency.imr is not None and Path(agency.imr).name == file.name:
            return agency.name
    return None
