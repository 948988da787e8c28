"""``careerpath search QUERY``: ranked roles, each with its best match in context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from careerpath.render.content import Content, Line, Rows, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.search import Result


class Found(NamedTuple):
    """What a search found, with the query that found it."""

    query: str
    results: Sequence[Result]


def content(found: Found, lang: str) -> Content:
    if not found.results:
        return [Line(inline((label("no_results", lang, query=repr(found.query)), "missing")))]
    said = label("search_results", lang, n=len(found.results), query=repr(found.query))
    rows = []
    for rank, result in enumerate(found.results, start=1):
        best = result.hits[0]
        snippet = best.snippet
        text = [
            (result.role, "id"),
            (" — ", ""),
            (local(result.title, lang), ""),
            ("\n", ""),
            (label(f"field_{best.section}", lang) + ": ", "field"),
            (snippet[: best.start], ""),
            (snippet[best.start : best.end], "match"),
            (snippet[best.end :], ""),
        ]
        if len(result.hits) > 1:
            text.append((f"  ({label('more_matches', lang, n=len(result.hits) - 1)})", "quiet"))
        if result.level is not None:
            level = label(f"level_{result.level}", lang)
            text.append((f"\n{label('search_level', lang, level=level)}", "quiet"))
        words = len(found.query.split())
        if len(result.matched) < words:
            partial = label(
                "search_some_words",
                lang,
                n=len(result.matched),
                total=words,
                words=", ".join(result.matched),
            )
            text.append((f"\n{partial}", "quiet"))
        rows.append((inline((f"{rank}.", "quiet")), inline(*text)))
    return [Line(inline((said, "quiet"))), Rows(tuple(rows), ranked=True)]


def document(found: Found) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, "query": found.query, "results": plain(list(found.results))}


def records(found: Found) -> Any:
    """One row per matching text, ranked."""
    from careerpath.render.csvout import SEARCH_COLUMNS
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "rank": rank,
                "role": result.role,
                "score": result.score,
                "section": hit.section,
                "snippet": hit.snippet,
                "match_start": hit.start,
                "match_end": hit.end,
                "matched": " ".join(result.matched),
            }
            for rank, result in enumerate(found.results, start=1)
            for hit in result.hits
        ),
        SEARCH_COLUMNS,
    )


VIEW: View[Found] = View(content, document, records)
