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

if TYPE_CHECKING:
    from rich.console import Console

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
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

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


def table_console(*, no_color: bool = False, record: bool = False) -> Console:
    """A console on stdout for tables."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; let the CLI end it like any closed pipe.
            self.quiet = True
            raise BrokenPipeError

    plain = no_color_requested(no_color)
    return _Console(
        file=_Stream(sys.stdout),  # type: ignore[arg-type]
        highlight=False,
        emoji=False,
        markup=False,
        color_system=None if plain else "auto",
        no_color=plain,
        record=record,
    )


def write(text: str) -> None:
    """Data for scripts, exactly as given, as UTF-8: no styling, no wrapping."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (some test harnesses)
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def message(text: str) -> None:
    """A line for the person at the terminal, on stderr; on a stderr that cannot
    encode Vietnamese, letters lose their diacritics rather than become escapes."""
    line = text.rstrip("\n") + "\n"
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    codec = codecs.lookup(encoding).name
    if not codec.startswith("utf"):
        line = line.encode(codec, _FALLBACK).decode(codec)
    sys.stderr.write(line)
