"""One- and two-letter forms are identifiers only where they stand as initials.

A review whose aliases include "Child M" and "Kyle B" must build with no false findings: the
letters are not to be found in SVG path data, Word markup, colours, cell references, a
pseudonym, a role abbreviation or a keep phrase; they are found where written as initials.
"""

from __future__ import annotations

import pytest

from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.variants import person_variants
from anonymiser.verify.forms import compile_search
from anonymiser.verify.read import MARKUP_PLACES
from anonymiser.verify.read import _named_views as named_views

PEOPLE = (
    Identity("person:child", "person", "Marcus Hill", aliases=("Child M",), pseudonym="Child A"),
    Identity("person:brother", "person", "Kyle Brown", aliases=("Kyle B",), pseudonym="Sibling 1"),
    Identity("professional:1", "professional", "Graham Pettigrew", role="Team Manager"),
)
IDS = CaseIdentifiers(PEOPLE, kept_names=("Helen Marsh",), keep=("Brookfield Surgery",))


def test_child_m_is_one_label_not_a_first_name_and_a_surname():
    forms = {v.form for v in person_variants(PEOPLE[0])}
    assert "Child M" in forms and "Child" not in forms and "M" not in forms


def test_a_role_abbreviation_is_never_initials():
    forms = {v.form for v in person_variants(PEOPLE[2])}
    assert not forms & {"GP", "G.P."}


NOISE = [
    '<svg><path d="M -36 36 L 36 -36 M 0 0 L 10 10 Z"/></svg>',
    (
        '<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr>'
        "<w:t>Seen at home.</w:t></w:r></w:p></w:body></w:document>"
    ),
    '<w:shd xmlns:w="urn:w" w:fill="BF" w:color="KB"/>',
    "Totals are in cell B1 and M2, see =SUM(B1:B9).",
    "Child A and Sibling 1 were seen; GP and the Team Manager agreed.",
    "The KB-2 form was filed.",
]


@pytest.mark.parametrize("text", NOISE)
def test_no_false_findings_in_markup_geometry_colours_cells_or_labels(text):
    search = compile_search(IDS)
    found = [
        h.found
        for place, view in named_views(text.encode())
        for h in search.hits(view, markup=place in MARKUP_PLACES)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("K.B. said he was hungry.", "K.B."),
        ("Seen by KB and his mother.", "KB"),
        ("Child M was seen.", "Child M"),
        ("Kyle B was seen.", "Kyle B"),
    ],
)
def test_initials_are_found_where_written_as_initials(text, found):
    assert [h.found for h in compile_search(IDS).hits(text)] == [found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "initial"),
    [
        ("Child T", "Kayla A"),  # "A" beside the pseudonym "Child A"
        ("Child M", "Kayla B"),  # "M" is SVG path data ("M -36 36"), "B" a colour or a cell
    ],
)
def test_a_review_with_letter_aliases_builds_with_no_false_findings(tmp_path, label, initial):
    """The sample review with a one-letter label alias ("Child T", "Child M") and a first name
    and an initial ("Kayla A", "Kayla B") builds with scr build's own run: the final scans find
    nothing, and the aliases written in the review's own text are replaced."""
    import shutil

    from pipeline.build import SAMPLE, run_build

    folder = tmp_path / "review"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("out", "private"))
    case = folder / "case.yaml"
    written = case.read_text(encoding="utf-8")
    for before, after in (
        ("aliases: [TJ, Ty]", f"aliases: [TJ, Ty, {label}]"),
        ("aliases: [Kayla-Rose]", f"aliases: [Kayla-Rose, {initial}]"),
    ):
        assert before in written
        written = written.replace(before, after)
    case.write_text(written, encoding="utf-8")
    with (folder / "text" / "circumstances.md").open("a", encoding="utf-8") as text:
        text.write(f"\n{label} was seen at school with {initial} on the same day.\n")
    result = run_build(folder, pdf=False)  # refuses on any finding of the scans
    assert result.status == 0 and result.leaks == (), result.leaks
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in folder.rglob("out/**/*.md")]
    texts += [p.read_text(encoding="utf-8") for p in (folder / "out").rglob("*.csv")]
    assert texts
    assert not [t for t in texts if label in t or initial in t]


def test_a_label_shaped_alias_is_replaced_not_protected():
    """ "Child M" as an alias has the shape of a label ("Child A") but names a real child."""
    from anonymiser.engine import Anonymiser
    from anonymiser.key import PseudonymKey

    (out,) = Anonymiser(IDS, PseudonymKey(), ner=False).anonymise(
        ["Child M was seen with Kyle B, Child A and Child B."]
    )
    assert out == "Child A was seen with Sibling 1, Child A and Child B."


HOME = Identity("address:home", "address", "112 Corporation Road, Eastmoor, Northtown NT4 7QJ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They moved to 112 Corporation last year.", ["112 Corporation"]),
        ("Seen at 112 Corporation Road.", ["112 Corporation Road"]),
        ("The Corporation approved 112 new homes.", []),
        ("Room 112 at Northtown Corporation offices.", []),
    ],
)
def test_a_shortened_address_is_found_without_false_alarms(text, found):
    ids = CaseIdentifiers((HOME,), kept_names=())
    assert [h.found for h in compile_search(ids).hits(text)] == found


def test_a_shortened_address_is_replaced():
    from anonymiser.engine import Anonymiser
    from anonymiser.key import PseudonymKey

    ids = CaseIdentifiers((HOME,), kept_names=())
    (out,) = Anonymiser(ids, PseudonymKey(), ner=False).anonymise(["Moved to 112 Corporation."])
    assert "112" not in out and "Corporation" not in out, out
