"""The leak scan finds known identifiers wherever they hide, and only those."""

from __future__ import annotations

import zipfile

import pytest
from test_word_builders import IDS, blank

from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.verify import Leak, scan

ADDRESS = Identity("address:home", "address", "14 Larkspur Row, Ferncombe FC3 4AB")
PHONE = Identity("person:father", "person", "Tobias Wrenfield", aliases=("07700 900461",))
CHAIR_MUM = Identity("person:aunt", "person", "Helen Quarrie")
ALL = CaseIdentifiers(IDS.identities + (ADDRESS, PHONE, CHAIR_MUM), kept_names=("Dr Helen Marsh",))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Zephyrine was seen.", "Zephyrine"),
        ("ZEPHYRINE QUILLFEATHER attended", "ZEPHYRINE QUILLFEATHER"),
        ("Marigold's partner", "Marigold"),
        ("merge: Quillfeather_surname", "Quillfeather"),
        ("they moved to Larkspur Row last year", "Larkspur Row"),
        ("postcode fc3 4ab", "fc3 4ab"),
        ("call 07700-900-461 now", "07700-900-461"),
        ("mail z.tarrowby@example.org", "tarrowby"),
        ("see /cases/otarrowby/notes", "tarrowby"),
        ("Zeph said", "Zeph"),
        ("Helen Quarrie and Dr Helen Marsh met", "Helen Quarrie"),
    ],
)
def test_finds_identifier_in_plain_text(tmp_path, text, found):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    assert found.lower() in [leak.found.lower() for leak in scan([path], ALL)]


@pytest.mark.parametrize(
    "text",
    [
        "Dr Helen Marsh chaired the panel.",
        "The primary school and the road were near.",
        "Mother and Child A were seen.",
        "Oswinton is a different word.",
    ],
)
def test_clean_text_is_clean(tmp_path, text):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    assert scan([path], ALL) == []


def test_a_name_inside_a_kept_name_is_exempt_only_there(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dr Helen Marsh met Helen.", encoding="utf-8")
    leaks = scan([path], ALL)
    assert [leak.found for leak in leaks] == ["Helen"]
    assert "met Helen" in leaks[0].context


def test_reads_folders_zips_and_nested_word_files(tmp_path):
    inner = blank(tmp_path / "imr.docx", "Seen with Tarrowby today.")
    bundle = tmp_path / "pack" / "pack.zip"
    bundle.parent.mkdir()
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(inner, "imrs/imr.docx")
    leaks = scan([tmp_path / "pack"], ALL)
    assert leaks and leaks[0].part.startswith("imrs/imr.docx!word/document.xml")
    assert isinstance(leaks[0], Leak) and leaks[0].identifier_kind == "professional"


def test_file_and_entry_names_are_read(tmp_path):
    path = tmp_path / "IMR_Quillfeather.txt"
    path.write_text("nothing", encoding="utf-8")
    assert [leak.part for leak in scan([path], ALL)] == ["(file name)"]


def test_context_is_short(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("x " * 200 + "Zephyrine" + " y" * 200, encoding="utf-8")
    (leak,) = scan([path], ALL)
    assert len(leak.context) <= 80 and "Zephyrine" in leak.context
