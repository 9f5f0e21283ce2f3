"""The schema of ``case.yaml`` as data: which keys each part has, how each value is read.

A ``Field`` names a key, the function that reads its YAML node, whether it is required and
a plain-English hint for the advice. Readers take ``(reader, node, path)``, where ``reader``
is the loader's ``_Reader`` (``say``, ``mark``, ``record``), and return the value or
``MISSING``; anything malformed is reported through ``reader.say`` and never raised.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.case.records import (
    PARENT_TYPES,
    RELATIONSHIP_KINDS,
    SEXES,
    Agency,
    AnonymisationSettings,
    Household,
    PanelMember,
    Person,
    Place,
    Professional,
    Relationship,
    Review,
)
from pipeline.dates import DateError
from pipeline.dates import parse_date as read_date

MISSING: Any = object()
PROFILES = ("submission", "publication")
_TAG = "tag:yaml.org,2002:"
EXAMPLE_DAY = date(2025, 3, 14)  # only when the review's own period cannot be read
_YAML_TIME = re.compile(
    r"(?<=^\d{4}-\d{2}-\d{2})[Tt ]\d{1,2}:\d{2}(:\d{2}(\.\d*)?)?\s*(Z|[-+]\d{1,2}(:\d{2})?)?$"
)
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Field:
    key: str
    read: Callable[[Any, Node, str], Any]
    required: bool = False
    help: str = ""


def describe(node: Node) -> str:
    """Say what a node holds in plain words, for messages."""
    if isinstance(node, MappingNode):
        return "a set of 'key: value' lines"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = node.tag.removeprefix(_TAG)
    words = {
        "int": "the number",
        "float": "the number",
        "bool": "the yes/no word",
        "timestamp": "the date",
        "str": "the text",
    }
    return "empty" if kind == "null" else f"{words.get(kind, 'the value')} '{node.value}'"


def key_of(path: str) -> str:
    """Return the last key of a field path: ``people[3].born`` gives ``born``."""
    return path.rsplit(".", 1)[-1]


def _shown(node: Node) -> str:
    return f"'{node.value}'" if isinstance(node, ScalarNode) else describe(node)


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _TAG + "null"


def text(reader, node: Node, path: str) -> Any:
    """Read one piece of text; a number, date, yes/no, list or mapping is reported."""
    if _is_null(node):
        return MISSING
    if isinstance(node, ScalarNode) and node.tag == _TAG + "str":
        return node.value.strip() or MISSING
    reader.say(
        path,
        f"{key_of(path)} should be text, but it is {describe(node)}",
        "Write it as text; put it in quotes if it looks like a number, a date or "
        'yes/no, e.g. "2026".',
    )
    return MISSING


def texts(reader, node: Node, path: str) -> Any:
    """Read a list of texts; a single text counts as a list of one."""
    if _is_null(node):
        return ()
    if isinstance(node, ScalarNode):
        value = text(reader, node, path)
        return () if value is MISSING else (value,)
    if not isinstance(node, SequenceNode):
        reader.say(
            path,
            f"{key_of(path)} should be a list, but it is {describe(node)}",
            "Write it as a list in brackets, e.g. [Jay, JJ].",
        )
        return MISSING
    values = (text(reader, item, f"{path}[{n}]") for n, item in enumerate(node.value, 1))
    return tuple(value for value in values if value is not MISSING)


def parse_date(value: str) -> date | None:
    """Return the whole date written (any form the chronology reads); None if unreadable.

    The same reader as the IMRs' chronology dates (``pipeline.dates``), so "8th November
    2024", "17/02/2019" and "2019-02-17" are all read alike. A month or a year alone is not a
    whole date and gives None.
    """
    try:
        found = read_date(_YAML_TIME.sub("", value.strip()))
    except DateError:
        return None
    if found.precision != "day" or found.approximate:
        return None
    return found.start


def example_dates(day: date | None) -> str:
    """Say how to write a date, with examples on ``day`` (a day of the review's own period)."""
    day = day or EXAMPLE_DAY
    return f"{day:%Y-%m-%d}, {day:%d/%m/%Y} or {day.day} {day:%B %Y}"


def a_date(reader, node: Node, path: str) -> Any:
    """Read a full date; an impossible or unreadable one is reported."""
    if _is_null(node):
        return MISSING
    found = parse_date(node.value) if isinstance(node, ScalarNode) else None
    if found is None:
        reader.say(
            path,
            f"{key_of(path)} should be a date, but {_shown(node)} is not one",
            f"Write it as {example_dates(reader.example_day)}, and check that the day "
            "exists in that month.",
        )
        return MISSING
    return found


def a_partial_date(reader, node: Node, path: str) -> Any:
    """Read a date that may be just a year or a month ("2024", "2024-06") as normalised text."""
    if _is_null(node):
        return MISSING
    value = node.value.strip() if isinstance(node, ScalarNode) else ""
    partial = _PARTIAL.match(value)  # the year-month form only case.yaml uses: 2024-06
    if partial and 1 <= int(partial[2] or 1) <= 12:
        return f"{partial[1]}-{int(partial[2]):02d}" if partial[2] else partial[1]
    try:
        found = read_date(value) if value else None
    except DateError:
        found = None
    if found is None or found.approximate or found.precision not in ("day", "month", "year"):
        day = reader.example_day or EXAMPLE_DAY
        reader.say(
            path,
            f"{key_of(path)} should be a date, but {_shown(node)} is not one",
            f"Write it as {day:%Y-%m-%d}, or {day:%Y-%m} if only the month is known, or "
            f"{day:%Y} if only the year is.",
        )
        return MISSING
    shown = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[found.precision]
    return found.start.strftime(shown)


def choice(options: tuple[str, ...]) -> Callable[[Any, Node, str], Any]:
    """Make a reader of one of ``options``, in any case; a near miss gets a suggestion."""

    def read(reader, node: Node, path: str) -> Any:
        value = text(reader, node, path)
        if value is MISSING or value.casefold() in options:
            return value if value is MISSING else value.casefold()
        guess = difflib.get_close_matches(value.casefold(), options, n=1, cutoff=0.5)
        hint = f"Did you mean '{guess[0]}'? " if guess else ""
        reader.say(
            path,
            f"{key_of(path)} should be one of {', '.join(options)}, but it is '{value}'",
            f"{hint}Use one of the words listed.",
        )
        return MISSING

    return read


def one(part: str, build: Callable) -> Callable[[Any, Node, str], Any]:
    """Make a reader of one record whose fields are ``FIELDS[part]``."""

    def read(reader, node: Node, path: str) -> Any:
        if _is_null(node):
            return MISSING
        values = reader.record(node, path, FIELDS[part])
        return MISSING if values is MISSING else build(reader, values, path)

    return read


def many(part: str, build: Callable) -> Callable[[Any, Node, str], Any]:
    """Make a reader of a list of records; the value is a list of (path, record)."""
    read_one = one(part, build)

    def read(reader, node: Node, path: str) -> Any:
        if _is_null(node):
            return MISSING
        if not isinstance(node, SequenceNode):
            reader.say(
                path,
                f"{key_of(path)} should be a list (each entry starting with '- '), but it "
                f"is {describe(node)}",
                "Compare it with the template from 'scr init'.",
            )
            return MISSING
        items = []
        for number, item in enumerate(node.value, 1):
            where = f"{path}[{number}]"
            reader.lines.setdefault(where, item.start_mark.line + 1)
            record = read_one(reader, item, where)
            if record is MISSING and _is_null(item):
                reader.say(where, f"{where} is an empty entry", "Fill it in or remove the '-'.")
            elif record is not MISSING:
                items.append((where, record))
        return items

    return read


def _person(reader, v: dict, path: str) -> Any:
    if "id" not in v:
        return MISSING
    return Person(
        v["id"],
        v.get("name", ""),
        v.get("sex", "unknown"),
        v.get("born"),
        v.get("died"),
        v.get("aliases", ()),
        v.get("pseudonym"),
        v.get("role"),
    )


def _relationship(reader, v: dict, path: str) -> Any:
    kind = v.get("kind")
    if kind is None:
        return MISSING
    between = v.get("between", ())
    if kind == "parent" and not (v.get("parent") and v.get("child")):
        reader.say(
            path,
            "a parent link needs both 'parent' and 'child'",
            "Write e.g. {kind: parent, parent: mother, child: child-a}.",
        )
    elif kind != "parent" and (len(between) < 2 or "parent" in v or "child" in v):
        reader.say(
            path,
            f"a '{kind}' relationship needs 'between' with the two people's ids",
            f"Write e.g. {{kind: {kind}, between: [mother, father]}}.",
        )
    if len(set(between)) < len(between):
        reader.say(
            f"{path}.between", "'between' names the same person twice", "Name each person once."
        )
    parent_type = v.get("parent_type", v.get("type", "birth"))
    return Relationship(
        kind, v.get("parent"), v.get("child"), parent_type, between, v.get("from"), v.get("to")
    )


def _household(reader, v: dict, path: str) -> Any:
    number = re.search(r"\[(\d+)\]$", path)
    default_id = f"household-{number[1]}" if number else "household"
    return Household(v.get("id", default_id), v.get("members", ()), v.get("address"), v.get("name"))


def _review(reader, v: dict, path: str) -> Any:
    period = v.get("period", {})
    return Review(
        v.get("reference", ""),
        v.get("board", ""),
        v.get("subject", ""),
        v.get("referred"),
        v.get("decided"),
        v.get("due"),
        period.get("from"),
        period.get("to"),
        v.get("incident"),
    )


def _as_is(reader, v: dict, path: str) -> dict:
    return v


def _panel_member(reader, v: dict, path: str) -> Any:
    return PanelMember(v.get("name", ""), v.get("role", ""), v.get("agency"))


def _professional(reader, v: dict, path: str) -> Any:
    return Professional(v.get("name", ""), v.get("role", ""), v.get("agency"), v.get("aliases", ()))


def _agency(reader, v: dict, path: str) -> Any:
    return Agency(v.get("name", ""), v.get("short"), v.get("aliases", ()), v.get("imr"))


def _place(reader, v: dict, path: str) -> Any:
    return Place(v.get("name", ""), v.get("pseudonym", ""), v.get("aliases", ()))


def _anonymisation(reader, v: dict, path: str) -> Any:
    return AnonymisationSettings(
        v.get("keep", ()),
        v.get("redact", ()),
        v.get("profile", "submission"),
        tuple(record for _, record in v.get("recognisers", ())),
    )


def _scalar(reader, node: Node, path: str) -> Any:
    return node.value if isinstance(node, ScalarNode) and not _is_null(node) else MISSING


def _recogniser(reader, v: dict, path: str) -> Any:
    """A board's own identifier pattern (issue 14): entity, pattern, score."""
    from anonymiser import BoardPattern

    if "entity" not in v or "pattern" not in v:
        return MISSING
    try:
        re.compile(v["pattern"])
    except re.error as err:
        reader.say(
            f"{path}.pattern",
            f"{path}.pattern is not a pattern scr can read ({err})",
            "Check the brackets and backslashes; put the pattern in single quotes.",
        )
        return MISSING
    try:
        score = float(v.get("score", "0.9"))
    except ValueError:
        score = -1.0
    if not 0 < score <= 1:
        reader.say(
            f"{path}.score", f"{path}.score should be a number from 0 to 1", "Write e.g. score: 0.9"
        )
        return MISSING
    return BoardPattern(v["entity"].upper().replace(" ", "_"), v["pattern"], score)


NOTES = Field("notes", text, help="anything you want to remember; scr ignores it")
NAME = Field("name", text, True, "the full name as written in the records.")
ALIASES = Field("aliases", texts, help="other names, e.g. [Jay, JJ].")
FIELDS: dict[str, tuple[Field, ...]] = {
    "case": (
        Field("review", one("review", _review), True, "the review's reference, board and subject."),
        Field("panel", one("panel", _as_is), True, "the chair, members and overview author."),
        Field("people", many("person", _person), True, "the child and family members."),
        Field("relationships", many("relationship", _relationship)),
        Field("households", many("household", _household)),
        Field("professionals", many("professional", _professional)),
        Field("agencies", many("agency", _agency)),
        Field("places", many("place", _place)),
        Field("anonymisation", one("anonymisation", _anonymisation)),
        Field("chronology_columns", texts),
        Field("template", text),
        NOTES,
    ),
    "review": (
        Field("reference", text, True, "the review's reference, e.g. NSCB-SCR-2026-01."),
        Field("board", text, True, "the LSCB's full name."),
        Field("subject", text, True, "the id of the child the review is about."),
        Field("referred", a_date),
        Field("decided", a_date),
        Field("due", a_date),
        Field("period", one("period", _as_is)),
        Field("incident", a_date),
        NOTES,
    ),
    "period": (
        Field("from", a_date, True, "the first day the review looks at."),
        Field("to", a_date, True, "the last day the review looks at."),
    ),
    "panel": (
        Field("chair", one("member", _panel_member), True, "{name: ..., role: ...}."),
        Field("members", many("member", _panel_member)),
        Field("overview_author", one("member", _panel_member), True, "{name: ..., role: ...}."),
        NOTES,
    ),
    "member": (
        NAME,
        Field("role", text, True, "their role, e.g. Independent Chair."),
        Field("agency", text),
        NOTES,
    ),
    "person": (
        Field("id", text, True, "a short id of your choosing, e.g. mother; it is never printed."),
        NAME,
        ALIASES,
        Field("sex", choice(SEXES)),
        Field("born", a_date),
        Field("died", a_date),
        Field("pseudonym", text),
        Field("role", text),
        NOTES,
    ),
    "relationship": (
        Field("kind", choice(RELATIONSHIP_KINDS), True, f"one of {', '.join(RELATIONSHIP_KINDS)}."),
        Field("parent", text),
        Field("child", text),
        Field("type", choice(PARENT_TYPES)),
        Field("parent_type", choice(PARENT_TYPES)),
        Field("between", texts),
        Field("from", a_partial_date),
        Field("to", a_partial_date),
        NOTES,
    ),
    "household": (
        Field("id", text),
        Field("members", texts, True, "the ids of the people living there."),
        Field("address", text),
        Field("name", text),
        NOTES,
    ),
    "professional": (
        NAME,
        Field("role", text, True, "their job title, e.g. Social Worker."),
        Field("agency", text),
        ALIASES,
        NOTES,
    ),
    "agency": (NAME, Field("short", text), ALIASES, Field("imr", text), NOTES),
    "place": (
        NAME,
        Field("pseudonym", text, True, "what to call it, e.g. the primary school."),
        ALIASES,
        NOTES,
    ),
    "anonymisation": (
        Field("keep", texts),
        Field("redact", texts),
        Field("profile", choice(PROFILES)),
        Field("recognisers", many("recogniser", _recogniser)),
        NOTES,
    ),
    "recogniser": (
        Field("entity", text, True, "a name for what it finds, e.g. CASE_NUMBER."),
        Field("pattern", text, True, "a regular expression, e.g. 'LA-\\d{6}'."),
        Field("score", _scalar, help="how sure a match is, 0 to 1 (default 0.9)."),
        NOTES,
    ),
}
