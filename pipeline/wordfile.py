"""The gatekeeper for Word files, and the IMRs in a folder.

The checks themselves are the one Word-package reader's (``pipeline.ooxml.word``), which the
chronology reader goes through too; a refusal is an ``InputError`` the CLI prints in one line.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.ooxml.word import check_word_file

__all__ = ["check_word_file", "iter_word_files"]

WORD_SUFFIXES = (".docx", ".doc", ".docm")  # .doc and .docm are listed so they can be reported
LOCK_FILE_PREFIX = "~$"  # Word's owner file beside an open document


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
