"""Fit the safety net's person scorer and write person_scorer.json (issue 4.8).

Run from the repository root with the project venv, offline:
    TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" .venv/bin/python anonymiser/data/fit_person_scorer.py

Fits on material of our own (data/make_person_material.py: invented names in many sentence
frames), never on tests/data/ner_eval.jsonl, which only measures (tests/test_ner_quality.py,
benchmarks/net_through_word.py). Logistic regression by Newton's method with an L2 penalty,
numpy only; the threshold is the one with the best span-level F2 (at a precision of at least
MIN_PRECISION) on a second, differently seeded draw of the material. Word-vector centroids: spaCy md vectors of the name lists and of the 5,000
most frequent English words that are not names.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from anonymiser.data.make_person_material import material
from anonymiser.nlp import PersonNet, _merge, gazetteer, join_words, load_nlp, zipf
from anonymiser.scorer import FEATURES, WEIGHTS_FILE, Featuriser, Model

L2 = 1.0
ROWS, FIT_SEED, THRESHOLD_SEED = 6000, 13, 31
# The share of the name lists the featuriser is not told while fitting: a name of the material
# drawn from that share looks as a real name missing from our lists does (its own frequency
# and word vector, no list feature), so the scorer learns to find names it does not know.
HIDDEN = 0.35
# The threshold: best span F2 on the tuning draw among those whose precision there is at least
# this. The material's hard negatives (streets and companies named after people) make F2 alone
# choose a threshold that calls every street "Person N".
MIN_PRECISION = 0.85


def centroids() -> np.ndarray:
    """Unit centroids of first names, surnames and common words, from the md vectors."""
    from wordfreq import top_n_list

    nlp = load_nlp()
    first, last = gazetteer()
    common = [w for w in top_n_list("en", 5000) if w.isalpha() and w.capitalize() not in first]

    def centre(words) -> np.ndarray:
        rows = [nlp.vocab[w].vector for w in words if nlp.vocab.has_vector(w)]
        rows = [r / np.linalg.norm(r) for r in rows if np.linalg.norm(r)]
        mean = np.mean(rows, axis=0)
        return mean / np.linalg.norm(mean)

    return np.stack([centre(sorted(first)), centre(sorted(last)), centre(common)])


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression weights (Newton's method, L2 on all but the bias)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def score(rows, predictions) -> tuple[float, float, float]:
    """PERSON overlap recall, precision and F2 (as tests/test_ner_quality.py counts them)."""
    gold = [
        [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"] for r in rows
    ]

    def ov(a, b):
        return a[0] < b[1] and b[0] < a[1]

    hit_gold = sum(any(ov(g, p) for p in ps) for gs, ps in zip(gold, predictions) for g in gs)
    hit_pred = sum(any(ov(g, p) for g in gs) for gs, ps in zip(gold, predictions) for p in ps)
    recall = hit_gold / max(1, sum(map(len, gold)))
    precision = hit_pred / max(1, sum(map(len, predictions)))
    return recall, precision, 5 * precision * recall / max(1e-9, 4 * precision + recall)


def candidates(net: PersonNet, model: Model, rows: list[dict]):
    """Feature rows, labels and (row, start, end) of every candidate word of rows."""
    xs, ys, words = [], [], []
    for i, off, doc in net.docs([r["text"] for r in rows]):
        gold = [(s["start"], s["end"]) for s in rows[i]["spans"] if s["entity_type"] == "PERSON"]
        tokens = net.candidates(doc)
        if not tokens:
            continue
        xs.append(net.features.rows(doc, tokens, model.centroids))
        for t in tokens:
            start, end = off + t.idx, off + t.idx + len(t)
            ys.append(any(s < end and start < e for s, e in gold))
            words.append((i, start, end))
    return np.vstack(xs).astype(np.float64), np.array(ys, dtype=np.float64), words


def partial_lists(first: frozenset[str], last: frozenset[str]):
    """The name lists less a seeded share of each (HIDDEN)."""
    rng = random.Random(FIT_SEED)

    def less(names: frozenset[str]) -> frozenset[str]:
        ordered = sorted(names)
        return frozenset(rng.sample(ordered, round(len(ordered) * (1 - HIDDEN))))

    return less(first), less(last)


def main() -> None:
    train, tune = material(ROWS, FIT_SEED), material(ROWS // 2, THRESHOLD_SEED)
    model = Model(np.zeros(len(FEATURES)), 0.5, centroids())
    net = PersonNet(model)
    net.features = Featuriser(*partial_lists(net.first, net.last), zipf, net._ordinary)
    x, y, _ = candidates(net, model, train)
    weights = fit(x, y)
    tx, _, words = candidates(net, model, tune)
    probs = 1 / (1 + np.exp(-(tx @ weights)))
    curve = [
        score(tune, _predict(tune, words, probs, cut)) + (cut,)
        for cut in np.arange(0.05, 0.9, 0.01)
    ]
    best = max((r for r in curve if r[1] >= MIN_PRECISION), key=lambda r: r[2])
    recall, precision, f2, cut = best
    print(f"{len(y)} candidates, {int(y.sum())} in a person; tuning R {recall:.3f}", end=" ")
    print(f"P {precision:.3f} F2 {f2:.3f} at threshold {cut:.2f}")
    for name, w in sorted(zip(FEATURES, weights), key=lambda kv: -abs(kv[1])):
        print(f"  {name:26} {w:+.3f}")
    WEIGHTS_FILE.write_text(
        json.dumps(
            {
                "about": "Person scorer for anonymiser.nlp, fitted by fit_person_scorer.py on "
                "material written by make_person_material.py (never on the benchmark).",
                "features": list(FEATURES),
                "weights": {n: round(float(w), 5) for n, w in zip(FEATURES, weights)},
                "threshold": round(float(cut), 2),
                "centroids": np.round(model.centroids, 5).tolist(),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


def _predict(rows, words, probs, cut):
    chosen: list[list] = [[] for _ in rows]
    for (i, s, e), p in zip(words, probs):
        if p >= cut:
            chosen[i].append((s, e, p))
    return [[(s, e) for s, e, _ in _merge(join_words(r["text"], c))] for r, c in zip(rows, chosen)]


if __name__ == "__main__":
    main()
