"""Make ``scr-default.docx``: the Word template (named styles, A4) scr's documents use.

A board can use its own letterhead instead (``template:`` in case.yaml); any styles it lacks fall
back to Normal. Run ``python templates/make_default_template.py`` after changing this file.
"""

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
BODY_FONT = "Calibri"  # Carlito on Linux is metric-compatible


def make(path: Path) -> None:
    """Write the default template to ``path``."""
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    styles = word.styles
    _font(styles["Normal"], size=11)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    _font(styles["Title"], size=24, bold=True, colour=NAVY)
    _font(styles["Subtitle"], size=14, colour=NAVY)
    for level, size in ((1, 16), (2, 13), (3, 11.5), (4, 11)):
        _font(styles[f"Heading {level}"], size=size, bold=True, colour=NAVY)
    _font(styles["Caption"], size=9, italic=True, colour=RGBColor(0x40, 0x40, 0x40))
    note = styles.add_style("SCR Author Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    _font(note, size=10.5, italic=True, colour=RGBColor(0xA0, 0x1E, 0x1E))
    table_text = styles.add_style("SCR Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    _font(table_text, size=9)
    table_text.paragraph_format.space_after = Pt(0)
    body = word.element.body
    for child in list(body)[:-1]:
        body.remove(child)
    word.core_properties.author = "scr"
    word.core_properties.title = "scr default template"
    word.save(str(path))


def _font(style, size: float, bold: bool = False, italic: bool = False, colour=None) -> None:
    style.font.name = BODY_FONT
    style.font.size = Pt(size)
    style.font.bold = bold or None
    style.font.italic = italic or None
    if colour is not None:
        style.font.color.rgb = colour


if __name__ == "__main__":
    make(HERE / "scr-default.docx")
