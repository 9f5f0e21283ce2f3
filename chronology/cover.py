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
