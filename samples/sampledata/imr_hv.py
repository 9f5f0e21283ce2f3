"""Health visiting IMR (community trust): chronology split across two tables, short dates."""

from docx.shared import RGBColor

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

NHS_BLUE = RGBColor(0x00, 0x5E, 0xB8)
COLUMNS = ["When", "Source", "Contact type", "Details", "Outcome"]

PART_1 = [
    (
        "w/c 4/3/24",
        "HV Priestley",
        "Letter",
        "18-month development review appointment sent for 12.3.24 at Eastmoor Children's Centre.",
        "Appointment made",
    ),
    (
        "12.3.24",
        "HV Priestley",
        "Clinic – WNB",
        "Tyler was not brought to his 18-month review.",
        "Second appointment sent",
    ),
    (
        "13.3.24",
        "MASH",
        "Telephone",
        "MASH checks re DA notification. HV confirmed universal service; no concerns known.",
        "No HV action requested",
    ),
    (
        "2.4.24",
        "HV Priestley",
        "Home visit – no access",
        "Visit to Flat 3, 112 Corporation Street for 18-month review. No reply.",
        "Card left",
    ),
    (
        "? 12/04/2024",
        "HV Priestley",
        "Telephone",
        "Mum (Chantelle) phoned to rebook; date of call uncertain, entry written up 16.4.24.",
        "Appointment 16.4.24",
    ),
    (
        "16.4.24",
        "HV Priestley",
        "Clinic",
        "18-month review completed. Tyler seen with mum. ASQ-3: communication below cut-off (says 4 words). Weight 11.2 kg (50th centile). Mum reported low mood, 'struggling since Liam left'. DA enquiry: mum disclosed the March incident; said Liam no longer visits.",
        "Referred to GP re mood. Review speech at 2 years",
    ),
    (
        "20.5.24",
        "HV Priestley",
        "Telephone",
        "Mum said she is 'much better', has a new partner 'Dean'.",
        "No action",
    ),
    (
        "early June 2024",
        "Admin",
        "Records",
        "Transfer of HV caseload from J Priestley to C Benson (team restructure). Records not summarised at transfer.",
        "",
    ),
    (
        "14.8.24",
        "HV Benson",
        "Telephone",
        "Mum informs change of address to 27 Larkspur Close, Eastmoor. Records updated, GP informed.",
        "Address changed",
    ),
    (
        "10.9.24",
        "HV Benson",
        "Home visit",
        "2-year review at new address. Tyler seen with mum; partner Dean present and answered many questions. Tyler's speech still limited (about 10 words). House sparse, stair gate not fitted. DA enquiry not made as partner present.",
        "Referral to speech and language therapy. Nursery place encouraged",
    ),
    (
        "5.11.24",
        "MASH",
        "Telephone",
        "MASH checks after DA incident 2.11.24. HV shared 2-year review findings.",
        "Attend strategy if needed",
    ),
    (
        "12.12.24",
        "HV Benson",
        "Telephone",
        "SW Grainger asked for health contribution to single assessment.",
        "Report sent 16.12.24",
    ),
    (
        "14.1.25",
        "HV Benson",
        "Meeting",
        "Child in Need meeting at Eastmoor Children's Centre. Mum 12 weeks pregnant.",
        "HV to complete antenatal contact",
    ),
    (
        "29.1.25",
        "Midwife Royle",
        "Antenatal booking",
        "Booking at 14 weeks. Routine DA enquiry not asked: partner in room. Smoker 10/day. Past history of low mood.",
        "Consultant led care; HV informed",
    ),
    (
        "11.2.25",
        "HV Benson",
        "Antenatal contact",
        "Home visit. Mum, Tyler and Mr Hollis present. Tyler seen, clingy; a bruise on his upper arm was not seen (long sleeves).",
        "Next contact new birth",
    ),
    (
        "26.2.25",
        "HV Benson",
        "Meeting",
        "CIN review. Nursery reported bruise 10.2.25 (fell off sofa).",
        "HV did not record the bruise",
    ),
]

PART_2 = [
    (
        "25.3.25",
        "Paediatric liaison",
        "Notification",
        "ED attendance 22.3.25: Tyler, bump to forehead, fell from sofa. Discharged.",
        "Filed; HV to discuss at next contact",
    ),
    (
        "14.4.25",
        "HV Benson",
        "New birth visit",
        "Ava born 10.4.25, 3.2 kg. Seen with mum and Mr Hollis. Tyler seen in living room. Safe sleep advice. DA enquiry not made.",
        "Universal Plus",
    ),
    (
        "22.4.25",
        "Midwife Royle",
        "Postnatal",
        "Day 12 postnatal visit. Mum tearful. Discharged from midwifery.",
        "Handed to HV",
    ),
    (
        "6.5.25",
        "HV Benson",
        "Strategy discussion",
        "Telephone strategy discussion 10:00 with CSC and police following DA 4.5.25.",
        "S47 agreed; HV to see children",
    ),
    (
        "9.5.25",
        "HV Benson",
        "Home visit",
        "Ava weighed (3.6 kg). Tyler seen with mum. Mum says Dean 'won't be back'.",
        "Health report for ICPC",
    ),
    (
        "28.5.25",
        "HV Benson",
        "ICPC",
        "Attended initial conference. All three children made subject to CP plans (emotional abuse).",
        "Monthly HV contacts",
    ),
    (
        "w/c 16/6/25",
        "HV Benson",
        "Home visit – no access",
        "Two attempted visits, no reply.",
        "Informed SW",
    ),
    (
        "25.6.25",
        "Amy Lister CNN",
        "Home visit",
        "Ava 10-week check. Tyler seen; speech appointment missed (WNB).",
        "SALT re-referral",
    ),
    ("23.7.25", "HV Benson", "Core group", "Nursery attendance 62%.", ""),
    (
        "7.8.25",
        "HV Benson",
        "Home visit – no access",
        "No reply. Male voice heard inside.",
        "Not reported to SW (recorded only)",
    ),
    ("27.8.25", "HV Benson", "RCPC", "Review conference. Plans continue.", ""),
    (
        "Sept 2025",
        "HV Benson",
        "Records",
        "Sickness absence (3 weeks); no cover visits allocated.",
        "",
    ),
    (
        "15.10.25",
        "HV Benson",
        "Home visit",
        "Tyler and Ava seen with mum. Ava 6 months, weight dropping from 50th to 25th centile.",
        "GP review advised",
    ),
    ("19.11.25", "HV Benson", "Core group", "Tyler not at nursery since 12.11.25.", "HV to visit"),
    (
        "26.11.25",
        "HV Benson",
        "Home visit – no access",
        "No reply. Text sent to mum 07700 900461.",
        "No response",
    ),
    (
        "15.12.25",
        "Paediatric liaison",
        "Notification",
        "Tyler admitted 14.12.25 with head injury. HV attended strategy discussion 15.12.25.",
        "Records secured",
    ),
]


def build():
    doc = new_document(
        font="Arial",
        size=10.5,
        title="IMR NCHT - Tyler Ashworth (health visiting and midwifery)",
        author="Patricia Quinlan",
        modified_by="Claire Benson",
        created=f.when(2026, 2, 9),
        modified=f.when(2026, 2, 28, 14, 12),
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE: PERSONAL",
        "NCHT Safeguarding Children Team | IMR – Tyler Ashworth | Author: P. Quinlan",
    )
    para(doc, "**Northshire Community Health NHS Trust**", align="center", size=16)
    para(doc, "Safeguarding Children Team", align="center")
    heading(
        doc,
        "Individual Management Review: Health Visiting, Midwifery and School Nursing",
        1,
        colour=NHS_BLUE,
    )
    key_value_table(
        doc,
        [
            ("Child", f"Tyler Ashworth  |  DOB 14.9.22  |  NHS {f.NHS_TYLER}"),
            ("Siblings", f"Kayla-Rose Ashworth (NHS {f.NHS_KAYLA}); Ava Hollis (NHS {f.NHS_AVA})"),
            (
                "Mother",
                f"Chantelle Ashworth (NHS {f.NHS_CHANTELLE}), mobile {f.PHONE_CHANTELLE}, {f.EMAIL_CHANTELLE}",
            ),
            (
                "IMR author",
                "Patricia Quinlan, Named Nurse for Safeguarding Children (no involvement in the case or line management of staff involved)",
            ),
            ("Records secured", "15 December 2025 (SystmOne, paper maternity notes)"),
            ("Date of report", "28 February 2026"),
            ("Requested by", f"{f.CHAIR}, Independent Chair, {f.REF}"),
        ],
    )
    heading(doc, "1. Terms of Reference", 1, colour=NHS_BLUE)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "2. Methodology", 1, colour=NHS_BLUE)
    paras(
        doc,
        """
The author reviewed the SystmOne health visiting records for Tyler, Kayla and Ava, the maternity records for Ava's pregnancy, the school nursing record for Kayla and the safeguarding supervision notes. Claire Benson (Health Visitor), Joanne Priestley (Health Visitor), Amy Lister (Community Nursery Nurse) and Gemma Royle (Midwife) were interviewed.
""",
    )
    heading(doc, "3. Context", 1, colour=NHS_BLUE)
    paras(
        doc,
        """
The Eastmoor health visiting team had 2.4 WTE vacancies during 2025; caseloads averaged 480 children per full-time health visitor against a recommended 300. Safeguarding supervision was three-monthly. In June 2024 a restructure moved families between health visitors without a transfer summary.
""",
    )
    heading(doc, "4. Chronology", 1, colour=NHS_BLUE)
    heading(doc, "4.1 March 2024 to February 2025", 2, colour=NHS_BLUE)
    table(doc, COLUMNS, PART_1, widths=[2.2, 2.4, 2.6, 6.4, 3.2], size=8.5, header_fill="DCE6F2")
    heading(doc, "4.2 March 2025 to December 2025", 2, colour=NHS_BLUE)
    table(doc, COLUMNS, PART_2, widths=[2.2, 2.4, 2.6, 6.4, 3.2], size=8.5, header_fill="DCE6F2")
    heading(doc, "5. Analysis", 1, colour=NHS_BLUE)
    heading(doc, "5.1 The child's lived experience", 2, colour=NHS_BLUE)
    paras(
        doc,
        """
Tyler was seen at most health visiting contacts, but always with his mother and usually with Mr Hollis. He was never seen alone by a health practitioner, which for a child of his age is not expected; what is expected is that the practitioner observes and records the child's presentation and interaction. Records describe Tyler as "clingy" on 11.2.25 and "quiet" on 15.10.25 without considering what this might mean.

The routine enquiry about domestic abuse was not made at five contacts because Mr Hollis was present. The trust's policy requires the practitioner to arrange to see the mother alone; this did not happen.
""",
    )
    heading(doc, "5.2 Information sharing", 2, colour=NHS_BLUE)
    paras(
        doc,
        """
The health visitor's observation on 7.8.25 of a male voice in the house while the plan said Mr Hollis had left was significant and was not shared. The ED notification of 22.3.25 was filed rather than discussed with the social worker.
""",
    )
    heading(doc, "5.3 Good practice", 2, colour=NHS_BLUE)
    para(
        doc,
        "Referral to speech and language therapy was made promptly and re-made when Tyler was not brought. The health visitor attended every conference and core group.",
    )
    heading(doc, "6. Lessons Learned", 1, colour=NHS_BLUE)
    paras(
        doc,
        """
- When a partner is always present, the practitioner must create an opportunity to see the mother alone.
- Repeated no-access visits to a child on a plan must be reported to the social worker on the same day.
- Caseload transfer must include a written summary of risk.
""",
    )
    heading(doc, "7. Recommendations", 1, colour=NHS_BLUE)
    for i, text in enumerate(
        [
            "The trust will audit compliance with routine enquiry for domestic abuse at antenatal and new birth contacts.",
            "Safeguarding supervision for children on CP plans will be monthly.",
            "A transfer summary template will be mandatory when families move between health visitors.",
        ],
        1,
    ):
        para(doc, f"R{i}. {text}")
    heading(doc, "8. Action Plan", 1, colour=NHS_BLUE)
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
                "R1",
                "Quarterly audit",
                "Named Nurse",
                "31/07/2026",
                "Every mother asked alone",
                "95% compliance",
                "Not started",
            ),
            (
                "R2",
                "Change supervision policy",
                "Head of Safeguarding",
                "30/04/2026",
                "Drift identified early",
                "Supervision records",
                "In progress",
            ),
            (
                "R3",
                "Transfer template on SystmOne",
                "Service Manager",
                "31/05/2026",
                "",
                "Audit of transfers",
                "Not started",
            ),
        ],
        widths=[2.0, 2.6, 2.3, 1.9, 2.6, 2.6, 1.8],
        size=8.5,
        header_fill="DCE6F2",
    )
    return doc
