"""Builders shared by the Word tests: a tiny dictionary detector and trap Word files.

Every name here is invented.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from anonymiser.records import CaseIdentifiers, Finding, Identity

CHILD = Identity(
    "person:child-a", "person", "Zephyrine Quillfeather", aliases=("Zeph",), pseudonym="Child A"
)
MOTHER = Identity("person:mother", "person", "Marigold Quillfeather", pseudonym="Mother")
WORKER = Identity(
    "professional:1",
    "professional",
    "Oswin Tarrowby",
    role="Social Worker",
    pseudonym="Social Worker 1",
)
SCHOOL = Identity("place:1", "place", "Brackenfold Primary School", pseudonym="the primary school")
IDS = CaseIdentifiers((CHILD, MOTHER, WORKER, SCHOOL), kept_names=("Dr Helen Marsh",))
PLANTED = ("Zephyrine", "Quillfeather", "Marigold", "Oswin", "Tarrowby", "Brackenfold")


class DictionaryDetector:
    """Known names, longest first, whole words, any case; records each batch it was given."""

    def __init__(self, identities=IDS.identities):
        table = {}
        for identity in identities:
            for name in (identity.name, *identity.aliases, *identity.name.split()):
                if len(name) >= 3:
                    table.setdefault(name.lower(), identity)
        self.table = table
        names = sorted(table, key=len, reverse=True)
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
        self.calls: list[list[str]] = []

    def find(self, texts):
        self.calls.append(list(texts))
        return [self._one(t) for t in texts]

    def _one(self, text):
        out = []
        for m in self.pattern.finditer(text):
            identity = self.table[m.group(0).lower()]
            out.append(
                Finding(
                    m.start(),
                    m.end(),
                    m.group(0),
                    identity.kind,
                    "dictionary",
                    identity.pseudonym,
                    1.0,
                    identity.key,
                )
            )
        return out


@pytest.fixture
def detector():
    return DictionaryDetector()


def save(document, path: Path) -> Path:
    document.save(path)
    return path


def blank(path: Path, text: str = "Nothing to see.") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    return save(document, path)


def patch(path: Path, edits: dict[str, bytes | None]) -> Path:
    """Rewrite zip entries in place: bytes replace or add an entry, None deletes it."""
    with zipfile.ZipFile(path) as source:
        entries = {i.filename: source.read(i) for i in source.infolist()}
    for name, data in edits.items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def grep(path: Path, words=PLANTED) -> list[tuple[str, str]]:
    """Every (entry, word) where a planted word's bytes survive, in UTF-8 or UTF-16."""
    hits = []
    for name, data in entries(path).items():
        for word in words:
            for encoded in (word.encode(), word.encode("utf-16-le")):
                if encoded.lower() in data.lower() or word.lower() in name.lower():
                    hits.append((name, word))
    return hits


@dataclass(frozen=True)
class Xml:
    """Insert raw XML into a part before a marker string."""

    part: str
    before: str
    xml: str
