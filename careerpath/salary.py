"""Salary arithmetic: period conversion, differences, ratios and overlaps.

Conversion is explicit: a figure the source gives per month is only turned
into a figure per year (×12) when asked, and the result remembers that it was
converted, so figures of different periods are never silently mixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from careerpath.model import (
    PERCENTILES,
    SALARY_FIGURES,
    Period,
    Range,
    Role,
    SalaryStatement,
    Text,
    salary_headline_range,
)

# Hourly pay is never converted: hours worked are not part of the data.
MONTHS_PER = {Period.YEAR: 12, Period.MONTH: 1}


class Money(msgspec.Struct, frozen=True, kw_only=True):
    """A range with its currency and period, and whether it was converted."""

    currency: str | None
    period: Period | None
    min: float
    max: float
    converted_from: Period | None = None

    @property
    def range(self) -> Range:
        return Range(min=self.min, max=self.max)


class Figure(msgspec.Struct, frozen=True, kw_only=True):
    """One named figure of a salary statement (total, base, average ...)."""

    kind: str
    label: Text | None
    money: Money
    note: Text | None = None


def tidy(amount: float) -> float:
    """Amounts to two decimals; whole amounts as ints, so JSON shows ``72000000``."""
    rounded = round(amount, 2)
    return int(rounded) if float(rounded).is_integer() else rounded


def convert(range_: Range, source: Period, target: Period) -> Range:
    """``range_`` per ``source`` period, expressed per ``target`` period."""
    if source == target:
        return range_
    factor = MONTHS_PER[target] / MONTHS_PER[source]
    return Range(min=tidy(range_.min * factor), max=tidy(range_.max * factor))


def money(range_: Range, statement: SalaryStatement, per: Period | None = None) -> Money:
    """A statement's range as :class:`Money`, converted to ``per`` when that is asked."""
    target = per or statement.period
    if statement.period not in MONTHS_PER or target not in MONTHS_PER:  # none, or hourly
        return Money(
            currency=statement.currency,
            period=statement.period,
            min=range_.min,
            max=range_.max,
        )
    converted = convert(range_, statement.period, target)
    return Money(
        currency=statement.currency,
        period=target,
        min=converted.min,
        max=converted.max,
        converted_from=statement.period if target != statement.period else None,
    )


def statement_figures(statement: SalaryStatement) -> list[tuple[str, Range]]:
    """(kind, range) of every figure a statement gives: its ranges, then its
    percentiles and mean as ranges of one amount."""
    found: list[tuple[str, Range]] = []
    for kind in SALARY_FIGURES:
        range_: Range | None = getattr(statement, kind)
        if range_ is not None:
            found.append((kind, range_))
    points: list[tuple[str, float | None]] = []
    if statement.percentiles is not None:
        points.extend((kind, getattr(statement.percentiles, kind)) for kind in PERCENTILES)
    points.append(("mean", statement.mean))
    found.extend((kind, Range(min=value, max=value)) for kind, value in points if value is not None)
    return found


def figures(role: Role, per: Period | None = None) -> list[Figure]:
    """Every figure of every salary statement of ``role``, in the order given."""
    return [figure for statement in role.salary for figure in statement_money(statement, per)]


def statement_money(statement: SalaryStatement, per: Period | None = None) -> list[Figure]:
    """Every figure of one statement, converted to ``per`` where it converts."""
    return [
        Figure(
            kind=kind,
            label=statement.label,
            money=money(range_, statement, per),
            note=statement.note,
        )
        for kind, range_ in statement_figures(statement)
    ]


def headline(role: Role, per: Period | None = None) -> Money | None:
    """The role's headline range: of ``per``'s period (annual without it) where
    given, else any, converted to ``per``."""
    return headline_of(role.salary, per)


def headline_of(statements: Sequence[SalaryStatement], per: Period | None = None) -> Money | None:
    """:func:`headline` of a list of statements (a role's, or those its card keeps)."""
    ranged = [(s, r) for s in statements if (r := salary_headline_range(s)) is not None]
    wanted = per or Period.YEAR
    found = next((pair for pair in ranged if pair[0].period == wanted), None)
    found = found or next(iter(ranged), None)
    return None if found is None else money(found[1], found[0], per)


def unit_mismatch(first: Money, second: Money) -> str | None:
    """Why two amounts cannot be set against each other: ``currency`` or ``period``
    (pay per hour is never turned into pay per year, nor a period-less figure into
    either); None when they can."""
    if first.currency != second.currency:
        return "currency"
    return "period" if first.period != second.period else None


def midpoint(value: Money | Range) -> float:
    return (value.min + value.max) / 2


def typical(statement: SalaryStatement, per: Period | None = None) -> Money | None:
    """The pay a statement makes typical, as one amount (``min`` = ``max``): its
    median where it gives one, else the middle of its headline range; converted
    to ``per`` as :func:`money` does. None when it gives neither."""
    median = statement.percentiles.median if statement.percentiles else None
    if median is None:
        headline = salary_headline_range(statement)
        if headline is None:
            return None
        median = tidy(midpoint(headline))
    return money(Range(min=median, max=median), statement, per)


def difference(first: Range, second: Range) -> tuple[float, float]:
    """How ``second`` differs from ``first``: (min − min, max − max)."""
    return (tidy(second.min - first.min), tidy(second.max - first.max))


def overlap(first: Range, second: Range) -> Range | None:
    """The part both ranges cover, or None when they do not meet."""
    low, high = max(first.min, second.min), min(first.max, second.max)
    return Range(min=low, max=high) if low <= high else None


def ratio(first: Range, second: Range) -> float | None:
    """Midpoint of ``second`` over midpoint of ``first``; None when ``first`` is zero."""
    base = midpoint(first)
    return None if base == 0 else round(midpoint(second) / base, 4)


class PayLimit(msgspec.Struct, frozen=True):
    """An amount with its currency and period, as ``--min-pay 150m-vnd/year`` gives it."""

    amount: float
    currency: str
    period: Period


_PAY_RE = re.compile(
    r"^\s*(?P<number>\d+(?:\.\d+)?)\s*(?P<scale>[kmb]?)\s*-\s*(?P<currency>[a-z]{3})\s*"
    r"/\s*(?P<period>year|month|hour)\s*$",
    re.IGNORECASE,
)
_SCALES = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}


def pay_limit(option: str, text: str | None) -> PayLimit | None:
    """An option's pay limit (``--min-pay 150m-vnd/year``); a text that is none is a
    usage error naming the option."""
    if text is None:
        return None
    try:
        return parse_pay(text)
    except ValueError:
        from careerpath.errors import UsageError

        raise UsageError("bad_pay", option=option, value=text) from None


def parse_pay(text: str) -> PayLimit:
    """``150m-vnd/year`` → 150,000,000 VND a year; ``k``, ``m`` and ``b`` scale the number."""
    match = _PAY_RE.match(text)
    if match is None:
        raise ValueError(text)
    amount = float(match["number"]) * _SCALES[match["scale"].lower()]
    return PayLimit(tidy(amount), match["currency"].upper(), Period(match["period"].lower()))


def comparable(statement: SalaryStatement, limit: PayLimit) -> Money | None:
    """A statement's headline in ``limit``'s currency and period, or None when it is
    in another currency, or per hour against per year or month (never converted)."""
    range_ = salary_headline_range(statement)
    if range_ is None or statement.currency != limit.currency:
        return None
    value = money(range_, statement, limit.period)
    return value if value.period == limit.period else None
