#!/usr/bin/env python3
"""Self-check: every gold entry's event text and date text are where gold.csv says; nonchron rows likewise;
no gold event occurs in a non-chronology table row.   /work/main/.venv/bin/python check_gold.py"""
import csv, os, re, sys, unicodedata
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def cell_text(c):
    # includes nested tables' text
    parts = [p.text for p in c.paragraphs]
    for t in c.tables:
        parts += [cell_text(x) for row in t.rows for x in row.cells]
    return "\n".join(parts)

docs, bad = {}, 0
gold = list(csv.DictReader(open(os.path.join(HERE, "gold.csv"), encoding="utf-8")))
for g in gold:
    f = g["file"]
    d = docs.setdefault(f, Document(os.path.join(HERE, "review", "imrs", f)))
    t, r = int(g["table"]), int(g["row"])
    if t == -1:
        blob = d.paragraphs[r].text
        cells = [blob]
    else:
        row = d.tables[t].rows[r]
        cells = [cell_text(c) for c in row.cells]
        blob = " ".join(cells)
    if norm(g["event"]) not in norm(blob):
        bad += 1; print("EVENT NOT FOUND", g["id"], f, t, r, g["event"][:60])
    if norm(g["date_text"]) not in norm(blob) and "merged" not in g["note"]:
        bad += 1; print("DATE NOT FOUND", g["id"], g["date_text"])
    if g["time_text"] and norm(g["time_text"]) not in norm(blob):
        bad += 1; print("TIME NOT FOUND", g["id"])
    if g["precision"] not in ("day", "month", "approximate") or g["date_earliest"] > g["date_latest"]:
        bad += 1; print("BAD DATE RANGE", g["id"])
nonc = list(csv.DictReader(open(os.path.join(HERE, "nonchron.csv"), encoding="utf-8")))
for n in nonc:
    d = docs.setdefault(n["file"], Document(os.path.join(HERE, "review", "imrs", n["file"])))
    blob = norm(" ".join(cell_text(c) for c in d.tables[int(n["table"])].rows[int(n["row"])].cells))
    for part in n["text"].split(" | "):
        if norm(part) not in blob:
            bad += 1; print("NONCHRON NOT FOUND", n["file"], n["table"], n["row"], part[:50])
    for g in gold:
        if norm(g["event"]) in blob:
            bad += 1; print("GOLD EVENT IN NONCHRON ROW", g["id"])
# every table row of every file is either gold, nonchron, or a chronology header row
covered = {(g["file"], int(g["table"]), int(g["row"])) for g in gold} | {(n["file"], int(n["table"]), int(n["row"])) for n in nonc}
for f, d in docs.items():
    for ti, t in enumerate(d.tables):
        for ri in range(len(t.rows)):
            if (f, ti, ri) not in covered:
                print("  (uncovered row: %s table %d row %d: %s)" % (f[:30], ti, ri, norm(" ".join(c.text for c in t.rows[ri].cells))[:70]))
print("gold %d, nonchron %d, problems %d" % (len(gold), len(nonc), bad))
sys.exit(1 if bad else 0)
