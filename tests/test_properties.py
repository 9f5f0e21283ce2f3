"""Property-based tests (issue 8.4): parsers never raise anything but their own errors.

The date parser, the header matcher, the run-splitting replacer and the case loader are fed
generated input; each gives its record or its own error, never another exception.
"""

from __future__ import annotations

import re
from datetime import date, time

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from anonymiser.records import Finding
from anonymiser.word.runs import apply, paragraph_units
from anonymiser.word.xml import NS, qn
from chronology.dates import DateError, DateValue, parse_date
from chronology.headers import CHRONOLOGY_COLUMNS, match_header
from pipeline.case.loader import read_case
from pipeline.errors import InputError

FAST = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# --- dates ------------------------------------------------------------------------------------

DATE_ALPHABET = st.sampled_from(
    list("0123456789/.-: ?,'")
    + [
        "c.",
        "th",
        "st",
        "March",
        "Mar",
        "early",
        "late",
        "mid",
        "w/c",
        "spring",
        "to",
        "am",
        "pm",
        "2010",
        "Feb",
        "29",
        "31",
        "\u00a0",
        "–",
        "circa",
        "hrs",
    ]
)
dates = st.dates(min_value=date(1971, 1, 1), max_value=date(2068, 12, 31))


@FAST
@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_date_error(text):
    try:
        value = parse_date(text)
    except DateError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert isinstance(value, DateValue) and value.start <= value.end


@FAST
@given(st.lists(DATE_ALPHABET, max_size=8).map(" ".join), st.text(max_size=12))
def test_date_like_text_and_any_time_never_crash(text, time_text):
    try:
        value = parse_date(text, time_text=time_text)
    except DateError:
        return
    assert value.start <= value.end
    assert value.display


FORMATS = {
    "dd/mm/yyyy": lambda d: f"{d:%d/%m/%Y}",
    "d.m.yy": lambda d: f"{d.day}.{d.month}.{d:%y}",
    "ordinal": lambda d: f"{d.day}{_suffix(d.day)} {d:%B %Y}",
    "iso": lambda d: d.isoformat(),
    "d mon yyyy": lambda d: f"{d.day} {d:%b %Y}",
}


def _suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@FAST
@given(dates, st.sampled_from(sorted(FORMATS)))
def test_written_dates_round_trip(day, form):
    value = parse_date(FORMATS[form](day))
    assert (value.start, value.end, value.precision) == (day, day, "day")
    assert parse_date(value.display).start == day


@FAST
@given(dates, st.sampled_from(["%B %Y", "%b-%y", "%b %Y"]))
def test_month_dates_keep_month_precision(day, form):
    value = parse_date(day.strftime(form))
    assert value.precision == "month"
    assert (value.start.year, value.start.month) == (day.year, day.month)
    assert value.start.day == 1 and value.end.month == day.month


@FAST
@given(dates, st.times().map(lambda t: time(t.hour, t.minute)))
def test_a_time_in_the_cell_or_the_time_column_is_the_same(day, clock):
    in_cell = parse_date(f"{day:%d/%m/%Y} {clock:%H:%M}")
    in_column = parse_date(f"{day:%d/%m/%Y}", time_text=f"{clock:%H:%M}")
    assert in_cell.time == in_column.time == clock
    assert in_cell.start == in_column.start == day


# --- headers -----------------------------------------------------------------------------------

SYNONYMS = [(name, synonym) for name, synonyms in CHRONOLOGY_COLUMNS for synonym in synonyms]


@FAST
@given(
    st.lists(
        st.one_of(st.text(max_size=30), st.sampled_from([s for _, s in SYNONYMS])), max_size=12
    )
)
def test_any_cells_give_a_mapping_to_their_indexes(cells):
    columns = match_header(cells)
    assert isinstance(columns, dict)
    assert all(0 <= index < len(cells) for index in columns.values())
    assert len(set(columns.values())) == len(columns)


def _respell(synonym: str, draw) -> str:
    words = synonym.split()
    cased = [draw(st.sampled_from([w, w.upper(), w.title(), w.capitalize()])) for w in words]
    gaps = [draw(st.sampled_from([" ", "  ", " \t", "\u00a0 ", " - ", " / "])) for _ in words[1:]]
    text = cased[0] + "".join(g + w for g, w in zip(gaps, cased[1:], strict=True))
    return draw(st.sampled_from(["", " ", "  "])) + text + draw(st.sampled_from(["", " ", ":"]))


@FAST
@given(st.data())
def test_synonyms_match_in_any_case_and_spacing(data):
    name, synonym = data.draw(st.sampled_from(SYNONYMS))
    written = _respell(synonym, data.draw)
    assert match_header([written]) == {name: 0}, written


# --- the run-splitting replacer ----------------------------------------------------------------

W = NS["w"]
NAME = "Kelly Smith"
FORMATS_OF_RUNS = ["<w:b/>", "<w:i/>", '<w:u w:val="single"/>', '<w:color w:val="FF0000"/>', ""]


def _paragraph(pieces: list[str], formats: list[str]) -> etree._Element:
    runs = "".join(
        f'<w:r><w:rPr>{fmt}</w:rPr><w:t xml:space="preserve">{piece}</w:t></w:r>'
        if fmt
        else f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>'
        for piece, fmt in zip(pieces, formats, strict=True)
    )
    return etree.fromstring(f'<w:body xmlns:w="{W}"><w:p>{runs}</w:p></w:body>')


@st.composite
def split_sentences(draw):
    before = draw(st.sampled_from(["", "Seen ", "Visit by GP; "]))
    after = draw(st.sampled_from(["", " at home.", "'s flat", " and the baby"]))
    text = before + NAME + after
    cuts = sorted(draw(st.sets(st.integers(1, len(text) - 1), max_size=6)))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    formats = [draw(st.sampled_from(FORMATS_OF_RUNS)) for _ in pieces]
    return text, pieces, formats


@FAST
@given(split_sentences())
def test_a_name_split_across_runs_is_replaced_and_formatting_kept(case):
    text, pieces, formats = case
    root = _paragraph(pieces, formats)
    units = paragraph_units(root, "word/document.xml")
    assert len(units) == 1 and units[0].text == text
    start = text.index(NAME)
    apply(units[0], [Finding(start, start + len(NAME), NAME, "person", "known", "Mother")])
    joined = "".join(t.text or "" for t in root.iter(qn("w:t")))
    assert joined == text.replace(NAME, "Mother")
    assert "Kelly" not in joined and "Smith" not in joined
    first_touched = next(i for i, (a, p) in enumerate(_offsets(pieces)) if a + len(p) > start)
    run_with_pseudonym = next(
        r
        for r in root.iter(qn("w:r"))
        if "Mother" in "".join(t.text or "" for t in r.iter(qn("w:t")))
    )
    shown = etree.tostring(
        run_with_pseudonym.find(qn("w:rPr"))
        if run_with_pseudonym.find(qn("w:rPr")) is not None
        else etree.Element("x")
    )
    expected = formats[first_touched]
    if expected:
        tag = re.match(r"<w:(\w+)", expected).group(1)
        assert f"w:{tag}".encode() in shown or tag.encode() in shown
    assert len(list(root.iter(qn("w:r")))) == len(pieces)  # no run added or removed


def _offsets(pieces: list[str]):
    offset = 0
    for piece in pieces:
        yield offset, piece
        offset += len(piece)


# --- the case loader ---------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.text(max_size=12),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
KEYS = [
    "review",
    "panel",
    "people",
    "relationships",
    "households",
    "professionals",
    "agencies",
    "places",
    "anonymisation",
    "template",
    "chronology_columns",
]
SUBKEYS = [
    "reference",
    "board",
    "subject",
    "referred",
    "decided",
    "due",
    "period",
    "incident",
    "chair",
    "members",
    "overview_author",
    "id",
    "name",
    "aliases",
    "sex",
    "born",
    "died",
    "kind",
    "parent",
    "child",
    "between",
    "from",
    "to",
    "members",
    "short",
    "keep",
    "redact",
    "role",
    "agency",
    "pseudonym",
    "imr",
    "address",
]
structured = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(SUBKEYS), inner, max_size=5)
    ),
    max_leaves=25,
)
cases = st.dictionaries(st.sampled_from(KEYS), structured, max_size=len(KEYS))


def _read(tmp_path, text: str | bytes):
    path = tmp_path / "case.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    try:
        reading = read_case(path)
    except InputError as error:
        assert "\n" not in str(error)
        return None
    assert (reading.case is None) == bool(reading.errors)
    for problem in reading.problems:
        assert problem.message and problem.place
    return reading


@FAST
@given(cases)
def test_any_case_shaped_structure_gives_problems_not_exceptions(tmp_path, case):
    _read(tmp_path, yaml.safe_dump(case, allow_unicode=True))


@FAST
@given(values)
def test_any_yaml_value_gives_problems_not_exceptions(tmp_path, value):
    _read(tmp_path, yaml.safe_dump(value, allow_unicode=True))


@FAST
@given(st.binary(max_size=200))
def test_any_bytes_give_a_problem_or_an_input_error(tmp_path, data):
    _read(tmp_path, data)


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"%@`#,? \n\t")), max_size=60))
def test_yaml_syntax_soup_gives_a_problem_or_an_input_error(tmp_path, text):
    assume(text.strip())
    _read(tmp_path, text)
