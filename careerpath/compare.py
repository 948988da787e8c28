"""Roles side by side: one row per attribute, one value per role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from careerpath.experience import aligned, quartiles
from careerpath.ladder import positions
from careerpath.model import (
    Ladder,
    Period,
    Range,
    Rating,
    Role,
    SalaryStatement,
    Span,
    Text,
    salary_headline_range,
)
from careerpath.profile import requirement_count
from careerpath.salary import Money, difference, money, overlap, ratio, unit_mismatch


class Row(msgspec.Struct, frozen=True, kw_only=True):
    """One attribute of every compared role; ``values`` follow the order of the roles."""

    key: str
    values: list[Any]
    # per value, whether careerpath derived it (a median bracket, summed shares)
    derived: list[bool] = []

    @property
    def differs(self) -> bool:
        return len({msgspec.json.encode(value, enc_hook=_identity) for value in self.values}) > 1


class Comparison(msgspec.Struct, frozen=True, kw_only=True):
    roles: list[str]
    titles: list[Text]
    per: Period
    rows: list[Row]
    # experience shares summed onto the year spans every role's brackets share
    experience_aligned: bool = False

    def salary_row(self) -> Row | None:
        """The salary row (None when ``--diff-only`` left it out)."""
        return next((row for row in self.rows if row.key == "salary"), None)

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
    """Degree, years, ratings, job zone, interests, pay (with median, difference and
    ratio to the first role, and employment), experience distribution, ladder
    positions and counts of each role.

    Years a role does not give are its distribution's median bracket, derived.
    Distributions in different brackets (whole years against O*NET's months)
    are summed onto the spans all of them share (:func:`experience.aligned`).

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
    distributions = [role.experience_distribution for role in roles]
    shares = aligned(distributions)
    if shares is None:
        brackets: list[str] = []
        for distribution in distributions:
            for bracket in distribution.brackets if distribution else []:
                if bracket.key not in brackets:
                    brackets.append(bracket.key)
        experience = [
            Row(key=f"experience:{key}", values=[_percent(role, key) for role in roles])
            for key in brackets
        ]
    else:
        experience = [
            Row(
                key=f"experience:{key}",
                values=[None if found is None else found[index] for found in shares.shares],
                derived=[found is not None for found in shares.shares],
            )
            for index, key in enumerate(shares.keys)
        ]
    typical = [_typical_years(role) for role in roles]
    rows = [
        Row(key="degree", values=[role.degree for role in roles]),
        Row(
            key="experience_years",
            values=[years for years, _ in typical],
            derived=[derived for _, derived in typical],
        ),
        Row(
            key="work_life",
            values=[role.ratings.work_life if role.ratings else None for role in roles],
        ),
        Row(
            key="career_opportunity",
            values=[role.ratings.career_opportunity if role.ratings else None for role in roles],
        ),
        Row(
            key="job_zone", values=[role.job_zone.zone if role.job_zone else None for role in roles]
        ),
        Row(
            key="interests",
            values=[role.interests.code if role.interests else None for role in roles],
        ),
        Row(key="salary", values=pay),
        Row(key="salary_median", values=[_median(role, per) for role in roles]),
        Row(key="salary_average", values=[_average(role) for role in roles]),
        Row(key="salary_difference", values=differences),
        Row(key="salary_ratio", values=ratios),
        Row(key="salary_overlap", values=shared),
        Row(key="employment", values=[_employment(role) for role in roles]),
        *experience,
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
        roles=[role.id for role in roles],
        titles=[role.title for role in roles],
        per=per,
        rows=rows,
        experience_aligned=shares is not None,
    )


def _typical_years(role: Role) -> tuple[Span | None, bool]:
    """The years the role gives; else, derived, the median bracket of its
    experience distribution (as ``show`` gives it): the span and whether derived."""
    if role.experience_years is not None:
        return role.experience_years, False
    found = quartiles(role.experience_distribution) if role.experience_distribution else None
    return (found.median, True) if found else (None, False)


def _headline_statement(role: Role) -> SalaryStatement | None:
    return role.headline_salary(Period.YEAR) or role.headline_salary()


def _median(role: Role, per: Period) -> Money | None:
    """The median of the headline statement, where its source gives one, in ``per``."""
    statement = _headline_statement(role)
    median = statement.percentiles.median if statement and statement.percentiles else None
    if statement is None or median is None:
        return None
    return money(Range(min=median, max=median), statement, per)


def _employment(role: Role) -> int | None:
    """How many hold the job, as the headline statement's source counts them."""
    statement = _headline_statement(role)
    return None if statement is None or statement.employment is None else int(statement.employment)


def _annual_headline(role: Role, per: Period) -> Money | None:
    """The headline of the role's annual statement (else of any), converted to ``per``."""
    statement = _headline_statement(role)
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
