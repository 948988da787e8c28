"""What a view shows people, as plain data: blocks of styled text.

A view builds its content once; two writers draw it, ``write_rich`` for the
terminal (and its SVG, HTML and text exports) and ``write_markdown`` for
documents. Nothing here imports rich or knows Markdown, so the same content
cannot drift between the two, and only the writers escape or style text.

Styles name what a text is, not how it looks: each writer decides.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

from careerpath.model import Span as Span_

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
        "emphasis",  # a name in the other language, the label of an answer
        "score",  # the figure a list is ranked by
        "alert",  # the word "warning:" in a finding
        "error",  # a finding that is an error
        "match",  # the words a search found, within their context
        "field",  # the name of the field a search found them in
        "marker",  # a mark explained in a key (◆)
        "fill",  # the filled part of a bar (a picture of a figure: not in documents)
        "track",  # the empty part of a bar
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
    """A line or paragraph of text; ``wrap=False`` keeps it one line however long
    (a finding that editors and CI read by line)."""

    text: Inline
    indent: int = 0
    wrap: bool = True


class Quote(NamedTuple):
    """Someone's words, after a label (the terminal: the label, then the words;
    Markdown: a block quote of the words)."""

    label: Inline
    text: Inline


class Rows(NamedTuple):
    """Items, each a marker and a text; the terminal hangs wrapped lines under the
    text, Markdown makes a list (``- marker text``)."""

    rows: tuple[tuple[Inline, Inline], ...]
    indent: int = 0
    gap: int = 1
    stack: bool = False  # too narrow for marker and text side by side: text under it
    ranked: bool = False  # markers are ranks: right-aligned in their column


class Indented(NamedTuple):
    """Blocks one level in (the terminal only: Markdown has no indent)."""

    body: Content


class Entries(NamedTuple):
    """Numbered entries, each a heading and what follows it (the terminal: hanging
    under its number, a blank line between entries; Markdown: ``### n. heading``)."""

    entries: tuple[tuple[Inline, Content], ...]


class Section(NamedTuple):
    """A named part of a longer view (the terminal: a heading and the body
    indented under it; Markdown: ``## heading``)."""

    heading: Inline
    body: Content


class Box(NamedTuple):
    """What a view is about, framed (the terminal: a box with the title in its
    top edge; Markdown: ``# title`` and the lines as paragraphs)."""

    title: Inline
    lines: tuple[Inline, ...]


class Grid(NamedTuple):
    """A table: one row per record, the first column its key. The terminal stacks
    it as cards when no column layout fits, never breaking a word (a ``joined``
    grid first tries the key over its title in one column, breaking after
    hyphens too); Markdown
    writes a table. ``lines``: each row as one line, which is how the terminal
    shows it (findings that editors and CI read line by line)."""

    headers: tuple[str | Inline, ...]  # an Inline for a header that is data (a role id)
    rows: tuple[tuple[Inline, ...], ...]
    fixed_first: bool = True  # the key column is never wrapped
    last_to_shrink: int | None = None  # the column that narrows only after the others
    titled: bool = False  # the second column is a title: a card shows it under the key
    joined: str | None = None  # a titled grid too wide: key and title as one column so headed
    cards: str = "rows"  # a card per row, or per column after the first ("columns")
    lines: tuple[Inline, ...] | None = None


class Shares(NamedTuple):
    """Parts of a whole, each a name, a percentage and how it is written (the
    terminal: bars; Markdown: a table headed ``header`` and ``%``)."""

    header: str
    rows: tuple[tuple[str, float, str], ...]


class Scores(NamedTuple):
    """Scores on a scale from ``low`` to ``high`` (the terminal: a bar ``width``
    wide before the text; Markdown: a table of name and text). A score of None
    has no bar."""

    headers: tuple[str, str]
    rows: tuple[tuple[str, float | None, Inline], ...]
    low: float
    high: float
    width: int
    caption: Inline | None = None  # the terminal's line above the bars (Markdown: the headers)


class Step(NamedTuple):
    """A step of a timeline."""

    number: int
    title: str
    role: str
    years: Span_ | None  # None: not given (no bar)
    years_text: str
    reached: str  # years from the first step's start
    reached_text: str  # the same, said in a sentence
    detail: str  # pay and note
    full_profile: bool
    here: bool
    here_text: str  # "you are here" when ``here``
    evidence: tuple[str, ...] = ()  # why a derived ladder puts the step here


class Timeline(NamedTuple):
    """A ladder's steps, each a span of years on one axis (the terminal: bars;
    Markdown: a table). ``headers`` name the Markdown columns after ``#``."""

    steps: tuple[Step, ...]
    unit: str  # the axis' unit
    headers: tuple[str, ...]
    marker_note: str  # what ◆ means
    bars_note: str  # what the bars show (the terminal only: a document has no bars)
    why: str = ""  # the header of the evidence column, when a step has evidence


class Scaled(NamedTuple):
    """A range drawn on a scale: ``inner`` solid, ``outer`` lightly."""

    label: Inline
    inner: tuple[float, float]
    outer: tuple[float, float] | None


class Band(NamedTuple):
    """Ranges in one currency and period on one scale from 0 to ``end``, which
    ``end_text`` writes."""

    ranges: tuple[Scaled, ...]
    end: float
    end_text: str


class Scale(NamedTuple):
    """Ranges drawn to scale, one band per currency and period (the terminal
    only: a document gives the figures themselves)."""

    heading: str
    warnings: tuple[str, ...]
    bands: tuple[Band, ...]
    note: str


Block = (
    Title
    | Indented
    | Subtitle
    | Line
    | Quote
    | Rows
    | Entries
    | Section
    | Box
    | Grid
    | Shares
    | Scores
    | Timeline
    | Scale
)
Content = list[Block]


def plain(text: Inline) -> str:
    """The text alone, without its styles."""
    return "".join(span.text for span in text)


BULLET = "•"


def bullets(items: Iterable[Inline], *, indent: int = 0) -> Rows:
    """Items marked with a bullet (Markdown: a list, the bullet its own)."""
    return Rows(tuple((inline((BULLET, "quiet")), item) for item in items), indent=indent)


FILL = "█"
TRACK = "·"


def filled(percent: float, width: int) -> int:
    """How many of ``width`` cells a share out of 100 fills."""
    return min(width, max(0, math.floor(percent / 100 * width + 0.5)))


def percent_bar(percent: float, width: int) -> Inline:
    """A small bar for a share out of 100."""
    full = filled(percent, width)
    return inline((FILL * full, "fill"), (TRACK * (width - full), "track"))
