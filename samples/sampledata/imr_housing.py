"""Housing IMR: approximate and month-only dates, no action plan table (recommendations only)."""

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

COLUMNS = ["Date", "Officer", "Contact", "Notes"]

CHRONOLOGY = [
    (
        "March 2024",
        "Housing Options",
        "Application",
        f"Housing register application by Chantelle Ashworth, {f.OLD_HOME}: private rented flat, damp, 2 children in one bedroom. Band B. Tel {f.PHONE_CHANTELLE}.",
    ),
    (
        "14/03/2024",
        "Housing Options",
        "Letter",
        "Band B awarded. DA incident 09/03/2024 disclosed by applicant on form ('ex turned up drunk'); no safeguarding flag applied.",
    ),
    ("April 2024", "Housing Options", "Bidding", "Bids placed on 2-bed properties in Eastmoor."),
    (
        "24/06/2024",
        "Housing Options",
        "Offer",
        "Offer of 27 Larkspur Close (3-bed house) after bid.",
    ),
    (
        "02/07/2024",
        "Tracey Holden",
        "Viewing",
        "Accompanied viewing. Applicant with male ('Dean') and two children. Applicant said Dean 'helps out', does not live with her.",
    ),
    (
        "early August 2024",
        "Tracey Holden",
        "Sign-up",
        "Sole tenancy signed by Chantelle Ashworth. Household: applicant, Kayla, Tyler. Introductory tenancy (12 months).",
    ),
    (
        "14/08/2024",
        "Tracey Holden",
        "Tenancy start",
        "Keys issued. Rent £112.40/wk. Universal Credit housing costs.",
    ),
    (
        "c. 20/09/2024",
        "Tracey Holden",
        "Settling-in visit",
        "Visit (date approximate, note typed up later). Male present, introduced as 'my partner Dean'. Tenant asked about adding him to the tenancy; advised to apply.",
    ),
    (
        "03/10/2024",
        "Repairs",
        "Repair",
        "Internal door (living room) – hole in door, 'kicked by accident'. Repair raised, recharge to tenant £85.",
    ),
    (
        "04/11/2024",
        "ASB team",
        "Complaint",
        "Neighbour at no. 25 complains of shouting and banging on 02/11/2024 late at night.",
    ),
    (
        "06/11/2024",
        "Tracey Holden",
        "Telephone",
        "Spoke to tenant about complaint; she said it was 'a one-off'. Warning letter not sent (introductory tenancy review pending).",
    ),
    ("January 2025", "Income team", "Arrears", "Rent arrears £340. UC deduction arranged."),
    (
        "12/02/2025",
        "Mark Ellison",
        "Tenancy sustainment",
        "Referral for tenancy support (arrears). Visit: tenant pregnant, Tyler seen playing in hallway, 'Dean' present and did most of the talking.",
    ),
    (
        "26/02/2025",
        "Mark Ellison",
        "Support plan",
        "Budgeting support agreed. Dean Hollis said he was 'sorting the debts'.",
    ),
    (
        "March 2025",
        "Repairs",
        "Repair",
        "Front door lock replaced – 'keys lost'. Second repair this tenancy; not linked to ASB record.",
    ),
    (
        "15/05/2025",
        "Tracey Holden",
        "MARAC",
        "MARAC action received: 'housing to be informed, consider sanctuary measures'. Housing representative at MARAC was from Homeless Prevention, not the patch officer.",
    ),
    (
        "22/05/2025",
        "Tracey Holden",
        "Letter",
        "Letter to tenant offering Sanctuary Scheme assessment. No reply.",
    ),
    (
        "13/06/2025",
        "Mark Ellison",
        "Home visit",
        "Tenant said Dean 'gone for good'. Tyler and baby seen with mum. Sanctuary assessment declined.",
    ),
    (
        "late June 2025",
        "Tracey Holden",
        "Tenancy review",
        "Introductory tenancy review: converted to secure tenancy. ASB complaint not considered as 'one-off'.",
    ),
    (
        "28/07/2025",
        "Tracey Holden",
        "Estate walkabout",
        "Tracey Holden saw Dean Hollis washing a car outside no. 27 at 9.30am.",
    ),
    (
        "12/08/2025",
        "ASB team",
        "Complaint",
        "Neighbour at no. 25: 'he's back and it's kicking off most nights'. Logged.",
    ),
    (
        "18/08/2025",
        "Tracey Holden",
        "Telephone",
        "Tenant said complaint malicious; 'Dean just visits the kids'.",
    ),
    (
        "? September 2025",
        "Repairs",
        "Repair",
        "Banister spindle broken on stairs. Repair raised; operative noted 'kids must have been swinging on it'.",
    ),
    ("30/09/2025", "Mark Ellison", "Case closure", "Tenancy support closed: arrears cleared."),
    (
        "01/10/2025",
        "Tracey Holden",
        "—",
        "Not invited to core group; housing not on the core group distribution list.",
    ),
    (
        "04/11/2025",
        "Income team",
        "Arrears",
        "New arrears £220; UC claim changed to joint claim with Dean Hollis (DWP notification 29/10/2025).",
    ),
    (
        "20/11/2025",
        "Tracey Holden",
        "Home visit – no access",
        "Visit re arrears. No reply. Child heard crying inside. Card left.",
    ),
    (
        "08/12/2025",
        "Repairs",
        "Repair",
        "Tenant reports stair carpet loose at top step. Appointment booked 17/12/2025.",
    ),
    (
        "15/12/2025",
        "Tracey Holden",
        "Police contact",
        "Police request for tenancy information following Tyler's admission. Information provided.",
    ),
    (
        "16/12/2025",
        "Housing Management",
        "Records secured",
        "Records secured by Head of Housing Management.",
    ),
]


def build():
    doc = new_document(
        font="Calibri",
        size=11,
        title="IMR Northtown Homes Larkspur Close",
        author="Tracey Holden",
        modified_by="Janet Pryce",
        created=f.when(2026, 2, 13),
        modified=f.when(2026, 2, 27, 12, 0),
    )
    header_footer(
        doc.sections[0], "OFFICIAL-SENSITIVE", "Northtown Homes – IMR – 27 Larkspur Close"
    )
    heading(doc, "Northtown Homes – Individual Management Review", 0)
    key_value_table(
        doc,
        [
            ("Tenant", f"Chantelle Ashworth, {f.HOME}, NI No. {f.NI_CHANTELLE}"),
            ("Tenancy ref", "LAR/027/0824"),
            (
                "Author",
                "Gillian Forbes, Head of Tenancy Services (no involvement with the tenancy)",
            ),
            ("Records secured", "16/12/2025"),
            ("Date of report", "27/02/2026"),
        ],
    )
    heading(doc, "Background and terms of reference", 1)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "How this review was done", 1)
    para(
        doc,
        "The housing management system, repairs history, ASB case file and income records were read. Tracey Holden and Mark Ellison were interviewed.",
    )
    heading(doc, "Chronology", 1)
    table(doc, COLUMNS, CHRONOLOGY, widths=[2.8, 2.8, 2.8, 8.6], size=9, header_fill="EDEDED")
    heading(doc, "Analysis", 1)
    paras(
        doc,
        """
Housing staff are not child protection specialists, but they were at the property more often than most. They saw Mr Hollis at the house in September 2024, February 2025, July 2025 and heard from neighbours in November 2024 and August 2025. Repairs for a kicked door, a replaced lock and a broken banister were never put together with the ASB complaints. Housing was not part of the core group and did not know the children were on child protection plans until December 2025.

The children were seen by housing staff on two visits, always with their mother. No member of staff spoke to the children, which would not be expected; but the crying child heard on 20/11/2025 when there was no reply should have been reported.
""",
    )
    heading(doc, "Lessons", 1)
    paras(
        doc,
        """
- Repairs and ASB records can show a pattern of domestic abuse.
- The patch officer needs to be told about MARAC and CP plans for their tenants.
""",
    )
    heading(doc, "Recommendations", 1)
    for i, text in enumerate(
        [
            "Northtown Homes to flag tenancies where children are on CP plans (with consent from CSC) and alert the patch officer.",
            "Repairs that suggest damage in anger to be reviewed by the housing officer.",
            "CSC and Northtown Homes to agree that the patch officer is invited to core groups where DA is a feature.",
        ],
        1,
    ):
        para(doc, f"Recommendation {i}: {text}")
    para(doc, "An action plan will follow once agreed by the Board's SCR sub-group.", italic=True)
    return doc
