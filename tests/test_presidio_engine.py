"""Presidio is the engine (issue 14): the real `scr anonymise` path runs AnalyzerEngine and
AnonymizerEngine, and a board adds its own recogniser in case.yaml without code."""

from __future__ import annotations

import zipfile

import hostile
from click.testing import CliRunner
from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer import AnonymizerEngine

from pipeline.cli import main

BOARD = """anonymisation:
  recognisers:
    - entity: LA case number
      pattern: 'LA-\\d{6}'
      score: 0.95
"""
ROWS = (
    ("03/03/2024", "PC 1", "Home visit to Lee Testing, LA ref LA-123456 noted."),
    ("04/03/2024", "PC 1", "Strategy meeting, NHS 943 476 5919 recorded."),
)


def review(tmp_path, case_extra: str = ""):
    root = hostile.review_folder(
        tmp_path / "review", {"police.docx": hostile.imr_docx(ROWS)}, hostile.CASE + case_extra
    )
    return root, root / "case.yaml", root / "imrs" / "police.docx"


def document_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def anonymise(case, imr, out):
    return CliRunner().invoke(main, ["anonymise", "--case", str(case), "--out", str(out), str(imr)])


def test_scr_anonymise_runs_presidio_analyzer_and_anonymizer(tmp_path, monkeypatch):
    calls = {"analyze": 0, "anonymize": 0}
    analyze, anonymize = AnalyzerEngine.analyze, AnonymizerEngine.anonymize

    def counted_analyze(self, *args, **kwargs):
        calls["analyze"] += 1
        return analyze(self, *args, **kwargs)

    def counted_anonymize(self, *args, **kwargs):
        calls["anonymize"] += 1
        return anonymize(self, *args, **kwargs)

    monkeypatch.setattr(AnalyzerEngine, "analyze", counted_analyze)
    monkeypatch.setattr(AnonymizerEngine, "anonymize", counted_anonymize)
    _, case, imr = review(tmp_path)
    result = anonymise(case, imr, tmp_path / "anon")
    assert result.exit_code == 0, result.output
    assert calls["analyze"] > 0 and calls["anonymize"] > 0
    text = document_text(next((tmp_path / "anon").rglob("*.docx")))
    assert "943 476 5919" not in text and "Lee Testing" not in text


def test_without_presidio_nothing_is_found_and_the_leak_scan_refuses(tmp_path, monkeypatch):
    """Bypass check: if Presidio's analyser finds nothing, neither the NHS number nor the
    case's own names are replaced (so they are found only through AnalyzerEngine), and the
    leak scan refuses the output."""
    monkeypatch.setattr(AnalyzerEngine, "analyze", lambda self, *a, **k: [])
    _, case, imr = review(tmp_path)
    result = anonymise(case, imr, tmp_path / "anon")
    assert result.exit_code == 1, result.output
    assert "Lee Testing" not in result.output and "person:mum" in result.output
    excerpts = case.parent / "private" / "leak-excerpts.csv"
    assert "Lee Testing" in excerpts.read_text(encoding="utf-8")
    assert not (tmp_path / "anon").exists() or not any((tmp_path / "anon").rglob("*.docx"))


def test_a_board_recogniser_in_case_yaml_is_applied_and_verified(tmp_path):
    _, case, imr = review(tmp_path, BOARD)
    runner = CliRunner()
    before = runner.invoke(main, ["verify", "--case", str(case), str(imr)])
    assert before.exit_code == 1 and "LA_CASE_NUMBER" in before.output
    assert "LA-123456" not in before.output  # the text found is private: the excerpt file
    excerpts = case.parent / "private" / "leak-excerpts.csv"
    assert "LA-123456" in excerpts.read_text(encoding="utf-8")
    result = anonymise(case, imr, tmp_path / "anon")
    assert result.exit_code == 0, result.output
    out = next((tmp_path / "anon").rglob("*.docx"))
    assert "LA-123456" not in document_text(out)
    after = runner.invoke(main, ["verify", "--case", str(case), str(out)])
    assert after.exit_code == 0, after.output


def test_without_the_board_recogniser_the_number_stays(tmp_path):
    _, case, imr = review(tmp_path)
    result = anonymise(case, imr, tmp_path / "anon")
    assert result.exit_code == 0, result.output
    assert "LA-123456" in document_text(next((tmp_path / "anon").rglob("*.docx")))


def test_a_bad_board_pattern_is_one_clear_line(tmp_path):
    _, case, imr = review(tmp_path, BOARD.replace("LA-\\d{6}", "LA-(\\d{6}"))
    result = anonymise(case, imr, tmp_path / "anon")
    assert result.exit_code == 2
    assert "pattern" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "anon").exists() or not any((tmp_path / "anon").rglob("*.docx"))
