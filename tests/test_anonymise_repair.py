"""What the rewriter does not reach is replaced where it stands; logs are added to; DOCTYPEs refused."""

from __future__ import annotations

import csv

import pytest
from test_word_builders import IDS, DictionaryDetector, blank, entries, grep, patch

from anonymiser.batch import anonymise_files
from anonymiser.errors import InputError


@pytest.fixture(autouse=True)
def _inputs(tmp_path):
    (tmp_path / "in").mkdir()


def _hidden_in_unknown_attribute(path):
    """A name in an attribute no list of the rewriter names: the leak scan still reads it."""
    document = entries(path)["word/document.xml"].decode()
    document = document.replace(
        "<w:body>",
        '<w:body><w:customXml w:element="note" w:uri="Oswin Tarrowby"/>',
        1,
    )
    return patch(path, {"word/document.xml": document.encode()})


def test_a_name_the_rewriter_did_not_reach_is_replaced_and_written(tmp_path):
    source = _hidden_in_unknown_attribute(blank(tmp_path / "in" / "a.docx", "Nothing here."))
    result = anonymise_files(
        [source],
        tmp_path / "out",
        lambda ids: DictionaryDetector(),
        IDS,
        private_dir=tmp_path / "private",
    )
    assert result.ok, [str(leak) for leak in result.leaks]
    (output,) = result.outputs
    assert grep(output) == []
    assert "Social Worker 1" in entries(output)["word/document.xml"].decode()


class Forgetful(DictionaryDetector):
    def _one(self, text):
        return [f for f in super()._one(text) if "Oswin" not in f.text]


def test_what_cannot_be_reached_is_refused_naming_identity_part_and_place(tmp_path):
    source = _hidden_in_unknown_attribute(blank(tmp_path / "in" / "a.docx", "Nothing here."))
    result = anonymise_files(
        [source], tmp_path / "out", lambda ids: Forgetful(), IDS, private_dir=tmp_path / "private"
    )
    assert not result.ok and not (tmp_path / "out").exists()
    message = str(result.leaks[0])
    assert message.startswith("a.docx (anonymised): word/document.xml, other attribute value:")
    assert "professional:1" in message and ".scr-anonymise" not in message
    assert "Oswin" not in message and "Tarrowby" not in message  # no text of the finding
    from anonymiser.verify import write_excerpts

    excerpts = write_excerpts(result.leaks, tmp_path / "private")
    assert "Oswin Tarrowby" in excerpts.read_text(encoding="utf-8")
    assert excerpts.stat().st_mode & 0o077 == 0


def test_anonymise_adds_to_the_review_log(tmp_path):
    private = tmp_path / "private"
    for name in ("first.docx", "second.docx"):
        source = blank(tmp_path / "in" / name, "Oswin Tarrowby visited.")
        assert anonymise_files(
            [source], tmp_path / "out", lambda ids: DictionaryDetector(), IDS, private_dir=private
        ).ok
    with (private / "redaction-log.csv").open(encoding="utf-8") as stream:
        files = {row["file"] for row in csv.DictReader(stream)}
    assert files == {"first.docx", "second.docx"}


def test_review_list_is_added_to(tmp_path):
    from anonymiser.records import ReviewItem
    from anonymiser.review import write_review

    path = tmp_path / "review.csv"
    write_review([ReviewItem("Tom Baker", "ctx", "a.docx", 0.9, "Person 1")], path)
    write_review([ReviewItem("Ann Lee", "ctx", "b.docx", 0.9, "Person 2")], path)
    write_review([ReviewItem("Ann Lee", "ctx", "b.docx", 0.9, "Person 2")], path)
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))[1:]
    assert [r[0] for r in rows] == ["Tom Baker", "Ann Lee"]


@pytest.mark.parametrize("part", ["word/document.xml", "customXml/item1.xml", "docProps/app.xml"])
def test_a_doctype_in_any_part_is_refused_naming_file_and_part(tmp_path, part):
    source = blank(tmp_path / "in" / "hostile.docx")
    body = entries(source).get(part, b"<r/>").decode()
    body = body.split("?>", 1)[-1] if body.startswith("<?xml") else body
    data = f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]>{body}'.encode()
    patch(source, {part: data})
    with pytest.raises(InputError, match=rf"hostile\.docx: part {part} declares a DOCTYPE"):
        anonymise_files(
            [source],
            tmp_path / "out",
            lambda ids: DictionaryDetector(),
            IDS,
            private_dir=tmp_path / "private",
        )
    from pipeline.common import InputError as AnyInputError
    from pipeline.wordfile import check_word_file

    with pytest.raises(AnyInputError, match=rf"part {part} declares a DOCTYPE"):
        check_word_file(source)


def test_chronology_labels_and_unparsed_dates_go_through_the_anonymiser():
    from chronology.entries import Chronology, ChronologyEntry
    from chronology.flags import FlagValue
    from chronology.records import Origin
    from pipeline.stages import anonymise_labels

    unknown = FlagValue("", "", "")
    label = "Westmoor Primary Care (GP) - Brookfield Medical Practice"
    entry = ChronologyEntry(
        date=None,
        agency=label,
        source="",
        event="",
        action="",
        child_seen=unknown,
        seen_alone=unknown,
        wishes_sought=unknown,
        wishes_expressed=unknown,
        origin=Origin(file="GP IMR Brookfield Medical Practice.docx", table=1, row=2),
        seq=1,
        group="Seen by Oswin",
        date_text="the week Zephyrine moved",
    )
    chronology = Chronology(entries=(), undated=(entry,), agencies=(label,))

    def fake(texts):
        return [
            t.replace("Brookfield Medical Practice", "the GP practice")
            .replace("Oswin", "Social Worker 1")
            .replace("Zephyrine", "Child A")
            for t in texts
        ]

    done = anonymise_labels(chronology, fake)
    (row,) = done.undated
    assert row.agency == "Westmoor Primary Care (GP) - the GP practice"
    assert done.agencies == (row.agency,)
    assert (row.group, row.date_text) == ("Seen by Social Worker 1", "the week Child A moved")
    assert (row.origin.file, row.origin.row) == ("GP IMR the GP practice.docx", 2)
