"""The child's own words (8.40): read from the IMR's column, kept, and shown in every output."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pytest
from docx import Document
from openpyxl import load_workbook

from chronology.dates import parse_date
from chronology.entries import Chronology, ChronologyEntry, are_words
from chronology.flags import SubjectNames, assess
from chronology.headers import canonical
from chronology.outputs import STATED_NOTE, csv_row, write_csv, write_docx, write_xlsx
from chronology.records import Origin
from chronology.summary import summarise
from pipeline.documents.blocks import ListBlock
from pipeline.documents.chronology_sections import childs_experience

SUBJECT = SubjectNames(names=("Kai",), others=("Ruby",))


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Wishes and feelings expressed (the child's words)", "childs_words"),
        ("Wishes and feelings expressed (in the child\u2019s words)", "childs_words"),
        ("Voice of the child", "childs_words"),
        ("What the child said", "childs_words"),
        ("The child's words", "childs_words"),
        ("Child's own words", "childs_words"),
        ("Child seen? Y/N", "child_seen"),
        ("Child seen? (Y/N)", "child_seen"),
        ("Seen alone", "seen_alone"),
        ("Seen alone? (Y/N)", "seen_alone"),
        ("Wishes and feelings sought", "wishes_sought"),
        ("Wishes and feelings sought? (Y/N)", "wishes_sought"),
        ("Voice of the child sought", "wishes_sought"),
        ("Wishes and feelings expressed", "wishes_expressed"),
        ("Wishes expressed? Y/N", "wishes_expressed"),
    ],
)
def test_headings_name_the_words_column_apart_from_the_flag_columns(heading, column):
    assert canonical(heading) == column


@pytest.mark.parametrize(
    ("words", "value", "source"),
    [
        ("Said he likes nursery", "yes", "stated"),
        ("I want to stay at Nana's", "yes", "stated"),
        ("\u201cNo, I don't want to go home\u201d", "yes", "stated"),  # quoted: the child's no
        ("Y", "yes", "stated"),
        ("N", "no", "stated"),
        ("n/a", "", "stated"),
        ("Not asked", "no", "inferred"),  # says nothing either way: the event text decides
    ],
)
def test_the_words_column_states_wishes_expressed(words, value, source):
    flag = assess({"event": "Telephone call to the school office.", "childs_words": words}, SUBJECT)
    assert (flag["wishes_expressed"].value, flag["wishes_expressed"].source) == (value, source)


def test_a_flag_column_of_its_own_wins_over_the_words_column():
    cells = {"event": "Home visit.", "wishes_expressed": "N", "childs_words": "I like my room"}
    flag = assess(cells, SUBJECT)["wishes_expressed"]
    assert (flag.value, flag.source, flag.evidence) == ("no", "stated", "N")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Said he likes nursery", True),
        ("\u201cNo, I hate it\u201d", True),
        ("Y", False),
        ("no", False),
        ("-", False),
        ("Not asked", False),
        ("Too young to say", False),
        ("", False),
    ],
)
def test_are_words(text, words):
    assert are_words(text) is words


@dataclass(frozen=True)
class Flag:
    value: str = ""
    source: str = ""
    evidence: str = ""


def entry(when, event, words="", expressed=Flag(), row=2, seen=Flag()):
    return ChronologyEntry(
        date=parse_date(when),
        agency="Police",
        source="Police: PC notes",
        event=event,
        action="",
        child_seen=seen,
        seen_alone=Flag(),
        wishes_sought=Flag(),
        wishes_expressed=expressed,
        origin=Origin("police.docx", 2, row),
        seq=row - 1,
        extra={"childs_words": words} if words else {},
    )


SAID = Flag("yes", "stated", "I want my nan")
WORDS = Chronology(
    entries=(
        entry(
            "3/3/25",
            "Home visit, Kai seen.",
            "I want my nan",
            SAID,
            seen=Flag("yes", "stated", "Y"),
        ),
        entry("4/3/25", "Phone call to mother.", "N", Flag("no", "stated", "N"), row=3),
        entry("5/3/25", "Strategy discussion.", row=4),
    ),
    agencies=("Police",),
)


def test_the_entry_shows_words_but_never_a_flag_or_a_stated_no():
    assert [e.childs_words for e in WORDS] == ["I want my nan", "", ""]
    refused = entry("6/3/25", "Visit", "Would not say", Flag("no", "stated", "Would not say"))
    assert refused.childs_words == ""


def test_words_are_anonymised_with_the_other_texts():
    changed = WORDS.map_text(
        lambda texts: [t.replace("nan", "Maternal grandmother") for t in texts]
    )
    assert next(iter(changed)).childs_words == "I want my Maternal grandmother"


def test_csv_and_spreadsheet_carry_the_words_origin_and_the_stated_evidence(tmp_path):
    with write_csv(WORDS, tmp_path / "c.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["childs_words"] for r in rows] == ["I want my nan", "", ""]
    assert (rows[0]["origin_file"], rows[0]["origin_table"], rows[0]["origin_row"]) == (
        "police.docx",
        "2",
        "2",
    )
    assert f"child_seen: {STATED_NOTE}: Y" in rows[0]["evidence"]
    assert f"wishes_expressed: {STATED_NOTE}: I want my nan" in rows[0]["evidence"]
    sheet = load_workbook(write_xlsx(WORDS, summarise(WORDS), tmp_path / "c.xlsx"))["Chronology"]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(2, header.index("childs_words") + 1).value == "I want my nan"


def test_inferred_evidence_is_not_called_stated():
    inferred = entry("3/3/25", "Kai seen", seen=Flag("yes", "inferred", "Kai seen"))
    assert csv_row(inferred)["evidence"] == "child_seen: Kai seen"


def test_word_chronology_has_a_words_column_only_when_an_imr_gave_words(tmp_path):
    document = Document(str(write_docx(WORDS, summarise(WORDS), tmp_path / "c.docx")))
    table = document.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert "The child's words" in header
    column = header.index("The child's words")
    assert [row.cells[column].text for row in table.rows[1:]] == ["I want my nan", "", ""]
    plain = Chronology(entries=(WORDS.entries[2],), agencies=("Police",))
    document = Document(str(write_docx(plain, summarise(plain), tmp_path / "p.docx")))
    assert "The child's words" not in [c.text for c in document.tables[-1].rows[0].cells]


def test_overview_lists_what_the_child_said_in_their_words():
    material = SimpleNamespace(
        chronology=WORDS, summary=summarise(WORDS, date(2025, 4, 1)), subject="Child A"
    )
    lists = [b for b in childs_experience(material) if isinstance(b, ListBlock)]
    items = [item.text for block in lists for item in block.items]
    assert len(items) == 1
    assert "\u201cI want my nan\u201d" in items[0] and "Home visit" in items[0]
