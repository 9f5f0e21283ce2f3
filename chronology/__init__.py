"""The chronology: IMR Word files read into records, merged, flagged and written out.

Never imports ``pipeline`` (apart from its bottom layers ``pipeline.ooxml`` and
``pipeline.common``), ``anonymiser`` or ``genogram``. The public API below is what the rest
of scr uses; each name is imported from its module when first asked for, so importing one
module of the package does not load them all. ``merge`` stays ``chronology.merge.merge``
(the module has the same name).
"""

from pipeline.common import public_api

_NAMES = {
    "Chronology": "chronology.entries",
    "ChronologyEntry": "chronology.entries",
    "FLAG_NAMES": "chronology.entries",
    "ChronologyRow": "chronology.records",
    "Imr": "chronology.records",
    "Table": "chronology.records",
    "DateError": "chronology.dates",
    "DateValue": "chronology.dates",
    "parse_date": "chronology.dates",
    "row_date": "chronology.dates",
    "canonical": "chronology.headers",
    "normalise": "chronology.headers",
    "FlagValue": "chronology.flags",
    "SubjectNames": "chronology.flags",
    "prepare": "chronology.flags",
    "summarise": "chronology.summary",
    "write_csv": "chronology.outputs.sheets",
    "write_docx": "chronology.outputs.word",
    "write_xlsx": "chronology.outputs.sheets",
    "write_timeline": "chronology.timeline",
    "read_imr": "chronology.reader",
    "describe": "chronology.reader",
}

__all__ = [
    "FLAG_NAMES",
    "Chronology",
    "ChronologyEntry",
    "ChronologyRow",
    "DateError",
    "DateValue",
    "FlagValue",
    "Imr",
    "SubjectNames",
    "Table",
    "canonical",
    "describe",
    "normalise",
    "parse_date",
    "prepare",
    "read_imr",
    "row_date",
    "summarise",
    "write_csv",
    "write_docx",
    "write_timeline",
    "write_xlsx",
]
__getattr__ = public_api(__name__, _NAMES)
