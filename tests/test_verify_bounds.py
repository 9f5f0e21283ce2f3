"""The leak scan reads within bounds: bombs and deep nesting are refused, never called clean."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest
from test_word_builders import IDS

from anonymiser.verify import scan
from pipeline.ooxml import limits

MB = 1024 * 1024


def zipped(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def bomb(megabytes: int) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as stream,
    ):
        for _ in range(megabytes):
            stream.write(b" " * MB)
    return buffer.getvalue()


def peak_mb(action):
    scan([], IDS)  # the search is compiled (and cached) first: it is not the refusal's cost
    tracemalloc.start()
    try:
        result = action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak / MB


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb(210))
    leaks, peak = peak_mb(lambda: scan([path], IDS))
    assert [leak.unchecked for leak in leaks] == [True]
    assert "over the 200 MB limit" in str(leaks[0]) and str(path) in str(leaks[0])
    assert peak < 20, f"{peak:.0f} MB used to refuse a bomb"


def test_an_entry_that_unpacks_past_its_declared_size_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 2 * MB)
    monkeypatch.setattr(limits, "CHUNK", 64 * 1024)
    data = bytearray(zipped([("word/document.xml", b" " * (3 * MB))]))
    declared = (3 * MB).to_bytes(4, "little")
    data = data.replace(declared, (1024).to_bytes(4, "little"))  # both headers lie: 1 KB
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    leaks = scan([path], IDS)
    assert leaks and all(leak.unchecked for leak in leaks), leaks


@pytest.mark.parametrize(("levels", "refused"), [(2, False), (3, True)])
def test_zips_nested_more_than_three_deep_are_not_opened(tmp_path, levels, refused):
    data = zipped([("note.txt", b"Zephyrine")])
    for level in range(levels):
        data = zipped([(f"level{level}.zip", data)])
    path = tmp_path / "nested.zip"
    path.write_bytes(data)
    leaks = scan([path], IDS)
    if refused:
        assert [leak.unchecked for leak in leaks] == [True]
        assert "nested more than 3 deep" in str(leaks[0])
    else:
        assert [leak.found for leak in leaks] == ["Zephyrine"]


def test_a_nested_bomb_counts_against_the_whole_file(tmp_path):
    path = tmp_path / "pack.zip"
    path.write_bytes(zipped([("imrs/a.docx", bomb(120)), ("imrs/b.docx", bomb(120))]))
    leaks, peak = peak_mb(lambda: scan([path], IDS))
    assert [leak.unchecked for leak in leaks[-1:]] == [True]
    assert "zip bomb" in leaks[-1].context
    assert peak < 20, f"{peak:.0f} MB used to refuse a bomb"


def test_the_budget_covers_nested_files_together(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 3 * MB)
    text = bytes(range(32, 127)) * (MB // 95)  # about 1 MB that does not shrink much
    inner = zipped([("word/document.xml", text), ("word/other.xml", text)])
    path = tmp_path / "pack.zip"
    path.write_bytes(zipped([("imrs/a.docx", inner), ("imrs/b.docx", inner)]))
    leaks = scan([path], IDS)
    assert [leak.part for leak in leaks if leak.unchecked] == ["imrs/b.docx"]


def test_a_damaged_zip_is_not_clean(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (leak,) = scan([path], IDS)
    assert leak.unchecked and "cannot be opened" in leak.context
