"""Which renderer draws each view in each output format.

Renderers are named, not imported, so that a command imports only the one it
uses: JSON output never loads rich. Their calling conventions are fixed:

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
    "list": Renderers(
        "tables:print_role_list",
        "documents:list_document",
        "csvout:list_records",
        "markdown:role_list",
    ),
    "show": Renderers(
        "tables:print_role", "documents:role_document", None, "markdown:role_profile"
    ),
    "ladders": Renderers(
        "tables:print_ladder_list",
        "documents:ladder_list_document",
        "csvout:ladder_list_records",
        "markdown:ladder_list",
    ),
    "timelines": Renderers(
        "tables:print_timelines",
        "documents:timelines_document",
        "csvout:timeline_records",
        "markdown:timelines",
    ),
    "salary": Renderers(
        "tables:print_salaries",
        "documents:salary_document",
        "csvout:salary_records",
        "markdown:salaries",
    ),
    "compare": Renderers(
        "tables:print_comparison",
        "documents:comparison_document",
        "csvout:comparison_records",
        "markdown:comparison",
    ),
    "interview": Renderers(
        "tables:print_interview",
        "documents:interview_document",
        "csvout:interview_records",
        "markdown:interview",
    ),
    "search": Renderers(
        "tables:print_search",
        "documents:search_document",
        "csvout:search_records",
        "markdown:search_results",
    ),
    "validate": Renderers(
        "tables:print_report",
        "documents:report_document",
        "csvout:report_records",
        "markdown:report",
    ),
    "related": Renderers(
        "tables:print_related",
        "documents:related_document",
        "csvout:related_records",
        "markdown:related",
    ),
    "match": Renderers(
        "tables:print_matches",
        "documents:matches_document",
        "csvout:match_records",
        "markdown:matches",
    ),
    "paths": Renderers("tables:print_places", "documents:places_document"),
    "path": Renderers(
        "tables:print_routes", "documents:route_document", "csvout:route_records", "markdown:routes"
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
    return [fmt for fmt in OutputFormat if _name(view, fmt)]


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

    name = _name(view, output)
    if name is None:
        choices = ", ".join(offered(view))
        raise UsageError("format_not_offered", format=output.value, choices=choices)
    if export is not None and output is not OutputFormat.TABLE:
        raise UsageError("export_no_format")
    function = renderer(name)
    if output is OutputFormat.TABLE:
        from careerpath.render.terminal import table_console

        kind = export_kind(export) if export is not None else None
        if export is not None and not export.parent.is_dir():  # before anything is printed
            from careerpath.errors import CareerpathError

            raise CareerpathError("no_folder", path=export.parent)
        console = table_console(no_color=no_color, record=export is not None)
        function(console, *data, lang)
        if export is not None:
            from careerpath.render.export import save

            save(console, export, kind or "text", title, lang)
    elif output in (OutputFormat.JSON, OutputFormat.YAML):
        document = function(*data)
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

        records = function(*data)
        write(to_csv(records, getattr(records, "columns", None)))
    else:
        write(function(*data, lang))
