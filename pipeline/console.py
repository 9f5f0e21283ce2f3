"""What the user sees on the terminal: messages, progress bars, verbosity.

Only the CLI configures this; library code reports progress through a callback.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.common import StageProgress


@dataclass
class Output:
    """How chatty the run is: quiet shows only errors and the result, verbose adds detail."""

    quiet: bool = False
    verbose: bool = False

    def __post_init__(self) -> None:
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)

    def info(self, message: str) -> None:
        if not self.quiet:
            self.err.print(message, markup=False)

    def detail(self, message: str) -> None:
        if self.verbose:
            self.err.print(message, markup=False)

    def result(self, message: str) -> None:
        """Print the line a script or a person needs (where the output went): always, on stdout."""
        print(message)

    @contextmanager
    def stages(self, what: str) -> Iterator[StageProgress]:
        """Show one progress bar per stage of a long job; yields ``report(stage, done, total)``."""
        if self.quiet or not sys.stderr.isatty():
            yield lambda stage, done, total: self.detail(f"{_label(what, stage)} {done}/{total}")
            return
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.err, transient=True) as bar:
            tasks: dict[str, int] = {}

            def report(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(_label(what, stage), total=total)
                bar.update(tasks[stage], completed=done, total=total)

            yield report


def _label(what: str, stage: str) -> str:
    return f"{what}: {stage}" if what else stage


def configure_logging(verbose: bool) -> None:
    """Send library logging to stderr; personal data is never logged by the library."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="scr: %(message)s"
    )
    for noisy in ("presidio-analyzer", "presidio-anonymizer", "presidio_analyzer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
