"""``careerpath paths``: the user data folder, the search path and the cache."""

from __future__ import annotations

from typing import Any

from careerpath.places import Places
from careerpath.render import units
from careerpath.render.content import Content, Rows, inline
from careerpath.render.labels import label
from careerpath.render.views import View


def content(found: Places, lang: str) -> Content:
    folders: list[tuple[str, str]] = []
    for number, folder in enumerate(found.search_path, start=1):
        if number > 1:
            folders.append(("\n", ""))
        folders += [
            (f"{number}. ", "quiet"),
            (str(folder.path), ""),
            (f" ({folder.origin})", "quiet"),
        ]
    folders.append(("\n" + label("places_search_note", lang), "quiet"))
    cache = found.cache
    held = label(
        "places_cache_holds",
        lang,
        files=units.count(cache.files, lang),
        size=units.file_size(cache.size, lang),
        sets=found.keep_search_paths,
    )
    rows = (
        (inline((label("places_data_dir", lang), "label")), inline(str(found.data_dir))),
        (inline((label("places_search_path", lang), "label")), inline(*folders)),
        (
            inline((label("places_cache", lang), "label")),
            inline(
                str(cache.folder), "\n" + held, ("\n" + label("places_cache_clear", lang), "quiet")
            ),
        ),
    )
    return [Rows(rows, gap=2, stack=True)]  # folders are long words: stack, never cut


def document(found: Places) -> dict[str, Any]:
    """Every folder careerpath reads or writes."""
    from careerpath.render.documents import OUTPUT_FORMAT

    return {
        "format": OUTPUT_FORMAT,
        "data_dir": str(found.data_dir),
        "search_path": [
            {"path": str(folder.path), "origin": folder.origin} for folder in found.search_path
        ],
        "cache": {
            "folder": str(found.cache.folder),
            "files": found.cache.files,
            "bytes": found.cache.size,
            "keeps_search_paths": found.keep_search_paths,
            "keeps_records": found.keep_records,
        },
    }


VIEW: View[Places] = View(content, document, None)
