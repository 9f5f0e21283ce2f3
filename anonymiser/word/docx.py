"""``anonymise_docx``: every part of one Word file through the detector, in one batched call.

Two steps so a batch can detect over all files at once: ``prepare`` reads and cleans the
package and collects its text units; ``finish`` writes the findings back and saves the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from lxml import etree

from anonymiser.word import package as pkg
from anonymiser.word.attributes import attribute_units
from anonymiser.word.fields import unlink_fields
from anonymiser.word.images import ImageNotCleaned, clean_image
from anonymiser.word.parts import reading_rank, rule_for
from anonymiser.word.properties import clean_app, clean_core, clean_settings
from anonymiser.word.revisions import accept_revisions, strip_marks
from anonymiser.word.runs import Slot, Unit, apply, paragraph_units
from anonymiser.word.xml import NS, DoctypeRefused, parse, qn, remove, serialise
from pipeline.common import write_with
from pipeline.ooxml.xml import DOCTYPE_REFUSED

NEUTRAL_TARGET = "about:blank"
_XML_ACTIONS = ("clean", "core", "app", "settings", "rels")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class Detector(Protocol):
    """Anything that finds what to replace: one sorted, non-overlapping list per text."""

    def find(self, texts: Sequence[str]) -> list[list]: ...


@dataclass(frozen=True)
class RemovedPart:
    """A part taken out of the output because it cannot be cleaned."""

    name: str
    reason: str


@dataclass(frozen=True)
class DocxResult:
    """What happened to one file."""

    source: Path
    output: Path
    cleaned: tuple[str, ...]
    removed: tuple[RemovedPart, ...]
    findings: int


@dataclass
class PreparedDocx:
    """A Word file read and cleaned, with the texts the detector must see (last: the name)."""

    source: Path
    stem: str
    package: pkg.Package
    trees: dict[str, etree._Element] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    removed: list[RemovedPart] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [u.text for u in self.units] + [_name_text(self.stem)]

    @property
    def places(self) -> list[str]:
        """Where each of ``texts`` stands, for the review list: file, part and place."""
        return [f"{self.source.name}, {u.part}, {u.where}" for u in self.units] + [
            f"{self.source.name}, file name"
        ]


def anonymise_docx(src: Path, dst: Path, detector: Detector, *, log=None) -> DocxResult:
    """Anonymise ``src`` into ``dst``'s folder, under ``dst``'s stem run through the detector.

    Raises ``anonymiser.errors.InputError`` when ``src`` is not a readable Word package.
    ``src`` is never modified; the output appears only when complete.
    """
    prepared = prepare(Path(src), Path(dst).stem)
    findings = detector.find(prepared.texts)
    return finish(prepared, findings, Path(dst).parent, Path(dst).suffix or ".docx", log=log)


def prepare(src: Path, stem: str) -> PreparedDocx:
    """Read the package (the one reader refuses a DOCTYPE in any part, kept or dropped), drop
    what cannot be cleaned, clean structure, collect text units."""
    prepared = PreparedDocx(src, stem, pkg.read_package(src))
    dropped = _drop_parts(prepared)
    names = [n for n in prepared.package.parts if rule_for(n).action in _XML_ACTIONS]
    for name in sorted(names, key=reading_rank):
        prepared.trees[name] = _parse_part(prepared, name)
    for name, root in list(prepared.trees.items()):
        prepared.units += _clean_part(prepared, name, root, dropped.get(name, set()))
    return prepared


def finish(
    prepared: PreparedDocx,
    findings: Sequence[Sequence],
    out_dir: Path,
    suffix: str = ".docx",
    *,
    log=None,
) -> DocxResult:
    """Write every finding into its unit, save the package under the anonymised name."""
    for unit, found in zip(prepared.units, findings):
        for finding in found:
            if log is not None:
                log.add(prepared.source.name, unit.part, f"{unit.where}:{finding.start}", finding)
        apply(unit, found)
    for name, root in prepared.trees.items():
        prepared.package.parts[name] = serialise(root)
    name_findings = findings[len(prepared.units)] if len(findings) > len(prepared.units) else []
    output = Path(out_dir) / (_anonymised_stem(prepared.stem, name_findings) + suffix)
    _write_atomically(prepared.package, output)
    return DocxResult(
        prepared.source,
        output,
        tuple(sorted(prepared.trees)),
        tuple(prepared.removed),
        sum(len(f) for f in findings),
    )


def _drop_parts(prepared: PreparedDocx) -> dict[str, set[str]]:
    """Remove parts the registry drops and pictures that cannot be cleaned.

    Returns, per source part, the relationship ids that pointed at removed parts.
    """
    parts, dropped = prepared.package.parts, {}
    for name in list(parts):
        if name not in parts:
            continue
        rule, reason = rule_for(name), None
        if rule.action == "drop":
            reason = rule.reason
        elif rule.action == "image":
            reason = _clean_picture(parts, name)
        if reason:
            prepared.removed.append(RemovedPart(name, reason))
            for source, rel_id in pkg.remove_part(prepared.package, name):
                dropped.setdefault(source, set()).add(rel_id)
    return dropped


def _clean_picture(parts: dict[str, bytes], name: str) -> str | None:
    try:
        parts[name] = clean_image(name, parts[name])
    except ImageNotCleaned:
        return "picture that could not be read to remove its metadata"
    return None


def _parse_part(prepared: PreparedDocx, name: str) -> etree._Element:
    from anonymiser.errors import InputError

    try:
        return parse(prepared.package.parts[name])
    except DoctypeRefused as error:
        raise InputError(f"{prepared.source.name}: part {name} {DOCTYPE_REFUSED}") from error
    except etree.XMLSyntaxError as error:
        raise InputError(
            f"{prepared.source.name}: part {name} is damaged ({error}); open and re-save in Word"
        ) from error


def _clean_part(prepared: PreparedDocx, name: str, root, dropped_ids: set[str]) -> list[Unit]:
    action = rule_for(name).action
    if action == "rels":
        return _rels_units(name, root)
    if action == "core":
        return clean_core(root, name)
    if action == "app":
        return clean_app(root, name)
    _remove_references(root, dropped_ids)
    if action == "settings":
        _prune_relationships(prepared, name, clean_settings(root))
    accept_revisions(root)
    unlink_fields(root)
    strip_marks(root)
    return paragraph_units(root, name) + attribute_units(root, name)


def _remove_references(root, rel_ids: set[str]) -> None:
    """Remove the elements that used a relationship to a removed part (OLE objects, chunks)."""
    if not rel_ids:  # no part was removed (the usual case): nothing to look for
        return
    prefix = "{" + NS["r"] + "}"
    for element in list(root.iter()):
        if isinstance(element.tag, str) and any(
            k.startswith(prefix) and v in rel_ids for k, v in element.attrib.items()
        ):
            remove(element)


def _prune_relationships(prepared: PreparedDocx, name: str, used: set[str]) -> None:
    """Drop relationships the part no longer uses (template path, mail-merge source)."""
    rels = pkg.rels_name(name)
    if rels not in prepared.trees and rels in prepared.package.parts:
        prepared.trees[rels] = parse(prepared.package.parts[rels])
    root = prepared.trees.get(rels)
    for rel in [] if root is None else root.findall(qn("pr:Relationship")):
        if rel.get("Id") not in used:
            root.remove(rel)


def _rels_units(name: str, root) -> list[Unit]:
    """External targets (links, mailto:, file paths) go to the detector, whole-value neutral."""
    return [
        Unit(name, f"relationship {rel.get('Id')}", [Slot(rel, attr="Target")], NEUTRAL_TARGET)
        for rel in root.findall(qn("pr:Relationship"))
        if rel.get("TargetMode") == "External"
    ]


def _name_text(stem: str) -> str:
    """The file name as the detector should read it: separators become spaces."""
    return re.sub(r"[_.\-]", " ", stem)


def _anonymised_stem(stem: str, findings: Sequence) -> str:
    text = stem
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.replacement + text[finding.end :]
    return _UNSAFE_NAME.sub("-", text).strip() or "document"


def _write_atomically(package: pkg.Package, output: Path) -> None:
    """The package written beside ``output``, then renamed into place (an anonymised file:
    the usual mode for a new file, not a private one)."""
    write_with(output, lambda temporary: pkg.write_package(package, temporary))
