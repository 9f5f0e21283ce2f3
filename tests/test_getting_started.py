"""A new user's first steps (issue 17.1, 17.2): scr init, a first scr check, dates in case.yaml."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.case.loader import read_case, write_template
from pipeline.check import check_review

SCR = Path(sys.executable).with_name("scr")
TEMPLATE_NAMES = {
    "XSCB-SCR-2026-01": "BSCB-SCR-2026-07",
    "Exampleshire Local Safeguarding Children Board": "Brookshire LSCB",
    "Dr Alex Example": "Dr Ann Chair",
    "Sam Sample": "Raj Member",
    "Robin Placeholder": "Una Author",
    "Jordan Example": "Kit Brook",
    "Casey Example": "Lee Brook",
    "Drew Sample": "Max Field",
    "Morgan Placeholder": "Sol Stone",
    "1 Example Street, Sampletown ZZ1 1ZZ": "4 Oak Lane, Brookton BR1 2CD",
    "Pat Specimen": "Ola Worker",
    "Exampleshire Children's Social Care": "Brookshire Children's Social Care",
    "Exampleshire Police": "Brookshire Police",
    "Example Road Nursery": "Oak Lane Nursery",
}


def filled_in(folder: Path, **changes: str) -> Path:
    """Write the init template with every example value replaced, then ``changes`` applied."""
    write_template(folder)
    path = folder / "case.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in {**TEMPLATE_NAMES, **changes}.items():
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return path


def example_problems(folder: Path) -> list[str]:
    report = check_review(folder, today=date(2026, 2, 1))
    return [p.message for p in report.errors if "template's invented example" in p.message]


def test_check_on_the_untouched_template_says_it_holds_the_example_values(tmp_path):
    write_template(tmp_path / "review")
    report = check_review(tmp_path / "review", today=date(2026, 2, 1))
    assert not report.ok
    [message] = example_problems(tmp_path / "review")
    for key in (
        "review.reference",
        "people[1].name",
        "households[1].address",
        "professionals[1].name",
        "panel.chair.name",
    ):
        assert key in message


def test_one_example_left_behind_is_named_with_its_line(tmp_path):
    filled_in(tmp_path, **{"Ola Worker": "Pat Specimen"})
    [message] = example_problems(tmp_path)
    assert re.search(r"professionals\[1\]\.name \(line \d+\)", message)
    assert "people[1]" not in message


def test_a_filled_in_template_has_no_example_values_left(tmp_path):
    filled_in(tmp_path)
    assert example_problems(tmp_path) == []
    assert read_case(tmp_path / "case.yaml").errors == ()


@pytest.mark.skipif(not SCR.exists(), reason="scr is not installed beside this Python")
def test_the_next_step_that_init_prints_works_as_written(tmp_path):
    path_without_scr = os.pathsep.join(
        p for p in os.environ.get("PATH", "").split(os.pathsep) if Path(p) != SCR.parent
    )
    env = {**os.environ, "PATH": path_without_scr}
    made = subprocess.run(
        [str(SCR), "init", "my review"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    step = made.stdout.strip().splitlines()[-1].split("then run: ", 1)[1]
    assert step.split()[0] != "scr"  # scr is not on this PATH: the step must say where it is
    checked = subprocess.run(
        step, shell=True, check=False, cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert checked.returncode == 1, checked.stderr
    assert "template's invented example values" in checked.stdout


@pytest.mark.parametrize(
    "field,written,expected",
    [
        ("incident: 2025-12-14", "incident: 8th November 2025", date(2025, 11, 8)),
        ("incident: 2025-12-14", "incident: 14 Dec 2025", date(2025, 12, 14)),
        ("born: 2023-05-01", "born: 17/02/2023", date(2023, 2, 17)),
        ("born: 2023-05-01", "born: Monday 1st May 2023", date(2023, 5, 1)),
        ("born: 2023-05-01", "born: '2023-05-01'", date(2023, 5, 1)),
    ],
)
def test_case_dates_are_read_like_chronology_dates(tmp_path, field, written, expected):
    reading = read_case(filled_in(tmp_path, **{field: written}))
    assert reading.errors == (), reading.errors
    review, child = reading.case.review, reading.case.people[0]
    assert expected in (review.incident, child.born)


@pytest.mark.parametrize(
    "written", ["born: 2023-02-30", "born: the first of May", "born: May 2023", "born: c. 2023"]
)
def test_an_unreadable_date_gives_examples_inside_the_review_period(tmp_path, written):
    reading = read_case(filled_in(tmp_path, **{"born: 2023-05-01": written}))
    [problem] = reading.errors
    assert "people[1].born" in problem.place
    shown = re.findall(r"\b(?:19|20)\d\d\b", problem.advice)
    assert shown and "2010" not in problem.advice
    assert all(2024 <= int(year) <= 2025 for year in shown)  # the template's period


def test_examples_follow_the_review_own_period(tmp_path):
    path = filled_in(
        tmp_path,
        **{
            "period: {from: 2024-03-01, to: 2025-12-14}": "period: {from: 2019-01-01, to: 2019-12-31}",
            "born: 2023-05-01": "born: 31/31/2019",
        },
    )
    [problem] = read_case(path).errors
    assert "2019-07-02" in problem.advice and "2 July 2019" in problem.advice


@pytest.mark.parametrize(
    "written,shown",
    [("c. early April 2024", "c. early April 2024"), ("early April 2024", "early April 2024")],
)
def test_a_written_circa_is_kept_beside_part_of_a_month(written, shown):
    from chronology.dates import parse_date

    assert parse_date(written).display == shown
