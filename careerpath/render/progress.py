"""A progress bar on stderr for long commands, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from careerpath.importers import Steps


class _Quiet:
    """Steps that show nothing: stderr is a file or a pipe."""

    def phase(self, name: str, total: int | None) -> None:
        pass

    def advance(self) -> None:
        pass


class _Bar:
    """One bar per phase, on a rich progress display."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.task: Any = None

    def phase(self, name: str, total: int | None) -> None:
        if self.task is not None:  # the phase before is done, even one of unknown length
            done = self.progress.tasks[-1].total or 1
            self.progress.update(self.task, total=done, completed=done)
        self.task = self.progress.add_task(name, total=total)

    def advance(self) -> None:
        self.progress.advance(self.task)


@contextmanager
def progress_steps(*, no_color: bool = False) -> Iterator[Steps]:
    """Steps drawn as bars on stderr when it is a terminal; otherwise silent."""
    if sys.stderr is None or not sys.stderr.isatty():
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from careerpath.render.terminal import no_color_requested

    console = Console(file=sys.stderr, no_color=no_color_requested(no_color))
    columns = (TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        yield _Bar(progress)
