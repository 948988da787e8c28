"""``careerpath ladder`` with no argument: every ladder, one row each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careerpath.model import Ladder
from careerpath.render.content import Content, Grid, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View


def content(ladders: Sequence[Ladder], lang: str) -> Content:
    headers = (label("id", lang), label("title", lang), label("ladders_steps", lang))
    rows = tuple(
        (
            inline((ladder.id, "id")),
            inline(local(ladder.title, lang)),
            inline(" → ".join(step.role for step in ladder.steps)),
        )
        for ladder in ladders
    )
    return [Grid(headers, rows)]


def document(ladders: Sequence[Ladder]) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, without_format

    return {"format": OUTPUT_FORMAT, "ladders": [without_format(ladder) for ladder in ladders]}


def records(ladders: Sequence[Ladder]) -> Any:
    from careerpath.render.csvout import LADDER_LIST_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "id": ladder.id,
                **text_columns("title", ladder.title),
                "steps": len(ladder.steps),
                "roles": ";".join(step.role for step in ladder.steps),
            }
            for ladder in ladders
        ),
        LADDER_LIST_COLUMNS,
    )


VIEW: View[Sequence[Ladder]] = View(content, document, records)
