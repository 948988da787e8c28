"""The output streams: a rich console for tables, plain UTF-8 writes for scripts.

- Data for scripts (JSON, CSV, YAML, Markdown) is written as UTF-8 bytes, never
  styled, whatever the terminal, ``FORCE_COLOR`` or ``PYTHONIOENCODING`` say.
- Tables go through rich, which decides on colour from the terminal, ``TERM``
  and ``FORCE_COLOR``; ``NO_COLOR`` (non-empty) or ``--no-color`` turn every
  escape off. On a stdout that cannot encode Vietnamese, letters lose their
  diacritics and symbols become ASCII rather than failing.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from typing import IO, TYPE_CHECKING

from careerpath.errors import visible

if TYPE_CHECKING:
    from rich.console import Console

    from careerpath.errors import OutputError

_TRAILING_SPACES = re.compile(r" +$", re.MULTILINE)
_FALLBACK = "careerpath-ascii"
_ASCII = {
    "đ": "d",
    "Đ": "D",
    "★": "*",
    "–": "-",
    "—": "-",
    "−": "-",
    "…": "...",
    "█": "#",
    "░": ":",
    "·": ".",
    "•": "*",
    "₫": "d",
    "▶": ">",
    "◀": "<",
    "◆": "*",
    "←": "<-",
    "→": "->",
    "↪": "->",
    "⚠": "!",
    "«": "<<",
    "»": ">>",
    "×": "x",
    "±": "+/-",
}


def _transliterate(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the closest ASCII for what the stream cannot encode."""
    assert isinstance(error, UnicodeEncodeError)
    out = []
    for char in error.object[error.start : error.end]:
        if char in _ASCII:
            out.append(_ASCII[char])
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        out.append(base if base.isascii() and base else "?")
    return "".join(out), error.end


codecs.register_error(_FALLBACK, _transliterate)


def _output_error(error: OSError) -> OutputError:
    """An OSError of stdout as the error the CLI reports (a closed pipe stays itself)."""
    from careerpath.errors import OutputError

    return OutputError("output_failed", reason=error.strerror or str(error))


def stdout() -> IO[str]:
    """``sys.stdout``; a closed one (``>&-``) is an OutputError, not a crash."""
    if sys.stdout is None:
        from careerpath.errors import OutputError

        raise OutputError("output_closed")
    return sys.stdout


def stdin_is_terminal() -> bool:
    """Whether stdin is an interactive terminal; a closed stdin (``<&-``) is not."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # a closed file object
        return False


class _Stream:
    """stdout for rich: no trailing pad spaces, and nothing it cannot encode."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        self._codec = codecs.lookup(encoding).name

    def write(self, text: str) -> int:
        text = _TRAILING_SPACES.sub("", text)
        if not self._codec.startswith("utf"):
            text = text.encode(self._codec, _FALLBACK).decode(self._codec)
        _write_all(self._stream, text)
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _output_error(error) from None

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return self._codec


def no_color_requested(flag: bool) -> bool:
    """``--no-color``, or a non-empty ``NO_COLOR`` (https://no-color.org)."""
    return flag or bool(os.environ.get("NO_COLOR"))


# The widest table drawn: a wider COLUMNS (100000 was seen) would make rich lay out
# and pad lines for minutes; no screen shows more.
MAX_WIDTH = 500


def _width() -> int | None:
    """``COLUMNS`` when it is more than careerpath draws, cut to ``MAX_WIDTH``; None:
    rich decides (the terminal's width, ``COLUMNS``, or 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return MAX_WIDTH if columns > MAX_WIDTH else None


def table_console(*, no_color: bool = False, record: bool = False) -> Console:
    """A console on stdout for tables."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; let the CLI end it like any closed pipe.
            self.quiet = True
            raise BrokenPipeError

    plain = no_color_requested(no_color)
    width = _width()
    return _Console(
        width=width,
        file=_Stream(stdout()),  # type: ignore[arg-type]
        highlight=False,
        emoji=False,
        markup=False,
        color_system=None if plain else "auto",
        no_color=plain,
        record=record,
    )


def write(text: str) -> None:
    """Data for scripts, exactly as given, as UTF-8: no styling, no wrapping."""
    _write_all(stdout(), text, "utf-8")


def _write_all(stream: IO[str], text: str, encoding: str | None = None) -> None:
    """All of ``text`` to ``stream``, through its byte buffer where it has one,
    encoded as ``encoding`` (else the stream's own).

    A write to a pipe can take only part of the data: when the reader goes away
    mid-write, Python returns the count written instead of failing. The rest
    is written until all of it is, or the closed pipe is reported.
    """
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (some test harnesses)
            stream.write(text)
            return
        stream.flush()
        data = memoryview(text.encode(encoding or getattr(stream, "encoding", None) or "utf-8"))
        while data:
            written = buffer.write(data)
            data = data[written or 0 :]
        buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _output_error(error) from None


def message(text: str) -> None:
    """A line for the person at the terminal, on stderr; on a stderr that cannot
    encode Vietnamese, letters lose their diacritics rather than become escapes."""
    if sys.stderr is None:  # closed (``2>&-``): there is no one to tell
        return
    line = "\n".join(visible(part) for part in text.rstrip("\n").split("\n")) + "\n"
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    codec = codecs.lookup(encoding).name
    if not codec.startswith("utf"):
        line = line.encode(codec, _FALLBACK).decode(codec)
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except OSError:  # a message that cannot be shown is not worth failing for
        pass
