"""What a view shows people, as plain data: blocks of styled text.

A view builds its content once; two writers draw it, ``write_rich`` for the
terminal (and its SVG, HTML and text exports) and ``write_markdown`` for
documents. Nothing here imports rich or knows Markdown, so the same content
cannot drift between the two, and only the writers escape or style text.

Styles name what a text is, not how it looks: each writer decides.
"""

from __future__ import annotations

from typing import NamedTuple

# What a piece of text is. The terminal draws them in colour; Markdown keeps
# what a document can say (strong, emphasis) and drops the rest.
STYLES = frozenset(
    {
        "",  # plain
        "strong",  # a name that matters
        "id",  # an identifier to type: a role or ladder id
        "quiet_id",  # an identifier given as a detail (beside a title)
        "quiet",  # a detail: a role id beside its title, a hint
        "missing",  # "not given", "nothing found"
        "warning",  # something in the data that does not add up
        "label",  # the name of a value beside it
        "heading",  # the title of a view
    }
)


class Span(NamedTuple):
    """A run of text and what it is."""

    text: str
    style: str = ""


Inline = tuple[Span, ...]


def inline(*parts: str | tuple[str, str]) -> Inline:
    """``inline("plain", ("an id", "strong"))``: a line of styled runs."""
    return tuple(Span(part) if isinstance(part, str) else Span(*part) for part in parts)


class Title(NamedTuple):
    """The title of a view (the terminal: a coloured line; Markdown: ``##``)."""

    text: Inline


class Subtitle(NamedTuple):
    """A group within a view (the terminal: a strong line, indented; Markdown: ``###``)."""

    text: Inline
    indent: int = 1


class Line(NamedTuple):
    """A line or paragraph of text."""

    text: Inline
    indent: int = 0


class Rows(NamedTuple):
    """Items, each a marker and a text; the terminal hangs wrapped lines under the
    text, Markdown makes a list (``- marker text``)."""

    rows: tuple[tuple[Inline, Inline], ...]
    indent: int = 0
    gap: int = 1
    stack: bool = False  # too narrow for marker and text side by side: text under it


class Grid(NamedTuple):
    """A table: one row per record, the first column its key. The terminal stacks
    it as cards when no column layout fits; Markdown writes a table."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]


Block = Title | Subtitle | Line | Rows | Grid
Content = list[Block]


def plain(text: Inline) -> str:
    """The text alone, without its styles."""
    return "".join(span.text for span in text)
