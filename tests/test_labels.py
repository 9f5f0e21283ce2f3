"""Our own labels are protected: every pseudonym the engine writes is found as one span."""

import pytest

from anonymiser.labels import GENERIC, protected_pattern, spans

PATTERN = protected_pattern(
    ["Mother", "Mother's partner", "Maternal grandmother", "the nursery", "Child A"],
    ["Emergency Duty Team Social Worker"],
    forbidden=["Tyler"],
)


@pytest.mark.parametrize(
    "text, found",
    [
        ("saw Child A before", ["Child A"]),
        ("Child B and Sibling 1, Half-sibling 2", ["Child B", "Sibling 1", "Half-sibling 2"]),
        ("Mother's partner and Mother", ["Mother's partner", "Mother"]),
        ("IMR Author 3, GP 2 and Person 24", ["IMR Author 3", "GP 2", "Person 24"]),
        ("at the nursery", ["the nursery"]),
        ("Emergency Duty Team Social Worker 1", ["Emergency Duty Team Social Worker 1"]),
        ("the children and Child Ava", []),
        ("Social Worker 12", ["Social Worker 12"]),
    ],
)
def test_protected_spans(text, found):
    assert [text[s:e] for s, e in spans(PATTERN, text)] == found


@pytest.mark.parametrize(
    "text, found",
    [("Child A", True), ("Person 3", True), ("Health Visitor 2", True), ("Childs A", False)],
)
def test_generic_labels(text, found):
    assert bool(GENERIC.fullmatch(text)) is found


def test_a_real_name_is_never_protected():
    pattern = protected_pattern(["Tyler"], forbidden=["tyler"])
    assert spans(pattern, "Tyler came") == []
