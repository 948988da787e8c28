"""``careerpath match``: the roles that fit a person best, each with its score and reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render import cells, units
from careerpath.render.content import Content, Line, Rows, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.match import Matches


def content(matches: Matches, lang: str) -> Content:
    criteria = ", ".join(label(f"criterion_{name}", lang) for name in matches.criteria)
    heading = label(
        "match_heading", lang, shown=len(matches.results), total=matches.total, criteria=criteria
    )
    rows = []
    for rank, found in enumerate(matches.results, start=1):
        text = [(found.role, "id"), (" — ", ""), (local(found.title, lang), "")]
        text.append((f"  {units.percent(found.score, lang, decimals=1)}", "score"))
        text.extend(
            ("\n" + cells.reason(item, matches.person, lang), "quiet") for item in found.reasons
        )
        if found.missing:
            names = ", ".join(label(f"criterion_{name}", lang) for name in found.missing)
            text.append(("\n" + label("match_missing", lang, criteria=names), "warning"))
        rows.append((inline((f"{rank}.", "quiet")), inline(*text)))
    blocks: Content = [Line(inline((heading, "quiet")))]
    if rows:
        blocks.append(Rows(tuple(rows), ranked=True))
    return blocks


def document(matches: Matches) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, **plain(matches)}


def records(matches: Matches) -> Any:
    """One row per role; a criterion's column is its score from 0 to 1, empty when not
    asked or when the role's data cannot judge it (then it is named in ``missing``)."""
    from careerpath.render.csvout import MATCH_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    rows = []
    for rank, found in enumerate(matches.results, start=1):
        scores = {item.criterion: item.score for item in found.reasons}
        rows.append(
            {
                "rank": rank,
                "role": found.role,
                **text_columns("title", found.title),
                "score": found.score,
                **{name: scores.get(name) for name in ("interests", "years", "pay", "education")},
                "missing": ";".join(found.missing),
            }
        )
    return Records(rows, MATCH_COLUMNS)


VIEW: View[Matches] = View(content, document, records)
