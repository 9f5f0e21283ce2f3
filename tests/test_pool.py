"""Issue 14 (speed): workers started early share the analysis and the leak scan with the same
result; the language model runs only the NER component, and finds what the whole pipeline does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from anonymising import pooled_analysis

from anonymiser import analysis, batch, pool
from anonymiser.analysis import Analysis, CaseRecogniser
from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.verify import scan

PEOPLE = (
    Identity("person:child", "person", "Jayden Smith", pseudonym="Child A", born=date(2021, 5, 1)),
    Identity("person:mum", "person", "Kelly Ann Smith", pseudonym="Mother", born=date(1995, 2, 3)),
    Identity("professional:1", "professional", "Orla O'Brien", role="Social Worker"),
)
IDS = CaseIdentifiers(PEOPLE, kept_names=("Helen Marsh",), incident=date(2024, 3, 3))
TEXTS = [
    "Kelly Ann Smith rang Orla O'Brien about Jayden.",
    "Tom Baker visited; NHS 943 476 5919 was noted.",
    "He drove the blue van to Mrs Smith's house with Priya Chaudhry.",
    "SMITH, Kelly attended with Jaydon.",
] + [f"Visit {n}: Kelly Smith and Tom Baker on 0{n}/03/2024." for n in range(1, 9)]


@pytest.fixture(scope="module")
def engine():
    return Anonymiser(IDS, PseudonymKey())


@pytest.fixture
def workers():
    with pool.running(count=1):
        yield pool.workers()
    assert pool.workers() == 0


def test_the_language_model_runs_the_ner_component_only():
    from anonymiser.nlp import load_nlp

    assert load_nlp().pipe_names == ["ner"]


def test_the_ner_only_model_finds_what_the_whole_pipeline_finds(engine):
    import spacy

    from anonymiser.nlp import model_path

    net = engine._analysis.net
    whole = spacy.load(model_path())
    assert {"parser", "tagger", "lemmatizer"} & set(whole.pipe_names)  # the parts left out
    for text in TEXTS:
        assert net.spans(net.nlp(text)) == net.spans(whole(text))
    assert any(net.spans(net.nlp(text)) for text in TEXTS)


def test_the_ner_only_model_without_its_strings_table_finds_the_same_entities():
    import spacy

    from anonymiser.nlp import load_nlp, model_path

    texts = [*TEXTS, "Dr Amara Okonkwo-Bright met PC 4471 Lewandowski at Flat 3, Eastgate."]
    whole = spacy.load(model_path())
    for ours, theirs in zip(load_nlp().pipe(texts), whole.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == [
            (e.start_char, e.end_char, e.label_) for e in theirs.ents
        ]
        assert [t.norm_ for t in ours] == [t.norm_ for t in theirs]
        assert all((a.vector == b.vector).all() for a, b in zip(ours, theirs, strict=True))
    assert len(load_nlp().vocab.strings) < len(whole.vocab.strings) / 10  # the table left out


def test_workers_are_as_many_as_the_machine_has_free_cores(monkeypatch):
    monkeypatch.delenv(pool.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(pool, "cores", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (1.0, 1.0, 1.0))  # this process only
    assert pool.spare_cores() == 1
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (3.5, 3.0, 3.0))  # a busy machine
    assert pool.spare_cores() == 0
    monkeypatch.setenv(pool.WORKERS_VARIABLE, "1")  # told
    assert pool.spare_cores() == 1


def test_no_worker_on_a_busy_machine_and_the_same_result(engine, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)
    monkeypatch.setenv(pool.WORKERS_VARIABLE, "0")
    shared = Analysis(engine._analysis._recipe[0])  # processes not told: the machine decides
    assert shared.analyse_in_processes(TEXTS) == shared.analyse_here(TEXTS)
    assert pool.workers() == 0


def test_workers_started_early_are_used_and_left_running(engine, workers, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)  # many pieces, shared between processes
    alone = engine._analysis.analyse_here(TEXTS)
    shared = pooled_analysis(engine, processes=2)
    assert shared.analyse_in_processes(TEXTS) == alone
    assert pool.workers() == workers  # still running: the command that started them stops them
    assert any(found.hits for found in alone) and any(found.ner for found in alone)


def test_a_pool_started_for_one_batch_is_stopped_after_it(engine, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)
    shared = Analysis(engine._analysis._recipe[0], processes=2)
    assert shared.analyse_in_processes(TEXTS) == shared.analyse_here(TEXTS)
    assert pool.workers() == 0


def _leaky_folder(tmp_path: Path) -> Path:
    from docx import Document

    folder = tmp_path / "out"
    for n, text in enumerate(["Kelly Ann Smith was seen.", "Nothing here.", "Orla O'Brien rang."]):
        (folder / f"sub{n % 2}").mkdir(parents=True, exist_ok=True)
        doc = Document()
        doc.add_paragraph(text)
        doc.save(str(folder / f"sub{n % 2}" / f"f{n}.docx"))
    return folder


def test_the_shared_leak_scan_finds_what_one_scan_finds(tmp_path, workers):
    folder = _leaky_folder(tmp_path)
    expected = scan([folder], IDS)
    assert len({leak.file for leak in expected}) == 2  # two of the three files leak
    assert batch.scan_shared(folder, IDS) == expected


def test_the_leak_scan_without_workers_is_the_plain_scan(tmp_path):
    folder = _leaky_folder(tmp_path)
    assert pool.workers() == 0
    assert batch.scan_shared(folder, IDS) == scan([folder], IDS)


def test_only_a_large_batch_starts_workers_before_reading(tmp_path):
    from docx import Document

    small, large = tmp_path / "small.docx", tmp_path / "large.docx"
    Document().save(str(small))
    doc = Document()
    for n in range(10_000):
        doc.add_paragraph(f"Paragraph {n} of a long report about the family and the visits.")
    doc.save(str(large))
    assert not pool.worth_workers([small])
    assert pool.worth_workers([large])
    assert not pool.worth_workers([tmp_path / "missing.docx"])
    assert pool.worth_workers([tmp_path])  # a folder: its Word files


def _shared(engine) -> Analysis:
    return Analysis(
        engine._analysis._recipe[0],
        engine._analysis.net,
        (),
        CaseRecogniser(*engine._analysis._recipe[2], engine._analysis.net.is_name),
        processes=2,
    )


def test_texts_handed_to_the_workers_early_give_the_same_result(engine, workers, monkeypatch):
    monkeypatch.setattr(analysis, "PIECE_CHARS", 60)
    alone = engine._analysis.analyse_here(TEXTS)
    shared = _shared(engine)
    assert shared.prefetch(TEXTS[:6]) == 6
    assert shared.prefetch(TEXTS[:6]) == 0  # handed over once
    assert shared.analyse(TEXTS) == alone
    assert shared.analysed == len(TEXTS) and not shared._pending
    later = _shared(engine)
    later.prefetch(TEXTS)
    assert later.analyse(TEXTS[3:5]) == alone[3:5]  # a part first, the rest afterwards
    assert later.analyse(TEXTS) == alone


def test_without_workers_nothing_is_handed_over(engine):
    assert pool.workers() == 0
    shared = _shared(engine)
    assert shared.prefetch(TEXTS) == 0
    assert shared.analyse(TEXTS[:3]) == engine._analysis.analyse_here(TEXTS[:3])


def test_without_context_words_no_keywords_are_made_and_the_findings_are_the_same(
    engine, monkeypatch
):
    nlp_engine = engine._analysis.analyzer.nlp_engine
    assert nlp_engine.keywords is False  # no recogniser of the registry has context words
    lean = next(nlp_engine.process_batch(TEXTS[:1], "en"))[1]
    assert lean.keywords == [] and lean.tokens is not None and lean.entities
    lean_found = engine._analysis.analyse_here(TEXTS)
    monkeypatch.setattr(nlp_engine, "keywords", True)
    assert next(nlp_engine.process_batch(TEXTS[:1], "en"))[1].keywords  # Presidio's own
    assert engine._analysis.analyse_here(TEXTS) == lean_found
