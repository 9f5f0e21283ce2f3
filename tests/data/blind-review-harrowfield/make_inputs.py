#!/usr/bin/env python3
"""Builds the blind Harrowfield review folder: review/imrs/*.docx, gold.csv and nonchron.csv.

Run with .venv/bin/python (python-docx + lxml).  Deterministic: the same input gives the
same documents (zip entry timestamps are fixed) and the same gold.

Conventions (the westmoor scorer's):
  table  0-based index of the table in document.tables (top-level tables only, nested tables are not
         counted); -1 for a dated paragraph outside any table (narrative IMR)
  row    0-based index of the <w:tr> inside that table, header rows included (a two-row header puts the
         first entry on row 2); for a narrative paragraph, its 0-based index in document.paragraphs
  event  the text of the event cell (its own paragraphs, joined by a newline; a nested table is not part
         of it); for a narrative paragraph, the paragraph text after the date and its separator
"""
import csv
import datetime as dt
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "review", "imrs")

GOLD_COLS = ["id", "agency", "agency_short", "file", "table", "row", "date_text", "time_text", "source", "event",
             "date_earliest", "date_latest", "precision", "time", "child_seen", "seen_alone", "wishes_sought",
             "wishes_expressed", "group", "flags_basis", "note"]
NONCHRON_COLS = ["file", "table", "row", "kind", "text"]

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], 1)}
MON3 = {k[:3]: v for k, v in MONTHS.items()}


def month_end(y, m):
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def yr(y):
    y = int(y)
    return y + 2000 if y < 100 else y


def auto_date(s):
    """(earliest, latest, precision) for the plain forms used here; None for the vague ones."""
    t = s.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", t)
    if m:
        d = dt.date(yr(m[3]), int(m[2]), int(m[1]))
        return d, d, "day"
    m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})$", t)
    if m and m[2].lower() in MONTHS:
        d = dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        return d, d, "day"
    m = re.match(r"^([A-Za-z]+) (\d{4})$", t)
    if m and m[1].lower() in MONTHS:
        y, mo = int(m[2]), MONTHS[m[1].lower()]
        return dt.date(y, mo, 1), month_end(y, mo), "month"
    m = re.match(r"^([A-Za-z]{3})-(\d{2})$", t)
    if m and m[1].lower() in MON3:
        y, mo = yr(m[2]), MON3[m[1].lower()]
        return dt.date(y, mo, 1), month_end(y, mo), "month"
    return None


def hhmm(time_text, date_text=""):
    """HH:MM from a time cell ("18:37"), or from an ISO date cell with a time ("2024-04-02 10:15")."""
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", time_text or "")
    if not m:
        m = re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}[ T](\d{1,2}):(\d{2})\s*", date_text or "")
    return "%02d:%s" % (int(m[1]), m[2]) if m else ""


# ------------------------------------------------------------------ docx helpers

def set_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def add_runs(par, text, bold=False, italic=False, size=None):
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(parts) - 1:
            r.add_break()


def fill(cell, content, bold=False, size=None):
    """content: str (\\n = line break), or a list of str | ('b', [bullets]) | ('t', rows)."""
    items = content if isinstance(content, list) else [content]
    first = True
    for it in items:
        if isinstance(it, tuple) and it[0] == "b":
            for b in it[1]:
                p = cell.paragraphs[0] if first else cell.add_paragraph(style="List Bullet")
                if first:
                    p.style = cell.part.document.styles["List Bullet"]
                add_runs(p, b, bold, size=size)
                first = False
        elif isinstance(it, tuple) and it[0] == "t":
            rows = it[1]
            nt = cell.add_table(rows=len(rows), cols=len(rows[0]))
            nt.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, v in enumerate(r):
                    c = nt.cell(ri, ci)
                    add_runs(c.paragraphs[0], v, bold=(ri == 0), size=7)
            widths(nt, [2.3, 1.5, 1.4, 1.7][:len(rows[0])])
            first = False
        else:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            add_runs(p, it, bold, size=size)
            first = False


def cell_text(cell):
    ps = [p.text for p in cell.paragraphs]
    while ps and not ps[-1].strip():
        ps.pop()
    return "\n".join(ps)


def row_text(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        t = re.sub(r"\s+", " ", cell_text(c)).strip()
        if t:
            out.append(t)
    return " | ".join(out)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells) and row.cells[i]._tc.grid_span == 1:
                row.cells[i].width = Cm(w)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._r.append(f2)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.6))
    section.top_margin = section.bottom_margin = Cm(1.6)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)


class IMR:
    def __init__(self, fname, agency, short, author, header_text, footer_text, font="Arial", size=10,
                 head_fill="D9D9D9", land=False):
        self.fname, self.agency, self.short = fname, agency, short
        self.doc = Document()
        set_font(self.doc, font, size)
        self.doc.core_properties.author = author
        self.doc.core_properties.title = "Individual Management Review"
        self.doc.core_properties.created = dt.datetime(2025, 5, 1, 9, 0, 0)
        self.doc.core_properties.modified = dt.datetime(2025, 5, 20, 9, 0, 0)
        self.doc.core_properties.last_modified_by = author
        self.doc.core_properties.revision = 3
        sec = self.doc.sections[0]
        (landscape if land else portrait)(sec)
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(hp, header_text, bold=True, size=8)
        fp = sec.footer.paragraphs[0]
        add_runs(fp, footer_text + "    Page ", size=8)
        field(fp, "PAGE")
        self.head_fill = head_fill
        self.ntables = 0
        self.gold, self.nonchron = [], []

    # text
    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def p(self, text="", bold=False, italic=False, style=None, size=None):
        par = self.doc.add_paragraph(style=style)
        add_runs(par, text, bold, italic, size)
        return par

    def bullets(self, items):
        for i in items:
            self.p(i, style="List Bullet")

    def new_section(self, land):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        (landscape if land else portrait)(sec)
        return sec

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # tables
    def table(self, nrows, ncols):
        t = self.doc.add_table(rows=nrows, cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        idx = self.ntables
        self.ntables += 1
        return t, idx

    def head_row(self, t, r, labels, size=None, repeat=True):
        for i, lab in enumerate(labels):
            if lab is None:
                continue
            c = t.cell(r, i)
            fill(c, lab, bold=True, size=size)
            shade(c, self.head_fill)
        if repeat:
            repeat_header(t.rows[r])

    def simple_table(self, kind, header, rows, cw=None, size=None, kv=False):
        """A non-chronology table; every data row (and, for a key-value table, every row) -> nonchron."""
        n = len(rows) + (0 if header is None else 1)
        ncols = len(header) if header else len(rows[0])
        t, idx = self.table(n, ncols)
        r0 = 0
        if header:
            self.head_row(t, 0, header, size=size)
            r0 = 1
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                c = t.cell(r0 + i, j)
                fill(c, v, bold=(kv and j == 0), size=size)
                if kv and j == 0:
                    shade(c, self.head_fill)
        if cw:
            widths(t, cw)
        for i in range(len(rows)):
            self.nonchron.append(dict(file=self.fname, table=idx, row=r0 + i, kind=kind,
                                      text=row_text(t.rows[r0 + i])))
        return t, idx

    def divider(self, t, idx, r, text, fillc="F2F2F2"):
        row = t.rows[r]
        c = row.cells[0].merge(row.cells[-1])
        fill(c, text, bold=True)
        shade(c, fillc)
        self.nonchron.append(dict(file=self.fname, table=idx, row=r, kind="divider row (merged across)",
                                  text=row_text(t.rows[r])))

    def add_gold(self, e, table, row, event, date_text, time_text, source, basis, note=""):
        auto = auto_date(date_text)
        if "lo" in e:
            lo, hi, prec = e["lo"], e["hi"], e["prec"]
            lo, hi = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        else:
            if auto is None:
                raise SystemExit("no date for %r in %s" % (date_text, self.fname))
            lo, hi, prec = auto
        if e.get("end"):
            hi = auto_date(e["end"])[1]
            prec = "range"
        if e.get("cs") == "no" and not e.get("sa"):
            e = dict(e, sa="no")  # not seen, so not seen alone
        tm = e.get("time")
        if tm is None:
            tm = hhmm(time_text, date_text)
        self.gold.append(dict(
            agency=self.agency, agency_short=self.short, file=self.fname, table=table, row=row,
            date_text=date_text, time_text=time_text, source=source, event=event,
            date_earliest=lo.isoformat(), date_latest=hi.isoformat(), precision=prec, time=tm,
            child_seen=e.get("cs", ""), seen_alone=e.get("sa", ""), wishes_sought=e.get("ws", ""),
            wishes_expressed=e.get("we", ""), group=e.get("grp", ""), flags_basis=basis,
            note="; ".join(x for x in (note, e.get("note", "")) if x)))

    def save(self):
        os.makedirs(OUT, exist_ok=True)
        path = os.path.join(OUT, self.fname)
        self.doc.save(path)
        fix_zip(path)
        return path


def fix_zip(path):
    """Fixed timestamps so that the file is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(path + ".tmp", path)


def std_front(imr, title_lines):
    for i, (t, sz, b) in enumerate(title_lines):
        par = imr.p()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(par, t, bold=b, size=sz)


# ================================================================== 1. Ambulance service

def ambulance():
    f = "PCAS IMR - Pennine Coast Ambulance Service (final).docx"
    imr = IMR(f, "Pennine Coast Ambulance Service NHS Trust", "PCAS", "Julie Marsden",
              "OFFICIAL – SENSITIVE: PERSONAL", "PCAS IMR – HSCB-SCR-2025-04 – final", font="Calibri", size=10,
              head_fill="C6D9F1")
    std_front(imr, [("Pennine Coast Ambulance Service NHS Trust", 16, True),
                    ("Safeguarding Team", 12, False),
                    ("Individual Management Review", 14, True),
                    ("Harrowfield Local Safeguarding Children Board – Serious Case Review “Child A”", 11, False)])
    imr.simple_table("cover details", None, [
        ["Review reference", "HSCB-SCR-2025-04"],
        ["Subject child", "Skye Louise Brennan (DOB 14/08/2021)"],
        ["Address(es) attended", "7 Mill Street, Harrowfield HF2 8LP; Flat 3, 22 Tanner's Row, Harrowfield HF4 2QT"],
        ["IMR author", "Julie Marsden, Safeguarding Lead (Children), PCAS"],
        ["Period under review", "01/01/2024 to 09/03/2025"],
        ["Date submitted to panel", "16/05/2025"],
    ], cw=[5, 11], kv=True)
    imr.p()
    imr.p("Version control", bold=True)
    imr.simple_table("version control", ["Version", "Date", "Author", "Comment"], [
        ["0.1", "14/04/2025", "J Marsden", "First draft – chronology only"],
        ["0.2", "02/05/2025", "J Marsden", "Analysis added after panel 2"],
        ["1.0", "16/05/2025", "Dr Rob Ainsley, Medical Director", "Approved for submission"],
    ], cw=[2, 3, 5, 6])
    imr.h("1. Introduction", 1)
    imr.p("This report covers the involvement of Pennine Coast Ambulance Service NHS Trust (PCAS), including the "
          "Emergency Operations Centre (EOC) and the NHS 111 service, with Skye and her family. PCAS had "
          "no planned involvement with the family; every contact was an unscheduled call.")
    imr.h("2. Terms of reference", 1)
    imr.bullets(["Were crews and call handlers alert to the presence of children at the addresses attended?",
                 "Were safeguarding referrals made where the guidance required them?",
                 "Was information about the adults (substance misuse, domestic abuse) shared?"])
    imr.h("3. Documents reviewed", 1)
    imr.simple_table("documents reviewed", ["Document", "System", "Date(s)"], [
        ["Computer aided dispatch (CAD) logs, 7 incidents", "CAD", "15/01/2024 – 09/03/2025"],
        ["Electronic patient care records (ePCR)", "ePCR", "02/06/2024 – 09/03/2025"],
        ["NHS 111 call records and recordings", "111 system", "15/01/2024; 19/07/2024"],
        ["Safeguarding referrals made by PCAS staff", "Safeguarding portal", "14/12/2024; 09/03/2025"],
        ["Crew statements", "—", "10/03/2025"],
    ], cw=[8, 3.5, 4.5])

    imr.new_section(True)
    imr.h("4. Chronology of PCAS involvement", 1)
    imr.p("Times are taken from the CAD log (24-hour clock). Where one incident produced several records the date "
          "is shown once.", italic=True, size=9)
    E = [
        dict(d="15/01/24", cad="240115-0972", t=("18:37", "n/a", "n/a"), src="NHS 111 record",
             crew="NHS 111 health advisor",
             ev="NHS 111 call from Linda Brennan (maternal grandmother) at 7 Mill Street: Skye, aged 2, pulling at "
                "her ear and crying since lunchtime. Advised paracetamol and to see the GP in the morning.",
             seen="No – telephone call", cs="no", sa="no"),
        dict(d="02/06/24", cad="240602-0417", t=("21:14", "21:39", "22:31"), src="CAD / ePCR",
             crew="Paramedic Craig Holroyd\nEMT Nadia Sharif",
             ev="999 call: female, about 16 weeks pregnant, lower abdominal pain. Crew attended Flat 3, 22 Tanner's "
                "Row. Patient Jodie Brennan; a man who gave his name as “Dean” answered most questions for her. "
                "Strong smell of cannabis in the flat. Observations normal; advised to attend maternity triage in the "
                "morning, patient declined conveyance.",
             seen="Yes – asleep on the sofa in the same room", cs="yes", sa="no", merge_start=True),
        dict(d="", cad="240602-0417", t=("22:40", "—", "—"), src="ePCR", crew="Paramedic Craig Holroyd",
             ev="No safeguarding referral made. The “children in household” box on the ePCR safeguarding screen was "
                "left blank.", seen="—", note="date cell merged with the row above"),
        dict(d="19/07/24", cad="240719-1102", t=("13:02", "n/a", "n/a"), src="NHS 111 record",
             crew="NHS 111 clinical advisor",
             ev="NHS 111 call from Jodie Brennan: Skye (2) had a high temperature and a rash. Glass test described as "
                "fading. Advised to attend the GP out-of-hours service and to call back if the rash changed.",
             seen="No – telephone assessment", cs="no", sa="no"),
        dict(d="27/10/24", cad="241027-0058", t=("02:41", "02:58", "03:35"), src="CAD / ePCR",
             crew="Paramedic Tom Gilchrist\nECA Becky Lunn",
             ev="999 call: woman in labour at 39 weeks, contractions three minutes apart. Jodie Brennan assessed and "
                "conveyed to the Harrowfield General Hospital maternity unit. Her partner (Dean Kershaw) stayed at the "
                "flat with Skye.",
             seen="No – crew told she was asleep in the bedroom", cs="no", sa="no", merge_start=True),
        dict(d="", cad="241027-0058", t=("03:52", "—", "—"), src="ePCR", crew="Paramedic Tom Gilchrist",
             ev="Handover to the labour ward midwife. The crew wrote on the ePCR that the partner “appeared under the "
                "influence” when they arrived; this was not passed to the midwife or raised as a safeguarding "
                "concern.", seen="—", note="date cell merged with the row above"),
        dict(d="14/12/24", cad="241214-0733", t=("19:26", "19:51", "20:40"), src="CAD / ePCR",
             crew="EMT Nadia Sharif\nECA Becky Lunn",
             ev="999 call from a neighbour: man collapsed in the stairwell at 22 Tanner's Row. Patient Dean Kershaw, "
                "reduced consciousness and pinpoint pupils; naloxone given and he responded. Refused conveyance after "
                "40 minutes; capacity assessed. Mr Kershaw said he lived in Flat 3 “with my missus and the kids”.",
             seen="No – crew did not go into Flat 3", cs="no", sa="no", merge_start=True),
        dict(d="", cad="241214-0733", t=("21:05", "—", "—"), src="Safeguarding referral", crew="EMT Nadia Sharif",
             ev="Adult safeguarding concern raised with Harrowfield Council (overdose, self-neglect). The referral "
                "form records children living in the flat, but no children's safeguarding referral was made.",
             seen="—", note="date cell merged with the row above"),
        dict(d="03/01/25", cad="250103-0219", t=("10:12", "10:40", "11:05"), src="CAD / ePCR",
             crew="Specialist Paramedic Hannah Dobson",
             ev="999 call: baby (Ivy, 9 weeks) “not breathing properly”. On arrival Ivy was pink and alert with a mild "
                "cold; observations normal. Skye was in the lounge with her mother, and Hannah Dobson noticed a bruise "
                "on Skye's forehead; Ms Brennan said Skye had walked into a door.",
             seen="Yes – in the lounge with her mother", cs="yes", sa="no", merge_start=True),
        dict(d="", cad="250103-0219", t=("11:02", "—", "—"), src="ePCR safeguarding screen",
             crew="Specialist Paramedic Hannah Dobson",
             ev="Safeguarding screen completed for Ivy (“no concerns”). The bruise on Skye was not recorded on the "
                "screen and no referral was made; the explanation was accepted.", seen="—",
             note="date cell merged with the row above"),
        dict(d="09/03/25", cad="250309-0366", t=("07:48", "07:56", "08:21"), src="CAD",
             crew="EOC call handler",
             ev="999 call from Dean Kershaw: “my stepdaughter's fallen off the top bunk and she won't wake up”. "
                "Category 1 response; the call handler gave breathing checks and CPR instructions until the crew "
                "arrived.", seen="—", merge_start=True),
        dict(d="", cad="250309-0366", t=("07:57", "—", "—"), src="ePCR",
             crew="Paramedic Craig Holroyd\nSpecialist Paramedic Hannah Dobson",
             ev="Skye found on the bedroom floor, GCS 5, pupils unequal. Bruises of different colours to both ears, the "
                "left cheek and both upper arms. There is no bunk bed in the flat (a single bed and a cot). Airway "
                "managed; pre-alert to the Harrowfield General Hospital emergency department.",
             seen="Yes – patient", cs="yes", note="date cell merged with the row above"),
        dict(d="", cad="250309-0366", t=("08:21", "—", "—"), src="ePCR", crew="Paramedic Craig Holroyd",
             ev="Skye conveyed to the Harrowfield General Hospital emergency department with Ms Brennan; handover in "
                "resus at 08:34. The crew told the ED consultant about the “bunk bed” account and the bruising.",
             seen="Yes – patient", cs="yes", note="date cell merged with the row above"),
        dict(d="", cad="250309-0366", t=("09:15", "—", "—"), src="Safeguarding referral",
             crew="Paramedic Craig Holroyd",
             ev="Children's safeguarding referral by telephone to the Emergency Duty Team of Harrowfield Children's "
                "Social Care; Police informed. Crew statements taken later.", seen="—",
             note="date cell merged with the row above"),
        dict(d="10/03/25", cad="—", t=("14:00", "—", "—"), src="Safeguarding team",
             crew="Julie Marsden, Safeguarding Lead",
             ev="The PCAS Safeguarding Lead sent the CAD logs and ePCRs to the strategy meeting by secure email (PCAS "
                "was not represented at the meeting).", seen="—",
             note="the ambulance service's email to the meeting, not the meeting: not grouped"),
    ]
    n = len(E) + 2
    t, idx = imr.table(n, 9)
    imr.head_row(t, 0, ["Date", "CAD incident", "Times (24 hr)", None, None, "Record source", "Crew / clinician",
                        "Summary of call, assessment and care", "Skye seen by crew?"], size=8)
    imr.head_row(t, 1, [None, None, "Call", "At scene", "Left scene", None, None, None, None], size=8)
    for c in (0, 1, 5, 6, 7, 8):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 2).merge(t.cell(0, 4))
    basis = "column: Skye seen by crew? (child seen); seen alone from the text"
    merges = []
    for i, e in enumerate(E):
        r = i + 2
        cells = [e["d"], e["cad"], e["t"][0], e["t"][1], e["t"][2], e["src"], e["crew"], e["ev"], e["seen"]]
        for j, v in enumerate(cells):
            if v:
                fill(t.cell(r, j), v, size=8)
        if e.get("merge_start"):
            merges.append([r, r])
        elif not e["d"]:
            merges[-1][1] = r
    for a, b in merges:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    widths(t, [1.8, 2.1, 1.2, 1.2, 1.2, 2.2, 3.2, 10.5, 3.0])
    cur = None
    for i, e in enumerate(E):
        r = i + 2
        if e["d"]:
            cur = e["d"]
        imr.add_gold(e, idx, r, cell_text(t.cell(r, 7)), cur, e["t"][0], e["src"], basis)
    imr.new_section(False)
    imr.h("5. Analysis", 1)
    imr.p("Crews attended the family's flat four times. On three of those occasions a child was present or known to "
          "be in the flat, and no children's safeguarding referral was made until 9 March 2025. The ePCR "
          "safeguarding screen relies on the crew recording children in the household; on 2 June 2024 the box was "
          "left blank.")
    imr.h("6. Glossary", 1)
    imr.simple_table("glossary", ["Term", "Meaning"], [
        ["CAD", "Computer aided dispatch: the log of a 999 call from answer to clear"],
        ["ePCR", "Electronic patient care record completed by the crew"],
        ["EOC", "Emergency Operations Centre (999 call handling and dispatch)"],
        ["ECA", "Emergency Care Assistant"],
        ["EMT", "Emergency Medical Technician"],
        ["GCS", "Glasgow Coma Scale (3–15)"],
    ], cw=[3, 13])
    imr.h("7. Sign-off", 1)
    imr.simple_table("sign-off", ["Role", "Name", "Signature", "Date"], [
        ["IMR author", "Julie Marsden", "J. Marsden", "16/05/2025"],
        ["Executive lead", "Dr Rob Ainsley, Medical Director", "(signed)", "19/05/2025"],
    ], cw=[4, 6, 3, 3])
    return imr


# ================================================================== 2. Probation

def probation():
    f = "Probation IMR - Harrowfield PDU v1.3 SIGNED.docx"
    imr = IMR(f, "The Probation Service – Harrowfield Probation Delivery Unit", "Probation", "Michelle Oduya",
              "OFFICIAL SENSITIVE", "Probation Service – Harrowfield PDU – IMR v1.3", font="Arial", size=10,
              head_fill="E2E2E2")
    imr.p("HM Prison & Probation Service", bold=True, size=9)
    imr.h("Individual Management Review: The Probation Service (Harrowfield PDU)", 0)
    imr.simple_table("cover details", None, [
        ["Review", "Harrowfield LSCB Serious Case Review HSCB-SCR-2025-04 (Child A)"],
        ["Person supervised", "Dean Anthony Kershaw (CRN X418273), DOB 21/06/1990"],
        ["Sentence", "30 months custody (burglary, assault occasioning ABH); licence to 19.11.2024, "
                     "post sentence supervision to 19.11.2025"],
        ["IMR author", "Michelle Oduya, Senior Probation Officer (no involvement in the case)"],
        ["Head of PDU", "Martin Fairclough"],
        ["Date", "9 May 2025"],
    ], cw=[4, 12], kv=True)
    imr.h("Staff interviewed", 2)
    imr.simple_table("staff interviewed", ["Name", "Role", "Date interviewed"], [
        ["Gareth Lloyd", "Probation Officer (offender manager)", "23.4.2025"],
        ["Kerry Ashton", "Probation Services Officer", "23.4.2025"],
        ["Ray Fenton", "Keyworker, Beckside Approved Premises", "25.4.2025"],
        ["Michelle Oduya", "Senior Probation Officer (line manager to G Lloyd from 1.7.2024)", "—"],
    ], cw=[4, 8, 4])
    imr.h("Terms of reference", 2)
    imr.p("The panel asked the service to describe its supervision of Mr Kershaw, what it knew about the children "
          "in the household of his partner, and whether information was shared with Children's Social Care.")
    imr.h("Chronology – Part A: licence supervision", 2)
    A = [
        dict(d="12.2.2024", ty="Release / induction", off="PO Gareth Lloyd",
             ev="Dean Kershaw released from HMP Elmstead on licence. Induction at the Harrowfield PDU office. Licence "
                "conditions explained, including: reside at Beckside Approved Premises; disclose any intimate "
                "relationship; drug testing; engage with Harrowfield Recovery Partnership.",
             out="Licence signed. Risk of serious harm: HIGH to a known adult (ex-partner), MEDIUM to children."),
        dict(d="13.2.2024", ty="Referral", off="PO Gareth Lloyd",
             ev="Referral to Harrowfield Recovery Partnership (heroin use; methadone prescribed in custody).",
             out="First HRP appointment 19.2.2024."),
        dict(d="26.2.24", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Reports settling at the approved premises. Denies any current relationship. Drug test negative for "
                "opiates, positive for cannabis.", out="Warned about cannabis use."),
        dict(d="11.3.24", ty="Office appointment", off="PSO Kerry Ashton",
             ev="Dean said he had “a mate called Jodie” whom he visits in Mill Street. Not explored; no checks made.",
             out="None."),
        dict(d="2.4.24", ty="AP report", off="Ray Fenton (AP keyworker)",
             ev="Beckside AP: Dean out overnight without permission, returned at 08:50. Said he stayed at his "
                "mother's.", out="Final warning issued by the PO."),
        dict(d="15.4.2024", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Dean asked to move from the AP to his mother's address in Harewood Avenue. Address check requested.",
             out="Home visit to be booked."),
        dict(d="7.5.24", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Dean disclosed a relationship with Jodie Brennan “since about March”, and that she is pregnant by "
                "him. He said Jodie has a daughter, Skye, aged 2. Asked to give Ms Brennan's details so that a "
                "disclosure could be considered.", out="Police domestic abuse and CSC checks requested."),
        dict(d="14.5.24", ty="Checks", off="PO Gareth Lloyd",
             ev="Police check: two domestic abuse incidents with a previous partner (2019 and 2021). CSC check: no "
                "current involvement with Skye.", out="Disclosure to Ms Brennan planned."),
        dict(d="?/06/2024", ty="Home visit", off="PO Gareth Lloyd",
             ev="Joint visit with a police officer to Flat 3, 22 Tanner's Row to disclose Dean's domestic abuse "
                "history to Jodie Brennan. Skye was present in the lounge and was seen briefly. Ms Brennan said she "
                "already knew and that Dean was “different now”. (Entered on nDelius later; the date of the visit was "
                "not recorded.)",
             out="Disclosure recorded. CSC not told.", lo="2024-06-01", hi="2024-06-30", prec="approximate",
             cs="yes", sa="no", note="day unknown"),
        dict(d="17.6.2024", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Dean late. Drug test positive for opiates (not prescribed). He admitted staying at Tanner's Row "
                "“most nights”, not at his approved address.",
             out="Warning letter. HRP asked to increase key work."),
        dict(d="21.6.24", ty="Strategy meeting", off="PO Gareth Lloyd",
             ev="PO attended the strategy meeting (MS Teams) called by Children's Social Care after the nursery saw "
                "bruising to Skye's arm. Shared Dean's offending history and licence conditions.",
             out="Section 47 enquiry agreed. PO to consider breach.", grp="strategy-2024-06-21"),
        dict(d="28.6.24", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Dean denied causing the bruising and said Skye “bruises easily”. Additional licence condition "
                "requested: no unsupervised contact with any child under 16.",
             out="Variation sent to the Public Protection Casework Section."),
        dict(d="15.7.2024", ty="Child protection conference", off="PO Gareth Lloyd",
             ev="PO attended the Initial Child Protection Conference. Skye made subject to a child protection plan "
                "(physical abuse); the unborn baby to be considered at a pre-birth conference. Dean not to stay "
                "overnight at Tanner's Row.", out="Probation a core group member.", grp="icpc-2024-07-15"),
        dict(d="22.7.24", ty="Missed appointment", off="PO Gareth Lloyd",
             ev="Failed to attend; phone switched off. HRP confirmed that Dean had also missed his methadone "
                "collection.", out="Recall discussed with SPO Michelle Oduya."),
        dict(d="29.7.2024", ty="Recall", off="SPO Michelle Oduya",
             ev="Standard recall to custody authorised (failing to reside as directed, failing to keep in touch, "
                "positive test). Arrested by police at Tanner's Row at 06:30.", out="CSC and HRP told by email."),
        "RECALLED TO CUSTODY 29.7.2024 — re-released 9.9.2024; licence supervision resumed below",
        dict(d="9.9.2024", ty="Release / induction", off="PO Gareth Lloyd",
             ev="Re-released from HMP Elmstead to Beckside AP. The licence now includes the condition not to have "
                "unsupervised contact with any child under 16 without approval.", out="Conditions signed."),
        dict(d="17.9.24", ty="Core group", off="PO Gareth Lloyd",
             ev="PO attended the core group meeting at Little Acorns Day Nursery; Ms Brennan present. PO reported "
                "Dean's re-release and the new condition.", out="—", grp="core-group-2024-09-17"),
        dict(d="8.10.24", ty="Child protection conference", off="PO Gareth Lloyd",
             ev="Review child protection conference, combined with the pre-birth conference. Skye to remain on a "
                "plan; the baby to be made subject to a plan at birth. Ms Brennan said she and Dean had separated.",
             out="Plan: Dean's contact with the children to be supervised by the maternal grandmother.",
             grp="rcpc-2024-10-08"),
        dict(d="28.10.24", ty="Office appointment", off="PSO Kerry Ashton",
             ev="Dean said his baby daughter was born on 27.10.2024 and that he was at the birth. Asked to be allowed "
                "to visit the baby at Tanner's Row.", out="PO to ask CSC."),
        dict(d="1.11.2024", ty="Email", off="PO Gareth Lloyd",
             ev="Email to SW Natalie Greenwood asking whether supervised contact at the flat was agreed. No reply on "
                "the record.", out="Not chased."),
        dict(d="19.11.2024", ty="Licence end", off="PO Gareth Lloyd",
             ev="Licence expired and post sentence supervision began. The approved premises condition ended and Dean "
                "moved to his mother's address.", out="Continues under PSS – see Part B."),
    ]
    B = [
        dict(d="26.11.24", ty="Office appointment", off="PO Gareth Lloyd",
             ev="First PSS appointment. Dean said he was “back with Jodie” and visiting every day to help with the "
                "children.", out="Reminded of the child protection plan. CSC not told."),
        dict(d="16.12.24", ty="Information received", off="PO Gareth Lloyd",
             ev="The council's adult safeguarding team forwarded the ambulance service's concern about Dean's "
                "overdose at Tanner's Row on 14.12.2024.", out="Not shared with CSC; to be discussed at the next "
                                                                "appointment."),
        dict(d="23.12.2024", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Dean admitted a relapse on heroin and said he was living at Tanner's Row “on and off”. Risk to "
                "children reviewed: remains MEDIUM.", out="OASys review not completed."),
        dict(d="21.1.25", ty="Core group", off="PSO Kerry Ashton",
             ev="PSO attended the core group meeting (MS Teams). Ms Brennan said Dean visits “now and then” when her "
                "mother is there. Step-down to child in need discussed; probation did not object.", out="—",
             grp="core-group-2025-01-21"),
        dict(d="4.2.25", ty="Home visit", off="PO Gareth Lloyd",
             ev="Unannounced home visit to Tanner's Row: Dean answered the door. Ms Brennan, Skye and Ivy were there. "
                "Skye was seen in the kitchen and was quiet; the PO did not speak with her.",
             out="Email to the SW the same day.", cs="yes", sa="no", ws="no"),
        dict(d="18.2.2025", ty="Missed appointment", off="PSO Kerry Ashton",
             ev="Failed to attend; sent a text message saying he had “the flu”.", out="Rebooked for 4.3.2025."),
        dict(d="4.3.25", ty="Office appointment", off="PO Gareth Lloyd",
             ev="Attended and appeared under the influence. Dean said things were “stressful” at home with the baby "
                "crying.", out="Breach action considered; not started."),
        dict(d="10.3.2025", ty="Strategy meeting", off="SPO Michelle Oduya",
             ev="SPO attended the strategy meeting called after Skye's admission to hospital on 9.3.2025 (Dean "
                "arrested on 9.3.2025). Probation shared its full record.", out="MAPPA referral made.",
             grp="strategy-2025-03-10"),
    ]
    hdr = ["Date", "Type of contact", "Officer", "Record (summary of nDelius entry)", "Outcome / action"]
    cw = [2.2, 2.8, 2.8, 9.5, 4.5]
    basis = "text"

    def chrono(rows):
        t, idx = imr.table(len(rows) + 1, 5)
        imr.head_row(t, 0, hdr, size=9)
        for i, e in enumerate(rows):
            r = i + 1
            if isinstance(e, str):
                imr.divider(t, idx, r, e)
                continue
            for j, v in enumerate([e["d"], e["ty"], e["off"], e["ev"], e["out"]]):
                fill(t.cell(r, j), v, size=9)
        widths(t, cw)
        for i, e in enumerate(rows):
            if isinstance(e, str):
                continue
            imr.add_gold(e, idx, i + 1, cell_text(t.cell(i + 1, 3)), e["d"], "", "", basis)

    imr.new_section(True)
    chrono(A)
    imr.p()
    imr.h("Chronology – Part B: post sentence supervision (from 20.11.2024)", 2)
    imr.p("The nDelius record for the post sentence supervision period was held on a new event; it is set out "
          "separately.", italic=True, size=9)
    chrono(B)
    imr.new_section(False)
    imr.h("Analysis", 2)
    imr.p("Mr Kershaw told his offender manager about Skye on 7 May 2024. From that point the service knew he was "
          "in a household with a young child and an unborn baby, yet information about his recall, overdose and "
          "relapse reached Children's Social Care only in part.")
    imr.h("Action plan", 2)
    imr.simple_table("action plan", ["No.", "Action", "Lead", "Target date", "Measure"], [
        ["1", "Domestic abuse and safeguarding checks within 5 working days of any new relationship being disclosed",
         "Head of PDU", "30.6.2025", "Quarterly audit of 20 cases"],
        ["2", "Information from other agencies about a child in a supervised person's household is shared with CSC "
              "within one working day", "SPO", "31.7.2025", "Audit; staff briefing delivered"],
        ["3", "Home visits record which children were present and whether they were spoken to", "Head of PDU",
         "31.7.2025", "nDelius contact template amended"],
    ], cw=[1, 8, 2.5, 2.5, 3])
    imr.p()
    imr.p("Signed: Martin Fairclough, Head of Harrowfield PDU        Date: 12 May 2025")
    return imr


# ================================================================== 3. Housing association

def housing():
    f = "Calder Vale Homes IMR Jun25.docx"
    imr = IMR(f, "Calder Vale Homes", "CVH", "Andrea Wolstenholme", "Calder Vale Homes – CONFIDENTIAL",
              "Calder Vale Homes is a registered provider of social housing", font="Verdana", size=9,
              head_fill="D8E4BC")
    std_front(imr, [("CALDER VALE HOMES", 18, True), ("Individual Management Review", 14, True),
                    ("Prepared for the Harrowfield Local Safeguarding Children Board", 10, False)])
    imr.simple_table("cover details", None, [
        ["Tenant", "Jodie Marie Brennan (starter tenancy from 13th May 2024)"],
        ["Property", "Flat 3, 22 Tanner's Row, Harrowfield HF4 2QT (2-bed, first floor)"],
        ["Household declared", "Jodie Brennan; Skye Brennan (child, DOB 14/08/2021); from October 2024 Ivy Kershaw "
                               "(child)"],
        ["Author", "Andrea Wolstenholme, Safeguarding Lead"],
        ["Approved by", "Richard Haigh, Director of Housing Services, 2nd June 2025"],
    ], cw=[4.5, 11.5], kv=True)
    imr.h("Sources of information", 2)
    imr.simple_table("documents reviewed", ["Record", "Held on", "Covering"], [
        ["Housing application and lettings file", "Lettings system", "Mar-24 to May-24"],
        ["Tenancy file and visit notes", "Housing management system", "May-24 to Mar-25"],
        ["Anti-social behaviour case files ASB-1177 and ASB-1302", "ASB case system", "Jun-24 to Jan-25"],
        ["Repairs history and out-of-hours log", "Repairs system", "Jun-24 to Feb-25"],
        ["Rent account statement", "Income system", "May-24 to Mar-25"],
    ], cw=[7, 5, 4])
    imr.h("Summary of involvement", 2)
    imr.p("Calder Vale Homes housed Ms Brennan and Skye from May 2024. Contact was through the housing officer, the "
          "anti-social behaviour (ASB) team, the income team and repairs. The record below lists every case opened "
          "during the review period, by the date it was opened.")
    imr.new_section(True)
    imr.h("Chronology of contact", 2)
    rent = [["Week commencing", "Charge", "Paid", "Balance"],
            ["22/07/2024", "£98.60", "£0.00", "£415.20"],
            ["29/07/2024", "£98.60", "£0.00", "£513.80"],
            ["05/08/2024", "£98.60", "£0.00", "£612.40"]]
    E = [
        dict(ref="APP-20931", d="Mar-24", end="13th May 2024", ty="Housing application",
             ev="Housing application from Jodie Brennan (overcrowding at her mother's home, 7 Mill Street). "
                "Household: Jodie and her daughter Skye (2). No partner declared.",
             off="Claire Dunmore, Housing Officer", out="Offered Flat 3, 22 Tanner's Row."),
        dict(ref="TEN-5518", d="13th May 2024", ty="Tenancy sign-up",
             ev="Starter tenancy signed at the office by Jodie Brennan. Skye came with her mother and was seen in "
                "her buggy. Tenancy sustainment checklist completed: no support needs identified.",
             off="Claire Dunmore, Housing Officer", out="Keys issued.", cs="yes", sa="no"),
        dict(ref="TEN-5518", d="30th May 2024", ty="Settling-in visit",
             ev="Settling-in visit to the new tenancy. Ms Brennan at home; Skye was playing in the lounge. A man in "
                "the kitchen was introduced as “Dean, my friend”. Men's work boots and clothes in the hallway.",
             off="Claire Dunmore, Housing Officer",
             out="Reminded that only the tenant and declared household members may live at the property.",
             cs="yes", sa="no"),
        dict(ref="ASB-1177", d="between 3 and 5 June 2024", end="30th August 2024", ty="ASB – noise",
             ev="Neighbour at Flat 4 reported shouting, a man swearing and a child screaming late at night on three "
                "nights (dates not given). In the reporter's words: “it sounds like someone is getting hurt”.",
             off="Lee Parkin, ASB Officer", out="Diary sheets sent to the reporter. Not treated as a safeguarding "
                                                 "concern.",
             lo="2024-06-03", hi="2024-08-30", prec="range", note="opened on an uncertain day between 3 and 5 June"),
        dict(ref="ASB-1177", d="11th June 2024", ty="Home visit (ASB)",
             ev="ASB Officer visited Flat 3 about the noise. Ms Brennan said it was the television and Skye “having "
                "tantrums”. The officer did not see Skye, who Ms Brennan said was asleep.",
             off="Lee Parkin, ASB Officer", out="Noise warning letter sent.", cs="no", sa="no"),
        dict(ref="REP-44810", d="18th June 2024", end="2nd July 2024", ty="Repairs",
             ev=["Repairs reported by Ms Brennan by phone:",
                 ("b", ["bedroom door off its hinges",
                        "hole in the hallway plasterboard (about the size of a fist)",
                        "broken lock on the bathroom door"])],
             off="Repairs contact centre", out="All completed on 2nd July 2024. The operative did not report the "
                                               "damage as a concern."),
        dict(ref="—", d="21st June 2024", ty="Information request",
             ev="Email from Children's Social Care (SW Natalie Greenwood) asking who lives at Flat 3. The Housing "
                "Officer replied that Jodie and Skye are the only household members and mentioned the visitor "
                "“Dean”.", off="Claire Dunmore, Housing Officer", out="Information shared the same day."),
        dict(ref="ASB-1177", d="2nd July 2024", ty="Diary sheets",
             ev="Neighbour returned the diary sheets: six entries between 14th and 29th June, most after 11pm: “man "
                "shouting, woman crying, little girl crying”.", off="Lee Parkin, ASB Officer",
             out="Reviewed with the Team Leader; to monitor."),
        dict(ref="RENT-5518", d="15th August 2024", ty="Rent arrears",
             ev=["Rent account reviewed: arrears £612.40. First arrears letter sent. Statement at the time:",
                 ("t", rent)],
             off="Farah Iqbal, Income Officer", out="Referred to tenancy sustainment.",
             note="the event cell holds a nested table (rent statement)"),
        "ASB case ASB-1177 closed 30th August 2024 (no further reports) — re-referred as ASB-1302 below",
        dict(ref="ASB-1302", d="5th November 2024", end="17th January 2025", ty="ASB – noise / damage",
             ev="A second neighbour (Flat 2) reported a “big argument” and banging on the communal door at about "
                "1am, and said a man “lives there now”.", off="Lee Parkin, ASB Officer",
             out="Letter to the tenant; joint visit planned but not made."),
        dict(ref="TS-0988", d="12th November 2024", ty="Tenancy sustainment",
             ev="Tenancy Sustainment Officer home visit. Ms Brennan at home with Skye and the new baby, Ivy; Dean "
                "Kershaw was there and said he was “just visiting”. Skye sat with the officer and showed her a "
                "drawing, and said “Dean's loud, he shouts”. Ms Brennan asked for help with a Universal Credit claim.",
             off="Farah Iqbal, Tenancy Sustainment Officer",
             out="Help given with the UC claim. Skye's comment was not passed on.",
             cs="yes", sa="no", ws="no", we="yes", note="spontaneous statement: expressed but not sought"),
        dict(ref="TS-0988", d="19th November 2024", ty="Telephone",
             ev="Call to Ms Brennan to follow up the Universal Credit claim; no answer. Text message sent.",
             off="Farah Iqbal, Tenancy Sustainment Officer", out="—"),
        dict(ref="REP-46233", d="2nd December 2024", end="20th December 2024", ty="Repairs – damp",
             ev="Damp and mould reported in the children's bedroom. The surveyor inspected on 9th December 2024: "
                "mould on the outside wall behind the cot; window trickle vents taped shut.",
             off="Mick Hanson, Surveyor", out="Mould wash done 20th December 2024; advice leaflet given."),
        dict(ref="ASB-1302", d="16th December 2024", ty="Information",
             ev="Neighbour reported that an ambulance came for a man “collapsed on the stairs” on 14th December "
                "2024 and that needles had been found in the communal bin store.", off="Lee Parkin, ASB Officer",
             out="Caretaker asked to do a sharps sweep. Not linked to the tenancy."),
        dict(ref="RENT-5518", d="6th January 2025", ty="Rent arrears",
             ev="Arrears £1,043.90. Notice of seeking possession considered; Ms Brennan said her partner “was "
                "supposed to be paying”. She came to the office with Skye and Ivy, both seen in the double buggy.",
             off="Farah Iqbal, Income Officer", out="Arrangement to pay £15 a week.", cs="yes", sa="no"),
        dict(ref="ASB-1302", d="17th January 2025", ty="Case closure",
             ev="ASB-1302 closed: no further reports; the tenant had “denied anyone else lives there”.",
             off="Lee Parkin, ASB Officer", out="Closed."),
        dict(ref="REP-47011", d="28th January 2025", end="4th February 2025", ty="Repairs – emergency",
             ev="Out-of-hours emergency repair: front door frame split and lock broken (“door was kicked in”, said "
                "the caller, a man who gave his name as Dean). Boarded up overnight.",
             off="Out-of-hours contractor", out="Door replaced 4th February 2025; recharge to the tenant."),
        dict(ref="TEN-5518", d="Feb-25", ty="Tenancy review",
             ev="Nine-month starter tenancy review (desk-based) recorded “no issues”. The ASB cases, the arrears and "
                "the door damage were not considered.", off="Claire Dunmore, Housing Officer", out="Review passed."),
        dict(ref="TEN-5518", d="10th March 2025", ty="Information request",
             ev="Police and Children's Social Care asked for the tenancy records after Skye's admission to hospital "
                "on 9th March 2025.", off="Andrea Wolstenholme, Safeguarding Lead",
             out="Records shared. Calder Vale Homes was not invited to the strategy meeting."),
        dict(ref="ASB-1177", d="24th June 2024", ty="Telephone (late entry)",
             ev="Late entry: the reporter at Flat 4 phoned to say “the little girl was crying for ages and saying "
                "stop”. The officer logged the call on 26th June 2024.", off="Lee Parkin, ASB Officer",
             out="Added to the ASB case.", note="out of sequence in the IMR"),
    ]
    t, idx = imr.table(len(E) + 1, 7)
    imr.head_row(t, 0, ["Case ref", "Date opened", "Date closed", "Case type", "Details of contact", "Officer",
                        "Outcome"], size=8)
    for i, e in enumerate(E):
        r = i + 1
        if isinstance(e, str):
            imr.divider(t, idx, r, e, fillc="EBF1DE")
            continue
        for j, v in enumerate([e["ref"], e["d"], e.get("end", ""), e["ty"], e["ev"], e["off"], e["out"]]):
            if v:
                fill(t.cell(r, j), v, size=8)
    widths(t, [2.0, 2.4, 2.4, 2.6, 9.0, 3.2, 4.4])
    basis = "text"
    for i, e in enumerate(E):
        if isinstance(e, str):
            continue
        imr.add_gold(e, idx, i + 1, cell_text(t.cell(i + 1, 4)), e["d"], "", "", basis,
                     note="date closed %s" % e["end"] if e.get("end") else "")
    imr.new_section(False)
    imr.h("Analysis", 2)
    imr.p("Calder Vale Homes staff saw or heard about Mr Kershaw living at the property on at least six occasions "
          "and heard a child crying and saying “stop”. None of these was treated as a safeguarding matter.")
    imr.h("Glossary", 2)
    imr.simple_table("glossary", ["Term", "Meaning"], [
        ["ASB", "Anti-social behaviour"],
        ["Starter tenancy", "A 12-month probationary tenancy, reviewed at 6 and 9 months"],
        ["UC", "Universal Credit"],
        ["NOSP", "Notice of seeking possession"],
    ], cw=[4, 12])
    imr.h("Action plan", 2)
    imr.simple_table("action plan", ["Recommendation", "Action", "Owner", "By when", "Evidence of completion"], [
        ["Noise reports that mention a child crying or screaming are screened for safeguarding",
         "Add a safeguarding question to the ASB triage form", "ASB Team Leader", "Sep-25", "Form live; audit"],
        ["Housing staff know how to refer to Children's Social Care", "Level 2 safeguarding training for all "
                                                                       "front-line staff", "Safeguarding Lead",
         "31st December 2025", "Training records"],
        ["Tenancy reviews consider all open cases", "Review checklist to pull ASB, rent and repairs history",
         "Head of Tenancy", "Oct-25", "Checklist in use"],
    ], cw=[4.5, 4.5, 2.5, 2, 2.5])
    return imr


# ================================================================== 4. Nursery

def nursery():
    f = "Little Acorns Day Nursery - Individual Management Review.docx"
    imr = IMR(f, "Little Acorns Day Nursery", "Nursery", "Phil Garside", "CONFIDENTIAL",
              "Little Acorns Day Nursery – IMR for HSCB", font="Century Gothic", size=10, head_fill="FDE9D9")
    imr.p("Little Acorns Day Nursery", bold=True, size=16)
    imr.p("Individual Management Review – Serious Case Review (Child A)", bold=True, size=12)
    imr.simple_table("version control", ["Version", "Date", "By", "Notes"], [
        ["V1", "11/04/2025", "Phil Garside", "Draft"],
        ["V2", "29/04/2025", "Phil Garside", "After meeting with nursery manager"],
        ["V3 FINAL", "14/05/2025", "Phil Garside / Lorraine Booth", "Final for panel"],
    ], cw=[2.5, 3, 5, 6])
    imr.p()
    imr.simple_table("cover details", None, [
        ["Setting", "Little Acorns Day Nursery (private day nursery, 62 places)"],
        ["Child", "Skye Brennan, DOB 14.08.2021; attended from September 2023 (funded 2-year-old place, then "
                  "3-year-old funding)"],
        ["Author", "Phil Garside, Early Years Quality and Safeguarding Officer, Harrowfield Council (independent of "
                   "the setting)"],
        ["Nursery manager / DSL", "Lorraine Booth"],
    ], cw=[4, 12], kv=True)
    imr.h("Terms of reference", 2)
    imr.bullets(["What did the nursery see and hear about Skye, and what did it do?",
                 "Was Skye's voice heard and recorded?",
                 "How did the nursery work with the social worker and the core group?"])
    imr.h("Staff interviewed", 2)
    imr.simple_table("staff interviewed", ["Name", "Role", "Interviewed"], [
        ["Lorraine Booth", "Nursery manager and DSL", "17/04/2025"],
        ["Chloe Hirst", "Key person (Skye's key person from Sept 2023)", "17/04/2025"],
        ["Aisha Begum", "Deputy DSL", "22/04/2025"],
        ["Megan Tate", "Room leader, pre-school room", "22/04/2025"],
    ], cw=[4, 8, 4])
    imr.new_section(True)
    imr.h("Chronology", 2)
    imr.p("Skye attended Monday, Tuesday and Wednesday mornings. Entries come from the nursery's safeguarding log, "
          "the attendance register and, where marked, staff memory.", italic=True, size=9)
    P1 = [
        dict(d="08/01/2024", tm="08:40", st="Chloe Hirst (key person)",
             ev="Skye back after the Christmas break. Grandmother (Linda) now doing most drop-offs. Skye settled "
                "quickly and played in the home corner.",
             v="Skye told Chloe she liked “Nana's house” best.", act="—", cs="yes", we="yes"),
        dict(d="05/02/2024", tm="", st="Lorraine Booth (DSL)",
             ev="Progress check at age two completed with Ms Brennan; Skye at expected levels except speech (two-word "
                "phrases).", v="—", act="Progress check shared with the health visitor."),
        dict(d="c. early May 2024", tm="", st="Chloe Hirst (key person)",
             ev="Skye began talking about “Dean” and said Dean “sleeps at our new house”. (Not logged at the time; "
                "recalled by the key person at interview.)", v="—", act="Not passed on.",
             lo="2024-05-01", hi="2024-05-15", prec="approximate", cs="yes", note="recalled from memory"),
        dict(d="w/c 6 May 2024", tm="", st="Megan Tate (room leader)",
             ev="Skye absent all week. Ms Brennan phoned on the Monday to say they were moving house.", v="—",
             act="Absence authorised.", lo="2024-05-06", hi="2024-05-10", prec="approximate", cs="no", sa="no"),
        dict(d="13/05/2024", tm="09:15", st="Chloe Hirst (key person)",
             ev="Skye arrived late with her mother and a man introduced as “Dean, Jodie's partner”. New address "
                "given (Flat 3, 22 Tanner's Row). Skye clung to her mother at drop-off.", v="—",
             act="Contact details updated; Dean not added as a person allowed to collect.", cs="yes"),
        dict(d="between 3 and 5 June 2024", tm="", st="Aisha Begum (Deputy DSL)",
             ev="Skye came in wearing the same clothes on three days running; nappy very full on arrival and sore "
                "nappy rash.", v="—", act="Body map completed; Ms Brennan spoken to at collection.",
             lo="2024-06-03", hi="2024-06-05", prec="range", cs="yes"),
        dict(d="20/06/2024", tm="09:50", st="Chloe Hirst (key person)",
             ev="At nappy change Chloe saw three bruises in a line on the inside of Skye's left forearm. "
                "Photographed with the manager present; body map completed.",
             v="Skye pointed to her arm and said “Dean grabbed, ouch”.",
             act="Told Lorraine Booth (DSL) straight away.", cs="yes", we="yes", merge_start=True),
        dict(d="", tm="10:05", st="Lorraine Booth (DSL)",
             ev="DSL referral by telephone to the MASH at Harrowfield Children's Social Care, followed by the online "
                "referral form at 11:20.", v="—",
             act=[("b", ["MASH reference MASH-24-3391", "Advised not to tell Ms Brennan yet",
                         "Skye to stay at nursery until collection"])],
             note="date cell merged with the row above"),
        dict(d="", tm="12:30", st="Lorraine Booth (DSL)",
             ev="SW Natalie Greenwood and DC Sam Lister came to the nursery and saw Skye in the sensory room with her "
                "key person. They tried to talk with her about her arm; Skye would not talk to them.",
             v="Did not speak.", act="Ms Brennan told by the SW at 12:45.", cs="yes", sa="no", ws="yes", we="no",
             note="date cell merged with the row above; the SW and police spoke with Skye at the nursery, key person "
                  "present"),
        dict(d="21/06/2024", tm="14:00", st="Lorraine Booth (DSL)",
             ev="DSL attended the strategy meeting (MS Teams) and shared the bruising, the photographs and Skye's "
                "words.", v="—", act="Section 47 enquiry; child protection medical arranged.",
             grp="strategy-2024-06-21"),
        dict(d="Summer term 2024", tm="", st="Megan Tate (room leader)",
             ev="Across the summer term Skye's attendance fell to 68%, mostly Monday mornings missed. Staff noticed "
                "she was hungry on arrival on several Mondays.", v="—", act="Raised at core group.",
             lo="2024-04-01", hi="2024-07-31", prec="approximate", note="a summary of the term, placed in the IMR "
                                                                          "after 21/06/2024"),
        dict(d="15/07/2024", tm="10:00", st="Lorraine Booth (DSL)",
             ev="DSL attended the Initial Child Protection Conference. Skye made subject to a child protection plan "
                "(physical abuse). Nursery to report any absence to the SW the same day.", v="—",
             act=[("b", ["Plan shared with all room staff", "Absence procedure updated for Skye"])],
             grp="icpc-2024-07-15"),
        dict(d="22/07/2024", tm="08:55", st="Chloe Hirst (key person)",
             ev="Skye brought in by Dean, who is not an agreed adult for drop-off. Skye was quiet and sucked her "
                "thumb most of the morning.", v="—", act="DSL emailed the SW.", cs="yes"),
        dict(d="06/08/2024", tm="13:30", st="Lorraine Booth (DSL)",
             ev="Core group meeting held at the nursery (SW, community midwife, DSL and Ms Brennan). Nursery reported "
                "better attendance in the holiday sessions.", v="—", act="—", grp="core-group-2024-08-06"),
        dict(d="27/08/2024", tm="09:10", st="Aisha Begum (Deputy DSL)",
             ev="Skye arrived with a scratch on her neck. Ms Brennan said the cat did it (no cat is recorded at the "
                "address).", v="—", act="Logged; shared with the SW by email.", cs="yes"),
        dict(d="10/09/2024", tm="11:00", st="Chloe Hirst (key person)",
             ev="Small round bruise on Skye's right cheek noticed at snack time; Skye said she “bumped” it. Collected "
                "by her grandmother, so Ms Brennan was not asked.", v="—",
             act="Logged on the safeguarding system.", cs="yes"),
        dict(d="17/09/2024", tm="13:30", st="Lorraine Booth (DSL)",
             ev="Core group meeting at the nursery. PO Gareth Lloyd reported Dean's release from prison. Nursery "
                "reported the marks of 27/08 and 10/09.", v="—", act="—", grp="core-group-2024-09-17"),
        dict(d="08/10/2024", tm="10:00", st="Lorraine Booth (DSL)",
             ev="DSL attended the review child protection conference, held together with the pre-birth conference.",
             v="—", act="Report submitted beforehand.", grp="rcpc-2024-10-08"),
    ]
    P2 = [
        dict(d="21/10/2024", tm="09:00", st="Chloe Hirst (key person)",
             ev="Key person did a feelings activity with Skye on her own in the quiet room. Asked how she felt at "
                "home, Skye chose the “scared” face and said the baby in mummy's tummy was “Dean's baby”.",
             v="“Scared. Dean's loud.”", act="DSL told; DSL emailed the SW.",
             cs="yes", sa="yes", ws="yes", we="yes"),
        dict(d="28/10/2024 – 01/11/2024", tm="", st="Megan Tate (room leader)",
             ev="Skye absent all week (baby born 27/10/2024). Grandmother phoned on the Tuesday.", v="—",
             act="Absence reported to the SW as the plan requires.", lo="2024-10-28", hi="2024-11-01",
             prec="range", cs="no", sa="no"),
        dict(d="04/11/2024", tm="08:45", st="Chloe Hirst (key person)",
             ev="Skye back, excited about baby Ivy. Wearing a summer dress and no coat in cold weather; nursery "
                "spare clothes given.", v="Skye said she loves her baby sister.", act="—", cs="yes", we="yes"),
        dict(d="18/11/2024", tm="09:20", st="Aisha Begum (Deputy DSL)",
             ev="Yellow bruise on Skye's left ear and a fresh bruise on the top of her left arm. Ms Brennan said Skye "
                "fell off the sofa. Photographs and body map.", v="—",
             act=[("b", ["Phoned SW Natalie Greenwood – left a message",
                         "Emailed the SW and the Team Manager at 10:05",
                         "No reply by the end of the day"])], cs="yes"),
        dict(d="20/11/2024", tm="", st="Lorraine Booth (DSL)",
             ev="DSL chased the SW about the bruising of 18/11. The SW said she had visited the home on 19/11 and "
                "was “satisfied with the explanation”.", v="—", act="Nursery did not escalate."),
        dict(d="Dec-24", tm="", st="Megan Tate (room leader)",
             ev="December attendance 41%. Skye missed the nursery Christmas party.", v="—",
             act="To be reported at core group.", note="attendance summary for the month"),
        dict(d="13/01/2025", tm="09:00", st="Chloe Hirst (key person)",
             ev="Skye back after Christmas: thinner in the face and very tired, fell asleep at 10:30. Asked by her "
                "key person on her own at story time what she did at Christmas, Skye said “Dean was shouting and "
                "Mummy cried”.", v="“I don't like Dean shouting.”", act="DSL told.",
             cs="yes", sa="yes", ws="yes", we="yes"),
        dict(d="21/01/2025", tm="13:30", st="Lorraine Booth (DSL)",
             ev="Core group meeting (MS Teams). DSL reported the January concerns. The SW proposed stepping down to "
                "child in need; the DSL disagreed but did not use the escalation procedure.", v="—", act="—",
             grp="core-group-2025-01-21"),
        dict(d="11/02/2025", tm="09:05", st="Aisha Begum (Deputy DSL)",
             ev="Skye arrived with bruising behind her right ear and on the right side of her neck. Ms Brennan said "
                "she “slipped in the bath”.", v="—",
             act=[("b", ["Body map and photographs", "Phoned the SW at 09:40 – on leave; duty SW told",
                         "Duty SW to visit the home"])], cs="yes"),
        dict(d="12/02/2025", tm="16:10", st="Lorraine Booth (DSL)",
             ev="Duty SW phoned back: a home visit had been made and the explanation accepted. The nursery asked for "
                "a child protection medical; none was arranged.", v="—", act="Not escalated."),
        dict(d="24/02/2025", tm="", st="Megan Tate (room leader)",
             ev="Skye absent Monday and Tuesday with no call from Ms Brennan. Nursery phoned twice; no answer.",
             v="—", act="Duty SW told on 25/02/2025.", cs="no", sa="no"),
        dict(d="03/03/2025", tm="08:50", st="Chloe Hirst (key person)",
             ev="Skye in nursery, quiet and withdrawn; did not want her coat taken off. Small bruise on her chin "
                "noticed at lunch.", v="—", act="Logged; emailed the SW.", cs="yes"),
        dict(d="05/03/2025", tm="", st="Megan Tate (room leader)",
             ev="Skye absent (her last expected session before 9 March). Ms Brennan texted “Skye poorly”.", v="—",
             act="Recorded.", cs="no", sa="no"),
        dict(d="10/03/2025", tm="11:00", st="Lorraine Booth (DSL)",
             ev="DSL attended the strategy meeting held after Skye's admission to hospital. Nursery records and "
                "photographs shared with the police.", v="—", act="—", grp="strategy-2025-03-10"),
    ]
    hdr = ["Date", "Time", "Staff member", "What happened / what we saw", "Voice of the child",
           "Action taken / who was told"]
    cw = [2.6, 1.3, 3.0, 9.5, 4.2, 5.2]
    basis = "column: voice of the child (wishes expressed); child seen, seen alone and wishes sought from the text"

    def chrono(rows, header):
        off = 1 if header else 0
        t, idx = imr.table(len(rows) + off, 6)
        if header:
            imr.head_row(t, 0, hdr, size=9)
        merges = []
        for i, e in enumerate(rows):
            r = i + off
            for j, v in enumerate([e["d"], e["tm"], e["st"], e["ev"], e["v"], e["act"]]):
                if v:
                    fill(t.cell(r, j), v, size=9)
            if e.get("merge_start"):
                merges.append([r, r])
            elif not e["d"]:
                merges[-1][1] = r
        for a, b in merges:
            t.cell(a, 0).merge(t.cell(b, 0))
        widths(t, cw)
        cur = None
        for i, e in enumerate(rows):
            if e["d"]:
                cur = e["d"]
            imr.add_gold(e, idx, i + off, cell_text(t.cell(i + off, 3)), cur, e["tm"], e["st"], basis,
                         note="" if header else "continuation table without a header row")
        return t

    chrono(P1, True)
    imr.page_break()
    imr.p("Chronology (continued) – autumn term 2024 to March 2025", bold=True)
    chrono(P2, False)
    imr.new_section(False)
    imr.h("Analysis", 2)
    imr.p("Staff saw Skye more often than any other professional. They recorded nine injuries or marks and Skye's "
          "own words on several occasions. The nursery shared these with the social worker but, when the response "
          "did not match its concern, did not escalate.")
    imr.h("Action plan", 2)
    imr.simple_table("action plan", ["What we will do", "Who", "By", "How we will know"], [
        ["Use the Harrowfield escalation procedure when a referral or concern does not get the response we expected",
         "Lorraine Booth", "June 2025", "Escalations logged and reviewed termly"],
        ["Record children's words exactly and date every entry on the day", "All staff", "Immediately",
         "Monthly audit of the safeguarding log"],
        ["Only named adults drop off or collect a child on a child protection plan", "Room leaders", "May 2025",
         "Collection register checked daily"],
    ], cw=[8, 3, 2, 4])
    imr.p()
    imr.simple_table("sign-off", None, [
        ["Signed (author)", "Phil Garside", "14/05/2025"],
        ["Signed (setting)", "Lorraine Booth, Manager", "14/05/2025"],
    ], cw=[4, 8, 4])
    return imr


# ================================================================== 5. Midwifery

def maternity():
    f = "IMR Maternity Services HGH NHS FT - v2.docx"
    imr = IMR(f, "Harrowfield General Hospital NHS Foundation Trust – Maternity Services", "Maternity",
              "Karen Lumb", "NHS – OFFICIAL SENSITIVE", "HGH NHS FT Maternity IMR v2", font="Arial", size=10,
              head_fill="DCE6F1")
    imr.p("Harrowfield General Hospital NHS Foundation Trust", bold=True, size=13)
    imr.p("Women's and Children's Division – Maternity Services", size=11)
    imr.h("Individual Management Review", 0)
    imr.simple_table("cover details", None, [
        ["Review", "HSCB-SCR-2025-04 (Child A)"],
        ["Woman", "Jodie Marie Brennan, DOB 09/01/1997, hospital number HG7734120, NHS number 612 448 9035"],
        ["Pregnancy", "EDD 01/11/2024; baby girl born 27/10/2024"],
        ["Child subject of the review", "Skye Brennan (older child of the woman)"],
        ["IMR author", "Karen Lumb, Head of Safeguarding – Maternity"],
        ["Date of report", "2025-05-15"],
    ], cw=[5, 11], kv=True)
    imr.h("1 Records reviewed", 1)
    imr.simple_table("documents reviewed", ["Record", "Period"], [
        ["BadgerNet maternity record (antenatal, intrapartum, postnatal)", "2024-03 to 2024-11"],
        ["Maternity safeguarding notes", "2024-06-25 to 2025-03-10"],
        ["Labour ward and Ward 14 records", "2024-10-27 to 2024-10-28"],
        ["Ultrasound reports", "2024-04-30; 2024-08-13"],
    ], cw=[11, 5])
    imr.h("2 Chronology", 1)
    imr.p("“Skye seen” records whether the midwife saw Skye at the contact.", italic=True, size=9)
    E = [
        dict(d="March 2024", rec="Self-referral", loc="Online self-referral form", by="—", seen="N",
             ev="Online self-referral to maternity by Jodie Brennan (second pregnancy; Skye born 2021). Booking "
                "appointment sent.", cs="no"),
        dict(d="2024-04-02 10:15", rec="BadgerNet", loc="Booking, Mill Lane Health Centre",
             by="Rachel Oakes, Community Midwife", seen="Y",
             ev="Booking at 9+3 weeks. Jodie came with Skye (2 years 7 months), who played on the floor. Routine "
                "enquiry about domestic abuse not asked because Skye was in the room. Father of the baby recorded as "
                "“Dean”, no surname.", cs="yes", sa="no"),
        dict(d="2024-04-30 14:00", rec="Ultrasound report", loc="Dating scan, HGH ultrasound",
             by="Sonographer", seen="N", ev="Dating scan: EDD 01/11/2024. Attended with her partner, Dean Kershaw.",
             cs="no"),
        dict(d="2024-06-03 09:40", rec="BadgerNet", loc="Maternity assessment unit", by="Gemma Firth, Midwife",
             seen="N",
             ev="Attended on the ambulance crew's advice after abdominal pain the night before. Urine infection "
                "treated. Asked about domestic abuse: said no. Told the midwife she had moved to Tanner's Row.",
             cs="no"),
        dict(d="2024-06-11", rec="BadgerNet", loc="Antenatal clinic, Mill Lane", by="Rachel Oakes, Community "
                                                                                       "Midwife", seen="N",
             ev="Did not attend the 16-week appointment; letter sent with a new appointment.", cs="no", sa="no"),
        dict(d="2024-06-25 11:30", rec="Safeguarding notes", loc="Telephone", by="Lisa Crowther, Safeguarding "
                                                                                   "Midwife", seen="N",
             ev="Told by Children's Social Care about the section 47 enquiry into bruising on Skye's arm. Safeguarding "
                "alert added to the BadgerNet record for the unborn baby.", cs="no"),
        dict(d="2024-07-02 10:00", rec="BadgerNet", loc="Home visit, Flat 3, 22 Tanner's Row",
             by="Rachel Oakes, Community Midwife", seen="Y",
             ev="Antenatal home visit (catch-up for the missed appointment). Skye was in the flat with her mother and "
                "was seen playing; she had a plaster on her chin. Dean was present throughout, so routine enquiry was "
                "not possible.", cs="yes", sa="no"),
        dict(d="2024-07-15 10:00", rec="Safeguarding notes", loc="Initial child protection conference, Harrowfield "
                                                                 "Civic Centre", by="Lisa Crowther, Safeguarding "
                                                                                    "Midwife", seen="N",
             ev="Safeguarding Midwife attended the Initial Child Protection Conference for Skye. Pre-birth assessment "
                "agreed; pre-birth conference to be held at 32–34 weeks.", cs="no", grp="icpc-2024-07-15"),
        dict(d="2024-08-06 13:30", rec="BadgerNet", loc="Core group, Little Acorns Day Nursery",
             by="Rachel Oakes, Community Midwife", seen="N",
             ev="Community midwife attended the core group. Reported one missed appointment and that the glucose "
                "tolerance test had not been done.", cs="no", grp="core-group-2024-08-06"),
        dict(d="2024-08-20 15:10", rec="BadgerNet", loc="Antenatal clinic, Mill Lane",
             by="Rachel Oakes, Community Midwife", seen="N",
             ev="28-week appointment. Jodie attended alone; routine enquiry asked and she said no to domestic abuse. "
                "She said Dean had “gone back to prison” and she was coping.", cs="no"),
        dict(d="2024-09-17 13:30", rec="BadgerNet", loc="Core group, Little Acorns Day Nursery",
             by="Rachel Oakes, Community Midwife", seen="N",
             ev="Core group meeting: midwife reported that the growth scan was normal.", cs="no",
             grp="core-group-2024-09-17"),
        dict(d="2024-09-24", rec="Safeguarding notes", loc="Pre-birth planning meeting, CSC offices",
             by="Lisa Crowther, Safeguarding Midwife", seen="N",
             ev="Pre-birth planning with SW Natalie Greenwood: the birth plan to say the baby is not to be discharged "
                "until CSC agree, and Dean is not to be alone with the baby.", cs="no"),
        dict(d="2024-10-08 10:00", rec="Safeguarding notes", loc="Review and pre-birth conference",
             by="Lisa Crowther, Safeguarding Midwife", seen="N",
             ev="Safeguarding Midwife attended the combined review and pre-birth conference. The baby to be subject "
                "to a child protection plan at birth; birth plan circulated.", cs="no", grp="rcpc-2024-10-08"),
        dict(d="2024-10-27 03:52", rec="Labour ward record", loc="Labour ward, HGH", by="Sunita Rao, Midwife",
             seen="N", ev="Admitted by ambulance in established labour. Safeguarding alert seen and birth plan "
                          "followed.", cs="no"),
        dict(d="2024-10-27 07:18", rec="Labour ward record", loc="Labour ward, HGH", by="Sunita Rao, Midwife",
             seen="N", ev="Normal birth of a baby girl (Ivy), 3.21 kg. Dean Kershaw arrived at 06:40 and stayed "
                          "for the birth.", cs="no"),
        dict(d="2024-10-27 16:00", rec="Postnatal ward record", loc="Ward 14", by="Midwife (name not recorded)",
             seen="Y",
             ev="Visiting time: Dean and the maternal grandmother visited with Skye. Skye held her baby sister and "
                "looked happy. Staff noted that Dean smelt of alcohol.", cs="yes", sa="no"),
        dict(d="2024-10-28 11:45", rec="Safeguarding notes", loc="Discharge planning meeting, Ward 14",
             by="Lisa Crowther, Safeguarding Midwife", seen="N",
             ev="Discharge planning meeting with the SW by phone: discharge to Tanner's Row agreed, with the maternal "
                "grandmother staying for two weeks. Dean not to stay overnight.", cs="no"),
        dict(d="2024-10-28 15:30", rec="Postnatal ward record", loc="Ward 14", by="Midwife",
             seen="N", ev="Jodie and Ivy discharged home; community midwife told.", cs="no"),
        dict(d="2024-10-29 10:20", rec="BadgerNet", loc="Postnatal home visit (day 2)",
             by="Rachel Oakes, Community Midwife", seen="Y",
             ev="Day 2 visit. Grandmother present. Skye was at home and was seen in the lounge watching television.",
             cs="yes", sa="no"),
        dict(d="2024-11-01 09:30", rec="BadgerNet", loc="Postnatal home visit (day 5)",
             by="Rachel Oakes, Community Midwife", seen="N",
             ev="Day 5 visit: newborn blood spot test done. Skye was said to be asleep in her bedroom and was not "
                "seen. A man's jacket and an ashtray full of cigarette ends in the lounge; Jodie said her mother "
                "smokes.", cs="no", sa="no"),
        dict(d="2024-11-06 14:00", rec="BadgerNet", loc="Postnatal home visit (day 10)",
             by="Rachel Oakes, Community Midwife", seen="Y",
             ev="Day 10 visit. Dean opened the door holding Ivy; Jodie said he “pops in to help”. Skye was seen in "
                "the kitchen eating crisps. The midwife noticed a bruise on the back of Skye's hand; Jodie said it "
                "happened at nursery.", cs="yes", sa="no"),
        dict(d="2024-11-06 16:45", rec="Safeguarding notes", loc="Telephone", by="Rachel Oakes, Community Midwife",
             seen="N",
             ev="Community midwife phoned the Safeguarding Midwife about Dean being at the flat and the bruise, and "
                "was advised to tell the SW. Email sent to SW Natalie Greenwood at 17:02.", cs="no"),
        dict(d="2024-11-13", rec="BadgerNet", loc="Transfer of care", by="Rachel Oakes, Community Midwife",
             seen="N",
             ev="Discharged from midwifery care to health visiting. Handover by phone to HV Janet Priestley "
                "included the concerns of 06/11/2024.", cs="no"),
        dict(d="2025-03-10 09:45", rec="Safeguarding notes", loc="Email", by="Lisa Crowther, Safeguarding Midwife",
             seen="N",
             ev="Safeguarding Midwife sent the maternity information to the strategy meeting by email; she could "
                "not attend.", cs="no", note="maternity's email to the meeting, not the meeting: not grouped"),
    ]
    t, idx = imr.table(len(E) + 1, 6)
    imr.head_row(t, 0, ["Date / time", "Record", "Contact & location", "Seen by", "Skye seen (Y/N)",
                        "Details and safeguarding actions"], size=8)
    for i, e in enumerate(E):
        for j, v in enumerate([e["d"], e["rec"], e["loc"], e["by"], e["seen"], e["ev"]]):
            fill(t.cell(i + 1, j), v, size=8)
    widths(t, [2.4, 2.0, 2.8, 2.6, 1.4, 6.6])
    basis = "column: Skye seen (Y/N) (child seen); seen alone from the text"
    for i, e in enumerate(E):
        imr.add_gold(e, idx, i + 1, cell_text(t.cell(i + 1, 5)), e["d"], "", e["rec"], basis)
    imr.h("3 Analysis", 1)
    imr.p("Midwives saw Skye five times. On two of those visits Mr Kershaw was present against the plan, and a bruise "
          "was seen on 6 November 2024. Information was passed to the social worker by email but not followed up.")
    imr.h("4 Action plan", 1)
    imr.simple_table("action plan", ["Action", "Lead", "Timescale", "Outcome measure"], [
        ["Routine enquiry is rescheduled, not skipped, when a child or partner is present", "Head of Midwifery",
         "2025-07-31", "BadgerNet audit: enquiry completed by 20 weeks"],
        ["Postnatal visits to families on a child protection plan record every adult present and check it "
         "against the plan", "Safeguarding Midwife", "2025-06-30", "Audit of 10 records per quarter"],
    ], cw=[8, 3, 2.5, 3])
    return imr


# ================================================================== 6. Substance-misuse service (narrative)

def hrp():
    f = "HRP IMR (narrative) - Harrowfield Recovery Partnership.docx"
    imr = IMR(f, "Harrowfield Recovery Partnership", "HRP", "Neil Hargreaves", "",
              "Harrowfield Recovery Partnership – drug and alcohol service", font="Times New Roman", size=11,
              head_fill="EAEAEA")
    imr.p("Harrowfield Recovery Partnership", bold=True, size=14)
    imr.p("Individual Management Review for the Harrowfield Local Safeguarding Children Board", size=12)
    imr.simple_table("cover details", None, [
        ["Service user", "Dean Anthony Kershaw (client ID HRP-30218)"],
        ["Relationship to the subject child", "Partner of the child's mother"],
        ["Author", "Neil Hargreaves, Service Manager"],
        ["Completed", "7th May 2025"],
    ], cw=[5.5, 10.5], kv=True)
    imr.h("1. Introduction", 1)
    imr.p("1.1 This IMR was requested by the Harrowfield Local Safeguarding Children Board on 31 March 2025. HRP is "
          "a community drug and alcohol treatment service; it worked with Mr Kershaw, not with the children.")
    imr.p("1.2 The author read the whole case record on the Nebula system and interviewed Recovery Worker Stacey "
          "Moran (22/04/2025) and Nurse Prescriber Paul Devlin (24/04/2025).")
    imr.h("2. Terms of reference", 1)
    imr.bullets(["What did HRP know about children in Mr Kershaw's life?",
                 "Did HRP follow its Think Family and safe storage guidance?",
                 "Did HRP share information with Probation and Children's Social Care?"])
    imr.h("3. Chronology of involvement", 1)
    imr.h("February to July 2024", 2)
    # (paragraph text, date_text, event, meta)
    N = [
        ("On 19 February 2024 Dean Kershaw attended his first appointment at the HRP hub in Beck Street, referred "
         "by his probation officer. Recovery Worker Stacey Moran assessed him: heroin since the age of 17, methadone "
         "40 ml daily started in custody, cannabis daily. Asked whether he had children or contact with children, "
         "he said “no kids, no”.", "19 February 2024", "On 19 February 2024 ", {}),
        ("On 21 February 2024 Dr Imran Qureshi reviewed Dean and continued methadone 40 ml daily, with supervised "
         "consumption at the pharmacy.", "21 February 2024", "On 21 February 2024 ", {}),
        ("In March 2024 Dean attended four of his six weekly key-work sessions. Drug screens showed methadone and "
         "cannabis only.", "March 2024", "In March 2024 ", {}),
        ("w/c 8 April 2024 – Dean missed his methadone collection on three days; the pharmacy told HRP and his dose "
         "was re-titrated.", "w/c 8 April 2024", "w/c 8 April 2024 – ",
         dict(lo="2024-04-08", hi="2024-04-14", prec="approximate")),
        ("14/05/2024 – Key-work session. Dean told Stacey Moran he had a new girlfriend who was pregnant and “has a "
         "little girl”. Stacey did not record the girlfriend's name or the child's details, and no Think Family "
         "screening was done.", "14/05/2024", "14/05/2024 – ", {}),
        None,  # comment paragraph
        ("On 3rd June 2024 Dean's drug screen was positive for heroin. He said he had “used once” after an argument "
         "with his girlfriend.", "3rd June 2024", "On 3rd June 2024 ", {}),
        ("17/06/2024 – Email from PO Gareth Lloyd asking HRP to increase key work because Dean had tested positive "
         "for opiates at probation. Stacey Moran moved him from fortnightly to weekly sessions.", "17/06/2024",
         "17/06/2024 – ", {}),
        ("c. late June 2024 (date not recorded) – Stacey Moran took a telephone call from a woman who said she was "
         "Dean's girlfriend, asking whether methadone “could hurt a child if they drank it”. Stacey gave general "
         "advice and did not take her name or ask about the child.", "c. late June 2024",
         "c. late June 2024 (date not recorded) – ", dict(lo="2024-06-16", hi="2024-06-30", prec="approximate")),
        ("On 10 July 2024 HRP received a written request from Children's Social Care for a report to the Initial "
         "Child Protection Conference. Team Leader Joanne Pratt sent a short report two days later saying Dean was "
         "“engaging well”; HRP was not invited to attend.", "10 July 2024", "On 10 July 2024 ", {}),
        ("22/07/2024 – Dean did not collect his methadone; the pharmacy told HRP, and HRP told Probation by phone.",
         "22/07/2024", "22/07/2024 – ", {}),
        ("On 29 July 2024 HRP was told by email that Dean had been recalled to prison. The case was closed a few "
         "days later and care transferred to the prison healthcare team.", "29 July 2024", "On 29 July 2024 ", {}),
        "H:September 2024 to March 2025",
        ("On 10 September 2024 the keyworker reopened the case after Dean's release to Beckside Approved Premises; "
         "methadone 30 ml daily. A Think Family screening was completed this time: “partner expecting baby, "
         "stepdaughter aged 3 on a child protection plan”.", "10 September 2024", "On 10 September 2024 ", {}),
        ("8 October 2024: HRP was invited to the review child protection conference and sent a written report "
         "instead of attending; the report noted Dean's engagement and negative screens for heroin.",
         "8 October 2024", "8 October 2024: ",
         dict(note="HRP's written report to the conference, not the conference: not grouped")),
        ("14/10/2024 – Dean attended with a new injection site on his left forearm and said he had “slipped up”. "
         "Harm reduction advice and a naloxone kit given. Children's Social Care not told.", "14/10/2024",
         "14/10/2024 – ", {}),
        ("In mid November 2024 Dean told Nurse Prescriber Paul Devlin that he was “staying at the baby's mum's most "
         "nights” and was taking his take-home methadone there. Paul Devlin did not ask where it was stored.",
         "mid November 2024", "In mid November 2024 ",
         dict(lo="2024-11-11", hi="2024-11-20", prec="approximate")),
        ("On 19 November 2024 Dean's approved premises condition ended and he gave his mother's address as his "
         "home address.", "19 November 2024", "On 19 November 2024 ", {}),
        ("16/12/2024 – Dean told Stacey Moran that he had overdosed at his girlfriend's block of flats two days "
         "earlier and had been given naloxone by paramedics. A risk assessment was completed; asked whether the "
         "children were in the flat, Dean said they were “at their nan's”. No referral was made.", "16/12/2024",
         "16/12/2024 – ", {}),
        None,
        ("On 6 January 2025 Dean's methadone was increased to 50 ml after he reported daily heroin use over "
         "Christmas.", "6 January 2025", "On 6 January 2025 ", {}),
        ("21/01/2025 – Stacey Moran joined the core group meeting by MS Teams for the first time, invited by the "
         "SW. She reported Dean's relapse over Christmas. The SW said Dean was not living at the flat.",
         "21/01/2025", "21/01/2025 – ", dict(grp="core-group-2025-01-21")),
        ("Between 3 and 7 February 2025 Dean missed three supervised doses; when he next attended he said the baby "
         "had been “poorly”.", "Between 3 and 7 February 2025", "Between 3 and 7 February 2025 ",
         dict(lo="2025-02-03", hi="2025-02-07", prec="range")),
        ("On 27 February 2025 the nurse prescriber noted that Dean was drowsy and smelled of alcohol; his dose was "
         "withheld and he was asked to come back the next morning. He did not come back.", "27 February 2025",
         "On 27 February 2025 ", {}),
        ("On 10 March 2025 Team Leader Joanne Pratt attended the strategy meeting called after Skye's admission to "
         "hospital, and shared HRP's records.", "10 March 2025", "On 10 March 2025 ",
         dict(grp="strategy-2025-03-10")),
    ]
    comments = [
        "Comment: this was the first time HRP knew that Dean had contact with a young child. HRP's Think Family "
        "guidance required a household screening and a conversation about the safe storage of methadone; neither "
        "happened.",
        "Comment: the overdose was a clear indicator of risk to any child in the household. The worker accepted "
        "Dean's account without checking it with the child's mother, Probation or Children's Social Care.",
    ]
    pending = []
    ci = 0
    for item in N:
        if item is None:
            imr.p(comments[ci], italic=True)
            ci += 1
        elif isinstance(item, str):
            imr.h(item[2:], 2)
        else:
            text, dtext, prefix, meta = item
            assert text.startswith(prefix), prefix
            imr.p(text)
            pending.append((text, dtext, text[len(prefix):], meta))
    imr.h("4. Analysis", 1)
    imr.p("4.1 From May 2024 HRP knew that Dean had a pregnant partner with a young daughter, and from September 2024 "
          "that the child was on a child protection plan. Take-home methadone, a relapse, an injecting injury and an "
          "overdose in the same period were not shared with Children's Social Care.")
    imr.p("4.2 HRP was not invited to the core group until January 2025 and did not ask to be.")
    imr.h("5. Action plan", 1)
    imr.simple_table("action plan", ["Recommendation", "Action", "Lead", "Date"], [
        ["Think Family screening at every assessment and review", "Mandatory field on Nebula", "Service Manager",
         "30th June 2025"],
        ["Safe storage of take-home medication where children live or visit", "Lockable boxes; signed agreement",
         "Clinical Lead", "31st July 2025"],
        ["Share overdoses and relapse with CSC when the service user lives with or visits children",
         "Information-sharing protocol with CSC", "Service Manager", "30th September 2025"],
    ], cw=[6, 5, 3, 2.5])
    imr.p()
    imr.simple_table("sign-off", ["Signed", "Name", "Date"], [
        ["Author", "Neil Hargreaves, Service Manager", "07/05/2025"],
        ["Director", "Dr Asha Menon, Clinical Director", "09/05/2025"],
    ], cw=[4, 8, 4])
    paras = [p.text for p in imr.doc.paragraphs]
    for text, dtext, ev, meta in pending:
        pi = paras.index(text)
        imr.add_gold(meta, -1, pi, ev, dtext, "", "", "text",
                     note="dated paragraph outside any table (row = index in document.paragraphs)")
    return imr


# ================================================================== main

def main():
    builders = [ambulance, probation, housing, nursery, maternity, hrp]
    gold, nonchron = [], []
    for b in builders:
        imr = b()
        imr.save()
        gold += imr.gold
        nonchron += imr.nonchron
    for i, g in enumerate(gold, 1):
        g["id"] = "H%03d" % i
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, GOLD_COLS)
        w.writeheader()
        for g in gold:
            w.writerow(g)
    with open(os.path.join(HERE, "nonchron.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, NONCHRON_COLS)
        w.writeheader()
        for n in nonchron:
            w.writerow(n)
    print("%d gold entries, %d non-chronology rows" % (len(gold), len(nonchron)))


if __name__ == "__main__":
    main()
