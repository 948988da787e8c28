"""The ``careerpath`` command and ``python -m careerpath``: the CLI, loaded with the
cyclic garbage collector paused.

Loading Typer, msgspec and the CLI allocates tens of thousands of objects that
live as long as the process. With the collector running, it walks them again
and again while they load, and once more at exit; paused, then frozen (moved
out of its reach), they cost nothing more. The collector is on again before
the command runs, so a long command (an import, a validation of thousands of
files) frees its cycles as usual. Measured in docs/performance.md.
"""

from __future__ import annotations

import gc
from typing import NoReturn


def main() -> NoReturn:
    gc.disable()
    try:
        from careerpath.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    run()
