"""GP IMR: EMIS-style dates (22-May-24), a date cell merged across two rows, short action plan."""

from . import facts as f
from .docbuild import header_footer, heading, key_value_table, new_document, para, paras, table

COLUMNS = ["Date", "Clinician", "Consultation notes", "Comment by IMR author"]

CHRONOLOGY = [
    (
        "07-Mar-24",
        "Dr Shah",
        "Tyler. Cough 5/7, coryzal. Chest clear. Viral URTI. Safety-netted. Seen with mum.",
        "",
    ),
    (
        "12-Mar-24",
        "Admin",
        "Letter from MASH: DA notification re CA and sibling. Scanned; no coding applied.",
        "Not coded 'domestic abuse'; no alert added.",
    ),
    (
        "23-Apr-24",
        "Dr McLeod",
        "Chantelle (mum). Low mood since separation. PHQ-9 16. No thoughts of self-harm. Sertraline 50mg od. HV letter re 18m review noted.",
        "DA not asked about despite MASH letter on children's record.",
    ),
    (
        "22-may-24",
        "Dr McLeod",
        "Mum r/v. Mood improving. New relationship. Continue sertraline.",
        "",
    ),
    (
        "03-Jul-24",
        "Practice Nurse Hunt",
        "Kayla: pre-school booster catch-up given. Accompanied by mum.",
        "",
    ),
    (
        "19-Aug-24",
        "Admin",
        "Change of address notified by HV: 27 Larkspur Close, Eastmoor. Family remain registered at Moorside Medical Practice.",
        "",
    ),
    (
        "16-Sep-24",
        "Dr Shah",
        "Tyler: ?speech delay, HV referral to SALT noted. Ears: grommets not indicated.",
        "",
    ),
    (
        "06-Nov-24",
        "Dr Shah",
        "Chantelle: attended with bruise to L cheekbone, 'walked into cupboard door'. Partner waiting in car. Analgesia advised.",
        "Injury not linked to police notification of 02/11/24 (not yet received).",
    ),
    (
        "06-Nov-24",
        "Dr Shah",
        "Telephone call from mum same day: asked for sick note for work (retail).",
        "",
    ),
    (
        "08-Nov-24",
        "Admin",
        "Police notification DA 02/11/24 received; scanned to mum's record.",
        "Not seen by GP until 15/01/2026 (IMR).",
    ),
    (
        "12-Dec-24",
        "Dr Shah",
        "Request for information for CSC single assessment. Brief summary letter sent.",
        "Letter did not mention cheek injury 06/11/24.",
    ),
    (
        "21-Jan-25",
        "Dr McLeod",
        "Chantelle: pregnancy confirmed (LMP 21/10/24). Referred to midwifery. Mood stable on sertraline; advised discuss with midwife.",
        "",
    ),
    (
        "27-Feb-25",
        "Practice Nurse Hunt",
        "Tyler: 3-yr-4-month pre-school immunisation not due; DNA asthma clinic for mum.",
        "",
    ),
    (
        "24-Mar-25",
        "Admin",
        "ED discharge letter: Tyler, head injury (fall from sofa) 22/03/25. Filed without GP review (workflow).",
        "Practice policy is for all ED letters on children <5 to be seen by a GP.",
    ),
    (
        "10-Apr-25",
        "Maternity",
        "Ava Grace Hollis born at Northtown General. Registered 02/05/25.",
        "",
    ),
    (
        "06-May-25",
        "Admin",
        "Phone call from CSC: strategy discussion today 10:00 – GP not able to attend (surgery). Information given by phone.",
        "GP contribution limited.",
    ),
    ("12-May-25", "Dr Shah", "Request for conference report (ICPC 28/05/25).", ""),
    (
        "28-May-25",
        "Dr Shah",
        "Conference report not sent. Practice manager on leave; request not picked up.",
        "Breach of practice safeguarding policy.",
    ),
    (
        "02-Jun-25",
        "Admin",
        "CP plan coded for Tyler, Kayla and Ava (child protection plan – emotional abuse). Alerts added.",
        "Good practice once received.",
    ),
    ("16-Jun-25", "Dr McLeod", "Ava: 8-week baby check. Mother and baby well. Red book seen.", ""),
    (
        "16-Jun-25",
        "Dr McLeod",
        "Mum 6-week postnatal check. Mood 'OK'. Contraception discussed.",
        "",
    ),
    (
        "22-Jul-25",
        "Practice Nurse Hunt",
        "Ava: 12-week immunisations. WNB.",
        "Not followed up with HV.",
    ),
    (
        "05-Aug-25",
        "Practice Nurse Hunt",
        "Ava: immunisations given. Accompanied by 'dad'.",
        "Mr Hollis present although plan said he had left.",
    ),
    ("27-Aug-25", "Dr Shah", "RCPC: written report sent (first GP report in case).", ""),
    (
        "18-Sep-25",
        "Dr McLeod",
        "Tyler: mum requests review of 'bump on ear'. Not brought – appointment cancelled by mum same morning.",
        "Cancellation not noted as WNB.",
    ),
    (
        "15-Oct-25",
        "Dr Shah",
        "Ava: weight concern from HV. Weight 6.6 kg (25th centile). Feeding advice. Review 4/52.",
        "",
    ),
    ("11-Nov-25", "Dr Shah", "Ava: review – WNB.", ""),
    (
        "25-Nov-25",
        "Dr McLeod",
        "Telephone: mum asks to increase sertraline; 'stress at home, things are hard with Dean'. Increased to 100mg.",
        "Significant comment in a family with CP plans; not shared with SW.",
    ),
    (
        "14-Dec-25",
        "OOH",
        "Out of hours notification: Tyler admitted via ambulance, head injury.",
        "",
    ),
    ("17-Dec-25", "Admin", "Notification of death.", ""),
]


def build():
    doc = new_document(
        font="Calibri",
        size=11,
        title="GP IMR Ashworth T (Moorside MP)",
        author="Dr Imran Shah",
        modified_by="Dr Priya Raman",
        created=f.when(2026, 2, 12),
        modified=f.when(2026, 2, 26, 9, 30),
    )
    header_footer(
        doc.sections[0],
        "OFFICIAL-SENSITIVE",
        "GP IMR – prepared with the Designated Doctor – Tyler Ashworth (d.o.b. 14/09/22)",
    )
    para(doc, "NHS Northshire – Primary Care", align="center", size=12, bold=True)
    heading(doc, "Individual Management Review: General Practice", 0)
    key_value_table(
        doc,
        [
            (
                "Practice",
                f"Moorside Medical Practice, 40 Moor Lane, Eastmoor, Northtown NT4 2BB. Tel {f.PHONE_SURGERY}",
            ),
            (
                "Patient(s)",
                f"Tyler ASHWORTH, NHS {f.NHS_TYLER}; Kayla-Rose ASHWORTH; Ava HOLLIS; Chantelle ASHWORTH",
            ),
            (
                "IMR author",
                "Dr Fiona Carswell, GP with special interest in safeguarding, Brookfield Surgery (independent of the practice), supported by Dr Priya Raman, Designated Doctor",
            ),
            ("Date records secured", "16/12/2025"),
            ("Date of report", "26/02/2026"),
        ],
    )
    heading(doc, "1. Terms of reference", 1)
    paras(doc, f.TOR_COMMON.format(chair=f.CHAIR, board=f.BOARD))
    heading(doc, "2. Methodology", 1)
    paras(
        doc,
        """
The author read the EMIS Web records of the four family members and of Mr Hollis (registered at the same practice since August 2024), the scanned correspondence and the practice's safeguarding policy. Dr Imran Shah, Dr Fiona McLeod, Practice Nurse Beverley Hunt and the practice manager were interviewed. The author did not review Mr Hollis's consultations in detail as he has not consented; the Panel has sought advice on this.
""",
    )
    heading(doc, "3. The practice", 1)
    paras(
        doc,
        """
Moorside Medical Practice is a five-partner practice with 9,400 patients in an area of high deprivation. Dr Shah is the safeguarding lead. Correspondence is workflowed by two administrators who may file letters that need no action; the practice policy requires ED letters for children under five to be seen by a GP, but in 2025 this was not written into the workflow protocol.
""",
    )
    heading(doc, "4. Chronology", 1)
    para(
        doc,
        "Extracted from EMIS Web; entries abbreviated. CA = Child A (Tyler).",
        italic=True,
        size=9,
    )
    t = table(doc, COLUMNS, CHRONOLOGY, widths=[2.2, 2.8, 7.8, 4.0], size=8.5, header_fill="E2EFD9")
    for first in (8, 20):  # the same date twice: one date cell spanning both rows, as typed in Word
        t.cell(first + 1, 0).text = ""
        merged = t.cell(first, 0).merge(t.cell(first + 1, 0))
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    heading(doc, "5. Analysis", 1)
    paras(
        doc,
        """
**Was the child seen?** Tyler was seen by a GP twice in the period (07/03/2024 and 16/09/2024), both times with his mother, for minor illness. The consultation booked for 18/09/2025 for a "bump on ear" was cancelled by his mother on the morning. A child on a child protection plan whose appointment about an injury is cancelled should be treated as not brought and followed up.

**Risk indicators.** The practice held several pieces of information that together were significant: the MASH and police letters, the mother's facial injury in November 2024, the ED letter of March 2025, the cancellation in September 2025 and the mother's comment on 25/11/2025 that "things are hard with Dean". None was shared with the social worker. Dr Shah told the author he "assumed social care already knew".

**Information sharing.** The practice did not send a report to the initial child protection conference and did not attend any meeting. This is a common pattern nationally; the practice has since appointed a safeguarding administrator.
""",
    )
    heading(doc, "6. Lessons", 1)
    paras(
        doc,
        """
- Correspondence about children on plans must be read by a GP and coded.
- A cancelled appointment about an injury is a missed opportunity to see the child.
- GPs should share relevant consultation content with the social worker and not assume it is known.
""",
    )
    heading(doc, "7. Recommendations", 1)
    for i, text in enumerate(
        [
            "The practice to amend its workflow protocol so that all ED and police letters about children are reviewed by a GP.",
            "The practice to send a report to every child protection conference and record the reason if a GP cannot attend.",
            "NHS Northshire to include this case in GP safeguarding training for 2026/27.",
        ],
        1,
    ):
        para(doc, f"{i}. {text}")
    heading(doc, "8. Action plan", 1)
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
                "Workflow protocol revised",
                "Practice Manager",
                "31/03/2026",
                "No child ED letter filed unseen",
                "Monthly audit of 10 letters",
                "Complete",
            ),
            (
                "2",
                "Conference report template",
                "Dr Shah",
                "",
                "GP information at every conference",
                "",
                "In progress",
            ),
            (
                "3",
                "Training session",
                "Designated Doctor",
                "Autumn 2026",
                "Learning shared",
                "Attendance and evaluation",
                "Planned",
            ),
        ],
        widths=[2.0, 2.8, 2.3, 1.9, 3.0, 3.0, 1.7],
        size=8.5,
        header_fill="E2EFD9",
    )
    return doc
