"""The small common layer under every package: one atomic write (``write_atomically`` for
bytes or text, ``write_with`` for writers that want a path), one problem record, one base
input error, and the type of a progress callback. It imports nothing of ours, so ``chronology``, ``anonymiser`` and ``genogram`` can
use it without pulling in the pipeline."""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# How library code reports progress: a plain callable ``progress(stage, done, total)``; whoever
# shows it (the CLI's bars, the workbench's list of steps) makes one. Never a terminal object.
StageProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    """One thing a user must fix, said in plain English with where it is and what to do.

    ``severity`` is "error" (the file cannot be used as it is) or "warning" (worth a look).
    ``place`` is e.g. "table 2, row 14, column 'Date'" or "line 12"; empty when it is the whole file.
    """

    file: str
    place: str
    message: str
    advice: str = ""
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}: {self.place}" if self.place else self.file
        tail = f" {self.advice}" if self.advice else ""
        return f"{where}: {self.message}.{tail}".replace("..", ".")


class InputError(Exception):
    """Unusable input (exit 2): ``str(error)`` is one line naming the file and place and what to
    do. The CLI alone catches it; every package's own ``InputError`` is a thin subclass.

    Either pass the finished line, or the parts (``file``, ``place``, ``what``, ``advice``), which
    are kept as ``problem``.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        file: str = "",
        place: str = "",
        what: str = "",
        advice: str = "",
    ) -> None:
        self.problem = Problem(file=file, place=place, message=what, advice=advice)
        super().__init__(message if message is not None else str(self.problem))


def write_atomically(path: Path | str, data: bytes | str, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same directory, are flushed to disk, then renamed over
    ``path``; on any failure the temporary file is removed and ``path`` is untouched. ``private``
    makes the file readable by its owner only (0600). Text is written as UTF-8.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data

    def write(temporary: Path) -> None:
        with temporary.open("r+b") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())

    write_with(path, write, private=private)


def write_with(path: Path | str, write: Callable[[Path], None], private: bool = False) -> Path:
    """Call ``write`` on an empty temporary file beside ``path``, then rename it over ``path``.

    For writers that want a path (a Word document, a workbook, a CSV, a zip). The folder is
    made if missing; on any failure (in ``write`` too) the temporary file is removed and
    ``path`` is untouched. ``private``: readable by its owner only (0600); otherwise the
    usual mode for a new file (0666 less the umask). Returns ``path``.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name ends as ``path`` does: writers that choose a format by it still can.
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=f".tmp{target.suffix}"
    )
    temporary = Path(name)
    try:
        os.close(handle)
        if private:
            os.chmod(temporary, 0o600)
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        write(temporary)
        if private:  # a writer that replaced the file must not have widened it
            os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return target


def public_api(package: str, names: dict[str, str]) -> Callable[[str], object]:
    """A package's ``__getattr__`` (PEP 562) for its public API: ``names`` maps each public
    name to the submodule that defines it, imported when the name is first asked for.

    So ``import chronology`` (or any one of its modules) costs nothing more, and a name is
    looked up afresh each time, as ``from chronology.dates import parse_date`` would be.
    """

    def find(name: str) -> object:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(names[name]), name)

    return find
