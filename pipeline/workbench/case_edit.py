"""Edit ``case.yaml`` from the workbench: comments and layout kept, checked first, backed up.

ruamel.yaml reads and writes the file round trip. The edited text is checked with the project's
own case loader before it replaces the file; a bad edit is refused with the message
``scr check`` would give, and the file is left as it was.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pipeline.case.loader import read_case
from pipeline.common import write_with
from pipeline.errors import InputError

ACTIONS = ("person", "alias", "keep", "redact")


class RefusedEdit(Exception):
    """The edit would make case.yaml invalid; ``str()`` is the check's message."""


def apply_name_action(
    case_file: Path, name: str, action: str, *, pseudonym: str = "", person: str = ""
) -> Path:
    """Write one decision about ``name`` into case.yaml; return the backup's path.

    ``person`` is the id for "alias"; ``pseudonym`` the label for a new "person".
    Raises ``RefusedEdit`` when the result would not pass the check (nothing is changed).
    """
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)  # the layout of scr init's case.yaml
    yaml.width = 4096  # never re-wrap the author's long lines
    data = yaml.load(case_file.read_text(encoding="utf-8"))
    if action == "person":
        _add_person(data, name, pseudonym)
    elif action == "alias":
        _add_alias(data, name, person)
    elif action in ("keep", "redact"):
        _add_phrase(data, action, name)
    else:
        raise RefusedEdit(f"unknown action '{action}'")
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return _replace_checked(case_file, buffer.getvalue())


def _add_person(data, name: str, pseudonym: str) -> None:
    people = data.setdefault("people", CommentedSeq())
    taken = {str(p.get("id")) for p in people if isinstance(p, dict)}
    # never an id made from the name: ids appear in the genogram's files, which leave
    number = 1
    while f"named-{number}" in taken:
        number += 1
    ident = f"named-{number}"
    person = CommentedMap(id=ident, name=name, sex="unknown")
    if pseudonym.strip():
        person["pseudonym"] = pseudonym.strip()
    person["role"] = "named in the IMRs; added from the review list"
    people.append(person)


def _add_alias(data, name: str, ident: str) -> None:
    for person in data.get("people") or []:
        if isinstance(person, dict) and str(person.get("id")) == ident:
            aliases = person.get("aliases")
            if aliases is None:
                aliases = CommentedSeq()
                aliases.fa.set_flow_style()
                person["aliases"] = aliases
            if name not in aliases:
                aliases.append(name)
            return
    raise RefusedEdit(f"people: no person with id '{ident}' in case.yaml; choose one from the list")


def _add_phrase(data, key: str, phrase: str) -> None:
    section = data.setdefault("anonymisation", CommentedMap())
    phrases = section.get(key)
    if phrases is None:
        phrases = section[key] = CommentedSeq()
    if phrase not in phrases:
        phrases.append(phrase)


def _replace_checked(case_file: Path, text: str) -> Path:
    """Write the edited case.yaml beside the old one, check it, keep a backup, then rename it
    into place (0600: it names the family); the old file stays if the check fails."""
    backup = case_file.with_name(f"{case_file.name}.bak")

    def write(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")
        _check(temporary, case_file)
        shutil.copy2(case_file, backup)

    write_with(case_file, write, private=True)
    return backup


def _check(candidate: Path, case_file: Path) -> None:
    try:
        reading = read_case(candidate)
    except InputError as error:
        raise RefusedEdit(str(error).replace(str(candidate), case_file.name)) from None
    if reading.errors:
        first = reading.errors[0]
        raise RefusedEdit(str(first).replace(str(candidate), case_file.name))


def person_choices(case_file: Path) -> list[tuple[str, str]]:
    """(id, name) of every person in case.yaml, for the alias choice."""
    data = YAML(typ="safe").load(case_file.read_text(encoding="utf-8")) or {}
    return [
        (str(p.get("id")), str(p.get("name")))
        for p in data.get("people") or []
        if isinstance(p, dict)
    ]
