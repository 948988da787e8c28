"""Content as Markdown, and the escaping every Markdown writer here uses.

Text is data, never markup: every text is escaped by ``escape`` (or set as
code by ``code``) before Markdown syntax is put around it, so that once
rendered it reads exactly as written. Only the syntax this module adds is live.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerpath.render.content import (
    BULLET,
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
    Scores,
    Section,
    Shares,
    Subtitle,
    Timeline,
    Title,
    plain,
)

# Anywhere in a line: emphasis, code, links, HTML, tables, strikethrough, escapes.
_INLINE = re.compile(r"([\\`*_{}\[\]<>|~])|&(?=#?[0-9A-Za-z]+;)")
# What opens a block at the start of a line (after its indent; ">" is escaped as
# inline syntax): a heading, a list item, or a line of only - and = (a thematic
# break or a setext underline).
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|[-=](?=[-=\s]*$))")
# A heading's closing sequence, or a '#' that could become one.
_HASH = re.compile(r"(?<=\s)#")


def escape(text: str) -> str:
    """Any text as Markdown that renders as exactly that text.

    Each line loses its indent (which would make code) and has its first
    character escaped when it could open a block; inline syntax is escaped
    everywhere. Line breaks stay: callers choose how a break is drawn.
    """
    lines = []
    for line in text.split("\n"):
        line = _INLINE.sub(lambda m: "\\" + m.group(0), line.strip())
        line = _LINE_START.sub(_escape_opening, line)
        lines.append(_HASH.sub(r"\\#", line))
    return "\n".join(lines)


def escape_span(text: str) -> str:
    """Part of a line, spaces at its ends kept: inline syntax escaped, line breaks
    as spaces (a table cell is never the start of a block)."""
    return _INLINE.sub(lambda m: "\\" + m.group(0), " ".join(text.split("\n")))


def _escape_opening(match: re.Match[str]) -> str:
    """``# x`` → ``\\# x``, ``1. x`` → ``1\\. x``: the character that makes the block."""
    opening = match.group(0)
    if opening[0].isdigit():
        return opening[:-1] + "\\" + opening[-1]
    return "\\" + opening


def _line_start(text: str) -> str:
    """Text after a line break: escaped, and its first character escaped when it
    could open a block."""
    return _LINE_START.sub(_escape_opening, escape_span(text).lstrip())


def one_line(markdown: str) -> str:
    """Markdown for a heading, a table cell or a line of a list: one line."""
    return " ".join(markdown.split())


def code(text: str) -> str:
    """A code span that holds ``text`` whatever backticks it contains."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{' '.join(text.split())}{pad}{fence}"


def paragraphs(markdown: str) -> str:
    """Escaped text as paragraphs: a line break is a line break, an empty line
    starts a new paragraph."""
    return "\n".join(line + "\\" if line and more else line for line, more in _lines(markdown))


def quote(markdown: str) -> str:
    """Escaped text as a block quote, every line of it inside."""
    return "\n".join(
        (f"> {line}\\" if more else f"> {line}") if line else ">" for line, more in _lines(markdown)
    )


def item(markdown: str) -> str:
    """Escaped text as the body of a list item: later lines indented into it."""
    lines = [line + "\\" if line and more else line for line, more in _lines(markdown)]
    return "\n".join([lines[0], *(f"  {line}" if line else "" for line in lines[1:])])


def _lines(markdown: str) -> list[tuple[str, bool]]:
    """Each line, and whether a line of the same paragraph follows it (a hard break)."""
    lines = markdown.split("\n")
    return [
        (line, index + 1 < len(lines) and bool(lines[index + 1]))
        for index, line in enumerate(lines)
    ]


def _cell(markdown: str) -> str:
    """A table cell: its line breaks as <br>."""
    return "<br>".join(line for line in markdown.split("\n"))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table of cells that are Markdown already (escaped text, code, emphasis)."""
    lines = [
        "| " + " | ".join(_cell(header) for header in headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
    ]
    lines.extend("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def inline(runs: Inline, *, strong: bool = True, start: bool = False) -> str:
    """Styled runs as Markdown: ids as code, strong text, labels and search matches
    as strong (not in a heading, which is strong already: ``strong=False``), what
    is missing and emphasis as emphasis; other styles are the terminal's alone. A line break
    in a run stays one, the line after it escaped like the start of any line;
    with ``start``, the text opens a line itself (a paragraph, a list item)."""
    out: list[str] = []
    for span in runs:
        if not span.text:
            continue
        if span.style in ("fill", "track"):  # a bar: a picture of a figure the text gives
            continue
        if span.style in ("id", "quiet_id"):
            space = span.text[: len(span.text) - len(span.text.lstrip())]
            out.append(space + code(span.text))
            continue
        first, *later = span.text.split("\n")
        opening = _line_start(first) if start and not "".join(out).strip() else escape_span(first)
        body = "\n".join([opening, *(_line_start(line) for line in later)])
        marks = {"strong": "**", "label": "**", "match": "**", "missing": "*", "emphasis": "*"}
        mark = marks.get(span.style, "") if strong or marks.get(span.style) == "*" else ""
        core = body.strip()
        if not mark or not core:
            out.append(body)
            continue
        lead = body[: len(body) - len(body.lstrip())]
        trail = body[len(body.rstrip()) :]
        out.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(out)


def write(content: Content) -> str:
    """Every block of ``content`` as Markdown, a blank line between blocks."""
    return "\n".join(filter(None, (_block(block) for block in content)))


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"## {one_line(inline(block.text, strong=False))}\n"
    if isinstance(block, Subtitle):
        return f"### {one_line(inline(block.text, strong=False))}\n"
    if isinstance(block, Line):
        written = inline(block.text, start=True)
        return paragraphs(written) + "\n" if written.strip() else ""
    if isinstance(block, Indented):
        return write(block.body)
    if isinstance(block, Quote):
        return quote(inline(block.text, start=True)) + "\n"
    if isinstance(block, Rows):
        return _rows(block)
    if isinstance(block, Entries):
        parts = []
        for number, (heading, body) in enumerate(block.entries, start=1):
            parts.append(f"### {number}. {one_line(inline(heading, strong=False))}\n")
            parts.append(write(body))
        return "\n".join(part for part in parts if part)
    if isinstance(block, Section):
        named = f"## {one_line(inline(block.heading, strong=False))}\n"
        return "\n".join(filter(None, [named, write(block.body)]))
    if isinstance(block, Box):
        title = f"# {one_line(inline(block.title, strong=False))}\n"
        return "\n".join(
            [title, *(paragraphs(inline(line, start=True)) + "\n" for line in block.lines)]
        )
    if isinstance(block, Grid):
        return table(
            [escape(h) if isinstance(h, str) else inline(h) for h in block.headers],
            [[inline(cell) for cell in row] for row in block.rows],
        )
    if isinstance(block, Shares):
        return table(
            [escape(block.header), "%"],
            [[escape(name), escape(text)] for name, _, text in block.rows],
        )
    if isinstance(block, Scores):
        return table(
            [escape(header) for header in block.headers],
            [[escape(name), inline(text)] for name, _, text in block.rows],
        )
    if isinstance(block, Timeline):
        return _timeline(block)
    return ""  # a Scale: the terminal's picture of figures a document gives in full


def _rows(block: Rows) -> str:
    """A list: ``- marker text``, or numbered when the markers are ranks."""
    items = []
    for marker, body in block.rows:
        if marker and marker[-1].style == "label" and not marker[-1].text.endswith(":"):
            marker = (*marker[:-1], marker[-1]._replace(text=marker[-1].text + ":"))  # a pair
        head = inline(marker)
        if block.ranked:
            number = plain(marker).strip() or "-"
            lines = paragraphs(inline(body, start=True)).split("\n")
            pad = " " * (len(number) + 1)
            items.append(
                "\n".join(
                    [
                        f"{number} {lines[0]}",
                        *(pad + line if line.strip() else "" for line in lines[1:]),
                    ]
                )
            )
        else:
            if plain(marker) == BULLET:  # the list's own mark
                head = ""
            items.append(
                f"- {item(f'{head} {inline(body)}' if head else inline(body, start=True))}"
            )
    return "\n".join(items) + "\n"


def _timeline(timeline: Timeline) -> str:
    rows = []
    for step in timeline.steps:
        title = escape(step.title)
        if step.here:
            title = f"**{title}**"
        rows.append(
            [
                str(step.number),
                title + (" ◆" if step.full_profile else ""),
                code(step.role),
                escape(step.years_text),
                escape(step.reached),
                escape(step.detail),
                *(["\n".join(escape(reason) for reason in step.evidence)] if timeline.why else []),
            ]
        )
    headers = ["#", *(escape(header) for header in timeline.headers)]
    if timeline.why:
        headers.append(escape(timeline.why))
    return table(headers, rows) + "\n" + paragraphs(escape(timeline.marker_note)) + "\n"
