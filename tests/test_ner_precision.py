"""Measure the safety net on IMR-style text: tests/data/imr_sentences.jsonl (invented).

Chronology and narrative sentences from police logs, GP and health visiting notes, social work,
housing, probation, education and ED records, with Word style names (styles.xml is anonymised
too). Gold spans are the people named (every name counts, as the case here is EMPTY); the
acronyms, system names, sentence-initial common words and role words must not be tagged.
Prints PERSON recall and precision (overlap, as tests/test_ner_quality.py counts them) and the
misses, and asserts both floors.
"""

import json
from pathlib import Path

import pytest

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.nlp import NOT_PERSONS, STYLE_WORDS
from anonymiser.person_rules import code_like, style_name
from anonymiser.records import CaseIdentifiers

DATA = Path(__file__).parent / "data" / "imr_sentences.jsonl"
RECALL_FLOOR, PRECISION_FLOOR = 0.90, 0.90

PREFIXES = NOT_PERSONS["name prefixes"]


@pytest.mark.parametrize(
    "word, code",
    [
        ("BBR", True),
        ("OASys", True),
        ("RoSH", True),
        ("SystmOne", True),
        ("nDelius", True),
        ("S47", True),
        ("KOWALCZYK", True),
        ("McAllister", False),
        ("MacLeod", False),
        ("O'Neill", False),
        ("LeBlanc", False),
        ("DeSouza", False),
        ("Parkinson-Shaw", False),
        ("Tyler", False),
    ],
)
def test_code_like(word, code):
    assert code_like(word, PREFIXES) is code


@pytest.mark.parametrize(
    "text, style",
    [
        ("Footer Char", True),
        ("Subtitle", True),
        ("Heading 2 Char", True),
        ("Grid Table 4 Accent 1", True),
        ("Default Paragraph Font", True),
        ("Tom Baker", False),
        ("Title Tom", False),
        ("", False),
    ],
)
def test_style_name(text, style):
    assert style_name(text, STYLE_WORDS) is style


@pytest.fixture(scope="module")
def net():
    return Anonymiser(CaseIdentifiers((), ()), PseudonymKey(), ner=True)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, persons",
    [
        ("Bail conditions ended.", []),
        ("Ward informed of CP plan.", []),
        ("Said he is 'back with Chan'.", ["Chan"]),
        ("Decision: single assessment.", []),
        ("Agreed by the Board's SCR sub-group.", []),
        ("Leaflet for Northshire Women's Aid given.", []),
        ("Brookfield YOS were told.", []),
        ("Referred to Brookfield YOS and Westmoor CAMHS.", []),
        ("Gray and Williams reviewed the plan.", ["Gray", "Williams"]),
        ("Name: Ginger E Kamps", ["Ginger E Kamps"]),
        ("Attended two BBR sessions; RoSH medium; OASys done.", []),
        ("LAR/027/0824", []),
        ("pointed at a toy figure and said 'Dadd", []),
        ("Subtitle Char", []),
        ("Ward Sister Jean Marsh said Tyler was quiet.", ["Jean Marsh", "Tyler"]),
        ("Neighbour Rose Barlow rang.", ["Rose Barlow"]),
        ("Hussain and Mills were there.", ["Hussain", "Mills"]),
        ("My name is Brenda P Lemon.", ["Brenda P Lemon"]),
        ("Arrested: Ryan HARGREAVES.", ["Ryan HARGREAVES"]),
        ("Outreach worker Callum MacLeod visited.", ["Callum MacLeod"]),
    ],
)
def test_persons_in_imr_lines(net, text, persons):
    [found] = net.find([text])
    assert [f.text for f in found if f.kind == "UNKNOWN_PERSON"] == persons


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def predictions(rows, net):
    found = net.find([r["text"] for r in rows])
    return [[(f.start, f.end) for f in fs if f.kind == "UNKNOWN_PERSON"] for fs in found]


def score(rows, predictions):
    """PERSON overlap recall, precision and F2 over all rows (as tests/test_ner_quality.py)."""
    false, missed = misses(rows, predictions)
    n_gold = sum(len(r["spans"]) for r in rows)
    n_pred = sum(map(len, predictions))
    recall = 1 - len(missed) / max(1, n_gold)
    precision = 1 - len(false) / max(1, n_pred) if n_pred else 0.0
    return recall, precision, 5 * precision * recall / max(1e-9, 4 * precision + recall)


def misses(rows, predictions):
    """(false persons, missed names) as texts, for the report."""

    def ov(a, b):
        return a[0] < b[1] and b[0] < a[1]

    false, missed = [], []
    for r, ps in zip(rows, predictions, strict=True):
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"]
        false += [r["text"][p[0] : p[1]] for p in ps if not any(ov(p, g) for g in gold)]
        missed += [r["text"][g[0] : g[1]] for g in gold if not any(ov(p, g) for p in ps)]
    return false, missed


def test_the_set_is_big_and_mixed(rows):
    assert len(rows) >= 200
    assert sum(bool(r["spans"]) for r in rows) >= 80
    assert sum(not r["spans"] for r in rows) >= 80


@pytest.mark.slow
def test_person_net_on_imr_sentences(rows, predictions, capsys):
    recall, precision, f2 = score(rows, predictions)
    false, missed = misses(rows, predictions)
    with capsys.disabled():
        print(
            f"\nimr sentences PERSON recall {recall:.3f} precision {precision:.3f} F2 {f2:.3f}"
            f"\n  false persons: {false}\n  missed: {missed}"
        )
    assert recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR
