"""``careerpath compare``: roles side by side, one column each (one card each when narrow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render import cells
from careerpath.render.content import (
    Content,
    Grid,
    Inline,
    Line,
    Rows,
    Section,
    Subtitle,
    inline,
    percent_bar,
)
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.compare import Comparison, Row

BAR = 10  # the width of an experience bracket's bar


def content(comparison: Comparison, lang: str) -> Content:
    """The rows more than one role answers as a table; a row only one role answers
    once, under that role, after it; a row none answers not at all."""
    from careerpath.compare import AGAINST_FIRST

    rows: list[tuple[Inline, ...]] = [
        (
            inline((label("title", lang), "label")),
            *(inline(local(title, lang)) for title in comparison.titles),
        )
    ]
    only: dict[int, list[tuple[Inline, Inline]]] = {}
    salary = comparison.salary_row()
    paid = [value is not None for value in salary.values] if salary else []
    for row in comparison.rows:
        given = [index for index, value in enumerate(row.values) if value is not None]
        if not given and (row.key not in AGAINST_FIRST or not any(paid[1:])):
            continue  # no role answers it (JSON keeps the row, every value null)
        if len(row.values) > 1 and len(given) == 1 and row.key not in AGAINST_FIRST:
            (index,) = given
            name = inline((cells.row_label(row, lang), "label"))
            only.setdefault(index, []).append((name, _value(comparison, row, index, lang)))
            continue
        values = [_value(comparison, row, index, lang) for index in range(len(row.values))]
        rows.append((inline((cells.row_label(row, lang), "label")), *values))
    headers: tuple[str | Inline, ...] = ("", *(inline((role, "id")) for role in comparison.roles))
    blocks: Content = [Grid(headers, tuple(rows), fixed_first=False, cards="columns")]
    if comparison.experience_aligned:
        spans = ", ".join(
            cells.bracket_text(row.key, lang)
            for row in comparison.rows
            if row.key.startswith("experience:")
        )
        blocks.append(Line(inline((label("experience_summed", lang, spans=spans), "quiet"))))
    if only:
        body: Content = []
        for index in sorted(only):
            body.append(Subtitle(inline((comparison.roles[index], "id")), indent=0))
            body.append(Rows(tuple(only[index]), indent=1, gap=2))
        blocks.append(Section(inline(label("compare_only", lang)), body))
    return blocks


def _value(comparison: Comparison, row: Row, index: int, lang: str) -> Inline:
    """One role's cell: its value as words, a share with its bar, a derived figure
    marked so."""
    value = row.values[index]
    said = cells.compare_value(row, index, comparison, lang)
    if row.key.startswith("experience:") and value is not None:
        return inline(*percent_bar(value, BAR), f" {said}")
    if row.derived and row.derived[index]:
        return inline(said, (f" ({label('derived', lang)})", "quiet"))
    return inline(said)


def document(comparison: Comparison) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "per": comparison.per,
        "experience_aligned": comparison.experience_aligned,
        "roles": [
            {"id": role_id, "title": plain(title)}
            for role_id, title in zip(comparison.roles, comparison.titles, strict=True)
        ],
        "rows": [
            {
                "key": row.key,
                "values": plain(row.values),
                "differs": row.differs,
                "derived": row.derived or [False] * len(row.values),
            }
            for row in comparison.rows
        ],
    }


def records(comparison: Comparison) -> Any:
    """One row per compared role, in the same columns whatever the roles give; the
    experience brackets in one column, ``SPAN=PERCENT`` joined with ``;``."""
    from careerpath.render.csvout import COMPARE_COLUMNS, compare_cells, text_columns
    from careerpath.render.csvout import Rows as Records

    rows: list[dict[str, Any]] = [
        {
            "id": role_id,
            **text_columns("title", title),
            "experience_distribution": None,
            "experience_years_derived": False,
        }
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
    for row in comparison.rows:
        if row.key == "experience_years":
            for record, derived in zip(rows, row.derived or [False] * len(rows), strict=True):
                record["experience_years_derived"] = derived
    return Records(rows, COMPARE_COLUMNS)


VIEW: View[Comparison] = View(content, document, records)
