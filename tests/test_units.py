"""Figures with units, spans of years and text folding."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerpath.model import Period, Range, Rating, Span
from careerpath.normalize import fold
from careerpath.render import units


@pytest.mark.parametrize(
    ("low", "high", "currency", "period", "lang", "expected"),
    [
        (140e6, 196e6, "VND", Period.YEAR, "en", "VND 140–196 million/year"),
        (140e6, 196e6, "VND", Period.YEAR, "vi", "140 – 196 triệu ₫/năm"),
        (14e6, 17e6, "VND", Period.MONTH, "en", "VND 14–17 million/month"),
        (85_000, 120_000, "USD", Period.YEAR, "en", "USD 85,000–120,000/year"),
        (85_000, 120_000, "USD", Period.YEAR, "vi", "85.000 – 120.000 USD/năm"),
        (1_500_000, 1_500_000, "VND", Period.MONTH, "en", "VND 1.5 million/month"),
        (140e6 / 12, 196e6 / 12, "VND", Period.MONTH, "en", "VND 11.67–16.33 million/month"),
        (11e6 / 12, 15e6 / 12, "VND", Period.MONTH, "vi", "0,92 – 1,25 triệu ₫/tháng"),
    ],
)
def test_money(
    low: float, high: float, currency: str, period: Period, lang: str, expected: str
) -> None:
    assert units.money(Range(min=low, max=high), currency, period, lang) == expected


def test_years() -> None:
    assert units.years(Span(2, 4), "en") == "2–4 years"
    assert units.years(Span(0, 1), "en") == "0–1 year"
    assert units.years(Span(7, None), "en") == "7+ years"
    assert units.years(Span(10, 15), "vi") == "10 – 15 năm"


def test_rating_keeps_decimal_comma_in_vietnamese() -> None:
    assert units.rating(Rating.parse("3,7"), "vi") == "3,7 ★ / 5"
    assert units.rating(Rating.parse("3,7"), "en") == "3.7 ★ / 5"
    assert units.rating(Rating.parse(5.0), "en") == "5.0 ★ / 5"


@given(st.integers(0, 999), st.one_of(st.none(), st.integers(0, 999)))
def test_span_round_trips_through_text(low: int, high: int | None) -> None:
    span = Span(low, high)
    assert Span.parse(str(span)) == span


@pytest.mark.parametrize("text", ["2..4", "", "4-", "-4", "a-b", "2-4-6", "1000-2000"])
def test_span_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="span of years"):
        Span.parse(text)


@given(st.floats(0, 5, allow_nan=False).map(lambda x: round(x, 1)))
def test_rating_parses_both_decimal_marks(value: float) -> None:
    dot = Rating.parse(f"{value:.1f}")
    comma = Rating.parse(f"{value:.1f}".replace(".", ","))
    assert dot.value == comma.value == value
    assert comma.decimal_comma and not dot.decimal_comma


@given(st.text())
def test_fold_ignores_case_accents_and_normal_form(text: str) -> None:
    assert fold(text) == fold(unicodedata.normalize("NFD", text).upper().lower())
    assert fold(text) == fold(unicodedata.normalize("NFC", text))


def test_fold_vietnamese() -> None:
    assert fold("Trưởng nhóm Chăm sóc Khách hàng") == "truong nhom cham soc khach hang"
    assert fold("Giám đốc ĐIỀU HÀNH") == "giam doc dieu hanh"
    assert fold("team-lead") == "team lead"
