"""The document machinery: author text, outlines, gaps marked, action plans, the writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.records import Imr, Recommendation
from pipeline.action_plan import MULTI_AGENCY, gather_action_plan
from pipeline.documents.blocks import (
    AuthorMarker,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    TableBlock,
)
from pipeline.documents.compose import compose
from pipeline.documents.dump import dump_docx
from pipeline.documents.markdown import normalise, parse_sections, read_author_text
from pipeline.documents.outline import Outline, OutlineSection, load_outline
from pipeline.documents.writer import write_document
from pipeline.errors import InputError


@pytest.mark.parametrize(
    "title, key",
    [
        ("Analysis", "analysis"),
        ("The child's experience", "the-childs-experience"),
        ("The child’s experience", "the-childs-experience"),
        ("  Terms of Reference ", "terms-of-reference"),
        ("Race, culture & language", "race-culture-language"),
    ],
)
def test_titles_normalise_for_matching(title, key):
    assert normalise(title) == key


def test_markdown_keeps_emphasis_lists_and_subheadings():
    text = "# Analysis\n\nSome **bold** and *quiet* words.\n\n## Theme one\n\n- first\n- second\n"
    [section] = parse_sections(text, Path("analysis.md"))
    assert section.key == "analysis"
    paragraph, heading, bullets = section.blocks
    assert Run("bold", bold=True) in paragraph.runs
    assert Run("quiet", italic=True) in paragraph.runs
    assert heading == Heading("Theme one", 1)  # relative to the section
    assert isinstance(bullets, ListBlock) and [i.text for i in bullets.items] == ["first", "second"]


def test_markdown_file_with_several_sections_and_one_without_heading(tmp_path):
    (tmp_path / "a.md").write_text("# Conclusions\n\nDone.\n\n# Lessons\n\nLearnt.\n")
    (tmp_path / "equalities.md").write_text("No heading here.\r\n")
    found = read_author_text(tmp_path)
    assert set(found) == {"conclusions", "lessons", "equalities"}
    assert found["equalities"].blocks[0].text == "No heading here."


def test_author_text_that_is_not_utf8_names_the_file(tmp_path):
    (tmp_path / "analysis.md").write_bytes(b"# Analysis\n\xff\xfe bad")
    with pytest.raises(InputError, match="analysis.md"):
        read_author_text(tmp_path)


def _outline() -> Outline:
    return Outline(
        "Report",
        "",
        (
            OutlineSection("analysis", "Analysis", text="analysis", ask="Analyse it."),
            OutlineSection("facts", "Facts", generated="facts"),
            OutlineSection(
                "intro", "Introduction", children=(OutlineSection("empty", "Nothing yet"),)
            ),
        ),
    )


def test_compose_places_author_text_generated_parts_and_marks_gaps():
    author = parse_sections("# Analysis\n\nThe author's words.\n", Path("x.md"))
    document = compose(
        _outline(), None, {"facts": lambda m: [Paragraph.plain("made")]}, {s.key: s for s in author}
    )
    texts = [getattr(b, "text", None) for b in document.blocks]
    assert texts[:5] == ["1 Analysis", "The author's words.", "2 Facts", "made", "3 Introduction"]
    assert isinstance(document.blocks[-1], AuthorMarker)
    assert document.blocks[-2] == Heading("3.1 Nothing yet", 2)


def test_compose_marks_a_missing_author_section_with_its_request():
    document = compose(_outline(), None, {"facts": lambda m: []}, {})
    assert AuthorMarker("Analyse it.") in document.blocks


@pytest.mark.parametrize("name", ["overview-report", "executive-summary"])
def test_every_generator_named_in_the_outlines_exists(name):
    from pipeline.documents.sections import GENERATORS

    def walk(sections):
        for section in sections:
            yield section
            yield from walk(section.children)

    for section in walk(load_outline(name).sections):
        assert not section.generated or section.generated in GENERATORS, section.generated


def _imr(tmp_path, agency, plan=(), recommendations=()):
    return Imr(
        path=tmp_path / f"{agency}.docx",
        agency=agency,
        action_plan=tuple(plan),
        recommendations=tuple(recommendations),
    )


def test_action_plan_keeps_every_recommendation_and_flags_missing_parts(tmp_path):
    complete = {
        "recommendation": "1. Train staff in seeing children alone",
        "action": "Train",
        "lead": "CSC",
        "owner": "Principal Social Worker",
        "by_when": "March 2027",
        "outcome": "Children seen alone",
        "measure": "Audit",
    }
    imrs = (
        _imr(
            tmp_path,
            "CSC",
            [complete],
            [
                Recommendation("1.", "Train staff in seeing children alone", "CSC"),
                Recommendation("2.", "Audit supervision records quarterly", "CSC"),
            ],
        ),
        _imr(
            tmp_path,
            "Police",
            [],
            [Recommendation("1", "Share domestic abuse notifications", "Police")],
        ),
    )
    plan = gather_action_plan(imrs, None)
    assert len(plan.actions) == 3
    problems = plan.problems()
    assert len(problems) == 2
    assert "Action" in problems[0].message and "By when" in problems[0].message


def test_action_plan_csv_adds_multi_agency_actions_and_rejects_unknown_columns(tmp_path):
    good = tmp_path / "action-plan.csv"
    good.write_text(
        "Recommendation,Action,Lead agency,Owner (role),By when,Intended outcome,"
        "How success will be measured,Agency\nR1,Joint audit,LSCB,Business manager,"
        "June 2027,Better sharing,Audit result,\n",
        encoding="utf-8",
    )
    plan = gather_action_plan((), good)
    assert [a.agency for a in plan.actions] == [MULTI_AGENCY]
    assert not plan.problems()
    bad = tmp_path / "bad.csv"
    bad.write_text("Recommendation,Whatever\nR1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="Whatever"):
        gather_action_plan((), bad)


def test_writer_renders_every_block_and_the_dump_reads_it_back(tmp_path):
    document = Document(
        title="Overview report",
        subtitle="Child A",
        blocks=(
            Heading("1 Introduction", 1),
            Paragraph((Run("Plain "), Run("bold", bold=True))),
            ListBlock((Paragraph.plain("one"), Paragraph.plain("two"))),
            TableBlock(("Date", "Event"), (("3 March 2024", "Home visit"),), shading=("E69F00",)),
            AuthorMarker("write the analysis"),
        ),
        header_text="Board",
        footer_text="Report",
    )
    path = write_document(document, tmp_path / "report.docx")
    assert dump_docx(path) == (
        "TITLE: Overview report\nSUBTITLE: Child A\n# 1 Introduction\nPlain bold\n- one\n- two\n"
        "Date | Event\n3 March 2024 | Home visit\n[For the overview author: write the analysis]\n"
    )
    assert not list(tmp_path.glob(".scr-*")), "no temporary file left behind"


def test_a_boards_own_letterhead_template_is_used_and_kept(tmp_path):
    from docx import Document as open_docx

    letterhead = open_docx()
    letterhead.sections[0].header.paragraphs[0].text = "Northshire LSCB letterhead"
    letterhead.styles["Heading 1"].font.name = "Georgia"
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))
    path = write_document(
        Document(title="Report", blocks=(Heading("1 One", 1),), header_text="NSCB-SCR-2026-01"),
        tmp_path / "r.docx",
        template,
    )
    word = open_docx(str(path))
    header = [p.text for p in word.sections[0].header.paragraphs]
    assert header == ["Northshire LSCB letterhead", "NSCB-SCR-2026-01"]
    assert word.styles["Heading 1"].font.name == "Georgia"
    assert word.paragraphs[1].style.name == "Heading 1"


def test_a_template_without_our_styles_falls_back_to_normal(tmp_path):
    from docx import Document as open_docx

    plain = tmp_path / "plain.docx"
    open_docx().save(str(plain))
    path = write_document(
        Document(title="Report", blocks=(AuthorMarker("write it"),)), tmp_path / "r.docx", plain
    )
    marker = open_docx(str(path)).paragraphs[-1]
    assert marker.style.name == "Normal" and marker.runs[0].italic


def test_a_long_table_is_written_in_parts_that_repeat_the_header(tmp_path):
    from docx import Document as open_docx

    rows = tuple((f"{n} March 2024", f"Visit {n}") for n in range(400))
    document = Document(title="Overview report", blocks=(TableBlock(("Date", "Event"), rows),))
    word = open_docx(write_document(document, tmp_path / "report.docx"))
    assert len(word.tables) == 2
    assert [part.rows[0].cells[1].text for part in word.tables] == ["Event", "Event"]
    written = tuple(
        tuple(cell.text for cell in row.cells) for part in word.tables for row in part.rows[1:]
    )
    assert written == rows
