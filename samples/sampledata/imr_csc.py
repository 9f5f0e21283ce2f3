"""Children's social care IMR: heading styles, a landscape chronology with seen / seen alone columns."""

from docx.shared import RGBColor

from . import facts as f
from .docbuild import (
    header_footer,
    heading,
    key_value_table,
    new_document,
    new_section,
    page_break,
    para,
    paras,
    table,
)

NAVY = RGBColor(0x1F, 0x3A, 0x5F)

COLUMNS = [
    "Date",
    "Time",
    "Source of Information",
    "Details of contact/event",
    "Child seen?",
    "Seen alone?",
    "Wishes and feelings",
]

CHRONOLOGY = [
    (
        "11/03/2024",
        "09:12",
        "Police – child concern notification (PPN)",
        "Notification of a domestic incident on 09/03/2024 at Flat 3, 112 Corporation Street. Liam Dunmore (birth father) attended intoxicated and argued with Chantelle Ashworth. Kayla (5) and Tyler (18 months) present in the flat. DASH assessed as standard risk.",
        "No",
        "No",
        "Not sought",
    ),
    (
        "12/03/2024",
        "11:40",
        "MASH screening – Farah Iqbal (SW)",
        "Checks completed. No previous CSC involvement. HV Joanne Priestley confirmed universal service only and that Tyler's 18-month review was due. Decision by TM Ashcroft: no further action, letter to mother with domestic abuse support information.",
        "No",
        "No",
        "N/A",
    ),
    (
        "13/03/2024",
        "",
        "Letter",
        "Standard letter sent to Miss Ashworth at the Corporation Street address with Northshire Women's Aid leaflet and helpline 0808 196 0000.",
        "No",
        "No",
        "",
    ),
    (
        "21/10/2024",
        "14:05",
        "Telephone call from Probation – Rebecca Naylor (PO)",
        "PO asked whether children in the household of Dean Hollis were known. PO said Mr Hollis was in a relationship with 'Chan' who had two children. Duty worker advised PO to submit a referral if she had concerns. No referral received. Not linked to Tyler's record as surname of mother not known.",
        "No",
        "No",
        "",
    ),
    (
        "04/11/2024",
        "08:55",
        "Police – child concern notification",
        "Domestic incident on 02/11/2024 at 27 Larkspur Close. Dean Hollis arrested on suspicion of assault; Chantelle had a reddened cheek. Children reported to be asleep upstairs. DASH medium. Second notification in eight months.",
        "No",
        "No",
        "",
    ),
    (
        "05/11/2024",
        "10:30",
        "MASH – Farah Iqbal (SW)",
        "Multi-agency checks: HV Claire Benson – 2-year review completed September, no concerns. School – Kayla's attendance 91%. Probation – Mr Hollis subject to community order for assault on a previous partner. Decision: single assessment, allocated to Sophie Grainger.",
        "No",
        "No",
        "",
    ),
    (
        "12/11/2024",
        "15:30",
        "Home visit – SW Grainger",
        "Announced visit. Chantelle and Tyler at home; Mr Hollis 'at work'. Tyler seen playing with cars on the living room floor, clean and appropriately dressed. Mother present throughout. Chantelle described the incident as 'just a row that got out of hand'. No stair gate fitted.",
        "Yes",
        "No",
        "Not sought – observation only",
    ),
    (
        "19/11/2024",
        "13:15",
        "School visit – SW Grainger",
        "Kayla seen alone at St Anne's C of E Primary School in the nurture room. Kayla said 'Dean and Mummy were shouting and I put my hands on my ears'. Tyler was at nursery and was not seen.",
        "No (sibling seen)",
        "No",
        "Kayla's views recorded",
    ),
    (
        "26/11/2024",
        "16:00",
        "Office interview – SW Grainger",
        "Dean Hollis seen at Eastmoor office. Acknowledged 'we argue like any couple'. Disclosed community order and agreed to complete the Building Better Relationships programme.",
        "No",
        "No",
        "",
    ),
    (
        "28/11/2024",
        "",
        "Telephone – Little Acorns Day Nursery",
        "Nursery manager Debbie Thornton reported good attendance, some speech delay, no safeguarding concerns.",
        "No",
        "No",
        "",
    ),
    (
        "20/12/2024",
        "",
        "Single assessment outcome",
        "Assessment completed on day 32. Outcome: Child in Need plan. Mother seen as cooperative and protective. Referral to Women's Aid; Mr Hollis to complete BBR. Authorised by TM Ashcroft.",
        "No",
        "No",
        "Kayla's views included; Tyler 'too young to express views'",
    ),
    (
        "14/01/2025",
        "10:00",
        "Child in Need meeting",
        "First CIN meeting at Eastmoor Children's Centre. Present: Chantelle, SW Grainger, HV Benson, Shannon Doyle (nursery). Mr Hollis did not attend. Chantelle 12 weeks pregnant.",
        "No",
        "No",
        "",
    ),
    (
        "03/02/2025",
        "10:20",
        "Unannounced home visit",
        "No access. No reply; curtains drawn. Calling card left.",
        "No",
        "No",
        "",
    ),
    (
        "06/02/2025",
        "11:00",
        "Home visit – SW Grainger",
        "Chantelle, Tyler and Mr Hollis present. Tyler seen briefly in his bedroom, clingy to mother and would not come to SW.",
        "Yes",
        "No",
        "",
    ),
    (
        "11/02/2025",
        "",
        "Telephone – Little Acorns Day Nursery",
        "Debbie Thornton reported a bruise to Tyler's upper left arm seen on 10/02/2025; mother said he fell off the sofa. SW recorded the explanation as consistent. Not discussed with the Team Manager.",
        "No",
        "No",
        "",
    ),
    (
        "26/02/2025",
        "10:00",
        "Child in Need review",
        "Bruise mentioned by the nursery. Plan to continue. Mr Hollis had attended two BBR sessions (per mother).",
        "No",
        "No",
        "",
    ),
    (
        "17/03/2025",
        "",
        "Case note – TM Ashcroft",
        "Case held by the Team Manager during SW sickness absence (03/03/2025–28/03/2025). No visits during this period.",
        "No",
        "No",
        "",
    ),
    (
        "24/03/2025",
        "",
        "Paediatric liaison notification (Northtown Hospitals)",
        "ED attendance 22/03/2025: Tyler, bump to forehead after fall from sofa. Received by business support and filed. Not read by SW until 08/04/2025.",
        "No",
        "No",
        "",
    ),
    (
        "08/04/2025",
        "14:00",
        "Home visit – SW Grainger",
        "ED attendance discussed; mother said Tyler fell from the sofa while she was in the kitchen. Bump healed. Tyler said 'Daddy Dean shouts'. Mother present and laughed it off.",
        "Yes",
        "No",
        "Tyler: 'Daddy Dean shouts' (recorded, not explored)",
    ),
    (
        "14/04/2025",
        "",
        "Case note",
        "Ava born 10/04/2025. Ava not added to the CIN plan.",
        "No",
        "No",
        "",
    ),
    (
        "05/05/2025",
        "07:45",
        "EDT – Colin Bradshaw",
        "Police reported domestic incident 04/05/2025 at 23:10: Mr Hollis smashed mother's phone while holding Ava. Arrested. EDT agreed children could remain with mother given arrest. Handed over to day team.",
        "No",
        "No",
        "",
    ),
    (
        "06/05/2025",
        "10:00",
        "Strategy discussion",
        "Telephone strategy discussion chaired by TM Ashcroft with DS Kettering (Police), HV Benson (Health) and SW Grainger. Agreed section 47 enquiries for Tyler, Kayla and Ava, joint with police.",
        "No",
        "No",
        "",
    ),
    (
        "07/05/2025",
        "15:00",
        "Section 47 home visit – SW Grainger and DC Farrant",
        "Tyler and Ava seen with mother. Tyler hid behind the sofa and would not speak to workers. Written agreement: Mr Hollis not to stay at the address.",
        "Yes",
        "No",
        "Attempted; Tyler would not engage",
    ),
    (
        "08/05/2025",
        "10:30",
        "Nursery visit – SW Grainger",
        "Tyler seen at nursery without his mother, with key worker Shannon Doyle present. Using play people Tyler said 'Dean gets angry and the door goes bang'.",
        "Yes",
        "Yes",
        "Tyler's words recorded in assessment",
    ),
    (
        "15/05/2025",
        "",
        "MARAC",
        "SW attended MARAC. Actions: police marker on address, IDVA to contact mother, housing to be informed.",
        "No",
        "No",
        "",
    ),
    (
        "28/05/2025",
        "10:00",
        "Initial child protection conference",
        "Chaired by Margaret Hulme. Tyler, Kayla and Ava made subject of child protection plans under the category of emotional abuse. GP report not received. Probation sent a written report. Mr Hollis attended the first half.",
        "No",
        "No",
        "Kayla's views presented by SW",
    ),
    ("11/06/2025", "", "Core group 1", "Plan reviewed. Housing not invited.", "No", "No", ""),
    (
        "25/06/2025",
        "16:30",
        "Home visit – SW Grainger",
        "Tyler and Ava seen with mother. Chantelle said the relationship with Mr Hollis had ended.",
        "Yes",
        "No",
        "",
    ),
    (
        "10/07/2025",
        "",
        "E-mail from Police",
        "CPS decided no further action on criminal damage; bail conditions ended 09/07/2025. Not discussed with the family or at core group.",
        "No",
        "No",
        "",
    ),
    ("23/07/2025", "", "Core group 2", "Nursery reported attendance down to 62%.", "No", "No", ""),
    ("05/08/2025", "11:00", "Unannounced home visit", "No access.", "No", "No", ""),
    (
        "12/08/2025",
        "14:40",
        "Unannounced home visit",
        "No access. Neighbour at no. 25 said 'he's always there, you can hear him'.",
        "No",
        "No",
        "",
    ),
    (
        "14/08/2025",
        "11:30",
        "Home visit – SW Grainger",
        "Tyler seen asleep in pushchair in the hallway; Kayla seen. Mother said Mr Hollis had not been living there.",
        "Yes",
        "No",
        "Not sought – asleep",
    ),
    (
        "27/08/2025",
        "10:00",
        "Review child protection conference",
        "Plans continue. Chantelle seen as engaging well. Neighbour's comment not shared with conference.",
        "No",
        "No",
        "",
    ),
    (
        "16/09/2025",
        "09:20",
        "Telephone – Little Acorns Day Nursery",
        "Nursery reported a bruise to Tyler's right ear seen on 15/09/2025; mother said he fell at the park.",
        "No",
        "No",
        "",
    ),
    (
        "16/09/2025",
        "16:10",
        "Home visit – SW Grainger",
        "Tyler seen with mother; bruise to right ear visible and fading. TM consulted by phone: explanation consistent, no strategy discussion, no child protection medical.",
        "Yes",
        "No",
        "",
    ),
    (
        "01/10/2025",
        "",
        "Core group 3",
        "Housing officer not present (not invited).",
        "No",
        "No",
        "",
    ),
    (
        "31/10/2025",
        "",
        "Case transfer",
        "SW Grainger left the authority. Case reallocated to Farah Iqbal from 03/11/2025.",
        "No",
        "No",
        "",
    ),
    (
        "05/11/2025",
        "15:00",
        "Home visit – SW Iqbal",
        "Introductory visit. Tyler seen with mother; Mr Hollis present 'visiting'. Tyler quiet and did not approach the worker.",
        "Yes",
        "No",
        "",
    ),
    (
        "19/11/2025",
        "",
        "Core group 4",
        "Nursery attendance 48%. Tyler not at nursery since 12/11/2025.",
        "No",
        "No",
        "",
    ),
    (
        "02/12/2025",
        "10:00",
        "Unannounced home visit",
        "No access. Calling card left; text to mother's mobile 07700 900461.",
        "No",
        "No",
        "",
    ),
    (
        "14/12/2025",
        "16:20",
        "EDT – Colin Bradshaw",
        "Police reported Tyler admitted to Northtown General Hospital unresponsive with a head injury. Kayla and Ava taken into police protection.",
        "No",
        "No",
        "",
    ),
    (
        "15/12/2025",
        "09:30",
        "Strategy discussion",
        "Chaired by TM Ashcroft. Police, hospital and health present. Kayla and Ava placed with maternal grandmother Lorraine Pickering under section 20.",
        "No",
        "No",
        "",
    ),
    (
        "17/12/2025",
        "",
        "Notification",
        "Tyler died at the regional paediatric intensive care unit.",
        "No",
        "No",
        "",
    ),
]

ACTION_PLAN = [
    (
        "1",
        "Audit of the response to bruising in children subject to CIN or CP plans",
        "Quarterly audit of 20 cases",
        "Head of Service, Safeguarding Unit",
        "30/09/2026",
        "Bruising always prompts a strategy discussion",
        "Audit shows 90% compliance",
        "Not started",
    ),
    (
        "2",
        "Every visit records whether the child was seen alone and why not",
        "Change to case recording form",
        "Principal Social Worker",
        "30/06/2026",
        "Children's voice visible in records",
        "Dip sample of 30 records",
        "In progress",
    ),
    (
        "3",
        "Probation enquiries linked to children's records",
        "MASH procedure amended",
        "MASH Team Manager",
        "31/05/2026",
        "",
        "Spot check of probation contacts",
        "Not started",
    ),
    (
        "4",
        "Cover for absent social workers",
        "Duty manager allocates visits",
        "Team Manager",
        "",
        "No child on a plan goes unvisited",
        "Monthly performance report",
        "Not started",
    ),
]


def build():
    doc = new_document(
        font="Calibri",
        size=11,
        title="IMR Tyler Ashworth - Childrens Social Care - FINAL",
        author="Diane Whitworth",
        modified_by="SGrainger",
        created=f.when(2026, 2, 10),
        modified=f.when(2026, 3, 2, 16, 45),
        subject="Serious case review NSCB-SCR-2026-01",
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE",
        "Northshire Children's Social Care – IMR re Tyler ASHWORTH (DOB 14/09/2022) – OFFICIAL-SENSITIVE",
    )
    para(doc, "**Northshire Children's Social Care**", align="center", size=16)
    para(doc, "Individual Management Review", align="center", size=20, bold=True)
    para(doc, f"Serious Case Review {f.REF}: Tyler Ashworth", align="center", size=14)
    para(doc, "FINAL – version 1.3", align="center", italic=True)
    key_value_table(
        doc,
        [
            (
                "Agency",
                "Northshire Children's Social Care (CSC), Children and Families Directorate",
            ),
            ("Subject child", f"Tyler James **ASHWORTH**, born 14/09/2022, NHS No. {f.NHS_TYLER}"),
            ("Address", f.HOME),
            (
                "IMR author",
                "Diane Whitworth, Service Manager, Quality Assurance and Reviewing Unit",
            ),
            ("Date of request", "04/02/2026"),
            ("Date records secured", "15/12/2025 (LCS case record locked by Head of Service)"),
            ("Date of report", "02/03/2026"),
            (
                "Declaration of independence",
                "I have had no line management responsibility for the practitioners or managers involved and no involvement with Tyler or his family.",
            ),
            (
                "Senior manager sign-off",
                "Angela Fairbrother, Head of Safeguarding and Quality Assurance",
            ),
        ],
    )
    para(
        doc,
        f"Commissioned by the Independent Chair of the SCR Panel, {f.CHAIR}, for the {f.BOARD}.",
        italic=True,
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1, colour=NAVY)
    paras(
        doc,
        """
Tyler Ashworth was three years old when he was admitted to Northtown General Hospital on 14 December 2025 with a severe head injury. He died at the regional paediatric intensive care unit on 17 December 2025. At the time of his death Tyler, his sister Kayla-Rose and his half-sister Ava were subject to child protection plans under the category of emotional abuse.

This report sets out the involvement of Northshire Children's Social Care with Tyler's family between 1 March 2024 and 17 December 2025. It is written for the Serious Case Review Panel and follows the outline in Working Together to Safeguard Children (2010), paragraphs 8.32 to 8.37.
""",
    )
    heading(doc, "2. Terms of reference", 1, colour=NAVY)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "3. Methodology", 1, colour=NAVY)
    paras(
        doc,
        """
The author read the whole electronic case record (LCS) for Tyler, Kayla and Ava, the MASH screening records, the assessment, the minutes of the Child in Need meetings, the child protection conference reports and minutes, the core group notes and the EDT log. Supervision records for the allocated social worker were read for the period November 2024 to October 2025.

Interviews were held with:

- Sophie Grainger, Social Worker (interviewed 12/02/2026, she has since left the authority);
- Neil Ashcroft, Team Manager (13/02/2026);
- Farah Iqbal, Social Worker (13/02/2026);
- Margaret Hulme, Child Protection Conference Chair (16/02/2026).

A written record of each interview was shared with the interviewee (8.33). The family have been told of the review; the Panel will decide when to meet them.
""",
    )
    heading(doc, "4. Context of the agency", 1, colour=NAVY)
    paras(
        doc,
        """
The Eastmoor Assessment and Intervention Team had eight social worker posts in 2025, of which three were filled by agency staff. Average caseloads were 24 children per worker against a target of 18. The Team Manager covered two teams between March and June 2025. Sophie Grainger was in her assessed and supported year in employment (ASYE) when the case was allocated to her in November 2024.

The authority was judged "requires improvement" at its last inspection, which noted drift in child in need cases and inconsistent recording of the child's voice.
""",
    )

    sec = new_section(doc, landscape=True)
    header_footer(sec, "OFFICIAL-SENSITIVE", "CSC IMR – chronology – Tyler Ashworth")
    heading(doc, "5. Chronology of involvement", 1, colour=NAVY)
    para(
        doc,
        "All contacts recorded on the case record between 01/03/2024 and 17/12/2025. 'Child' in the columns below means Tyler.",
        italic=True,
        size=9,
    )
    table(doc, COLUMNS, CHRONOLOGY, widths=[2.2, 1.3, 4.0, 11.0, 2.0, 1.9, 3.3], size=8.5)

    sec = new_section(doc, landscape=False)
    header_footer(
        sec,
        "OFFICIAL-SENSITIVE",
        "Northshire Children's Social Care – IMR re Tyler ASHWORTH (DOB 14/09/2022) – OFFICIAL-SENSITIVE",
    )
    heading(doc, "6. Analysis of involvement", 1, colour=NAVY)
    heading(doc, "6.1 Was Tyler seen, and seen alone?", 2, colour=NAVY)
    paras(
        doc,
        """
Tyler was seen by a social worker on nine occasions in thirteen months of involvement. On only one occasion, the nursery visit on 8 May 2025, was he seen without his mother or Mr Hollis present. On 14 August 2025 he was asleep in his pushchair and the record treats this as a visit at which he was seen. Between 26 February and 8 April 2025 no social worker saw Tyler at all, because the allocated worker was off sick and no visits were arranged in her absence.

The visit to St Anne's on 19 November 2024 is recorded on Tyler's file as "children seen". It was Kayla who was seen. This matters because later summaries, including the conference report, counted it as a sighting of Tyler.
""",
    )
    heading(doc, "6.2 Tyler's wishes and feelings", 2, colour=NAVY)
    paras(
        doc,
        """
Tyler's words were recorded twice: "Daddy Dean shouts" on 8 April 2025 and "Dean gets angry and the door goes bang" on 8 May 2025. The first was said in front of his mother and was not explored. The second was recorded in the section 47 enquiry but does not appear in the analysis. The assessment of December 2024 described Tyler as "too young to express views"; the author does not accept that a child of two cannot communicate his experience through play, behaviour and presentation, and the nursery held a great deal of that information.
""",
    )
    heading(doc, "6.3 Risk indicators and decision making", 2, colour=NAVY)
    paras(
        doc,
        """
Several indicators were not brought together: two domestic abuse notifications within eight months involving two different men; Mr Hollis's conviction for assaulting a previous partner; a bruise in February 2025 and a head injury in March 2025, both explained by falls from the sofa; the end of bail conditions in July 2025; a neighbour's statement that Mr Hollis was "always there"; and a second bruise, to the ear, in September 2025. The bruise to the ear in a child subject to a child protection plan should have led to a strategy discussion and a child protection medical (Northshire LSCB procedures, section 5.4).

Chantelle was consistently seen as cooperative. This view was formed early and not tested against what other agencies knew, in particular the probation officer's call of 21 October 2024, which was never linked to the family's record.
""",
    )
    heading(doc, "6.4 Information sharing", 2, colour=NAVY)
    paras(
        doc,
        """
Information was shared well at the strategy discussion on 6 May 2025, when police and health attended. Housing was not invited to core groups although MARAC had asked for housing to be informed. The paediatric liaison notification of 24 March 2025 was filed without being read for two weeks.
""",
    )
    heading(doc, "6.5 Good practice", 2, colour=NAVY)
    paras(
        doc,
        """
The visit to the nursery on 8 May 2025 was good practice: the social worker saw Tyler in a setting where he felt safe, used play, and recorded his words verbatim. The EDT response on 14 December 2025 was prompt.
""",
    )
    heading(doc, "7. Lessons learned", 1, colour=NAVY)
    paras(
        doc,
        """
- A sibling seen is not the subject child seen; records must say which child was seen.
- A child who is asleep has been seen but not spoken with; the record should say so.
- Explanations for injuries in a child on a plan must be tested with a strategy discussion, not accepted by telephone.
- Contacts from probation about a man's new household must be linked to the children's records.
- Cover arrangements for sickness must include visits to children on plans.
""",
    )
    heading(doc, "8. Recommendations", 1, colour=NAVY)
    for i, text in enumerate(
        [
            "Northshire CSC will audit the response to bruising and injury in children subject to CIN and CP plans.",
            "Case recording will require the worker to state whether each child was seen, seen alone, and their wishes and feelings, with reasons when not.",
            "The MASH procedure will require all probation and police enquiries about adults to be linked to the records of children in the household.",
            "Team Managers will ensure that visits to children on plans continue during a worker's absence.",
        ],
        1,
    ):
        para(doc, f"{i}. {text}")
    heading(doc, "9. Action plan", 1, colour=NAVY)
    table(
        doc,
        [
            "No.",
            "Recommendation",
            "Action",
            "Lead",
            "By when",
            "Intended outcome",
            "How success will be measured",
            "Status",
        ],
        ACTION_PLAN,
        widths=[0.8, 3.2, 2.5, 2.2, 1.8, 2.5, 2.5, 1.5],
        size=8,
    )
    para(doc, "Signed: D. Whitworth, Service Manager QA, 02/03/2026", italic=True)
    return doc
