"""The review folder on disk: where things go, one run at a time, nothing half-written.

``out/`` is replaced whole by ``scr build`` (staged next to it, then swapped in by rename);
single-stage commands replace their own files one by one. ``private/`` holds the key, the logs
and the real-name views; it is created with owner-only permissions.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

LOCK_NAME = ".scr.lock"


@dataclass(frozen=True)
class ReviewFolder:
    root: Path

    @property
    def case_file(self) -> Path:
        return self.root / "case.yaml"

    @property
    def imrs(self) -> Path:
        return self.root / "imrs"

    @property
    def text(self) -> Path:
        return self.root / "text"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def private(self) -> Path:
        path = self.root / "private"
        path.mkdir(mode=0o700, exist_ok=True)
        return path


def review_folder(path: Path) -> ReviewFolder:
    """Check ``path`` is a review folder (it has case.yaml)."""
    if not path.is_dir():
        raise InputError(f"{path}: no such folder; give the review folder that holds case.yaml")
    if not (path / "case.yaml").is_file():
        raise InputError(f"{path}: no case.yaml here; make one with: scr init {path}")
    return ReviewFolder(path)


@contextmanager
def exclusive(folder: ReviewFolder) -> Iterator[None]:
    """Hold the folder's lock for the run; a second run meanwhile is refused."""
    lock_path = folder.private / LOCK_NAME
    handle = open(lock_path, "a+")  # noqa: SIM115 - held open for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise InputError(
            f"{folder.root}: scr is already running on this review folder; wait "
            "for it to finish, then run again"
        ) from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@contextmanager
def staged_directory(target: Path) -> Iterator[Path]:
    """Yield an empty folder beside ``target``; on success it replaces ``target`` whole.

    On any failure (or interruption) the staging folder is removed and ``target`` is untouched.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _recover(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-staging-", dir=target.parent))
    try:
        yield staging
        _swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is; if the second rename fails, put ``target`` back."""
    previous = target.with_name(f".{target.name}-previous")
    moved = target.exists()
    if moved:
        os.replace(target, previous)
    try:
        os.replace(staging, target)
    except BaseException:
        if moved and not target.exists():
            os.replace(previous, target)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _recover(target: Path) -> None:
    """Put back the previous output if a run was killed between the two renames."""
    previous = target.with_name(f".{target.name}-previous")
    if previous.exists() and not target.exists():
        os.replace(previous, target)
    shutil.rmtree(previous, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}-staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


def replace_file(source: Path, target: Path) -> Path:
    """Move a finished file into place in one rename (same file system)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    return target
