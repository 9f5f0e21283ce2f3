"""Batch anonymisation: one detection pass, verified output, fail closed, inputs untouched."""

from __future__ import annotations

import hashlib

import pytest
from test_word_builders import IDS, DictionaryDetector, blank, grep

from anonymiser.batch import anonymise_files
from anonymiser.errors import InputError


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def imrs(tmp_path):
    folder = tmp_path / "imrs"
    folder.mkdir()
    return [
        blank(folder / "b-health.docx", "Oswin Tarrowby visited Marigold."),
        blank(folder / "a-police_Quillfeather.docx", "Zephyrine was seen by Oswin."),
    ]


class Forgetful(DictionaryDetector):
    """A detector that misses one name: the scan must catch what it leaves."""

    def _one(self, text):
        return [f for f in super()._one(text) if f.text != "Marigold"]


def test_batch_writes_clean_files_and_private_log(imrs, tmp_path):
    before = [digest(p) for p in imrs]
    calls = []
    detector = DictionaryDetector()
    result = anonymise_files(
        imrs,
        tmp_path / "out",
        lambda ids: detector,
        IDS,
        private_dir=tmp_path / "private",
        progress=lambda *a: calls.append(a),
    )
    assert result.ok and len(result.outputs) == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "a-police_Child A.docx",
        "b-health.docx",
    ]
    assert all(grep(p) == [] for p in result.outputs)
    assert [digest(p) for p in imrs] == before
    assert len(detector.calls) == 1  # one detection pass over every file
    assert "Zephyrine was seen by Oswin." in detector.calls[0][0]  # sorted: a-police first
    log = (tmp_path / "private" / "redaction-log.csv").read_text(encoding="utf-8")
    assert "Tarrowby" in log and not list((tmp_path / "out").glob("*.csv"))
    assert ("verify", 1, 1) in calls


def test_batch_fails_closed_on_a_leak(imrs, tmp_path):
    before = [digest(p) for p in imrs]
    result = anonymise_files(
        imrs,
        tmp_path / "out",
        lambda ids: Forgetful(),
        IDS,
        private_dir=tmp_path / "private",
    )
    assert not result.ok and {leak.found for leak in result.leaks} == {"Marigold"}
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "private").exists()
    assert not list(tmp_path.glob(".scr-anonymise-*"))
    assert [digest(p) for p in imrs] == before


@pytest.mark.parametrize(
    ("files", "private"),
    [(["missing.docx"], "private"), ([], "out/private")],
)
def test_batch_refuses_bad_input(tmp_path, files, private):
    with pytest.raises(InputError):
        anonymise_files(
            [tmp_path / f for f in files],
            tmp_path / "out",
            lambda ids: DictionaryDetector(),
            IDS,
            private_dir=tmp_path / private,
        )
