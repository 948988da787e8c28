"""Figures with their units, written the way each language writes them."""

from __future__ import annotations

import datetime as dt

from careerpath.model import RATING_SCALE, Period, Range, Rating, Span

_MILLION = 1_000_000
_PERIODS = {
    "en": {Period.YEAR: "year", Period.MONTH: "month"},
    "vi": {Period.YEAR: "năm", Period.MONTH: "tháng"},
}
_CURRENCY_SIGNS_VI = {"VND": "₫"}


def number(value: float, lang: str, *, decimals: int | None = None) -> str:
    """``1234567.5`` → ``1,234,567.5`` (en) or ``1.234.567,5`` (vi)."""
    text = f"{value:,.{decimals}f}" if decimals is not None else f"{value:,.10g}"
    if "e" in text:  # :g switched to exponent notation for a large number
        text = f"{value:,.0f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(range_: Range, currency: str, period: Period, lang: str) -> str:
    """``VND 140–196 million/year`` (en) or ``140 – 196 triệu ₫/năm`` (vi)."""
    low, high = range_.min, range_.max
    scale = ""
    if low % _MILLION == 0 and high % _MILLION == 0 and high >= _MILLION:
        low, high = low / _MILLION, high / _MILLION
        scale = " million" if lang == "en" else " triệu"
    per = _PERIODS[lang][period]
    if lang == "vi":
        figures = (
            number(low, lang) if low == high else f"{number(low, lang)} – {number(high, lang)}"
        )
        sign = _CURRENCY_SIGNS_VI.get(currency, currency)
        return f"{figures}{scale} {sign}/{per}"
    figures = number(low, lang) if low == high else f"{number(low, lang)}–{number(high, lang)}"
    return f"{currency} {figures}{scale}/{per}"


def years(span: Span, lang: str) -> str:
    """``2–4 years``, ``7+ years`` (en) or ``2 – 4 năm`` (vi)."""
    unit = "years" if lang == "en" else "năm"
    if span.max is None:
        return f"{span.min}+ {unit}"
    dash = "–" if lang == "en" else " – "
    if lang == "en" and span.max == 1:
        unit = "year"
    return f"{span.min}{dash}{span.max} {unit}"


def rating(value: Rating, lang: str) -> str:
    """``4.0 ★ / 5`` (en) or ``4,0 ★ / 5`` (vi)."""
    return f"{number(value.value, lang, decimals=1)} ★ / {RATING_SCALE}"


def date(value: dt.date, lang: str) -> str:
    """ISO ``2023-11-07`` (en) or ``07/11/2023`` as Vietnamese pages write it (vi)."""
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()


def percent(value: float, lang: str) -> str:
    return f"{number(value, lang)}%"
