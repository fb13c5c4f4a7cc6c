"""The one exception family for everything a user can cause, and the exit codes.

Every command raises one of these for what the user can fix, with a message
that names the file, the line or the term, and what to do; `cli.py` turns it
into one line on stderr and its exit code. Anything else is a bug and keeps
its traceback. No command calls click's Exit or sys.exit itself.

| exit | meaning | raised as |
|---|---|---|
| 0 | fine: built, conforms (warnings allowed), written | (nothing) |
| 1 | the data is readable but does not conform to the shapes | ValidationFailed |
| 2 | unusable input or usage: a missing file, a syntax error, an unknown name | InputError, click usage errors |
| 3 | what was asked exists, but not here: an engine that cannot check a shape | FeatureNotSupported |

As pySHACL's command line does for 0, 1 and 2. Ground floor: imports nothing
of the project.
"""

from __future__ import annotations


class DiplographError(Exception):
    """A problem with the user's input, named so that they can fix it (exit 2 unless a subclass says)."""

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


class FeatureNotSupported(DiplographError):
    """What was asked for exists, but not here: an engine that cannot check a shape (exit 3)."""

    exit_code = 3


def shorten(text: str, limit: int = 80) -> str:
    """A value quoted in a message, on one line and at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
