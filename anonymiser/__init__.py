"""The anonymiser: the case's identifiers, the NER safety net, the key, Word files rewritten
part by part, and the leak scan.

Never imports ``pipeline`` (apart from its bottom layers ``pipeline.ooxml`` and
``pipeline.common``), ``chronology`` or ``genogram``. The public API below is what the rest
of scr uses; each name is imported from its module when first asked for, so importing one
module of the package does not load the NLP models.
"""

from pipeline.common import public_api

_NAMES = {
    "ALWAYS_NUMBERED": "anonymiser.labels",
    "Anonymiser": "anonymiser.engine",
    "BoardPattern": "anonymiser.board",
    "CaseIdentifiers": "anonymiser.records",
    "Identity": "anonymiser.records",
    "InputError": "anonymiser.errors",
    "Leak": "anonymiser.verify",
    "MemoAnonymiser": "anonymiser.memo",
    "PseudonymKey": "anonymiser.key",
    "RedactionLog": "anonymiser.log",
    "address_aliases": "anonymiser.variants",
    "anonymise_docx": "anonymiser.word.docx",
    "anonymise_files": "anonymiser.batch",
    "scan": "anonymiser.verify",
    "write_excerpts": "anonymiser.verify",
    "write_review": "anonymiser.review",
}

__all__ = [
    "ALWAYS_NUMBERED",
    "Anonymiser",
    "BoardPattern",
    "CaseIdentifiers",
    "Identity",
    "InputError",
    "Leak",
    "MemoAnonymiser",
    "PseudonymKey",
    "RedactionLog",
    "address_aliases",
    "anonymise_docx",
    "anonymise_files",
    "scan",
    "write_excerpts",
    "write_review",
]
__getattr__ = public_api(__name__, _NAMES)
