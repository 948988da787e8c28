"""``careerpath compare``: roles side by side, one column each (one card each when narrow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render import cells
from careerpath.render.content import Content, Grid, Inline, inline, percent_bar
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.compare import Comparison

BAR = 10  # the width of an experience bracket's bar


def content(comparison: Comparison, lang: str) -> Content:
    rows: list[tuple[Inline, ...]] = [
        (
            inline((label("title", lang), "label")),
            *(inline(local(title, lang)) for title in comparison.titles),
        )
    ]
    for row in comparison.rows:
        values = []
        for index, value in enumerate(row.values):
            said = cells.compare_value(row, index, comparison, lang)
            if row.key.startswith("experience:") and value is not None:
                values.append(inline(*percent_bar(value, BAR), f" {said}"))
            else:
                values.append(inline(said))
        rows.append((inline((cells.row_label(row, lang), "label")), *values))
    headers: tuple[str | Inline, ...] = ("", *(inline((role, "id")) for role in comparison.roles))
    return [Grid(headers, tuple(rows), fixed_first=False, cards="columns")]


def document(comparison: Comparison) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "per": comparison.per,
        "roles": [
            {"id": role_id, "title": plain(title)}
            for role_id, title in zip(comparison.roles, comparison.titles, strict=True)
        ],
        "rows": [
            {"key": row.key, "values": plain(row.values), "differs": row.differs}
            for row in comparison.rows
        ],
    }


def records(comparison: Comparison) -> Any:
    """One row per compared role, in the same columns whatever the roles give; the
    experience brackets in one column, ``SPAN=PERCENT`` joined with ``;``."""
    from careerpath.render.csvout import COMPARE_COLUMNS, compare_cells, text_columns
    from careerpath.render.csvout import Rows as Records

    rows: list[dict[str, Any]] = [
        {"id": role_id, **text_columns("title", title), "experience_distribution": None}
        for role_id, title in zip(comparison.roles, comparison.titles, strict=True)
    ]
    brackets: list[list[str]] = [[] for _ in rows]
    for row in comparison.rows:
        for index, (record, value) in enumerate(zip(rows, row.values, strict=True)):
            if row.key.startswith("experience:"):
                if value is not None:
                    brackets[index].append(f"{row.key.partition(':')[2]}={value}")
            else:
                record.update(compare_cells(row.key, value))
    for record, found in zip(rows, brackets, strict=True):
        record["experience_distribution"] = ";".join(found) or None
    return Records(rows, COMPARE_COLUMNS)


VIEW: View[Comparison] = View(content, document, records)
