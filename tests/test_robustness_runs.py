"""Interrupted, concurrent and starved runs (issue 8.2): the previous output survives whole.

``scr build`` makes ``out/`` in a hidden staging folder and swaps it in by rename; killing it at
any moment leaves the previous ``out/`` exactly as it was (or, if the swap happened, the complete
new one). A second run on the same folder is refused (exit 2). A read-only or full output place
gives one clear line and leaves no partial file.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import hostile
import pytest
from click.testing import CliRunner

from pipeline import folder as folder_module
from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.folder import ReviewFolder, exclusive, staged_directory

SAMPLE = hostile.REPO / "samples" / "review"


def previous_out(review: Path) -> dict[str, str]:
    """Put a recognisable, complete 'previous build' in ``out/``; return its checksums."""
    out = review / "out"
    (out / "pack" / "imrs").mkdir(parents=True)
    (out / "pack" / "manifest.csv").write_text("file,sha256\nimrs/a.docx,0\n")
    (out / "pack" / "imrs" / "a.docx").write_bytes(hostile.imr_docx())
    (out / "REF-pack.zip").write_bytes(hostile.raw_zip([("pack/manifest.csv", "x")]))
    (out / "integrated-chronology.csv").write_text("date,event\n03/03/2024,visit\n")
    return hostile.checksums(out)


# --- the staging folder, in process ------------------------------------------------------------


def test_a_failed_stage_leaves_the_previous_output_untouched(tmp_path):
    before = previous_out(tmp_path)
    with pytest.raises(RuntimeError), staged_directory(tmp_path / "out") as staging:
        (staging / "half.docx").write_bytes(b"PK half")
        raise RuntimeError("interrupted")
    assert hostile.checksums(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_finished_stage_replaces_the_output_whole(tmp_path):
    previous_out(tmp_path)
    with staged_directory(tmp_path / "out") as staging:
        (staging / "new.csv").write_text("new\n")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["new.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_swap_puts_the_previous_output_back(tmp_path, monkeypatch):
    before = previous_out(tmp_path)
    real_replace, calls = os.replace, []

    def second_rename_fails(source, target):
        calls.append((source, target))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(folder_module.os, "replace", second_rename_fails)
    with pytest.raises(OSError), staged_directory(tmp_path / "out") as staging:
        (staging / "new.csv").write_text("new\n")
    assert hostile.checksums(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_debris_of_a_killed_run_is_cleared_and_never_taken_for_output(tmp_path):
    before = previous_out(tmp_path)
    (tmp_path / ".out-staging-abc123").mkdir()
    (tmp_path / ".out-staging-abc123" / "half.docx").write_bytes(b"PK")
    # killed between the two renames: the old output is aside, nothing in its place
    os.replace(tmp_path / "out", tmp_path / ".out-previous")
    with pytest.raises(RuntimeError), staged_directory(tmp_path / "out"):
        assert hostile.checksums(tmp_path / "out") == before  # recovered first
        raise RuntimeError("stop")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert hostile.checksums(tmp_path / "out") == before


# --- one run at a time -------------------------------------------------------------------------

HOLD_LOCK = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from pipeline.folder import ReviewFolder, exclusive\n"
    "with exclusive(ReviewFolder(Path(sys.argv[1]))):\n"
    "    print('held', flush=True)\n"
    "    time.sleep(60)\n"
)


def _holder(review: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(review)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=hostile.REPO,
        env={**os.environ, "PYTHONPATH": str(hostile.REPO)},
    )


@pytest.fixture
def locked_review(tmp_path):
    """A review folder whose lock another process holds."""
    review = hostile.review_folder(tmp_path / "review")
    with _holder(review) as holder:
        try:
            assert holder.stdout.readline().strip() == "held"
            yield review
        finally:
            holder.kill()


@pytest.mark.parametrize("command", ["build", "chronology", "genogram", "anonymise"])
def test_a_second_run_on_the_same_folder_is_refused(locked_review, command, tmp_path):
    review = locked_review
    args = [command, str(review)]
    if command == "anonymise":
        args = [
            command,
            "--case",
            str(review / "case.yaml"),
            "--out",
            str(tmp_path / "anon"),
            str(review / "imrs" / "police.docx"),
        ]
    before = hostile.checksums(review)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "already running" in result.output and str(review) in result.output
    assert result.output.count("\n") == 1
    assert not (review / "out").exists() and not (tmp_path / "anon").exists()
    assert {k: v for k, v in hostile.checksums(review).items() if k in before} == before


def test_the_lock_is_released_when_the_holder_dies(tmp_path):
    review = hostile.review_folder(tmp_path / "review")
    with _holder(review) as holder:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(InputError), exclusive(ReviewFolder(review)):
            pass
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    with exclusive(ReviewFolder(review)):
        pass


# --- killed builds -----------------------------------------------------------------------------


def _kill_build_after(review: Path, seconds: float, sig: signal.Signals) -> tuple[int, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "build", "--no-pdf", str(review)],
        cwd=hostile.REPO,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(hostile.REPO)},
    )
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, sig)  # the group we started: the build and its workers
    try:
        _, stderr = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
    return process.returncode, stderr


def _complete_new_out(out: Path) -> bool:
    return (
        (out / "pack").is_dir()
        and any(out.glob("*-pack.zip"))
        and any((out / "pack").glob("manifest*"))
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seconds", "sig"), [(2, signal.SIGKILL), (12, signal.SIGKILL), (6, signal.SIGINT)]
)
def test_a_killed_build_leaves_the_previous_out_whole(tmp_path, seconds, sig):
    review = tmp_path / "review"
    shutil.copytree(SAMPLE, review, ignore=shutil.ignore_patterns("out", "private"))
    before_out = previous_out(review)
    inputs = {k: v for k, v in hostile.checksums(review).items() if not k.startswith("out")}
    code, stderr = _kill_build_after(review, seconds, sig)
    assert "Traceback" not in stderr, stderr
    out = review / "out"
    new_and_whole = hostile.checksums(out) != before_out and _complete_new_out(out)
    assert hostile.checksums(out) == before_out or new_and_whole, (
        f"out/ is neither the previous nor a complete new one (exit {code})"
    )
    assert not any(p.name.startswith(".") for p in out.iterdir())
    after = hostile.checksums(review)
    assert {k: after.get(k) for k in inputs if not k.startswith("private")} == {
        k: v for k, v in inputs.items() if not k.startswith("private")
    }
    with staged_directory(out):  # the next run clears any debris and starts clean
        pass
    assert sorted(p.name for p in review.iterdir() if p.name.startswith(".out")) == []
    if code == 0:  # the build finished before the signal came: its out/ is the new one, whole
        assert new_and_whole, stderr
    elif sig == signal.SIGINT and code not in (None, -signal.SIGINT):
        assert code == 130 and "stopped" in stderr, (code, stderr)


# --- read-only and full output places -----------------------------------------------------------


@contextmanager
def tmpfs(options: str):
    """A small tmpfs mounted with ``options``; skipped where mounting is not allowed."""
    mount = Path(tempfile.mkdtemp(prefix="scr-tmpfs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("cannot mount a tmpfs here; the monkeypatched ENOSPC tests cover it")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()


@pytest.mark.parametrize("command", ["init", "imr-template", "genogram", "build"])
def test_a_read_only_place_gives_one_line_and_no_partial_files(tmp_path, command):
    # a read-only mount refuses writes even to root, unlike chmod
    review = hostile.review_folder(tmp_path / "review")
    with tmpfs("ro,size=64k") as read_only:
        args = {
            "init": ["init", str(read_only / "new")],
            "imr-template": [
                "imr-template",
                str(review),
                "--agency",
                "Testshire Police",
                "--out",
                str(read_only / "template.docx"),
            ],
        }.get(command, [command, str(review)])
        if command in ("genogram", "build"):  # the review itself on a read-only share
            subprocess.run(["mount", "-o", "remount,rw", str(read_only)], check=True)
            review = hostile.review_folder(read_only / "review")
            subprocess.run(["mount", "-o", "remount,ro", str(read_only)], check=True)
            args = [command, str(review)]
            tmp_path = read_only
        before = hostile.checksums(tmp_path)
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        said = [line for line in result.output.splitlines() if line.startswith("scr:")]
        assert len(said) == 1 and "Traceback" not in result.output, result.output
        assert "unexpected fault" not in said[0] and "read-only" in said[0].lower(), said[0]
        assert list(read_only.iterdir()) == (
            [] if command in ("init", "imr-template") else [review]
        )
        after = hostile.checksums(tmp_path)
        assert {k: v for k, v in after.items() if not k.startswith("review/private")} == {
            k: v for k, v in before.items() if not k.startswith("review/private")
        }


@pytest.fixture
def full_disk():
    """A 256 KB tmpfs filled to all but 4 KB."""
    with tmpfs("size=256k") as mount:
        free = shutil.disk_usage(mount).free
        (mount / "filler").write_bytes(b"\0" * max(free - 4096, 0))
        yield mount


def test_init_on_a_full_disk_gives_one_line_and_leaves_nothing(full_disk):
    before = hostile.checksums(full_disk)
    result = CliRunner().invoke(main, ["init", str(full_disk / "review")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "full" in result.output
    assert hostile.checksums(full_disk) == before


def _template_on_full_disk(full_disk: Path, tmp_path: Path) -> hostile.Run:
    review = hostile.review_folder(tmp_path / "review")
    before = hostile.checksums(full_disk)
    # in a child process, so the unclosed zip (see below) cannot disturb this one
    run = hostile.run_scr(
        "imr-template",
        review,
        "--agency",
        "Testshire Police",
        "--out",
        full_disk / "template.docx",
        timeout=60,
    )
    assert run.code == 2, run.output
    assert hostile.checksums(full_disk) == before, "a partial file was left"
    return run


@pytest.mark.slow
def test_imr_template_on_a_full_disk_leaves_no_partial_file(full_disk, tmp_path):
    run = _template_on_full_disk(full_disk, tmp_path)
    assert "No space left on device" in run.stderr


@pytest.mark.slow
def test_imr_template_on_a_full_disk_is_one_line_naming_the_file(full_disk, tmp_path):
    run = _template_on_full_disk(full_disk, tmp_path)
    hostile.one_line_about(run, "template.docx")
    assert run.stderr.strip().count("\n") == 0, run.stderr


def test_no_space_while_staging_keeps_the_previous_out(tmp_path, monkeypatch):
    before = previous_out(tmp_path)

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out"))

    with pytest.raises(OSError), staged_directory(tmp_path / "out") as staging:
        (staging / "part.csv").write_text("some")
        no_space()
    assert hostile.checksums(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_no_space_is_one_line_from_the_cli(tmp_path, monkeypatch):
    import pipeline.case.loader

    def no_space(target, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(pipeline.case.loader, "_write_atomically", no_space)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "review")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "No space left on device" in result.output
