"""Anonymise a case's Word files together, verify the result, and only then put it in place.

Phase 1 reads every file and runs detection over all their texts in one call, files in name
order, so professionals are numbered in order of first appearance across the whole case.
Phase 2 writes the findings into the files as read (each is read once) and saves them in a
temporary folder beside the output folder. The leak scan then reads that folder; on any leak
the temporary output is deleted and nothing is written (fail closed). A caller that scans
everything itself before anything leaves (``scr build``) may say so (``verified_later``).

A large batch starts the worker processes (``anonymiser.pool``) before it reads anything, so
that their loading of the language model runs beside the reading; they share the analysis
and, file by file, the leak scan. The result is the same in any number of processes.
"""

from __future__ import annotations

import inspect
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from anonymiser import pool
from anonymiser.board import with_board
from anonymiser.errors import InputError
from anonymiser.log import RedactionLog, default_log_path
from anonymiser.repair import repair_file
from anonymiser.verify import Leak, scan, scan_file
from anonymiser.verify.forms import compile_search
from anonymiser.word.docx import DocxResult, PreparedDocx, finish, prepare

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BatchResult:
    """Outputs put in place (none when leaks were found), per-file results, leaks, the log."""

    outputs: tuple[Path, ...]
    results: tuple[DocxResult, ...]
    leaks: tuple[Leak, ...]
    log_path: Path | None

    @property
    def ok(self) -> bool:
        return not self.leaks


def anonymise_files(
    files: Sequence[Path],
    out_dir: Path,
    detector_factory,
    ids,
    *,
    private_dir: Path,
    progress: Progress | None = None,
    verified_later: bool = False,
    ahead: Sequence[str] = (),
) -> BatchResult:
    """Anonymise ``files`` into ``out_dir`` under anonymised names; the log goes to private_dir.

    ``detector_factory(ids)`` makes the detector (e.g. ``Anonymiser(ids, key)``), called once.
    ``verified_later``: skip the leak scan, because the caller scans ``out_dir`` (and everything
    else) before any of it leaves. ``ahead``: more texts the caller will ask about later (the
    rest of a review), analysed in the same batch as the files' own. Files are
    written in this process (sending them to workers meant reading each one twice); the
    analysis shares a large batch with worker processes (``anonymiser.pool``).

    Raises ``InputError`` for a missing or unreadable file, or a private folder inside the
    output folder. Returns leaks (and writes nothing) if verification fails.
    """
    files = _checked(files, Path(out_dir), Path(private_dir))
    with pool.running(when=pool.worth_workers(files)):
        return _anonymise(
            files,
            Path(out_dir),
            detector_factory,
            ids,
            Path(private_dir),
            progress,
            verified_later,
            ahead,
        )


def _anonymise(
    files, out_dir, detector_factory, ids, private_dir, progress, verified_later, ahead
) -> BatchResult:
    report = progress or (lambda stage, done, total: None)
    detector = detector_factory(ids)
    prepared = _read(files, report, getattr(detector, "prefetch", None))
    findings = _detect(prepared, detector, report, ahead)
    staging = Path(tempfile.mkdtemp(prefix=".scr-anonymise-", dir=_parent(Path(out_dir))))
    try:
        results, log = _rewrite_all(prepared, findings, staging, report)
        if not verified_later:
            report("verify", 0, 1)
            leaks = _scan_and_repair(staging, ids, results, detector, log)
            report("verify", 1, 1)
            if leaks:
                return BatchResult((), tuple(results), tuple(leaks), None)
        results = _move_into_place(results, Path(out_dir))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log_path = log.write(default_log_path(Path(private_dir)))
    return BatchResult(tuple(r.output for r in results), tuple(results), (), log_path)


def _checked(files: Sequence[Path], out_dir: Path, private_dir: Path) -> list[Path]:
    out, private = out_dir.resolve(), private_dir.resolve()
    if private == out or out in private.parents:
        raise InputError(
            f"{private_dir}: the private folder is inside the output folder; "
            "choose an output folder outside private/"
        )
    for file in files:
        if not Path(file).is_file():
            raise InputError(f"{file}: no such file; check the name and path")
    return sorted((Path(f) for f in files), key=lambda p: (p.name.lower(), str(p)))


def _read(files: list[Path], report: Progress, prefetch=None) -> list[PreparedDocx]:
    """Each file read once; its texts handed to the workers (``prefetch``) as soon as it is."""
    prepared = []
    for done, file in enumerate(files):
        report("read", done, len(files))
        prepared.append(prepare(file, file.stem))
        if prefetch is not None:
            prefetch(prepared[-1].texts)
    report("read", len(files), len(files))
    return prepared


def _detect(prepared: list[PreparedDocx], detector, report: Progress, ahead=()) -> list[list]:
    """One detection call over every text of every file; findings split back per file.

    With ``ahead``, the files' texts and those are first analysed in one batch (issue 14).
    """
    texts_per_file = [p.texts for p in prepared]
    places = [place for p in prepared for place in p.places]
    report("detect", 0, 1)
    if hasattr(detector, "analyse_ahead"):
        detector.analyse_ahead([t for texts in texts_per_file for t in texts] + list(ahead))
    found = _find(detector, [t for texts in texts_per_file for t in texts], places)
    report("detect", 1, 1)
    split, at = [], 0
    for texts in texts_per_file:
        split.append(found[at : at + len(texts)])
        at += len(texts)
    return split


def _find(detector, texts: list[str], places: list[str]) -> list[list]:
    """Ask the detector, saying where each text stands when it can take that."""
    if "where" in inspect.signature(detector.find).parameters:
        return detector.find(texts, where=places)
    return detector.find(texts)


def _rewrite_all(prepared: list[PreparedDocx], findings, staging: Path, report: Progress):
    """Write each file's findings into it and save it: in this process, since writing is cheap
    next to reading again, and the files as read (lxml trees) cannot travel to a worker."""
    log, results = RedactionLog(), []
    for done, found in enumerate(findings, 1):
        file = prepared[done - 1]
        prepared[done - 1] = None  # free each file's trees once it is written
        results.append(finish(file, found, staging / str(done - 1), file.source.suffix, log=log))
        report("write", done, len(findings))
    return results, log


REPAIR_ROUNDS = 2


def _scan_and_repair(staging: Path, ids, results, detector, log) -> list[Leak]:
    """Scan the staged files; replace what is found where it stands and scan again.

    Returns what still survives after ``REPAIR_ROUNDS`` repairs, named by the source files.
    """
    leaks = scan_shared(staging, ids)
    for _ in range(REPAIR_ROUNDS):
        if not leaks or any(leak.unchecked for leak in leaks):
            break
        by_file: dict[str, list[Leak]] = {}
        for leak in leaks:
            by_file.setdefault(leak.file, []).append(leak)
        made = 0
        for file, found in by_file.items():
            source = next(
                (
                    r.source.name
                    for r in results
                    if r.output.relative_to(staging).as_posix() == file
                ),
                file,
            )
            made += repair_file(staging / file, found, detector, log=log, shown=source)
        if not made:
            break
        leaks = scan_shared(staging, ids)
    return _named_by_source(leaks, results, staging)


def scan_shared(folder: Path, ids) -> list[Leak]:
    """``scan([folder], ids)``, its files shared with the running workers, if any.

    Workers take files from the end and this process from the start; a file no worker has
    started is scanned here, and so is every file of a worker that failed. The leaks are the
    same, in the same order.
    """
    if not pool.workers():
        return scan([folder], ids)
    files = [
        (file, file.relative_to(folder).as_posix())
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    ]
    digest = pool.packed(ids)[0]
    futures = {
        i: pool.submit(_scan_one, files[i], digest, ids) for i in reversed(range(len(files)))
    }
    leaks: list[Leak] = []
    for i, named in enumerate(files):
        future = futures[i]
        if future.cancel():
            leaks += _scan_one(named, digest, ids)
            continue
        try:
            leaks += future.result()
        except Exception:  # noqa: BLE001  a worker that failed or died: scanned here
            leaks += _scan_one(named, digest, ids)
    return leaks


def _scan_one(named: tuple[Path, str], digest: str, ids) -> list[Leak]:
    """The leaks of one file, named as in a scan of its folder (in a worker or here)."""
    file, shown = named
    search = _SEARCHES.get(digest)
    if search is None:  # compiled once per process and case
        search = _SEARCHES[digest] = with_board(compile_search(ids), ids)
    return scan_file(file, search, shown)


_SEARCHES: dict[str, object] = {}


def _named_by_source(leaks: list[Leak], results: list[DocxResult], staging: Path) -> list[Leak]:
    """Name each leak's file as the user knows it ("police.docx (anonymised)"), not its staging path."""
    names = {
        r.output.relative_to(staging).as_posix(): f"{r.source.name} (anonymised)" for r in results
    }
    return [replace(leak, file=names.get(leak.file, leak.file)) for leak in leaks]


def _move_into_place(results: list[DocxResult], out_dir: Path) -> list[DocxResult]:
    """Rename each verified file into the output folder; a clash of names gets a number."""
    out_dir.mkdir(parents=True, exist_ok=True)
    placed, taken = [], set()
    for result in results:
        target = _free_name(out_dir / result.output.name, taken)
        taken.add(target.name.lower())
        os.replace(result.output, target)
        placed.append(replace(result, output=target))
    return placed


def _free_name(target: Path, taken: set[str]) -> Path:
    candidate, number = target, 2
    while candidate.name.lower() in taken:
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate


def _parent(out_dir: Path) -> Path:
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    return parent
