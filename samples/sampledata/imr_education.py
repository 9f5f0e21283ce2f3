"""Education and early years IMR (nursery and primary school): ordinal dates, am/pm times."""

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

COLUMNS = ["Date", "Time", "Setting", "Staff member", "Event", "Action taken"]

CHRONOLOGY = [
    (
        "4th March 2024",
        "8.50am",
        "School",
        "Mr Price",
        "Kayla arrived late and tired; said 'Daddy Liam was shouting at the door'.",
        "Logged on CPOMS. DSL informed.",
    ),
    (
        "5th March 2024",
        "",
        "School",
        "Mrs Fielding (DSL)",
        "DSL reviewed log; spoke to mum at pick-up who said Liam had 'been drinking'.",
        "Monitor.",
    ),
    (
        "12th March 2024",
        "",
        "School",
        "Mrs Fielding",
        "Police PPN notification received via Operation Encompass.",
        "Class teacher informed; Kayla offered time with learning mentor.",
    ),
    ("April 2024", "", "School", "Mr Price", "Attendance for spring term 89%.", "Letter home."),
    (
        "2nd September 2024",
        "9.00am",
        "Nursery",
        "Debbie Thornton",
        "Tyler started at Little Acorns Day Nursery (2-year-old funded place, 15 hours). Registration form lists Dean Hollis as 'stepdad' and Lorraine Pickering (01632 960318) as emergency contact.",
        "Key worker Shannon Doyle allocated.",
    ),
    (
        "3rd September 2024",
        "",
        "School",
        "Miss Aston (Y1 teacher)",
        "Kayla started Year 1. New address on admission update.",
        "",
    ),
    (
        "30th September 2024",
        "",
        "Nursery",
        "Shannon Doyle",
        "Settling-in review: TJ (as mum calls him) uses few words, plays alone, startles at loud noises.",
        "Speech and language concern shared with mum.",
    ),
    (
        "4th November 2024",
        "10.15am",
        "School",
        "Mrs Fielding",
        "Operation Encompass notification of DA incident 2nd November 2024.",
        "Kayla seen by learning mentor; said she 'heard banging'.",
    ),
    (
        "19th November 2024",
        "1.15pm",
        "School",
        "Mrs Fielding",
        "Social worker Sophie Grainger visited and saw Kayla alone in the nurture room.",
        "DSL present at start only.",
    ),
    (
        "28th November 2024",
        "",
        "Nursery",
        "Debbie Thornton",
        "Telephone call with SW: attendance good, speech delay, no concerns.",
        "",
    ),
    (
        "14th January 2025",
        "10.00am",
        "Nursery",
        "Shannon Doyle",
        "Attended CIN meeting at Eastmoor Children's Centre.",
        "Nursery to share attendance monthly.",
    ),
    (
        "10th February 2025",
        "8.40am",
        "Nursery",
        "Shannon Doyle",
        "Bruise approx. 2cm, yellow/purple, on Tyler's upper left arm seen during nappy change. Mum said he fell off the sofa. Body map completed.",
        "Manager informed. Not referred to MASH; manager decided to tell SW.",
    ),
    (
        "11th February 2025",
        "",
        "Nursery",
        "Debbie Thornton",
        "Telephoned SW Grainger about the bruise.",
        "SW said explanation consistent.",
    ),
    ("26th February 2025", "", "Nursery", "Shannon Doyle", "CIN review: bruise raised.", ""),
    (
        "17th March 2025",
        "2.30pm",
        "Nursery",
        "Shannon Doyle",
        "Tyler (seen alone, in the role-play area) pointed at a toy figure and said 'Daddy Dean shouts, shouts at Mummy'.",
        "Recorded verbatim. Not passed to SW (SW off sick; no cover contact known).",
    ),
    (
        "7th April 2025",
        "",
        "Nursery",
        "Debbie Thornton",
        "Tyler absent all week. Mum said he had a cold.",
        "",
    ),
    (
        "8th May 2025",
        "10.30am",
        "Nursery",
        "Shannon Doyle",
        "SW visited; Tyler seen without mum. Used play people; said 'Dean gets angry and the door goes bang'.",
        "Shannon stayed with Tyler during the visit.",
    ),
    (
        "28th May 2025",
        "10.00am",
        "Nursery",
        "Debbie Thornton",
        "Attended ICPC. Nursery report submitted.",
        "Member of core group.",
    ),
    (
        "28th May 2025",
        "",
        "School",
        "Mrs Fielding",
        "School report submitted to ICPC (DSL did not attend: Year 6 SATs).",
        "",
    ),
    ("11th June 2025", "", "Nursery", "Shannon Doyle", "Core group 1.", ""),
    (
        "30th June 2025",
        "3.20pm",
        "School",
        "Mr Price",
        "Kayla collected by Mr Hollis. School aware of written agreement? Not recorded.",
        "None.",
    ),
    (
        "10th July 2025",
        "",
        "School",
        "Lucy Marsden (School Nurse)",
        "Health review with Kayla at school: Kayla seen alone, says home is 'OK now'.",
        "School nurse record shared with DSL.",
    ),
    (
        "23rd July 2025",
        "",
        "Nursery",
        "Debbie Thornton",
        "Core group 2: attendance 62% since May.",
        "",
    ),
    (
        "8th September 2025",
        "",
        "School",
        "Mr Price",
        "Kayla into Year 2. Mr Price new class teacher.",
        "",
    ),
    (
        "15th September 2025",
        "8.55am",
        "Nursery",
        "Shannon Doyle",
        "Bruise to Tyler's right ear, purple, and a scratch behind the ear. Mum said he fell at the park at the weekend. Tyler said 'I was naughty'.",
        "Body map. Manager rang SW the next morning (16th September 2025, 9.20am).",
    ),
    ("1st October 2025", "", "Nursery", "Debbie Thornton", "Core group 3.", ""),
    (
        "mid October 2025",
        "",
        "School",
        "Mr Price",
        "Kayla's drawing of her family omitted Tyler and Dean. Teacher noted it but did not log it.",
        "Not logged (found during IMR interviews).",
    ),
    (
        "3rd November 2025",
        "",
        "Nursery",
        "Shannon Doyle",
        "Tyler thin and quiet; ate two breakfasts.",
        "Logged on nursery safeguarding form.",
    ),
    (
        "12th November 2025",
        "",
        "Nursery",
        "Debbie Thornton",
        "Last day Tyler attended nursery.",
        "",
    ),
    (
        "19th November 2025",
        "",
        "Nursery",
        "Debbie Thornton",
        "Core group 4: reported non-attendance since 12th November.",
        "SW to visit.",
    ),
    (
        "26th November 2025",
        "11.00am",
        "Nursery",
        "Debbie Thornton",
        "Phoned mum (07700 900461): no answer. Text sent.",
        "Second text 28th November.",
    ),
    (
        "1st December 2025",
        "",
        "School",
        "Mrs Fielding",
        "Kayla absent 1st–5th December; mum said 'sickness bug'.",
        "Attendance officer letter.",
    ),
    (
        "15th December 2025",
        "",
        "School",
        "Mrs Fielding",
        "Informed by CSC of Tyler's admission; Kayla living with grandmother.",
        "Support plan for Kayla.",
    ),
]


def build():
    doc = new_document(
        font="Calibri",
        size=11,
        title="Education IMR - Tyler Ashworth and Kayla Ashworth",
        author="Karen Fielding",
        modified_by="Simon Okoro",
        created=f.when(2026, 2, 8),
        modified=f.when(2026, 2, 25, 17, 0),
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE",
        "Northshire Council Education and Early Years – IMR – Author: Mrs Anne Redmayne",
    )
    para(doc, "Northshire Council", size=12, bold=True)
    para(doc, "Education and Early Years Service", size=12)
    heading(doc, "Individual Management Review", 0)
    para(doc, "Little Acorns Day Nursery and St Anne's C of E Primary School", size=13, italic=True)
    table(
        doc,
        ["CHILD", "DOB", "SETTING", "STATUS AT 14/12/2025"],
        [
            (
                "ASHWORTH, TYLER JAMES",
                "14/09/2022",
                "LITTLE ACORNS DAY NURSERY",
                "CP PLAN – EMOTIONAL ABUSE",
            ),
            (
                "ASHWORTH, KAYLA-ROSE",
                "30/06/2018",
                "ST ANNE'S C OF E PRIMARY (YEAR 2)",
                "CP PLAN – EMOTIONAL ABUSE",
            ),
        ],
        widths=[5.0, 2.5, 5.5, 4.0],
        size=9,
        header_fill="FCE4D6",
    )
    key_value_table(
        doc,
        [
            (
                "IMR author",
                "Mrs Anne Redmayne, Education Safeguarding Adviser (independent of both settings)",
            ),
            ("Date of request", "4th February 2026"),
            (
                "Records secured",
                "16th December 2025 (nursery learning journal, safeguarding file; CPOMS for school)",
            ),
            ("Date of report", "25th February 2026"),
            (
                "Nursery contact",
                f"Little Acorns Day Nursery, 2 Meadow Way, Eastmoor NT4 7AA, tel {f.PHONE_NURSERY}, littleacorns.office@example.org",
            ),
        ],
    )
    heading(doc, "1. Terms of reference", 1)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "2. Methodology", 1)
    paras(
        doc,
        """
The author read the nursery's safeguarding file and Tyler's learning journal, the school's CPOMS record for Kayla and the attendance registers. Interviews were held with Debbie Thornton (Nursery Manager), Shannon Doyle (key worker), Karen Fielding (Designated Safeguarding Lead at St Anne's), Oliver Price (Class Teacher) and the school nurse.
""",
    )
    heading(doc, "3. The settings", 1)
    paras(
        doc,
        """
Little Acorns is a private day nursery registered for 64 places, judged Good. The manager is the designated person for safeguarding. St Anne's is a one-form-entry primary school, judged Good, that takes part in Operation Encompass. Neither setting had been in a child protection case involving a child with a step-parent on probation before.
""",
    )
    heading(doc, "4. Chronology", 1)
    table(
        doc,
        COLUMNS,
        CHRONOLOGY,
        widths=[2.8, 1.4, 1.6, 2.6, 5.6, 3.0],
        size=8.5,
        header_fill="FCE4D6",
    )
    heading(doc, "5. Analysis", 1)
    heading(doc, "5.1 Seeing and hearing Tyler", 2)
    paras(
        doc,
        """
Nursery staff saw **Tyler** more than any other professional: on roughly 180 days between September 2024 and November 2025, and always away from his mother. His key worker knew him well. Tyler's words on 17th March 2025 ("Daddy Dean shouts, shouts at Mummy") were recorded verbatim and are among the clearest expressions of his experience in any agency's records. They were not passed on because the social worker was off sick and the nursery did not know who was covering. The nursery should have referred to MASH.

Kayla was seen alone by the social worker and by the school nurse. She was seen as "quiet but settled". Her drawing in October 2025, from which Tyler and Mr Hollis were missing, was not logged.
""",
    )
    heading(doc, "5.2 Bruising", 2)
    paras(
        doc,
        """
Both bruises were recorded on body maps, which is good practice. In February 2025 the nursery accepted the explanation and told the social worker by phone rather than making a written referral. In September 2025 the report to the social worker was made the next day. Local procedures say that a bruise on a child subject to a plan must be reported to the social worker the same day and followed up in writing.
""",
    )
    heading(doc, "5.3 Attendance", 2)
    para(
        doc,
        "Tyler's attendance fell from 94% to 48%. Falling attendance in a child on a child protection plan was reported to core groups but did not lead to any change in the plan.",
    )
    heading(doc, "6. Lessons learned", 1)
    paras(
        doc,
        """
- Early years settings hold the child's voice; it must reach the social worker.
- Written referral, not only a phone call, for any injury to a child on a plan.
- Non-attendance of a child on a plan for more than two days must be escalated.
""",
    )
    heading(doc, "7. Recommendations", 1)
    for i, text in enumerate(
        [
            "The Early Years team to issue guidance to all settings on reporting injuries to children on plans, in writing and on the same day.",
            "Settings to record who covers for an absent social worker at every core group.",
            "Schools and nurseries to escalate absence of more than two days for any child on a CP plan.",
        ],
        1,
    ):
        para(doc, f"{i}) {text}")
    return doc
