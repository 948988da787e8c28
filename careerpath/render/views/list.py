"""``careerpath list``: every role, one row each (one card each when narrow)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from careerpath.listing import RoleListing, years_of
from careerpath.render import cells, units
from careerpath.render.content import Content, Grid, Inline, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View
from careerpath.render.views.parts import not_given, pay_headline


class Listing(NamedTuple):
    """The roles to list, and whether to say where each was read from."""

    roles: Sequence[RoleListing]
    sources: bool = False


def content(listing: Listing, lang: str) -> Content:
    keys = ["id", "title", "ladders_short", "years_short", "salary_short"]
    if listing.sources:
        keys.append("source")
    rows = tuple(
        (
            inline((role.id, "id")),
            inline(local(role.title, lang)),
            inline(", ".join(role.ladders) or "—"),
            _years(role, lang),
            pay_headline(role.salary, lang, short=True),
            *([inline(cells.source_text(role))] if listing.sources else []),
        )
        for role in listing.roles
    )
    headers = tuple(label(key, lang) for key in keys)
    joined = label("role", lang)
    return [Grid(headers, rows, last_to_shrink=1, titled=True, joined=joined)]


def _years(role: RoleListing, lang: str) -> Inline:
    """Its own span, else each span its steps take on ladders: ``0–2, 0–3 years``."""
    spans = years_of(role)
    if not spans:
        return not_given(lang, short=True)
    written = [units.years(span, lang) for span in spans]
    figures = [text.rsplit(" ", 1)[0] for text in written[:-1]]
    return inline(", ".join([*figures, written[-1]]))


def document(listing: Listing) -> dict[str, Any]:
    """Every role; ``source`` and ``origin`` are always there, ``sources`` or not.

    The records go to the JSON encoder as they are, which is faster than
    turning thousands of them into dicts first.
    """
    from careerpath.render.documents import OUTPUT_FORMAT

    return {"format": OUTPUT_FORMAT, "roles": list(listing.roles)}


def records(listing: Listing) -> Any:
    """One row per role; ``source`` and ``origin`` columns are always there."""
    from careerpath import salary
    from careerpath.model import salary_headline_range
    from careerpath.render.csvout import LIST_COLUMNS, money_columns, span_columns, text_columns
    from careerpath.render.csvout import Rows as Records

    rows = []
    for role in listing.roles:
        statement = role.salary
        range_ = salary_headline_range(statement) if statement else None
        headline = salary.money(range_, statement) if statement and range_ else None
        rows.append(
            {
                "id": role.id,
                **text_columns("title", role.title),
                "ladders": ";".join(role.ladders),
                **span_columns("experience_years", role.experience_years),
                **money_columns("salary", headline),
                "full_profile": role.full_profile,
                "source": role.source,
                "origin": role.origin,
                "onet_code": role.codes.onet if role.codes else None,
                "soc_code": role.codes.soc if role.codes else None,
                "job_zone": role.job_zone,
                "ladder_years": ";".join(f"{s.ladder}:{s.years}" for s in role.ladder_years),
            }
        )
    return Records(rows, LIST_COLUMNS)


VIEW: View[Listing] = View(content, document, records)
