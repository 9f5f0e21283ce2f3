"""The part registry: every part has exactly one fate; unknown parts are dropped."""

from __future__ import annotations

import pytest

from anonymiser.word.parts import reading_rank, rule_for


@pytest.mark.parametrize(
    ("name", "action"),
    [
        ("[Content_Types].xml", "types"),
        ("_rels/.rels", "rels"),
        ("word/_rels/document.xml.rels", "rels"),
        ("word/document.xml", "clean"),
        ("word/header3.xml", "clean"),
        ("word/footnotes.xml", "clean"),
        ("word/charts/chart1.xml", "clean"),
        ("word/diagrams/data1.xml", "clean"),
        ("docProps/core.xml", "core"),
        ("docProps/app.xml", "app"),
        ("word/settings.xml", "settings"),
        ("word/media/image1.JPEG", "image"),
        ("word/media/image2.emf", "drop"),
        ("word/comments.xml", "drop"),
        ("word/commentsExtended.xml", "drop"),
        ("word/people.xml", "drop"),
        ("customXml/item1.xml", "drop"),
        ("docProps/custom.xml", "drop"),
        ("docProps/thumbnail.jpeg", "drop"),
        ("word/glossary/document.xml", "drop"),
        ("word/embeddings/oleObject1.bin", "drop"),
        ("word/vbaProject.bin", "drop"),
        ("word/something-new.xml", "drop"),
        ("evil/../x.xml", "drop"),
    ],
)
def test_rule_for_part(name, action):
    assert rule_for(name).action == action


def test_dropped_parts_say_why():
    assert rule_for("word/people.xml").reason


def test_reading_order_body_first():
    names = [
        "docProps/core.xml",
        "word/footer1.xml",
        "word/header1.xml",
        "word/document.xml",
        "word/footnotes.xml",
    ]
    assert sorted(names, key=reading_rank) == [
        "word/document.xml",
        "word/header1.xml",
        "word/footer1.xml",
        "word/footnotes.xml",
        "docProps/core.xml",
    ]
