"""The ``careerpath`` command and ``python -m careerpath``: the CLI, loaded with the
cyclic garbage collector paused, and Ctrl-C quiet from the first line.

Loading Typer, msgspec and the CLI allocates tens of thousands of objects that
live as long as the process. With the collector running, it walks them again
and again while they load, and once more at exit; paused, then frozen (moved
out of its reach), they cost nothing more. The collector is on again before
the command runs, so a long command (an import, a validation of thousands of
files) frees its cycles as usual. Measured in docs/performance.md.
"""

from __future__ import annotations

# _signal is the built-in core of ``signal`` (no stubs): ``signal`` imports enum
# first, and a Ctrl-C in the meantime would print a traceback. os is loaded
# already by the interpreter's start-up.
import _signal  # type: ignore[import-not-found]
import os

_started_interruptible = _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler


def _quietly(number: int, frame: object) -> None:
    # Ctrl-C while loading: the usual exit code and no traceback. Nothing has been
    # printed or written yet, so ending at once loses nothing; an exception raised
    # here could surface as another one (Python wraps it while it builds a class).
    os._exit(130)


if _started_interruptible:  # a background job starts with SIGINT ignored: leave it so
    _signal.signal(_signal.SIGINT, _quietly)

import gc  # noqa: E402 - after Ctrl-C is quiet
from typing import NoReturn  # noqa: E402


def main() -> NoReturn:
    gc.disable()
    try:
        from careerpath.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    if _started_interruptible:  # the CLI turns Ctrl-C into its own message from here
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    run()
