"""Stages return one result record and report progress to a plain callable, never a terminal."""

from __future__ import annotations

import shutil

from pipeline.stages import StageResult, genogram_stage, verify_stage


def test_verify_returns_status_one_and_the_leaks_of_a_file_that_names_the_family(sample_copy):
    imr = next((sample_copy / "imrs").glob("*.docx"))
    result = verify_stage(sample_copy / "case.yaml", [imr])
    assert isinstance(result, StageResult)
    assert result.status == 1 and result.leaks and result.written == ()
    assert all(leak.file == str(imr) for leak in result.leaks)


def test_verify_of_a_file_with_no_known_name_is_status_zero(sample_copy, tmp_path):
    clean = tmp_path / "note.txt"
    clean.write_text("The family was seen at home.", encoding="utf-8")
    assert verify_stage(sample_copy / "case.yaml", [clean]) == StageResult()


def test_genogram_returns_the_files_it_wrote_and_takes_a_plain_callable(sample_copy):
    shutil.rmtree(sample_copy / "out", ignore_errors=True)
    calls = []
    result = genogram_stage(sample_copy, lambda *args: calls.append(args))
    assert result.status == 0 and result.leaks == ()
    assert {p.name for p in result.written} == {"genogram.svg", "genogram.png", "genogram.dot"}
    assert all(p.exists() and p.parent == sample_copy / "out" for p in result.written)


def test_reading_a_review_reports_each_imr_to_the_callable(sample_copy):
    from pipeline.review import load_review

    calls = []
    review = load_review(sample_copy, lambda *args: calls.append(args))
    total = len(review.imrs)
    assert total > 1
    assert calls == [("Reading IMRs", done, total) for done in range(1, total + 1)]
