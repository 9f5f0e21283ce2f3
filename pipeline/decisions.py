"""The author's decisions kept in the review folder (``decisions.yaml``): flag overrides.

The file is plain YAML a person can read and diff::

    flags:
      - entry: police.docx, table 2, row 5     # the origin the chronology shows
        flag: child_seen                        # child_seen | seen_alone | wishes_sought | ...
        value: "no"                             # yes | no | "" (not known)
        reason: Child was asleep upstairs; the officer did not see him.

Overrides are applied once, right after the flags are computed (``apply_decisions``); every
output then shows them as "set by the author" with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from chronology import FLAG_NAMES, Chronology, ChronologyEntry, FlagValue
from pipeline.common import Problem, write_atomically
from pipeline.errors import InputError

DECISIONS_FILE = "decisions.yaml"
SET_BY_AUTHOR = "set by the author"
VALUES = ("yes", "no", "")
HEADER = (
    "# The overview author's decisions, made in `scr serve` or by hand.\n"
    "# Each flag override replaces the flag the build inferred or read; the next build\n"
    "# uses them and marks them 'set by the author' in every output.\n"
)


@dataclass(frozen=True)
class FlagOverride:
    """The author's value for one flag of one chronology entry, and why."""

    entry: str  # "file, table T, row R", as ``Origin.__str__`` writes it
    flag: str
    value: str
    reason: str


def load_decisions(folder: Path) -> tuple[FlagOverride, ...]:
    """Read ``decisions.yaml`` in the review folder; no file means no decisions.

    Raises ``InputError`` naming the file and entry when it cannot be used.
    """
    path = Path(folder) / DECISIONS_FILE
    if not path.is_file():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(
            f"{path}: is not readable YAML ({error.__class__.__name__}); correct "
            "it or delete it to drop the decisions"
        ) from None
    items = data.get("flags") or [] if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(
            f"{path}: 'flags' should be a list of overrides; see the comment at the top of the file"
        )
    return tuple(_override(path, number, item) for number, item in enumerate(items, 1))


def _override(path: Path, number: int, item: object) -> FlagOverride:
    where = f"{path}: flags, item {number}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: should have entry, flag, value and reason")
    value = "" if item.get("value") is None else str(item.get("value")).strip().lower()
    value = {"true": "yes", "false": "no"}.get(value, value)  # YAML 1.1 reads yes/no as booleans
    override = FlagOverride(
        str(item.get("entry", "")).strip(),
        str(item.get("flag", "")).strip(),
        value,
        str(item.get("reason", "")).strip(),
    )
    if override.flag not in FLAG_NAMES:
        raise InputError(f"{where}: flag should be one of {', '.join(FLAG_NAMES)}")
    if override.value not in VALUES:
        raise InputError(f"{where}: value should be yes, no or empty (not known)")
    if not override.entry or not override.reason:
        raise InputError(f"{where}: give the entry (its origin) and the reason for the override")
    return override


def save_override(folder: Path, override: FlagOverride) -> Path:
    """Add or replace the override for (entry, flag) in ``decisions.yaml``, atomically."""
    kept = [
        o for o in load_decisions(folder) if (o.entry, o.flag) != (override.entry, override.flag)
    ]
    rows = [
        {"entry": o.entry, "flag": o.flag, "value": o.value, "reason": o.reason}
        for o in (*kept, override)
    ]
    text = HEADER + yaml.safe_dump({"flags": rows}, sort_keys=False, allow_unicode=True, width=100)
    path = Path(folder) / DECISIONS_FILE
    write_atomically(path, text)
    return path


def apply_decisions(
    chronology: Chronology,
    overrides: tuple[FlagOverride, ...],
    shown_files: dict[str, str] | None = None,
) -> tuple[Chronology, list[Problem]]:
    """Put the author's flag values on the entries they name; unknown entries are warnings.

    ``shown_files`` maps an IMR's file name to the name the anonymised outputs show (a file
    name may hold a practice or a worker): an override saved from those outputs names the
    entry that way, and is matched just the same.
    """
    shown_files = shown_files or {}
    by_entry: dict[str, list[FlagOverride]] = {}
    for override in overrides:
        by_entry.setdefault(override.entry, []).append(override)
    seen: set[str] = set()

    def decided(entry: ChronologyEntry) -> ChronologyEntry:
        names = {str(entry.origin)}
        shown = shown_files.get(entry.origin.file)
        if shown is not None:
            names.add(str(replace(entry.origin, file=shown)))
        found = [o for name in sorted(names) for o in by_entry.get(name, [])]
        seen.update(names & by_entry.keys())
        return _with_overrides(entry, found) if found else entry

    result = replace(
        chronology,
        entries=tuple(decided(e) for e in chronology.entries),
        undated=tuple(decided(e) for e in chronology.undated),
    )
    problems = [
        Problem(
            DECISIONS_FILE,
            f"entry '{entry}'",
            "no chronology entry has this origin any more, so the override was not used",
            "Check the IMR's table and row, or remove the override.",
            "warning",
        )
        for entry in by_entry
        if entry not in seen
    ]
    return result, problems


def _with_overrides(entry: ChronologyEntry, found: list[FlagOverride]) -> ChronologyEntry:
    flags = {
        o.flag: FlagValue(o.value, SET_BY_AUTHOR, f"{SET_BY_AUTHOR}: {o.reason}") for o in found
    }
    notes = " ".join(
        f"[{o.flag.replace('_', ' ')}: {o.value or 'not known'}, {SET_BY_AUTHOR}: {o.reason}]"
        for o in found
    )
    action = f"{entry.action} {notes}".strip()
    return replace(entry, action=action, **flags)
