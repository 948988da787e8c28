"""Output formats, and drawing a view in the one asked for.

Each view is one module of ``render/views`` (see its ``__init__``): its
content for people, drawn by ``write_rich`` (the table, and its SVG, HTML and
text exports) or ``write_markdown``; its JSON document, also written as YAML;
and its CSV records. Only the module of the view shown is imported, and JSON
output loads neither rich nor the content builders.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from careerpath.errors import UsageError


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    YAML = "yaml"


def offered(view: str) -> list[OutputFormat]:
    """The formats a view can be rendered in: all, but CSV for a view without records."""
    from careerpath.render import views

    has_csv = views.view(view).records is not None
    return [fmt for fmt in OutputFormat if fmt is not OutputFormat.CSV or has_csv]


EXPORTS = {".svg": "svg", ".html": "html", ".htm": "html", ".txt": "text", ".text": "text"}


def export_kind(path: Path) -> str:
    """``svg``, ``html`` or ``text`` from the file's extension; anything else is a usage error."""
    kind = EXPORTS.get(path.suffix.lower())
    if kind is None:
        raise UsageError("export_extension", path=path)
    return kind


def emit(
    view: str,
    output: OutputFormat,
    item: Any,
    lang: str,
    *,
    no_color: bool = False,
    export: Path | None = None,
    title: str = "careerpath",
    page: bool = False,
) -> None:
    """Render ``item`` as ``view`` in ``output`` on stdout; with ``export``, also
    save the table as SVG, HTML or text. A format the view lacks is a usage error."""
    from careerpath.render.terminal import write

    if output not in offered(view):
        choices = ", ".join(offered(view))
        raise UsageError("format_not_offered", format=output.value, choices=choices)
    if export is not None and output is not OutputFormat.TABLE:
        raise UsageError("export_no_format")
    from careerpath.render import views

    found = views.view(view)
    if output is OutputFormat.TABLE:
        from careerpath.render.terminal import table_console

        kind = export_kind(export) if export is not None else None
        if export is not None and not export.parent.is_dir():  # before anything is printed
            from careerpath.errors import CareerpathError

            raise CareerpathError("no_folder", path=export.parent)
        console = table_console(no_color=no_color, record=export is not None)
        from careerpath.render.pager import pager_command
        from careerpath.render.write_rich import draw

        command = pager_command() if page else None
        if command is None:
            draw(console, found.content(item, lang))
        else:
            from careerpath.render.pager import show

            with console.capture() as captured:
                draw(console, found.content(item, lang))
            show(captured.get(), command, console.height)
        if export is not None:
            from careerpath.render.export import save

            save(console, export, kind or "text", title, lang)
    elif output in (OutputFormat.JSON, OutputFormat.YAML):
        document = found.document(item)
        if output is OutputFormat.JSON:
            from careerpath.render.documents import to_json

            write(to_json(document))
        else:
            import yaml

            from careerpath.render.documents import plain

            text = yaml.safe_dump(plain(document), allow_unicode=True, sort_keys=False, width=100)
            write(text)
    elif output is OutputFormat.CSV and found.records is not None:
        from careerpath.render.csvout import to_csv

        records = found.records(item)
        write(to_csv(records, getattr(records, "columns", None)))
    else:
        from careerpath.render.write_markdown import write as write_markdown

        write(write_markdown(found.content(item, lang)))
