"""Content for the terminal: each block drawn with rich, styles as colours.

Data text reaches rich only as ``Text`` objects, never parsed as markup.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from careerpath.render import bars
from careerpath.render.content import (
    Block,
    Box,
    Content,
    Entries,
    Grid,
    Indented,
    Inline,
    Line,
    Quote,
    Rows,
    Scale,
    Scores,
    Section,
    Shares,
    Subtitle,
    Timeline,
    Title,
)
from careerpath.render.tables import (
    DIM,
    HEADING,
    _fitted_table,
    _Hanging,
    _indent,
    _pairs,
    _share_rows,
)

COLOURS = {
    "": "",
    "strong": "bold",
    "id": "bold",
    "quiet_id": DIM,
    "quiet": DIM,
    "missing": "dim italic",
    "warning": "yellow",
    "label": "bold",
    "heading": HEADING,
    "emphasis": "italic",
    "score": "bold cyan",
    "alert": "bold yellow",
    "error": "red",
    "match": "bold reverse",
    "marker": "cyan",
    "field": "cyan",
    "fill": "green",
    "track": DIM,
}


def text(runs: Inline, *, colour: bool = True) -> Text:
    """Styled runs as one rich Text. A match is marked «so» where there is no
    colour to show it."""
    drawn = Text()
    for span in runs:
        if span.style == "match" and not colour:
            drawn.append(f"«{span.text}»")
        else:
            drawn.append(span.text, style=COLOURS[span.style])
    return drawn


def _indented(renderable: RenderableType, levels: int) -> RenderableType:
    for _ in range(levels):
        renderable = _indent(renderable)
    return renderable


def draw(console: Console, content: Content) -> None:
    """Print every block of ``content`` on ``console``."""
    for block in content:
        console.print(_renderable(console, block), soft_wrap=_unwrapped(block))


def _unwrapped(block: Block) -> bool:
    """A line that must stay one line, however long: editors and CI read it."""
    if isinstance(block, Grid):
        return block.lines is not None
    return isinstance(block, Line) and not block.wrap


def _group(console: Console, content: Content) -> RenderableType:
    return Group(*(_renderable(console, block) for block in content))


def _renderable(console: Console, block: Block) -> RenderableType:
    colour = console.color_system is not None
    if isinstance(block, Title):
        return text(block.text, colour=colour)
    if isinstance(block, Subtitle | Line):
        return _indented(text(block.text, colour=colour), block.indent)
    if isinstance(block, Quote):
        return Text.assemble(text(block.label), text(block.text))
    if isinstance(block, Rows):
        rows = [(text(marker), text(body, colour=colour)) for marker, body in block.rows]
        if block.ranked:
            return _indented(_ranked(rows), block.indent)
        return _indented(_Hanging(rows, gap=block.gap, stack=block.stack), block.indent)
    if isinstance(block, Entries):
        return _entries(console, block)
    if isinstance(block, Indented):
        return _indent(_group(console, block.body))
    if isinstance(block, Section):
        return Group(Text(), text(block.heading), _indent(_group(console, block.body)))
    if isinstance(block, Box):
        return Panel(
            Group(*(text(line) for line in block.lines)),
            title=text(block.title),
            title_align="left",
            box=box.ROUNDED,
            expand=True,
        )
    if isinstance(block, Grid):
        return _Grid(block)
    if isinstance(block, Shares):
        return _Hanging(_share_rows(block.rows), gap=0, stack=True)
    if isinstance(block, Scores):
        return _scores(block)
    if isinstance(block, Timeline):
        return _Timeline(block)
    return _Scale(block)


def _ranked(rows: list[tuple[Text, Text]]) -> RenderableType:
    """Ranks right-aligned in their own column, each text folded beside its rank."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for marker, body in rows:
        grid.add_row(marker, body)
    return grid


def _entries(console: Console, block: Entries) -> RenderableType:
    rows: list[tuple[Text, Text]] = []
    for number, (heading, body) in enumerate(block.entries, start=1):
        if rows:
            rows.append((Text(), Text()))  # a blank line between entries
        rows.append((Text(f"{number}.", style=DIM), text(heading)))
        for part in body:
            line = _renderable(console, part)
            if not isinstance(line, Text):
                raise TypeError(f"an entry holds lines only, not {type(part).__name__}")
            rows.append((Text(), line))
    return _Hanging(rows)


def _scores(block: Scores) -> RenderableType:
    rows = []
    for name, score, written in block.rows:
        bar = Text(" ")
        if score is not None:
            bar.append_text(bars.score_bar(score, block.low, block.high, block.width))
            bar.append(" ")
        bar.append_text(text(written))
        rows.append((Text(name), bar))
    return _Hanging(rows, gap=0, stack=True)


class _Grid:
    """A table fitted to the width it is given, or cards when none fits."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = self.grid
        colour = console.color_system is not None
        if grid.lines is not None:
            for line in grid.lines:
                yield text(line, colour=colour)
            return
        rows = [tuple(text(cell, colour=colour) for cell in row) for row in grid.rows]
        headers = [header if isinstance(header, str) else text(header) for header in grid.headers]
        table = _fitted_table(
            headers,
            rows,
            options.max_width,
            fixed_first=grid.fixed_first,
            last_to_shrink=grid.last_to_shrink,
        )
        if table is not None:
            yield table
            return
        if grid.cards == "columns":  # a card per column: each row's label and value
            for index, key in enumerate(headers[1:], start=1):
                yield Text(key.plain if isinstance(key, Text) else key, style="bold")
                yield _indent(_pairs([(row[0].plain, row[index]) for row in rows]))
            return
        names = [str(header) for header in headers[2 if grid.titled else 1 :]]
        for key, *rest in rows:  # cards: each record under its key
            yield key
            pairs = _pairs(list(zip(names, rest[1:] if grid.titled else rest, strict=True)))
            yield _indent(Group(rest[0], pairs) if grid.titled else pairs)


class _Timeline:
    """Each step's year span as a bar on one years axis."""

    GUTTER = 4

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        steps = self.timeline.steps
        gutter = self.GUTTER
        label_width = max(len(step.years_text) for step in steps) + 1
        width = max(10, options.max_width - gutter - label_width)
        end = bars.axis_end([step.years for step in steps])
        yield Text(" " * gutter) + bars.years_axis(end, width, self.timeline.unit)
        for step in steps:
            here = step.here
            number = Text(f"{'▶' if here else ' '}{step.number}.".rjust(gutter - 1) + " ")
            title = Text(step.title, style="bold reverse" if here else "bold")
            if step.full_profile:
                title.append(" ◆", style="cyan")
            if here:
                title.append("  " + step.here_text, style="bold")
            yield number + title
            bar = bars.span_bar(step.years, end, width, style="bold green" if here else "green")
            yield Text(" " * gutter) + bar + Text(" " + step.years_text)
            detail = Text(f"{step.reached_text} · {step.detail}", style=DIM)
            yield Padding(detail, (0, 0, 0, gutter), expand=False)
        yield Text()
        yield Text(self.timeline.marker_note, style="cyan")
        yield Text(self.timeline.bars_note, style=DIM)


class _Scale:
    """Ranges as bars, each band of one currency and period on its own scale."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        scale = self.scale
        yield Text(scale.heading, style=HEADING)
        yield _indent(_Bands(scale))


class _Bands:
    def __init__(self, scale: Scale) -> None:
        self.scale = scale

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(10, options.max_width)
        for warning in self.scale.warnings:
            yield Text(warning, style="yellow")
        for band in self.scale.bands:
            for scaled in band.ranges:
                yield text(scaled.label)
                yield bars.range_bar(scaled.inner, scaled.outer, band.end, width)
            yield Text(band.end_text, style=DIM)
        yield Text(self.scale.note, style=DIM)
