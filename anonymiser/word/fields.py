"""Fields that Word would refill with real names or paths are unlinked to their shown text."""

from __future__ import annotations

from lxml import etree

from anonymiser.word.xml import qn, remove, unwrap

# Word regenerates these from the author, the file, properties or a data source.
REFILLED = frozenset(
    [
        "AUTHOR",
        "USERNAME",
        "USERINITIALS",
        "USERADDRESS",
        "LASTSAVEDBY",
        "FILENAME",
        "DOCPROPERTY",
        "DOCVARIABLE",
        "MERGEFIELD",
        "MERGEREC",
        "MERGESEQ",
        "INCLUDETEXT",
        "INCLUDEPICTURE",
        "LINK",
        "DATABASE",
        "FILLIN",
        "ASK",
        "TITLE",
        "SUBJECT",
        "KEYWORDS",
        "COMMENTS",
        "INFO",
        "TEMPLATE",
        "ADDRESSBLOCK",
        "GREETINGLINE",
        "DDE",
        "DDEAUTO",
    ]
)


def field_kind(instruction: str) -> str:
    """The field's keyword: ``' MERGEFIELD  Name \\* MERGEFORMAT'`` -> ``'MERGEFIELD'``."""
    words = instruction.split()
    return words[0].upper() if words else ""


def unlink_fields(root: etree._Element) -> int:
    """Unlink refilled fields (simple and complex); returns how many were unlinked."""
    count = 0
    for simple in list(root.iter(qn("w:fldSimple"))):
        if field_kind(simple.get(qn("w:instr"), "")) in REFILLED:
            unwrap(simple)
            count += 1
    for parts in _complex_fields(root):
        instruction = "".join(e.text or "" for e in parts if e.tag == qn("w:instrText"))
        if field_kind(instruction) in REFILLED:
            for element in parts:
                remove(element)
            count += 1
    return count


def _complex_fields(root: etree._Element) -> list[list[etree._Element]]:
    """Each complex field's code elements: begin, instruction texts, separate, end."""
    stack: list[list[etree._Element]] = []
    done = []
    for element in root.iter(qn("w:fldChar"), qn("w:instrText")):
        kind = element.get(qn("w:fldCharType"))
        if kind == "begin":
            stack.append([element])
        elif stack:
            stack[-1].append(element)
            if kind == "end":
                done.append(stack.pop())
    return done
