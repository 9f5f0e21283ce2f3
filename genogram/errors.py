"""This package's unusable-input error; the CLI prints ``str(error)``, exit 2."""

from __future__ import annotations

from pipeline.common import InputError as BaseInputError


class InputError(BaseInputError):
    """Unusable input: one line per problem, each naming the person or link and what to do.

    ``problems`` holds the lines; ``str(error)`` is a one-line summary followed by them.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        self.problems = tuple(problems)
        lines = [message, *(f"  - {p}" for p in self.problems)]
        super().__init__("\n".join(lines))
