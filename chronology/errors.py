"""This package's unusable-input error; the CLI prints ``str(error)`` as one line, exit 2."""

from pipeline.common import InputError as BaseInputError


class InputError(BaseInputError):
    """Unusable input: ``str(error)`` names the file (and place) and says what to do."""
