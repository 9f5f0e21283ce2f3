"""The worker processes that share a run's analysis and leak scan (issue 14).

A worker is a fresh interpreter (``spawn``: a build has threads running, so never ``fork``)
that imports Presidio and loads the language model once, when it starts. ``start_workers`` is
called as early as a command can (before it even imports the rest of scr, and before it reads
the Word files), so that this loading runs beside the parent's own importing and reading
instead of after it. Until a worker is wanted nothing waits for it: the parent takes work
from the front of the queue and the workers from the back (``anonymiser.analysis``), so a
worker still starting costs nothing but the core it starts on.

Each piece of work carries the recipe of the analyser it needs, pickled once by the parent;
a worker makes the analyser the first time it sees a recipe and keeps it for the next pieces.
"""

from __future__ import annotations

import atexit
import hashlib
import multiprocessing
import os
import pickle
import zipfile
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

WORKERS_VARIABLE = "SCR_WORKERS"  # how many worker processes, overriding the machine's load
EARLY_WORKERS_BYTES = 600_000  # the files' main text (document.xml) from which workers pay
_POOL: ProcessPoolExecutor | None = None
_SIZE = 0
_NET = None  # the worker's own safety net (language model, scorer), loaded when it starts
_ANALYSES: dict[str, object] = {}  # recipe digest -> the worker's Analysis for it


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worth_workers(paths) -> bool:
    """True when the Word files (or folders of them) hold enough text for worker processes to
    pay for their start; judged from the size of each file's main part as its package lists
    it, so nothing is read (a file that is no Word file counts nothing: its reading says so)."""
    total = 0
    for path in map(Path, paths):
        for file in sorted(path.glob("*.docx")) if path.is_dir() else [path]:
            try:
                with zipfile.ZipFile(file) as package:
                    total += package.getinfo("word/document.xml").file_size
            except (OSError, KeyError, zipfile.BadZipFile):
                continue
    return total >= EARLY_WORKERS_BYTES


def spare_cores() -> int:
    """How many workers may run: ``SCR_WORKERS`` when set, else one per core beyond this
    process that the machine has free (its load average over the last minute, this process
    included, says how many are busy). A worker on a busy machine has no core to run on: it
    only adds its own start (importing Presidio, loading the model: seconds of CPU)."""
    told = os.environ.get(WORKERS_VARIABLE, "").strip()
    if told.isdigit():
        return int(told)
    try:
        busy = os.getloadavg()[0]
    except OSError:  # not available here: count every core as free
        busy = 1.0
    return max(0, min(cores() - 1, int(cores() - busy + 0.5)))


def start_workers(count: int | None = None) -> int:
    """Start ``count`` workers (default: ``spare_cores()``) if none run yet.

    Returns how many run. They load the language model at once, in the background.
    """
    global _POOL, _SIZE
    wanted = spare_cores() if count is None else count
    if _POOL is not None or wanted < 1:
        return _SIZE
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # never the network
    spawn = multiprocessing.get_context("spawn")
    _POOL = ProcessPoolExecutor(wanted, mp_context=spawn, initializer=_warm)
    _SIZE = wanted
    for _ in range(wanted):  # processes start on demand: one task each starts them all now
        _POOL.submit(os.getpid)
    atexit.register(stop_workers)
    return _SIZE


def workers() -> int:
    """How many workers run (0: none started)."""
    return _SIZE if _POOL is not None else 0


def submit(function, *args) -> Future:
    """Run ``function(*args)`` in a worker (``start_workers`` first)."""
    if _POOL is None:
        raise RuntimeError("no workers started")
    return _POOL.submit(function, *args)


def stop_workers() -> None:
    """Stop the workers (pieces not started are cancelled); a later run starts new ones."""
    global _POOL, _SIZE
    pool, _POOL, _SIZE = _POOL, None, 0
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def packed(recipe) -> tuple[str, bytes]:
    """A recipe as (digest, pickle), pickled once by the parent for every piece."""
    blob = pickle.dumps(recipe, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.sha256(blob).hexdigest(), blob


def _warm() -> None:
    """A worker's start: import the analyser and load the language model, once."""
    global _NET
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import anonymiser.analysis  # noqa: F401  (Presidio, spaCy: most of a worker's start)
    from anonymiser.nlp import PersonNet

    _NET = PersonNet()


def analysis_for(digest: str, blob: bytes):
    """The worker's analyser for a recipe, made the first time the recipe is seen."""
    found = _ANALYSES.get(digest)
    if found is None:
        from anonymiser.analysis import from_recipe

        found = _ANALYSES[digest] = from_recipe(pickle.loads(blob), _NET)
    return found


@contextmanager
def running(*, when: bool = True, count: int | None = None):
    """Workers for the block: started now (when ``when`` and none run yet; ``count`` of them,
    default ``spare_cores()``) and stopped after it; workers already running (started by the
    command) are used and left running."""
    started = when and not workers() and start_workers(count) > 0
    try:
        yield
    finally:
        if started:
            stop_workers()
