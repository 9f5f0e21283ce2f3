"""Probation IMR: dotted four-digit dates, a landscape chronology section."""

from . import facts as f
from .docbuild import (
    header_footer,
    heading,
    key_value_table,
    new_document,
    new_section,
    para,
    paras,
    table,
)

COLUMNS = [
    "Contact date",
    "Contact type",
    "Officer",
    "Summary of contact",
    "Risk / safeguarding note",
]

CHRONOLOGY = [
    (
        "04.03.2024",
        "Office appointment",
        "PO Naylor",
        "Supervision session 9 of community order (24 months from 15.01.2024; supervision and BBR requirement). Dean HOLLIS living with his mother. Employment: warehouse, agency.",
        "RoSH medium to known adult (former partner Stacey Morgan).",
    ),
    ("18.03.2024", "Office appointment", "PO Naylor", "Discussed alcohol use. Attended.", ""),
    (
        "02.04.2024",
        "Failed to attend",
        "PO Naylor",
        "Did not attend. Phoned later: 'was at work'. Acceptable absence.",
        "",
    ),
    (
        "15.04.2024",
        "Office appointment",
        "PO Naylor",
        "Attended. Waiting list for BBR programme (start estimated September 2024).",
        "",
    ),
    (
        "13.05.2024",
        "Office appointment",
        "PO Naylor",
        "Mentioned he has 'been seeing someone'. Not explored.",
        "Relationship change not recorded on OASys.",
    ),
    ("10.06.2024", "Telephone", "PO Naylor", "Telephone contact (agreed as reporting).", ""),
    (
        "15.07.2024",
        "Office appointment",
        "PO Naylor",
        "Said new girlfriend 'Chan' has two children; staying there most nights. Address given as mother's.",
        "Domestic abuse perpetrator in household with children. Safeguarding check not made.",
    ),
    (
        "12.08.2024",
        "Office appointment",
        "PO Naylor",
        "Said 'moving in with Chan' at Larkspur Close, Eastmoor. Change of address not confirmed.",
        "",
    ),
    ("09.09.2024", "Group work", "BBR facilitator", "BBR pre-group session attended.", ""),
    ("23.09.2024", "Group work", "BBR facilitator", "BBR session 1 – did not attend.", ""),
    (
        "07.10.2024",
        "Office appointment",
        "PO Naylor",
        "Warning letter for BBR absence. Agreed to attend.",
        "",
    ),
    (
        "21.10.2024",
        "Telephone to CSC",
        "PO Naylor",
        "Called CSC duty to ask whether children in the household were known. Told family not open; advised to refer if concerned.",
        "No referral made. Surname of partner not known to PO.",
    ),
    (
        "04.11.2024",
        "Police notification",
        "PO Naylor",
        "Police e-mail: HOLLIS arrested 02.11.2024 for assault on partner Chantelle Ashworth; NFA.",
        "OASys review started.",
    ),
    (
        "06.11.2024",
        "Office appointment",
        "PO Naylor",
        "Discussed arrest; 'she was winding me up'. RoSH raised to medium to partner and children.",
        "Home visit planned (not done).",
    ),
    (
        "25.11.2024",
        "Telephone",
        "SW Grainger (CSC)",
        "SW contacted PO for information. PO shared order details and BBR non-attendance.",
        "Good information sharing.",
    ),
    ("09.12.2024", "Office appointment", "PO Naylor", "Attended. Restarted BBR from January.", ""),
    ("13.01.2025", "Group work", "BBR facilitator", "BBR session 1 attended.", ""),
    ("20.01.2025", "Group work", "BBR facilitator", "BBR session 2 attended.", ""),
    (
        "03.02.2025",
        "Group work",
        "BBR facilitator",
        "BBR session 3 – did not attend (sick note).",
        "",
    ),
    (
        "24.02.2025",
        "Supervision (management)",
        "SPO Cartwright",
        "Case supervision. Action: home visit to Larkspur Close within 4 weeks.",
        "Home visit never completed.",
    ),
    (
        "March 2025",
        "Staffing",
        "—",
        "PO Naylor's caseload 58 (target 45). Group work paused for 5 weeks (facilitator vacancies).",
        "",
    ),
    (
        "05.05.2025",
        "Police notification",
        "PO Naylor",
        "Arrest 04.05.2025; charged with criminal damage. Bail conditions.",
        "Breach of order considered; not pursued pending court.",
    ),
    (
        "19.05.2025",
        "Written report",
        "PO Naylor",
        "Report for ICPC sent to CSC. PO not able to attend (court).",
        "",
    ),
    (
        "02.06.2025",
        "Office appointment",
        "PO Naylor",
        "Living at his mother's address per bail.",
        "",
    ),
    (
        "14.07.2025",
        "Office appointment",
        "PO Naylor",
        "Bail conditions ended. Said he is 'back with Chan'.",
        "Not shared with CSC.",
    ),
    (
        "11.08.2025",
        "Office appointment",
        "PO Naylor",
        "BBR completed 14 of 27 sessions. Attendance poor.",
        "",
    ),
    ("08.09.2025", "Failed to attend", "PO Naylor", "Did not attend. Second warning.", ""),
    (
        "06.10.2025",
        "Office appointment",
        "PO Naylor",
        "Attended. Presented as stressed, 'money problems, the kids never stop crying'.",
        "Not shared with CSC.",
    ),
    (
        "03.11.2025",
        "Office appointment",
        "PO Naylor",
        "Short appointment. Order end date 14.01.2026 discussed.",
        "",
    ),
    ("01.12.2025", "Failed to attend", "PO Naylor", "Did not attend.", ""),
    (
        "15.12.2025",
        "Police notification",
        "SPO Cartwright",
        "Notified of arrest re injuries to Tyler ASHWORTH.",
        "Serious Further Offence review notified.",
    ),
]


def build():
    doc = new_document(
        font="Arial",
        size=10.5,
        title="Probation IMR re D HOLLIS - SCR Tyler Ashworth",
        author="James Cartwright",
        modified_by="Rebecca Naylor",
        created=f.when(2026, 2, 9),
        modified=f.when(2026, 2, 24, 10, 10),
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE",
        "Northshire Probation Trust – IMR – SPO J. Cartwright",
    )
    para(doc, "NORTHSHIRE PROBATION TRUST", size=14, bold=True, align="center")
    heading(doc, "Individual Management Review", 1)
    key_value_table(
        doc,
        [
            (
                "Offender",
                f"Dean Anthony HOLLIS, d.o.b. 02.11.1994, CRN N482913, NI {f.NI_DEAN}, tel {f.PHONE_DEAN}",
            ),
            (
                "Order",
                "Community Order 24 months (15.01.2024) – supervision; Building Better Relationships",
            ),
            (
                "Author",
                "Helen Morrow, Senior Probation Officer, Quality and Performance (independent of the case; SPO Cartwright assisted with records)",
            ),
            ("Records secured", "15.12.2025 (nDelius, OASys)"),
            ("Date of report", "24.02.2026"),
        ],
    )
    heading(doc, "1. Terms of reference", 2)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "2. Methodology", 2)
    para(
        doc,
        "nDelius contact log, OASys assessments (three), BBR attendance records and supervision notes were read. Rebecca Naylor and James Cartwright were interviewed.",
    )
    sec = new_section(doc, landscape=True)
    header_footer(sec, "OFFICIAL-SENSITIVE", "Northshire Probation Trust – IMR – chronology")
    heading(doc, "3. Chronology", 2)
    table(doc, COLUMNS, CHRONOLOGY, widths=[2.6, 3.2, 3.0, 10.5, 6.2], size=9, header_fill="D9D9D9")
    sec = new_section(doc, landscape=False)
    header_footer(sec, "OFFICIAL-SENSITIVE", "Northshire Probation Trust – IMR – SPO J. Cartwright")
    heading(doc, "4. Analysis", 2)
    paras(
        doc,
        """
Probation was the only agency that knew from July 2024 that a man convicted of assaulting a partner was living with two young children. The officer made one telephone enquiry, which gave CSC too little to identify the family, and no referral. The planned home visit was never made. After bail ended in July 2025 Mr Hollis told his probation officer he was "back with Chan"; at the same time the child protection plan rested on his having left. Had this been shared, the review conference in August 2025 would have had a very different picture.

Probation staff do not see the children of the people they supervise, and Tyler was never seen by this agency. The question for this review is whether the children were kept in mind. For most of the period they were not.
""",
    )
    heading(doc, "5. Lessons learned", 2)
    paras(
        doc,
        """
- A change in relationship of a domestic abuse perpetrator must trigger a child safeguarding check with the partner's full name and address.
- Information relevant to a child protection plan must be shared with the social worker, not held.
""",
    )
    heading(doc, "6. Recommendations and action plan", 2)
    table(
        doc,
        [
            "Recommendation",
            "Action",
            "Lead",
            "By when",
            "Intended outcome",
            "How success will be measured",
            "Status",
        ],
        [
            (
                "1. Safeguarding checks on relationship change",
                "Practice guidance and nDelius prompt",
                "ACO Interventions",
                "30.06.2026",
                "Children identified early",
                "Audit of 40 cases",
                "In progress",
            ),
            (
                "2. Attendance at CP conferences",
                "Conference attendance standard",
                "SPO",
                "31.05.2026",
                "Probation view heard",
                "Attendance data",
                "",
            ),
            (
                "3. Caseload management",
                "Workload tool review",
                "Head of Operations",
                "31.12.2026",
                "Caseloads within target",
                "Quarterly figures",
                "Not started",
            ),
        ],
        widths=[3.0, 2.6, 2.2, 1.8, 2.6, 2.6, 1.6],
        size=8.5,
        header_fill="D9D9D9",
    )
    return doc
