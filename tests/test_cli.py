"""Fault tests (issue 8.5): every command, given each bad input, exits as SPEC says, in one line.

Every command x every bad input: the exit status is 0, 1 or 2 as the contract says, there is no
traceback, a refusal is one ``scr:`` (or click ``Error:``) line naming the file or folder, and
every file that was there before is byte-identical afterwards.
"""

from __future__ import annotations

import re
from pathlib import Path

import hostile
import pytest
from click.testing import CliRunner

from pipeline.cli import main

REPO = Path(__file__).resolve().parent.parent
COMMANDS = (
    "check",
    "chronology",
    "genogram",
    "anonymise",
    "verify",
    "build",
    "imr-template",
    "init",
)
BAD_INPUTS = ("missing folder", "no case.yaml", "broken yaml", *hostile.BAD_WORD_FILES)


def make_input(root: Path, bad: str) -> tuple[Path, Path | None, str]:
    """(review folder, the bad Word file or None, the name a message must mention)."""
    review = root / "review"
    if bad == "missing folder":
        return review, None, "review"
    if bad == "no case.yaml":
        review.mkdir()
        (review / "imrs").mkdir()
        (review / "imrs" / "police.docx").write_bytes(hostile.imr_docx())
        return review, review / "imrs" / "police.docx", "case.yaml"
    if bad == "broken yaml":
        hostile.review_folder(review, case="review:\n  reference: [unclosed\n  board: x\n")
        return review, review / "imrs" / "police.docx", "case.yaml"
    name, data = hostile.BAD_WORD_FILES[bad]
    hostile.review_folder(review, {name: data})
    return review, review / "imrs" / name, name


def arguments(command: str, review: Path, word: Path | None, root: Path) -> list[str]:
    case = str(review / "case.yaml")
    target = str(word or review / "imrs" / "police.docx")
    return {
        "anonymise": ["anonymise", "--case", case, "--out", str(root / "anon"), target],
        "verify": ["verify", "--case", case, target],
        "imr-template": ["imr-template", str(review), "--agency", "Testshire Police"],
    }.get(command, [command, str(review)])


def expected_codes(command: str, bad: str) -> set[int]:
    """The exit statuses SPEC allows for ``command`` on ``bad``."""
    word_file = bad in hostile.BAD_WORD_FILES
    if command == "init":
        # init makes a new folder; it refuses (2) only where a case.yaml already exists
        return {0} if bad in ("missing folder", "no case.yaml") else {2}
    if command == "check":
        return {2} if bad == "missing folder" else {1}
    if command in ("genogram", "imr-template") and word_file:
        return {0, 1}  # they do not read the IMRs; 1 only if the genogram check finds a name
    if command == "verify" and word_file:
        return {0, 1, 2}  # a scan of bytes: found (1), clean (0) or cannot be read (2)
    return {2}


def invoke(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=True)


@pytest.mark.parametrize("bad", BAD_INPUTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_on_every_bad_input(tmp_path, command, bad):
    review, word, name = make_input(tmp_path, bad)
    if command == "init":
        name = "case.yaml"  # init refuses to overwrite it, whatever the IMRs are
    before = hostile.checksums(tmp_path)
    result = invoke(arguments(command, review, word, tmp_path))
    output = result.output
    assert "Traceback" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code in expected_codes(command, bad), output
    if result.exit_code == 2:
        said = [line for line in output.splitlines() if line.startswith(("scr:", "Error:"))]
        assert len(said) == 1, output
        assert name in said[0] or name in output, output
        assert "unexpected fault" not in said[0], output
    after = hostile.checksums(tmp_path)
    assert {k: after.get(k) for k in before} == before, "an input file changed"
    if result.exit_code == 2 and command != "init":
        assert not (tmp_path / "anon").exists() or not any((tmp_path / "anon").iterdir())


@pytest.mark.parametrize("command", ["chronology", "build", "anonymise"])
def test_a_bad_imr_among_good_ones_stops_before_anything_is_written(tmp_path, command):
    review = hostile.review_folder(
        tmp_path / "review",
        {"police.docx": hostile.imr_docx(), "zz-locked.docx": hostile.encrypted_docx()},
    )
    before = hostile.checksums(tmp_path)
    word = review / "imrs"
    result = invoke(arguments(command, review, word, tmp_path))
    assert result.exit_code == 2, result.output
    assert "zz-locked.docx" in result.output and "password" in result.output
    assert not (review / "out").exists()
    assert not (tmp_path / "anon").exists()
    assert hostile.checksums(tmp_path) == {
        **before,
        **{k: v for k, v in hostile.checksums(tmp_path).items() if k.startswith("review/private")},
    }


def test_usage_errors_exit_2_without_traceback():
    for args in (
        ["no-such-command"],
        ["anonymise"],
        ["verify"],
        ["imr-template", "."],
        ["anonymise", "--case", "x.yaml", "--out", "o", "--profile", "bogus", "f"],
    ):
        result = invoke(args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output


def test_an_internal_fault_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    import pipeline.check

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline.check, "check_review", explode)
    hostile.review_folder(tmp_path)
    result = invoke(["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "unexpected fault" in result.output


def test_every_command_is_documented_in_readme_and_spec():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    spec_path = REPO.parent / "shared" / "SPEC.md"
    documented = re.findall(r"`scr ([a-z-]+)", readme)
    for name in main.commands:
        assert name in documented, f"scr {name} is not in the README's command table"
        assert main.commands[name].help, f"scr {name} has no help text"
    if spec_path.exists():
        spec = spec_path.read_text(encoding="utf-8")
        for name in re.findall(r"^\| `scr ([a-z-]+)", spec, re.MULTILINE):
            assert name in main.commands, f"SPEC names scr {name}, which does not exist"


@pytest.mark.slow
def test_the_real_command_prints_one_line_for_a_missing_folder(tmp_path):
    run = hostile.run_scr("build", tmp_path / "nowhere", timeout=60)
    assert run.code == 2
    assert "Traceback" not in run.output and "nowhere" in run.stderr


def test_verify_never_passes_a_file_it_cannot_read(tmp_path):
    review = hostile.review_folder(tmp_path / "review", {"locked.docx": hostile.encrypted_docx()})
    result = invoke(
        ["verify", "--case", str(review / "case.yaml"), str(review / "imrs" / "locked.docx")]
    )
    assert result.exit_code in (1, 2), result.output
    assert "locked.docx" in result.output


def test_a_refused_genogram_leaves_nothing_in_out(tmp_path):
    leaking = hostile.CASE.replace(
        "{id: child, name: Kit Testing,", "{id: child, name: Kit Testing, pseudonym: Kit Testing,"
    )
    review = hostile.review_folder(tmp_path / "review", case=leaking)
    result = invoke(["genogram", str(review)])
    assert result.exit_code == 1, result.output
    assert not (review / "out").exists() or not any((review / "out").iterdir())
