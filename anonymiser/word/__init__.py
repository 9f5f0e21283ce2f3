"""Anonymise every part of a Word file: the raw package, not python-docx objects."""

from anonymiser.word.docx import Detector, DocxResult, anonymise_docx

__all__ = ["Detector", "DocxResult", "anonymise_docx"]
