"""Timescales of the review (issue 6.6; Working Together 2010, 8.18-8.20).

The LSCB Chair should decide within one month of the referral whether to hold a review
(8.18); the review should be completed within six months of that decision unless another
date was agreed with the Government Office (8.19, 8.20), which case.yaml gives as
``review.due``.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from pipeline.case import Case
from pipeline.common import Problem

DECISION_WITHIN = relativedelta(months=1)
COMPLETION_WITHIN = relativedelta(months=6)
DUE_SOON_DAYS = 14


def due_date(case: Case) -> date | None:
    """Return the completion date: ``review.due`` if given, else decided + six months, else None."""
    review = case.review
    if review.due:
        return review.due
    return review.decided + COMPLETION_WITHIN if review.decided else None


def decision_on_time(case: Case) -> bool | None:
    """Tell whether the decision came within one month of the referral; None if a date is missing."""
    referred, decided = case.review.referred, case.review.decided
    if referred is None or decided is None:
        return None
    return decided <= referred + DECISION_WITHIN


def timescale_problems(case: Case, today: date) -> list[Problem]:
    """Return warnings about the 8.18-8.20 timescales as they stand on ``today``.

    A late decision, a completion date passed, or one within 14 days. Missing referral or
    decision dates are a warning too, since the timescales cannot then be shown.
    """
    return [*_decision_problems(case), *_completion_problems(case, today)]


def _decision_problems(case: Case) -> list[Problem]:
    referred, decided = case.review.referred, case.review.decided
    if referred is None or decided is None:
        missing = [
            key for key, value in (("referred", referred), ("decided", decided)) if value is None
        ]
        verb = "is" if len(missing) == 1 else "are"
        return [
            _warning(
                case,
                f"review.{missing[0]}",
                f"review.{' and review.'.join(missing)} {verb} not given, so the "
                "timescales (8.18, 8.19) cannot be checked",
                "Add the date the case came to the LSCB Chair's attention "
                "(referred) and the date the Chair decided to hold the review (decided).",
            )
        ]
    if decision_on_time(case):
        return []
    days = (decided - referred).days
    return [
        _warning(
            case,
            "review.decided",
            f"the decision to hold the review ({_day(decided)}) came {_days(days)} after "
            f"the referral ({_day(referred)}); 8.18 expects it within one month",
            "Check both dates; if they are right, explain the delay in the overview "
            "report's introduction.",
        )
    ]


def _completion_problems(case: Case, today: date) -> list[Problem]:
    due = due_date(case)
    if due is None:
        return []
    field = "review.due" if case.review.due else "review.decided"
    days = (due - today).days
    if days < 0:
        return [
            _warning(
                case,
                field,
                f"the review is overdue: it was due on {_day(due)}, {_days(-days)} ago",
                "If a later date has been agreed with the "
                "Government Office (8.19, 8.20), write it as review.due.",
            )
        ]
    if days <= DUE_SOON_DAYS:
        return [
            _warning(
                case,
                field,
                f"the review is due on {_day(due)}, in {_days(days)}",
                "If it cannot be completed by then, agree a new date with the "
                "Government Office (8.19, 8.20) and write it as review.due.",
            )
        ]
    return []


def timescale_summary(case: Case) -> list[tuple[str, str]]:
    """Return (label, value) rows for the pack; a missing date reads "not given"."""
    review, due = case.review, due_date(case)
    on_time = decision_on_time(case)
    days = (review.decided - review.referred).days if on_time is not None else None
    if review.due:
        due_note = "agreed date"
    else:
        due_note = "six months after the decision"
    return [
        ("Referred to the LSCB Chair", _day(review.referred)),
        ("Decision to hold the review", _day(review.decided)),
        ("Days from referral to decision", "not known" if days is None else str(days)),
        (
            "Decision within one month (8.18)",
            {True: "yes", False: "no", None: "not known"}[on_time],
        ),
        ("Completion due (8.19)", f"{_day(due)} ({due_note})" if due else "not known"),
    ]


def _warning(case: Case, field: str, message: str, advice: str) -> Problem:
    file = str(case.path) if case.path else "case.yaml"
    return Problem(file, field, message, advice, "warning")


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _day(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "not given"
