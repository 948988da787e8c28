"""Bars drawn with text: year spans on a years axis, and ranges on a shared scale."""

from __future__ import annotations

from rich.text import Text

from careerpath.model import Span
from careerpath.render.content import FILL, TRACK, filled

OUTER = "░"
OPEN_END = "▶"


def axis_end(spans: list[Span | None]) -> int:
    """The last year of an axis that holds every span, with room to show open ends."""
    finite = [span.max for span in spans if span is not None and span.max is not None]
    opens = [span.min for span in spans if span is not None and span.max is None]
    end = max([*finite, *(start + 3 for start in opens), 1])
    return int(end)


def _column(year: float, end: float, width: int) -> int:
    return min(width - 1, max(0, round(year / end * (width - 1))))


def span_bar(span: Span | None, end: int, width: int, *, style: str = "green") -> Text:
    """``span`` drawn on an axis from 0 to ``end`` years, ``width`` characters wide;
    no span (years not given): the bare axis."""
    if span is None:
        return Text(TRACK * width, style="dim")
    start = _column(span.min, end, width)
    stop = width - 1 if span.max is None else max(start, _column(span.max, end, width))
    bar = Text(TRACK * start, style="dim")
    if span.max is None:
        bar.append(FILL * (stop - start) + OPEN_END, style=style)
    else:
        bar.append(FILL * (stop - start + 1), style=style)
    bar.append(TRACK * (width - len(bar)), style="dim")
    return bar


def years_axis(end: int, width: int, unit: str) -> Text:
    """Tick labels (0, 2, 4 …) under which bars line up; the unit at the end."""
    step = 1
    while (end / step + 1) * (len(str(end)) + 2) > width and step < end:
        step = {1: 2, 2: 5}.get(step, step * 2)
    line = [" "] * width
    for year in range(0, end + 1, step):
        label = str(year)
        column = _column(year, end, width)
        column = min(column, width - len(label))
        if all(cell == " " for cell in line[max(0, column - 1) : column + len(label) + 1]):
            line[column : column + len(label)] = label
    return Text("".join(line).rstrip() + f" {unit}", style="dim")


def range_bar(
    inner: tuple[float, float],
    outer: tuple[float, float] | None,
    scale_end: float,
    width: int,
) -> Text:
    """A range on a scale from 0 to ``scale_end``: ``outer`` lightly, ``inner`` solid."""
    if scale_end <= 0:
        return Text(TRACK * width, style="dim")
    cells = [TRACK] * width
    styles = ["dim"] * width
    if outer is not None:
        for column in range(
            _column(outer[0], scale_end, width), _column(outer[1], scale_end, width) + 1
        ):
            cells[column], styles[column] = OUTER, "cyan"
    for column in range(
        _column(inner[0], scale_end, width), _column(inner[1], scale_end, width) + 1
    ):
        cells[column], styles[column] = FILL, "green"
    bar = Text()
    for cell, style in zip(cells, styles, strict=True):
        bar.append(cell, style=style)
    return bar


def percent_bar(percent: float, width: int = 10) -> Text:
    """A small bar for a share out of 100."""
    full = filled(percent, width)
    bar = Text(FILL * full, style="green")
    bar.append(TRACK * (width - full), style="dim")
    return bar


def score_bar(score: float, low: float, high: float, width: int = 10) -> Text:
    """A small bar for a score on a scale from ``low`` to ``high``."""
    share = 0.0 if high <= low else (score - low) / (high - low) * 100
    return percent_bar(share, width)
