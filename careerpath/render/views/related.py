"""``careerpath related ROLE``: the roles near one role, grouped by how they are near."""

from __future__ import annotations

from typing import Any

from careerpath.related import Relations
from careerpath.render import cells
from careerpath.render.content import Content, Line, Rows, Subtitle, Title, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View


def content(relations: Relations, lang: str) -> Content:
    blocks: Content = [
        Title(
            inline((local(relations.title, lang), "heading"), (f"  {relations.role}", "quiet_id"))
        )
    ]
    if not relations.groups:
        blocks.append(Line(inline((label("nothing_related", lang), "missing")), indent=1))
    for group in relations.groups:
        blocks.append(Subtitle(inline((cells.group_heading(group, lang), "strong"))))
        rows = []
        for member in group.members:
            text = [(member.role, "id")]
            if member.title:
                text.append((f" — {local(member.title, lang)}", ""))
            if not member.known:
                text.append((f" ({label('not_in_data', lang)})", "warning"))
            rows.append((inline((cells.relation(member, lang), "quiet")), inline(*text)))
        blocks.append(Rows(tuple(rows), indent=2, gap=2))
    if relations.missing_codes:
        hint = label("import_hint", lang, codes=", ".join(relations.missing_codes))
        blocks.append(Line(inline((hint, "quiet")), indent=1))
    return blocks


def document(relations: Relations) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, **plain(relations)}


def records(relations: Relations) -> Any:
    """One row per related role; ``group`` is ``ladder``, ``data`` or ``code``."""
    from careerpath.render.csvout import RELATED_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "group": group.kind,
                "key": group.key,
                "role": member.role,
                **text_columns("title", member.title),
                "relation": member.relation,
                "step": member.step,
                "known": "true" if member.known else "false",
            }
            for group in relations.groups
            for member in group.members
        ),
        RELATED_COLUMNS,
    )


VIEW: View[Relations] = View(content, document, records)
