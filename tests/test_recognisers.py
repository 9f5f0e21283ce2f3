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
