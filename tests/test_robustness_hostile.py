"""Hostile files (issue 8.1): each is refused in one line naming the file, or read within bounds.

Nothing is fetched (a local server counts requests), followed (``../`` names, symbolic links,
external entities) or expanded (zip and entity bombs). Library first, then the real command in a
child process with a timeout and its peak memory measured.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import hostile
import pytest

from chronology.reader import read_imr
from pipeline.case.loader import read_case
from pipeline.check import check_review
from pipeline.common import InputError as BaseInputError
from pipeline.wordfile import check_word_file

MB = 1024 * 1024


@pytest.fixture(scope="module")
def bomb_bytes() -> bytes:
    return hostile.zip_bomb(210)  # past the 200 MB limit, about 200 KB on disk


def peak_mb(action) -> tuple[object, float]:
    """Run ``action``; its result (or exception) and the peak Python memory it used, in MB."""
    tracemalloc.start()
    try:
        try:
            result = action()
        except Exception as error:  # noqa: BLE001 (the caller asserts on it)
            result = error
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak / MB


def refusal(path: Path) -> str:
    with pytest.raises(BaseInputError) as caught:
        check_word_file(path)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


# --- refused by the gatekeeper -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "said"),
    [
        (lambda: hostile.traversal_docx("../../evil.xml"), "points outside the file"),
        (lambda: hostile.traversal_docx("/etc/evil.xml"), "points outside the file"),
        (lambda: hostile.traversal_docx("word\\..\\..\\evil.xml"), "points outside the file"),
        (lambda: hostile.traversal_docx("C:/evil.xml"), "points outside the file"),
        (hostile.duplicate_entries_docx, "two parts with the same name"),
        (hostile.encrypted_docx, "password"),
        (hostile.old_doc, "Word 97-2003"),
        (hostile.docm, "macro-enabled"),
        (hostile.corrupt_zip, "damaged"),
        (lambda: b"", "empty"),
        (lambda: hostile.raw_zip([("hello.txt", "hi")]), "no word/document.xml"),
    ],
)
def test_hostile_containers_are_refused_in_one_line(tmp_path, build, said):
    path = tmp_path / "imr.docx"
    path.write_bytes(build())
    assert said in refusal(path)
    assert not (tmp_path.parent / "evil.xml").exists()


def test_zip_bomb_is_refused_without_unpacking(tmp_path, bomb_bytes):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb_bytes)
    error, peak = peak_mb(lambda: read_imr(path))
    # refused as unusable input (exit 2), in one line naming the file and why: by the sizes the
    # central directory declares, before any entry is unpacked
    assert isinstance(error, BaseInputError) and "bomb.docx" in str(error), error
    assert "would unpack to more than 200 MB" in str(error), error
    assert "\n" not in str(error)
    assert peak < 20, f"{peak:.0f} MB used to refuse a bomb"


def test_a_lying_zip_is_refused_in_bounded_memory(tmp_path):
    # the central directory says 1 KB; the stream holds 30 MB of spaces
    data = bytearray(hostile.zip_bomb(30))
    path = tmp_path / "liar.docx"
    import zipfile

    with zipfile.ZipFile(path, "w") as out, zipfile.ZipFile(__import__("io").BytesIO(data)) as src:
        for info in src.infolist():
            out.writestr(info, src.read(info))
    # rewrite the declared size of document.xml to a small lie in both headers
    raw = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    true_size = info.file_size.to_bytes(4, "little")
    raw = raw.replace(true_size, (1024).to_bytes(4, "little"))
    path.write_bytes(bytes(raw))
    error, peak = peak_mb(lambda: check_word_file(path))
    assert isinstance(error, BaseInputError), error
    assert "liar.docx" in str(error) and "\n" not in str(error), error
    assert peak < 20


# --- XML inside the parts: entities are never expanded, external ones never followed ------------

PARTS = ("word/document.xml", "word/header1.xml", "word/footnotes.xml", "docProps/core.xml")


@pytest.mark.parametrize("part", PARTS)
def test_entity_bomb_in_any_part_is_not_expanded(tmp_path, part):
    path = tmp_path / "laughs.docx"
    path.write_bytes(hostile.entity_bomb_docx(part))
    result, peak = peak_mb(lambda: check_word_file(path))
    assert peak < 30, f"{peak:.0f} MB: the entities were expanded"
    # the gatekeeper every command uses refuses the part, in one line naming file and part
    assert isinstance(result, BaseInputError), result
    assert "laughs.docx" in str(result) and part in str(result) and "DOCTYPE" in str(result)
    assert "\n" not in str(result)
    # the reader goes through the same reader of Word packages: refused too, nothing expanded
    read, peak = peak_mb(lambda: read_imr(path))
    assert peak < 30, f"{peak:.0f} MB: the entities were expanded"
    assert isinstance(read, BaseInputError), read
    assert part in str(read) and "DOCTYPE" in str(read) and "lollol" not in str(read)


@pytest.mark.parametrize("part", PARTS)
def test_external_entities_are_never_followed(tmp_path, part):
    secret = tmp_path / "secret.txt"
    secret.write_text(hostile.SECRET)
    with hostile.counting_server() as (url, hits):
        for target in (secret.as_uri(), f"{url}/entity"):
            path = tmp_path / "xxe.docx"
            path.write_bytes(hostile.external_entity_docx(target, part))
            result, _ = peak_mb(lambda path=path: read_imr(path))
            assert isinstance(result, BaseInputError), result  # refused: it declares a DOCTYPE
            assert part in str(result) and hostile.SECRET not in str(result)
    assert hits == []


def test_remote_template_picture_and_link_are_never_fetched(tmp_path):
    with hostile.counting_server() as (url, hits):
        path = tmp_path / "remote.docx"
        path.write_bytes(hostile.external_relationships_docx(url))
        check_word_file(path)
        imr = read_imr(path)
        assert len(imr.tables) == 1
    assert hits == []


# --- big and deep inputs are read within bounds --------------------------------------------------

READ_AND_COUNT = (
    "import sys\n"
    "from pathlib import Path\n"
    "from chronology.reader import read_imr\n"
    "imr = read_imr(Path(sys.argv[1]))\n"
    "print(len(imr.tables[0].rows))\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(("pages", "rows"), [(500, 200), (1, 10_000)])
def test_a_500_page_imr_and_a_10000_row_chronology_are_read_whole_within_bounds(
    tmp_path, pages, rows
):
    path = tmp_path / "long.docx"
    path.write_bytes(hostile.big_imr_docx(pages=pages, rows=rows))
    run = hostile.run_python(READ_AND_COUNT, path, timeout=90)
    assert run.code == 0, run.output
    assert run.stdout.strip() == str(rows)
    assert run.max_rss_mb < 600, f"{run.max_rss_mb:.0f} MB"


@pytest.mark.parametrize("depth", [3, 40, 300])
def test_deeply_nested_tables_are_read_or_refused_never_a_crash(tmp_path, depth):
    path = tmp_path / "nested.docx"
    path.write_bytes(hostile.nested_tables_docx(depth))
    result, peak = peak_mb(lambda: read_imr(path))
    assert peak < 100
    if isinstance(result, Exception):
        assert isinstance(result, BaseInputError), repr(result)
        assert "nested.docx" in str(result) and "\n" not in str(result), repr(result)


# --- case.yaml: bytes that are not UTF-8, Windows line endings ------------------------------------


def test_invalid_utf8_in_case_yaml_names_the_line(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes(hostile.CASE.encode().replace(b"Kit Testing", b"Kit T\xe9sting"))
    with pytest.raises(BaseInputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert "\n" not in message and "case.yaml" in message and "line 13" in message


def test_windows_line_endings_read_the_same(tmp_path):
    unix, windows = tmp_path / "unix.yaml", tmp_path / "windows.yaml"
    unix.write_bytes(hostile.CASE.encode())
    windows.write_bytes(hostile.CASE.replace("\n", "\r\n").encode())
    a, b = read_case(unix), read_case(windows)
    assert a.case is not None and b.case is not None
    assert a.case.people == b.case.people and a.case.review == b.case.review
    assert [p.message for p in a.problems] == [p.message for p in b.problems]


def test_byte_order_mark_and_windows_endings_in_an_imr_table(tmp_path):
    review = hostile.review_folder(
        tmp_path / "r",
        {
            "police.docx": hostile.imr_docx(
                rows=(("03/03/2024\r\n", "PC 1\r", "Home visit\r\nchild seen"),)
            )
        },
    )
    report = check_review(review)
    assert "police.docx" in report.files


# --- symbolic links -----------------------------------------------------------------------------


def test_a_symlinked_imr_is_refused_and_its_target_untouched(tmp_path):
    outside = tmp_path / "elsewhere.docx"
    outside.write_bytes(hostile.imr_docx())
    review = hostile.review_folder(tmp_path / "r", {})
    (review / "imrs" / "police.docx").symlink_to(outside)
    before = hostile.checksums(tmp_path)
    report = check_review(review)
    problems = [p for p in report.problems if p.file == "police.docx"]
    assert problems and "symbolic link" in problems[0].message
    assert hostile.checksums(tmp_path) == before


# --- the same through the command line ------------------------------------------------------------

HOSTILE_IMRS = {
    "traversal": lambda: hostile.traversal_docx(),
    "duplicates": hostile.duplicate_entries_docx,
    "encrypted": hostile.encrypted_docx,
    "docm": hostile.docm,
    "corrupt": hostile.corrupt_zip,
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_IMRS))
def test_scr_check_lists_a_hostile_imr_and_carries_on(tmp_path, kind):
    review = hostile.review_folder(
        tmp_path / "r", {"bad.docx": HOSTILE_IMRS[kind](), "police.docx": hostile.imr_docx()}
    )
    before = hostile.checksums(review)
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["check", str(review)])
    assert result.exit_code == 1, result.output
    hostile.one_line_about(result.output, "bad.docx")
    assert hostile.checksums(review) == before


@pytest.mark.slow
def test_scr_check_refuses_a_bomb_in_bounded_memory_and_time(tmp_path, bomb_bytes):
    review = hostile.review_folder(tmp_path / "r", {"bomb.docx": bomb_bytes})
    run = hostile.run_scr("check", review, timeout=60)
    assert run.code == 1, run.output
    hostile.one_line_about(run, "bomb.docx")
    assert "would unpack to more than 200 MB" in run.stdout
    assert run.max_rss_mb < 400, f"{run.max_rss_mb:.0f} MB"


@pytest.mark.slow
def test_scr_check_reads_a_10000_row_chronology_in_bounded_time(tmp_path):
    rows = hostile.chronology_rows(10_000)
    review = hostile.review_folder(
        tmp_path / "r",
        {
            "police.docx": hostile.docx_bytes(hostile.imr_body(rows)),
            "long.docx": hostile.big_imr_docx(500, 10),
        },
    )
    run = hostile.run_scr("check", review, timeout=90)
    assert run.code in (0, 1), run.output
    assert "Traceback" not in run.output
    assert run.max_rss_mb < 800, f"{run.max_rss_mb:.0f} MB"


@pytest.mark.slow
def test_scr_check_and_verify_fetch_nothing(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(hostile.SECRET)
    with hostile.counting_server() as (url, hits):
        review = hostile.review_folder(
            tmp_path / "r",
            {
                "remote.docx": hostile.external_relationships_docx(url),
                "xxe.docx": hostile.external_entity_docx(f"{url}/entity"),
                "xxe-file.docx": hostile.external_entity_docx(secret.as_uri(), "word/header1.xml"),
            },
        )
        before = hostile.checksums(review)
        check = hostile.run_scr("check", review, timeout=60)
        verify = hostile.run_scr(
            "verify", "--case", review / "case.yaml", review / "imrs", timeout=60
        )
    assert hits == []
    for run in (check, verify):
        assert run.code in (0, 1), run.output
        assert "Traceback" not in run.output and hostile.SECRET not in run.output
    assert hostile.checksums(review) == before


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["bomb", "traversal", "symlink"])
def test_scr_anonymise_refuses_hostile_files_and_writes_nothing(tmp_path, kind, bomb_bytes):
    review = hostile.review_folder(tmp_path / "r", {})
    target = review / "imrs" / "bad.docx"
    if kind == "bomb":
        target.write_bytes(bomb_bytes)
    elif kind == "traversal":
        target.write_bytes(hostile.traversal_docx())
    else:
        (tmp_path / "real.docx").write_bytes(hostile.imr_docx())
        target.symlink_to(tmp_path / "real.docx")
    before = hostile.checksums(tmp_path)
    run = hostile.run_scr(
        "anonymise", "--case", review / "case.yaml", "--out", tmp_path / "anon", target, timeout=60
    )
    assert run.code == 2, run.output
    hostile.one_line_about(run, "bad.docx")
    assert not (tmp_path / "anon").exists() or not any((tmp_path / "anon").iterdir())
    assert hostile.checksums(tmp_path) == before
    assert run.max_rss_mb < 600


@pytest.mark.slow
def test_scr_verify_does_not_expand_a_zip_bomb(tmp_path, bomb_bytes):
    review = hostile.review_folder(tmp_path / "r", {})
    bomb = tmp_path / "incoming.docx"
    bomb.write_bytes(bomb_bytes)
    run = hostile.run_scr(
        "verify", "--case", review / "case.yaml", bomb, timeout=40, memory_limit_mb=3000
    )
    assert run.code in (0, 1, 2), run.output
    assert "Traceback" not in run.output and "unexpected fault" not in run.output
    assert run.max_rss_mb < 500, f"{run.max_rss_mb:.0f} MB to scan a 200 KB file"
