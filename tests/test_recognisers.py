"""UK identifier recognisers: table of texts and what must (not) be found."""

import pytest

from anonymiser.recognisers import PatternSet, nhs_checksum_ok

FOUND = [
    ("NHS number 943 476 5919.", "NHS_NUMBER", "943 476 5919"),
    ("NHS 943-476-5919", "NHS_NUMBER", "943-476-5919"),
    ("NI AB 12 34 56 C today", "NI_NUMBER", "AB 12 34 56 C"),
    ("NI AB123456C", "NI_NUMBER", "AB123456C"),
    ("ring 07700 900123 now", "PHONE", "07700 900123"),
    ("ring +44 7700 900123 now", "PHONE", "+44 7700 900123"),
    ("ring (0113) 496 0000", "PHONE", "(0113) 496 0000"),
    ("mail kelly.s@example.org.", "EMAIL", "kelly.s@example.org"),
    ("at LS1 4AB.", "POSTCODE", "LS1 4AB"),
    ("at SW1A 1AA", "POSTCODE", "SW1A 1AA"),
    ("lives at 14 Elm Road with", "ADDRESS", "14 Elm Road"),
    ("moved to Flat 3, 22 Mill Lane.", "ADDRESS", "Flat 3, 22 Mill Lane"),
    ("Child A (DOB 03/04/2021) was", "DATE_OF_BIRTH", "03/04/2021"),
    ("she was born on 3 March 2021.", "DATE_OF_BIRTH", "3 March 2021"),
    ("date of birth: 12th May 2019", "DATE_OF_BIRTH", "12th May 2019"),
    ("car registration AB51 ABC seen", "VEHICLE_REG", "AB51 ABC"),
    ("a van, YK70XZA, outside", "VEHICLE_REG", "YK70XZA"),
    ("a blue Ford, reg A123 BCD", "VEHICLE_REG", "A123 BCD"),
    ("vehicle ABC 123D parked", "VEHICLE_REG", "ABC 123D"),
    ("crime number 13/123456/21.", "POLICE_REF", "13/123456/21"),
    ("Crime ref: CR/0012345/24", "POLICE_REF", "CR/0012345/24"),
    ("CRIS 1234567/24 refers", "POLICE_REF", "1234567/24"),
    ("occurrence number 240001234 was", "POLICE_REF", "240001234"),
    ("Crime Reference Number: 4700123456 ", "POLICE_REF", "4700123456"),
    ("PC 1234 attended", "COLLAR_NUMBER", "1234"),
    ("with PCSO 56789", "COLLAR_NUMBER", "56789"),
    ("DS 4321 spoke", "COLLAR_NUMBER", "4321"),
    ("Case No: ZW24C00123", "COURT_CASE", "ZW24C00123"),
    ("proceedings ZW24C00123 listed", "COURT_CASE", "ZW24C00123"),
    ("claim number F12YJ345 issued", "COURT_CASE", "F12YJ345"),
]
CASE_KINDS = {"VEHICLE_REG", "POLICE_REF", "COLLAR_NUMBER", "COURT_CASE"}
NOT_A_CASE_REFERENCE = [
    "seen on 12/03/2024 at 14:30",
    "crime reference 12/03/2024",
    "police log at 1430 hrs",
    "incident 14:30",
    "police were called on 3 March 2024",
    "a Section 47 enquiry under s.17",
    "case number 47",
    "NHS 943 476 5919",
    "the ABC 123 group",  # prefix/suffix shapes need a vehicle word before them
    "A123 BCD",
    "the PC was slow",
]
NOT_FOUND = [
    ("NHS 943 476 5918", "NHS_NUMBER"),  # bad checksum
    ("NI QQ 12 34 56 C", "NI_NUMBER"),  # QQ is not a valid prefix
    ("ring 0770 090", "PHONE"),
    ("seen on 3 March 2024", "DATE_OF_BIRTH"),
    ("Section 47 enquiry", "ADDRESS"),
]


@pytest.mark.parametrize("text, kind, expected", FOUND)
def test_found(text, kind, expected):
    spans = [(text[s:e], k) for s, e, k, _ in PatternSet().find(text)]
    assert (expected, kind) in spans


@pytest.mark.parametrize("text, kind", NOT_FOUND)
def test_not_found(text, kind):
    assert kind not in {k for *_, k, _ in PatternSet().find(text)}


@pytest.mark.parametrize(
    "digits, ok", [("9434765919", True), ("9434765918", False), ("123", False)]
)
def test_nhs_checksum(digits, ok):
    assert nhs_checksum_ok(digits) is ok


@pytest.mark.parametrize("event_dates, found", [(False, False), (True, True)])
def test_event_dates_only_when_asked(event_dates, found):
    kinds = {k for *_, k, _ in PatternSet(event_dates=event_dates).find("seen on 3 March 2024")}
    assert ("DATE" in kinds) is found


@pytest.mark.parametrize("text", NOT_A_CASE_REFERENCE)
def test_dates_times_sections_and_nhs_numbers_are_not_case_references(text):
    assert not CASE_KINDS & {k for *_, k, _ in PatternSet().find(text)}


def test_every_identifier_recogniser_is_in_the_presidio_registry():
    from anonymiser.analysis import Analysis
    from anonymiser.recognisers import IDENTIFIERS

    analysis = Analysis(IDENTIFIERS)
    entities = {e for r in analysis.analyzer.registry.recognizers for e in r.supported_entities}
    assert {r.kind for r in IDENTIFIERS} <= entities
    assert CASE_KINDS <= entities


def test_presidio_analysis_finds_the_case_references():
    from anonymiser.analysis import Analysis
    from anonymiser.recognisers import IDENTIFIERS

    texts = ["PC 1234 took crime number 13/123456/21 about AB51 ABC.", "Case No: ZW24C00123"]
    found = [
        [(text[s:e], k) for s, e, k, _ in found.patterns]
        for text, found in zip(texts, Analysis(IDENTIFIERS).analyse(texts), strict=True)
    ]
    assert set(found[0]) == {
        ("1234", "COLLAR_NUMBER"),
        ("13/123456/21", "POLICE_REF"),
        ("AB51 ABC", "VEHICLE_REG"),
    }
    assert found[1] == [("ZW24C00123", "COURT_CASE")]
