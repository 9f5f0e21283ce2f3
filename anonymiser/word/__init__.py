"""Anonymise every part of a Word file: the raw package, not python-docx objects."""

from anonymiser.word.docx import DocxResult, Detector, anonymise_docx

__all__ = ["DocxResult", "Detector", "anonymise_docx"]
