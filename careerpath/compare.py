"""Roles side by side: one row per attribute, one value per role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from careerpath.ladder import positions
from careerpath.model import Ladder, Period, Rating, Role, Span, Text, salary_headline_range
from careerpath.profile import requirement_count
from careerpath.salary import Money, difference, money, overlap, ratio, unit_mismatch


class Row(msgspec.Struct, frozen=True, kw_only=True):
    """One attribute of every compared role; ``values`` follow the order of the roles."""

    key: str
    values: list[Any]

    @property
    def differs(self) -> bool:
        return len({msgspec.json.encode(value, enc_hook=_identity) for value in self.values}) > 1


class Comparison(msgspec.Struct, frozen=True, kw_only=True):
    roles: list[str]
    titles: list[Text]
    per: Period
    rows: list[Row]

    def only_differences(self) -> Comparison:
        """The same comparison keeping the rows whose values differ; the rows that
        set each salary against the first role's go with the salary row."""
        salary_differs = any(row.differs for row in self.rows if row.key == "salary")
        return msgspec.structs.replace(
            self,
            rows=[
                row
                for row in self.rows
                if row.differs or (row.key in AGAINST_FIRST and salary_differs)
            ],
        )


AGAINST_FIRST = ("salary_difference", "salary_ratio", "salary_overlap")


def _identity(value: Any) -> Any:
    if isinstance(value, Span):
        return str(value)
    if isinstance(value, Rating):
        return value.value
    raise NotImplementedError


def _count(groups: Sequence[Any]) -> int:
    return sum(len(group.items) for group in groups)


def comparison(roles: Sequence[Role], ladders: Sequence[Ladder], per: Period) -> Comparison:
    """Degree, years, ratings, pay (with difference and ratio to the first role),
    experience distribution, ladder positions and counts of each role.

    Pay is each role's annual headline where it gives one, converted to ``per``,
    so that per month keeps the ratios per year; an average the source gives per
    month is a row of its own, as given.
    """
    pay: list[Money | None] = [_annual_headline(role, per) for role in roles]
    first = pay[0]
    differences: list[tuple[float, float] | None] = []
    ratios: list[float | None] = []
    shared: list[Money | None] = []
    for index, value in enumerate(pay):
        same_kind = first is not None and value is not None and unit_mismatch(first, value) is None
        if index == 0 or not same_kind or first is None or value is None:
            differences.append(None)
            ratios.append(None)
            shared.append(None)
        else:
            differences.append(difference(first.range, value.range))
            ratios.append(ratio(first.range, value.range))
            both = overlap(first.range, value.range)
            shared.append(
                msgspec.structs.replace(value, min=both.min, max=both.max) if both else None
            )
    brackets: list[str] = []
    for role in roles:
        for bracket in (
            role.experience_distribution.brackets if role.experience_distribution else []
        ):
            if bracket.key not in brackets:
                brackets.append(bracket.key)
    rows = [
        Row(key="degree", values=[role.degree for role in roles]),
        Row(key="experience_years", values=[role.experience_years for role in roles]),
        Row(
            key="work_life",
            values=[role.ratings.work_life if role.ratings else None for role in roles],
        ),
        Row(
            key="career_opportunity",
            values=[role.ratings.career_opportunity if role.ratings else None for role in roles],
        ),
        Row(key="salary", values=pay),
        Row(key="salary_average", values=[_average(role) for role in roles]),
        Row(key="salary_difference", values=differences),
        Row(key="salary_ratio", values=ratios),
        Row(key="salary_overlap", values=shared),
        *(
            Row(key=f"experience:{key}", values=[_percent(role, key) for role in roles])
            for key in brackets
        ),
        Row(
            key="ladders",
            values=[
                [f"{p.ladder} {p.step}/{p.steps}" for p in positions(role.id, ladders)]
                for role in roles
            ],
        ),
        Row(key="duties", values=[_count(role.duties) for role in roles]),
        Row(key="requirements", values=[requirement_count(role) for role in roles]),
        Row(
            key="interview_questions",
            values=[len(role.interview.questions) if role.interview else 0 for role in roles],
        ),
    ]
    return Comparison(
        roles=[role.id for role in roles], titles=[role.title for role in roles], per=per, rows=rows
    )


def _annual_headline(role: Role, per: Period) -> Money | None:
    """The headline of the role's annual statement (else of any), converted to ``per``."""
    statement = role.headline_salary(Period.YEAR) or role.headline_salary()
    range_ = salary_headline_range(statement) if statement else None
    if statement is None or range_ is None:
        return None
    return money(range_, statement, per)


def _average(role: Role) -> Money | None:
    """The first average the role's source gives, in its own period."""
    for statement in role.salary:
        if statement.average is not None:
            return money(statement.average, statement)
    return None


def _percent(role: Role, key: str) -> float | None:
    if role.experience_distribution is None:
        return None
    for bracket in role.experience_distribution.brackets:
        if bracket.key == key:
            return bracket.percent
    return None
