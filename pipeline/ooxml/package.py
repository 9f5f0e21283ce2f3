"""The one bounded reader of an Office package (a zip), embedded packages included.

``walk`` yields every entry of a package, then the entries of each package stored inside it
(an embedded workbook, a Word file in a zip of outputs), under one budget of unpacked bytes for
the whole file and within the limits of ``pipeline.ooxml.limits``. What cannot be read within
the bounds comes back as ``Unreadable`` with a reason in plain words, never silently skipped.
The central directory is checked before anything is unpacked, and entries are unpacked a
chunk at a time, so a lying size header cannot run away with memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.ooxml import limits

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: no real time in a package
NESTED = "!"  # "word/embeddings/book.xlsx!xl/sharedStrings.xml": an entry inside an entry
READ_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError)


@dataclass(frozen=True)
class Entry:
    """One entry of a package: its full name (nested names joined by ``!``) and its bytes.

    ``folder``: a directory entry (no bytes). ``package``: the bytes are themselves a package,
    whose entries follow. ``depth`` is 1 for the file's own entries.
    """

    name: str
    data: bytes
    depth: int = 1
    folder: bool = False
    package: bool = False


@dataclass(frozen=True)
class Unreadable:
    """A package or entry that could not be read within the bounds; ``reason`` says why."""

    name: str
    reason: str


class OverBudget(Exception):
    """More unpacked bytes than the budget allows."""


class Budget:
    """Unpacked bytes still allowed for one file, its embedded packages included."""

    def __init__(self, limit: int | None = None):
        self.limit = limits.MAX_TOTAL_BYTES if limit is None else limit
        self.left = self.limit

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise OverBudget

    @property
    def megabytes(self) -> int:
        return self.limit // limits.MB


def is_package(data: bytes) -> bool:
    """Whether bytes look like a zip (an Office package or any other zip)."""
    return data[:4] in limits.ZIP_MAGICS


def walk(
    data: bytes,
    *,
    budget: Budget | None = None,
    nested: bool = True,
    prefix: str = "",
    depth: int = 1,
) -> Iterator[Entry | Unreadable]:
    """Every entry of the package ``data``, in zip order; each embedded package's entries
    follow its own entry when ``nested``. Stops at the first entry over the budget."""
    budget = Budget() if budget is None else budget
    where = prefix.removesuffix(NESTED) or "(file)"
    archive = _open(data, where)
    if isinstance(archive, Unreadable):
        yield archive
        return
    with archive:
        refused = refusal(archive.infolist(), budget, prefix, where)
        if refused is not None:
            yield refused
            return
        for info in archive.infolist():
            name = prefix + info.filename
            if info.is_dir():
                yield Entry(name, b"", depth, folder=True)
                continue
            try:
                entry = read_entry(archive, info, budget)
            except OverBudget:
                yield Unreadable(
                    name,
                    f"it unpacks to more than the {budget.megabytes} MB limit (a zip bomb?)",
                )
                return
            except READ_ERRORS as error:
                yield Unreadable(name, f"it cannot be unpacked ({error})")
                continue
            inner = is_package(entry)
            yield Entry(name, entry, depth, package=inner)
            if inner and nested:
                if depth >= limits.MAX_DEPTH:
                    yield Unreadable(
                        name, f"zip files are nested more than {limits.MAX_DEPTH} deep"
                    )
                else:
                    yield from walk(entry, budget=budget, prefix=name + NESTED, depth=depth + 1)


def _open(data: bytes, where: str) -> zipfile.ZipFile | Unreadable:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return Unreadable(where, "it looks like a zip file but cannot be opened")


def directory(data: bytes) -> list[zipfile.ZipInfo] | Unreadable:
    """The central directory of the package ``data`` (nothing unpacked), or why it cannot be
    opened."""
    archive = _open(data, "(file)")
    if isinstance(archive, Unreadable):
        return archive
    with archive:
        return archive.infolist()


def refusal(
    infos: list[zipfile.ZipInfo], budget: Budget, prefix: str = "", where: str = "(file)"
) -> Unreadable | None:
    """Why the central directory alone shows the package must not be unpacked, if it does:
    too many entries, too many bytes in all or in one entry, or an entry that shrank like a
    bomb when stored."""
    if len(infos) > limits.MAX_ENTRIES:
        return Unreadable(where, f"it has more than {limits.MAX_ENTRIES} parts (a zip bomb?)")
    declared = sum(info.file_size for info in infos)
    if declared > budget.left:
        return Unreadable(
            where,
            f"it would unpack to more than {budget.megabytes} MB ({declared // limits.MB} MB, "
            f"over the {budget.megabytes} MB limit; a zip bomb?)",
        )
    for info in infos:
        if info.file_size > limits.MAX_ENTRY_BYTES:
            return Unreadable(
                prefix + info.filename,
                f"it would unpack to more than the {limits.MAX_ENTRY_BYTES // limits.MB} MB "
                "allowed for one part (a zip bomb?)",
            )
        if limits.ratio_too_high(info.file_size, info.compress_size):
            return Unreadable(
                prefix + info.filename,
                f"it unpacks to over {limits.MAX_RATIO} times its size (a zip bomb?)",
            )
    return None


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> bytes:
    """One entry's bytes, unpacked a chunk at a time against the budget and the per-entry
    limit, so a size header that lies cannot overrun either."""
    out = bytearray()
    with archive.open(info) as stream:
        while chunk := stream.read(limits.CHUNK):
            budget.spend(len(chunk))
            out += chunk
            if len(out) > limits.MAX_ENTRY_BYTES:
                raise OverBudget
    return bytes(out)


def write_entries(
    target: Path | BinaryIO,
    entries: Iterable[tuple[str, bytes]],
    *,
    date_time: tuple[int, int, int, int, int, int] = ZIP_EPOCH,
    mode: int | None = None,
) -> None:
    """The one writer of a package: a fresh zip of ``entries`` (name, bytes) in their order,
    deflated, each stamped ``date_time`` so the same parts give the same bytes, and with the
    Unix permissions ``mode`` when given. Write to a temporary file and rename it into place
    (``pipeline.common.write_with``)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                info.external_attr = mode << 16
            archive.writestr(info, data)
