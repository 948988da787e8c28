"""Range arithmetic: conversion between periods, differences, ratios and overlaps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerpath.model import Period, Range
from careerpath.salary import convert, difference, overlap, ratio

amounts = st.integers(min_value=0, max_value=10**12)


@st.composite
def ranges(draw: st.DrawFn) -> Range:
    low, high = sorted((draw(amounts), draw(amounts)))
    return Range(min=low, max=high)


@given(ranges())
def test_year_month_round_trip(value: Range) -> None:
    monthly = convert(value, Period.YEAR, Period.MONTH)
    back = convert(monthly, Period.MONTH, Period.YEAR)
    assert back.min == pytest.approx(value.min, abs=0.12)
    assert back.max == pytest.approx(value.max, abs=0.12)
    assert monthly.min <= monthly.max


@given(ranges())
def test_month_to_year_is_twelve_times(value: Range) -> None:
    yearly = convert(value, Period.MONTH, Period.YEAR)
    assert (yearly.min, yearly.max) == (value.min * 12, value.max * 12)


@given(ranges(), ranges())
def test_overlap_is_symmetric_and_inside_both(first: Range, second: Range) -> None:
    both = overlap(first, second)
    assert both == overlap(second, first)
    if both is None:
        assert first.max < second.min or second.max < first.min
    else:
        for outer in (first, second):
            assert outer.min <= both.min <= both.max <= outer.max


@given(ranges(), ranges())
def test_difference_is_antisymmetric(first: Range, second: Range) -> None:
    low, high = difference(first, second)
    assert difference(second, first) == (-low, -high)


@given(ranges(), ranges())
def test_ratio_is_reciprocal(first: Range, second: Range) -> None:
    forward, backward = ratio(first, second), ratio(second, first)
    if forward and backward:
        # Each ratio is rounded to 4 decimals, so the product is off by at most that much.
        assert abs(forward * backward - 1) <= 5e-5 * (forward + backward) + 1e-8


def test_ratio_of_zero_range_is_none() -> None:
    assert ratio(Range(min=0, max=0), Range(min=1, max=2)) is None
