"""Police IMR: no heading styles (bold numbered Normal paragraphs), ISO date-times, Arial."""

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

COLUMNS = ["Date/Time", "Source", "Occurrence", "Action taken"]

CHRONOLOGY = [
    (
        "2024-03-09 23:47",
        "Control room – 999 call (STORM log 4471)",
        "Female caller (CHANTELLE ASHWORTH) reports ex-partner Liam DUNMORE banging on the door of Flat 3, 112 Corporation Street, shouting, drunk. Two children in the flat.",
        "PC 4471 Whitaker and PC Moss attended 00:09. Dunmore had left. Children Kayla and Tyler seen asleep in bedroom. DASH completed: standard.",
    ),
    (
        "2024-03-10 01:30",
        "Crime/incident record NP/24/018833",
        "Domestic incident recorded, no crime (verbal only).",
        "Words of advice. Caller given Women's Aid details.",
    ),
    (
        "2024-03-10 10:15",
        "PPU – PPN",
        "Child concern notification (PPN1) for Kayla and Tyler.",
        "Sent to MASH 11/03/2024.",
    ),
    (
        "2024-03-14 19:40",
        "Officer attendance",
        "Liam Dunmore spoken to at his mother's address (Denise Dunmore).",
        "Harassment warning considered; not issued as single incident.",
    ),
    (
        "2024-06-18",
        "Intelligence log",
        "Intelligence that Dean HOLLIS (DOB 02/11/1994) is in a new relationship with a female with children in Eastmoor. Previous DA perpetrator against former partner Stacey Morgan (conviction ABH 2023).",
        "Logged. No action; no children identified.",
    ),
    (
        "2024-11-02 23:20",
        "Control room – 999 call",
        "Neighbour at 25 Larkspur Close reports screaming and banging from no. 27.",
        "Graded immediate. PC Whitaker and PC Moss attended 23:34.",
    ),
    (
        "2024-11-02 23:34",
        "Attending officers",
        "Chantelle ASHWORTH has reddened left cheek, says she 'walked into the door'. Dean HOLLIS agitated. Children said to be asleep upstairs; officers looked in on them from the doorway.",
        "HOLLIS arrested on suspicion of assault (s39). Body-worn video captured.",
    ),
    (
        "2024-11-03 11:00",
        "Custody – Northtown PS",
        "HOLLIS interviewed. No comment. Victim declined to make a statement.",
        "NFA – evidential test not met. Released 14:20.",
    ),
    (
        "2024-11-03 15:05",
        "DASH review – PPU",
        "DASH reviewed by DS Kettering: medium risk. Repeat DA (different perpetrator, same victim address history).",
        "PPN for children sent to MASH. Referral to IDVA declined by victim.",
    ),
    (
        "2024-11-05 10:00",
        "MASH police researcher",
        "Checks for MASH: HOLLIS previous for ABH on former partner, community order supervised by probation.",
        "Shared with CSC MASH.",
    ),
    (
        "2025-01-22 16:45",
        "Control room – call",
        "Lorraine PICKERING (maternal grandmother, tel. 01632 960318) asks for a welfare check: cannot contact her daughter for three days.",
        "PC Moss attended 18:10. All present and well. Tyler seen in the living room watching TV. No concerns.",
    ),
    (
        "2025-05-04 23:10",
        "Control room – 999 call",
        "Chantelle ASHWORTH reports partner smashing her phone and 'going mad' while holding the baby.",
        "Graded immediate. Attended 23:19.",
    ),
    (
        "2025-05-04 23:19",
        "Attending officers",
        "HOLLIS holding baby Ava (3 weeks). Mobile phone smashed. Tyler awake on the landing crying; Kayla in bedroom.",
        "HOLLIS arrested for criminal damage and common assault. Children seen.",
    ),
    (
        "2025-05-05 02:30",
        "PPU – DASH",
        "DASH: high risk (14 ticks incl. pregnancy/new baby, separation, escalation).",
        "Referred to MARAC. EDT informed 05/05/2025 07:45.",
    ),
    (
        "2025-05-05 16:00",
        "Custody",
        "HOLLIS charged with criminal damage. Common assault not charged (victim withdrawal).",
        "Bailed to court with conditions not to attend 27 Larkspur Close or contact Chantelle ASHWORTH.",
    ),
    (
        "2025-05-06 10:00",
        "Strategy discussion",
        "DS Kettering attended telephone strategy discussion chaired by CSC (TM Ashcroft). Health visitor present.",
        "Agreed joint s47 enquiry. DC Farrant allocated.",
    ),
    (
        "2025-05-07 15:00",
        "Joint visit – DC Farrant",
        "Joint visit with SW Grainger. Tyler and Ava seen with mother. Tyler hid behind sofa.",
        "No disclosure. Photographs not taken (no injuries seen).",
    ),
    (
        "2025-05-15 13:00",
        "MARAC",
        "Case heard at MARAC.",
        "Flag (DA/CP marker) placed on 27 Larkspur Close.",
    ),
    (
        "2025-05-28 10:00",
        "ICPC",
        "DC Farrant attended the initial child protection conference and gave police information.",
        "Police report submitted. Agreed to notify CSC of bail breaches.",
    ),
    (
        "2025-06-14 21:55",
        "Control room – call",
        "Anonymous caller says HOLLIS is at 27 Larkspur Close in breach of bail.",
        "Attended 22:40. HOLLIS not present. Chantelle said he had not been there.",
    ),
    (
        "2025-07-09 12:00",
        "CPS decision",
        "CPS: no further action on criminal damage (victim retraction, public interest).",
        "Bail conditions ended.",
    ),
    (
        "2025-07-10 09:14",
        "PPU admin",
        "E-mail to CSC informing of NFA and end of bail conditions.",
        "E-mail sent. No direct call to SW.",
    ),
    (
        "2025-08-30 00:12",
        "Control room – 999 call",
        "Neighbour reports man shouting and a child crying at 27 Larkspur Close.",
        "Attended 00:41. HOLLIS present, calm. Children seen asleep. No offences disclosed.",
    ),
    (
        "2025-08-30 01:30",
        "Attending officer",
        "DASH completed: standard. HOLLIS seen as calm and cooperative.",
        "PPN not submitted (officer error). MARAC flag not checked.",
    ),
    (
        "2025-10-11 17:20",
        "Roads policing",
        "HOLLIS stopped driving; passenger Chantelle ASHWORTH and child in car seat (Tyler) – no concerns noted.",
        "Fixed penalty for no insurance.",
    ),
    (
        "2025-12-14 14:52",
        "Ambulance service",
        "NWAS report: 3-year-old boy unresponsive at 27 Larkspur Close; carer says fell down stairs.",
        "PC Moss attended hospital; DS Kettering informed.",
    ),
    (
        "2025-12-14 16:05",
        "Police protection",
        "Kayla and Ava taken into police protection (s46 CA 1989).",
        "Placed with maternal grandmother Lorraine PICKERING, 9 Hawthorn Terrace, after checks.",
    ),
    (
        "2025-12-15 09:30",
        "Strategy discussion",
        "DS Kettering attended strategy discussion chaired by CSC.",
        "Joint investigation; CP medical for Kayla and Ava arranged.",
    ),
    (
        "2025-12-15 11:40",
        "Major Investigation Team",
        "HOLLIS and ASHWORTH arrested on suspicion of GBH with intent / causing or allowing serious harm to a child.",
        "Interviewed; released under investigation 16/12/2025.",
    ),
    (
        "2025-12-17 21:03",
        "MIT",
        "Tyler ASHWORTH pronounced dead at the regional PICU.",
        "Investigation re-classified as homicide. Home Office post-mortem arranged.",
    ),
]


def build():
    doc = new_document(
        font="Arial",
        size=10.5,
        title="Management Review – Op LARKSPUR – Tyler ASHWORTH",
        author="Stuart Mellor",
        modified_by="mellor.s",
        created=f.when(2026, 2, 6),
        modified=f.when(2026, 2, 27, 11, 5),
        subject="SCR NSCB-SCR-2026-01",
        comments="Prepared for DCI Sowerby",
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE – NOT FOR DISCLOSURE",
        "Author: DI Stuart Mellor, Northshire Police Review Unit",
        size=8,
    )
    para(doc, "NORTHSHIRE POLICE", align="center", size=15, bold=True)
    para(doc, "PUBLIC PROTECTION DIRECTORATE – SERIOUS CASE REVIEW UNIT", align="center", size=10)
    para(doc, "INDIVIDUAL MANAGEMENT REVIEW", align="center", size=18, bold=True)
    key_value_table(
        doc,
        [
            ("Review", f"{f.REF} – {f.BOARD}"),
            ("Subject", "Tyler James ASHWORTH (d.o.b. 14/09/2022)"),
            (
                "Other subjects",
                f"Dean Anthony HOLLIS (d.o.b. 02/11/1994, NI {f.NI_DEAN}, PNC 14/293847X)\nLiam Robert DUNMORE (d.o.b. 05/07/1998)",
            ),
            ("Author", "Detective Inspector Stuart Mellor, Review Unit"),
            (
                "Independence",
                "The author has had no operational or supervisory involvement with this family or with the officers concerned.",
            ),
            ("Records secured", "15.12.2025 (STORM, NICHE, PPU DASH database, custody records)"),
            ("Report date", "27 February 2026"),
        ],
        widths=(4.5, 12.0),
    )

    heading(doc, "1. Introduction", plain=True)
    paras(
        doc,
        f"""
1.1 This review has been commissioned by {f.CHAIR}, Independent Chair, on behalf of the {f.BOARD}, following the death of Tyler ASHWORTH on 17th December 2025. The criminal investigation (Operation LARKSPUR) is ongoing. This report has been agreed with the Senior Investigating Officer and does not prejudice it.

1.2 Tyler lived with his mother Chantelle, his sister Kayla, his half-sister Ava and, for much of the period, his mother's partner Dean HOLLIS. Police attended the family on seven occasions in the review period, four of them domestic incidents.
""",
    )
    heading(doc, "2. Terms of Reference", plain=True)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "3. Methodology", plain=True)
    paras(
        doc,
        """
3.1 The author examined the STORM command and control logs, NICHE occurrence records, DASH forms, PPN notifications, custody records, body-worn video from 02/11/2024 and 04/05/2025, MARAC minutes and e-mails between the PPU and CSC.

3.2 PC 4471 Daniel Whitaker, PC Rachel Moss, DS Andrew Kettering and DC Louise Farrant were interviewed. Notes of interview were agreed with each officer.
""",
    )
    heading(doc, "4. Chronology of Involvement", plain=True)
    para(
        doc, "Times are 24-hour. Entries in capitals are as recorded on NICHE.", italic=True, size=9
    )
    table(doc, COLUMNS, CHRONOLOGY, widths=[2.8, 3.0, 6.2, 4.8], size=8.5, header_fill="BFBFBF")
    heading(doc, "5. Analysis", plain=True)
    paras(
        doc,
        """
5.1 **Were the children seen?** Officers saw the children at every attendance, but on 09/03/2024, 02/11/2024 and 30/08/2025 the children were asleep and were seen only from the bedroom doorway. Officers did not speak with Kayla, who was old enough to give an account. On 04/05/2025 Tyler was found awake and crying on the landing; this was recorded in the DASH but not in the PPN narrative.

5.2 **Risk assessment.** The DASH of 02/11/2024 was graded medium although HOLLIS had a conviction for assaulting a previous partner and the victim had a visible injury. Supervisory review did not consider the perpetrator's history as required by force policy. The high-risk grading on 05/05/2025 was correct and MARAC referral was timely.

5.3 **Information sharing.** The end of bail conditions on 09/07/2025 was notified by e-mail only. The attendance on 30/08/2025 did not generate a PPN, so CSC and the core group were not told that HOLLIS was at the address at midnight, five weeks before the review conference was told he had left.

5.4 **Perception of the parents.** Officers described HOLLIS as 'calm and cooperative' and Chantelle as 'a good mum'. Neither view was tested against the history on NICHE, which was not checked at the scene.
""",
    )
    heading(doc, "6. Lessons Learned", plain=True)
    paras(
        doc,
        """
6.1 A child seen asleep from a doorway has not been seen in any meaningful sense; officers should record what they saw and whether any child was spoken to.

6.2 Every domestic incident where children live at the address must generate a PPN, whatever the risk grading.

6.3 Changes to bail conditions in a case with a child protection plan must be notified by telephone to the allocated social worker and followed up in writing.
""",
    )
    heading(doc, "7. Recommendations", plain=True)
    for i, text in enumerate(
        [
            "Northshire Police to amend the PPN so that officers record each child by name, whether seen awake, and whether spoken to.",
            "The PPU to introduce an automatic check for MARAC and CP flags when an address is attended.",
            "The force to issue guidance that the end of bail conditions in CP cases is notified to CSC by telephone within one working day.",
        ],
        1,
    ):
        para(doc, f"7.{i} {text}")
    heading(doc, "8. Action Plan", plain=True)
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
                "7.1",
                "Revise PPN form on NICHE",
                "Head of Public Protection",
                "June 2026",
                "Children's presence visible",
                "Audit of 50 PPNs",
                "Open",
            ),
            (
                "7.2",
                "Address flag check in STORM",
                "Head of Contact Management",
                "September 2026",
                "Officers know history before arrival",
                "",
                "Open",
            ),
            (
                "7.3",
                "Bail notification guidance",
                "DCI PPU",
                "April 2026",
                "CSC aware of changes",
                "Dip sample by CSC",
                "Complete",
            ),
        ],
        widths=[2.0, 3.0, 2.4, 1.8, 2.8, 2.8, 1.6],
        size=8.5,
        header_fill="BFBFBF",
    )
    para(doc, "DI S. MELLOR 4102", bold=True)
    return doc
