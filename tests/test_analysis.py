"""Issue 14: the case's own names and redact list are Presidio recognisers in the one registry,
conflicts are settled in one place, a review's text is analysed once, in several processes
with the same result, and the case's pattern is arranged for speed without changing a match."""

from __future__ import annotations

import re
from datetime import date

import pytest
from anonymising import pooled_analysis
from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer import AnonymizerEngine

from anonymiser import analysis
from anonymiser.analysis import CASE_NAME, KEPT, REDACTED, Analysis, CaseRecogniser
from anonymiser.conflicts import Candidate, non_overlapping
from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.memo import MemoAnonymiser
from anonymiser.narrow import dispatched
from anonymiser.recognisers import IDENTIFIERS
from anonymiser.records import CaseIdentifiers, Identity

PEOPLE = (
    Identity("person:child", "person", "Jayden Smith", pseudonym="Child A", born=date(2021, 5, 1)),
    Identity("person:mum", "person", "Kelly Ann Smith", pseudonym="Mother", born=date(1995, 2, 3)),
    Identity("professional:1", "professional", "Orla O'Brien", role="Social Worker"),
)
TEXTS = [
    "Kelly Ann Smith rang Orla O'Brien about Jayden.",
    "Tom Baker visited; NHS 943 476 5919 was noted.",
    "He drove the blue van to Mrs Smith's house.",
    "Nothing to see here.",
    "SMITH, Kelly attended with Jaydon.",
]


def ids(**kw) -> CaseIdentifiers:
    return CaseIdentifiers(
        PEOPLE, kept_names=("Helen Marsh",), incident=date(2024, 3, 3), redact=kw.pop("redact", ())
    )


@pytest.fixture(scope="module")
def engine():
    return Anonymiser(ids(redact=("the blue van",)), PseudonymKey(), ner=True)


def test_case_names_redact_list_and_kept_spans_are_one_recogniser_in_the_registry(engine):
    registry = engine._analysis.analyzer.registry
    [case] = [r for r in registry.recognizers if isinstance(r, CaseRecogniser)]
    assert {CASE_NAME, KEPT, REDACTED} <= set(case.supported_entities)
    found = AnalyzerEngine.analyze(
        engine._analysis.analyzer, "Helen Marsh met Kelly Ann Smith in the blue van.", "en"
    )
    kinds = {r.entity_type for r in found}
    assert {CASE_NAME, KEPT, REDACTED} <= kinds


def test_without_the_analyser_no_case_name_is_found(monkeypatch):
    """Bypass check: the case's own names are found through AnalyzerEngine, nowhere else."""
    text = "Kelly Ann Smith rang about Jayden."
    assert Anonymiser(ids(), PseudonymKey(), ner=False).anonymise([text]) == [
        "Mother rang about Child A."
    ]
    monkeypatch.setattr(AnalyzerEngine, "analyze", lambda self, *a, **k: [])
    assert Anonymiser(ids(), PseudonymKey(), ner=False).anonymise([text]) == [text]


def test_every_replacement_is_written_by_the_anonymizer_engine(monkeypatch):
    """Bypass check: what AnonymizerEngine's operators write is what the text gets."""
    original = AnonymizerEngine.anonymize

    def marked(self, text, analyzer_results, operators=None, **kw):
        result = original(self, text, analyzer_results, operators, **kw)
        for item in result.items:
            item.text = "{" + item.text + "}"
        return result

    monkeypatch.setattr(AnonymizerEngine, "anonymize", marked)
    [out] = Anonymiser(ids(), PseudonymKey(), ner=False).anonymise(["Kelly Ann Smith rang."])
    assert out == "{Mother} rang."


def test_case_names_win_over_the_net_as_whole_name_spans(engine):
    [found] = engine.find(["Mrs Kelly Ann Smith rang about Jayden."])
    assert [(f.text, f.detector, f.replacement) for f in found] == [
        ("Mrs Kelly Ann Smith", "case", "Mother"),
        ("Jayden", "case", "Child A"),
    ]
    # a relative named through a person is one mention of the relative (issue 13)
    [found] = engine.find(["Mrs Kelly Ann Smith's son Jayden rang."])
    assert [(f.text, f.detector, f.replacement) for f in found] == [
        ("Mrs Kelly Ann Smith's son Jayden", "case", "Child A"),
    ]


def test_conflicts_are_settled_in_one_order():
    rows = [
        (0, 15, "ner", "UNKNOWN_PERSON", None, 0.99),
        (0, 11, "case", None, object(), 1.0),  # shorter, but the case knows the name
        (5, 30, "pattern", "EMAIL", None, 0.5),  # an e-mail address is replaced whole
        (40, 45, "pattern", "PHONE", None, 0.9),
        (40, 50, "redact-list", "REDACTED", None, 1.0),
        (60, 70, "ner", "UNKNOWN_PERSON", None, 0.7),
        (60, 64, "ner", "UNKNOWN_PERSON", None, 0.9),  # among equals the longer wins
    ]
    cands = [Candidate(*row) for row in rows]
    chosen = {(c.start, c.end, c.detector) for c in non_overlapping(cands)}
    assert chosen == {(5, 30, "pattern"), (40, 50, "redact-list"), (60, 70, "ner")}
    chosen = {(c.start, c.end, c.detector) for c in non_overlapping(cands[:2])}
    assert chosen == {(0, 11, "case")}


def test_a_text_seen_twice_is_analysed_once(monkeypatch):
    asked: list[str] = []
    original = AnalyzerEngine.analyze

    def counted(self, text, *args, **kwargs):
        asked.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(AnalyzerEngine, "analyze", counted)
    memo = MemoAnonymiser(Anonymiser(ids(), PseudonymKey(), ner=False))
    memo.analyse_ahead(TEXTS[:3])
    first = memo.anonymise([TEXTS[0], TEXTS[0], TEXTS[3]])
    memo.find(TEXTS)
    assert sorted(asked) == sorted(TEXTS)  # each distinct text once, whatever the calls
    assert first[0].startswith("Mother rang Social Worker 1")


def test_the_analysis_memo_returns_what_a_fresh_analysis_finds():
    memoised = Analysis(IDENTIFIERS)
    memoised.analyse(TEXTS)
    assert memoised.analyse(TEXTS[::-1]) == Analysis(IDENTIFIERS).analyse(TEXTS[::-1])
    assert memoised.analysed == len(TEXTS)


def test_processes_give_what_one_process_gives(engine, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)  # many pieces, shared between processes
    texts = TEXTS * 3 + [f"Visit {n}: Kelly Smith and Tom Baker on 0{n}/03/2024." for n in range(9)]
    alone = engine._analysis.analyse_here(texts)
    pooled = pooled_analysis(engine, processes=2).analyse_in_processes(texts)
    assert pooled == alone
    assert any(found.hits for found in alone) and any(found.ner for found in alone)


FORMS = [
    "Kelly Ann Smith",
    "kelly",
    "KAS",
    "'Dean'",
    "Östen",
    "\u212aatie",  # a Kelvin sign, which stands for "k" when case is ignored
    "Smith",
    "9 Elm Road",
    "O'Brien",
    "Ka",
]
NAME_TEXTS = [
    "Kelly Ann Smith met KAS and 'Dean' with Östen, O\u2019Brien and Smith at 9 Elm Road.",
    "KELLY and kelly and Kelvin \u212aelly; Mrs Smith's son; .J saw it. Ka? Karl. Katie",
    "östen, ÖSTEN, osten; o'brien; kas; Kas; 9 elm road; SMITH'S",
    "",
]


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("forms", [FORMS, [*FORMS[:3], ".J", *FORMS[3:]]])
def test_the_dispatched_pattern_matches_exactly_what_the_plain_alternation_does(ignore_case, forms):
    alternatives = [
        (
            f"(?P<g{i}>(?i:{re.escape(f)}))"
            if ignore_case or i % 2
            else f"(?P<g{i}>{re.escape(f)})",
            f,
        )
        for i, f in enumerate(forms)
    ]
    head, tail = r"(?<![\w\-])(?P<title>(?:Mrs|Mr)\.?\s+)?", r"(?P<poss>'s)?(?![\w\-])"
    plain = re.compile(head + "(?:" + "|".join(a for a, _ in alternatives) + ")" + tail)
    fast = dispatched(head, tail, alternatives)
    for text in NAME_TEXTS:
        expected = [(m.span(), m.lastgroup, m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup, m.groupdict()) for m in fast.finditer(text)] == expected
    assert any(plain.finditer(NAME_TEXTS[0]))
    assert ("(?=(?i:k))" in fast.pattern) == (".J" not in forms)  # a dot first: plain


def test_a_worker_that_cannot_start_leaves_the_work_to_this_process(engine, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)
    texts = TEXTS * 4
    broken = Analysis(IDENTIFIERS, processes=2)
    broken._recipe = None  # the worker's start fails, so the pool breaks
    assert broken.analyse_in_processes(texts) == Analysis(IDENTIFIERS).analyse_here(texts)
