#!/usr/bin/env python3
"""Build the Harrowfield review folder: review/imrs/*.docx, gold.csv, nonchron.csv.  Deterministic.

    /work/main/.venv/bin/python make_inputs.py

Conventions for gold.csv (as the westmoor scorer reads it):
  table  = index of the table in document order (doc.tables, top level, 0-based);
  row    = physical row index inside that table, 0 = first row (header rows and divider rows count);
  narrative entries (no table) have table = -1 and row = index of the paragraph in doc.paragraphs.
"""
import copy
import csv
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
IMRS = os.path.join(HERE, "review", "imrs")
GOLD, NONCHRON = [], []
GCOLS = ["id", "agency", "agency_short", "file", "table", "row", "date_text", "time_text", "source", "event",
         "date_earliest", "date_latest", "precision", "time", "child_seen", "seen_alone", "wishes_sought",
         "wishes_expressed", "group", "flags_basis", "note"]
FL = {"y": "yes", "n": "no", "-": ""}


# ------------------------------------------------------------------ docx helpers

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_cell(cell):
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = True


def put(cell, text, bold=False, size=None):
    """Text into a cell; '\n' becomes a line break inside one paragraph; a single-line text is one run."""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    r = p.add_run(lines[0])
    for ln in lines[1:]:
        r.add_break()
        r = p.add_run(ln)
    for run in p.runs:
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return cell


def put_paras(cell, paras, bullets=()):
    """Several paragraphs in one cell; indices in bullets become Word bullet list paragraphs."""
    first = True
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if i in bullets:
            p.style = "List Bullet"
        p.add_run(t)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def kv_table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for k, v in rows:
        r = t.add_row()
        put(r.cells[0], k, bold=True)
        shade(r.cells[0], "D9E2F3")
        put(r.cells[1], v)
    return t


def grid(doc, header, rows, fill="BFBFBF"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        put(c, h, bold=True)
        shade(c, fill)
    for row in rows:
        r = t.add_row()
        for c, v in zip(r.cells, row):
            put(c, v)
    return t


def widths(t, cms):
    """Column widths: grid columns, fixed layout, and each unmerged cell's own width."""
    from docx.shared import Cm as _Cm
    tbl = t._tbl
    t.autofit = False
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(_Cm(w).twips)))
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(cms[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(_Cm(w).twips)))
            tcW.set(qn("w:type"), "dxa")
            col += span


def tindex(doc, t):
    return [x._tbl for x in doc.tables].index(t._tbl)


def footer(doc, text):
    doc.sections[0].footer.paragraphs[0].text = text


def save(doc, name):
    path = os.path.join(IMRS, name)
    doc.core_properties.author = "IMR author"
    doc.save(path)
    # fixed zip timestamps so the build is byte-for-byte repeatable
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2025, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def nonchron(file, doc, t, kind, first=1, rows=None):
    ti = tindex(doc, t)
    rng = rows if rows is not None else range(first, len(t.rows))
    for ri in rng:
        cells, seen = [], set()
        for c in t.rows[ri].cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            cells.append(c.text.replace("\n", " ").strip())
        # merged cells repeat in row.cells: drop consecutive duplicates
        out = []
        for c in cells:
            if not out or out[-1] != c:
                out.append(c)
        NONCHRON.append({"file": file, "table": ti, "row": ri, "kind": kind, "text": " | ".join(out)})


def gold(agency, short, file, table, row, e, date_text, time_text=""):
    lo = e["lo"]
    hi = e.get("hi", lo)
    cs, sa, ws, we = (FL[c] for c in e.get("f", "----"))
    GOLD.append({"id": "H%03d" % (len(GOLD) + 1), "agency": agency, "agency_short": short, "file": file,
                 "table": table, "row": row, "date_text": date_text, "time_text": time_text,
                 "source": e.get("src", ""), "event": e.get("gold", e["ev"]), "date_earliest": lo, "date_latest": hi,
                 "precision": e.get("p", "day"), "time": e.get("t", ""), "child_seen": cs, "seen_alone": sa,
                 "wishes_sought": ws, "wishes_expressed": we, "group": e.get("g", ""),
                 "flags_basis": e.get("basis", "text"), "note": e.get("note", "")})


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def ymd(iso):
    y, m, d = iso.split("-")
    return int(y), int(m), int(d)


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


# ================================================================== 1. GP practice (system export)

def build_gp():
    A, S = "Cranmore Medical Centre", "GP"
    F = "GP IMR - Cranmore Medical Centre (SystmOne extract) v1.2.docx"
    doc = Document()
    landscape(doc)
    doc.add_heading("Individual Management Review", 0)
    doc.add_paragraph("Harrowfield LSCB Serious Case Review HLSCB-SCR-2025-03 – Child K")
    doc.add_paragraph("Agency: Cranmore Medical Centre (general practice). RESTRICTED – not for onward disclosure.")
    doc.add_heading("1. Agency and author details", 1)
    t0 = kv_table(doc, [("Practice", "Cranmore Medical Centre, 2 Cranmore Parade, Harrowfield HF4 7QA"),
                        ("IMR author", "Dr Lesley Broadbent, Named GP for Safeguarding (not involved with the family)"),
                        ("Records reviewed", "SystmOne journal for Kacey, Tyler and Donna Pritchard; Craig Welsby (temporary resident)"),
                        ("Date of IMR", "22/04/2025"), ("Period under review", "01/01/2024 to 10/03/2025")])
    nonchron(F, doc, t0, "cover details", first=0)
    doc.add_heading("2. Summary of contacts", 1)
    doc.add_paragraph("The table below counts contacts recorded on the practice system by calendar year. "
                      "It is a summary only; the chronology follows in section 3.")
    t1 = grid(doc, ["Contact type", "2024", "2025 (to 10/03)", "Total"],
              [["Face-to-face consultations (Kacey)", "5", "1", "6"],
               ["Face-to-face consultations (Donna Pritchard)", "4", "1", "5"],
               ["Telephone consultations", "3", "1", "4"],
               ["Appointments not attended / was not brought", "2", "1", "3"],
               ["Letters and information requests received", "4", "2", "6"]])
    nonchron(F, doc, t1, "agency contacts summary")
    doc.add_heading("3. Chronology of involvement", 1)
    doc.add_paragraph("Extract from the SystmOne journal, edited by the IMR author. Clinical codes are shown in square brackets as exported.")
    E = [
        dict(lo="2024-01-09", t="09:10", src="Dr Anjali Mehta", ty="Face to face",
             ev="[H05z.] Upper respiratory tract infection\nKacey brought by mother. Cough 5 days, eating and drinking. Chest clear, ears normal.\nPlan: fluids, paracetamol; safety-netting advice given.", f="yn--"),
        dict(lo="2024-01-30", t="16:40", src="Dr Tom Reilly", ty="Telephone",
             ev="Donna Pritchard: low mood since Christmas, not sleeping, 'stressed with Tyler'. PHQ-9 to be done face to face. Signposted to Harrowfield Talking Therapies."),
        dict(lo="2024-02-12", t="10:20", src="Dr Tom Reilly", ty="Face to face",
             note="'Donna seen alone' is the mother, not the subject: flags blank",
             ev="[E2B..] Depressive episode\nDonna seen alone. PHQ-9 score 17. Discussed home: relationship with Kacey's father Craig 'on and off'; denied any violence when asked directly.\nSertraline 50 mg started. Review 4 weeks."),
        dict(lo="2024-03-04", t="", src="Administration", ty="Letter in",
             ev="Letter from Harrowfield Youth Justice Service: Tyler Pritchard (13) subject to a Youth Conditional Caution assessment; request for health information. Summary sent 06/03/2024."),
        dict(lo="2024-03-01", hi="2024-03-31", p="month", text="Mar-24", src="Prescription record", ty="Medication",
             ev="Sertraline 50 mg: two repeat requests in March, second one early (nine days). Query not recorded."),
        dict(lo="2024-04-22", t="11:00", src="Practice Nurse Gail Summers", ty="Face to face",
             ev="[65I..] Childhood immunisations\nKacey was not brought for her pre-school booster. Letter sent to mother with new date.", f="nn--"),
        dict(lo="2024-05-15", t="", src="Administration", ty="Information request",
             ev="MASH request (Harrowfield Children's Social Care) following police domestic abuse notification of 12/05/2024. Practice response sent the same day: no safeguarding concerns recorded for Kacey; mother on treatment for depression."),
        dict(lo="2024-06-05", t="15:30", src="Dr Anjali Mehta", ty="Face to face",
             ev="Kacey seen with mother and maternal grandmother: bruise left upper arm, mother says fell against the stair gate. 3 cm faint yellow bruise, no other marks seen. Explanation accepted.\nNo safeguarding discussion recorded.", f="yn--"),
        dict(lo="2024-07-18", t="09:50", src="Dr Tom Reilly", ty="Face to face",
             ev="Donna review: mood better, Craig 'has moved out, we are done'. Sertraline increased to 100 mg."),
        dict(lo="2024-08-12", t="08:50", src="Practice Nurse Gail Summers", ty="Face to face",
             ev="[65I..] Pre-school booster given to Kacey, attended with mother. Child chatty and well presented.", f="yn--"),
        dict(lo="2024-09-24", t="12:15", src="Dr Anjali Mehta", ty="Telephone",
             ev="Call from mother: Kacey 'not herself', off food for 2 days. Advice given; to bring in if not improving. Child not seen."
                "\nNo follow-up booked.", f="nn--"),
        dict(lo="2024-10-03", t="", src="Administration", ty="Letter in",
             ev="Letter from Children's Social Care: Child and Family Assessment started for Kacey after nursery concern of 01/10/2024. GP report requested within 5 working days."),
        dict(lo="2024-10-09", t="", src="Dr Anjali Mehta", ty="Report",
             ev="GP report to Children's Social Care sent: notes bruise of 05/06/2024 and the missed immunisation; mother's depression; Craig Welsby registered as temporary resident 09/2024."),
        dict(lo="2024-11-12", t="14:00", src="Dr Anjali Mehta", ty="Meeting", g="cin-2024-11-12",
             ev="Child in Need meeting: not attended (clinic). Written update sent by email beforehand."),
        dict(lo="2024-12-02", t="17:20", src="Dr Priya Nandra (locum)", ty="Face to face",
             ev="Craig Welsby: injured right hand 'punched a wall'. Swollen 4th/5th knuckles, X-ray requested. Alcohol 30+ units/week. Not asked about children in the home."),
        dict(lo="2025-01-14", t="10:40", src="Dr Tom Reilly", ty="Face to face",
             ev="Donna Pritchard seen with Kacey in the room: mother tearful, says 'things are hard at home'. Kacey quiet on mother's lap, small scratch on cheek noted ('cat'). Mother declined a referral to Early Help.", f="yn--"),
        dict(lo="2025-02-21", t="", src="Administration", ty="Information request",
             note="the GP's own information request, not the meeting: not grouped",
             ev="Request from Children's Social Care for information for the strategy discussion held 20/02/2025 (section 47). Full summary sent 21/02/2025."),
        dict(lo="2025-03-03", t="11:30", src="Practice Nurse Gail Summers", ty="Face to face",
             ev="Kacey was not brought for the asthma/wheeze review. Second reminder sent. Not flagged to the social worker.", f="nn--"),
        dict(lo="2025-03-10", t="", src="Administration", ty="Letter in",
             ev="Notification from Harrowfield General Hospital: Kacey admitted 09/03/2025 with a head injury, transferred to the regional paediatric intensive care unit."),
    ]
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Consultation date", "Staff member", "Consultation type", "Record"]):
        put(c, h, bold=True)
        shade(c, "C5E0B3")
    repeat_header(t2.rows[0])
    ti = tindex(doc, t2)
    for e in E:
        if "text" in e:
            dtext = e["text"]
        else:
            y, m, d = ymd(e["lo"])
            dtext = "%02d %s %d" % (d, MON[m - 1], y) + (" " + e["t"] if e.get("t") else "")
        r = t2.add_row()
        put(r.cells[0], dtext)
        put(r.cells[1], e["src"])
        put(r.cells[2], e["ty"])
        put(r.cells[3], e["ev"])
        gold(A, S, F, ti, len(t2.rows) - 1, e, dtext)
    widths(t2, [3.2, 3.5, 2.8, 16.5])
    doc.add_heading("4. Analysis", 1)
    doc.add_paragraph("The bruise seen on 05/06/2024 was not discussed with the practice safeguarding lead. "
                      "Kacey was not brought to two appointments; the practice 'was not brought' policy (2023) was not followed.")
    doc.add_heading("5. Sign-off", 1)
    t3 = grid(doc, ["Name", "Role", "Signature", "Date"],
              [["Dr Lesley Broadbent", "IMR author, Named GP", "L. Broadbent", "22/04/2025"],
               ["Dr Martin Oyelaran", "Senior Partner", "M. Oyelaran", "24/04/2025"]])
    nonchron(F, doc, t3, "sign-off")
    footer(doc, "Cranmore Medical Centre IMR – v1.2 – page footer")
    for e in E:
        e.setdefault("p", "day")
    save(doc, F)
    return F, E


# ================================================================== 2. Children's social care (case-management export)

def build_csc():
    A, S = "Harrowfield Children's Social Care", "CSC"
    F = "HCSC IMR Kacey P - LiquidLogic export FINAL.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.size = Pt(9)
    doc.add_heading("Harrowfield Children's Social Care", 0)
    doc.add_paragraph("Individual Management Review – Child K (Kacey Pritchard, DOB 19/08/2021)")
    doc.add_heading("Version control", 2)
    t0 = grid(doc, ["Version", "Date", "Author", "Change"],
              [["0.1", "03/04/2025", "Naomi Fairbrother", "First draft, chronology from LCS"],
               ["0.3", "17/04/2025", "Naomi Fairbrother", "Panel comments; analysis section added"],
               ["1.0", "29/04/2025", "Naomi Fairbrother", "FINAL – signed off by Head of Service"]])
    nonchron(F, doc, t0, "version control")
    doc.add_heading("Documents reviewed", 2)
    t1 = grid(doc, ["Document", "Date(s)", "Held by"],
              [["LCS case record: contacts, case notes, visits", "12/05/2024 – 10/03/2025", "Children's Social Care"],
               ["MASH contact record and screening", "13/05/2024; 01/10/2024; 18/02/2025", "MASH"],
               ["Child and Family Assessment", "28/10/2024", "Hannah Okafor, Social Worker"],
               ["Child in Need plan and meeting notes", "12/11/2024", "Hannah Okafor, Social Worker"],
               ["Strategy discussion record", "20/02/2025", "Team Manager Richard Boyle"]])
    nonchron(F, doc, t1, "documents reviewed")
    doc.add_heading("Terms of reference", 2)
    doc.add_paragraph("The IMR covers the period 01/01/2024 to 10/03/2025 and considers all contacts with Kacey, her half-brother Tyler and "
                      "their mother. It addresses questions 1–7 set by the panel.")
    doc.add_heading("Chronology (LCS export)", 2)
    doc.add_paragraph("Exported from LCS 'Contacts & Case Notes' and edited for the IMR. 'Child seen' and 'Seen alone' refer to Kacey.")

    COLS = ["Contact ID", "Date", "Start", "End", "Contact type", "Worker", "Contact narrative",
            "Child seen (Y/N)", "Seen alone (Y/N)", "Child's views recorded", "Outcome"]
    GROUPS = [("Contact", 0, 3), ("Recording", 4, 6), ("Kacey", 7, 9), ("Outcome", 10, 10)]

    def header(t, two=True):
        if two:
            r0 = t.rows[0]
            for name, a, b in GROUPS:
                c = r0.cells[a].merge(r0.cells[b]) if b > a else r0.cells[a]
                put(c, name, bold=True)
                shade(c, "8EAADB")
            r1 = t.rows[1]
        else:
            r1 = t.rows[0]
        for i, (c, h) in enumerate(zip(r1.cells, COLS)):
            if two and i == 10:
                continue
            put(c, h, bold=True, size=8)
            shade(c, "B4C6E7")
        # 'Outcome' group header merged vertically over the column-header row
        if two:
            t.rows[0].cells[10].merge(t.rows[1].cells[10])

    basis = "columns: child seen, seen alone, child's views recorded"
    P1 = [
        dict(id="C-118204", lo="2024-05-13", t="09:20", end="09:55", ty="MASH contact", w="Priya Lal (MASH SW)",
             ev="Police notification (PPN) of DA incident 12/05/2024 at 41 Cranmore Walk: Craig Welsby pushed Donna Pritchard into a door; Kacey (2) and Tyler (13) in the house. Craig left before police arrived.",
             y="", out="MASH checks", f="nn--", basis=basis),
        dict(id="C-118229", lo="2024-05-15", t="14:00", end="14:30", ty="MASH decision", w="Richard Boyle (TM)",
             ev="Checks back from health, GP and nursery: no previous concerns. Mother says Craig has left. Threshold for assessment not met.",
             y="", out="Step down to Early Help (FSW allocated)", basis=basis),
        dict(id="C-121877", lo="2024-10-01", t="11:45", end="12:20", ty="MASH contact", w="Priya Lal (MASH SW)",
             ev="Referral from Little Acorns Day Nursery: Kacey said 'Daddy smacked me hard' and has a bruise to her right cheek. Craig Welsby known to be back in the home.",
             y="N", out="Strategy discussion not held; C&F assessment", f="nn--", basis=basis,
             note="report of what Kacey said at nursery; Kacey not seen by CSC"),
        dict(id="C-121903", lo="2024-10-02", t="16:10", end="17:05", ty="Home visit (announced)", w="Hannah Okafor (SW)",
             ev="Home visit. Mother, Craig and Kacey present. Kacey seen playing in the lounge; bruise fading. Craig said Kacey 'fell off the sofa'. Kacey did not speak with SW, hid behind mother.",
             y="N", out="Assessment continues", f="yn--", basis=basis),
        dict(id="C-122011", lo="2024-10-09", t="10:00", end="10:40", ty="Visit to nursery", w="Hannah Okafor (SW)", g="visit-2024-10-09",
             ev="Kacey seen on her own in the nursery quiet room with key person nearby. Drew 'my house'; said she likes Mummy and 'Tyler plays with me'. Asked about Daddy, she said 'shouty'.",
             y="Y", out="Views recorded in the assessment", f="yyyy", basis=basis),
        dict(id="C-122190", lo="2024-10-16", t="13:30", end="14:00", ty="Telephone", w="Hannah Okafor (SW)", g="call-2024-10-16",
             ev="Call with YJS case manager Marcus Green: Tyler says home is 'fine', arguments between mum and Craig. No disclosure about Kacey.",
             y="", out="Information recorded", basis=basis),
        dict(id="C-122344", lo="2024-10-28", t="", end="", ty="Assessment completed", w="Hannah Okafor (SW)",
             ev="Child and Family Assessment completed. Conclusion: Child in Need (s17). Risks from Craig's drinking and temper noted; parents agree to work with CSC. Signed off by TM Richard Boyle.",
             y="", out="CIN plan", basis=basis),
        dict(id="C-122560", lo="2024-11-12", t="14:00", end="15:15", ty="CIN meeting", w="Hannah Okafor (SW)", g="cin-2024-11-12",
             ev="Child in Need meeting at the children's centre: mother, nursery (Maxine Hurst), YJS (Marcus Green). Craig did not attend. Plan: Craig to attend alcohol service; nursery attendance to be 4 days.",
             y="N", out="CIN plan agreed", f="nn--", basis=basis),
    ]
    P2 = [
        dict(id="C-122801", lo="2024-11-26", t="15:45", end="16:20", ty="Home visit (unannounced)", w="Hannah Okafor (SW)",
             ev="Unannounced visit: no answer. Curtains drawn, TV heard. Card left.",
             y="N", out="Revisit", f="nn--", basis=basis),
        dict(id="C-122855", lo="2024-11-28", t="10:15", end="11:00", ty="Home visit", w="Hannah Okafor (SW)",
             ev="Visit: Kacey seen with mother, home cluttered but warm. Mother says Craig 'rarely here now'. Kacey's bedroom seen.",
             y="N", out="CIN plan continues", f="yn--", basis=basis),
        dict(id="C-123100", lo="2024-12-11", t="09:30", end="10:00", ty="Supervision", w="Richard Boyle (TM)",
             ev="Case supervision: progress on CIN plan judged 'good'; mother engaging; nursery attendance improved. Decision: close to CSC and step down to Early Help.",
             y="", out="Close – step down", basis=basis),
        "divider",
        dict(id="C-126420", lo="2025-02-18", t="12:05", end="12:40", ty="MASH contact", w="Priya Lal (MASH SW)", g="referral-2025-02-18",
             ev="Re-referral from Youth Justice Service: Tyler told his case manager Craig 'hits Kacey when she wets herself' and that he has seen Craig shake her.",
             y="N", out="Strategy discussion", f="nn--", basis=basis),
    ]
    P3 = [
        dict(id="C-126502", lo="2025-02-20", t="10:00", end="10:45", ty="Strategy discussion", w="Richard Boyle (TM)", g="strategy-2025-02-20",
             ev="Strategy discussion (Teams): CSC, Police (DS Amir Patel), YJS, nursery, health. Decision: single agency s47 enquiry by CSC; Kacey to have a child protection medical.",
             y="", out="s47 enquiry", basis=basis),
        dict(id="C-126540", lo="2025-02-21", t="15:00", end="16:10", ty="s47 home visit", w="Hannah Okafor (SW)",
             ev="Home visit with Craig and mother present. Kacey seen; no marks seen on face and arms. Parents refused consent for the medical, 'she's fine, Tyler is lying'. Kacey too shy to talk.",
             y="N", out="Legal advice sought", f="yn--", basis=basis),
        dict(id="C-126611", lo="2025-02-24", t="", end="", ty="Case note", w="Hannah Okafor (SW)",
             ev="Consent for medical given by mother on the phone; appointment booked 27/02/2025 with community paediatrics.",
             y="", out="", basis=basis),
        dict(id="C-126690", lo="2025-02-27", t="09:00", end="09:30", ty="Case note", w="Hannah Okafor (SW)",
             ev="Kacey was not brought to the child protection medical. Mother said Kacey had a temperature. Rebooked for 06/03/2025.",
             y="N", out="Rebooked", f="nn--", basis=basis),
        dict(id="C-126835", lo="2025-03-05", t="17:30", end="18:00", ty="Home visit", w="Hannah Okafor (SW)",
             ev="No access visit. Neighbour said the family 'went to Pauline's for a few days'.",
             y="N", out="Call maternal grandmother", f="nn--", basis=basis),
        dict(id="C-126870", lo="2025-03-06", t="", end="", ty="Case note", w="Hannah Okafor (SW)",
             ev="Kacey not brought to the rebooked medical. Case discussed with TM: ICPC to be considered, legal planning meeting 11/03/2025.",
             y="N", out="Escalated to TM", f="nn--", basis=basis),
        dict(id="C-126990", lo="2025-03-09", t="21:40", end="23:10", ty="EDT", w="Emergency Duty Team",
             ev="Call from Harrowfield General Hospital: Kacey admitted with head injury, skull fracture and older rib fractures. Police protection; Kacey transferred to PICU.",
             y="", out="Strategy discussion 10/03", basis=basis),
    ]

    def fill(t, entries):
        ti = tindex(doc, t)
        for e in entries:
            r = t.add_row()
            if e == "divider":
                c = r.cells[0].merge(r.cells[-1])
                put(c, "Case closed 12/12/2024 – stepped down to Early Help. Re-referred below.", bold=True)
                shade(c, "F2F2F2")
                nonchron(F, doc, t, "divider row (merged across)", rows=[len(t.rows) - 1])
                continue
            y, m, d = ymd(e["lo"])
            vals = [e["id"], e["lo"], e["t"], e["end"], e["ty"], e["w"], e["ev"], "YN"[e["f"][0] != "y"] if e["f"][0] != "-" else "",
                    {"y": "Y", "n": "N", "-": ""}[e["f"][1]], e["y"], e["out"]]
            for c, v in zip(r.cells, vals):
                put(c, v)
            e["src"] = e["ty"]
            gold(A, S, F, ti, len(t.rows) - 1, e, e["lo"], e["t"])

    for e in P1 + P2 + P3:
        if e == "divider":
            continue
        e.setdefault("f", "----")
        if e["f"] == "----" or e["f"][0] == "-":
            pass
        e["f"] = e["f"][:2] + ({"Y": "y", "N": "n", "": "-"}[e["y"]]) + e["f"][3]
        # wishes expressed: only where the narrative gives Kacey's words; no where she was not seen and views not recorded
        if e["y"] == "N" and e["f"][0] == "n":
            e["f"] = e["f"][:3] + "n"
        e["t"] = e["t"]
    for e in P1 + P2 + P3:
        if e != "divider" and e["t"]:
            pass
    ta = doc.add_table(rows=2, cols=11)
    ta.style = "Table Grid"
    header(ta)
    fill(ta, P1)
    doc.add_paragraph("")
    doc.add_paragraph("Chronology continued (export page 2)")
    tb = doc.add_table(rows=2, cols=11)
    tb.style = "Table Grid"
    header(tb)
    nonchron(F, doc, tb, "repeated header row", rows=[0, 1])
    fill(tb, P2)
    doc.add_paragraph("Chronology continued (export page 3)")
    tc = doc.add_table(rows=0, cols=11)
    tc.style = "Table Grid"
    fill(tc, P3)
    for t in (ta, tb, tc):
        widths(t, [1.7, 1.9, 1.1, 1.1, 2.1, 2.3, 8.6, 1.4, 1.4, 1.6, 2.8])
    doc.add_heading("Analysis", 2)
    doc.add_paragraph("The decision on 11/12/2024 to close the case relied on the mother's account that Craig was rarely at home. "
                      "No agency was asked whether he was living there.")
    doc.add_heading("Action plan", 2)
    t5 = grid(doc, ["Recommendation", "Action", "Lead", "By when", "Outcome / measure"],
              [["1. Step-down decisions consult all agencies", "Revise step-down procedure", "Head of Service", "30/06/2025", "Audit of 20 closures"],
               ["2. Fathers and partners assessed", "Practice guidance and training", "Principal SW", "31/07/2025", "Audit; training figures"],
               ["3. Was-not-brought to medicals escalated", "Escalation protocol with health", "TM, Designated Dr", "31/05/2025", "Protocol signed"]])
    nonchron(F, doc, t5, "action plan")
    for e in P1 + P2 + P3:
        if e != "divider":
            e.setdefault("p", "day")
    save(doc, F)
    return F, [e for e in P1 + P2 + P3 if e != "divider"]


# ================================================================== 3. Youth Justice Service (first column not the date; Date and Time)

def build_yjs():
    A, S = "Harrowfield Youth Justice Service", "YJS"
    F = "Youth Justice Service IMR (Tyler P) - final draft.docx"
    doc = Document()
    doc.add_heading("HARROWFIELD YOUTH JUSTICE SERVICE", 1)
    doc.add_paragraph("Individual Management Review\nSerious Case Review: Child K\nYoung person known to the service: Tyler Pritchard (half-brother of Child K), DOB 02/03/2011")
    doc.add_heading("Staff interviewed", 2)
    t0 = grid(doc, ["Name", "Role", "Date interviewed"],
              [["Marcus Green", "YJS Case Manager", "08/04/2025"], ["Carol Fenwick", "YJS Health Practitioner (nurse)", "09/04/2025"],
               ["Andrea Quinn", "YJS Team Manager", "09/04/2025"]])
    nonchron(F, doc, t0, "staff interviewed")
    doc.add_heading("Glossary", 2)
    t1 = grid(doc, ["Term", "Meaning"],
              [["AssetPlus", "National assessment framework for children in the youth justice system"],
               ["YCC", "Youth Conditional Caution"], ["RO", "Referral Order, made by the youth court"],
               ["Panel", "Youth offender panel: community volunteers and a YJS worker who agree the contract"]])
    nonchron(F, doc, t1, "glossary")
    doc.add_heading("Involvement with Tyler and the family", 2)
    doc.add_paragraph("Kacey was not an open case to the YJS. Entries below mention her where staff saw her or heard about her.")
    E = [
        dict(lo="2024-02-27", d="27.2.24", tm="", w="Police / YJS duty", src="Referral",
             ev="Referral from police: Tyler (12) arrested for criminal damage to a bus shelter and assault on a peer. Out-of-court disposal panel to consider."),
        dict(lo="2024-03-05", d="5.3.2024", tm="1530hrs", t="15:30", w="Marcus Green", src="Home visit",
             ev="Initial home visit for AssetPlus. Tyler and mother seen. Kacey (2) in the room, playing with a tablet; appeared well. Mother says Tyler 'kicks off' when Craig is around.", f="yn--"),
        dict(lo="2024-03-14", d="14.3.2024", tm="10:00", t="10:00", w="OOCD panel", src="Panel",
             ev="Out-of-court disposal panel: not suitable for YCC because of a second matter (theft). Charge advised."),
        dict(lo="2024-04-11", d="11.4.2024", tm="", w="Marcus Green (court duty)", src="Court",
             ev="Harrowfield Youth Court: 9 month Referral Order for criminal damage, assault and theft."),
        dict(lo="2024-04-25", d="25.4.2024", tm="1800hrs", t="18:00", w="Marcus Green; panel members", src="Panel",
             ev="First Referral Order panel. Tyler and mother attended; contract agreed:", nested=True),
        dict(lo="2024-05-16", d="16.5.24", tm="16:00", t="16:00", w="Marcus Green", src="Office appointment",
             ev="Tyler did not attend. Text from mother: police came to the house on Sunday, 'Craig has gone'. Rebooked."),
        dict(lo="2024-05-20", d="20.5.24", tm="15:45", t="15:45", w="Marcus Green", src="Office appointment",
             ev="Tyler seen alone: says Craig 'pushed Mum into the door' on 12/05 and Kacey was screaming. Tyler says he wants Craig 'gone for good'. Information passed to Early Help FSW Jodie Marsh.",
             note="Tyler's words, not the subject's: flags blank"),
        dict(lo="2024-06-18", d="18.6.2024", tm="13:00", t="13:00", w="Marcus Green", src="TAF meeting", g="taf-2024-06-18",
             ev="Team Around the Family meeting at the children's centre (Early Help). YJS update given: Tyler's attendance at school poor."),
        dict(lo="2024-07-09", d="9.7.24", tm="11:00", t="11:00", w="Carol Fenwick", src="Health assessment",
             ev="Health assessment: Tyler low mood, poor sleep, vapes daily. Referred to CAMHS single point of access."),
        dict(lo="2024-09-03", d="3.9.24", tm="", w="Marcus Green", src="Reparation",
             ev="Reparation session at the food bank completed (4 hrs). Tyler worked well."),
        dict(lo="2024-10-16", d="16.10.24", tm="13:30", t="13:30", w="Marcus Green", src="Telephone", g="call-2024-10-16",
             ev="Call from SW Hannah Okafor (CSC assessment for Kacey). Told her Tyler describes arguments at home; no disclosure about Kacey."),
        dict(lo="2024-11-12", d="12.11.24", tm="14:00", t="14:00", w="Marcus Green", src="CIN meeting", g="cin-2024-11-12",
             ev="Attended the Child in Need meeting for Kacey. Reported Tyler spending nights at his grandmother's to 'keep out of the way'."),
        "two",
        dict(lo="2025-01-10", d="10.1.25", tm="", w="Marcus Green", src="Closure",
             ev="Referral Order completed. Final panel: contract met. Case closed to YJS; voluntary mentoring offered."),
        dict(lo="2025-02-17", d="17.2.25", tm="1615hrs", t="16:15", w="Marcus Green", src="Mentoring session",
             ev="Voluntary session. Tyler disclosed that Craig 'hits Kacey when she wets herself' and that he saw Craig shake her 'like a doll' at the weekend. Tyler scared to go home.",
             note="Tyler's account; Kacey not seen"),
        dict(lo="2025-02-18", d="18.2.25", tm="09:05", t="09:05", w="Andrea Quinn (TM)", src="Referral", g="referral-2025-02-18",
             ev="Referral made to MASH by telephone and in writing. Tyler stayed at his grandmother Pauline Pritchard's house overnight."),
        dict(lo="2025-02-20", d="20.2.25", tm="10:00", t="10:00", w="Andrea Quinn (TM)", src="Strategy discussion", g="strategy-2025-02-20",
             ev="Took part in the strategy discussion (Teams). YJS to keep in contact with Tyler and share anything further."),
        dict(lo="2025-03-04", d="4.3.25", tm="", w="Marcus Green", src="Telephone",
             ev="Tyler said by phone that the family were staying at Nan's and Kacey 'has a bad cold'. Passed to SW Hannah Okafor by email.", f="nn--"),
    ]
    TWO = [dict(lo="2024-11-19", d="19.11.24", src="Mentoring", note_y="", ev="Tyler seen at school by Marcus Green; says Craig back 'most nights'. Not passed on."),
           dict(lo="2024-11-26", d="26.11.24", src="Mentoring", ev="Tyler did not attend the session; mother says he is at his nan's.")]
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Light Grid Accent 1"
    for c, h in zip(t2.rows[0].cells, ["Worker", "Nature of involvement", "Date", "Time", "Outcome / next steps"]):
        put(c, h, bold=True)
    ti = tindex(doc, t2)
    outcomes = ["Assessment", "AssetPlus started", "Charge", "RO made", "Contract signed", "Rebooked", "Shared with Early Help", "Update given",
                "CAMHS referral", "Completed", "Recorded", "Recorded", "Closed", "Referral to MASH", "MASH referral", "Ongoing contact", "Emailed SW"]
    k = 0
    for e in E:
        r = t2.add_row()
        ri = len(t2.rows) - 1
        if e == "two":
            put(r.cells[0], "Marcus Green")
            put(r.cells[1], "\n".join("%s – %s" % (x["d"], x["ev"]) for x in TWO))
            put(r.cells[2], "\n".join(x["d"] for x in TWO))
            put(r.cells[3], "")
            put(r.cells[4], "No action")
            for x in TWO:
                x["note"] = "two dated contacts in one cell, one line each"
                gold(A, S, F, ti, ri, x, x["d"])
            continue
        put(r.cells[0], e["w"])
        if e.get("nested"):
            c = r.cells[1]
            put(c, "%s: %s" % (e["src"], e["ev"]))
            nt = c.add_table(rows=1, cols=2)
            nt.style = "Table Grid"
            put(nt.rows[0].cells[0], "Contract element", bold=True)
            put(nt.rows[0].cells[1], "Frequency", bold=True)
            for a, b in [("Victim awareness work", "6 sessions"), ("Reparation (food bank)", "12 hours"), ("Education check-ins", "Fortnightly")]:
                nr = nt.add_row()
                put(nr.cells[0], a)
                put(nr.cells[1], b)
            widths(nt, [4.0, 2.6])
            c.add_paragraph("Next panel in 3 months.")
        else:
            put(r.cells[1], "%s: %s" % (e["src"], e["ev"]))
        put(r.cells[2], e["d"])
        put(r.cells[3], e["tm"])
        put(r.cells[4], outcomes[k] if k < len(outcomes) else "")
        k += 1
        gold(A, S, F, ti, ri, e, e["d"], e["tm"])
    widths(t2, [2.7, 7.6, 1.9, 1.9, 2.4])
    doc.add_heading("Action plan", 2)
    t3 = grid(doc, ["No.", "Action", "Owner", "Target date", "Status"],
              [["1", "Disclosures about siblings recorded and shared the same day", "YJS Team Manager", "31/05/2025", "In progress"],
               ["2", "AssetPlus to record all children in the household", "YJS Head of Service", "30/06/2025", "Not started"]])
    nonchron(F, doc, t3, "action plan")
    for e in E + TWO:
        if e != "two":
            e.setdefault("p", "day")
    save(doc, F)
    return F, [e for e in E if e != "two"] + TWO


# ================================================================== 4. Nursery (merged date cells, bullets, approximate dates)

def build_nursery():
    A, S = "Little Acorns Day Nursery", "Nursery"
    F = "Little Acorns Nursery - IMR Child K (signed).docx"
    doc = Document()
    doc.add_paragraph("LITTLE ACORNS DAY NURSERY").runs[0].bold = True
    doc.add_paragraph("Individual Management Review for Harrowfield LSCB")
    t0 = kv_table(doc, [("Setting", "Little Acorns Day Nursery, 8 Orchard Lane, Harrowfield HF4 7RS"), ("Ofsted URN", "EY561234"),
                        ("Designated Safeguarding Lead", "Maxine Hurst (Manager)"), ("Author", "Maxine Hurst"),
                        ("Child", "Kacey Pritchard, DOB 19/08/2021; attended from January 2024 (funded 15 hours, then 30 hours)")])
    nonchron(F, doc, t0, "cover details", first=0)
    doc.add_heading("Chronology of significant events", 2)
    E = [
        dict(d="8th January 2024", lo="2024-01-08", ev="Kacey started at nursery (Caterpillars room). Settling-in visits with mother; key person Sophie Clarke.", pr="Yes", act="Welcome pack; All About Me completed", st="SC", f="y---"),
        dict(d="Mar-24", lo="2024-03-01", hi="2024-03-31", p="month", ev="Attendance 62% in March: 5 days absent, mother said 'chest infections'.", pr="", act="Attendance letter", st="MH"),
        dict(d="w/c 6 May 2024", lo="2024-05-06", hi="2024-05-12", p="approximate", ev="Kacey absent all week. No reason given; two calls to mother unanswered.", pr="No", act="Logged absence", st="MH", f="n---"),
        dict(d="13/05/24", lo="2024-05-13", ev="Mother told Sophie Clarke at drop-off that police came at the weekend and Craig has left. Kacey clingy, cried at drop-off.", pr="Yes", act="Concern form; DSL informed", st="SC", f="y---"),
        dict(d="?/06/2024", lo="2024-06-01", hi="2024-06-30", p="approximate", ev="Kacey started saying 'no shouting' during role play in home corner (noted by room staff; exact date not recorded).", pr="Yes", act="Noted on the learning journal", st="Room staff", f="y--y", note="spontaneous statement: expressed, not sought"),
        dict(d="4th June 2024", lo="2024-06-04", merge=3, ev="Bruise seen on Kacey's left upper arm at nappy change (approx 3 cm, yellowish). Body map completed.", pr="Yes", act="Body map; DSL informed", st="SC", f="y---"),
        dict(d="4th June 2024", lo="2024-06-04", ev="Mother asked at collection: Kacey fell on the stair gate. Mother said she would take her to the GP.", pr="Yes", act="Recorded", st="MH", f="y---"),
        dict(d="4th June 2024", lo="2024-06-04", g="call-2024-06-04", ev="DSL rang Early Help FSW Jodie Marsh to share the bruise. Not referred to MASH: explanation consistent.", pr="", act="Shared with Early Help", st="MH"),
        dict(d="18th June 2024", lo="2024-06-18", g="taf-2024-06-18", ev="Team Around the Family meeting at the children's centre: nursery report given – Kacey's speech delayed, attendance poor, bruise of 4th June.", pr="", act="TAF plan", st="MH"),
        dict(d="between 3 and 5 July 2024", lo="2024-07-03", hi="2024-07-05", p="approximate", ev="Speech and language screening (WellComm) with Kacey: amber on understanding.", pr="Yes", act="Referral to SALT", st="SC", f="y---"),
        dict(d="Summer term 2024", lo="2024-04-08", hi="2024-07-24", p="approximate", ev="Summary of the summer term: 14 sessions missed, late collection 6 times (collected by grandmother Pauline on 4 of them).", pr="", act="Discussed at TAF", st="MH"),
        dict(d="3rd September 2024", lo="2024-09-03", ev="Back after the summer. Mother says Craig is 'back home and trying'. Kacey moved to the Butterflies room.", pr="Yes", act="Key person updated", st="SC", f="y---"),
        dict(d="30/09/24", lo="2024-09-30", ev="Kacey arrived with a bruise on her right cheek. Mother: 'walked into the door'.", pr="Yes", act="Body map", st="SC", f="y---"),
        dict(d="1st October 2024", lo="2024-10-01", bullets=True, ev=["During circle time Kacey said to Sophie Clarke, unprompted:", "'Daddy smacked me hard'", "pointed to her cheek", "would not say more when gently asked what happened"], pr="Yes", act="Referral to MASH 11:30", st="SC / MH", f="y-yy", note="spontaneous disclosure then a gentle open question: sought and expressed"),
        dict(d="9th October 2024", lo="2024-10-09", g="visit-2024-10-09", ev="Social worker Hannah Okafor visited and saw Kacey in the quiet room; Sophie Clarke waited outside.", pr="Yes", act="None", st="SC", f="yy--"),
        dict(d="12/11/2024", lo="2024-11-12", g="cin-2024-11-12", ev="Maxine Hurst attended the Child in Need meeting. Nursery to offer 4 days a week.", pr="", act="CIN plan", st="MH"),
        dict(d="Dec-24", lo="2024-12-01", hi="2024-12-31", p="month", ev="Attendance improved to 88% in December. Kacey wet herself several times; mother says 'regression'.", pr="", act="Toileting plan", st="SC"),
        dict(d="20th February 2025", lo="2025-02-20", g="strategy-2025-02-20", ev="Manager joined the strategy discussion by phone and shared the nursery's records.", pr="", act="Records sent to SW", st="MH"),
        dict(d="24th February 2025", lo="2025-02-24", ev="Kacey seen at nursery, quiet and tired. Small bruise behind left ear seen when hair tied; mother not asked. Reported to SW Hannah Okafor the same day.", pr="Yes", act="Body map; emailed SW", st="SC / MH", f="y---"),
        dict(d="3rd March 2025", lo="2025-03-03", ev="Kacey absent from 3 March; mother texted 'staying at Nan's'. Nursery did not see Kacey again before 9 March.", pr="No", act="Emailed SW", st="MH", f="n---"),
    ]
    t1 = doc.add_table(rows=1, cols=5)
    t1.style = "Table Grid"
    for c, h in zip(t1.rows[0].cells, ["Date", "Child present?", "Record", "Action taken", "Staff"]):
        put(c, h, bold=True)
        shade(c, "FFE699")
    ti = tindex(doc, t1)
    pending_merge = []
    for e in E:
        r = t1.add_row()
        ri = len(t1.rows) - 1
        if e.get("merge"):
            pending_merge = (ri, e["merge"])
            put(r.cells[0], e["d"])
            dtext = e["d"]
        elif pending_merge and ri < pending_merge[0] + pending_merge[1]:
            dtext = ""
        else:
            put(r.cells[0], e["d"])
            dtext = e["d"]
        put(r.cells[1], e["pr"])
        if e.get("bullets"):
            put_paras(r.cells[2], e["ev"], bullets=range(1, len(e["ev"])))
            e["gold"] = "\n".join(e["ev"])
        else:
            put(r.cells[2], e["ev"])
        put(r.cells[3], e["act"])
        put(r.cells[4], e["st"])
        e["basis"] = "column: child present (seen); others from the text" if e["pr"] else "text"
        if not dtext:
            e["note"] = "date cell merged with the row above"
        gold(A, S, F, ti, ri, e, dtext or e["d"])
    if pending_merge:
        a, n = pending_merge
        t1.cell(a, 0).merge(t1.cell(a + n - 1, 0))
    widths(t1, [2.6, 1.6, 7.6, 2.8, 1.9])
    doc.add_heading("Attendance summary", 2)
    t2 = grid(doc, ["Term", "Sessions offered", "Sessions attended", "Attendance %"],
              [["Spring 2024", "44", "29", "66%"], ["Summer 2024", "52", "38", "73%"], ["Autumn 2024", "60", "51", "85%"], ["Spring 2025 (to 9 March)", "34", "27", "79%"]])
    nonchron(F, doc, t2, "attendance summary (counts per term)")
    doc.add_heading("Sign-off", 2)
    t3 = grid(doc, ["Signed", "Role", "Date"], [["Maxine Hurst", "Manager and DSL", "15/04/2025"], ["Ruth Adebayo", "Owner / Registered Person", "16/04/2025"]])
    nonchron(F, doc, t3, "sign-off")
    for e in E:
        e.setdefault("p", "day")
    save(doc, F)
    return F, E


# ================================================================== 5. Early Help (narrative only)

def build_eh():
    A, S = "Harrowfield Early Help and Family Support Service", "EH"
    F = "Early Help IMR - Pritchard family.docx"
    doc = Document()
    doc.add_heading("Early Help and Family Support Service – Individual Management Review", 1)
    t0 = kv_table(doc, [("Family", "Pritchard (Donna, Tyler, Kacey)"), ("Author", "Simon Tait, Early Help Team Leader"),
                        ("Period", "15 May 2024 – 9 March 2025"), ("Date of report", "25 April 2025")])
    nonchron(F, doc, t0, "cover details", first=0)
    doc.add_heading("1. Introduction", 2)
    doc.add_paragraph("The service worked with the family twice: from May to October 2024, and from December 2024 until the incident. "
                      "This report gives the involvement as a narrative, as our case recording system does not export a chronology.")
    doc.add_heading("2. The service's involvement", 2)
    P = [
        ("On 15 May 2024 ", dict(lo="2024-05-15", ev="the family was stepped down from the MASH to Early Help after the domestic abuse incident of 12 May. The case was allocated to Family Support Worker Jodie Marsh.")),
        ("21/05/2024 – ", dict(lo="2024-05-21", ev="First home visit by Jodie Marsh. Donna Pritchard agreed to an Early Help assessment. Kacey was asleep upstairs and was not seen.", f="nn--")),
        ("On 22 May 2024 ", dict(lo="2024-05-22", ev="Tyler's case manager at the YJS told Jodie Marsh that Tyler had described Craig pushing his mother into a door while Kacey screamed.")),
        ("c. early June 2024: ", dict(lo="2024-06-01", hi="2024-06-10", p="approximate", ev="Donna was given information about the Freedom Programme and the local domestic abuse service; she did not take it up.")),
        ("4.6.2024 – ", dict(lo="2024-06-04", g="call-2024-06-04", ev="Call from the nursery manager about a bruise on Kacey's arm; Jodie Marsh agreed with the explanation that she fell on the stair gate and did not consult her team leader.")),
        ("On 18 June 2024 ", dict(lo="2024-06-18", g="taf-2024-06-18", ev="the first Team Around the Family meeting was held at Cranmore Children's Centre with mother, the nursery and the YJS. Kacey attended with her mother and played in the crèche.", f="y---")),
        ("In July 2024 ", dict(lo="2024-07-01", hi="2024-07-31", p="month", ev="Jodie Marsh made three home visits (dates not recorded) on parenting and routines. Kacey was seen at each visit, with her mother.", f="yn--")),
        ("On 28 August 2024 ", dict(lo="2024-08-28", ev="the review TAF meeting was cancelled because Donna was unwell. It was not rearranged.")),
        ("On 10 September 2024 ", dict(lo="2024-09-10", ev="the keyworker visited and found Craig Welsby at the home. Donna said he was 'just visiting'. Kacey was in the bath and was not seen.", f="nn--")),
        ("14/10/2024 – ", dict(lo="2024-10-14", ev="Early Help closed because Children's Social Care had opened an assessment; a closure summary was sent to SW Hannah Okafor.")),
        ("On 16th December 2024 ", dict(lo="2024-12-16", ev="the family was stepped down again from Children's Social Care. Jodie Marsh was re-allocated.")),
        ("w/c 6 January 2025: ", dict(lo="2025-01-06", hi="2025-01-12", p="approximate", ev="two visits were attempted in the week; on both there was no answer at the door.", f="nn--")),
        ("On 22 January 2025 ", dict(lo="2025-01-22", ev="Jodie Marsh saw Kacey at home with Craig and Donna. Kacey was wearing a long-sleeved top and hat indoors. Jodie Marsh spoke with Kacey alone in her bedroom for a few minutes; Kacey said she was 'sad when Daddy's cross'.", f="yyyy")),
        ("Between 10 and 12 February 2025 ", dict(lo="2025-02-10", hi="2025-02-12", p="approximate", ev="Donna cancelled two planned sessions by text, saying Kacey had chickenpox. No sighting was arranged.", f="nn--")),
        ("20/02/25 – ", dict(lo="2025-02-20", note_x="told afterwards, not at the meeting: not grouped", ev="Early Help was told of the strategy discussion after it had taken place and was not invited. Team Leader Simon Tait asked for the case to be held by CSC.")),
    ]
    pidx = []
    for lead, e in P:
        p = doc.add_paragraph()
        p.add_run(lead + e["ev"])
        pi = len(doc.paragraphs) - 1
        e["p"] = e.get("p", "day")
        e["note"] = "narrative paragraph (no table): table -1, row = paragraph index"
        gold(A, S, F, -1, pi, e, lead.strip(" –:").replace("On ", "").replace("In ", "").replace("Between ", "between ").strip())
    doc.add_heading("3. Analysis", 2)
    doc.add_paragraph("Kacey was seen alone only once in ten months of involvement. The worker accepted the explanation for the bruise and "
                      "did not seek advice. The service's step-down arrangements with Children's Social Care need review.")
    doc.add_heading("4. Recommendations and action plan", 2)
    t1 = grid(doc, ["Recommendation", "Lead", "Timescale", "Evidence of impact"],
              [["Every bruise to a non-mobile or pre-school child discussed with a team leader", "Early Help Team Leaders", "By 31 May 2025", "Supervision audit"],
               ["Children seen within 10 working days of allocation and at least monthly", "Head of Early Help", "By 30 June 2025", "Performance report"]])
    nonchron(F, doc, t1, "action plan")
    save(doc, F)
    return F, [e for _, e in P]


def main():
    os.makedirs(IMRS, exist_ok=True)
    for f in os.listdir(IMRS):
        os.remove(os.path.join(IMRS, f))
    for b in (build_csc, build_eh, build_yjs, build_nursery, build_gp):
        b()
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, GCOLS)
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(HERE, "nonchron.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["file", "table", "row", "kind", "text"])
        w.writeheader()
        w.writerows(NONCHRON)
    print("gold %d, nonchron %d" % (len(GOLD), len(NONCHRON)))


if __name__ == "__main__":
    main()
