"""Presidio as the analysis engine (issue 14): one registry, one analyser, one anonymiser.

Every detector the product runs on plain text is a Presidio ``EntityRecognizer`` in ONE
``RecognizerRegistry``: the case's own names, their misspellings, the redact list and the
spans the case keeps (``CaseRecogniser``), the UK identifiers (``anonymiser.recognisers``), the
event dates of the publication profile, the person safety net (``anonymiser.nlp``) and a
board's own patterns (``board_recogniser``, from ``case.yaml``). ``AnalyzerEngine`` runs them
over an NLP engine that is spaCy md with the NER component only (the one pipe the net reads),
loaded from the vendored model (Presidio never downloads); ``BatchAnalyzerEngine`` runs it
over every text of a batch in one ``nlp.pipe``.

``Analysis.analyse`` keeps a memo, so a text seen twice in a review is analysed once, and
shares a large batch between this process and one worker per further core (``processes``).
What is found in a text depends on nothing but the text, so the result is the same in any
number of processes, in the order given.

The replacement each finding gets is written by a Presidio ``Operator`` (``CaseLabel``) run by
``AnonymizerEngine``. The one place where the product departs from Presidio's own conflict
resolution is ``anonymiser.conflicts``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

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
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as Span
from presidio_anonymizer.operators import Operator, OperatorType

from anonymiser.attribution import join_inverted
from anonymiser.board import BoardPattern
from anonymiser.matcher import CaseMatcher, Hit
from anonymiser.pool import cores
from anonymiser.recognisers import Recogniser
from anonymiser.records import Finding

LANGUAGE = "en"
PERSON = "UNKNOWN_PERSON"
CASE_NAME = "CASE_NAME"  # a form of one of the case's identities; its Hit says whose
KEPT = "KEPT"  # kept as written: panel members, the keep list, scr's own labels
REDACTED = "REDACTED"  # the case's redact list
BATCH = 64
LABEL_OPERATOR = "case_label"
PIECE_CHARS = 20_000  # the work handed to one process at a time
POOL_CHARS = 200_000  # below this, starting a worker costs more than it saves
Span2 = tuple[int, int]


class Analysed(NamedTuple):
    """What the recognisers found in one text, by kind; each list in text order."""

    ner: list[tuple[int, int, float]]  # the safety net's unknown people
    patterns: list[tuple[int, int, str, float]]  # identifiers and board patterns
    hits: list[Hit]  # the case's own names, whole-name spans
    kept: list[Span2]  # spans nothing may be taken from
    redact: list[Span2]  # the redact list


class ScrNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over our own already-loaded md pipeline (NER only)."""

    def __init__(self, nlp=None, *, keywords: bool = True):
        from anonymiser.nlp import load_nlp, model_path

        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": model_path()}])
        self.nlp = {LANGUAGE: nlp if nlp is not None else load_nlp()}
        self.keywords = keywords

    def load(self) -> None:  # already loaded: never spacy.load by name, never download
        return None

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        """Presidio's artifacts of a doc; without ``keywords``, without the lemmas and the
        keywords made of them (a stop-word look-up per word), which only the context step
        reads: for a registry whose recognisers have no context words (``NoContext``)."""
        if self.keywords:
            return super()._doc_to_nlp_artifact(doc, language)
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


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


class CaseRecogniser(EntityRecognizer):
    """The case's own names (every form of every identity, and near misspellings of its name
    parts), its redact list, and what it keeps as written (reported as ``KEPT``).

    A name inside a kept span is no hit; a misspelling is looked for only outside the exact
    hits and the kept spans; "CORRIGAN, Natasha" is one hit. ``is_known_name`` says a word is
    a known first name or surname (so somebody else, not a misspelling).
    """

    def __init__(
        self,
        matcher: CaseMatcher,
        kept: Sequence[re.Pattern | None] = (),
        redact: re.Pattern | None = None,
        is_known_name: Callable[[str], bool] | None = None,
    ):
        self.matcher, self.kept, self.redact = matcher, tuple(k for k in kept if k), redact
        self.is_known_name = is_known_name or _no_name
        super().__init__(
            supported_entities=[CASE_NAME, KEPT, REDACTED],
            name="scr case",
            supported_language=LANGUAGE,
        )

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        kept = [(m.start(), m.end()) for rx in self.kept for m in rx.finditer(text)]
        out = [RecognizerResult(KEPT, s, e, 1.0) for s, e in kept]
        if self.redact is not None:
            out += [
                RecognizerResult(REDACTED, m.start(), m.end(), 1.0)
                for m in self.redact.finditer(text)
            ]
        hits = [h for h in self.matcher.hits(text) if not shadowed(h, kept)]
        taken = [(h.start, h.end) for h in hits] + kept
        hits += self.matcher.fuzzy_hits(text, taken, self.is_known_name)
        hits = join_inverted(text, sorted(hits, key=_at))
        return out + [
            RecognizerResult(
                CASE_NAME, h.start, h.end, h.confidence, recognition_metadata={"hit": h}
            )
            for h in hits
        ]


def shadowed(hit: Hit, kept: list[Span2]) -> bool:
    """Inside a kept span; an initial also when it only touches one ("GP." of a kept "GP")."""
    if any(s <= hit.start and hit.end <= e for s, e in kept):
        return True
    return hit.kind == "initials" and any(s < hit.end and hit.start < e for s, e in kept)


def _no_name(word: str) -> bool:
    return False


def _at(hit: Hit) -> tuple[int, int]:
    return hit.start, -hit.end


class NoContext(ContextAwareEnhancer):
    """Presidio's context step for a registry whose recognisers have no context words: it
    would change no score, and its default copies every finding of every text."""

    def __init__(self):
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


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
    """The analyser the product runs, for one case: one registry, one ``AnalyzerEngine``.

    ``case``: the case's own recogniser (None: identifiers only); ``net``: the safety net
    (None: no language model at all); ``processes``: how many processes a large batch may use,
    this one and ``processes - 1`` workers (default: the cores this process may run on).
    """

    def __init__(
        self,
        recognisers: Sequence[Recogniser],
        net=None,
        board: Sequence[BoardPattern] = (),
        case: CaseRecogniser | None = None,
        *,
        processes: int | None = None,
    ):
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        if case is not None:
            registry.add_recognizer(case)
        for r in recognisers:
            registry.add_recognizer(IdentifierRecogniser(r))
        for extra in board:
            registry.add_recognizer(board_recogniser(extra))
        if net is not None:
            registry.add_recognizer(PersonRecogniser(net))
        self.net = net
        context = any(getattr(r, "context", None) for r in registry.recognizers)
        nlp_engine = ScrNlpEngine(net.nlp, keywords=context) if net is not None else NoNlpEngine()
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=None if context else NoContext(),
        )
        self.batch = BatchAnalyzerEngine(self.analyzer)
        self.processes = max(1, processes or cores())
        self._told = processes is not None  # else as many as the machine has free (pool)
        self.analysed = 0  # texts that went through the analyser (the memo's test reads it)
        self._memo: dict[str, Analysed] = {}
        self._pending: dict[str, tuple] = {}  # text -> (future, piece) handed to a worker
        self._packed_recipe: tuple[str, bytes] | None = None
        # what a worker needs to make the same analyser (no language model, no callables)
        self._recipe = (
            tuple(recognisers),
            tuple(board),
            None if case is None else (case.matcher, case.kept, case.redact),
            net is not None,
        )

    def prefetch(self, texts: Sequence[str]) -> int:
        """Hand texts to the running workers now, before the batch that holds them is asked
        for (the batch reads file after file: the workers start on the first while this
        process reads the next). Returns how many were handed over (none without workers).

        ``analyse`` takes their results; what a worker has not started by then is cancelled and
        analysed with the rest, so the result is the same whether a worker ran or not.
        """
        from anonymiser import pool

        if not pool.workers():
            return 0
        fresh = [t for t in dict.fromkeys(texts) if t not in self._memo and t not in self._pending]
        if not fresh:
            return 0
        digest, blob = self._packed()
        for piece in _pieces(fresh, PIECE_CHARS):
            future = pool.submit(_work, digest, blob, piece)
            self._pending.update((t, (future, piece)) for t in piece)
        return len(fresh)

    def analyse(self, texts: Sequence[str]) -> list[Analysed]:
        """What was found in each text; a text analysed before is not analysed again."""
        running = self._cancel_pending(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo and t not in running))
        if missing:
            self.analysed += len(missing)
            if self._processes() > 1 and sum(map(len, missing)) >= POOL_CHARS:
                found = self.analyse_in_processes(missing)
            else:
                found = self.analyse_here(missing)
            self._memo.update(zip(missing, found, strict=True))
        self._collect(running)
        return [self._memo[t] for t in texts]

    def _cancel_pending(self, texts: Sequence[str]) -> dict[str, tuple]:
        """The prefetched pieces among texts that a worker has started (kept, to collect after
        this process's own share); the rest are cancelled and become this batch's again."""
        running: dict[str, tuple] = {}
        for text in texts:
            held = self._pending.get(text)
            if held is None or text in running:
                continue
            future, piece = held
            for t in piece:
                self._pending.pop(t, None)
            if not future.cancel():
                running.update((t, held) for t in piece)
        return running

    def _collect(self, running: dict[str, tuple]) -> None:
        """The results of the started prefetched pieces; a piece whose worker failed is
        analysed here."""
        for future, piece in {id(h[0]): h for h in running.values()}.values():
            self.analysed += len(piece)
            self._memo.update(zip(piece, self._piece(piece, future), strict=True))

    def _packed(self) -> tuple[str, bytes]:
        from anonymiser import pool

        if self._packed_recipe is None:
            self._packed_recipe = pool.packed(self._recipe)
        return self._packed_recipe

    def analyse_in_processes(self, texts: Sequence[str]) -> list[Analysed]:
        """``analyse_here`` shared with the workers (``anonymiser.pool``); results in the order
        given. Workers already started (early, by the command) are used; otherwise they are
        started for this batch and stopped after it.

        The workers take pieces from the end and this process from the start, so they meet
        wherever the work is best shared; a piece no worker has started is done here, and so
        is every piece of a worker that could not start or died (the result is the same).
        """
        from anonymiser import pool

        pieces = _pieces(list(texts), PIECE_CHARS)
        started_here = not pool.workers()
        if started_here and not pool.start_workers(self._processes() - 1):
            return self.analyse_here(texts)
        try:
            digest, blob = self._packed()
            futures = {
                i: pool.submit(_work, digest, blob, pieces[i]) for i in reversed(range(len(pieces)))
            }
            out: list[Analysed] = []
            for i, piece in enumerate(pieces):
                out += self._piece(piece, futures[i])
        finally:
            if started_here:
                pool.stop_workers()
        return out

    def _processes(self) -> int:
        """This process and the workers running or that may start (``anonymiser.pool``)."""
        from anonymiser import pool

        if self._told:
            return self.processes
        return 1 + (pool.workers() or pool.spare_cores())

    def _piece(self, piece: list[str], future) -> list[Analysed]:
        if future.cancel():
            return self.analyse_here(piece)
        try:
            return future.result()
        except Exception:  # noqa: BLE001  a worker that failed or died: done here, where a
            return self.analyse_here(piece)  # real error is raised again

    def analyse_here(self, texts: Sequence[str]) -> list[Analysed]:
        """One batch in this process, without the memo."""
        results = self.batch.analyze_iterator(list(texts), language=LANGUAGE, batch_size=BATCH)
        return [_by_kind(found) for found in results]


def _by_kind(found: list[RecognizerResult]) -> Analysed:
    ner, patterns, hits, kept, redact = [], [], [], [], []
    for r in found:
        if r.entity_type == PERSON:
            ner.append((r.start, r.end, r.score))
        elif r.entity_type == CASE_NAME:
            hits.append(r.recognition_metadata["hit"])
        elif r.entity_type == KEPT:
            kept.append((r.start, r.end))
        elif r.entity_type == REDACTED:
            redact.append((r.start, r.end))
        else:
            patterns.append((r.start, r.end, r.entity_type, r.score))
    return Analysed(
        sorted(ner), sorted(patterns), sorted(hits, key=_at), sorted(kept), sorted(redact)
    )


def _pieces(texts: list[str], chars: int) -> list[list[str]]:
    out: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if size >= chars:
            out.append([])
            size = 0
        out[-1].append(text)
        size += len(text)
    return out


def from_recipe(recipe, net) -> Analysis:
    """A worker's own analyser, made from the parent's recipe, over the worker's own safety
    net (``net``, loaded when the worker started; made here when it is None)."""
    recognisers, board, case, with_net = recipe
    if not with_net:
        net = None
    elif net is None:
        from anonymiser.nlp import PersonNet

        net = PersonNet()
    if case is not None:
        matcher, kept, redact = case
        case = CaseRecogniser(matcher, kept, redact, net.is_name if net else None)
    return Analysis(recognisers, net, board, case, processes=1)


def _work(digest: str, blob: bytes, texts: list[str]) -> list[Analysed]:
    """One piece, in a worker."""
    from anonymiser.pool import analysis_for

    return analysis_for(digest, blob).analyse_here(texts)


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
