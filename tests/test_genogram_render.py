"""The files: svg, png and dot written atomically; marks, key and the DOT text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from genogram import InputError, render
from genogram.examples import blended_family, nuclear_family
from genogram.records import Partnership

NS = {"s": "http://www.w3.org/2000/svg"}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return render(blended_family(), tmp_path_factory.mktemp("out"))


def test_three_files_and_no_temporary_left(files):
    assert [p.name for p in (files.svg, files.png, files.dot)] == [
        "genogram.svg",
        "genogram.png",
        "genogram.dot",
    ]
    assert sorted(p.name for p in files.svg.parent.iterdir()) == [
        "genogram.dot",
        "genogram.png",
        "genogram.svg",
    ]
    with Image.open(files.png) as png:
        assert png.width > 2000


@pytest.mark.parametrize(
    ("xpath", "count"),
    [
        (
            "//s:g[@id='genogram']//s:line[@class='deceased']",
            3 * 2,
        ),  # grandmother, half-sibling, Child A
        ("//s:*[@class='subject-outline']", 1),
        ("//s:polyline[contains(@class, 'slash')]", 1 + 2 + 2 + 1),
        ("//s:polyline[contains(@class, 'twin')]", 2),
        ("//s:path[@class='household']", 2),
        ("//s:polyline[@stroke-dasharray='6 4'][contains(@class, 'partner')]", 2),
        ("//s:polyline[contains(@class, 'arch')]", 1),
    ],
)
def test_marks_drawn_over_the_layout(files, xpath, count):
    tree = etree.parse(str(files.svg))
    assert len(tree.xpath(xpath, namespaces=NS)) == count


def test_key_lists_only_the_symbols_used(files):
    tree = etree.parse(str(files.svg))
    key = " ".join(tree.xpath("//s:g[@id='key']//s:text/text()", namespaces=NS))
    for used in (
        "Male",
        "Female",
        "Sex not known",
        "Died",
        "Divorced",
        "Separated",
        "Twins",
        "Child A's household",
    ):
        assert used in key
    assert "Adopted" not in key and "Foster" not in key


def test_nuclear_key_leaves_out_what_is_not_drawn(tmp_path):
    files = render(nuclear_family(), tmp_path, stem="small")
    key = " ".join(
        etree.parse(str(files.svg)).xpath("//s:g[@id='key']//s:text/text()", namespaces=NS)
    )
    assert "Married" in key and "Divorced" not in key and "Died" not in key
    assert files.svg.name == "small.svg"


def test_labels_never_show_a_date(files):
    texts = etree.parse(str(files.svg)).xpath("//s:text/text()", namespaces=NS)
    assert not any(str(year) in t for t in texts for year in range(1900, 2100))


def test_dot_text_fixes_ranks_and_groups(files):
    text = files.dot.read_text()
    assert "newrank=true" in text and "splines=false" in text
    assert "rank=same" in text and "group=" in text and "cluster" not in text


def test_a_bad_family_writes_nothing(tmp_path):
    family = blended_family()
    broken = type(family)(
        family.members, family.partnerships + (Partnership(("x",), "married"),), family.parent_links
    )
    with pytest.raises(InputError):
        render(broken, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    files = render(blended_family(), tmp_path)
    before = files.svg.read_bytes()
    module = sys.modules["genogram.render"]
    monkeypatch.setattr(module.cairosvg, "svg2png", lambda **_: (_ for _ in ()).throw(OSError))
    with pytest.raises(OSError):
        render(blended_family(), tmp_path)
    assert files.svg.read_bytes() == before
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == [
        "genogram.dot",
        "genogram.png",
        "genogram.svg",
    ]
