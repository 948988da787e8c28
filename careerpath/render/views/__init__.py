"""Every view of careerpath, one module each.

A view module holds all of one view: the typed data the domain builds, the
content for people (drawn by ``write_rich`` for the terminal and by
``write_markdown`` for documents), the JSON document and the CSV records. It
imports neither rich nor Markdown, so JSON output loads neither, and a view
cannot look one way in the terminal and another in a document.

``VIEWS`` names the view modules; a module is imported only when its view is
shown. Adding a view is adding a module here, its line in ``VIEWS``, and its
golden files.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from careerpath.render.content import Content

D = TypeVar("D")


class View(Generic[D]):
    """One view's three forms of the same data. (A plain class, and the content model
    imported for types only: a command drawing an older view pays nothing for this.)"""

    __slots__ = ("content", "document", "records")

    def __init__(
        self,
        content: Callable[[D, str], Content],
        document: Callable[[D], dict[str, Any]],
        records: Callable[[D], Any] | None,
    ) -> None:
        self.content = content  # for people, in a language
        self.document = document  # JSON (and YAML)
        self.records = records  # CSV rows (csvout.Rows), or None: no CSV form


# view name → module of careerpath.render.views
VIEWS = {
    "compare": "compare",
    "expectations": "expectations",
    "stepdiff": "stepdiff",
    "gap": "gap",
    "interview": "interview",
    "ladders": "ladders",
    "list": "list",
    "match": "match",
    "next": "onward",
    "path": "path",
    "paths": "paths",
    "related": "related",
    "salary": "salary",
    "search": "search",
    "show": "show",
    "timelines": "timelines",
    "validate": "validate",
}


def view(name: str) -> View[Any]:
    """The view called ``name``, its module imported now."""
    found: View[Any] = importlib.import_module(f"careerpath.render.views.{VIEWS[name]}").VIEW
    return found
