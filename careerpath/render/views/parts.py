"""Pieces of content more than one view shows."""

from __future__ import annotations

from careerpath.model import SalaryStatement, headline_basis, salary_headline_range
from careerpath.render import units
from careerpath.render.content import Inline, inline
from careerpath.render.labels import label


def not_given(lang: str, *, short: bool = False) -> Inline:
    """ "not given"; ``short``: the form for a table's narrow cells ("không rõ", not
    "không có thông tin", which wraps over four lines of a column)."""
    return inline((label("not_given_short" if short else "not_given", lang), "missing"))


def pay_headline(
    statement: SalaryStatement | None, lang: str, *, basis: bool = False, short: bool = False
) -> Inline:
    """The headline range; with ``basis``, what it is when not a range the source gives."""
    figure = salary_headline_range(statement) if statement else None
    if statement is None or figure is None:
        return not_given(lang, short=short)
    money = units.money(figure, statement.currency, statement.period, lang)
    kind = headline_basis(statement) if basis else None
    if kind is None:
        return inline(money)
    return inline(money, (f" ({label(f'basis_{kind}', lang)})", "quiet"))
