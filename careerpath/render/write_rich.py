"""Content for the terminal: each block drawn with rich, styles as colours.

Data text reaches rich only as ``Text`` objects, never parsed as markup.
"""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.text import Text

from careerpath.render.content import Block, Content, Grid, Inline, Line, Rows, Subtitle, Title
from careerpath.render.tables import (
    DIM,
    HEADING,
    _cards,
    _fitted_table,
    _Hanging,
    _indent,
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
}


def text(runs: Inline) -> Text:
    """Styled runs as one rich Text."""
    drawn = Text()
    for span in runs:
        drawn.append(span.text, style=COLOURS[span.style])
    return drawn


def _indented(renderable: RenderableType, levels: int) -> RenderableType:
    for _ in range(levels):
        renderable = _indent(renderable)
    return renderable


def draw(console: Console, content: Content) -> None:
    """Print every block of ``content`` on ``console``."""
    for block in content:
        _draw(console, block)


def _draw(console: Console, block: Block) -> None:
    if isinstance(block, Title):
        console.print(text(block.text))
    elif isinstance(block, Subtitle | Line):
        console.print(_indented(text(block.text), block.indent))
    elif isinstance(block, Rows):
        rows = [(text(marker), text(body)) for marker, body in block.rows]
        hanging = _Hanging(rows, gap=block.gap, stack=block.stack)
        console.print(_indented(hanging, block.indent))
    else:
        _grid(console, block)


def _grid(console: Console, grid: Grid) -> None:
    rows = [tuple(text(cell) for cell in row) for row in grid.rows]
    table = _fitted_table(list(grid.headers), rows, console.width)
    if table is not None:
        console.print(table)
        return
    _cards(console, [(key, list(zip(grid.headers[1:], rest, strict=True))) for key, *rest in rows])
