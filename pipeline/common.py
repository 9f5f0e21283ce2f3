"""The small common layer under every package: one atomic write, one problem record, one base
input error. It imports nothing of ours, so ``chronology``, ``anonymiser`` and ``genogram`` can
use it without pulling in the pipeline."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


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
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            if private:
                os.fchmod(stream.fileno(), 0o600)
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if not private:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
