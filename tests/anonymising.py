"""What the anonymiser's tests share: invented people as the anonymiser is given them, and an
engine's analysis rebuilt to run in worker processes.

Not a test module (pytest does not collect it); every name a test gives here is invented.
"""

from __future__ import annotations

from datetime import date

from anonymiser.analysis import Analysis, CaseRecogniser
from anonymiser.engine import Anonymiser
from anonymiser.records import Identity


def family_member(key: str, name: str, *, pseudonym: str, born: date, sex: str) -> Identity:
    """A family member as case.yaml gives them: ``key`` is the id after "person:"."""
    return Identity(f"person:{key}", "person", name, pseudonym=pseudonym, born=born, sex=sex)


def pooled_analysis(engine: Anonymiser, processes: int = 2) -> Analysis:
    """The analysis ``engine`` runs (its recognisers, language model and case names), told to
    share its pieces between ``processes`` processes."""
    own = engine._analysis
    recognisers, _board, case, _with_net = own._recipe
    return Analysis(
        recognisers,
        own.net,
        (),
        CaseRecogniser(*case, own.net.is_name),
        processes=processes,
    )
