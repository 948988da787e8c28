"""Saving a table as SVG, HTML or text (``--export FILE``).

An export is a file that people share, so it must stand alone and say nothing
of the machine it was made on:

- it fetches nothing: no web font, no script (rich's own SVG template loads
  Fira Code from a CDN; ours names fonts the reader's system has);
- its fonts draw Vietnamese: rich's HTML template puts DejaVu Sans Mono first,
  which lacks glyphs such as ế, ề, ổ and ử, so browsers stack the tone marks
  wrongly; ``EXPORT_FONTS`` lists monospace fonts that hold them;
- its title is the command as typed, without folders (``--title`` replaces it),
  shortened to fit between the window buttons of the SVG's title bar;
- data text in it is text: rich escapes every character it writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# Monospace fonts with every Vietnamese letter, in the order a browser tries them:
# Noto Sans Mono (Linux, Android), Cascadia Mono (Windows 11), Liberation Mono
# (most Linux systems), Consolas (Windows), SF Mono (macOS), Courier New
# (everywhere). DejaVu Sans Mono, Menlo and Fira Code are left out on purpose.
EXPORT_FONTS = (
    '"Noto Sans Mono"',
    '"Cascadia Mono"',
    '"Liberation Mono"',
    "Consolas",
    '"SF Mono"',
    '"Courier New"',
    "monospace",
)
FONT_FAMILY = ", ".join(EXPORT_FONTS)
# The sans-serif of the SVG title bar, with the same care for Vietnamese.
TITLE_FONTS = '"Noto Sans", "Segoe UI", "Liberation Sans", Arial, sans-serif'

HTML_FORMAT = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}</title>
<style>
{{stylesheet}}
body {{{{
    color: {{foreground}};
    background-color: {{background}};
}}}}
pre {{{{
    font-family: {fonts};
}}}}
</style>
</head>
<body>
    <pre><code style="font-family:inherit">{{code}}</code></pre>
</body>
</html>
"""

# rich's SVG layout (its placeholders are filled by Console.export_svg) with the
# fonts above and no @font-face: nothing is fetched when the file is opened.
SVG_FORMAT = """<svg class="rich-terminal" viewBox="0 0 {{width}} {{height}}" \
xmlns="http://www.w3.org/2000/svg">
    <style>

    .{{unique_id}}-matrix {{{{
        font-family: {fonts};
        font-size: {{char_height}}px;
        line-height: {{line_height}}px;
        font-variant-east-asian: full-width;
    }}}}

    .{{unique_id}}-title {{{{
        font-size: 18px;
        font-weight: bold;
        font-family: {title_fonts};
    }}}}

    {{styles}}
    </style>

    <defs>
    <clipPath id="{{unique_id}}-clip-terminal">
      <rect x="0" y="0" width="{{terminal_width}}" height="{{terminal_height}}" />
    </clipPath>
    {{lines}}
    </defs>

    {{chrome}}
    <g transform="translate({{terminal_x}}, {{terminal_y}})" \
clip-path="url(#{{unique_id}}-clip-terminal)">
    {{backgrounds}}
    <g class="{{unique_id}}-matrix">
    {{matrix}}
    </g>
    </g>
</svg>
"""

# The SVG title bar holds about one title character for every terminal column,
# less the room its three window buttons take on the left (and as much on the
# right, since the title is centred).
TITLE_MARGIN = 14


def default_title(argv: Sequence[str]) -> str:
    """``careerpath show team-lead``: the command as typed, with ``--export``,
    ``--title`` and ``--data-dir`` left out and any path cut to its last part."""
    words = ["careerpath"]
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        name, equals, _ = arg.partition("=")
        if name in ("--export", "--title", "--data-dir"):
            skip = not equals
            continue
        words.append(re.split(r"[/\\]", arg.rstrip("/\\"))[-1] or arg)
    return " ".join(words)


def fit_title(title: str, width: int) -> str:
    """``title`` on one line, cut in the middle with … to fit a ``width``-column table."""
    title = " ".join(title.split())
    room = max(width - TITLE_MARGIN, 12)
    if len(title) <= room:
        return title
    keep = room - 1
    return title[: (keep + 1) // 2] + "…" + title[len(title) - keep // 2 :]


def render(console: Console, kind: str, title: str) -> str:
    """What ``console`` recorded, as an SVG, HTML or text document."""
    if kind == "svg":
        svg_format = SVG_FORMAT.format(fonts=FONT_FAMILY, title_fonts=TITLE_FONTS)
        return console.export_svg(title=fit_title(title, console.width), code_format=svg_format)
    if kind == "html":
        from html import escape

        html_format = HTML_FORMAT.format(fonts=FONT_FAMILY, title=escape(" ".join(title.split())))
        return console.export_html(inline_styles=True, code_format=html_format)
    return "\n".join(line.rstrip(" ") for line in console.export_text().split("\n"))


def save(console: Console, path: Path, kind: str, title: str, lang: str) -> None:
    """Write what the console recorded, atomically, and say so on stderr."""
    from careerpath.authoring import write_new
    from careerpath.messages import say
    from careerpath.render.terminal import message

    write_new(path, render(console, kind, title), force=True, make_folders=False)
    message(f"careerpath: {say('wrote', lang, path=path)}")
