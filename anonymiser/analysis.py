"""Presidio as the analysis engine (issue 14): one registry, one analyser, one anonymiser.

Every detector the product runs on plain text is a Presidio ``EntityRecognizer`` in ONE
``RecognizerRegistry``: the UK identifiers (``anonymiser.recognisers``), the event dates of the
publication profile, the person safety net (``anonymiser.nlp``) and a board's own patterns
(``extra`` below, from ``case.yaml``). ``AnalyzerEngine`` runs them over an NLP engine that is
spaCy md with the NER component only, loaded from the vendored model (Presidio never
downloads); ``BatchAnalyzerEngine`` runs it over every text of a call in one ``nlp.pipe``.

The replacement each finding gets is written by a Presidio ``Operator`` (``CaseLabel``) run by
``AnonymizerEngine``. The one place where the product departs from Presidio's own conflict
resolution is ``Anonymiser._choose`` (``anonymiser.engine``): the redact list, then the case's
own names (whole-name spans), then identifiers, then the net, longer spans first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # never the network

from presidio_analyzer import (
    AnalyzerEngine,
    BatchAnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpEngine, SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as Span
from presidio_anonymizer.operators import Operator, OperatorType

from anonymiser.board import BoardPattern
from anonymiser.recognisers import Recogniser
from anonymiser.records import Finding

LANGUAGE = "en"
PERSON = "UNKNOWN_PERSON"
BATCH = 64
LABEL_OPERATOR = "case_label"


class ScrNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over our own already-loaded md pipeline (NER only)."""

    def __init__(self, nlp=None):
        from anonymiser.nlp import load_nlp, model_path

        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": model_path()}])
        self.nlp = {LANGUAGE: nlp if nlp is not None else load_nlp()}

    def load(self) -> None:  # already loaded: never spacy.load by name, never download
        return None


class NoNlpEngine(NlpEngine):
    """For a run without the safety net: pattern recognisers need no language model."""

    def load(self) -> None:
        return None

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str):
        return None

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False, **kw):
        for text in texts:
            yield str(text), None

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]


class IdentifierRecogniser(EntityRecognizer):
    """One UK identifier (NHS number, NI number, phone, postcode, address, DOB, date...)."""

    def __init__(self, recogniser: Recogniser):
        self.recogniser = recogniser
        super().__init__(
            supported_entities=[recogniser.kind],
            name=f"scr {recogniser.kind}",
            supported_language=LANGUAGE,
        )

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return [
            RecognizerResult(kind, s, e, score) for s, e, kind, score in self.recogniser.find(text)
        ]


class PersonRecogniser(EntityRecognizer):
    """The safety net: unknown people from the NER doc Presidio's NLP engine made."""

    def __init__(self, net):
        self.net = net
        super().__init__(
            supported_entities=[PERSON], name="scr person net", supported_language=LANGUAGE
        )

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        from anonymiser.nlp import _merge

        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return [
            RecognizerResult(PERSON, s, e, p)
            for s, e, p in _merge(self.net.spans(nlp_artifacts.tokens))
        ]


def board_recogniser(extra: BoardPattern) -> PatternRecognizer:
    """A board's pattern as Presidio's own ``PatternRecognizer``."""
    re.compile(extra.pattern)  # a bad pattern is caught when the case is read, not here
    return PatternRecognizer(
        supported_entity=extra.entity,
        name=f"board {extra.entity}",
        patterns=[Pattern(extra.entity, extra.pattern, extra.score)],
        supported_language=LANGUAGE,
    )


class CaseLabel(Operator):
    """Writes the label the case gives a span (pseudonym, "Person N", role number, "[address]",
    month-only date, age); the label was chosen by ``Anonymiser`` and is passed in the params."""

    def operate(self, text: str, params: dict | None = None) -> str:
        return params["label"]

    def validate(self, params: dict | None = None) -> None:
        if not params or not isinstance(params.get("label"), str):
            raise ValueError("case_label needs a label")

    def operator_name(self) -> str:
        return LABEL_OPERATOR

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


@cache
def anonymizer_engine() -> AnonymizerEngine:
    engine = AnonymizerEngine()
    engine.add_anonymizer(CaseLabel)
    return engine


class Analysis:
    """The analyser and the anonymiser the product runs, for one case."""

    def __init__(self, recognisers: Sequence[Recogniser], net=None, board=()):
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        for r in recognisers:
            registry.add_recognizer(IdentifierRecogniser(r))
        for extra in board:
            registry.add_recognizer(board_recogniser(extra))
        if net is not None:
            registry.add_recognizer(PersonRecogniser(net))
        self.net = net
        nlp_engine = ScrNlpEngine(net.nlp) if net is not None else NoNlpEngine()
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]
        )
        self.batch = BatchAnalyzerEngine(self.analyzer)

    def analyse(self, texts: Sequence[str]) -> list[tuple[list, list]]:
        """(person spans, identifier spans) per text, from one batch over all texts."""
        results = self.batch.analyze_iterator(list(texts), language=LANGUAGE, batch_size=BATCH)
        out = []
        for found in results:
            ner = [(r.start, r.end, r.score) for r in found if r.entity_type == PERSON]
            patterns = [
                (r.start, r.end, r.entity_type, r.score) for r in found if r.entity_type != PERSON
            ]
            out.append((sorted(ner), sorted(patterns)))
        return out


def operate(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with their replacement written by Presidio's ``AnonymizerEngine``."""
    if not findings:
        return list(findings)
    names = [f"F{n}" for n in range(len(findings))]
    result = anonymizer_engine().anonymize(
        text,
        [Span(n, f.start, f.end, f.confidence) for n, f in zip(names, findings, strict=True)],
        {
            n: OperatorConfig(LABEL_OPERATOR, {"label": f.replacement})
            for n, f in zip(names, findings, strict=True)
        },
    )
    written = {item.entity_type: item.text for item in result.items}
    return [replace(f, replacement=written[n]) for n, f in zip(names, findings, strict=True)]
