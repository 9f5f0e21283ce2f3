"""The flags' statistical model: a logistic regression over ``features``, weights kept as data.

The rules in ``rules`` are precise but only know the phrases they were written for. When no
rule decides a flag, this model gives the most likely value from the entry's words, word
families, negation and who stands next to whom. Its weights live in ``weights.json``,
learned by ``chronology.flags.training`` from our labelled sets and the train and dev families of
the blind sets (never their test families); they are read once.

Each flag has three classes: "yes", "no" and "" (not known). ``predict`` returns the most likely
one with its probability and the feature that pushed hardest towards it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("weights.json")
CLASSES = ("yes", "no", "")
CONFIDENT = 0.7  # below this the model's "yes" or "no" is not taken (chosen on flags_heldout.csv)


@dataclass(frozen=True)
class Estimate:
    value: str  # "yes" | "no" | ""
    probability: float
    strongest: str  # the feature that added most to the chosen class, e.g. "SUBJ<F:sight"


@dataclass(frozen=True)
class FlagModel:
    bias: tuple[float, ...]  # one per class, in CLASSES order
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class

    def predict(self, found: set[str]) -> Estimate:
        scores = list(self.bias)
        best_push: list[tuple[float, str]] = [(0.0, "")] * len(CLASSES)
        for feature in found:
            row = self.weights.get(feature)
            if row is None:
                continue
            for k, w in enumerate(row):
                scores[k] += w
                if w > best_push[k][0]:
                    best_push[k] = (w, feature)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        k = max(range(len(CLASSES)), key=lambda i: scores[i])
        return Estimate(CLASSES[k], exps[k] / sum(exps), best_push[k][1])


@lru_cache(maxsize=1)
def models() -> dict[str, FlagModel]:
    """Read the learned weights; an empty dict when the file is missing (rules alone then)."""
    if not WEIGHTS.exists():
        return {}
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {
        flag: FlagModel(tuple(m["bias"]), {f: tuple(w) for f, w in m["weights"].items()})
        for flag, m in data["flags"].items()
    }
