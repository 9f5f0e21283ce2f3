"""Generate tests/data/ner_eval.jsonl once, from presidio-evaluator's templates (en_GB, seeded).

Run in a throwaway venv, never the project's (presidio-evaluator pulls transformers):
    python3 -m venv /tmp/evalvenv && /tmp/evalvenv/bin/pip install presidio-evaluator
    /tmp/evalvenv/bin/python tests/data/make_ner_eval.py tests/data/ner_eval.jsonl
Every name is invented by Faker; the output is byte-identical with Faker 40.x and evaluator 0.3.2.
"""

import datetime as _dt
import json
import random
import sys

from faker.providers import BaseProvider
from presidio_evaluator.data_generator import PresidioSentenceFaker
from presidio_evaluator.data_generator.presidio_sentence_faker import (
    presidio_additional_entity_providers,
)

N = 1000
SEED = 42
GOLD_MAP = {"GPE": "LOCATION", "DOMAIN_NAME": "URL"}


class FixedDateTimeProvider(BaseProvider):
    """Faker's date_time() follows the wall clock; pin the range."""

    def date_time(self, tzinfo=None, end_datetime=None):
        return self.generator.date_time_between(
            start_date=_dt.datetime(1970, 1, 1), end_date=_dt.datetime(2025, 1, 1), tzinfo=tzinfo
        )


class OfflineHospitalProvider(BaseProvider):
    """The shipped HospitalProvider queries WikiData over HTTP; use invented names instead."""

    def hospital_name(self):
        return self.random_element(
            [
                "Northshire General Hospital",
                "St Anne's Children's Hospital",
                "Riverside Infirmary",
                "Eastfield Community Hospital",
                "Westbrook Royal Hospital",
            ]
        )


def unescape_newlines(text, spans):
    """Templates hold a literal backslash-n; make it a newline and shift offsets."""
    new, mapping, i = [], {}, 0
    while i < len(text):
        mapping[i] = len(new)
        if text.startswith("\\n", i):
            new.append("\n")
            mapping[i + 1] = len(new)
            i += 2
        else:
            new.append(text[i])
            i += 1
    mapping[len(text)] = len(new)
    return "".join(new), [
        dict(sp, start=mapping[sp["start"]], end=mapping[sp["end"]]) for sp in spans
    ]


def main(out: str) -> None:
    random.seed(SEED)  # the person table is drawn before random_seed applies
    providers = [
        p for p in presidio_additional_entity_providers if p.__name__ != "HospitalProvider"
    ]
    faker = PresidioSentenceFaker(
        locale="en_GB",
        lower_case_ratio=0.05,
        random_seed=SEED,
        entity_providers=providers + [OfflineHospitalProvider],
    )
    faker.add_provider(FixedDateTimeProvider)
    faker.seed(SEED)
    samples = faker.generate_new_fake_sentences(num_samples=N)
    with open(out, "w", encoding="utf-8") as f:
        for s in samples:
            spans = [
                {
                    "start": sp.start_position,
                    "end": sp.end_position,
                    "entity_type": GOLD_MAP.get(sp.entity_type, sp.entity_type),
                }
                for sp in s.spans
            ]
            text, spans = unescape_newlines(s.full_text, spans)
            for sp in spans:
                sp["value"] = text[sp["start"] : sp["end"]]  # values may be lower-cased; re-read
            row = {
                "text": text,
                "spans": sorted(spans, key=lambda d: d["start"]),
                "template_id": s.template_id,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
