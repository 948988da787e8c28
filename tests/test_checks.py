"""The warnings of `validate` for data that parses but does not add up: each
rule, at its edge, with its exact field and words."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from careerpath.checks import ladder_warnings, role_warnings
from careerpath.model import Ladder, Role, decode_hook


def _role(**fields: Any) -> Role:
    data = {"format": 1, "id": "x", "title": {"en": "X"}, "summary": {"en": "x"}}
    return msgspec.convert({**data, **fields}, Role, dec_hook=decode_hook)


def _pay(**statement: Any) -> dict[str, Any]:
    return {"period": "year", "currency": "USD", **statement}


def _range(low: float, high: float) -> dict[str, float]:
    return {"min": low, "max": high}


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        # base + supplementary within the rounding of the least precise figure
        (
            [
                _pay(
                    total=_range(140e6, 196e6),
                    base=_range(130e6, 181e6),
                    supplementary=_range(11e6, 15e6),
                )
            ],
            [],
        ),
        (
            [_pay(total=_range(100, 200), base=_range(90, 180), supplementary=_range(5, 15))],
            [
                (
                    ("salary", 0, "total"),
                    "total (100–200) is not base + supplementary (95–195), "
                    "even allowing for rounding",
                )
            ],
        ),
        # off by exactly the precision of the figures: allowed; by one more: not
        ([_pay(total=_range(110, 200), base=_range(90, 180), supplementary=_range(10, 10))], []),
        ([_pay(total=_range(100, 210), base=_range(90, 180), supplementary=_range(10, 20))], []),
        (
            [_pay(total=_range(100, 211), base=_range(90, 180), supplementary=_range(10, 20))],
            [
                (
                    ("salary", 0, "total"),
                    "total (100–211) is not base + supplementary (100–200), "
                    "even allowing for rounding",
                )
            ],
        ),
        # percentiles: equal neighbours are in order; one below the last given is not
        ([_pay(percentiles={"p10": 10, "p25": 10, "median": 20})], []),
        (
            [_pay(percentiles={"p10": 10, "median": 9.5, "p90": 30})],
            [(("salary", 0, "percentiles", "median"), "median (9.5) is below p10 (10)")],
        ),
        # VND written in millions: a max of 0 is not that
        ([_pay(currency="VND", range=_range(0, 0))], []),
        (
            [_pay(currency="VND", range=_range(14, 17))],
            [
                (
                    ("salary", 0, "range"),
                    "14–17 VND looks like millions written as units: "
                    "amounts are whole VND, such as 14_000_000",
                )
            ],
        ),
        ([_pay(currency="VND", range=_range(1000, 1000))], []),
        (
            [_pay(range=_range(5, 4))],
            [(("salary", 0, "range"), "min (5) is greater than max (4)")],
        ),
    ],
)
def test_statement_warnings(statements: list[dict[str, Any]], expected: list[Any]) -> None:
    assert role_warnings(_role(salary=statements)) == expected


@pytest.mark.parametrize(
    ("monthly", "annual", "warned"),
    [
        (_range(10e6, 15e6), _range(120e6, 180e6), False),
        (_range(10e6, 15e6), _range(126e6, 186e6), False),  # within half of 12 × 1 million
        (_range(10e6, 15e6), _range(127e6, 180e6), True),  # the min is off
        (_range(10e6, 15e6), _range(120e6, 187e6), True),  # the max is off
        (_range(10.5e6, 15e6), _range(120e6, 180e6), True),  # 0.5 million: finer rounding
    ],
)
def test_monthly_figures_against_annual(
    monthly: dict[str, float], annual: dict[str, float], warned: bool
) -> None:
    statements = [
        _pay(currency="VND", total=annual),
        _pay(currency="VND", period="month", average=monthly),
        _pay(currency="USD", period="month", average=_range(1, 2)),  # no annual USD beside it
    ]
    found = role_warnings(_role(salary=statements))
    assert [field for field, _ in found] == ([("salary", 1, "average")] if warned else [])
    if warned:
        low, high = monthly["min"] * 12 / 1e6, monthly["max"] * 12 / 1e6
        assert found[0][1] == (
            f"the monthly average ×12 ({low:g}–{high:g} million a year) matches none of the "
            f"annual figures beside it ({annual['min'] / 1e6:g}–{annual['max'] / 1e6:g} "
            "million): they describe different spans"
        )


def test_role_field_warnings() -> None:
    role = _role(
        experience_years="4-2",
        ratings={"work_life": "3,5"},
        experience_distribution={
            "brackets": [{"years": "0-1", "percent": 60}, {"years": "5-3", "percent": 30}]
        },
    )
    assert role_warnings(role) == [
        (("experience_years",), "the span goes backwards (4-2): min is above max"),
        (("ratings", "work_life"), "written with a decimal comma (3,5); read as 3.5"),
        (("experience_distribution", "brackets"), "the percentages sum to 90%, not 100%"),
        (
            ("experience_distribution", "brackets", 1, "years"),
            "the span goes backwards (5-3): min is above max",
        ),
    ]


def test_ladder_warnings() -> None:
    ladder = msgspec.convert(
        {
            "format": 1,
            "id": "l",
            "title": {"en": "L"},
            "steps": [
                {"role": "agent-1", "title": {"en": "A"}, "years": "2-1"},
                {
                    "role": "agent",
                    "title": {"en": "B"},
                    "years": "0-2",
                    "salary": [
                        {"period": "year", "currency": "USD", "range": {"min": 3, "max": 2}}
                    ],
                },
            ],
        },
        Ladder,
        dec_hook=decode_hook,
    )
    known = ["agent-2", "agent-3", "agent-4", "agent-5", "agent"]  # the 3 closest; ties: last first
    assert ladder_warnings(ladder, known) == [
        (("steps", 0, "years"), "the span goes backwards (2-1): min is above max"),
        (
            ("steps", 0, "role"),
            "names role 'agent-1', which is not in the data; "
            "did you mean agent-5, agent-4, agent-3?",
        ),
        (
            ("steps", 1, "years"),
            "the ladder goes backwards: step 2 (0-2) starts before step 1 (2-1)",
        ),
        (("steps", 1, "salary", 0, "range"), "min (3) is greater than max (2)"),
    ]
