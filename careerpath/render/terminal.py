"""The output streams: a rich console for tables, plain writes for scripts."""

from __future__ import annotations

import re
import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

_TRAILING_SPACES = re.compile(r" +$", re.MULTILINE)


class _TrimmedLines:
    """A stream that drops the spaces rich pads lines with, so piped text is clean."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_TRAILING_SPACES.sub("", text))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"


def table_console() -> Console:
    """A console on stdout; rich decides on colour (TTY, NO_COLOR, FORCE_COLOR, TERM)."""
    from rich.console import Console

    return Console(
        file=_TrimmedLines(sys.stdout),  # type: ignore[arg-type]
        highlight=False,
        emoji=False,
        markup=False,
    )


def write(text: str) -> None:
    """Data for scripts, exactly as given: no styling, no wrapping."""
    sys.stdout.write(text)


def message(text: str) -> None:
    """A line for the person at the terminal, on stderr."""
    sys.stderr.write(text.rstrip("\n") + "\n")
