"""``careerpath path FROM TO``: the best route up the ladders in full, then the others."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from careerpath.render import cells, units
from careerpath.render.content import Content, Line, Rows, Title, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.ladder import Route, Routes


def route(found: Route, lang: str) -> Content:
    """The steps from one role to another, the total years and the salary change."""
    via = label("via", lang, ladders=", ".join(found.ladders))
    blocks: Content = [
        Title(
            inline(
                (label("route", lang), "heading"),
                "  ",
                (found.start, "strong"),
                " → ",
                (found.end, "strong"),
                (f"  ({via})", "quiet"),
            )
        )
    ]
    hops = tuple(
        (
            inline((f"{index}.", "quiet")),
            inline(
                (local(hop.title, lang), "strong"),
                (f"\n{hop.ladder} {hop.step} · {units.years(hop.years, lang)}", "quiet"),
            ),
        )
        for index, hop in enumerate(found.hops, start=1)
    )
    blocks.append(Rows(hops, indent=1, ranked=True))
    for crossing in found.crossings:
        said = label("crossing", lang, **msgspec.structs.asdict(crossing))
        blocks.append(Line(inline(("↪ " + said, "warning")), indent=1))
    first, last = found.hops[0], found.hops[-1]
    if found.from_years is not None:
        note = label(
            "total_years_from_note", lang, years=found.from_years, end=local(last.title, lang)
        )
    else:
        note = label(
            "total_years_note",
            lang,
            role=local(first.title, lang),
            years=units.years(first.years, lang),
            end=local(last.title, lang),
        )
    total = inline(
        (f"{label('years_to_get_there', lang)}: ", "label"),
        cells.route_total(found, lang),
        (f"  ({note})", "quiet"),
    )
    blocks.append(Line(total, indent=1))
    change = found.salary_change
    pay = [(f"{label('salary_short', lang)}: ", "label")]
    if change is None:
        pay.append((cells.route_pay_missing(found, lang), "missing"))
    else:
        pay.append((cells.salary_change(change, lang), ""))
        pay.append(("\n" + cells.salary_change_detail(change, lang), "quiet"))
    blocks.append(Line(inline(*pay), indent=1))
    return blocks


def content(found: Routes, lang: str) -> Content:
    blocks = route(found.best, lang)
    others = found.routes[1:]
    if others:
        rows = tuple(
            (inline((f"{index}.", "quiet")), inline(cells.route_line(item, lang)))
            for index, item in enumerate(others, start=2)
        )
        blocks.extend(
            [
                Line(inline()),
                Title(inline((label("other_routes", lang), "heading"))),
                Rows(rows, indent=1, ranked=True),
            ]
        )
    return blocks


def document(found: Routes) -> dict[str, Any]:
    """The best route's fields, then ``routes``: every route, best first."""
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, **plain(found.best), "routes": plain(found.routes)}


def records(found: Routes) -> Any:
    """One row per step of every route (``route`` 1 is the best), each with its route's
    total years and pay change."""
    from careerpath.render.csvout import ROUTE_COLUMNS, route_totals, span_columns, text_columns
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "route": number,
                "index": index,
                "role": hop.role,
                **text_columns("title", hop.title),
                "ladder": hop.ladder,
                "step": hop.step,
                **span_columns("years", hop.years),
                **route_totals(each),
            }
            for number, each in enumerate(found.routes, start=1)
            for index, hop in enumerate(each.hops, start=1)
        ),
        ROUTE_COLUMNS,
    )


VIEW: View[Routes] = View(content, document, records)
