"""Bars drawn with text: each cell and each colour, as a colour terminal shows them."""

from __future__ import annotations

from rich.text import Text

from careerpath.model import Span
from careerpath.render.bars import (
    axis_end,
    percent_bar,
    range_bar,
    score_bar,
    span_bar,
    years_axis,
)


def _runs(text: Text) -> list[tuple[str, str]]:
    """(characters, style) of each run of equal style: what a colour terminal draws."""
    styles = [str(text.style)] * len(text.plain)
    for span in text.spans:
        for index in range(span.start, span.end):
            styles[index] = str(span.style)
    runs: list[tuple[str, str]] = []
    for char, style in zip(text.plain, styles, strict=True):
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + char, style)
        else:
            runs.append((char, style))
    return runs


def test_axis_end_leaves_room_for_open_spans() -> None:
    assert axis_end([]) == 1
    assert axis_end([Span(0, 1)]) == 1
    assert axis_end([Span(2, 4), Span(3, 5)]) == 5
    assert axis_end([Span(2, 4), Span(9, None)]) == 12  # an open span: 3 years more
    assert axis_end([Span(7, 20), Span(9, None)]) == 20


def test_span_bars() -> None:
    assert _runs(span_bar(Span(2, 4), 10, 11)) == [
        ("··", "dim"),
        ("███", "green"),
        ("······", "dim"),
    ]
    assert _runs(span_bar(Span(9, None), 12, 13, style="cyan")) == [
        ("·········", "dim"),
        ("███▶", "cyan"),
    ]
    assert _runs(span_bar(Span(0, 0), 10, 6)) == [("█", "green"), ("·····", "dim")]
    # clipped at the end; 2.5 columns rounds to 2 (half to even)
    assert _runs(span_bar(Span(5, 30), 10, 6)) == [("··", "dim"), ("████", "green")]


def test_years_axis_thins_its_ticks_to_fit() -> None:
    assert years_axis(12, 60, "years").plain == (
        "0    1    2    3    4    5    6   7    8    9    10   11  12 years"
    )
    assert years_axis(12, 20, "năm").plain == "0       5       10 năm"
    assert years_axis(40, 30, "years").plain == "0      10     20      30    40 years"
    assert years_axis(100, 40, "years").plain == "0       20      40     60      80    100 years"
    assert years_axis(12, 60, "years").style == "dim"


def test_range_bars() -> None:
    assert _runs(range_bar((3, 6), (1, 8), 10, 11)) == [
        ("·", "dim"),
        ("░░", "cyan"),
        ("████", "green"),
        ("░░", "cyan"),
        ("··", "dim"),
    ]
    assert _runs(range_bar((3, 6), None, 0, 5)) == [("·····", "dim")]  # no scale
    assert _runs(range_bar((3, 20), None, 10, 5)) == [("·", "dim"), ("████", "green")]
    assert _runs(range_bar((0, 0), None, 1, 3)) == [("█", "green"), ("··", "dim")]


def test_percent_and_score_bars() -> None:
    assert _runs(percent_bar(40)) == [("████", "green"), ("······", "dim")]
    assert _runs(percent_bar(5)) == [("█", "green"), ("·········", "dim")]  # halves round up
    assert _runs(percent_bar(4.9)) == [("··········", "dim")]
    assert _runs(percent_bar(100, width=4)) == [("████", "green")]
    assert _runs(percent_bar(130, width=4)) == [("████", "green")]
    assert _runs(score_bar(4, 1, 7)) == [("█████", "green"), ("·····", "dim")]
    assert _runs(score_bar(3, 3, 3)) == [("··········", "dim")]  # no scale: empty
    assert len(score_bar(7, 1, 7).plain) == 10
