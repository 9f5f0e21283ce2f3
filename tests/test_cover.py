"""An IMR cover cell that runs the author's name, role and date together is split apart."""

from chronology.cover import tidy_cover


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
