"""Which renderer draws each view in each output format.

A view moved to ``render/views`` is one module with its content for people
(drawn by ``write_rich`` and ``write_markdown``), its JSON document and its CSV
records. The others are still four functions in four files, named here, not
imported, so that a command imports only the one it uses: JSON output never
loads rich. Their calling conventions are fixed:

- table:    ``f(console, *data, lang)``
- json:     ``f(*data)`` → a JSON-ready document (YAML output is the same document)
- csv:      ``f(*data)`` → a list of records (dicts)
- markdown: ``f(*data, lang)`` → text
"""

from __future__ import annotations

import enum
import importlib
from pathlib import Path
from typing import Any, NamedTuple

from careerpath.errors import UsageError


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    YAML = "yaml"


class Renderers(NamedTuple):
    table: str
    json: str
    csv: str | None = None
    markdown: str | None = None


VIEWS: dict[str, Renderers] = {
    "show": Renderers(
        "tables:print_role", "documents:role_document", None, "markdown:role_profile"
    ),
}


def renderer(name: str) -> Any:
    """``"tables:print_role"`` → the function ``careerpath.render.tables.print_role``."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(f"careerpath.render.{module}"), function)


def _name(view: str, output: OutputFormat) -> str | None:
    names = VIEWS[view]
    return names.json if output is OutputFormat.YAML else getattr(names, output.value)


def offered(view: str) -> list[OutputFormat]:
    """The formats a view can be rendered in."""
    from careerpath.render import views

    if view in views.VIEWS:
        has_csv = views.view(view).records is not None
        return [fmt for fmt in OutputFormat if fmt is not OutputFormat.CSV or has_csv]
    return [fmt for fmt in OutputFormat if _name(view, fmt)]


class _Drawing(NamedTuple):
    """How one view is drawn in each format, whichever way it is written."""

    table: Any  # (console, lang) -> None
    document: Any  # () -> JSON-ready document
    records: Any  # () -> CSV records, or None
    markdown: Any  # (lang) -> text


def _drawing(view: str, data: tuple[Any, ...]) -> _Drawing:
    from careerpath.render import views

    if view in views.VIEWS:
        (item,) = data
        found = views.view(view)

        def table(console: Any, lang: str) -> None:
            from careerpath.render.write_rich import draw

            draw(console, found.content(item, lang))

        def markdown(lang: str) -> str:
            from careerpath.render.write_markdown import write as write_markdown

            return write_markdown(found.content(item, lang))

        records = found.records
        return _Drawing(
            table,
            lambda: found.document(item),
            (lambda: records(item)) if records is not None else None,
            markdown,
        )
    names = VIEWS[view]
    return _Drawing(
        lambda console, lang: renderer(names.table)(console, *data, lang),
        lambda: renderer(names.json)(*data),
        (lambda: renderer(names.csv)(*data)) if names.csv else None,
        (lambda lang: renderer(names.markdown)(*data, lang)) if names.markdown else None,
    )


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
    data: tuple[Any, ...],
    lang: str,
    *,
    no_color: bool = False,
    export: Path | None = None,
    title: str = "careerpath",
) -> None:
    """Render ``data`` as ``view`` in ``output`` on stdout; with ``export``, also
    save the table as SVG, HTML or text. A format the view lacks is a usage error."""
    from careerpath.render.terminal import write

    if output not in offered(view):
        choices = ", ".join(offered(view))
        raise UsageError("format_not_offered", format=output.value, choices=choices)
    if export is not None and output is not OutputFormat.TABLE:
        raise UsageError("export_no_format")
    drawing = _drawing(view, data)
    if output is OutputFormat.TABLE:
        from careerpath.render.terminal import table_console

        kind = export_kind(export) if export is not None else None
        if export is not None and not export.parent.is_dir():  # before anything is printed
            from careerpath.errors import CareerpathError

            raise CareerpathError("no_folder", path=export.parent)
        console = table_console(no_color=no_color, record=export is not None)
        drawing.table(console, lang)
        if export is not None:
            from careerpath.render.export import save

            save(console, export, kind or "text", title, lang)
    elif output in (OutputFormat.JSON, OutputFormat.YAML):
        document = drawing.document()
        if output is OutputFormat.JSON:
            from careerpath.render.documents import to_json

            write(to_json(document))
        else:
            import yaml

            from careerpath.render.documents import plain

            text = yaml.safe_dump(plain(document), allow_unicode=True, sort_keys=False, width=100)
            write(text)
    elif output is OutputFormat.CSV:
        from careerpath.render.csvout import to_csv

        records = drawing.records()
        write(to_csv(records, getattr(records, "columns", None)))
    else:
        write(drawing.markdown(lang))
