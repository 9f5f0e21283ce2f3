"""The bottom layer: one safe XML parser, one namespace table, one atomic write, one InputError."""

from __future__ import annotations

import os
import stat

import hostile
import pytest
from lxml import etree

from pipeline.common import InputError, Problem, write_atomically, write_with
from pipeline.ooxml import limits
from pipeline.ooxml.xml import NS, DoctypeRefused, parse, qn

ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:document>
"""


def test_parse_refuses_a_doctype_and_never_expands_its_entities():
    with pytest.raises(DoctypeRefused):
        parse(ENTITY_BOMB)


def test_parse_refuses_an_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Jane Doe lives at 1 High Street")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]><x>&e;</x>'
    ).encode()
    with pytest.raises(DoctypeRefused):
        parse(data)


def test_parse_reads_a_plain_part_and_qn_names_its_elements():
    root = parse(
        b'<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>Seen alone</w:t></w:r></w:p>'
        b"</w:body></w:document>" % NS["w"].encode()
    )
    assert root.tag == qn("w:document")
    assert [t.text for t in root.iter(qn("w:t"))] == ["Seen alone"]


def test_parse_reports_a_broken_part():
    with pytest.raises(etree.XMLSyntaxError):
        parse(b"<w:document xmlns:w='x'><w:body></w:document>")


def test_readers_share_the_one_parser_and_namespace_table():
    import anonymiser.word.xml as word_xml
    from anonymiser.verify import read as verify_read
    from pipeline.ooxml import word
    from pipeline.ooxml import xml as layer

    assert word_xml.NS is layer.NS
    assert word_xml.parse is layer.parse
    assert word.parse is layer.parse
    assert verify_read.parse_recovering is layer.parse_recovering


def test_one_date_reader_for_the_chronology_the_case_and_the_anonymiser():
    import chronology
    from anonymiser import profiles
    from pipeline import dates
    from pipeline.case import schema

    assert chronology.parse_date is dates.parse_date
    assert profiles.read_date is dates.parse_date
    assert schema.read_date is dates.parse_date
    # a day the chronology reads is the day the anonymiser generalises, and nothing is guessed
    assert profiles.month_year("3rd of March, 2024") == "March 2024"
    assert profiles.month_year("12/04/2024") == "April 2024"
    assert profiles.parse_date("31/02/2024") is None
    assert profiles.parse_date("March 2024") is None
    assert profiles.parse_date("Room 12 in 2024") is None  # fuzzy=True made it 12 <this month>


def test_the_anonymiser_reads_dates_without_the_chronology():
    loaded = hostile.loaded_modules("anonymiser.profiles")
    assert [m for m in loaded if m.split(".")[0] == "chronology"] == []


def test_ratio_too_high_only_for_big_entries_that_shrank_a_lot():
    big = limits.RATIO_FLOOR_BYTES + 1
    assert limits.ratio_too_high(big, big // (limits.MAX_RATIO + 1))
    assert not limits.ratio_too_high(big, big // 2)
    assert not limits.ratio_too_high(1000, 1)


def test_the_layer_imports_nothing_of_ours():
    loaded = hostile.loaded_modules(
        "pipeline.ooxml.xml",
        "pipeline.ooxml.limits",
        "pipeline.ooxml.text",
        "pipeline.common",
        "pipeline.dates",
    )
    ours = ("pipeline", "chronology", "anonymiser", "genogram")
    assert [m for m in loaded if m.split(".")[0] in ours] == [
        "pipeline",
        "pipeline.common",
        "pipeline.dates",
        "pipeline.ooxml",
        "pipeline.ooxml.limits",
        "pipeline.ooxml.package",
        "pipeline.ooxml.places",
        "pipeline.ooxml.text",
        "pipeline.ooxml.xml",
    ]


def test_write_atomically_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "chronology.csv"
    target.write_text("old")
    write_atomically(target, "new, with a £")
    assert target.read_text(encoding="utf-8") == "new, with a £"
    assert os.listdir(tmp_path) == ["chronology.csv"]


def test_write_atomically_private_is_owner_only(tmp_path):
    target = tmp_path / "key.json"
    write_atomically(target, b"{}", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_atomically_failure_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.docx"]


def test_write_with_hands_the_writer_a_path_ending_as_the_target(tmp_path):
    seen = []

    def write(temporary):
        seen.append(temporary)
        temporary.write_bytes(b"PNG")

    target = write_with(tmp_path / "out" / "timeline.png", write)
    assert target.read_bytes() == b"PNG" and seen[0].suffix == ".png"
    assert seen[0].parent == target.parent and not seen[0].exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()


def test_write_with_private_stays_owner_only_and_a_failing_writer_leaves_nothing(tmp_path):
    target = tmp_path / "review.csv"
    target.write_text("old")

    def widen_then_fail(temporary):
        temporary.write_text("half")
        os.chmod(temporary, 0o644)
        raise ValueError("writer failed")

    with pytest.raises(ValueError, match="writer failed"):
        write_with(target, widen_then_fail, private=True)
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["review.csv"]
    write_with(target, lambda t: (t.write_text("new"), os.chmod(t, 0o644)), private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "new"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_every_package_input_error_is_the_one_base():
    from anonymiser.errors import InputError as AnonymiserInput
    from genogram.errors import InputError as GenogramInput
    from pipeline.errors import InputError as PipelineInput
    from pipeline.ooxml.word import WordFileRefused

    for kind in (AnonymiserInput, GenogramInput, PipelineInput, WordFileRefused):
        assert issubclass(kind, InputError)
    assert "Jo - father" in str(GenogramInput("Two problems", ("Jo - father",)))


def test_input_error_from_parts_is_one_line_naming_file_and_place():
    error = InputError(
        file="police.docx", place="table 2, row 5", what="no date", advice="add the date"
    )
    assert str(error) == "police.docx: table 2, row 5: no date. add the date"
    assert error.problem == Problem("police.docx", "table 2, row 5", "no date", "add the date")


def test_chronology_problems_are_the_one_record():
    from chronology.records import Problem as ChronologyProblem

    assert ChronologyProblem is Problem


@pytest.mark.parametrize(
    "entries",
    [
        {"[Content_Types].xml": b"<Types/>"},  # a zip with no word/document.xml
        {
            "[Content_Types].xml": b"<Types>application/vnd.ms-word.document.macroEnabled.main+xml"
            b"</Types>",
            "word/document.xml": b"<w/>",
        },
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>", "../evil.xml": b"<x/>"},
    ],
)
def test_the_anonymiser_reads_word_files_through_the_one_reader(tmp_path, entries):
    import zipfile

    from anonymiser.errors import InputError as AnonymiserInputError
    from anonymiser.word.package import read_package
    from pipeline.ooxml.word import WordFileRefused, check_word_file

    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with pytest.raises(WordFileRefused) as gate:
        check_word_file(path)
    with pytest.raises(AnonymiserInputError) as rewriter:
        read_package(path)
    assert str(rewriter.value) == str(gate.value)
