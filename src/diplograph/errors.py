"""The one exception family for everything a user can cause.

The CLI turns a DiplographError into a one-line message and its exit code;
anything else is a bug and is allowed to raise.
"""

from __future__ import annotations


class DiplographError(Exception):
    """A problem with the user's input, named so that they can fix it."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        self.path = path
        self.line = line
        self.column = column
        where = ""
        if path:
            where = str(path)
            if line is not None:
                where += f":{line}"
                if column is not None:
                    where += f":{column}"
            where += ": "
        super().__init__(where + message)


class InputError(DiplographError):
    """Unusable input: a missing file, a syntax error, an unknown name (exit 2)."""


class ValidationFailed(DiplographError):
    """The data is readable but breaks the shapes (exit 1)."""

    exit_code = 1
