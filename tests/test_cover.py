"""An IMR cover: a cell running name, role and date together is split; a date and author given
without a label (a "Submitted ..." line, a sign-off or version table) are found."""

import pytest
from word_tables import add_table

from chronology.cover import complete_cover, tidy_cover


def test_name_role_and_date_in_one_cell_are_split():
    cover = {"author": "IMR Author 3, Education Safeguarding Adviser. Date: 20 January 2025."}
    tidy = tidy_cover(cover)
    assert tidy["author"] == "IMR Author 3"
    assert tidy["author_role"] == "Education Safeguarding Adviser"
    assert tidy["date of report"] == "20 January 2025"


def test_name_and_role_in_one_cell_fill_the_role():
    tidy = tidy_cover({"author": "Jo Bloggs (Detective Sergeant)"})
    assert (tidy["author"], tidy["author_role"]) == ("Jo Bloggs", "Detective Sergeant")


def test_details_the_cover_gave_in_their_own_place_are_kept():
    cover = {
        "author": "Jo Bloggs, Head of Service",
        "author_role": "Head of Service",
        "date of report": "3 March 2025",
    }
    tidy = tidy_cover(cover)
    assert tidy == {**cover, "author": "Jo Bloggs"}


def test_a_plain_name_is_left_alone():
    assert tidy_cover({"author": "Jo Bloggs"}) == {"author": "Jo Bloggs"}


def test_the_overview_names_the_agency_as_case_yaml_does(tmp_path):
    from types import SimpleNamespace

    from chronology.records import Imr
    from pipeline.review import _with_case_agency

    imr = Imr(path=tmp_path / "police.docx", agency="NORTHSHIRE POLICE")
    agencies = (SimpleNamespace(name="Northshire Police"), SimpleNamespace(name="Other"))
    assert _with_case_agency(imr, agencies).agency == "Northshire Police"
    assert _with_case_agency(imr, agencies[1:]).agency == "NORTHSHIRE POLICE"


def test_a_date_label_over_a_header_row_is_not_a_date_of_report():
    tidy = tidy_cover({"author": "Jo Bloggs", "date of report": "Time"})
    assert "date of report" not in tidy


def test_a_role_holding_brackets_keeps_them():
    tidy = tidy_cover({"author": "Sue Lomax, Safeguarding Lead (the school's DSL)"})
    assert tidy["author_role"] == "Safeguarding Lead (the school's DSL)"


def test_a_label_read_as_the_role_gives_way_to_the_role_in_the_author_cell():
    tidy = tidy_cover({"author": "Julie Marsden, Safeguarding Lead", "author_role": "Name"})
    assert (tidy["author"], tidy["author_role"]) == ("Julie Marsden", "Safeguarding Lead")


# Covers that give the author and the date without a "Date:" label (7 of 12 covers written
# outside this project had no labelled date): each source is filled, none overrides a label.
@pytest.mark.parametrize(
    "lines, tables, expected",
    [
        (["Report submitted 3 March 2025"], [], "3 March 2025"),
        (["Signed off by the Director of Nursing, 11th March 2025"], [], "11th March 2025"),
        (["Final version, April 2025"], [], "April 2025"),
        (
            [],
            [
                (
                    ("Role", "Name", "Signature", "Date"),
                    ("IMR author", "A Writer", "(signed)", "02/03/2025"),
                )
            ],
            "02/03/2025",
        ),
        ([], [(("Signed", "Role", "Date"), ("A Writer", "Team Lead", "12/03/2025"))], "12/03/2025"),
        ([], [(("Signed (author)", "A Writer", "14/03/2025"),)], "14/03/2025"),
        ([], [(("Approved by", "B Boss, Head of Service, 2nd April 2025"),)], "2nd April 2025"),
        (
            [],
            [
                (
                    ("Version", "Date", "Author", "Notes"),
                    ("0.1", "01/02/2025", "A Writer", "Draft"),
                    ("1.0", "20/02/2025", "B Boss", "Signed off"),
                )
            ],
            "20/02/2025",
        ),
    ],
)
def test_the_report_date_is_found_where_covers_put_it(lines, tables, expected):
    cover = tidy_cover(complete_cover({"author": "A Writer"}, lines, tables))
    assert cover["date of report"] == expected


def test_a_labelled_date_is_never_replaced_by_a_guess():
    cover = {"author": "A Writer", "date of report": "01/01/2025"}
    found = complete_cover(cover, ["Submitted 3 March 2025"], [])
    assert found["date of report"] == "01/01/2025"


def test_prepared_by_gives_the_author_and_role_and_a_label_read_as_role_gives_way():
    cover = tidy_cover(
        complete_cover(
            {"author": "Dr Ann Writer", "author_role": "Name"},
            ["Prepared by Dr Ann Writer, Named GP for Safeguarding"],
            [],
        )
    )
    assert (cover["author"], cover["author_role"]) == ("Dr Ann Writer", "Named GP for Safeguarding")


def test_the_version_table_names_the_author_who_wrote_most_versions_when_the_cover_does_not():
    rows = (
        ("Version", "Date", "Author", "Change"),
        ("0.1", "03/02/2025", "C Drafter", "First"),
        ("0.2", "17/02/2025", "C Drafter", "Second"),
        ("1.0", "28/02/2025", "D Signer", "Signed off"),
    )
    found = complete_cover({}, [], [rows])
    assert found["author"] == "C Drafter"


def test_a_date_in_an_analysis_line_is_not_the_report_date():
    long = "The final decision was taken on 4 June 2024 after the strategy meeting had " * 3
    assert "date of report" not in complete_cover({}, [long], [])


def test_the_overview_imr_table_gives_the_role_and_says_when_a_detail_is_not_given(tmp_path):
    from types import SimpleNamespace

    from chronology.records import Imr
    from pipeline.documents.sections import NOT_GIVEN, methodology

    given = Imr(
        path=tmp_path / "a.docx",
        agency="Agency A",
        author="IMR Author 1",
        author_role="Named Nurse",
        dates={"date of report": "9 May 2025"},
    )
    bare = Imr(path=tmp_path / "b.docx", agency="Agency B")
    table = methodology(SimpleNamespace(imrs=(given, bare)))[1]
    assert table.header[1:4] == ("IMR author", "Author's role", "Date of report")
    assert table.rows[0][:4] == ("Agency A", "IMR Author 1", "Named Nurse", "9 May 2025")
    assert table.rows[1][1:4] == (NOT_GIVEN, NOT_GIVEN, NOT_GIVEN)


def test_a_police_style_cover_without_date_labels_gives_author_role_and_date(tmp_path):
    import docx

    from chronology.reader import read_imr

    doc = docx.Document()
    doc.add_paragraph("Individual Management Review")
    doc.add_paragraph("Agency: Eastshire Police")
    doc.add_paragraph("Author: Detective Sergeant Ann Writer, Review Unit")
    doc.add_paragraph("Final version, May 2025")
    add_table(
        doc,
        (
            ("Version", "Date", "Author"),
            ("0.1", "02/04/2025", "DS Ann Writer"),
            ("1.0", "06/05/2025", "DI B Signer"),
        ),
    )
    doc.add_paragraph("Chronology")
    add_table(
        doc,
        (
            ("Date", "Source", "Event"),
            ("10/04/2024", "Log", "Officers attended."),
            ("11/04/2024", "PPN", "PPN sent."),
        ),
    )
    path = tmp_path / "police.docx"
    doc.save(path)
    imr = read_imr(path)
    assert (imr.author, imr.author_role) == ("Detective Sergeant Ann Writer", "Review Unit")
    assert imr.dates["date of report"] == "May 2025"
    assert len(imr.chronology) == 2


def test_a_review_with_one_imr_says_one_agency_not_one_agencies(tmp_path):
    from types import SimpleNamespace

    from chronology.records import Imr
    from pipeline.documents.sections import methodology

    one = Imr(path=tmp_path / "a.docx", agency="Agency A")
    intro = methodology(SimpleNamespace(imrs=(one,)))[0]
    assert intro.text.startswith("1 agency provided")
