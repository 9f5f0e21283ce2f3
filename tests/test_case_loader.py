"""case.yaml reading: every problem at once, with its line and field; bad files as one line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hostile import CASE_SECTIONS, case_text

from pipeline.case.loader import load_case, read_case, write_template
from pipeline.errors import CheckFailed, InputError

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "review" / "case.yaml"


def read(tmp_path: Path, text: str):
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return read_case(path)


def test_a_valid_case_loads_with_no_problems(tmp_path):
    reading = read(tmp_path, case_text())
    assert reading.problems == ()
    case = reading.case
    assert case.review.decided == date(2026, 1, 28)
    assert case.review.period_from == date(2024, 3, 1)
    assert case.subject.name == "Kit Testing"
    assert case.chair.name == "Dr Ann Chair"
    assert case.households[0].members == ("child", "mum")
    assert case.path == tmp_path / "case.yaml"


PEOPLE_WITH = (
    "people:\n  - {{id: child, name: Kit Test, sex: male, born: 2023-05-01, {}}}\n"
    "  - {{id: mum, name: Lee Test, sex: female, born: 2000-01-01}}\n"
)
ONE_PERSON = "people:\n  - {id: child, name: Kit Test, %s}\n  - {id: mum, name: Lee Test}\n"

PROBLEMS = [
    # (name, sections to replace, place, words in the problem, severity)
    (
        "unknown key with a guess",
        {"people": PEOPLE_WITH.format("bron: 2023-05-01")},
        "line 13, people[1].bron",
        "Did you mean 'born'?",
        "error",
    ),
    (
        "unknown top-level key",
        {"extra": "peeople: []\n"},
        "line 19, peeople",
        "Did you mean 'people'?",
        "error",
    ),
    (
        "missing review key",
        {
            "review": CASE_SECTIONS["review"].replace(
                "  board: Testshire Local Safeguarding Children Board\n", ""
            )
        },
        "line 1, review",
        "'board' is missing from review",
        "error",
    ),
    ("missing people", {"people": ""}, "line 1", "'people' is missing from the file", "error"),
    (
        "missing chair",
        {"panel": "panel:\n  overview_author: {name: B A, role: author}\n"},
        "line 9, panel",
        "'chair' is missing",
        "error",
    ),
    (
        "empty required value",
        {"people": ONE_PERSON.replace("name: Kit Test", "name: ") % "sex: male"},
        "line 13, people[1].name",
        "is empty",
        "error",
    ),
    (
        "number for a name",
        {"people": ONE_PERSON.replace("Kit Test", "42") % "sex: male"},
        "line 13, people[1].name",
        "the number '42'",
        "error",
    ),
    (
        "yes for a name",
        {"people": ONE_PERSON.replace("Kit Test", "yes") % "sex: male"},
        "line 13, people[1].name",
        "put it in quotes",
        "error",
    ),
    (
        "impossible date",
        {"people": ONE_PERSON % "born: 2023-02-30"},
        "line 13, people[1].born",
        "'2023-02-30' is not one",
        "error",
    ),
    (
        "unreadable date",
        {"people": ONE_PERSON % "born: last spring"},
        "line 13, people[1].born",
        "'last spring' is not one",
        "error",
    ),
    (
        "subject not among people",
        {"review": CASE_SECTIONS["review"].replace("subject: child", "subject: kid")},
        "line 4, review.subject",
        "'kid' is not the id of anyone in people",
        "error",
    ),
    (
        "id repeats",
        {"people": ONE_PERSON.replace("id: mum", "id: child") % "sex: male"},
        "line 14, people[2].id",
        "already used by people[1]",
        "error",
    ),
    (
        "relationship names nobody",
        {"relationships": "relationships:\n  - {kind: parent, parent: dad, child: child}\n"},
        "line 16, relationships[1].parent",
        "'dad' is not the id of anyone",
        "error",
    ),
    (
        "own ancestor",
        {"extra": "  - {kind: parent, parent: child, child: mum}\n", "households": ""},
        "line 17, relationships[2]",
        "go round in a circle",
        "error",
    ),
    (
        "own parent",
        {"relationships": "relationships:\n  - {kind: parent, parent: mum, child: mum}\n"},
        "line 16, relationships[1]",
        "mum, who is a parent of mum",
        "error",
    ),
    (
        "died before born",
        {"people": ONE_PERSON % "born: 2023-05-01, died: 2022-01-01"},
        "line 13, people[1].died",
        "died (1 January 2022) is before born (1 May 2023)",
        "error",
    ),
    (
        "decided before referred",
        {"review": CASE_SECTIONS["review"].replace("2026-01-28", "2025-12-28")},
        "line 6, review.decided",
        "is before referred",
        "error",
    ),
    (
        "period backwards",
        {"review": CASE_SECTIONS["review"].replace("to: 2025-12-14", "to: 2023-12-14")},
        "line 7, review.period.to",
        "is before from",
        "error",
    ),
    (
        "incident outside period",
        {"review": CASE_SECTIONS["review"].replace("incident: 2025-12-14", "incident: 2026-02-01")},
        "line 8, review.incident",
        "outside the period",
        "warning",
    ),
    (
        "panel name among people",
        {"people": ONE_PERSON.replace("Lee Test", "Bob Author") % "sex: male"},
        "line 11, panel.overview_author.name",
        "also among the people (people[2])",
        "error",
    ),
    (
        "panel name among professionals",
        {"extra": "professionals:\n  - {name: Ann Chair, role: Social Worker}\n"},
        "line 10, panel.chair.name",
        "Say which one is right",
        "error",
    ),
    (
        "sex not allowed",
        {"people": ONE_PERSON % "sex: mail"},
        "line 13, people[1].sex",
        "Did you mean 'male'?",
        "error",
    ),
    (
        "unknown relationship kind",
        {"relationships": "relationships:\n  - {kind: parnet, parent: mum, child: child}\n"},
        "line 16, relationships[1].kind",
        "Did you mean 'parent'?",
        "error",
    ),
    (
        "household member unknown",
        {"households": "households:\n  - {id: h, members: [child, x]}\n"},
        "line 18, households[1].members",
        "'x' is not the id of anyone",
        "error",
    ),
    (
        "list where a mapping belongs",
        {
            "panel": "panel:\n  chair: [Dr Ann Chair]\n"
            "  overview_author: {name: B A, role: author}\n"
        },
        "line 10, panel.chair",
        "should be a set of 'key: value' lines, but it is a list",
        "error",
    ),
    (
        "mapping where a list belongs",
        {"people": "people: {id: child, name: Kit}\n\n\n"},
        "line 12, people",
        "should be a list",
        "error",
    ),
    (
        "empty list entry",
        {"relationships": "relationships:\n  -\n"},
        "line 16, relationships[1]",
        "an empty entry",
        "error",
    ),
    (
        "key given twice",
        {"people": ONE_PERSON % "born: 2023-05-01, born: 2023-05-02"},
        "line 13, people[1].born",
        "given twice",
        "error",
    ),
    (
        "partnership of one",
        {"relationships": "relationships:\n  - {kind: partners, between: [mum]}\n"},
        "line 16, relationships[1]",
        "needs 'between' with the two people's ids",
        "error",
    ),
    (
        "partnership ends before it starts",
        {
            "relationships": "relationships:\n  - {kind: married, "
            "between: [mum, child], from: 2024-06, to: 2024-01}\n"
        },
        "line 16, relationships[1].to",
        "to (2024-01) is before from (2024-06)",
        "error",
    ),
    (
        "month that does not exist",
        {
            "relationships": "relationships:\n  - {kind: married, "
            "between: [mum, child], from: 2024-13}\n"
        },
        "line 16, relationships[1].from",
        "'2024-13' is not one",
        "error",
    ),
    (
        "columns not a list",
        {"extra": "chronology_columns: {Date: When}\n"},
        "line 19, chronology_columns",
        "should be a list",
        "error",
    ),
    (
        "template not there",
        {"extra": "template: letterhead.docx\n"},
        "line 19, template",
        "does not exist",
        "error",
    ),
    (
        "pseudonym twice",
        {"people": ONE_PERSON.replace("Lee Test", "Lee Test, pseudonym: X") % "pseudonym: x"},
        "line 14, people[2].pseudonym",
        "already used",
        "error",
    ),
]


@pytest.mark.parametrize("name,parts,place,words,severity", PROBLEMS, ids=[p[0] for p in PROBLEMS])
def test_each_problem_is_reported_with_its_line_and_field(
    tmp_path, name, parts, place, words, severity
):
    reading = read(tmp_path, case_text(**parts))
    found = [p for p in reading.problems if p.place == place and words in str(p)]
    assert found, "\n".join(str(p) for p in reading.problems)
    assert found[0].severity == severity
    assert found[0].advice
    assert (reading.case is None) == (severity == "error")


def test_every_problem_is_reported_at_once(tmp_path):
    text = case_text(
        review=CASE_SECTIONS["review"].replace("subject: child", "subject: kid"),
        people=ONE_PERSON % "born: 2023-02-30, sex: mail, bron: x",
        relationships="relationships:\n  - {kind: parnet}\n",
    )
    reading = read(tmp_path, text)
    fields = [p.place.split(", ")[1] for p in reading.errors]
    assert fields == [
        "review.subject",
        "people[1].born",
        "people[1].sex",
        "people[1].bron",
        "relationships[1].kind",
    ]
    lines = [int(p.place.split(",")[0].removeprefix("line ")) for p in reading.problems]
    assert lines == sorted(lines)


@pytest.mark.parametrize(
    "text,words",
    [
        ("- just\n- a list\n", "the file should be a set of 'key: value' lines"),
        ("just text\n", "the text 'just text'"),
        ("42\n", "the number '42'"),
    ],
)
def test_a_file_that_is_not_a_mapping_is_one_problem(tmp_path, text, words):
    reading = read(tmp_path, text)
    assert reading.case is None
    assert [p.place for p in reading.problems] == ["line 1"]
    assert words in reading.problems[0].message


JUNK = [None, 7, "text", True, [1, [2]], {"a": {"b": None}}]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*path, index))


def _replaced(value, path, junk):
    if not path:
        return junk
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], junk)
    return copy


@pytest.mark.parametrize("junk", JUNK, ids=[repr(j)[:12] for j in JUNK])
def test_any_malformed_value_anywhere_is_a_problem_never_a_crash(tmp_path, junk):
    data = yaml.safe_load(case_text(extra="professionals:\n  - {name: P Q, role: GP}\n"))
    for path in list(_paths(data))[1:]:
        text = yaml.safe_dump(_replaced(data, path, junk), default_flow_style=True)
        reading = read(tmp_path, text)
        assert reading.case is None or not reading.errors, path
        assert all(p.place.startswith("line ") for p in reading.problems), path


@pytest.mark.parametrize(
    "written,stored",
    [
        ("2024-06", "2024-06"),
        ("2024-6", "2024-06"),
        ("2024", "2024"),
        ("'2024'", "2024"),
        ("2024-06-01", "2024-06-01"),
        ("'2024-06-01'", "2024-06-01"),
        ("01/06/2024", "2024-06-01"),
    ],
)
def test_relationship_dates_may_be_partial(tmp_path, written, stored):
    rels = f"relationships:\n  - {{kind: partners, between: [mum, child], from: {written}}}\n"
    reading = read(tmp_path, case_text(relationships=rels))
    assert reading.problems == ()
    assert reading.case.relationships[0].start == stored


@pytest.mark.parametrize(
    "written,stored",
    [
        ("2023-05-01", date(2023, 5, 1)),
        ("'2023-05-01'", date(2023, 5, 1)),
        ("01/05/2023", date(2023, 5, 1)),
        ("2023-05-01 10:30:00", date(2023, 5, 1)),
    ],
)
def test_dates_may_be_written_as_dates_or_text(tmp_path, written, stored):
    reading = read(tmp_path, case_text(people=ONE_PERSON % f"born: {written}"))
    assert reading.problems == ()
    assert reading.case.people[0].born == stored


@pytest.mark.parametrize(
    "written,stored", [("Male", "male"), ("FEMALE", "female"), ("unknown", "unknown")]
)
def test_sex_is_read_in_any_case(tmp_path, written, stored):
    reading = read(tmp_path, case_text(people=ONE_PERSON % f"sex: {written}"))
    assert reading.case.people[0].sex == stored


def test_windows_line_endings_and_a_byte_order_mark_just_work(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + case_text().replace("\n", "\r\n").encode("utf-8"))
    assert read_case(path).problems == ()


def test_template_and_imr_paths_resolve_against_the_case_folder(tmp_path):
    (tmp_path / "letterhead.docx").write_bytes(b"x")
    extra = "template: letterhead.docx\nagencies:\n  - {name: Police, imr: imrs/police.docx}\n"
    case = read(tmp_path, case_text(extra=extra)).case
    assert case.template == (tmp_path / "letterhead.docx").resolve()
    assert case.agencies[0].imr == tmp_path / "imrs" / "police.docx"


def test_chronology_columns_are_kept_in_order(tmp_path):
    case = read(tmp_path, case_text(extra="chronology_columns: [Date, Event, Seen]\n")).case
    assert case.chronology_columns == ("Date", "Event", "Seen")


def _bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "case.yaml"
    contents = {
        "empty": b"",
        "blank": b"  \n\n",
        "comments only": b"# nothing yet\n",
        "not utf-8": b"review:\n  board: Caf\xe9\n",
        "bad yaml": b"review:\n  reference: [unclosed\n  board: x\n",
        "tab": b"review:\n\treference: x\n",
    }
    if kind == "folder":
        path.mkdir()
    elif kind != "missing":
        path.write_bytes(contents[kind])
    return path


@pytest.mark.parametrize(
    "kind,words",
    [
        ("missing", "no such file"),
        ("folder", "is a folder"),
        ("empty", "is empty"),
        ("blank", "is empty"),
        ("comments only", "only comments"),
        ("not utf-8", "line 2 has characters that are not UTF-8"),
        ("bad yaml", "line 3, column 8: this is not valid YAML"),
        ("tab", "line 2, column 1: this is not valid YAML"),
    ],
)
def test_unusable_files_raise_one_line_input_errors(tmp_path, kind, words):
    path = _bad_file(tmp_path, kind)
    with pytest.raises(InputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert words in message and str(path) in message
    assert "\n" not in message


def test_load_case_raises_check_failed_with_every_error(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(case_text(people=ONE_PERSON % "sex: mail, born: never"), encoding="utf-8")
    with pytest.raises(CheckFailed) as caught:
        load_case(path)
    assert str(caught.value) == "case.yaml has 2 problems"
    assert len(caught.value.problems) == 2


def test_load_case_accepts_warnings(tmp_path):
    path = tmp_path / "case.yaml"
    text = case_text(
        review=CASE_SECTIONS["review"].replace("incident: 2025-12-14", "incident: 2026-02-01")
    )
    path.write_text(text, encoding="utf-8")
    assert load_case(path).review.incident == date(2026, 2, 1)


def test_init_writes_a_template_that_loads_without_errors(tmp_path):
    folder = tmp_path / "new-review"
    written = write_template(folder)
    assert set(written) >= {
        folder / "case.yaml",
        folder / "imrs" / "README.txt",
        folder / "text" / "README.txt",
    }
    assert (folder / "imrs").is_dir() and (folder / "text").is_dir()
    assert read_case(folder / "case.yaml").problems == ()
    assert "#" in (folder / "case.yaml").read_text(encoding="utf-8")


def test_init_refuses_a_folder_that_has_a_case(tmp_path):
    (tmp_path / "case.yaml").write_text("kept", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        write_template(tmp_path)
    assert (tmp_path / "case.yaml").read_text(encoding="utf-8") == "kept"


@pytest.mark.skipif(not SAMPLE.exists(), reason="the sample review is not there yet")
def test_the_sample_review_loads_without_errors():
    reading = read_case(SAMPLE)
    assert reading.errors == (), "\n".join(str(p) for p in reading.errors)


def test_a_template_path_with_a_nul_byte_is_a_problem_not_a_crash(tmp_path):
    from pipeline.case.loader import read_case

    path = tmp_path / "case.yaml"
    path.write_text('template: "\\0"\n', encoding="utf-8")
    problems = [str(p) for p in read_case(path).problems]
    assert any("template" in p and "does not exist" in p for p in problems)
