"""Write a large fictional review for the benchmarks: the sample's family, twelve long IMRs.

Run ``.venv/bin/python benchmarks/make_large_review.py SEED OUTDIR [--scale 1.0]``. The same
seed and scale write the same bytes. At scale 1.0 each IMR has 320 chronology entries and the
twelve hold about 300,000 words; ``--scale 0.5`` and ``0.25`` make half and quarter sizes.
Every person, address, telephone number and identifier is invented (see samples/).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "samples")]

import yaml
from largereview.agencies import ADDED_STAFF, AGENCIES
from largereview.imr import Size, build
from sampledata.case_yaml import CASE_YAML
from sampledata.docbuild import save_deterministic
from sampledata.text import SECTIONS

ENTRIES = 320  # chronology entries per IMR at scale 1.0
PARAGRAPHS = 100  # analysis paragraphs per IMR at scale 1.0


def size_for(scale: float) -> Size:
    """Entries and paragraphs per IMR; never fewer than three entries, so every IMR reads."""
    return Size(max(3, round(ENTRIES * scale)), max(1, round(PARAGRAPHS * scale)))


def case_yaml() -> str:
    """The sample's case.yaml with the four added agencies and their staff."""
    case = yaml.safe_load(CASE_YAML)
    names = {a.short: a.name for a in AGENCIES}
    case["agencies"] = [
        {"name": a.name, "short": a.short, "imr": f"imrs/{a.file}"} for a in AGENCIES
    ]
    for name, role, short, aliases in ADDED_STAFF:
        entry = {"name": name, "role": role, "agency": names[short]}
        case["professionals"].append({**entry, "aliases": aliases} if aliases else entry)
    head = "# Large fictional review for scr's benchmarks; every name, address and number is invented.\n"
    return head + yaml.safe_dump(case, sort_keys=False, allow_unicode=True, width=120)


def write_review(seed: int, out: Path, scale: float = 1.0) -> list[Path]:
    """Write case.yaml, text/ and imrs/ into ``out``; returns the IMR paths."""
    (out / "imrs").mkdir(parents=True, exist_ok=True)
    (out / "text").mkdir(exist_ok=True)
    (out / "case.yaml").write_text(case_yaml(), encoding="utf-8")
    for name, body in SECTIONS.items():
        (out / "text" / name).write_text(body, encoding="utf-8")
    size, written = size_for(scale), []
    for agency in AGENCIES:
        path = out / "imrs" / agency.file
        save_deterministic(build(agency, seed, size), path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 full, 0.5 half, 0.25 quarter")
    args = parser.parse_args(argv)
    files = write_review(args.seed, args.outdir, args.scale)
    print(f"{len(files)} IMRs written to {args.outdir / 'imrs'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
