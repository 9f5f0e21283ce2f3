"""Errors the CLI turns into one line and exit status 2."""

from pipeline.common import InputError as BaseInputError


class InputError(BaseInputError):
    """Unusable input: ``str(error)`` is one line naming the file (and place) and what to do."""


class CheckFailed(Exception):
    """A check or verification found problems (exit 1); ``problems`` lists them."""

    def __init__(self, message: str, problems=()):
        super().__init__(message)
        self.problems = tuple(problems)
