"""Time scr on a large fictional review against the limits: spaCy NER alone and plain Presidio.

``.venv/bin/python benchmarks/run.py [--quick] [--budget 600]``. For each size (a quarter, a
half, then the full ~300,000 words) it writes the review with make_large_review.py and runs four
measurements, each in its own process (so each has its own peak memory): ``ner``, ``presidio``,
``anonymise`` and ``build`` (see measure.py). It prints words per second, the ratios, the cost
per 10,000 words at each size and PASS/FAIL for the targets, and writes benchmarks/results.json.
Measurements are stopped when the time budget runs out; what they finished is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
MEASURES = ("ner", "presidio", "anonymise", "build_nopdf", "build")
SYNTHETIC_MEASURES = ("ner", "presidio", "anonymise")  # one Word file: no review to build
SIZES = (0.25, 0.5, 1.0)
SYNTHETIC = "synthetic"  # the Word file of Presidio's synthetic sentences
MB_LIMIT = 1536


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the quarter size only")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--budget", type=float, default=600, help="seconds for the whole run")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--report", type=Path, help="print the report of an earlier results file")
    parser.add_argument(
        "--measures",
        default=",".join(MEASURES),
        help="comma-separated measures to run (default: all): " + ", ".join(MEASURES),
    )
    parser.add_argument(
        "--no-synthetic",
        action="store_true",
        help="skip the Word file of Presidio's synthetic sentences (measured first otherwise)",
    )
    args = parser.parse_args(argv)
    measures = tuple(m for m in args.measures.split(",") if m)
    unknown = set(measures) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    if args.report:
        results = json.loads(args.report.read_text())
        results["summary"] = summarise(results["sizes"], results.get("synthetic"))
        print_report(results)
        return 0
    deadline = time.monotonic() + args.budget - 15
    sizes = SIZES[:1] if args.quick else SIZES
    results = {
        "date": date.today().isoformat(),
        "machine": _machine(),
        "seed": args.seed,
        "budget_s": args.budget,
        "sizes": {},
    }
    with tempfile.TemporaryDirectory(prefix="scr-bench-") as work:
        if not args.no_synthetic:
            folder = make_synthetic(Path(work) / "synthetic")
            results["synthetic"] = {
                what: _measure(what, folder, Path(work) / f"{what}-synthetic.json", deadline)
                for what in SYNTHETIC_MEASURES
                if what in measures
            }
            args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
        for scale in sizes:
            results["sizes"][str(scale)] = _run_size(
                Path(work), args.seed, scale, deadline, measures
            )
            args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    results["summary"] = summarise(results["sizes"], results.get("synthetic"))
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print_report(results)
    return 0


SYNTHETIC_COPIES = 3  # 3 x 14,809 words: the 44k-word file of issue 14


def make_synthetic(folder: Path, copies: int = SYNTHETIC_COPIES) -> Path:
    """A review folder of one Word file: Presidio's synthetic sentences (tests/data/
    ner_eval.jsonl, 14,809 words) one line a paragraph, written ``copies`` times (44,427
    words, as in issue 14: scr's memo analyses each distinct paragraph once, plain Presidio
    every one), and a case.yaml that lists nobody from them (net_through_word.py's)."""
    sys.path.insert(0, str(HERE))
    from net_through_word import CASE_YAML, lines_of, read_rows, write_docx

    (folder / "imrs").mkdir(parents=True)
    (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    write_docx(lines_of(read_rows()) * copies, folder / "imrs" / "sentences.docx")
    return folder


def _run_size(work: Path, seed: int, scale: float, deadline: float, measures=MEASURES) -> dict:
    review = work / f"review-{scale}"
    if time.monotonic() > deadline:
        return {m: {"status": "not run: time budget used up"} for m in measures}
    subprocess.run(
        [PYTHON, str(HERE / "make_large_review.py"), str(seed), str(review), "--scale", str(scale)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return {
        what: _measure(what, review, work / f"{what}-{scale}.json", deadline) for what in measures
    }


def _measure(what: str, review: Path, out: Path, deadline: float) -> dict:
    """One measurement in a child process, stopped at the deadline; its figures so far."""
    left = deadline - time.monotonic()
    if left <= 5:
        return {"status": "not run: time budget used up"}
    print(f"  {review.name}: {what} (up to {left:.0f} s)", file=sys.stderr, flush=True)
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    try:
        subprocess.run(
            [PYTHON, str(HERE / "measure.py"), what, str(review), str(out)],
            env=env,
            timeout=left,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        timed_out = False
    except subprocess.TimeoutExpired:
        timed_out = True
    data = json.loads(out.read_text()) if out.is_file() else {"stages": {}}
    if timed_out:
        data["status"] = "stopped: time budget used up (stages so far kept)"
    return data


def work_seconds(m: dict) -> float | None:
    """Seconds of the measured work, model loading included: the whole run less the benchmark's
    own text extraction; None if it did not finish."""
    if m.get("status") not in ("ok",) and not str(m.get("status", "")).startswith(
        ("refused", "timed")
    ):
        return None
    stages = m["stages"]
    if "cpu_extract_s" in m:  # since 2026-12-04: every measure is its whole process
        return m["total_s"] - stages.get("extract_text", 0)
    if m["what"] in ("ner", "presidio"):  # older runs: model load and work, not the imports
        return stages["load"] + stages["work"] if "work" in stages else None
    return m["total_s"] - stages.get("extract_text", 0)


def cpu_seconds(m: dict) -> float | None:
    """CPU seconds of the process and its children, less the benchmark's own text extraction."""
    if m.get("cpu_s") is None:
        return None
    return round(m["cpu_s"] - m.get("cpu_extract_s", 0), 2)


def _peak_mb(m: dict) -> int:
    """The sampled peak of the process tree; older runs only had ru_maxrss of self + children."""
    if "peak_mb_tree" in m:
        return round(m["peak_mb_tree"])
    return round(m["peak_mb_self"] + m["peak_mb_children"])


def summarise(sizes: dict, synthetic: dict | None = None) -> dict:
    """Words per second, cost per 10,000 words, ratios and targets, from the largest full size
    (and from the synthetic file, when it was measured)."""
    table, targets = {}, {}
    every = {**sizes, **({SYNTHETIC: synthetic} if synthetic else {})}
    for scale, runs in every.items():
        row = {}
        for what, m in runs.items():
            secs = work_seconds(m)
            if secs and m.get("words"):
                row[what] = {
                    "seconds": round(secs, 1),
                    "words": m["words"],
                    "words_per_s": round(m["words"] / secs),
                    "s_per_10k_words": round(secs / m["words"] * 10_000, 2),
                    "cpu_s": cpu_seconds(m),
                    "peak_mb": _peak_mb(m),
                }
        table[scale] = row

    def largest(*needed):  # the largest size at which every needed measure finished
        sizes = [s for s in table if s != SYNTHETIC and set(needed) <= table[s].keys()]
        return max(sizes, key=float) if sizes else None

    places = [largest("anonymise", "presidio")]
    if SYNTHETIC in table and {"anonymise", "presidio"} <= table[SYNTHETIC].keys():
        places.insert(0, SYNTHETIC)
    for at in [p for p in places if p]:
        row = table[at]
        ratio = row["anonymise"]["words_per_s"] / row["presidio"]["words_per_s"]
        where = "the synthetic file" if at == SYNTHETIC else f"size {at}"
        cpu = ""
        if row["anonymise"]["cpu_s"] and row["presidio"]["cpu_s"]:
            cpu = f" (CPU seconds: {row['presidio']['cpu_s'] / row['anonymise']['cpu_s']:.2f}x)"
        targets[f"anonymise >= 2x plain Presidio throughput ({where}){cpu}"] = (
            round(ratio, 2),
            ratio >= 2,
        )
    if not any(places):
        targets["anonymise >= 2x plain Presidio throughput"] = ("not measured", False)
    for what, limit, name in (
        ("build_nopdf", 2, "build without PDFs"),
        ("build", 3, "build with PDFs"),
    ):
        at = largest(what, "ner")
        if at:
            ratio = table[at][what]["seconds"] / table[at]["ner"]["seconds"]
            targets[f"{name} <= {limit}x NER-alone time (size {at})"] = (
                round(ratio, 2),
                ratio <= limit,
            )
        else:
            targets[f"{name} <= {limit}x NER-alone time"] = ("did not finish in the budget", False)
    peaks = [
        m["peak_mb"]
        for r in table.values()
        for w, m in r.items()
        if w in ("anonymise", "build", "build_nopdf")
    ]
    if peaks:
        targets["peak memory < 1.5 GB (process + largest child)"] = (
            max(peaks),
            max(peaks) < MB_LIMIT,
        )
    return {"per_size": table, "targets": targets}


def print_report(results: dict) -> None:
    summary = results["summary"]
    print(
        f"\nscr benchmark {results['date']} on {results['machine']['cpu']} "
        f"({results['machine']['cores']} cores), Python {results['machine']['python']}"
    )
    print(
        f"{'size':>9} {'measure':<11} {'words':>8} {'seconds':>8} {'words/s':>8} "
        f"{'s/10k w':>8} {'peak MB':>8} {'CPU s':>7}  status"
    )
    every = {**({SYNTHETIC: results["synthetic"]} if "synthetic" in results else {})}
    every.update(results["sizes"])
    for scale, runs in every.items():
        for what, m in runs.items():
            f = summary["per_size"].get(scale, {}).get(what)
            figures = (
                f"{f['words']:>8} {f['seconds']:>8} {f['words_per_s']:>8} "
                f"{f['s_per_10k_words']:>8} {f['peak_mb']:>8} {f['cpu_s']:>7}"
                if f
                else f"{'':>52}"
            )
            print(f"{scale:>9} {what:<11} {figures}  {m.get('status', '')[:70]}")
    print("\nstages (seconds, wall clock):")
    for scale, runs in results["sizes"].items():
        for what in ("anonymise", "build_nopdf", "build"):
            stages = runs.get(what, {}).get("stages", {})
            if stages:
                print(f"  {scale} {what}: " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    print("\ntargets:")
    for name, (value, ok) in summary["targets"].items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}: {value}")
    growth = [
        (s, r["anonymise"]["s_per_10k_words"])
        for s, r in summary["per_size"].items()
        if "anonymise" in r
    ]
    if growth:
        print(
            "scr anonymise cost per 10,000 words by size: "
            + ", ".join(f"{s}: {c} s" for s, c in growth)
        )


def _machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
    }


if __name__ == "__main__":
    raise SystemExit(main())
