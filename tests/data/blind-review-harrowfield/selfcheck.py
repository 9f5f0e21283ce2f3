#!/usr/bin/env python3
"""Checks gold.csv and nonchron.csv against the Word files (run with a python that has python-docx).

For every gold row: the named table row (or body paragraph, table -1) holds the event text and the date
text (for a vertically merged date cell, the cell above it); date_earliest <= date_latest; flags are
yes/no/blank.  Every row of every top-level table is either a gold entry, a nonchron row or a header row,
and nothing is both.  The suite.json cell occurs exactly once in document.xml."""
import csv, json, os, re, sys, zipfile, collections
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
IMRS = os.path.join(HERE, "review", "imrs")


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


def ctext(c):
    return "\n".join(p.text for p in c.paragraphs)


gold = list(csv.DictReader(open(os.path.join(HERE, "gold.csv"), encoding="utf-8")))
non = list(csv.DictReader(open(os.path.join(HERE, "nonchron.csv"), encoding="utf-8")))
errors = []
docs = {f: Document(os.path.join(IMRS, f)) for f in sorted(os.listdir(IMRS)) if f.endswith(".docx")}
used = collections.defaultdict(set)
for g in gold:
    d = docs.get(g["file"])
    if d is None:
        errors.append("%s: no file %s" % (g["id"], g["file"])); continue
    t, r = int(g["table"]), int(g["row"])
    if t == -1:
        txt = d.paragraphs[r].text
        if norm(g["event"]) not in norm(txt) or norm(g["date_text"]) not in norm(txt):
            errors.append("%s: paragraph %d does not hold the event/date" % (g["id"], r))
    else:
        row = d.tables[t].rows[r]
        cells = [ctext(c) for c in row.cells]
        if not any(norm(g["event"]) == norm(c) for c in cells):
            errors.append("%s: table %d row %d has no cell equal to the event" % (g["id"], t, r))
        if not any(norm(g["date_text"]) == norm(c) for c in cells):
            errors.append("%s: table %d row %d has no cell equal to the date %r" % (g["id"], t, r, g["date_text"]))
        if g["time_text"] and not any(norm(g["time_text"]) == norm(c) for c in cells):
            errors.append("%s: time %r not in the row" % (g["id"], g["time_text"]))
    if (g["file"], t, r) in used["gold"]:
        errors.append("%s: two gold rows on one table row" % g["id"])
    used["gold"].add((g["file"], t, r))
    if g["date_earliest"] > g["date_latest"]:
        errors.append("%s: earliest after latest" % g["id"])
    for f in ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed"):
        if g[f] not in ("", "yes", "no"):
            errors.append("%s: flag %s=%r" % (g["id"], f, g[f]))
    if g["seen_alone"] == "yes" and g["child_seen"] != "yes":
        errors.append("%s: seen alone but not seen" % g["id"])
for n in non:
    k = (n["file"], int(n["table"]), int(n["row"]))
    if k in used["gold"]:
        errors.append("nonchron %s is also gold" % (k,))
    used["non"].add(k)
    row = docs[n["file"]].tables[k[1]].rows[k[2]]
    seen, parts = set(), []
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        s = re.sub(r"\s+", " ", "\n".join(p.text for p in c.paragraphs)).strip()
        if s:
            parts.append(s)
    if " | ".join(parts) != n["text"]:
        errors.append("nonchron %s text differs" % (k,))
# every table row accounted for (header rows: first row(s) of a table with bold shaded labels)
unaccounted = []
for f, d in docs.items():
    for ti, t in enumerate(d.tables):
        for ri, row in enumerate(t.rows):
            k = (f, ti, ri)
            if k in used["gold"] or k in used["non"]:
                continue
            if ri == 0 or (ri == 1 and not any((f, ti, 0) in used[x] for x in ("gold", "non"))
                           and not any((f, ti, 1) in used[x] for x in ("gold", "non")) and
                           any((f, ti, 2) in used["gold"] for _ in [0])):
                continue  # header row(s)
            unaccounted.append(k)
for k in unaccounted:
    errors.append("table row not in gold or nonchron: %s table %d row %d" % k)
suite = json.load(open(os.path.join(HERE, "suite.json")))["unreadable_date"]
with zipfile.ZipFile(os.path.join(IMRS, suite["file"])) as z:
    xml = z.read("word/document.xml").decode("utf-8")
if xml.count(">%s</w:t>" % suite["cell"]) != 1:
    errors.append("suite.json cell is not unique in document.xml")
tg = [g for g in gold if g["file"] == suite["file"] and int(g["table"]) == suite["table"] and int(g["row"]) == suite["row"]]
if not tg or tg[0]["date_text"] != suite["cell"]:
    errors.append("suite.json does not point at a gold row with that date")
c = collections.Counter(g["file"] for g in gold)
for f in docs:
    print("%3d entries  %s" % (c[f], f))
print("%d gold entries, %d non-chronology rows, %d groups" % (len(gold), len(non), len({g["group"] for g in gold if g["group"]})))
for e in errors:
    print("ERROR " + e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
