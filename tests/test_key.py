"""The pseudonym key: stable labels, one file per case, private."""

import stat

import pytest

from anonymiser.key import PseudonymKey, normalise_name
from anonymiser.records import Identity

SW1 = Identity("professional:1", "professional", "Orla Byrne", role="Social Worker")
SW2 = Identity("professional:2", "professional", "Ahmed Khan", role="Social Worker")
HV = Identity("professional:3", "professional", "Jo Pike", role="Health Visitor")


def test_professionals_numbered_per_role_in_request_order():
    key = PseudonymKey()
    assert [key.professional(p) for p in (SW2, HV, SW1, SW2)] == [
        "Social Worker 1",
        "Health Visitor 1",
        "Social Worker 2",
        "Social Worker 1",
    ]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Tom Baker", "TOM BAKER", True),
        ("Tom Baker's", "Tom Baker", True),
        ("Zoë Ward", "Zoe Ward", True),
        ("Tom Baker", "Tom Barker", False),
    ],
)
def test_unknown_person_same_name_same_label(a, b, same):
    key = PseudonymKey()
    assert (key.unknown_person(a) == key.unknown_person(b)) is same


def test_save_load_round_trip_mode_0600(tmp_path):
    key = PseudonymKey()
    key.professional(SW1)
    key.unknown_person("Tom Baker")
    path = tmp_path / "private" / "key.yaml"
    key.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = PseudonymKey.load(path)
    assert again.professional(SW2) == "Social Worker 2"
    assert again.unknown_person("tom baker") == "Person 1"


def test_missing_file_is_empty_key(tmp_path):
    assert PseudonymKey.load(tmp_path / "nope.yaml") == PseudonymKey()


@pytest.mark.parametrize(
    "name, norm", [("O’Brien’s", "o'brien"), ("  Kelly   SMITH ", "kelly smith")]
)
def test_normalise_name(name, norm):
    assert normalise_name(name) == norm
