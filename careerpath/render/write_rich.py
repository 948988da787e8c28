"""Content for the terminal: each block drawn with rich, styles as colours.

Data text reaches rich only as ``Text`` objects, never parsed as markup.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
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

HEADING = "bold cyan"
DIM = "dim"
GAP = 2  # spaces between table columns
BAR_WIDTH = 20  # a share's bar

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
        renderable = indent(renderable)
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
        return _indented(Hanging(rows, gap=block.gap, stack=block.stack), block.indent)
    if isinstance(block, Entries):
        return _entries(console, block)
    if isinstance(block, Indented):
        return indent(_group(console, block.body))
    if isinstance(block, Section):
        return Group(Text(), text(block.heading), indent(_group(console, block.body)))
    if isinstance(block, Box):
        title = text(block.title)
        lines = [text(line) for line in block.lines]
        if title.cell_len > console.width - BOX_TITLE_ROOM:
            # The border would cut it (mid-word): the title goes inside, wrapped.
            return Panel(Group(title, *lines), box=box.ROUNDED, expand=True)
        return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED, expand=True)
    if isinstance(block, Grid):
        return _Grid(block)
    if isinstance(block, Shares):
        return Hanging(share_rows(block.rows), gap=0, stack=True)
    if isinstance(block, Scores):
        return _scores(block)
    if isinstance(block, Timeline):
        return _Timeline(block)
    return _Scale(block)


def _ranked(rows: list[tuple[Text, Text]]) -> RenderableType:
    return Ranked(rows)


class Ranked:
    """Ranks right-aligned in their own column, each text wrapped beside its rank
    (never inside a figure; a long id after its hyphens)."""

    def __init__(self, rows: Sequence[tuple[Text, Text]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        left = max((marker.cell_len for marker, _ in self.rows), default=0)
        width = max(1, options.max_width - left - 1)
        for marker, body in self.rows:
            for number, line in enumerate(wrapped(console, body, width)):
                head = marker.copy() if number == 0 else Text()
                head.pad_left(left - head.cell_len)
                yield Text.assemble(head, " ", line)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        left = max((marker.cell_len for marker, _ in self.rows), default=0) + 1
        widest = max((text.cell_len for _, text in self.rows), default=0)
        return Measurement(left + 1, min(options.max_width, left + widest))


BOX_TITLE_ROOM = 6  # a panel's corners, the rule before the title and a space each side


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
    return Hanging(rows)


def _scores(block: Scores) -> RenderableType:
    rows = []
    for name, score, written in block.rows:
        bar = Text(" ")  # a score's bar, then its figure; no bar without a score
        if score is not None:
            bar.append_text(bars.score_bar(score, block.low, block.high, block.width))
            bar.append(" ")
        bar.append_text(text(written))
        rows.append((Text(name), bar))
    drawn = Hanging(rows, gap=0, stack=True)
    return drawn if block.caption is None else Group(text(block.caption), drawn)


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
        table = fitted_table(
            headers,
            rows,
            options.max_width,
            fixed_first=grid.fixed_first,
            last_to_shrink=grid.last_to_shrink,
        )
        if table is None and grid.titled and grid.joined is not None:
            table = joined_table(grid.joined, headers, rows, options.max_width)
        if table is not None:
            yield table
            return
        if grid.cards == "columns":  # a card per column: each row's label and value
            for index, key in enumerate(headers[1:], start=1):
                yield Text(key.plain if isinstance(key, Text) else key, style="bold")
                yield indent(pairs([(row[0].plain, row[index]) for row in rows]))
            return
        names = [str(header) for header in headers[2 if grid.titled else 1 :]]
        for key, *rest in rows:  # cards: each record under its key
            yield key
            card = pairs(list(zip(names, rest[1:] if grid.titled else rest, strict=True)))
            yield indent(Group(rest[0], card) if grid.titled else card)


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
        drawn = any(step.years is not None for step in steps)  # no years given: no axis
        if drawn:
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
            if drawn:
                bar = bars.span_bar(step.years, end, width, style="bold green" if here else "green")
                yield Text(" " * gutter) + bar + Text(" " + step.years_text)
            else:
                yield Text(" " * gutter) + Text(step.years_text)
            said = " · ".join(part for part in (step.reached_text, step.detail) if part)
            detail = Text(said, style=DIM)
            yield Padding(detail, (0, 0, 0, gutter), expand=False)
            if step.evidence:
                reasons = [
                    (Text("·", style=DIM), Text(reason, style=DIM)) for reason in step.evidence
                ]
                yield Padding(Hanging(reasons), (0, 0, 0, gutter + 2), expand=False)
        yield Text()
        yield Text(self.timeline.marker_note, style="cyan")
        yield Text(self.timeline.bars_note, style=DIM)


class _Scale:
    """Ranges as bars under a heading, each band of one currency and period on its
    own scale, one level in."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        scale = self.scale
        width = max(10, options.max_width - 2)  # the width inside the indent
        lines: list[RenderableType] = [Text(warning, style="yellow") for warning in scale.warnings]
        for band in scale.bands:
            for scaled in band.ranges:
                lines.append(text(scaled.label))
                lines.append(bars.range_bar(scaled.inner, scaled.outer, band.end, width))
            lines.append(Text(band.end_text, style=DIM))
        lines.append(Text(scale.note, style=DIM))
        yield Text(scale.heading, style=HEADING)
        yield indent(Group(*lines))


# Layouts: what rich's own would draw, for less.


class Indent:
    """``renderable`` two columns in. What ``Padding(renderable, (0, 0, 0, 2))``
    draws, without padding each line to the full width to crop it again, which
    nested sections paid for at every level."""

    def __init__(self, renderable: RenderableType, width: int = 2) -> None:
        self.renderable = renderable
        self.width = width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = options.update_width(max(1, options.max_width - self.width))
        indent, new_line = Segment(" " * self.width), Segment.line()
        for line in console.render_lines(self.renderable, inner, pad=False):
            yield indent
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        inner = options.update_width(max(1, options.max_width - self.width))
        measured = Measurement.get(console, inner, self.renderable)
        return Measurement(measured.minimum + self.width, measured.maximum + self.width)


def indent(renderable: RenderableType) -> Indent:
    return Indent(renderable)


MIN_MARKER = 8  # the narrowest a marker column wraps to beside a long word


class Hanging:
    """Rows of a marker and a text, wrapped lines hanging under the text's first word.

    What a two-column grid would draw, for a fraction of its cost: a grid
    measures every cell twice, and a long profile has hundreds of them.
    """

    def __init__(
        self, rows: Sequence[tuple[Text, Text]], *, gap: int = 1, stack: bool = False
    ) -> None:
        self.rows = rows
        self.gap = gap
        self.stack = stack  # too narrow for a row on one line: the text under its marker

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        left = max((marker.cell_len for marker, _ in self.rows), default=0) + self.gap
        width = max(1, options.max_width - left)
        widest = max(
            (line.cell_len for _, text in self.rows for line in text.split("\n")), default=0
        )
        if self.stack and widest > width:
            yield from self._stacked(console, options.max_width)
            return
        # the widest part no line may break (an id breaks after its hyphens)
        longest = max((longest_word(text.plain, hyphens=True) for _, text in self.rows), default=0)
        if longest > width:
            # The markers are too wide for the longest word (a figure such as
            # "105,210–171,980/year", which must never be split): the markers wrap
            # in what room that word leaves them; with too little, each text goes
            # under its marker.
            room = options.max_width - self.gap - longest
            if room < MIN_MARKER and longest <= options.max_width - 2:
                yield from self._stacked(console, options.max_width)
                return
            from rich.table import Table

            grid = Table.grid(padding=(0, self.gap))
            # (a word wider than the whole width is folded wherever it stands)
            marker_width = room if room >= MIN_MARKER else max(4, options.max_width // 2)
            marker_width = min(marker_width, left - self.gap)  # no wider than the markers
            text_width = max(1, options.max_width - self.gap - marker_width)
            grid.add_column(max_width=marker_width, overflow="fold")
            grid.add_column(overflow="fold")
            for marker, text in self.rows:
                grid.add_row(
                    broken(marker, marker_width, hyphens=False),
                    broken(text, text_width, hyphens=False),
                )
            yield grid
            return
        for marker, text in self.rows:
            lines = wrapped(console, text, width)
            for number, line in enumerate(lines):
                head = marker.copy() if number == 0 else Text()
                head.pad_right(left - head.cell_len)
                yield Text.assemble(head, line)

    def _stacked(self, console: Console, width: int) -> RenderResult:
        """Each text under its marker, indented."""
        for marker, text in self.rows:
            yield from wrapped(console, marker, width)
            for line in wrapped(console, text, max(1, width - 2)):
                yield Text.assemble("  ", line)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        left = max((marker.cell_len for marker, _ in self.rows), default=0) + self.gap
        widest = max((text.cell_len for _, text in self.rows), default=0)
        return Measurement(left + 1, min(options.max_width, left + widest))


def pairs(rows: Sequence[tuple[str, Text]]) -> RenderableType:
    """Label and value, side by side."""
    return Hanging([(Text(name, style="bold"), value) for name, value in rows], gap=2)


def share_rows(shares: Sequence[tuple[str, float, str]]) -> list[tuple[Text, Text]]:
    """Each name with its share as a bar and its percentage, the percentages aligned."""
    width = max((len(text) for *_, text in shares), default=0) + 1
    rows = []
    for name, percent, text in shares:
        share = Text(" ")
        share.append_text(bars.percent_bar(percent, BAR_WIDTH))
        share.append(text.rjust(width))
        rows.append((Text(name), share))
    return rows


def fitted_table(
    headers: Sequence[str | Text],
    rows: Sequence[Sequence[Text]],
    width: int,
    *,
    fixed_first: bool = True,
    last_to_shrink: int | None = None,
) -> Lines | None:
    """A table whose columns never break a word, or None when that cannot fit.

    The first column (an id) is never wrapped unless ``fixed_first`` is false;
    the others shrink, widest first, down to their longest word; the column
    ``last_to_shrink`` (a title) only once the others are as narrow as they go.
    """
    widest, narrowest = _measure(headers, rows, hyphens=False)
    if fixed_first:
        narrowest[0] = widest[0]
    others = [(i, low) for i, low in enumerate(narrowest) if i != last_to_shrink]
    last = [] if last_to_shrink is None else [(last_to_shrink, narrowest[last_to_shrink])]
    sizes = _shrunk(widest, [others, last], width)
    return None if sizes is None else _table(headers, rows, sizes)


KEY_ROOM = 32  # a joined key column keeps this much while the others can give room


def joined_table(
    header: str, headers: Sequence[str | Text], rows: Sequence[Sequence[Text]], width: int
) -> Lines | None:
    """A table whose first column, headed ``header``, holds each row's key over
    its title (the row's first two cells), or None when it cannot fit.

    Lines break at spaces and after hyphens; the title is indented under its
    key, so that rows stand apart without colour. Since that column takes two
    lines a row anyway, the others first narrow to what fits their cells in two
    lines; the first keeps ``KEY_ROOM`` until then.
    """
    rest = [row[2:] for row in rows]
    widest, narrowest = _measure(headers[2:], rest, hyphens=True)
    keys = [(row[0].plain, row[1].plain) for row in rows]
    widest.insert(
        0, max([len(header)] + [max(cell_len(k), TITLE_INDENT + cell_len(t)) for k, t in keys])
    )
    narrowest.insert(
        0,
        max(
            [longest_word(header)]
            + [
                max(longest_word(k, hyphens=True), TITLE_INDENT + longest_word(t, hyphens=True))
                for k, t in keys
            ]
        ),
    )
    two_lines = [0] + [
        max(_two_line_width(cell.plain) for cell in (Text(str(headers[i])), *(r[i] for r in rows)))
        for i in range(2, len(headers))
    ]
    others = range(1, len(widest))
    stages = [
        [(0, max(narrowest[0], min(widest[0], KEY_ROOM)))],
        [(i, max(two_lines[i], narrowest[i])) for i in others],
        [(0, narrowest[0])],
        [(i, narrowest[i]) for i in others],
    ]
    sizes = _shrunk(widest, stages, width)
    if sizes is None:
        return None
    indent = Text(" " * TITLE_INDENT)
    joined: list[list[list[Text]]] = [
        [
            broken_lines(row[0], sizes[0])
            + [indent + line for line in broken_lines(row[1], sizes[0] - TITLE_INDENT)],
            *(broken_lines(cell, size) for cell, size in zip(row[2:], sizes[1:], strict=True)),
        ]
        for row in rows
    ]
    return _table([header, *headers[2:]], joined, sizes)


TITLE_INDENT = 2


def _measure(
    headers: Sequence[str | Text], rows: Sequence[Sequence[Text]], *, hyphens: bool
) -> tuple[list[int], list[int]]:
    """Each column's widest line and its longest word (at least its header's)."""
    columns = [
        (Text(header) if isinstance(header, str) else header, *(row[index] for row in rows))
        for index, header in enumerate(headers)
    ]
    widest = [
        max(max(map(cell_len, cell.plain.split("\n"))) for cell in column) for column in columns
    ]
    narrowest = [
        max(longest_word(cell.plain, hyphens=hyphens) for cell in column) for column in columns
    ]
    return widest, narrowest


def _shrunk(widest: list[int], stages: list[list[tuple[int, int]]], width: int) -> list[int] | None:
    """Column sizes within ``width``: each stage in turn narrows its columns,
    widest first, down to their floors; None when the last stage leaves too much."""
    room = width - GAP * (len(widest) - 1)
    sizes = list(widest)
    for stage in stages:
        while sum(sizes) > room:
            shrinkable = [i for i, floor in stage if sizes[i] > floor]
            if not shrinkable:
                break
            sizes[max(shrinkable, key=lambda i: sizes[i])] -= 1
    return sizes if sum(sizes) <= room else None


HEADER = "bold underline"


def _table(
    headers: Sequence[str | Text], rows: Sequence[Sequence[Text | list[Text]]], sizes: list[int]
) -> Lines:
    """The table as lines: every cell broken to its column (at spaces, never inside
    a figure), then padded; what a rich table with these widths draws, without
    measuring each cell again (a list of thousands of roles). A cell given as a
    list of lines is taken as broken already."""
    heads = [Text(header) if isinstance(header, str) else header.copy() for header in headers]
    for head in heads:
        head.stylize(HEADER)

    def lines(cell: Text | list[Text], size: int) -> list[Text]:
        return cell if isinstance(cell, list) else broken_lines(cell, size, hyphens=False)

    return Lines(
        [lines(head, size) for head, size in zip(heads, sizes, strict=True)],
        [[lines(cell, size) for cell, size in zip(row, sizes, strict=True)] for row in rows],
        sizes,
    )


class Lines:
    """Rows of cells, each cell already in lines no wider than its column."""

    def __init__(
        self, headers: list[list[Text]], rows: list[list[list[Text]]], sizes: list[int]
    ) -> None:
        self.headers = headers
        self.rows = rows
        self.sizes = sizes

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        new_line = Segment.line()
        for row in [self.headers, *self.rows]:
            for index in range(max(len(lines) for lines in row)):
                parts = [lines[index] if index < len(lines) else None for lines in row]
                filled = [column for column, part in enumerate(parts) if part and part.plain]
                last = filled[-1] if filled else -1
                for column in range(last + 1):
                    part = parts[column]
                    used = 0
                    if part is not None:
                        yield from part.render(console)
                        used = part.cell_len
                    if column < last:
                        yield Segment(" " * (self.sizes[column] - used + GAP))
                yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = sum(self.sizes) + GAP * (len(self.sizes) - 1)
        return Measurement(width, width)


def _two_line_width(text: str) -> int:
    """The narrowest width that holds ``text`` in two lines (at spaces or after hyphens)."""
    whole = cell_len(text)
    best = whole
    for word in WORD.finditer(text):
        left, right = text[: word.end()].rstrip(), text[word.end() :].lstrip()
        if right:
            best = min(best, max(cell_len(left), cell_len(right)))
    return best


# A figure is one word, spaces and all: a range ("2 – 4 năm", "140 – 196 triệu")
# or a rating ("4,0 ★ / 5") never breaks inside.
FIGURE = r"\S*\d(?: [–—] | ★ / )\d\S*"
WORD = re.compile(rf"{FIGURE}|[^\s-]+-*|-+")  # a word, with the hyphens it may break after
WHOLE_WORD = re.compile(rf"{FIGURE}|\S+")


def longest_word(text: str, *, hyphens: bool = False) -> int:
    words = (WORD if hyphens else WHOLE_WORD).findall(text)
    return max((cell_len(word) for word in words), default=0)


def wrapped(console: Console, text: Text, width: int) -> list[Text]:
    """``text`` in lines ``width`` wide, never broken inside a figure (a word
    wider than the whole width is folded wherever it stands)."""
    return list(broken(text, width, hyphens=False).wrap(console, width, overflow="fold"))


def broken(cell: Text, width: int, *, hyphens: bool = True) -> Text:
    """``cell`` in lines at most ``width`` wide, broken at spaces (never inside a
    figure) and, with ``hyphens``, after hyphens; an id that takes two lines is
    broken where they come out most even. A word wider than ``width`` stays whole."""
    plain = cell.plain
    if "\n" not in plain and cell_len(plain) <= width:
        return cell
    return Text("\n").join(broken_lines(cell, width, hyphens=hyphens))


def broken_lines(cell: Text, width: int, *, hyphens: bool = True) -> list[Text]:
    """What :func:`broken` makes of ``cell``, line by line."""
    plain = cell.plain
    given = plain.split("\n")
    if len(given) == 1 and cell_len(plain) <= width:
        return [cell]
    pattern = WORD if hyphens else WHOLE_WORD
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in given:
        if cell_len(line) <= width:
            spans.append((offset, offset + len(line)))
        else:
            spans.extend((offset + a, offset + b) for a, b in _spans(line, width, pattern))
        offset += len(line) + 1
    cuts = sorted({bound for span in spans for bound in span})
    pieces = cell.divide(cuts)  # pieces[i] runs from starts[i] to the next cut
    starts = {start: index for index, start in enumerate([0, *cuts])}
    return [pieces[starts[a]] if a != b else Text() for a, b in spans]


def _spans(line: str, width: int, pattern: re.Pattern[str] = WORD) -> list[tuple[int, int]]:
    """Where ``line``'s lines start and end when broken to ``width``. A word wider
    than that (a long id) breaks after its hyphens; a line with a part still
    wider is left whole, for rich to fold where it must."""
    words: list[tuple[int, int]] = []
    for word in pattern.finditer(line):
        start, end = word.span()
        if pattern is not WORD and cell_len(word.group()) > width:
            words.extend((start + a, start + b) for a, b in _hyphen_parts(word.group()))
        else:
            words.append((start, end))
    if any(cell_len(line[start:end]) > width for start, end in words):
        return [(0, len(line))]
    spans: list[tuple[int, int]] = []
    start = end = 0  # the line being filled: line[start:end]
    for word_start, word_end in words:
        if end > start and cell_len(line[start:word_end]) > width:
            spans.append((start, end))
            start = word_start
        end = word_end
    spans.append((start, end))
    if len(spans) == 2 and " " not in line:  # an id: its two parts as even as they go
        splits = [
            ((spans[0][0], left_end), (right_start, end))
            for (_, left_end), (right_start, _) in itertools.pairwise(words)
        ]
        fitting = [pair for pair in splits if max(_width(line, pair)) <= width]
        spans = list(min(fitting, key=lambda pair: max(_width(line, pair)), default=spans))
    return spans


def _hyphen_parts(word: str) -> list[tuple[int, int]]:
    return [part.span() for part in WORD.finditer(word)]


def _width(line: str, spans: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    return tuple(cell_len(line[start:end]) for start, end in spans)
