"""The person scorer's material is our own (issue 13): invented names in our frames, never the
benchmark's sentences, and the spans it labels are the names."""

import json
from pathlib import Path

from anonymiser.data.make_person_material import TITLED, material
from anonymiser.scorer import WEIGHTS_FILE

BENCHMARK = Path(__file__).parent / "data" / "ner_eval.jsonl"


def test_the_material_is_the_same_for_a_seed_and_differs_across_seeds():
    assert material(50, 13) == material(50, 13)
    assert material(50, 13) != material(50, 31)


def test_no_row_of_the_material_is_a_benchmark_sentence():
    bench = {json.loads(line)["text"] for line in BENCHMARK.read_text("utf-8").splitlines()}
    assert not bench & {row["text"] for row in material(3000)}


def test_a_span_is_a_name_with_no_title_and_rows_without_a_person_exist():
    rows = material(800)
    spans = [row["text"][s["start"] : s["end"]] for row in rows for s in row["spans"]]
    assert spans and all(s[:1].isupper() and s == s.strip() for s in spans)
    assert not any(TITLED.match(s) for s in spans)
    assert sum(not row["spans"] for row in rows) >= len(rows) // 10


def test_the_scorer_was_fitted_on_the_material_not_on_the_benchmark():
    about = json.loads(WEIGHTS_FILE.read_text("utf-8"))["about"]
    assert "make_person_material" in about and "ner_eval" not in about
