"""Timescales 8.18-8.20: a late decision, a completion date passed or close, the pack's rows."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.case import Case, PanelMember, Review
from pipeline.timescales import due_date, timescale_problems, timescale_summary

D = date.fromisoformat


def make_case(referred: str | None, decided: str | None, due: str | None = None) -> Case:
    review = Review(
        "R-1",
        "Board",
        "child",
        referred=referred and D(referred),
        decided=decided and D(decided),
        due=due and D(due),
    )
    chair = PanelMember("Chair", "Chair")
    return Case(review, chair, chair)


PROBLEMS = [
    # (name, referred, decided, due, today, [(field, words), ...])
    ("all in time", "2026-01-05", "2026-01-28", None, "2026-03-01", []),
    ("decision exactly one month later", "2026-01-05", "2026-02-05", None, "2026-03-01", []),
    (
        "decision a day late",
        "2026-01-05",
        "2026-02-06",
        None,
        "2026-03-01",
        [("review.decided", "(6 February 2026) came 32 days after the referral (5 January 2026)")],
    ),
    (
        "decision missing",
        "2026-01-05",
        None,
        None,
        "2026-03-01",
        [("review.decided", "review.decided is not given")],
    ),
    (
        "both dates missing",
        None,
        None,
        None,
        "2026-03-01",
        [("review.referred", "review.referred and review.decided are not given")],
    ),
    (
        "due in 14 days",
        "2026-01-05",
        "2026-01-28",
        None,
        "2026-07-14",
        [("review.decided", "due on 28 July 2026, in 14 days")],
    ),
    ("due in 15 days", "2026-01-05", "2026-01-28", None, "2026-07-13", []),
    (
        "due today",
        "2026-01-05",
        "2026-01-28",
        None,
        "2026-07-28",
        [("review.decided", "in 0 days")],
    ),
    (
        "overdue",
        "2026-01-05",
        "2026-01-28",
        None,
        "2026-08-02",
        [("review.decided", "overdue: it was due on 28 July 2026, 5 days ago")],
    ),
    ("agreed later date not yet due", "2026-01-05", "2026-01-28", "2026-12-01", "2026-08-02", []),
    (
        "agreed date overdue",
        "2026-01-05",
        "2026-01-28",
        "2026-12-01",
        "2026-12-02",
        [("review.due", "due on 1 December 2026, 1 day ago")],
    ),
    (
        "late and overdue",
        "2026-01-05",
        "2026-03-01",
        None,
        "2026-10-01",
        [("review.decided", "55 days after"), ("review.decided", "overdue")],
    ),
]


@pytest.mark.parametrize(
    "name,referred,decided,due,today,expected", PROBLEMS, ids=[row[0] for row in PROBLEMS]
)
def test_timescale_warnings(name, referred, decided, due, today, expected):
    problems = timescale_problems(make_case(referred, decided, due), D(today))
    assert [(p.place, p.severity) for p in problems] == [(f, "warning") for f, _ in expected]
    for problem, (_, words) in zip(problems, expected, strict=True):
        assert words in problem.message and problem.advice


@pytest.mark.parametrize(
    "decided,due,expected",
    [
        ("2026-01-28", None, "2026-07-28"),
        ("2026-08-31", None, "2027-02-28"),
        ("2026-01-28", "2026-09-30", "2026-09-30"),
        (None, None, None),
    ],
)
def test_due_date_is_six_months_after_the_decision_unless_agreed(decided, due, expected):
    found = due_date(make_case("2026-01-05", decided, due))
    assert found == (D(expected) if expected else None)


@pytest.mark.parametrize(
    "referred,decided,due,rows",
    [
        (
            "2026-01-05",
            "2026-01-28",
            None,
            {
                "Referred to the LSCB Chair": "5 January 2026",
                "Decision to hold the review": "28 January 2026",
                "Days from referral to decision": "23",
                "Decision within one month (8.18)": "yes",
                "Completion due (8.19)": "28 July 2026 (six months after the decision)",
            },
        ),
        (
            "2026-01-05",
            "2026-03-01",
            "2026-12-01",
            {
                "Days from referral to decision": "55",
                "Decision within one month (8.18)": "no",
                "Completion due (8.19)": "1 December 2026 (agreed date)",
            },
        ),
        (
            None,
            None,
            None,
            {
                "Referred to the LSCB Chair": "not given",
                "Days from referral to decision": "not known",
                "Decision within one month (8.18)": "not known",
                "Completion due (8.19)": "not known",
            },
        ),
    ],
)
def test_timescale_summary_rows(referred, decided, due, rows):
    summary = dict(timescale_summary(make_case(referred, decided, due)))
    assert len(summary) == 5
    assert {label: summary[label] for label in rows} == rows
