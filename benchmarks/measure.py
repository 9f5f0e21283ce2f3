"""One measurement in its own process, so each has its own peak memory: ner, presidio,
anonymise or build. ``python benchmarks/measure.py WHAT REVIEW OUT.json``.

The figures are written to OUT.json after every stage, so a run stopped by a timeout still
leaves the stages it finished.
"""

from __future__ import annotations

import os

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # nothing may download at run time

import functools
import json
import resource
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE_SECONDS = 0.2
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
sys.path[:0] = [str(HERE.parent), str(HERE)]

from corpus import imr_texts, word_count


class Record:
    """Stage times (nested as 'outer/inner'), facts and peak memory, saved as JSON on each change."""

    def __init__(self, path: Path, what: str):
        self.path, self.data = path, {"what": what, "stages": {}, "status": "running"}
        self.stack: list[str] = []
        self.start = time.perf_counter()
        self.tree_peak = 0.0
        threading.Thread(target=self._sample_tree, daemon=True).start()

    def _sample_tree(self) -> None:
        """The largest resident memory of this process and its descendants at one moment.

        ``ru_maxrss`` of the children counts, for each child, this process's memory at the
        time it was started (Linux keeps the forked image's peak across exec), so it
        overstates what a LibreOffice or pdftotext child uses; sampling does not.
        """
        while True:
            self.tree_peak = max(self.tree_peak, _tree_mb(os.getpid()))
            time.sleep(SAMPLE_SECONDS)

    @contextmanager
    def stage(self, name: str):
        full = "/".join([*self.stack, name])
        self.stack.append(name)
        began = time.perf_counter()
        try:
            yield
        finally:
            self.stack.pop()
            stages = self.data["stages"]
            stages[full] = round(stages.get(full, 0.0) + time.perf_counter() - began, 3)
            self.save()

    def wrap(self, module, name: str, label: str | None = None) -> None:
        """Time every call of ``module.name`` as a stage."""
        original = getattr(module, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            with self.stage(label or name):
                return original(*args, **kwargs)

        setattr(module, name, timed)

    def set(self, **facts) -> None:
        self.data.update(facts)
        self.save()

    def save(self) -> None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        cpu = sum(
            getattr(resource.getrusage(who), field)
            for field in ("ru_utime", "ru_stime")
            for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        self.data.update(
            total_s=round(time.perf_counter() - self.start, 3),
            cpu_s=round(cpu, 2),
            peak_mb_self=round(own, 1),
            peak_mb_children=round(children, 1),
            peak_mb_tree=round(max(self.tree_peak, own), 1),
        )
        self.path.write_text(json.dumps(self.data, indent=1), encoding="utf-8")


def _tree_mb(root: int) -> float:
    """Resident MB of ``root`` and every process descended from it, read from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    pages = 0
    for pid in tree:
        try:
            pages += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return pages * PAGE_BYTES / 1024 / 1024


def ner(review: Path, rec: Record) -> None:
    """The limit: spaCy md, NER only, over every paragraph and cell."""
    import spacy

    from anonymiser.nlp import model_path

    texts = _texts(review, rec)
    with rec.stage("load"):
        nlp = spacy.load(
            model_path(),
            exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
        )
    with rec.stage("work"):
        ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    rec.set(entities=ents)


def presidio(review: Path, rec: Record) -> None:
    """Plain Presidio: default.yaml with the md model, batch analysis, replace every finding."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from anonymiser.nlp import model_path

    texts = _texts(review, rec)
    with rec.stage("load"):
        conf_file = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
        conf = yaml.safe_load(conf_file.read_text())
        conf["models"] = [{"lang_code": "en", "model_name": model_path()}]
        engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
        batch, anonymizer = BatchAnalyzerEngine(analyzer), AnonymizerEngine()
    with rec.stage("work"):
        with rec.stage("analyse"):
            results = list(batch.analyze_iterator(texts, language="en", batch_size=64))
        with rec.stage("replace"):
            for text, found in zip(texts, results):
                anonymizer.anonymize(text, found)
    rec.set(findings=sum(len(r) for r in results))


def anonymise(review: Path, rec: Record) -> None:
    """``scr anonymise --case review/case.yaml --out <tmp> review/imrs``: the command itself,
    a whole process (its imports, its workers), as a user runs it."""
    import subprocess
    import tempfile

    _texts(review, rec)
    scr = Path(sys.executable).with_name("scr")
    with tempfile.TemporaryDirectory() as out, rec.stage("command"):
        done = subprocess.run(
            [
                str(scr),
                "-q",
                "anonymise",
                "--case",
                str(review / "case.yaml"),
                "--out",
                str(Path(out) / "anon"),
                str(review / "imrs"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        written = len(list((Path(out) / "anon").glob("*.docx")))
    status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr[-150:]}"
    rec.set(status=status, files_written=written)


def anonymise_in_process(review: Path, rec: Record) -> None:
    """``pipeline.stages.anonymise_stage`` in this process, each stage timed (read, detect,
    write, verify); its imports are timed as ``import``."""
    import tempfile

    _texts(review, rec)
    with rec.stage("import"):
        from pipeline import stages
    rec.wrap(stages, "open_anonymisation", "load")
    output = _timing_output(rec, "work")
    with tempfile.TemporaryDirectory() as out, output.stages("Anonymising") as progress:
        result = stages.anonymise_stage(
            review / "case.yaml", Path(out) / "anon", [review / "imrs"], progress
        )
        refused = f"refused: {len(result.leaks)} known identifier(s) survived"
        rec.set(status=refused if result.leaks else "ok")


def build(review: Path, rec: Record, *, pdf: bool = True) -> None:
    """``scr build review`` in process (``--no-pdf`` when not ``pdf``), each stage timed."""
    import anonymiser.batch
    import anonymiser.verify
    import pipeline.documents_build
    from pipeline import build as b

    _texts(review, rec)
    for name in (
        "load_review",
        "open_anonymisation",
        "chronology_views",
        "write_chronology",
        "_genogram",
        "write_manifest",
        "zip_folder",
    ):
        rec.wrap(b, name)
    rec.wrap(b, "_pdfs", "wait_for_pdfs")  # LibreOffice runs in the background from the IMRs on
    rec.wrap(b, "_anonymised_imrs", "anonymise_imrs")
    rec.wrap(pipeline.documents_build, "build_documents")
    _count_leaks_and_go_on(rec, anonymiser.verify, anonymiser.batch)
    prefix = "Anonymising IMRs: "  # the build's progress for the anonymiser's own stages
    with _timing_output(rec, "anonymise_imrs").stages("") as timed:
        result = b.run_build(
            review,
            lambda stage, done, total: (
                timed(stage.removeprefix(prefix), done, total) if stage.startswith(prefix) else None
            ),
            pdf=pdf,
        )
    refusal = b.refused_pack(result)
    if refusal is not None:
        rec.set(status=f"refused: {refusal}".splitlines()[0][:200])
    else:
        rec.set(
            status="ok"
            if not rec.data.get("leaks")
            else f"timed through: the leak scans found {rec.data['leaks']} identifier(s); "
            "scr itself would have refused the pack"
        )


def _count_leaks_and_go_on(rec: Record, *modules) -> None:
    """Time every leak scan; count what it finds but let the build go on, so every stage is timed."""
    original = modules[0].scan

    def scan(paths, ids, **options):
        with rec.stage("leak_scan"):
            leaks = original(paths, ids, **options)
        rec.set(leaks=rec.data.get("leaks", 0) + len(leaks))
        return []

    for module in modules:
        module.scan = scan


def _timing_output(rec: Record, parent: str):
    """An Output whose progress reports become stage times (read, detect, write, verify)."""
    from pipeline.console import Output

    class TimingOutput(Output):
        current: tuple[str, float] | None = None

        @contextmanager
        def stages(self, what):
            def report(stage, done, total):
                if self.current and self.current[0] != stage:
                    self._close()
                if not self.current:
                    self.current = (stage, time.perf_counter())

            yield report
            self.finish()

        def _close(self):
            name, began = self.current
            key = f"{parent}/{name}"
            rec.data["stages"][key] = round(
                rec.data["stages"].get(key, 0) + time.perf_counter() - began, 3
            )
            self.current = None
            rec.save()

        def finish(self):
            if self.current:
                self._close()

    return TimingOutput(quiet=True)


def _texts(review: Path, rec: Record) -> list[str]:
    """The benchmark's own reading of the text: timed (and its CPU seconds kept) so that the
    figures of every measure leave it out."""
    before = _own_cpu()
    with rec.stage("extract_text"):
        texts = imr_texts(review / "imrs")
    cpu = _own_cpu() - before
    rec.set(
        words=word_count(texts),
        paragraphs=len(texts),
        chars=sum(map(len, texts)),
        cpu_extract_s=round(cpu, 2),
    )
    return texts


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def build_nopdf(review: Path, rec: Record) -> None:
    """``scr build --no-pdf review``: the build without LibreOffice."""
    build(review, rec, pdf=False)


MEASURES = {
    "ner": ner,
    "presidio": presidio,
    "anonymise": anonymise,
    "anonymise_in_process": anonymise_in_process,
    "build_nopdf": build_nopdf,
    "build": build,
}


def main(argv: list[str]) -> int:
    what, review, out = argv[1], Path(argv[2]), Path(argv[3])
    rec = Record(out, what)
    rec.set(load_average_at_start=os.getloadavg()[0])  # a shared machine: how busy it was
    MEASURES[what](review, rec)
    rec.set(load_average_at_end=os.getloadavg()[0])
    if rec.data["status"] == "running":
        rec.set(status="ok")
    rec.save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
