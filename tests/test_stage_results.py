"""Stages return one result record and report progress to a plain callable, never a terminal."""

from __future__ import annotations

import shutil

import hostile

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


def test_a_build_in_which_a_name_survived_returns_the_leaks_and_keeps_the_old_out(
    sample_copy, monkeypatch
):
    """``run_build`` takes a plain callable and returns the one record; a refusal is status 1
    with the leaks, nothing swapped in; the CLI alone turns it into exit 1."""
    from click.testing import CliRunner

    import anonymiser.batch  # imported first: it holds the real scan, not the plant
    import anonymiser.verify
    from pipeline.build import refused_pack, run_build
    from pipeline.cli import main

    (sample_copy / "out").mkdir(exist_ok=True)
    (sample_copy / "out" / "before.txt").write_text("the previous build", encoding="utf-8")
    from anonymiser.verify import Leak

    def planted(files, ids):  # a name "found" in the first file the build scans
        first = min(map(str, files)) if files else "none"
        return (
            [
                Leak(
                    first,
                    "word/document.xml",
                    "seen by Planted Name",
                    "person",
                    "Planted Name",
                    "paragraph",
                    "person:planted",
                )
            ]
            if files
            else []
        )

    monkeypatch.setattr(anonymiser.verify, "scan", planted)
    calls = []
    result = run_build(sample_copy, lambda *args: calls.append(args), pdf=False)
    assert isinstance(result, StageResult)
    assert result.status == 1 and result.written == ()
    (leak,) = result.leaks
    # named as in the pack, never by the temporary folder the build was made in
    assert not leak.file.startswith("/") and ".out-staging" not in leak.file, leak.file
    # the text around it is in private/, as the message says
    excerpts = (sample_copy / "private" / "leak-excerpts.csv").read_text(encoding="utf-8")
    assert "seen by Planted Name" in excerpts and leak.file in excerpts
    assert ("Checking everything for surviving identifiers", 0, 1) in calls
    assert ("Making the integrated chronology", 1, 1) in calls
    assert sorted(p.name for p in (sample_copy / "out").iterdir()) == ["before.txt"]
    assert "no pack was written" in str(refused_pack(result))

    run = CliRunner().invoke(main, ["build", "--no-pdf", str(sample_copy)])
    assert run.exit_code == 1, run.output
    assert "person:planted" in run.output and "no pack was written" in run.output
    assert "Planted Name" not in run.output  # the found text is private: the excerpt file


def test_the_stages_and_the_build_never_import_the_terminal():
    loaded = hostile.loaded_modules(
        "pipeline.stages", "pipeline.build", "pipeline.review", "pipeline.workbench.rebuild"
    )
    assert "pipeline.console" not in loaded
