"""``careerpath salary``: every salary figure of each role, then their ranges on one scale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from careerpath import salary
from careerpath.model import Period, Range
from careerpath.render import cells, units
from careerpath.render.content import (
    Band,
    Content,
    Inline,
    Line,
    Rows,
    Scale,
    Scaled,
    Subtitle,
    Title,
    inline,
)
from careerpath.render.labels import label, local
from careerpath.render.views import View
from careerpath.render.views.parts import not_given

if TYPE_CHECKING:
    from careerpath.model import Role
    from careerpath.salary import Figure


class Pay(NamedTuple):
    """The roles whose pay to show, converted to ``per`` when given."""

    roles: Sequence[Role]
    per: Period | None = None


def warnings(role: Role, lang: str, indent: int = 0) -> list[Line]:
    """⚠ lines for a role's figures that disagree (a monthly figure ×12 against the
    annual ones)."""
    return [
        Line(inline(("⚠ " + said, "warning")), indent)
        for said in cells.salary_disagreements(role, lang)
    ]


def content(pay: Pay, lang: str) -> Content:
    blocks: Content = []
    for index, role in enumerate(pay.roles):
        if index:
            blocks.append(Line(inline()))
        blocks.append(
            Title(inline((local(role.title, lang), "heading"), (f"  {role.id}", "quiet_id")))
        )
        if not salary.figures(role, pay.per):
            blocks.append(Line(not_given(lang), indent=1))
            continue
        blocks.extend(_statements(role, pay.per, lang))
        blocks.extend(warnings(role, lang, indent=1))
    if len(pay.roles) > 1:
        blocks.extend([Line(inline()), _scale(pay, lang)])
    return blocks


def _statements(role: Role, per: Period | None, lang: str) -> Content:
    """Each statement's figures. A labelled statement of several figures (a wage
    source's percentiles) is headed once by its label and period, instead of
    the label on every row; statements of another period than the one before
    stand apart."""
    blocks: Content = []
    rows: list[tuple[Inline, Inline]] = []
    period: Period | None = None
    was_headed = False
    for statement in role.salary:
        found = salary.statement_money(statement, per)
        if not found:
            continue
        shown = found[0].money.period
        title = statement.label if len(found) > 1 else None
        if (rows or blocks) and (title is not None or was_headed or shown != period):
            if rows:
                blocks.append(Rows(tuple(rows), indent=1, gap=2))
                rows = []
            blocks.append(Line(inline()))
        period, was_headed = shown, title is not None
        if title is not None:
            heading = local(title, lang)
            if shown is not None:
                heading += f" · {label('per_period', lang, period=units.period_name(shown, lang))}"
            blocks.append(Subtitle(inline((heading, "strong"))))
            named = [(label(figure.kind, lang), figure) for figure in found]
            blocks.append(Rows(tuple(_row(name, figure, lang) for name, figure in named), 2, 2))
            continue
        rows.extend(_row(cells.figure_name(figure, lang), figure, lang) for figure in found)
    if rows:
        blocks.append(Rows(tuple(rows), indent=1, gap=2))
    return blocks


def _row(name: str, figure: Figure, lang: str) -> tuple[Inline, Inline]:
    return inline((name, "label")), inline(cells.money(figure.money, lang))


def _scale(pay: Pay, lang: str) -> Scale:
    """Each role's headline range (and the full range, lightly) on a scale shared by
    the roles paid in the same currency and period."""
    groups: dict[tuple[str | None, Period | None], list[Scaled]] = {}
    ends: dict[tuple[str | None, Period | None], float] = {}
    for role in pay.roles:
        headline = salary.headline(role, pay.per)
        if headline is None:
            continue
        full = next(
            (
                figure.money
                for figure in salary.figures(role, pay.per)
                if figure.kind == "full"
                and figure.money.period == headline.period
                and figure.label is None
            ),
            None,
        )
        key = (headline.currency, headline.period)
        said = inline((role.id, "strong"), "  ", cells.money(headline, lang))
        if full is not None:
            wide = units.money(full.range, key[0], key[1], lang)
            said = (*said, *inline((f"  ░ {wide}", "quiet")))
        outer = (full.min, full.max) if full else None
        groups.setdefault(key, []).append(Scaled(said, (headline.min, headline.max), outer))
        ends[key] = max(ends.get(key, 0), headline.max, full.max if full else 0)
    said_warnings = []
    periods = {period for _, period in groups}
    if {Period.YEAR, Period.MONTH} <= periods:
        said_warnings.append(label("mixed_periods", lang))
    if len(periods) > 1 and periods - {Period.YEAR, Period.MONTH}:
        said_warnings.append(label("unconverted_periods", lang))
    if len({currency for currency, _ in groups}) > 1:
        said_warnings.append(label("mixed_currencies", lang))
    bands = tuple(
        Band(
            tuple(ranges),
            ends[key],
            units.money(Range(min=0, max=ends[key]), key[0], key[1], lang),
        )
        for key, ranges in groups.items()
    )
    return Scale(label("one_scale", lang), tuple(said_warnings), bands, label("scale_note", lang))


def document(pay: Pay) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "per": pay.per,
        "roles": [
            {
                "id": role.id,
                "title": plain(role.title),
                "headline": plain(salary.headline(role, pay.per)),
                "figures": plain(salary.figures(role, pay.per)),
            }
            for role in pay.roles
        ],
    }


def records(pay: Pay) -> Any:
    from careerpath.render.csvout import SALARY_COLUMNS, money_columns, text_columns
    from careerpath.render.csvout import Rows as Records

    def rows(role: Role) -> list[dict[str, Any]]:
        """One row per figure; a role without any keeps a row, its cells empty, as
        the table and JSON keep it ("not given")."""
        found = salary.figures(role, pay.per)
        if not found:
            return [{"role": role.id}]
        return [
            {
                "role": role.id,
                **text_columns("label", figure.label),
                "figure": figure.kind,
                **money_columns("amount", figure.money),
            }
            for figure in found
        ]

    return Records((row for role in pay.roles for row in rows(role)), SALARY_COLUMNS)


VIEW: View[Pay] = View(content, document, records)
