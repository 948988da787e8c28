"""Where a role typically starts, read from its experience distribution.

The median bracket is where half of the people in a role have reached; the
brackets of the 25th and 75th percentiles give the spread. Derived, never
reported: views that show it say so (docs/pathways.md).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from careerpath.model import Distribution, Span


class Quartiles(NamedTuple):
    """The brackets holding the median, the 25th and the 75th percentile, in years."""

    median: Span
    low: Span
    high: Span


def years_of(months: Span) -> Span:
    """A bracket in months as whole years around it: 3–6 months → 0–1 years."""
    high = None if months.max is None else math.ceil(months.max / 12)
    return Span(months.min // 12, high)


def quartiles(distribution: Distribution) -> Quartiles | None:
    """The quartile brackets of a distribution, None when its shares sum to nothing."""
    brackets = distribution.brackets
    total = sum(bracket.percent for bracket in brackets)
    if total <= 0:
        return None
    found: list[Span] = []
    for share in (0.5, 0.25, 0.75):
        running = 0.0
        for bracket in brackets:
            running += bracket.percent
            if running >= share * total:
                months = bracket.months
                years = years_of(months) if months is not None else bracket.years
                assert years is not None  # a bracket has years or months
                found.append(years)
                break
    return Quartiles(*found)
