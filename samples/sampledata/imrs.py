"""The IMR files of the sample review and the functions that write them."""

from . import imr_csc, imr_ed, imr_education, imr_gp, imr_housing, imr_hv, imr_police, imr_probation

BUILDERS = [
    ("csc.docx", imr_csc.build),
    ("police.docx", imr_police.build),
    ("health-visiting.docx", imr_hv.build),
    ("gp.docx", imr_gp.build),
    ("hospital.docx", imr_ed.build),
    ("education.docx", imr_education.build),
    ("housing.docx", imr_housing.build),
    ("probation.docx", imr_probation.build),
]
