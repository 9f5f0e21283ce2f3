"""Measure the person safety net THROUGH `scr anonymise` on a Word file (issue 13).

Presidio's synthetic sentences (tests/data/ner_eval.jsonl) are written one line a paragraph
into one Word file; a case.yaml that lists nobody from them is written beside it; the product
anonymises the file as a user would (``anonymise_stage``, what ``scr anonymise`` runs); the
output paragraphs are read back and lined up word by word with the input (difflib).

Per gold PERSON span, over its words:
- **whole**: every word replaced (the recall that counts: nothing of the name is left);
- **fragment**: some words replaced and some left ("Aurora Person 46");
- **missed**: no word replaced.
**other words lost**: words outside every gold span (of any entity type) that did not survive.
The sentences are split by template id (even ids: development, odd: held out), as in
tests/test_ner_quality.py; tune on the development half only.

    .venv/bin/python benchmarks/net_through_word.py [--show dev|held-out] [--limit N]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ner_eval.jsonl"
WORD = re.compile(r"\w+")
CASE_YAML = """\
review:
  reference: NER-EVAL-1
  board: Eval Safeguarding Children Board
  subject: child-a
  period: {from: 2024-01-01, to: 2024-12-31}
  incident: 2024-12-01
panel:
  chair: {name: Quorra Vantablack, role: Independent Chair}
  members: []
  overview_author: {name: Quorra Vantablack, role: Independent overview author}
people:
  - id: child-a
    name: Zebulon Quartermaine
    sex: male
    born: 2020-01-01
    pseudonym: Child A
"""


@dataclass
class Line:
    """One paragraph of the Word file: the row it came from and the gold spans inside it."""

    row: int
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, entity type), offsets in this line


@dataclass
class Score:
    whole: int = 0
    fragments: int = 0
    missed: int = 0
    other_words: int = 0
    other_lost: int = 0
    misses: list[str] = field(default_factory=list)
    lost_words: list[str] = field(default_factory=list)

    @property
    def persons(self) -> int:
        return self.whole + self.fragments + self.missed

    @property
    def recall(self) -> float:
        return self.whole / max(1, self.persons)

    @property
    def lost(self) -> float:
        return self.other_lost / max(1, self.other_words)

    def line(self, name: str) -> str:
        return (
            f"{name:8} PERSON whole {self.recall:.3f} ({self.whole}/{self.persons}), "
            f"fragments {self.fragments}, missed {self.missed}, "
            f"other words lost {self.lost:.3f} ({self.other_lost}/{self.other_words})"
        )


def read_rows(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def half_of(row: dict) -> str:
    return "dev" if row["template_id"] % 2 == 0 else "held-out"


def lines_of(rows: list[dict]) -> list[Line]:
    """Every non-empty line of every row, with the gold spans that fall inside it."""
    out = []
    for n, row in enumerate(rows):
        offset = 0
        for text in row["text"].split("\n"):
            end = offset + len(text)
            if text.strip():
                spans = [
                    (
                        max(s["start"], offset) - offset,
                        min(s["end"], end) - offset,
                        s["entity_type"],
                    )
                    for s in row["spans"]
                    if s["start"] < end and offset < s["end"]
                ]
                out.append(Line(n, text, spans))
            offset = end + 1
    return out


def write_docx(lines: list[Line], path: Path) -> None:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line.text)
    doc.save(str(path))


def anonymise(lines: list[Line], work: Path, profile: str = "submission") -> list[str]:
    """The lines as `scr anonymise` writes them (one Word file, one paragraph a line)."""
    from docx import Document

    from pipeline.stages import anonymise_stage

    (work / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    source = work / "in" / "sentences.docx"
    source.parent.mkdir()
    write_docx(lines, source)
    out_dir = work / "out"
    anonymise_stage(work / "case.yaml", out_dir, [source], None, profile=profile)
    written = [p.text for p in Document(str(out_dir / source.name)).paragraphs]
    if len(written) != len(lines):
        raise SystemExit(f"{len(lines)} paragraphs went in and {len(written)} came out")
    return written


def kept_words(before: str, after: str) -> tuple[list[re.Match], set[int]]:
    """The words of before, and the indexes of those that survive in after."""
    words = list(WORD.finditer(before))
    a = [w.group(0) for w in words]
    b = WORD.findall(after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    kept = {blk.a + k for blk in matcher.get_matching_blocks() for k in range(blk.size)}
    return words, kept


def score(lines: list[Line], written: list[str], which) -> Score:
    """Score the lines whose row passes ``which``."""
    out = Score()
    for line, after in zip(lines, written, strict=True):
        if not which(line.row):
            continue
        words, kept = kept_words(line.text, after)
        in_span = set()
        for s, e, kind in line.spans:
            idx = [i for i, w in enumerate(words) if w.start() < e and s < w.end()]
            in_span.update(idx)
            if kind != "PERSON" or not idx:
                continue
            left = [i for i in idx if i in kept]
            if not left:
                out.whole += 1
                continue
            if len(left) == len(idx):
                out.missed += 1
            else:
                out.fragments += 1
            out.misses.append(f"{line.text[s:e]!r:32} in {line.text!r}\n{'':35}-> {after!r}")
        others = [i for i in range(len(words)) if i not in in_span]
        out.other_words += len(others)
        out.other_lost += sum(i not in kept for i in others)
        out.lost_words += [
            f"{words[i].group(0)!r:20} in {line.text!r}" for i in others if i not in kept
        ]
    return out


def measure(rows: list[dict], profile: str = "submission") -> dict[str, Score]:
    """{"dev": Score, "held-out": Score} for the rows, through `scr anonymise`."""
    lines = lines_of(rows)
    with tempfile.TemporaryDirectory() as tmp:
        written = anonymise(lines, Path(tmp), profile)
    return {
        half: score(lines, written, lambda r, half=half: half_of(rows[r]) == half)
        for half in ("dev", "held-out")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("dev", "held-out"), help="print that half's misses")
    parser.add_argument("--limit", type=int, help="only the first N sentences")
    parser.add_argument("--profile", default="submission", choices=("submission", "publication"))
    args = parser.parse_args(argv)
    rows = read_rows()[: args.limit]
    scores = measure(rows, args.profile)
    if args.show:
        for miss in scores[args.show].misses:
            print(miss)
        for lost in scores[args.show].lost_words:
            print("lost", lost)
    for half, s in scores.items():
        print(s.line(half))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
