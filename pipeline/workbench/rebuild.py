"""A build started from the browser: one at a time, the same review lock as ``scr build``."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BuildJob:
    """The state of the browser's build: running, done or failed, and what it said."""

    state: str = "idle"  # idle | running | done | failed
    steps: list[str] = field(default_factory=list)
    error: str = ""
    _thread: threading.Thread | None = None

    def start(self, folder: Path) -> bool:
        """Start a build in the background; False if one is already running."""
        if self.state == "running":
            return False
        self.state, self.steps, self.error = "running", [], ""
        self._thread = threading.Thread(target=self._run, args=(folder,), daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _progress(self, stage: str, done: int, total: int) -> None:
        """Each step of the build once, as it starts, for the page."""
        if done == 0 and stage not in self.steps:
            self.steps.append(stage)

    def _run(self, folder: Path) -> None:
        from pipeline.build import refused_pack, run_build
        from pipeline.cli import _input_errors
        from pipeline.errors import CheckFailed

        try:
            result = run_build(folder, self._progress, pdf=False)
            self.steps += [f"warning: {problem}" for problem in result.problems]
            refusal = refused_pack(result)
            if refusal is not None:
                raise refusal
            self.steps.append(f"The pack is ready: {result.written[-1].name}")
            self.state = "done"
        except CheckFailed as failure:
            self.error = f"{failure} " + " ".join(str(p) for p in failure.problems[:5])
            self.state = "failed"
        except _input_errors() as error:
            self.error = str(error)
            self.state = "failed"
        except Exception as error:  # noqa: BLE001 - a fault in scr: shown on the page
            self.error = f"unexpected fault ({type(error).__name__}: {error})"
            self.state = "failed"
