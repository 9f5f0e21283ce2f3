"""The leak scan: does any known identifier survive anywhere in the output files?

What it looks for is the matcher's own list (``anonymiser.verify.forms``, from
``identifier_forms``); how it reads is its own (``anonymiser.verify.read``), independent of the
rewriter, and bounded. A file it cannot read within the bounds is reported as could not be
checked, so it is never declared clean (fail closed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from anonymiser.board import with_board
from anonymiser.verify.forms import Search, compile_search
from anonymiser.verify.read import LAID_OUT, MARKUP_PLACES, Part, SeenParts, Unchecked, read_parts

CONTEXT = 30  # characters either side: about 60 in all
UNCHECKED = "could not be checked"


@dataclass(frozen=True)
class Leak:
    """A known identifier found in a file (where, with a little text around it).

    ``identifier_kind`` is the identity's kind (person, professional, place, address, redact),
    or ``UNCHECKED`` for a file or part that could not be read; ``context`` then says why.
    """

    file: str
    part: str
    context: str
    identifier_kind: str
    found: str = ""
    place: str = ""  # what the text was: "paragraph text", "attribute value", "markup", ...
    identity: str = ""  # the identity's key ("person:mother"), or "" when not known

    @property
    def unchecked(self) -> bool:
        return self.identifier_kind == UNCHECKED

    def __str__(self) -> str:
        """One line for the console: the file, the part and place, and which identity; never
        the text around it, which holds personal data (``write_excerpts`` puts that in the
        review's private folder)."""
        if self.unchecked:
            return f"{self.file}: {self.part}: {UNCHECKED}: {self.context}"
        where = f"{self.part}, {self.place}" if self.place else self.part
        who = self.identity or self.identifier_kind
        return f"{self.file}: {where}: {who} ({self.identifier_kind}) still there"


EXCERPTS = "leak-excerpts.csv"


def write_excerpts(leaks: Sequence[Leak], private: Path) -> Path | None:
    """Write each finding with the text around it to ``private/leak-excerpts.csv``, readable by
    the owner only (0600); the console names only the identity. None when nothing was found."""
    import csv
    import io
    import os

    found = [leak for leak in leaks if not leak.unchecked]
    if not found:
        return None
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(["file", "part", "place", "identity", "kind", "found", "text around it"])
    for leak in found:
        out.writerow(
            [
                leak.file,
                leak.part,
                leak.place,
                leak.identity,
                leak.identifier_kind,
                leak.found,
                leak.context,
            ]
        )
    private.mkdir(parents=True, exist_ok=True)
    path = private / EXCERPTS
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    os.chmod(path, 0o600)  # an existing file keeps its mode through os.open
    return path


def scan(paths: Sequence[Path], ids) -> list[Leak]:
    """Every surviving known identifier in files, folders and zips; [] when all is clean.

    A folder's files are named relative to the folder. A path that does not exist, or a file
    too big or too deeply nested to read, gives a ``Leak`` that ``unchecked``.
    """
    try:
        search = _search(ids)
    except TypeError:  # not hashable (a stand-in in a test): compiled for this scan only
        search = compile_search(ids)
    search = with_board(search, ids)  # a board's own patterns too
    leaks: list[Leak] = []
    seen = _Seen()
    for path in map(Path, paths):
        if not path.exists():
            leaks.append(Leak(str(path), "(file)", "no such file or folder", UNCHECKED))
        for file, shown in _files(path):
            leaks += scan_file(file, search, shown, seen)
    return leaks


@lru_cache(maxsize=4)
def _search(ids) -> Search:
    """The case's search, compiled once for every scan of the case (``ids`` is frozen)."""
    return compile_search(ids)


class _Seen(SeenParts):
    """Parts read in one scan, and what the search found in each content (the same views)."""

    def __init__(self) -> None:
        super().__init__()
        self.leaks: dict[tuple, list[Leak]] = {}


def scan_file(
    file: Path, search: Search, shown: str | None = None, seen: _Seen | None = None
) -> list[Leak]:
    """All leaks in one file, its name included; ``shown`` is how the file is named in them.

    Each part is read in several views (joined paragraphs first, markup or raw text last); a later
    view reports only identifiers the earlier views of that part did not already show.
    """
    name = shown or str(file)
    seen = seen or _Seen()
    leaks: list[Leak] = []
    for part in read_parts(file, seen):
        if isinstance(part, Unchecked):
            leaks.append(Leak(name, part.name, part.reason, UNCHECKED))
            continue
        content = (part.views, part.binary, part.places)
        found = seen.leaks.get(content)
        if found is None:
            found = seen.leaks[content] = _part_leaks(name, part, search)
        leaks += [
            leak
            if (leak.file, leak.part) == (name, part.name)
            else replace(leak, file=name, part=part.name)
            for leak in found
        ]
    return leaks


def _part_leaks(name: str, part: Part, search: Search) -> list[Leak]:
    leaks: list[Leak] = []
    reported: set[str] = set()
    for index, view in enumerate(part.views):
        place = part.places[index] if index < len(part.places) else ""
        fresh, spans = [], set()
        markup = part.binary or place in MARKUP_PLACES
        names = place == "markup" and not part.binary  # element and attribute names only
        laid_out = place == LAID_OUT
        hits = search.hits(
            view, binary=part.binary, markup=markup, schema_names=names, laid_out=laid_out
        )
        for hit in hits:
            if hit.found.casefold() in reported or (hit.start, hit.end) in spans:
                continue
            spans.add((hit.start, hit.end))
            fresh.append(
                Leak(
                    name,
                    part.name,
                    _context(view, hit.start, hit.end),
                    hit.kind,
                    hit.found,
                    place,
                    hit.identity,
                )
            )
        leaks += fresh
        reported |= {leak.found.casefold() for leak in fresh}
    return leaks


def _files(path: Path) -> Iterator[tuple[Path, str]]:
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            if file.is_file():
                yield file, file.relative_to(path).as_posix()
    elif path.exists():
        yield path, str(path)


def _context(text: str, start: int, end: int) -> str:
    """About 60 characters around the find on one line, with … where text was cut."""
    left, right = max(start - CONTEXT, 0), end + CONTEXT
    snippet = " ".join(text[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")
