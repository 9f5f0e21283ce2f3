"""One set of limits for reading an Office package (a zip), shared by every reader.

A Word report is a few megabytes; these bounds are far above any real one and far below what a
zip bomb would unpack to.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_ENTRIES = 10_000  # entries in one package
MAX_TOTAL_BYTES = 200 * MB  # all entries of one file, uncompressed, nested packages included
MAX_ENTRY_BYTES = 200 * MB  # one entry, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for entries over RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 10 * MB
MAX_DEPTH = 3  # a package inside a package inside a package, and no deeper
CHUNK = 64 * 1024  # bytes read at a time, so a lying size header cannot overrun the budget

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def ratio_too_high(file_size: int, compress_size: int) -> bool:
    """Whether an entry shrank so much when stored that it is a bomb, not a report."""
    return file_size > RATIO_FLOOR_BYTES and file_size > MAX_RATIO * max(compress_size, 1)
