"""Acute trust (ED) IMR: long-form dates with times, Arial, a missing 'By when' cell."""

from docx.shared import RGBColor

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

TEAL = RGBColor(0x00, 0x6D, 0x77)
COLUMNS = [
    "Date and time of attendance",
    "Patient",
    "Seen by",
    "Presenting complaint / findings",
    "Safeguarding action",
]

CHRONOLOGY = [
    (
        "18 August 2024, 11:20",
        "Tyler Ashworth",
        "Triage nurse",
        "Fever 39.1, pulling at right ear. Brought by mother.",
        "Checklist completed: no concerns.",
    ),
    (
        "18 August 2024, 12:05",
        "Tyler Ashworth",
        "ED SHO",
        "Acute otitis media. Amoxicillin. Discharged.",
        "None required.",
    ),
    (
        "6 November 2024, 19:05",
        "Chantelle Ashworth",
        "Triage nurse",
        "Attended with facial bruise; booked in, left before being seen (DNW) at 20:40.",
        "None. Adult DNW not followed up.",
    ),
    (
        "3 February 2025, 10:12",
        "Kayla Ashworth",
        "Staff Nurse Kerry Walsh",
        "Minor injury to left wrist in school playground. Brought by Mrs Fielding (school).",
        "Safeguarding checklist: no concerns. Mother attended later.",
    ),
    (
        "3 February 2025, 11:40",
        "Kayla Ashworth",
        "ENP",
        "X-ray: no fracture. Sprain. Discharged.",
        "School informed.",
    ),
    (
        "22 March 2025, 21:40",
        "Tyler Ashworth",
        "Triage – Staff Nurse Walsh",
        "Brought by mother and partner ('Dad'). Fell from sofa onto laminate floor at approx. 20:30. Cried immediately. No LOC. Haematoma 3 cm centre of forehead.",
        "Paediatric safeguarding checklist started. 'Any previous attendances?' – No.",
    ),
    (
        "22 March 2025, 22:15",
        "Tyler Ashworth",
        "ED SHO",
        "GCS 15. Alert and playing. NICE head injury guidance: no CT indicated. Observed 2 hours.",
        "Checklist Q: 'Is the child known to social care?' answered 'No' (not checked).",
    ),
    (
        "22 March 2025, 23:10",
        "Tyler Ashworth",
        "ED SHO",
        "Small bruise noted behind right ear in addition. Explanation: 'he's always falling over'.",
        "Not documented on body map. Not discussed with senior.",
    ),
    (
        "23 March 2025, 00:20",
        "Tyler Ashworth",
        "ED SHO",
        "Discharged home with head injury advice.",
        "Paediatric liaison form completed.",
    ),
    (
        "24 March 2025, 09:00",
        "Tyler Ashworth",
        "Sandra Okonjo, Paediatric Liaison Nurse",
        "Liaison form reviewed. Child not on CP register (checked CP-IS: family on CIN plan, not shown).",
        "Notification sent to HV, GP and CSC (information only).",
    ),
    (
        "10 April 2025, 06:42",
        "Chantelle Ashworth",
        "Maternity",
        "Spontaneous vaginal delivery of female infant (Ava), 3.2 kg. Partner present.",
        "No DA enquiry recorded in labour ward notes.",
    ),
    (
        "11 April 2025, 15:00",
        "Ava Hollis",
        "Midwife",
        "Discharged home with mother. Community midwife informed.",
        "",
    ),
    (
        "4 July 2025, 03:10",
        "Ava Hollis",
        "Paediatric ED – Dr Nadia Osei (Registrar)",
        "Coryzal, poor feeding, bronchiolitis. Mother attended alone at night.",
        "CP-IS flag seen: child on CP plan. CSC EDT informed of attendance.",
    ),
    (
        "4 July 2025, 03:25",
        "Ava Hollis",
        "Triage nurse",
        "Observations: RR 58, saturations 93% in air. Mother tearful, said partner 'not around'.",
        "Mother's comment not passed on.",
    ),
    (
        "4 July 2025, 09:30",
        "Ava Hollis",
        "Dr Osei",
        "Admitted to children's ward for observation. Saturations 94%.",
        "Ward informed of CP plan. Social worker e-mailed.",
    ),
    (
        "5 July 2025, 14:00",
        "Ava Hollis",
        "Ward team",
        "Discharged. Feeding well.",
        "Discharge letter to GP and HV.",
    ),
    (
        "14 December 2025, 14:58",
        "Tyler Ashworth",
        "Ambulance pre-alert",
        "3-year-old male, GCS 5, 'fell down stairs'. ETA 8 minutes.",
        "Paediatric trauma call put out.",
    ),
    (
        "14 December 2025, 15:07",
        "Tyler Ashworth",
        "Dr Thomas Redfern, ED Consultant",
        "Arrived in resus. GCS 5 (E1 V1 M3). Left pupil sluggish. Bruising to left ear, left side of face and both upper arms of differing colours. Brought by Mr Hollis; mother arrived 15:40.",
        "Dr Redfern identified injuries not consistent with history. Police and CSC EDT informed 15:25.",
    ),
    (
        "14 December 2025, 15:25",
        "Tyler Ashworth",
        "Dr Redfern",
        "Telephone call to police (PC Moss attending) and CSC EDT (Colin Bradshaw).",
        "Referral confirmed in writing 16:40.",
    ),
    (
        "14 December 2025, 15:30",
        "Tyler Ashworth",
        "Anaesthetics / ED",
        "Intubated and ventilated. CT head requested.",
        "",
    ),
    (
        "14 December 2025, 15:48",
        "Tyler Ashworth",
        "Radiology",
        "CT head: acute left subdural haematoma, with older collection suggested. Cerebral oedema.",
        "Neurosurgical referral to regional centre.",
    ),
    (
        "14 December 2025, 16:10",
        "Tyler Ashworth",
        "Dr Osei (Paediatric Registrar)",
        "Full skin examination documented on body map with photographs: 11 bruises.",
        "Safeguarding referral form to CSC EDT.",
    ),
    (
        "14 December 2025, 16:30",
        "Tyler Ashworth",
        "Dr Paul Lindqvist, Consultant Paediatrician",
        "Reviewed. History of fall down 12 carpeted stairs inconsistent with injuries. Skeletal survey and ophthalmology to be requested at receiving unit.",
        "Discussed with DS Kettering (police) by phone.",
    ),
    (
        "14 December 2025, 17:45",
        "Tyler Ashworth",
        "Retrieval team",
        "Transferred to regional PICU.",
        "Handover of safeguarding concerns documented.",
    ),
    (
        "14 December 2025, 18:00",
        "Mr Hollis",
        "Security / police",
        "Mr Hollis became agitated in relatives' room; police present.",
        "",
    ),
    (
        "15 December 2025, 09:30",
        "Tyler Ashworth",
        "Dr Lindqvist",
        "Attended strategy discussion by telephone with CSC and police.",
        "Medical opinion: non-accidental injury likely.",
    ),
    (
        "15 December 2025, 13:00",
        "Kayla Ashworth",
        "Dr Lindqvist",
        "Child protection medical: no injuries. Kayla spoke of 'Dean pushing Tyler' (recorded verbatim, passed to police).",
        "ABE interview arranged by police.",
    ),
    (
        "15 December 2025, 14:30",
        "Ava Hollis",
        "Dr Lindqvist",
        "Child protection medical. Skeletal survey: healing fracture of right 7th rib.",
        "Police and CSC informed same day.",
    ),
    (
        "16 December 2025",
        "Tyler Ashworth",
        "Regional PICU (information)",
        "Ophthalmology: extensive bilateral retinal haemorrhages.",
        "Shared with police and CSC.",
    ),
    (
        "17 December 2025, 20:50",
        "Tyler Ashworth",
        "Regional PICU (information)",
        "Tyler died following withdrawal of life-sustaining treatment.",
        "Rapid response (SUDIC) process started.",
    ),
    ("18 December 2025", "—", "Named Doctor", "Records secured and copied for the Coroner.", ""),
]


def build():
    doc = new_document(
        font="Arial",
        size=10,
        title="Northtown Hospitals IMR - T. Ashworth - v2",
        author="Named Nurse Safeguarding Children",
        modified_by="Dr Thomas Redfern",
        created=f.when(2026, 2, 11),
        modified=f.when(2026, 3, 1, 18, 20),
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE | Northtown Hospitals NHS Foundation Trust",
        "Individual Management Review – Emergency Department and Paediatrics – TA",
    )
    para(doc, "Northtown Hospitals NHS Foundation Trust", size=16, bold=True)
    para(doc, "Individual Management Review for Serious Case Review NSCB-SCR-2026-01", size=12)
    key_value_table(
        doc,
        [
            ("Name of child", "TYLER JAMES ASHWORTH"),
            ("Date of birth", "14th September 2022"),
            ("Hospital number", "NTH 0928431"),
            ("NHS number", f.NHS_TYLER),
            (
                "Author",
                "Sister Jean Abbott, Named Nurse for Safeguarding Children (not involved in care)",
            ),
            ("Records secured", "18th December 2025"),
            ("Date of this report", "1st March 2026"),
        ],
        widths=(4.5, 12.0),
    )
    heading(doc, "Terms of reference", 1, colour=TEAL)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "Methodology", 1, colour=TEAL)
    paras(
        doc,
        """
The records of the Emergency Department (Symphony), the paediatric ward, maternity (Euroking) and the Paediatric Liaison service were reviewed. Interviews were held with Dr Thomas Redfern, Dr Nadia Osei, Staff Nurse Kerry Walsh, Sandra Okonjo and the ED SHO on duty on 22nd March 2025, who has since left the Trust.
""",
    )
    heading(doc, "The Trust", 1, colour=TEAL)
    paras(
        doc,
        """
Northtown General Hospital has a mixed adult and paediatric Emergency Department seeing around 95,000 attendances a year, of which 22,000 are children. Child Protection Information Sharing (CP-IS) shows children on child protection plans and looked-after children; it does not show children on child in need plans.
""",
    )
    heading(doc, "Chronology of attendances", 1, colour=TEAL)
    table(
        doc, COLUMNS, CHRONOLOGY, widths=[3.0, 2.4, 2.8, 5.6, 3.4], size=8.5, header_fill="D0E8EA"
    )
    heading(doc, "Analysis", 1, colour=TEAL)
    heading(doc, "Attendance of 22nd March 2025", 2, colour=TEAL)
    paras(
        doc,
        """
This was the key opportunity for the Trust. A two-year-old with a forehead haematoma and a second bruise behind the ear, with a vague explanation, should have been discussed with the paediatric registrar under the Trust's "Bruising in children" protocol. The SHO, in his first ED rotation, told the author that the department was "full, with 14 waiting" and that the bruise was "small". The question on the checklist about social care involvement was answered without checking. The family were seen as caring parents who had come straight to hospital.

Tyler was not seen alone and would not be expected to be at his age; his presentation ("alert and playing") was recorded.
""",
    )
    heading(doc, "Attendance of 14th December 2025", 2, colour=TEAL)
    paras(
        doc,
        """
The response was of a high standard: injuries were recognised immediately, police and social care were informed within twenty minutes, a full skin map and photographs were completed, and siblings had child protection medicals the next day. Kayla's words were recorded verbatim.
""",
    )
    heading(doc, "Lessons", 1, colour=TEAL)
    paras(
        doc,
        """
- Every bruise in a non-mobile or young child must be mapped and discussed with a senior.
- CP-IS does not show child in need plans; staff must ask and check.
- An adult who leaves before being seen with an injury suggestive of assault is a safeguarding concern.
""",
    )
    heading(doc, "Recommendations", 1, colour=TEAL)
    for i, text in enumerate(
        [
            "The ED to audit compliance with the bruising protocol for under-fives quarterly.",
            "The Trust to add a mandatory 'checked with CSC' field to the paediatric safeguarding checklist.",
            "Adult ED to follow up DNW patients presenting with possible assault injuries.",
        ],
        1,
    ):
        para(doc, f"{i}. {text}")
    heading(doc, "Action plan", 1, colour=TEAL)
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
                "1",
                "Audit bruising protocol",
                "ED Clinical Lead",
                "30 June 2026",
                "Protocol followed",
                "Quarterly audit 100%",
                "Open",
            ),
            (
                "2",
                "Checklist change in Symphony",
                "Named Nurse",
                "",
                "CIN status known",
                "Audit of 30 checklists",
                "Open",
            ),
            (
                "3",
                "DNW policy",
                "Head of Nursing ED",
                "31 May 2026",
                "Victims followed up",
                "",
                "Open",
            ),
        ],
        widths=[2.0, 2.8, 2.3, 1.9, 2.8, 2.8, 1.6],
        size=8.5,
        header_fill="D0E8EA",
    )
    return doc
