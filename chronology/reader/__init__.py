"""Reading an IMR Word file into an ``Imr`` record. The file is opened, checked and its parts
parsed by the one Word-package reader, ``pipeline.ooxml.word``.

- ``wordml``: WordprocessingML as paragraphs, grids, text boxes and styles;
- ``context``: the year and term start around each table, for dates written without a year;
- ``tables``: what each table is and its chronology rows; ``narrative``: dated paragraphs;
- ``sections``: the cover, the section headings and the recommendations;
- ``imr``: ``read_imr``, which puts them together.
"""

from chronology.reader.imr import read_imr
from chronology.reader.narrative import dated_lead
from chronology.reader.tables import describe

__all__ = ["dated_lead", "describe", "read_imr"]
