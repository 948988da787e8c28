"""Figures with their units, written the way each language writes them."""

from __future__ import annotations

import datetime as dt

from careerpath.model import RATING_SCALE, Period, Range, Rating, Span
from careerpath.render.labels import label

_MILLION = 1_000_000
_PERIODS = {
    "en": {Period.YEAR: "year", Period.MONTH: "month", Period.HOUR: "hour"},
    "vi": {Period.YEAR: "năm", Period.MONTH: "tháng", Period.HOUR: "giờ"},
}
_CURRENCY_SIGNS_VI = {"VND": "₫"}


def number(value: float, lang: str, *, decimals: int | None = None) -> str:
    """``1234567.5`` → ``1,234,567.5`` (en) or ``1.234.567,5`` (vi).

    Without ``decimals``, at most two decimals are shown and trailing zeros dropped.
    """
    if decimals is not None:
        text = f"{value:,.{decimals}f}"
    else:
        text = f"{round(value, 2):,.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(range_: Range, currency: str | None, period: Period | None, lang: str) -> str:
    """``VND 140–196 million/year`` (en) or ``140 – 196 triệu ₫/năm`` (vi).

    Figures of a million or more are written in millions (to two decimals). A
    missing currency or period is said, not guessed.
    """
    low, high = range_.min, range_.max
    scale = ""
    if high >= _MILLION and (low == 0 or low >= _MILLION / 100):
        low, high = low / _MILLION, high / _MILLION
        scale = " million" if lang == "en" else " triệu"
    per = f"/{_PERIODS[lang][period]}" if period is not None else ""
    if lang == "vi":
        dash = " – "
        sign = f" {_CURRENCY_SIGNS_VI.get(currency, currency)}" if currency else ""
        prefix, suffix = "", f"{scale}{sign}{per}"
    else:
        dash = "–"
        prefix, suffix = (f"{currency} " if currency else ""), f"{scale}{per}"
    # Cents, as pay is written: hourly pay, and amounts with a fraction of a unit.
    fraction = not (float(low).is_integer() and float(high).is_integer())
    decimals = 2 if not scale and (period is Period.HOUR or fraction) else None
    first = number(low, lang, decimals=decimals)
    figures = first if low == high else f"{first}{dash}{number(high, lang, decimals=decimals)}"
    text = f"{prefix}{figures}{suffix}"
    missing = [
        label(key, lang)
        for key, value in (("no_currency", currency), ("no_period", period))
        if value is None
    ]
    return f"{text} ({', '.join(missing)})" if missing else text


def years(span: Span, lang: str) -> str:
    """``2–4 years``, ``7+ years`` (en) or ``2 – 4 năm`` (vi)."""
    unit = "years" if lang == "en" else "năm"
    if span.max is None:
        return f"{span.min}+ {unit}"
    if lang == "en" and span.max == 1:
        unit = "year"
    if span.min == span.max:
        return f"{span.min} {unit}"
    dash = "–" if lang == "en" else " – "
    return f"{span.min}{dash}{span.max} {unit}"


def _duration(months: int, lang: str) -> str:
    """``1 month``, ``3 months``, ``2 years`` (whole years where the months make some)."""
    if months and months % 12 == 0:
        count, unit = months // 12, ("year" if lang == "en" else "năm")
    else:
        count, unit = months, ("month" if lang == "en" else "tháng")
    if lang == "en" and count != 1:
        unit += "s"
    return f"{count} {unit}"


def months(span: Span, lang: str) -> str:
    """A bracket counted in months, as O*NET words it: over min, up to and including max.

    ``0-0`` → ``none``; ``0-1`` → ``up to 1 month``; ``12-24`` → ``over 1 year, up
    to 2 years``; ``120+`` → ``over 10 years``.
    """
    words = {
        "en": ("none", "up to {high}", "over {low}, up to {high}", "over {low}"),
        "vi": ("không có", "tối đa {high}", "trên {low}, tối đa {high}", "trên {low}"),
    }[lang]
    low = _duration(span.min, lang)
    if span.max is None:
        return words[3].format(low=low)
    high = _duration(span.max, lang)
    if span.max == 0:
        return words[0]
    if span.min == 0:
        return words[1].format(high=high)
    return words[2].format(low=low, high=high)


def bracket(years_span: Span | None, months_span: Span | None, lang: str) -> str:
    """An experience bracket in whole years or in months, whichever it is given in."""
    if years_span is not None:
        return years(years_span, lang)
    assert months_span is not None  # a bracket has one or the other
    return months(months_span, lang)


def count(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator."""
    return number(value, lang, decimals=0)


def period_name(period: Period, lang: str) -> str:
    """``year`` / ``month`` (en), ``năm`` / ``tháng`` (vi)."""
    return _PERIODS[lang][period]


def rating(value: Rating, lang: str) -> str:
    """``4.0 ★ / 5`` (en) or ``4,0 ★ / 5`` (vi)."""
    return f"{number(value.value, lang, decimals=1)} ★ / {RATING_SCALE}"


def date(value: dt.date, lang: str) -> str:
    """ISO ``2023-11-07`` (en) or ``07/11/2023`` as Vietnamese pages write it (vi)."""
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()


def percent(value: float, lang: str, *, decimals: int | None = None) -> str:
    """``43.12%`` (en) or ``43,12%`` (vi); with ``decimals``, exactly that many
    (``93.0%`` beside ``93.1%``). A share short of 100 never shows as 100, nor one
    above 0 as 0: 99.99 with one decimal is ``99.9%``."""
    places = 2 if decimals is None else decimals
    step = 10.0**-places
    shown = round(value, places)
    if value < 100 and shown >= 100:
        shown = 100 - step
    elif value > 0 and shown <= 0:
        shown = step
    return f"{number(shown, lang, decimals=decimals)}%"


def signed_millions(value: float, currency: str | None, lang: str) -> str:
    """``+94 million VND`` / ``+94 triệu ₫``: a difference of amounts; under a
    million, the amount itself (``+40,000 USD``)."""
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    magnitude = abs(value)
    millions = magnitude >= _MILLION
    figure = number(magnitude / _MILLION if millions else magnitude, lang)
    if lang == "vi":
        words = [
            f"{sign}{figure}",
            "triệu" if millions else "",
            _CURRENCY_SIGNS_VI.get(currency or "", currency or ""),
        ]
    else:
        words = [f"{sign}{figure}", "million" if millions else "", currency or ""]
    return " ".join(word for word in words if word)


def times(value: float, lang: str) -> str:
    """``×1.86`` (en) or ``×1,86`` (vi)."""
    return f"×{number(value, lang, decimals=2)}"


def file_size(size: int, lang: str) -> str:
    """``1.2 MB``, ``640.0 KB``, ``12 B``: decimal units, as file managers show them."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{number(size / scale, lang, decimals=1)} {unit}"
    return f"{count(size, lang)} B"
