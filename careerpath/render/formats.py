"""Which renderer draws each view in each output format.

Renderers are named, not imported, so that a command imports only the one it
uses: JSON output never loads rich. Their calling conventions are fixed:

- table:    ``f(console, *data, lang)``
- json:     ``f(*data)`` → a JSON-ready document
- csv:      ``f(*data)`` → a list of records (dicts)
- markdown: ``f(*data, lang)`` → text
"""

from __future__ import annotations

import enum
import importlib
from typing import Any, NamedTuple


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


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
    "show": Renderers("tables:print_role", "documents:role_document"),
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
    "path": Renderers(
        "tables:print_route", "documents:route_document", "csvout:route_records", "markdown:route"
    ),
}


def renderer(name: str) -> Any:
    """``"tables:print_role"`` → the function ``careerpath.render.tables.print_role``."""
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(f"careerpath.render.{module}"), function)


def offered(view: str) -> list[OutputFormat]:
    """The formats a view can be rendered in."""
    names = VIEWS[view]
    return [fmt for fmt in OutputFormat if getattr(names, fmt.value)]


def emit(view: str, output: OutputFormat, data: tuple[Any, ...], lang: str) -> bool:
    """Render ``data`` as ``view`` in ``output`` on stdout; False if not offered."""
    from careerpath.render.terminal import write

    name = getattr(VIEWS[view], output.value)
    if name is None:
        return False
    function = renderer(name)
    if output is OutputFormat.TABLE:
        from careerpath.render.terminal import table_console

        function(table_console(), *data, lang)
    elif output is OutputFormat.JSON:
        from careerpath.render.documents import to_json

        write(to_json(function(*data)))
    elif output is OutputFormat.CSV:
        from careerpath.render.csvout import to_csv

        write(to_csv(function(*data)))
    else:
        write(function(*data, lang))
    return True
