"""The leak scan finds known identifiers wherever they hide, and only those."""

from __future__ import annotations

import shutil
import zipfile
import zlib

import pytest
from test_word_builders import IDS, blank

from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.verify import Leak, scan, write_excerpts
from anonymiser.verify.read import pdf_raw

ADDRESS = Identity("address:home", "address", "14 Larkspur Row, Eastlea, Ferncombe FC3 4AB")
PHONE = Identity("person:father", "person", "Tobias Wrenfield", aliases=("07700 900461",))
CHAIR_MUM = Identity("person:aunt", "person", "Helen Quarrie")
NURSE = Identity("professional:2", "professional", "Jessamy Pelling", aliases=("Sister Pelling",))
DOCTOR = Identity("professional:3", "professional", "Dr Ivo Starkweather", aliases=("IS",))
SISTER = Identity("person:sister", "person", "Rose Quillfeather", aliases=("Chan",))
CENTRE = Identity("place:2", "place", "Little Acorns Day Nursery")
HUB = Identity("place:3", "place", "Brackenfold Children's Centre")
ALL = CaseIdentifiers(
    IDS.identities + (ADDRESS, PHONE, CHAIR_MUM, NURSE, DOCTOR, SISTER, CENTRE, HUB),
    kept_names=("Dr Helen Marsh",),
)


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
        ("the Quillfeathers moved", "Quillfeathers"),
        ("Eastlea ward", "Eastlea"),
        ("IS said so", "IS"),
        ("Z.Q. said", "Z.Q."),
        ("ZQ said", "ZQ"),
        ("Sister Pelling on the ward", "Sister Pelling"),
        ("Nurse Pelling", "Pelling"),
        ("Rose was seen", "Rose"),
        ("Tarrowby2024 folder", "Tarrowby"),
        ("at Little Acorns Day Nursery", "Little Acorns Day Nursery"),
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
        "This is the ward sister; her half-sister is in CP-IS.",  # role word, initials
        "Ferncombe town centre, the day nursery and the children's centre",  # town, common words
        "a rose in the garden",  # a word-name as a word
        "<HyperlinksChanged>false</HyperlinksChanged>",  # "Chan" inside a word
        "zq and z.q. in lower case",
    ],
)
def test_clean_text_is_clean(tmp_path, text):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    assert scan([path], ALL) == []


@pytest.mark.parametrize(
    ("xml", "found"),
    [
        ("<root><Tarrowby/></root>", "Tarrowby"),  # an element's name
        ('<root Quillfeather_id="1"/>', "Quillfeather"),  # an attribute's name
        ('<root xmlns:x="http://example.org/tarrowby/"/>', "tarrowby"),  # a namespace address
        ('<Zephyrine:root xmlns:Zephyrine="urn:x"/>', "Zephyrine"),  # a namespace prefix
        ("<!-- by Oswin Tarrowby --><root/>", "Oswin Tarrowby"),  # a comment before the root
        ("<root/><?Marigold note?>", "Marigold"),  # an instruction after the root
        ("<root><?Zephyrine x?></root>", "Zephyrine"),  # an instruction's target
        ('<!DOCTYPE r [<!ENTITY n "Marigold">]><r>&n;</r>', "Marigold"),  # a DTD: read whole
        ("<root><p>seen</p></root> Zephyrine", "Zephyrine"),  # broken XML: read whole
    ],
)
def test_finds_identifier_in_xml_markup(tmp_path, xml, found):
    path = tmp_path / "part.xml"
    path.write_text(xml, encoding="utf-8")
    assert found.lower() in [leak.found.lower() for leak in scan([path], ALL)]


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


def test_a_part_shared_by_files_is_reported_in_each_file_and_zip(tmp_path):
    # the scan reads each part content once (the documents share their template's parts,
    # the pack's zip holds every file again); every file that holds it still gets its leaks
    first = blank(tmp_path / "a.docx", "Seen with Tarrowby today.")
    shutil.copyfile(first, tmp_path / "b.docx")
    with zipfile.ZipFile(tmp_path / "pack.zip", "w") as archive:
        archive.write(first, "docs/a.docx")
    leaks = [
        (leak.file, leak.part, leak.found)
        for leak in scan([tmp_path], ALL)
        if leak.part.endswith("word/document.xml")
    ]
    assert leaks == [
        ("a.docx", "word/document.xml", "Tarrowby"),
        ("b.docx", "word/document.xml", "Tarrowby"),
        ("pack.zip", "docs/a.docx!word/document.xml", "Tarrowby"),
    ]


def test_file_and_entry_names_are_read(tmp_path):
    path = tmp_path / "IMR_Quillfeather.txt"
    path.write_text("nothing", encoding="utf-8")
    assert [leak.part for leak in scan([path], ALL)] == ["(file name)"]


def test_context_is_short(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("x " * 200 + "Zephyrine" + " y" * 200, encoding="utf-8")
    (leak,) = scan([path], ALL)
    assert len(leak.context) <= 80 and "Zephyrine" in leak.context


def test_leak_reads_as_one_line(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Seen at home by Oswin\nlater that day.", encoding="utf-8")
    (leak,) = scan([path], ALL)
    assert str(leak) == f"{path}: (text), text: professional:1 (professional) still there"


def test_the_console_line_holds_no_text_of_the_finding_and_the_excerpt_file_does(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Seen at home by Oswin later that day.", encoding="utf-8")
    leaks = scan([path], ALL)
    assert "Oswin" not in str(leaks[0]) and "Seen at home" not in str(leaks[0])
    excerpts = write_excerpts(leaks, tmp_path / "private")
    assert excerpts == tmp_path / "private" / "leak-excerpts.csv"
    assert (excerpts.stat().st_mode & 0o777) == 0o600
    text = excerpts.read_text(encoding="utf-8")
    assert "Seen at home by Oswin later that day." in text and "professional:1" in text
    assert write_excerpts([], tmp_path / "other") is None


def test_long_context_is_marked_where_cut(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("a" * 50 + " Zephyrine " + "b" * 50, encoding="utf-8")
    (leak,) = scan([path], ALL)
    assert leak.context.startswith("…") and leak.context.endswith("…")


def test_a_folder_names_its_files_relative_to_it(tmp_path):
    (tmp_path / "pack" / "imrs").mkdir(parents=True)
    (tmp_path / "pack" / "imrs" / "notes.txt").write_text("Zephyrine", encoding="utf-8")
    assert [leak.file for leak in scan([tmp_path / "pack"], ALL)] == ["imrs/notes.txt"]


def test_utf16_and_percent_encoded_text_is_read(tmp_path):
    wide = tmp_path / "wide.txt"
    wide.write_bytes("seen by Tarrowby".encode("utf-16"))
    link = tmp_path / "link.xml"
    link.write_text('<a href="file:///cases/Marigold%20Quillfeather/x"/>', encoding="utf-8")
    found = {leak.found for leak in scan([wide, link], ALL)}
    assert {"Tarrowby", "Marigold Quillfeather"} <= found


def test_binary_noise_is_not_a_name_but_a_long_name_in_binary_is(tmp_path):
    noise = tmp_path / "image.png"
    noise.write_bytes(b"\x89PNG\x00\x00 DD ty IS ZQ \x00" * 50 + b"\x00tEXt Author Zephyrine\x00")
    assert [leak.found for leak in scan([noise], ALL)] == ["Zephyrine"]


def test_a_name_in_binary_counts_only_in_a_case_a_person_writes(tmp_path):
    noise = tmp_path / "image.png"
    written = b"\x00 zEPHYRINE zephyRINE \x00 ZePhYrInE \x00 ZEPHYRINE \x00 zephyrine \x00"
    noise.write_bytes(b"\x89PNG\x00\x00" + written)
    assert [leak.found for leak in scan([noise], ALL)] == ["ZEPHYRINE", "zephyrine"]
    mixed = Identity("person:uncle", "person", "Fergus MacAllister")
    noise.write_bytes(b"\x89PNG\x00 MacALLISTER \x00 mACALLISTER \x00 MACallister \x00")
    found = [leak.found for leak in scan([noise], CaseIdentifiers((mixed,), kept_names=()))]
    assert found == ["MacALLISTER"]


def _flate_object(number: int, body: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(body)
    head = b"<< /Length %d /Filter /FlateDecode%s >>" % (len(packed), extra)
    return b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, head, packed)


def test_a_pdfs_compressed_text_is_read_and_its_compressed_bytes_are_not():
    metadata = b"<x:xmpmeta><dc:creator>Oswin Tarrowby</dc:creator></x:xmpmeta>"
    font = bytes(range(256)) * 4 + b" cRAIG Zephyrine " + bytes(range(256)) * 4
    page = b"BT /F1 12 Tf (Zephyrine) Tj ET"  # a page's words are pdftotext's to read
    data = b"%PDF-1.7\n" + _flate_object(1, metadata, b" /Type /Metadata /Subtype /XML")
    data += _flate_object(2, font, b" /Length1 9") + _flate_object(4, page)
    data += b"3 0 obj\n<< /Title (Marigold's file) >>\nendobj\n"
    raw = pdf_raw(data)
    assert b"Oswin Tarrowby" in raw and b"Marigold's file" in raw
    assert b"Zephyrine" not in raw  # a font's bytes are no place a person wrote a name
    assert zlib.compress(metadata) not in raw


def test_missing_path_is_not_clean(tmp_path):
    (leak,) = scan([tmp_path / "nowhere"], ALL)
    assert leak.unchecked and "could not be checked" in str(leak)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_pdf_text_is_read(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(tiny_pdf("Seen by Oswin Tarrowby"))
    assert "Oswin Tarrowby" in [leak.found for leak in scan([path], ALL)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_a_kept_name_wrapped_across_pdf_lines_is_one_name(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(tiny_pdf("Seen by Dr Helen", "Marsh and Oswin", "Tarrowby today"))
    read = [leak.found for leak in scan([path], ALL) if "(text)" in str(leak)]
    assert read == ["Oswin Tarrowby"]  # "Dr Helen Marsh" is kept, even wrapped


def tiny_pdf(*lines: str) -> bytes:
    """A one-page PDF showing ``lines``, one under another (uncompressed, so easy to read and to
    build)."""
    shown = " T* ".join(f"({line}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_leak_scan_reads_s46_ca_1989_as_the_act_as_the_matcher_does():
    from anonymiser.records import CaseIdentifiers, Identity
    from anonymiser.verify.forms import compile_search

    ids = CaseIdentifiers(
        (Identity("person:m", "person", "Chantelle Ashworth", pseudonym="Mother"),), kept_names=()
    )
    search = compile_search(ids)
    assert [h.found for h in search.hits("police protection (s46 CA 1989).")] == []
    assert [h.found for h in search.hits("CA said she was fine.")] == ["CA"]


def test_a_person_called_max_or_val_does_not_stop_a_spreadsheet(tmp_path):
    """Found by following the README's quick start: a father called Max Field made every
    build refuse, because a worksheet's markup has attributes named "max" and "min"."""
    people = CaseIdentifiers(
        (
            Identity("person:father", "person", "Max Field"),
            Identity("person:aunt", "person", "Val Brook"),
        ),
        kept_names=(),
    )
    sheet = tmp_path / "sheet1.xml"
    sheet.write_text(
        '<worksheet xmlns="urn:s"><cols><col min="1" max="2"/></cols>'
        '<c><v val="left">9</v></c></worksheet>',
        encoding="utf-8",
    )
    assert scan([sheet], people) == []
    named = tmp_path / "custom.xml"
    named.write_text('<root xmlns:x="http://example.org/max/"><Max/></root>', encoding="utf-8")
    assert {leak.found for leak in scan([named], people)} >= {"Max", "max"}


WRAPPED = CaseIdentifiers(ALL.identities, kept_names=(), keep=("Eastlea Recovery Service",))


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        # a table cell's kept agency name cut at a page end, its last word on the next page
        ("Date\n\nAgency\n\nEastlea Recovery\n\nnotes for SPO 1 show", []),
        ("Adviser 1 Eastlea Recovery\n\nTelephone call from Mother", []),
        # the name alone at a block's end is not known to be the kept phrase: still a leak
        ("Seen at Eastlea\n\nRecovery Service staff", ["Eastlea"]),
        # words after it that are not the kept phrase's: a leak
        ("Eastlea Recovery ward\n\nseen", ["Eastlea"]),
    ],
)
def test_a_kept_phrase_cut_by_a_pdf_layout_is_not_a_leak(text, leaks):
    from anonymiser.verify.forms import compile_search

    search = compile_search(WRAPPED)
    assert [h.found for h in search.hits(text, laid_out=True)] == leaks
    assert [h.found for h in search.hits(text)] == ["Eastlea"]  # elsewhere: as before
