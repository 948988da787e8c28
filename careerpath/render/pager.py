"""Long tables through a pager, the way git does it.

When stdout is a terminal and a table is taller than it, the table goes to
``CAREERPATH_PAGER``, else ``PAGER``, else ``less -FRX`` (``-F``: quit when it
fits; ``-R``: keep the colours; ``-X``: leave the text on the screen). An
empty value, or ``cat``, turns paging off, as does ``--no-pager``; output to a
file or a pipe is never paged. A pager that cannot be started is skipped: the
table is printed as it is.
"""

from __future__ import annotations

import os
import sys

DEFAULT = "less -FRX"


def pager_command(environ: dict[str, str] | None = None) -> list[str] | None:
    """The pager to use now, as words; None: print straight to the terminal."""
    stdout = sys.stdout
    try:
        if stdout is None or not stdout.isatty():
            return None  # a file or a pipe: nothing more to look at, or to import
    except (AttributeError, ValueError):  # closed, or not a real file
        return None
    import shlex
    import shutil

    environ = dict(os.environ) if environ is None else environ
    for name in ("CAREERPATH_PAGER", "PAGER"):
        if name in environ:
            chosen = environ[name].strip()
            break
    else:
        chosen = DEFAULT if shutil.which("less") else ""
    try:
        words = shlex.split(chosen)
    except ValueError:  # unbalanced quotes: no pager rather than a wrong one
        return None
    if not words or words == ["cat"]:
        return None
    return words


def show(text: str, command: list[str], height: int) -> None:
    """``text`` through the pager when it is taller than the terminal, else printed."""
    from careerpath.render.terminal import write

    if text.count("\n") < max(1, height - 1):
        write(text)
        return
    import subprocess

    sys.stdout.flush()
    try:
        subprocess.run(command, input=text.encode("utf-8"), check=False)
    except OSError:  # not installed, not runnable: print it as it is
        write(text)
    except KeyboardInterrupt:  # Ctrl-C in the pager ends the pager, quietly
        pass
