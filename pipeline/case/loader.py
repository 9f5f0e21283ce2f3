"""Read ``case.yaml`` into a ``Case``, reporting every problem at once (issue 2.2).

The file is composed with PyYAML (``yaml.compose``) so that every value keeps its line; the
schema is data (``*_FIELDS`` tables of ``Field``), read by a small ``_Reader`` that turns
anything malformed into a ``Problem`` instead of an exception. Cross-record rules live in
``pipeline.case.rules``. ``scr init`` uses ``write_template``.
"""

from __future__ import annotations

import difflib
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from pipeline.case.records import Agency, AnonymisationSettings, Case
from pipeline.case.rules import CASE_RULES, CaseParts
from pipeline.case.schema import FIELDS, MISSING, Field, describe, parse_date
from pipeline.common import Problem, write_atomically
from pipeline.errors import CheckFailed, InputError

TEMPLATE = Path(__file__).with_name("template.yaml")
FOLDER_READMES = {
    "imrs": "Put the agencies' IMR Word files (.docx) here, one file per agency, as submitted.\n"
    "scr only reads them; it never changes them.\n"
    "Run 'scr imr-template REVIEW-FOLDER --agency NAME' for a blank IMR to send to an agency;\n"
    "it is written to the folder blank-imrs, which scr build never changes.\n",
    "text": "Put your own sections of the overview report here as plain text files ending in .md,\n"
    "for example analysis.md, conclusions.md, recommendations.md.\n"
    "scr places them in the overview report; a missing section is marked for you to write.\n",
}


@dataclass(frozen=True)
class CaseReading:
    """What reading ``case.yaml`` found: the case (None if any problem is an error) and problems."""

    case: Case | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


def load_case(path: Path) -> Case:
    """Read ``case.yaml`` and return the case.

    Raises ``InputError`` when the file cannot be read as YAML at all, and ``CheckFailed``
    (with every problem) when any problem is an error; warnings alone do not stop it.
    """
    reading = read_case(path)
    if reading.case is None:
        count = len(reading.errors)
        noun = "problem" if count == 1 else "problems"
        raise CheckFailed(f"{Path(path).name} has {count} {noun}", reading.problems)
    return reading.case


def read_case(path: Path) -> CaseReading:
    """Read ``case.yaml``, collecting every problem with its line and field.

    Raises ``InputError`` (one line) when the file is missing, a folder, empty, not UTF-8 or
    not valid YAML. Everything else, however malformed, becomes a ``Problem``; ``case`` is
    None exactly when at least one problem is an error.
    """
    path = Path(path)
    root = _compose(path, _read_text(path))
    reader = _Reader(str(path), example_day=_middle_of_period(root))
    parts = CaseParts()
    values = reader.record(root, "", FIELDS["case"])
    case = _build_case(reader, values, parts, path) if values is not MISSING else None
    for rule in CASE_RULES:
        rule(parts, reader.say)
    problems = reader.sorted_problems()
    if any(problem.severity == "error" for problem in problems):
        case = None
    return CaseReading(case, problems)


def _middle_of_period(root: Node) -> date | None:
    """Return the middle day of ``review.period``, for example dates; None if unreadable."""
    ends = []
    for key in ("from", "to"):
        node = _child(_child(_child(root, "review"), "period"), key)
        found = parse_date(node.value) if isinstance(node, ScalarNode) else None
        if found is None:
            return None
        ends.append(found)
    start, end = sorted(ends)
    return start + (end - start) / 2


def _child(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == key), None)


def write_template(folder: Path) -> list[Path]:
    """Start a review folder: a commented ``case.yaml``, ``imrs/`` and ``text/`` with READMEs.

    Raises ``InputError`` if ``folder`` already has a ``case.yaml`` or is a file. Existing
    ``imrs/`` or ``text/`` folders and their READMEs are left as they are. Returns the files
    and folders written.
    """
    folder = Path(folder)
    target = folder / "case.yaml"
    if target.exists():
        raise InputError(
            f"{target} already exists; scr init will not overwrite it. "
            "Choose a new folder name, or edit the existing case.yaml."
        )
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file, not a folder; give the name of a new folder.")
    made_folder = not folder.exists()
    written: list[Path] = []
    try:
        for name, readme in FOLDER_READMES.items():
            sub = folder / name
            if not sub.exists():
                sub.mkdir(parents=True)
                written.append(sub)
            if not (sub / "README.txt").exists():
                written.append(_write_atomically(sub / "README.txt", readme))
        written.append(_write_atomically(target, TEMPLATE.read_text(encoding="utf-8")))
    except OSError as error:
        _undo(written, folder if made_folder else None)
        raise InputError(
            f"{folder}: could not write the new review folder ({error.strerror}); "
            "check the disk is not full and that you may write there."
        ) from None
    return written


def _undo(written: list[Path], folder: Path | None) -> None:
    """Remove what a failed ``scr init`` made, so no half-made folder is left."""
    for path in reversed(written):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _write_atomically(target: Path, text: str) -> Path:
    write_atomically(target, text)
    return target


def _read_text(path: Path) -> str:
    """Return the file's text; raise ``InputError`` if it is missing, a folder, empty or not UTF-8."""
    if path.is_dir():
        raise InputError(
            f"{path} is a folder, not a file; give the case file itself, e.g. {path / 'case.yaml'}."
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such file. Check the name, or run 'scr init FOLDER' to start a new review."
        ) from None
    except OSError as error:
        raise InputError(
            f"{path}: cannot be read ({error.strerror}). Check that the file "
            "is not open elsewhere and that you may read it."
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{path}: line {line} has characters that are not UTF-8 text. Save the "
            "file again with the encoding UTF-8 (in Notepad: Save as, Encoding: "
            "UTF-8)."
        ) from None
    if not text.strip():
        raise InputError(
            f"{path} is empty. Run 'scr init FOLDER' for a commented template to fill in."
        )
    return text.replace("\r\n", "\n")


def _compose(path: Path, text: str) -> Node:
    """Compose the YAML text into nodes; raise ``InputError`` with line and column if invalid."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        what = " ".join(f"{error.context or ''} {error.problem or ''}".split())
        raise InputError(
            f"{path}: {where}this is not valid YAML ({what}). Check the "
            "indentation, colons, quotes and brackets there and on the line "
            "above."
        ) from None
    except yaml.YAMLError as error:
        raise InputError(
            f"{path}: this is not valid YAML ({' '.join(str(error).split())}). "
            "Compare it with the template from 'scr init'."
        ) from None
    if root is None:
        raise InputError(
            f"{path} has only comments in it. Fill in the review, the panel and "
            "the people as the template from 'scr init' shows."
        )
    return root


class _Reader:
    """Walk composed YAML nodes by ``Field`` tables; wrong values become problems.

    Field paths are like ``people[3].born``: lists count from 1, as a reader would.
    """

    def __init__(self, file: str, example_day: date | None = None):
        self.file = file
        self.example_day = example_day  # the day that example dates in messages show
        self.lines: dict[str, int] = {}
        self._problems: list[tuple[int, Problem]] = []

    def say(self, path: str, message: str, advice: str, severity: str = "error") -> None:
        line = self._line_of(path)
        place = f"line {line}, {path}" if path else f"line {line}"
        self._problems.append((line, Problem(self.file, place, message, advice, severity)))

    def sorted_problems(self) -> tuple[Problem, ...]:
        return tuple(problem for _, problem in sorted(self._problems, key=lambda x: x[0]))

    def _line_of(self, path: str) -> int:
        while path and path not in self.lines:
            shorter = re.sub(r"(\.[^.]*|\[\d+\])$", "", path)
            path = "" if shorter == path else shorter
        return self.lines.get(path, 1)

    def record(self, node: Node, path: str, fields: tuple[Field, ...]) -> Any:
        """Read a mapping by its fields; return {key: value}, or ``MISSING`` if not a mapping."""
        self.lines.setdefault(path, node.start_mark.line + 1)
        if not isinstance(node, MappingNode):
            self.say(
                path,
                f"{path or 'the file'} should be a set of 'key: value' lines, but "
                f"it is {describe(node)}",
                "Compare it with the template from 'scr init'.",
            )
            return MISSING
        by_key = {f.key: f for f in fields}
        values: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else describe(key_node)
            where = f"{path}.{key}" if path else key
            line = key_node.start_mark.line + 1
            if where in self.lines and key in by_key:
                self.say(
                    where,
                    f"'{key}' is given twice (lines {self.lines[where]} and {line})",
                    "Keep one of them.",
                )
                continue
            self.lines[where] = line
            if key not in by_key:
                self._unknown_key(where, key, list(by_key))
                continue
            self._read_value(by_key[key], value_node, where, values)
        for f in fields:
            if f.required and f"{path}.{f.key}".lstrip(".") not in self.lines:
                self.say(
                    path,
                    f"'{f.key}' is missing from {path or 'the file'}",
                    f"Add '{f.key}:' with {f.help}",
                )
        return values

    def _read_value(self, field: Field, node: Node, where: str, values: dict) -> None:
        before = len(self._problems)
        value = field.read(self, node, where)
        if value is not MISSING:
            values[field.key] = value
        elif field.required and len(self._problems) == before:
            self.say(where, f"{where} is empty", f"Fill in {field.help}")

    def _unknown_key(self, where: str, key: str, known: list[str]) -> None:
        guess = difflib.get_close_matches(key.casefold(), known, n=1, cutoff=0.6)
        hint = f"Did you mean '{guess[0]}'? " if guess else ""
        self.say(
            where,
            f"'{key}' is not a key scr knows here",
            f"{hint}Correct the spelling, or remove the line. The keys here are: "
            f"{', '.join(known)}.",
        )


def _build_case(reader: _Reader, values: dict, parts: CaseParts, path: Path) -> Case | None:
    """Turn the values read into a ``Case`` and fill ``parts`` for the cross-record rules."""
    parts.review = values.get("review")
    panel = values.get("panel") or {}
    members = [
        (p, m)
        for p, m in (
            ("panel.chair", panel.get("chair")),
            ("panel.overview_author", panel.get("overview_author")),
        )
        if m
    ]
    parts.panel = members + list(panel.get("members", ()))
    parts.people = list(values.get("people", ()))
    parts.relationships = list(values.get("relationships", ()))
    parts.households = list(values.get("households", ()))
    parts.professionals = list(values.get("professionals", ()))
    template = values.get("template")
    if template is not None:
        try:
            template = (path.parent / str(template)).resolve()
            found = template.is_file()
        except (OSError, ValueError):  # a path with a NUL byte or one the system refuses
            template, found = str(template).replace("\x00", "\\0"), False
        if not found:
            reader.say(
                "template",
                f"the template file {template} does not exist",
                "Put the board's letterhead .docx there, or correct the path (it is "
                "read from the folder that holds case.yaml).",
            )
    if parts.review is None or not panel.get("chair") or not panel.get("overview_author"):
        return None
    return Case(
        review=parts.review,
        chair=panel["chair"],
        overview_author=panel["overview_author"],
        members=tuple(m for _, m in panel.get("members", ())),
        people=tuple(p for _, p in parts.people),
        relationships=tuple(r for _, r in parts.relationships),
        households=tuple(h for _, h in parts.households),
        professionals=tuple(p for _, p in parts.professionals),
        agencies=tuple(_resolve_imr(a, path) for _, a in values.get("agencies", ())),
        places=tuple(p for _, p in values.get("places", ())),
        anonymisation=values.get("anonymisation", AnonymisationSettings()),
        chronology_columns=values.get("chronology_columns", ()),
        template=template,
        path=path,
    )


def _resolve_imr(agency: Agency, path: Path) -> Agency:
    if agency.imr is None:
        return agency
    return Agency(agency.name, agency.short, agency.aliases, path.parent / agency.imr)
