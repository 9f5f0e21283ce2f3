"""The gatekeeper for Word files: refuse what scr cannot or should not open, in one line.

The checks themselves live in ``chronology.reader.package`` (the reader needs them and must not
import ``pipeline``); this module gives them ``pipeline``'s error and finds the IMRs in a folder.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from chronology import errors as chronology_errors
from chronology.reader.package import check_word_file as _check
from pipeline.errors import InputError
from pipeline.ooxml.xml import DOCTYPE_REFUSED, PROLOG, declares_doctype

WORD_SUFFIXES = (".docx", ".doc", ".docm")  # .doc and .docm are listed so they can be reported
LOCK_FILE_PREFIX = "~$"  # Word's owner file beside an open document


def check_word_file(path: Path) -> None:
    """Return None when ``path`` is a plain .docx scr can read.

    Raises ``pipeline.errors.InputError`` (one line: the file, what it is, what to do) for a
    missing file, a folder, an empty file, a .doc, a password-protected or macro-enabled file,
    something that is not a Word file, a damaged or hostile zip, or a symbolic link.
    """
    try:
        _check(Path(path))
    except chronology_errors.InputError as error:
        raise InputError(str(error)) from error
    part = doctype_part(Path(path))
    if part:
        raise InputError(f"{Path(path).name}: part {part} {DOCTYPE_REFUSED}")


def doctype_part(path: Path) -> str | None:
    """The first XML part of a (checked) Word file whose prolog declares a DOCTYPE, or None."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith((".xml", ".rels")):
                continue
            with archive.open(info) as stream:
                if declares_doctype(stream.read(PROLOG)):
                    return info.filename
    return None


def iter_word_files(folder: Path) -> list[Path]:
    """List the Word files in ``folder``, sorted by name, without Word's ``~$`` lock files.

    .doc and .docm files are included so that the check can say what to do with them.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(
        (
            path
            for path in folder.iterdir()
            if path.suffix.lower() in WORD_SUFFIXES
            and not path.name.startswith(LOCK_FILE_PREFIX)
            and not path.name.startswith(".")
        ),
        key=lambda path: path.name.lower(),
    )
