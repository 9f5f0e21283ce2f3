"""Tidy an IMR cover's details when one cell runs several of them together.

A cover cell such as "IMR Author 3, Education Safeguarding Adviser. Date: 20 January 2025."
holds the author's name, role and the report's date at once; each is split out into its own
detail, without overwriting a detail the cover gave in its own place.
"""

import re

# "Date: 20 January 2025." (or "dated ...") at the end of a cell
TRAILING_DATE = re.compile(
    r"[.,;]?\s*(?:date(?:d)?\s*[:\-]?\s*)(?P<date>[^:]+?)\.?\s*$", re.IGNORECASE
)
LABEL_WORDS = {"name", "role", "job title", "author", "date", "agency"}
DIGIT = re.compile(r"\d")
# "Name, Role" or "Name - Role" or "Name (Role)"
NAME_ROLE = re.compile(
    r"^(?P<name>[^,(\u2013\u2014]+?)\s*(?:,|\s[\u2013\u2014-]\s|\()\s*(?P<role>.+?)\)?\.?$"
)


def tidy_cover(cover: dict[str, str]) -> dict[str, str]:
    """The cover's details with a run-together author cell split into author, role and date."""
    # a "Date" label over a table's header row ("Date | Time") is not a date
    found = {k: v for k, v in cover.items() if not k.startswith("date") or DIGIT.search(v)}
    if normalised(found.get("author_role", "")) in LABEL_WORDS:  # a label read as a value
        del found["author_role"]
    author = found.get("author", "")
    if not author:
        return found
    match = TRAILING_DATE.search(author)
    if match and match.start() > 0:
        found.setdefault("date of report", match["date"].strip())
        author = author[: match.start()].strip()
    parts = NAME_ROLE.match(author)
    if parts and not found.get("author_role"):
        role = parts["role"].strip().rstrip(".")
        found["author_role"] = role + ")" if role.count("(") > role.count(")") else role
        author = parts["name"].strip()
    elif parts and normalised(parts["role"]) == normalised(found["author_role"]):
        author = parts["name"].strip()
    found["author"] = author.rstrip(".,; ")
    return found


def normalised(text: str) -> str:
    return " ".join(text.lower().strip(" .").split())


# A date written in a cover line: "28 April 2025", "9th May 2025", "28/04/2025", "May 2025"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTHS}\s+\d{{4}})\b",
    re.IGNORECASE,
)
# cover lines that date the report without a "Date:" label
REPORT_DATED = re.compile(
    r"\b(?:submitted|signed[\s\-]off|final(?:\s+version)?|completed|approved|dated|issued)\b",
    re.IGNORECASE,
)
# "Prepared by Dr Fiona Hale, Named GP ..." (no colon, so not a label/value pair)
AUTHOR_LINE = re.compile(
    r"^\s*(?:prepared|written|compiled|completed)\s+by\s+(?P<author>.+)$", re.IGNORECASE
)
AUTHOR_ROLES = ("imr author", "author", "report author", "reviewer")


def complete_cover(
    cover: dict[str, str], lines: list[str], tables: list[tuple[tuple[str, ...], ...]]
) -> dict[str, str]:
    """Fill the author and the report's date from where covers put them without a label.

    ``lines`` are the cover's paragraphs; ``tables`` the document's non-chronology tables, each
    as its rows (header first). A detail the cover labels itself is never replaced. In order:
    a line "Prepared by <name, role>"; a line that dates the report ("Submitted 28 April 2025",
    "Signed off by the Chief Nurse, 9 May 2025", "Final version, May 2025"); the author's row of
    a sign-off table ("IMR author | <name> | (signed) | <date>"); the version-control table (the
    date of its last version, and the name that wrote most versions).
    """
    found = dict(cover)
    if normalised(found.get("author_role", "")) in LABEL_WORDS:  # a label read as a value
        del found["author_role"]
    for line in lines:
        match = AUTHOR_LINE.match(line)
        author = found.get("author", "")
        theirs = match and (not author or match["author"].startswith(author))
        if theirs and not found.get("author_role"):  # "Name, Role": tidy_cover splits it
            found["author"] = " ".join(match["author"].split())
        dated = REPORT_DATED.search(line)
        when = DATE_IN_TEXT.search(line, dated.end()) if dated else None
        if when and len(line) < 120 and not _has_date(found):
            found["date of report"] = when.group(0)
    for rows in tables:
        header = [normalised(c) for c in rows[0]] if rows else []
        if _is_sign_off(header):
            _from_sign_off(found, header, rows[1:])
        elif any(h.startswith("version") for h in header) and "date" in header:
            _from_versions(found, header, rows[1:])
        else:
            _from_labelled_rows(found, rows)
    return found


def _has_date(found: dict[str, str]) -> bool:
    return any(k == "date of report" and DIGIT.search(v) for k, v in found.items())


def _is_sign_off(header: list[str]) -> bool:
    return (
        "date" in header
        and any(h.startswith("sign") for h in header)
        and ("name" in header or "role" in header)
    )


def _from_sign_off(found: dict[str, str], header: list[str], rows) -> None:
    signer = next((h for h in header if h.startswith("sign")), "")
    for row in rows:
        cells = dict(zip(header, (" ".join(c.split()) for c in row), strict=False))
        role = normalised(cells.get("role", ""))
        name = cells.get("name", "") or cells.get(signer, "")
        if DATE_IN_TEXT.search(name) or normalised(name) in ("(signed)", "signed"):
            name = ""
        author = found.get("author", "")
        theirs = role in AUTHOR_ROLES or (
            author and name and normalised(name) in normalised(author)
        )
        if not theirs:
            continue
        if name and not author:
            found["author"] = name
        date = cells.get("date", "")
        if DATE_IN_TEXT.search(date) and not _has_date(found):
            found["date of report"] = date
        return


def _from_versions(found: dict[str, str], header: list[str], rows) -> None:
    at = header.index("date")
    dated = [row for row in rows if at < len(row) and DATE_IN_TEXT.search(row[at])]
    if dated and not _has_date(found):
        found["date of report"] = " ".join(dated[-1][at].split())
    who = next(
        (n for n, h in enumerate(header) if h in ("author", "by", "name", "changed by")), None
    )
    if who is not None and "author" not in found:
        names = [" ".join(r[who].split()) for r in rows if who < len(r) and r[who].strip()]
        if names:
            found["author"] = max(names, key=lambda n: (names.count(n), -names.index(n)))


def _from_labelled_rows(found: dict[str, str], rows) -> None:
    """Label/value rows: "Signed (author) | <name> | <date>", "Approved by | <name>, <date>"."""
    for row in rows:
        cells = [" ".join(c.split()) for c in row if c.strip()]
        if len(cells) < 2:
            continue
        label = normalised(cells[0])
        authors = label in AUTHOR_ROLES or (label.startswith("sign") and "author" in label)
        dates = authors or bool(REPORT_DATED.match(label)) or label.startswith("approved")
        when = next((m for c in cells[1:] for m in [DATE_IN_TEXT.search(c)] if m), None)
        if dates and when and not _has_date(found):
            found["date of report"] = when.group(0)
        if authors and "author" not in found and not DATE_IN_TEXT.search(cells[1]):
            found["author"] = cells[1]
