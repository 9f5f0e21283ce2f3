"""Regenerate the bundled sample review: ``samples/review/`` (case.yaml, imrs/*.docx, text/*.md).

Run ``.venv/bin/python samples/make_sample.py [OUTDIR]``; OUTDIR defaults to ``samples/review``.
The output is deterministic: the same script writes the same bytes every time.
Every person, address, telephone number and identifier in the sample is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sampledata.case_yaml import CASE_YAML

HERE = Path(__file__).resolve().parent


def imr_builders():
    """The (file name, builder) pairs, imported lazily so case.yaml is written even if one fails."""
    from sampledata import imrs

    return imrs.BUILDERS


def write_case(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "case.yaml").write_text(CASE_YAML, encoding="utf-8")


def write_text(out: Path) -> None:
    from sampledata.text import SECTIONS

    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in SECTIONS.items():
        (folder / name).write_text(body, encoding="utf-8")


def write_imrs(out: Path) -> None:
    from sampledata.docbuild import save_deterministic

    folder = out / "imrs"
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in imr_builders():
        save_deterministic(build(), folder / name)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "review"
    write_case(out)
    write_text(out)
    write_imrs(out)
    print(f"sample review written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
