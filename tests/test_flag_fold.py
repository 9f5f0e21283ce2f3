"""The fold of a blind writer's batch into the flag set: copied unchanged but for the renames
asked for, and each new family given its part by the fixed hash before any row is scored."""

from __future__ import annotations

import csv

import flag_fold
import pytest

HEADER = "id,family,agency,event,child_seen\n"


def _setup(tmp_path, monkeypatch, rows: str):
    data, source = tmp_path / "data", tmp_path / "blind"
    data.mkdir()
    source.mkdir()
    (data / "split.csv").write_text("family,split\nP001,dev\n", encoding="utf-8")
    (data / "batch-z01.csv").write_text(HEADER + "z0001,P001,GP,Seen.,yes\n", encoding="utf-8")
    (source / "batch-01.csv").write_text(HEADER + rows, encoding="utf-8")
    monkeypatch.setattr(flag_fold, "DATA", data)
    return data, source


def test_a_new_writers_families_that_share_an_old_name_are_renamed(tmp_path, monkeypatch):
    data, source = _setup(tmp_path, monkeypatch, "p0001,P001,YOT,Met Kai.,yes\n")
    added = flag_fold.fold(source, "p", family_letter="E")
    assert added == ["E001"]
    with (data / "batch-p01.csv").open(newline="", encoding="utf-8") as f:
        (row,) = csv.DictReader(f)
    assert (row["id"], row["family"], row["event"]) == ("p0001", "E001", "Met Kai.")
    with (data / "split.csv").open(newline="", encoding="utf-8") as f:
        parts = {r["family"]: r["split"] for r in csv.DictReader(f)}
    assert parts == {"P001": "dev", "E001": flag_fold.part_of("E001")}


def test_without_the_rename_a_shared_family_name_keeps_the_old_part(tmp_path, monkeypatch):
    data, source = _setup(tmp_path, monkeypatch, "p0001,P001,YOT,Met Kai.,yes\n")
    assert flag_fold.fold(source, "p") == []
    assert (data / "batch-p01.csv").read_text(encoding="utf-8").endswith("P001,YOT,Met Kai.,yes\n")


def test_ids_that_repeat_an_earlier_set_are_refused_unless_renamed(tmp_path, monkeypatch):
    data, source = _setup(tmp_path, monkeypatch, "z0001,Q001,YOT,Met Kai.,yes\n")
    try:
        flag_fold.fold(source, "q")
    except SystemExit as stop:
        assert "ids already in the set" in str(stop)
    else:
        raise AssertionError("a repeated id was copied")
    assert not (data / "batch-q01.csv").exists()
    assert flag_fold.fold(source, "q", id_letter="r") == ["Q001"]


def test_another_sets_batch_of_the_same_name_is_not_overwritten(tmp_path, monkeypatch):
    data, source = _setup(tmp_path, monkeypatch, "u0001,Y001,HV,Seen Poppy.,yes\n")
    before = (data / "batch-z01.csv").read_bytes()
    with pytest.raises(SystemExit, match="another set's rows"):
        flag_fold.fold(source, "z")
    assert (data / "batch-z01.csv").read_bytes() == before


def test_a_writers_corrected_batch_is_copied_again(tmp_path, monkeypatch):
    data, source = _setup(tmp_path, monkeypatch, "z0001,P001,GP,Seen alone.,yes\n")
    flag_fold.fold(source, "z")
    assert (data / "batch-z01.csv").read_text(encoding="utf-8").endswith("Seen alone.,yes\n")
