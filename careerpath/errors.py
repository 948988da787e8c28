"""Typed errors, each with the exit code it ends the program with."""

from __future__ import annotations

import re
from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 1  # not found, or invalid data
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a closed pipe
EXIT_INTERNAL = 70  # a bug in careerpath itself (EX_SOFTWARE)
EXIT_OUTPUT = 74  # the output could not be written: disk full, stdout closed (EX_IOERR)


# What a terminal would act on rather than show: C0 and C1 controls (but tab and
# line feed), DEL, and the bidirectional overrides and isolates.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with every control character written out (``\x1b``, ``\u202e``): for
    what careerpath prints that the loader did not check, such as file names and
    the YAML keys and values that messages quote."""
    return CONTROL_CHARACTERS.sub(lambda found: repr(found.group())[1:-1], text)


def shown(path: Path) -> str:
    """A path as messages show it: relative to the current directory when inside it."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


class CareerpathError(Exception):
    """An error the user can act on; printed as one line, never as a traceback.

    It is made from a message key of careerpath.messages and its values, so
    that it can be worded in the reader's language.
    """

    exit_code = EXIT_FAILURE

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        from careerpath.messages import say

        return say(self.key, lang, **self.values)


class DataError(CareerpathError):
    """A data file that cannot be read, or does not fit the format."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.message = visible(message)  # it may quote the file's own keys and values
        self.line = line
        self.column = column
        self.field = visible(field) if field is not None else None
        Exception.__init__(self, str(self))

    def text(self, lang: str) -> str:
        return str(self)  # the format's own words: in English, like a compiler's

    def __str__(self) -> str:
        where = visible(shown(self.path))
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class NotFoundError(CareerpathError):
    """A role or ladder name that matches nothing, with close matches to suggest."""

    def __init__(self, kind: str, name: str, suggestions: list[str]) -> None:
        self.kind = kind  # "role", "ladder" or "ladder_or_role"
        self.name = name
        self.suggestions = suggestions
        super().__init__("unknown", kind=kind, name=name)

    def text(self, lang: str) -> str:
        from careerpath.messages import say

        kind = say(f"kind_{self.kind}", lang)
        if self.suggestions:
            hint = say("did_you_mean", lang, names=", ".join(self.suggestions))
        else:
            hint = say("search_hint", lang, name=self.name)
        return say("unknown", lang, kind=kind, name=self.name) + hint


class OutputError(CareerpathError):
    """Standard output could not be written (closed, or its device full): the world's
    doing, not a bug; the CLI says so in one line and exits 74."""

    exit_code = EXIT_OUTPUT


class UsageError(CareerpathError):
    """Options that do not go together."""

    exit_code = EXIT_USAGE
