"""Identifiers that appear in the IMRs: all invented (NHS numbers in the unissued 999 range)."""

from datetime import datetime

from .docbuild import nhs_number

NHS_TYLER = nhs_number("999482731")
NHS_KAYLA = nhs_number("999301548")
NHS_AVA = nhs_number("999617205")
NHS_CHANTELLE = nhs_number("999215836")
NI_DEAN = "JT 48 29 17 C"
NI_CHANTELLE = "PX 71 03 64 A"
PHONE_CHANTELLE = "07700 900461"
PHONE_DEAN = "07700 900872"
PHONE_LORRAINE = "01632 960318"
PHONE_NURSERY = "01632 960540"
PHONE_SURGERY = "01632 960222"
EMAIL_CHANTELLE = "chan.ashworth22@example.org"
HOME = "27 Larkspur Close, Eastmoor, Northtown NT4 7QJ"
OLD_HOME = "Flat 3, 112 Corporation Street, Northtown NT1 2HX"
NAN_HOME = "9 Hawthorn Terrace, Westfield, Northtown NT6 3LD"
CHAIR = "Dr Eleanor Whitcombe"
BOARD = "Northshire Local Safeguarding Children Board"
REF = "NSCB-SCR-2026-01"


def when(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, 0)


# The questions every IMR answers (Working Together 2010, 8.35), in the board's wording.
TOR_COMMON = """
The Independent Chair of the Serious Case Review Panel, {chair}, commissioned this Individual Management Review on behalf of the {board} on 4 February 2026. The review covers the period from 1 March 2024 to 17 December 2025, the date of Child A's death.

The agency is asked to:

- construct a comprehensive chronology of its involvement with Tyler, his siblings and the adults in the household over the period;
- consider the events, the decisions made and the actions taken or not taken, and understand why;
- say whether the child was seen, whether he was seen alone, and when and how his wishes and feelings were ascertained and recorded;
- consider whether information was shared in a timely way with partner agencies;
- identify lessons for the agency and make recommendations with an action plan (Working Together 2010, 8.36 and 8.37).
"""
