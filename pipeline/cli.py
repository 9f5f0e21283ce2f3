"""The ``scr`` command: a thin layer over the stages.

Each command calls one library function and turns its exceptions into one line that says what
is wrong and what to do. Exit status: 0 done, 1 problems found, 2 bad input or usage.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # never fetch at run time

from pipeline.common import StageProgress
from pipeline.console import Output, configure_logging
from pipeline.errors import CheckFailed

if TYPE_CHECKING:
    from pipeline.stages import StageResult


def _input_errors() -> tuple[type[Exception], ...]:
    # Every package's InputError is a thin subclass of the one base: catching it catches them all.
    from pipeline.common import InputError

    return (InputError,)


def reported(command):
    """Run a command, turning known failures into a message and an exit status."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        out: Output = click.get_current_context().obj
        try:
            return command(*args, **kwargs)
        except CheckFailed as failure:
            for problem in failure.problems:
                click.echo(str(problem), err=True)
            click.echo(f"scr: {failure}", err=True)
            sys.exit(1)
        except _input_errors() as error:
            click.echo(f"scr: {error}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("scr: stopped; the previous output was left as it was.", err=True)
            sys.exit(130)
        except OSError as error:
            where = f" {error.filename}" if getattr(error, "filename", None) else ""
            click.echo(
                f"scr: cannot use{where}: {error.strerror or error}. "
                "Check the path exists, is writable and the disk is not full.",
                err=True,
            )
            sys.exit(2)
        except Exception as error:  # a fault in scr: say so plainly, details only on request
            if out.verbose:
                raise
            click.echo(
                f"scr: unexpected fault ({type(error).__name__}: {error}). Nothing was "
                "written. Run again with --verbose and report the output.",
                err=True,
            )
            sys.exit(2)

    return run


@contextmanager
def _announced(out: Output) -> Iterator[StageProgress]:
    """Progress for a long job: each step's name once as it starts, and the bars (or, not on a
    terminal, the counts with --verbose)."""
    with out.stages("") as bar:
        started: set[str] = set()

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in started and done == 0:
                started.add(stage)
                out.info(stage)
            bar(stage, done, total)

        yield progress


def _pack_built(out: Output, runner: str, folder: Path, no_pdf: bool) -> None:
    """Run ``pipeline.build``'s ``runner`` (``run_build`` or ``run_demo``) on ``folder`` with
    each step shown, print its warnings and where the pack is; refuse (exit 1) if anything
    known survived."""
    from pipeline import build

    with _announced(out) as progress:
        result: StageResult = getattr(build, runner)(folder, progress, pdf=not no_pdf)
    for problem in result.problems:
        out.info(f"warning: {problem}")
    refusal = build.refused_pack(result)
    if refusal is not None:
        raise refusal
    out.result(f"The pack is at {result.written[-1]}")


def _show(out: Output, result) -> None:
    """Print a stage's result: its warnings, then each file written."""
    for problem in result.problems:
        out.info(f"warning: {problem}")
    for path in result.written:
        out.result(f"Wrote {path}")


existing_dir = click.Path(exists=True, file_okay=False, path_type=Path)
case_option = click.option(
    "--case",
    "case_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The case.yaml.",
)
no_pdf_option = click.option(
    "--no-pdf", is_flag=True, help="Do not make PDF copies even if LibreOffice is here."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--quiet", "-q", is_flag=True, help="Only errors and the final result.")
@click.option("--verbose", "-v", is_flag=True, help="More detail about each step.")
@click.version_option(package_name="scr")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """scr: the serious case review toolkit.

    Reads the agencies' IMR Word files in a review folder and makes the integrated chronology,
    the genogram, anonymised documents and the submission pack.
    """
    configure_logging(verbose)
    ctx.obj = Output(quiet=quiet, verbose=verbose)


def _pack_command(name: str, runner: str, folder: click.Argument, summary: str) -> None:
    """A command that builds a pack with ``pipeline.build``'s ``runner`` into ``folder``:
    ``scr demo``, ``scr build``."""

    @folder
    @no_pdf_option
    @click.pass_obj
    @reported
    def command(out: Output, folder: Path, no_pdf: bool) -> None:
        _pack_built(out, runner, folder, no_pdf)

    command.__doc__ = summary
    main.command(name)(command)


_pack_command(
    "demo",
    "run_demo",
    click.argument("folder", type=click.Path(path_type=Path), default=Path("scr-demo")),
    "Build the bundled sample review into FOLDER (default ./scr-demo).",
)
_pack_command(
    "build",
    "run_build",
    click.argument("folder", type=existing_dir),
    "Make everything: chronology, genogram, anonymised IMRs, documents and the pack.",
)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.pass_obj
@reported
def init(out: Output, folder: Path) -> None:
    """Make a new review folder: a commented case.yaml, imrs/ and text/."""
    from pipeline.case.loader import write_template

    written = write_template(folder)
    for path in written:
        out.info(f"wrote {path}")
    out.result(
        f"New review folder at {folder}: fill in case.yaml, put the IMRs in imrs/, "
        f"then run: {scr_command()} check {shlex.quote(str(folder))}"
    )


def scr_command() -> str:
    """Return how to run scr again as this user just did: ``scr`` if on the PATH, else its path."""
    invoked = Path(sys.argv[0])
    if invoked.name != "scr":
        return "scr"
    on_path = shutil.which("scr")
    if on_path and Path(on_path).resolve() == invoked.resolve():
        return "scr"
    try:
        shown = invoked.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        shown = invoked.resolve()
    return shlex.quote(str(shown))


@main.command("imr-template")
@click.argument("folder", type=existing_dir)
@click.option("--agency", required=True, help="The agency the IMR is for, as in case.yaml.")
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write it (default FOLDER/blank-imrs/imr-template-<agency>.docx, "
    "which scr build never touches).",
)
@click.pass_obj
@reported
def imr_template(out: Output, folder: Path, agency: str, out_file: Path | None) -> None:
    """Write a blank IMR Word file for one agency with the case's chronology columns."""
    from pipeline.imr_template import write_imr_template

    path = write_imr_template(folder, agency, out_file)
    out.result(f"Wrote {path}: send it to the agency; put the IMR they return in {folder / 'imrs'}")


@main.command()
@click.argument("folder", type=existing_dir)
@click.option(
    "--verbose", "-v", "detail", is_flag=True, help="Also say what was read from every table."
)
@click.pass_obj
@reported
def check(out: Output, folder: Path, detail: bool) -> None:
    """Check case.yaml and every IMR; list every problem (exit 1 if any)."""
    from pipeline.check import check_review, format_report

    report = check_review(folder)
    click.echo(format_report(report, verbose=detail or out.verbose))
    if not report.ok:
        sys.exit(1)


def _folder_stage(name: str, stage: str, summary: str, personalised_help: str) -> None:
    """A command that runs one stage of ``pipeline.stages`` on a review folder and prints its
    result: ``scr chronology``, ``scr genogram``."""

    @click.argument("folder", type=existing_dir)
    @click.option("--personalised", is_flag=True, help=personalised_help)
    @click.pass_obj
    @reported
    def command(out: Output, folder: Path, personalised: bool) -> None:
        from pipeline import stages

        with out.stages("") as progress:
            result = getattr(stages, stage)(folder, progress, personalised=personalised)
        _show(out, result)

    command.__doc__ = summary
    main.command(name)(command)


_folder_stage(
    "chronology",
    "chronology_stage",
    "Make the integrated chronology in FOLDER/out/ (anonymised).",
    "Also write the real-name view, for the panel only, into private/.",
)
_folder_stage(
    "genogram",
    "genogram_stage",
    "Draw the anonymised genogram into FOLDER/out/.",
    "Also draw the real-name view, for the panel only, into private/.",
)


@main.command()
@case_option
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for the anonymised files (same file names).",
)
@click.option(
    "--profile",
    type=click.Choice(["submission", "publication"]),
    default=None,
    help="submission (default) keeps event dates; publication also generalises them.",
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
@reported
def anonymise(
    out: Output, case_file: Path, out_dir: Path, profile: str | None, paths: tuple[Path, ...]
) -> None:
    """Anonymise Word files (or folders of them) into OUTDIR, verified before anything is kept."""
    from anonymiser import pool

    with pool.running(when=pool.worth_workers(paths)):  # workers load while scr itself does
        from pipeline.stages import STILL_THERE, anonymise_stage

        with out.stages("Anonymising") as progress:
            result = anonymise_stage(case_file, out_dir, paths, progress, profile=profile)
    if result.leaks:
        raise CheckFailed(
            f"{len(result.leaks)} known identifier(s) could not be replaced where "
            f"they stand, so nothing was written; {STILL_THERE}",
            result.leaks,
        )
    out.result(f"Anonymised {len(result.written)} file(s) into {out_dir}")


@main.command()
@case_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
@reported
def verify(out: Output, case_file: Path, paths: tuple[Path, ...]) -> None:
    """Scan files, folders or zips for any known identifier (exit 1 if one survives)."""
    from pipeline.stages import verify_stage

    leaks = verify_stage(case_file, paths).leaks
    if leaks:
        for leak in leaks:
            click.echo(str(leak))
        unchecked = sum(1 for leak in leaks if leak.unchecked)
        found = len(leaks) - unchecked
        parts = [f"{found} known identifier(s) found"] if found else []
        parts += [f"{unchecked} file(s) or part(s) could not be checked"] if unchecked else []
        click.echo(
            f"scr: {' and '.join(parts)}: nothing here is safe to send until this is resolved.",
            err=True,
        )
        sys.exit(1)
    out.result("No known identifier found.")


@main.command()
@click.argument("folder", type=existing_dir)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="The port on 127.0.0.1 (default: any free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the address but do not open a browser.")
@click.pass_obj
@reported
def serve(out: Output, folder: Path, port: int, no_browser: bool) -> None:
    """Open the review in the browser: dashboard, chronology, names to confirm, the pack."""
    from pipeline.workbench import serve as run_server

    run_server(folder, port=port, open_browser=not no_browser, announce=out.result)


if __name__ == "__main__":
    main()
