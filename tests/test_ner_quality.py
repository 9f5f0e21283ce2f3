"""Measure the safety net on tests/data/ner_eval.jsonl (presidio-evaluator, en_GB, seeded).

Only the net counts: an EMPTY case, NER on. Prints PERSON recall, precision and F2 for scr and
for vanilla Presidio (md model, default config), on a development half and a held-out half
split by template id (even ids develop, odd ids are held out), so tuning on one cannot reward
overfitting the templates. Targets: recall >= 0.95 with precision >= 0.85 on the held-out half;
not reached yet: the asserted floors below are what the net reaches today on the held-out half.
"""

import json
import os
import time
from pathlib import Path

import pytest

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.nlp import model_path
from anonymiser.records import CaseIdentifiers

DATA = Path(__file__).parent / "data" / "ner_eval.jsonl"
# Held-out half, today: 0.983 / 0.693 (F2 0.907; it was 0.927 / 0.801, F2 0.899, when the
# scorer was fitted on the development half). The scorer is now fitted on our own material
# (anonymiser/data/make_person_material.py), so neither half tunes it; the precision lost is
# mostly street and company names made of person names ("Via Pasquale Scura", "Kristensen
# Throughway"), which an address or an organisation in a real record also is.
RECALL_FLOOR, PRECISION_FLOOR = 0.95, 0.68

pytestmark = pytest.mark.slow


def score(rows, predictions):
    """PERSON overlap recall, precision and F2 over all rows."""

    def ov(a, b):
        return a[0] < b[1] and b[0] < a[1]

    gold = [
        [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"] for r in rows
    ]
    hit_gold = sum(any(ov(g, p) for p in ps) for gs, ps in zip(gold, predictions) for g in gs)
    hit_pred = sum(any(ov(g, p) for g in gs) for gs, ps in zip(gold, predictions) for p in ps)
    recall = hit_gold / max(1, sum(map(len, gold)))
    precision = hit_pred / max(1, sum(map(len, predictions)))
    f2 = 5 * precision * recall / max(1e-9, 4 * precision + recall)
    return recall, precision, f2


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def scr_predictions(texts):
    net = Anonymiser(CaseIdentifiers((), ()), PseudonymKey(), ner=True)
    return [
        [(f.start, f.end) for f in found if f.kind == "UNKNOWN_PERSON"] for found in net.find(texts)
    ]


def vanilla_predictions(texts):
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    conf_path = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_path.read_text())
    conf["models"] = [{"lang_code": "en", "model_name": model_path()}]
    engine = AnalyzerEngine(
        nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
        supported_languages=["en"],
    )
    results = BatchAnalyzerEngine(engine).analyze_iterator(texts, language="en", batch_size=64)
    return [[(r.start, r.end) for r in rs if r.entity_type == "PERSON"] for rs in results]


def halves(rows):
    """Deterministic split by template id: (development, held out)."""
    dev = [i for i, r in enumerate(rows) if r["template_id"] % 2 == 0]
    held = [i for i, r in enumerate(rows) if r["template_id"] % 2 == 1]
    return dev, held


def test_person_net_quality(rows, capsys):
    texts = [r["text"] for r in rows]
    timings, numbers = {}, {}
    for name, predict in (("scr", scr_predictions), ("vanilla", vanilla_predictions)):
        start = time.perf_counter()
        predictions = predict(texts)
        timings[name] = time.perf_counter() - start
        for half, idx in zip(("dev", "held-out"), halves(rows), strict=True):
            numbers[name, half] = score([rows[i] for i in idx], [predictions[i] for i in idx])
    with capsys.disabled():
        for (name, half), (r, p, f2) in numbers.items():
            print(
                f"\n{name:8} {half:8} PERSON recall {r:.3f} precision {p:.3f} F2 {f2:.3f}"
                f" ({timings[name]:.1f} s for all {len(texts)} texts)"
            )
    recall, precision, _ = numbers["scr", "held-out"]
    assert recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR
    assert recall > numbers["vanilla", "held-out"][0]


def test_halves_split_by_template(rows):
    dev, held = halves(rows)
    assert not {rows[i]["template_id"] for i in dev} & {rows[i]["template_id"] for i in held}
    assert len(dev) + len(held) == len(rows)


@pytest.mark.parametrize(
    "rows_, preds, expected",
    [
        (
            [{"spans": [{"start": 0, "end": 4, "entity_type": "PERSON"}]}],
            [[(0, 2)]],
            (1.0, 1.0, 1.0),
        ),
        (
            [{"spans": [{"start": 0, "end": 4, "entity_type": "PERSON"}]}],
            [[(5, 7)]],
            (0.0, 0.0, 0.0),
        ),
    ],
)
def test_score(rows_, preds, expected):
    assert score(rows_, preds) == pytest.approx(expected)


# -- the same sentences THROUGH `scr anonymise` on a Word file (benchmarks/net_through_word.py) --

# held-out half, today: whole names 0.931 (268/288), 1 fragment, other words lost 0.006
WHOLE_FLOOR, FRAGMENTS_CEILING, LOST_CEILING = 0.93, 1, 0.01


def through_word_module():
    import importlib.util
    import sys

    if "net_through_word" in sys.modules:
        return sys.modules["net_through_word"]
    path = Path(__file__).parent.parent / "benchmarks" / "net_through_word.py"
    spec = importlib.util.spec_from_file_location("net_through_word", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["net_through_word"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_net_through_word_file(rows, capsys):
    scores = through_word_module().measure(rows)
    with capsys.disabled():
        print("\n" + "\n".join(s.line(half) for half, s in scores.items()))
    held = scores["held-out"]
    _, held_rows = halves(rows)
    gold = [s for i in held_rows for s in rows[i]["spans"] if s["entity_type"] == "PERSON"]
    assert held.persons == len(gold)  # every name is scored, none lost in the Word file
    assert held.recall >= WHOLE_FLOOR
    assert held.fragments <= FRAGMENTS_CEILING
    assert held.lost <= LOST_CEILING


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Person 1 met Bob.", (1, 0, 0, 0)),  # whole name gone, "met" kept
        ("Aurora Person 1 met Bob.", (0, 1, 0, 0)),  # a fragment beside the pseudonym
        ("Aurora Salisbury met Bob.", (0, 0, 1, 0)),  # missed
        ("Person 1 Bob.", (1, 0, 0, 1)),  # "met" lost
    ],
)
def test_word_measure_scores_whole_names(after, expected):
    m = through_word_module()
    line = m.Line(0, "Aurora Salisbury met Bob.", [(0, 16, "PERSON"), (21, 24, "LOCATION")])
    s = m.score([line], [after], lambda r: True)
    assert (s.whole, s.fragments, s.missed, s.other_lost) == expected
    assert s.other_words == 1
