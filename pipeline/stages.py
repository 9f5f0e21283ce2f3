"""The single-stage commands: chronology, genogram, anonymise, verify.

Each loads what it needs, does its one job, verifies anything anonymised, and only then puts
the files in place. Personal data goes to ``private/`` only. Each returns one ``StageResult``
(status, problems, files written, leaks) that the CLI prints; progress goes to a plain callable
``progress(stage, done, total)``, never to a terminal.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from anonymiser import Anonymiser, CaseIdentifiers, MemoAnonymiser, PseudonymKey
from pipeline.case import Case
from pipeline.common import Problem, StageProgress
from pipeline.errors import CheckFailed, InputError
from pipeline.folder import ReviewFolder, exclusive, replace_file
from pipeline.identifiers import case_identifiers
from pipeline.pseudonyms import kinship_pseudonyms
from pipeline.review import LoadedReview, load_case_or_explain, load_review

if TYPE_CHECKING:
    from chronology import Chronology, SubjectNames

# The chronology's and the genogram's modules (Graphviz, cairo) are imported by the stages
# that use them, so that ``scr anonymise`` does not load them (issue 14: a second of start).
log = logging.getLogger(__name__)
KEY_FILE = "key.yaml"
STILL_THERE = (
    "each line above names the file, the part and place, and the identity (the text "
    "around each is in the review's private/leak-excerpts.csv); list the exact text "
    "under anonymisation.redact in case.yaml and run again, or, if the part is one scr "
    "does not know, tell us the part"
)
CHILD_AGE = 18


@dataclass(frozen=True)
class StageResult:
    """What one stage did, for the CLI to print.

    ``status``: 0 done; 1 a known identifier survived or a file could not be checked (``leaks``
    says which, and nothing was kept). ``problems``: warnings found on the way (a row without a
    date ...). ``written``: the files put in place.
    """

    status: int = 0
    written: tuple[Path, ...] = ()
    problems: tuple = ()
    leaks: tuple = ()


def _silent(stage: str, done: int, total: int) -> None:
    """No progress shown."""


@dataclass
class Anonymisation:
    """The case's anonymiser with its key; ``close`` saves the key and the review list."""

    ids: CaseIdentifiers
    key: PseudonymKey
    engine: MemoAnonymiser
    private: Path

    def close(self) -> None:
        self.key.save(self.private / KEY_FILE)
        from anonymiser import write_review

        write_review(self.engine.review_items, self.private / "review.csv")


def open_anonymisation(case: Case, private: Path, profile: str | None = None) -> Anonymisation:
    """Load the case's key from ``private/`` and build the anonymiser around it."""
    ids = case_identifiers(case, profile)
    key = PseudonymKey.load(private / KEY_FILE)
    return Anonymisation(ids, key, MemoAnonymiser(Anonymiser(ids, key)), private)


def subject_names(case: Case) -> SubjectNames:
    """How the subject child is written, and the other children (whose sightings don't count)."""
    from chronology import SubjectNames

    subject = case.subject
    pseudonyms = kinship_pseudonyms(case)
    # the first name, not the surname: the family shares it ("Kayla Ashworth seen" is not him)
    names = (subject.name.split()[0], subject.name, *subject.aliases, pseudonyms[subject.id])
    others, adults = [], []
    # a surname the child does not carry is someone else's: "HOLLIS interviewed" (police style)
    own = {word.lower() for name in (subject.name, *subject.aliases) for word in name.split()}
    for person in case.people:
        words = person.name.split()
        surname = [words[-1]] if len(words) > 1 and words[-1].lower() not in own else []
        if person.id != subject.id and _is_child(person, case.review.incident):
            others += [words[0], person.name, *person.aliases, pseudonyms[person.id]]
            others += [s for s in surname if s not in {n for n, _ in adults}]
        elif person.id != subject.id:  # "Dean present": an adult there, and "she" is not Dean
            his = "" if person.sex == "unknown" else person.sex
            adults += [(n, his) for n in (words[0], person.name, *person.aliases, *surname)]
    sex = "" if subject.sex == "unknown" else subject.sex
    staff = [n for pro in case.professionals for n in (pro.name, *pro.aliases)]
    return SubjectNames(
        tuple(dict.fromkeys(names)),
        tuple(dict.fromkeys(others)),
        born=subject.born,
        sex=sex,
        adults=tuple(dict.fromkeys(adults)),
        professionals=tuple(dict.fromkeys(staff)),
    )


def _is_child(person, when: date | None) -> bool:
    if person.born is None:
        return False
    at = when or date.today()
    return (at - person.born).days < CHILD_AGE * 365.25


# --- chronology -------------------------------------------------------------------------------


def chronology_stage(
    path: Path, progress: StageProgress | None = None, *, personalised: bool = False
) -> StageResult:
    """Write the anonymised integrated chronology to out/ (and the real-name one to private/)."""
    review = load_review(path, progress)
    with exclusive(review.folder):
        anon = open_anonymisation(review.case, review.folder.private)
        views = chronology_views(review, anon, progress)
        written = write_chronology(
            review, views, review.folder.out, anon, personalised=personalised
        )
        anon.close()
    return StageResult(written=tuple(written), problems=views.problems)


@dataclass(frozen=True)
class ChronologyViews:
    """The merged chronology as the panel sees it (real) and as it leaves (anonymised)."""

    real: Chronology
    anonymised: Chronology
    problems: tuple[Problem, ...] = ()  # warnings from reading, merging and the author's decisions


def chronology_views(
    review: LoadedReview, anon: Anonymisation, progress: StageProgress | None = None
) -> ChronologyViews:
    """Merge and flag every IMR's rows, then anonymise the text in one batched pass."""
    from chronology import prepare
    from chronology.merge import merge
    from pipeline.decisions import apply_decisions, load_decisions

    prepare(row.cells for imr in review.imrs for row in imr.chronology)  # one batched parse
    result = merge(review.imrs, subject=subject_names(review.case))
    files = list(dict.fromkeys(e.origin.file for e in result.chronology))
    shown = dict(zip(files, anon.engine.anonymise(files), strict=True))  # as the outputs show them
    chronology, decided = apply_decisions(
        result.chronology, load_decisions(review.folder.root), shown
    )
    total = len(result.chronology)
    (progress or _silent)("Anonymising chronology entries", 0, total)
    anonymised = chronology.map_text(anon.engine.anonymise)
    (progress or _silent)("Anonymising chronology entries", total, total)
    return ChronologyViews(
        real=chronology,
        anonymised=anonymise_labels(anonymised, anon.engine.anonymise),
        problems=(*review.problems, *result.problems, *decided),
    )


def anonymise_labels(chronology, anonymise):
    """The texts ``map_text`` keeps, anonymised too: agency labels (taken from IMR covers, so
    they may name a practice or a worker), dates that did not parse, and divider groups.

    One mapping per distinct agency, so entries and the agency list still agree.
    """
    from dataclasses import replace

    entries = list(chronology)
    agencies = list(dict.fromkeys([*chronology.agencies, *(e.agency for e in entries)]))
    # an IMR's file name may hold a practice, a school or a worker ("GP IMR Brookfield ...")
    files = list(dict.fromkeys(e.origin.file for e in entries))
    texts = agencies + files + [e.date_text for e in entries] + [e.group for e in entries]
    done = anonymise(texts)
    agency = dict(zip(agencies, done[: len(agencies)], strict=True))
    done = done[len(agencies) :]
    file = dict(zip(files, done[: len(files)], strict=True))
    done = done[len(files) :]
    dates, groups = done[: len(entries)], done[len(entries) :]
    rebuilt = [
        replace(
            e,
            agency=agency[e.agency],
            date_text=d,
            group=g,
            origin=replace(e.origin, file=file[e.origin.file]),
        )
        for e, d, g in zip(entries, dates, groups, strict=True)
    ]
    cut = len(chronology.entries)
    return replace(
        chronology,
        entries=tuple(rebuilt[:cut]),
        undated=tuple(rebuilt[cut:]),
        agencies=tuple(dict.fromkeys(agency[a] for a in chronology.agencies)),
    )


def write_chronology(
    review: LoadedReview,
    views: ChronologyViews,
    target: Path,
    anon: Anonymisation,
    *,
    personalised: bool = False,
    verified_later: bool = False,
) -> list[Path]:
    """Write the chronology files into ``target`` (verified), and privately if asked.

    ``verified_later``: the caller scans ``target`` itself before anything leaves (the build).
    """
    from chronology import summarise, write_csv, write_docx, write_timeline, write_xlsx

    pairs = [(views.anonymised, target)]
    if personalised:
        pairs.append((views.real, review.folder.private))
    written: list[Path] = []
    for view, folder in pairs:
        summary = summarise(view, review.case.review.incident)
        with tempfile.TemporaryDirectory(dir=_parent(folder)) as temporary:
            staging = Path(temporary)
            files = [
                write_docx(
                    view, summary, staging / "integrated-chronology.docx", title=_title(review.case)
                ),
                write_csv(view, staging / "integrated-chronology.csv"),
                write_xlsx(view, summary, staging / "integrated-chronology.xlsx"),
            ]
            files += list(
                write_timeline(view, summary, staging / "timeline.svg", staging / "timeline.png")
            )
            if folder == target and not verified_later:
                ensure_clean(files, anon.ids, review.folder.private)
            written += [replace_file(f, folder / f.name) for f in files]
    return written


def _title(case: Case) -> str:
    return f"Integrated chronology: {case.review.reference}"


def _parent(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ensure_clean(files: Sequence[Path], ids: CaseIdentifiers, private: Path | None = None) -> None:
    """Refuse (exit 1) when any known identifier survives in ``files``; nothing is kept then.
    The text around each finding goes to ``private``/leak-excerpts.csv, never to the console."""
    from dataclasses import replace

    from anonymiser import scan, write_excerpts

    # named as the user will know them ("timeline.svg"), never by the temporary folder
    leaks = [replace(leak, file=Path(leak.file).name) for leak in scan(list(files), ids)]
    if leaks and private is not None:
        write_excerpts(leaks, private)
    if leaks:
        raise CheckFailed(
            f"{len(leaks)} known identifier(s) survived anonymisation, so nothing "
            f"was written; {STILL_THERE}",
            leaks,
        )


# --- genogram ---------------------------------------------------------------------------------


def genogram_stage(
    path: Path, progress: StageProgress | None = None, *, personalised: bool = False
) -> StageResult:
    """Draw the anonymised genogram into out/ (and the real-name view into private/)."""
    from genogram import render
    from pipeline.family import family_of

    folder = ReviewFolder(path)
    case = load_case_or_explain(folder.case_file, path)
    with exclusive(folder):
        with tempfile.TemporaryDirectory(dir=_parent(folder.out)) as temporary:
            files = render(family_of(case), Path(temporary))
            ensure_clean([files.svg, files.dot], case_identifiers(case), folder.private)
            written = [
                replace_file(f, folder.out / f.name) for f in (files.svg, files.png, files.dot)
            ]
        if personalised:
            private = render(
                family_of(case, personalised=True), folder.private, stem="genogram-personalised"
            )
            written += [private.svg, private.png, private.dot]
    return StageResult(written=tuple(written))


# --- anonymise and verify ---------------------------------------------------------------------


def anonymise_stage(
    case_file: Path,
    out_dir: Path,
    paths: Sequence[Path],
    progress: StageProgress | None = None,
    *,
    profile: str | None = None,
) -> StageResult:
    """Anonymise Word files into ``out_dir``; verified before anything is kept (status 1 and
    the leaks, with nothing written, when a known identifier could not be replaced)."""
    from anonymiser import anonymise_files, pool
    from pipeline.wordfile import check_word_file, iter_word_files

    case = load_case_or_explain(case_file, case_file.parent)
    files = _expand(paths, iter_word_files)
    for file in files:
        check_word_file(file)
    if out_dir.resolve() in {f.parent.resolve() for f in files}:
        raise InputError(
            f"{out_dir}: the output folder holds input files; choose another "
            "folder so no input is ever overwritten"
        )
    folder = ReviewFolder(case_file.parent)
    with exclusive(folder), pool.running(when=pool.worth_workers(files)):  # they load meanwhile
        anon = open_anonymisation(case, folder.private, profile)
        result = anonymise_files(
            files,
            out_dir,
            lambda *_: anon.engine,
            anon.ids,
            private_dir=folder.private,
            progress=progress,
        )
        anon.close()
    if result.leaks:
        from anonymiser import write_excerpts

        write_excerpts(result.leaks, folder.private)
        return StageResult(status=1, leaks=tuple(result.leaks))
    return StageResult(written=tuple(result.outputs))


def verify_stage(case_file: Path, paths: Sequence[Path]) -> StageResult:
    """Scan files, folders and zips for every known identifier of the case (status 1 and the
    leaks when one survives or a file could not be checked)."""
    from anonymiser import scan, write_excerpts

    case = load_case_or_explain(case_file, case_file.parent)
    leaks = tuple(scan(list(paths), case_identifiers(case)))
    if leaks:  # the text around each finding: private, never on the console
        write_excerpts(leaks, ReviewFolder(case_file.parent).private)
    return StageResult(status=1 if leaks else 0, leaks=leaks)


def _expand(paths: Sequence[Path], lister) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += lister(path) if path.is_dir() else [path]
    if not files:
        raise InputError("no Word files were given: name .docx files or folders holding them")
    return sorted(dict.fromkeys(files))
