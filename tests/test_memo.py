"""The per-run cache of findings: each distinct text is detected once, results unchanged."""

from __future__ import annotations

from anonymiser.memo import MemoAnonymiser
from anonymiser.records import Finding


class CountingDetector:
    """Replaces 'Kelly' with 'Mother' and records every text it is asked about."""

    def __init__(self):
        self.asked: list[str] = []
        self.review_items = []

    def find(self, texts, where=None):
        self.asked += list(texts)
        return [
            [
                Finding(i, i + 5, "Kelly", "PERSON", "case", "Mother")
                for i in range(len(t))
                if t.startswith("Kelly", i)
            ]
            for t in texts
        ]


def test_each_distinct_text_reaches_the_engine_once():
    engine = CountingDetector()
    memo = MemoAnonymiser(engine)
    memo.find(["Kelly rang.", "Nothing here.", "Kelly rang."])
    memo.find(["Kelly rang.", "New text"])
    assert engine.asked == ["Kelly rang.", "Nothing here.", "New text"]


def test_anonymise_works_line_by_line_and_shares_lines_with_paragraphs():
    engine = CountingDetector()
    memo = MemoAnonymiser(engine)
    memo.find(["Kelly rang.", "Visit made."])
    assert memo.anonymise(["Kelly rang.\nVisit made.", "Kelly"]) == [
        "Mother rang.\nVisit made.",
        "Mother",
    ]
    assert engine.asked == ["Kelly rang.", "Visit made.", "Kelly"]


def test_anonymised_output_is_known_clean_and_not_detected_again():
    engine = CountingDetector()
    memo = MemoAnonymiser(engine)
    [out] = memo.anonymise(["Kelly rang."])
    assert memo.find([out]) == [[]]
    assert engine.asked == ["Kelly rang."]
