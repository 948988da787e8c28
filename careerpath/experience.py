"""Where a role typically starts, read from its experience distribution.

The median bracket is where half of the people in a role have reached; the
brackets of the 25th and 75th percentiles give the spread. Derived, never
reported: views that show it say so (docs/pathways.md).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from careerpath.model import Bracket, Distribution, Span


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


def months_between(bracket: Bracket) -> tuple[int, float]:
    """A bracket as months on one axis, from its start to where the next begins:
    whole years 2–4 are months 24 to 60, "8+" 96 on; O*NET's "over 12, up to 24
    months" is 12 to 24 (a person at exactly 24 months counts in the bracket
    below the cut, as O*NET puts them)."""
    if bracket.years is not None:
        span = bracket.years
        return 12 * span.min, math.inf if span.max is None else 12 * (span.max + 1)
    assert bracket.months is not None  # a bracket has years or months
    span = bracket.months
    return span.min, math.inf if span.max is None else span.max


class Aligned(NamedTuple):
    """Shares of several distributions summed onto the spans they all can tell apart."""

    keys: list[str]  # each span's bracket key: ``0-1``, ``2-7``, ``8+`` (or in months)
    shares: list[list[float] | None]  # per distribution (None: not given), per span


def aligned(distributions: list[Distribution | None]) -> Aligned | None:
    """The given distributions on the coarsest spans whose bounds are bounds of
    every one of them, each span's share the sum of the brackets inside it;
    None when they use one set of brackets already, or fewer than two are given.

    The bundled pages count whole years (0–1, 2–4, 5–7, 8+) and O*NET months
    (none, up to 1 month … over 10 years): they share the bounds at 2 and 8
    years, so both read as 0–1, 2–7 and 8+ years.
    """
    given = [d for d in distributions if d is not None]
    if len(given) < 2 or len({tuple(b.key for b in d.brackets) for d in given}) == 1:
        return None
    cuts = set.intersection(
        *({bound for b in d.brackets for bound in months_between(b)} for d in given)
    )
    edges = sorted(cut for cut in cuts if cut != math.inf)
    if not edges or edges[0] != 0:
        return None  # no common start: nothing to align on
    spans = [(low, high) for low, high in zip(edges, [*edges[1:], math.inf], strict=True)]
    shares: list[list[float] | None] = []
    for distribution in distributions:
        if distribution is None:
            shares.append(None)
            continue
        summed = [0.0] * len(spans)
        for bracket in distribution.brackets:
            low, _ = months_between(bracket)
            index = max(i for i, (start, _) in enumerate(spans) if start <= low)
            summed[index] = round(summed[index] + bracket.percent, 2)
        shares.append([int(share) if share.is_integer() else share for share in summed])
    return Aligned([_key(low, high) for low, high in spans], shares)


def _key(low: float, high: float) -> str:
    """A span of months as a bracket key: in whole years where it can be."""
    whole = low % 12 == 0 and (high == math.inf or high % 12 == 0)
    if whole:
        end = "+" if high == math.inf else f"-{int(high // 12) - 1}"
        return f"{int(low // 12)}{end}"
    end = "+" if high == math.inf else f"-{int(high)}"
    return f"{int(low)}{end} months"
