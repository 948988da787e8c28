"""Rank roles for a person: interests, years of experience, pay and education.

Each criterion the person gives scores a role from 0 to 1, from the role's own
data only (see docs/matching.md); a role's score is the mean of the criteria
its data lets careerpath judge, as a percentage. Roles whose data lacks some
criterion rank after those that have them all, and say which they lack.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable

import msgspec

from careerpath.model import (
    INTEREST_AREAS,
    Bracket,
    Interests,
    Role,
    SalaryStatement,
    Span,
    Text,
    salary_headline_range,
)
from careerpath.salary import PayLimit, comparable

INTEREST_WEIGHTS = (3, 2, 1)  # a code's letters as a profile: the first counts most
YEARS_FALLOFF = 5  # a span this many years away scores 0
LETTERS = {area[0].upper(): area for area in INTEREST_AREAS}


class Education(enum.StrEnum):
    """Levels of education, in the order of O*NET's categories 1–12."""

    NONE = "none"
    HIGH_SCHOOL = "high-school"
    CERTIFICATE = "certificate"
    SOME_COLLEGE = "some-college"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    POST_BACCALAUREATE = "post-baccalaureate"
    MASTER = "master"
    POST_MASTER = "post-master"
    PROFESSIONAL = "professional"
    DOCTORATE = "doctorate"
    POST_DOCTORATE = "post-doctorate"

    @property
    def category(self) -> int:
        """O*NET's category number (1–12) of the level."""
        return list(Education).index(self) + 1


class Person(msgspec.Struct, frozen=True, kw_only=True):
    interests: str | None = None  # a RIASEC code, such as CES
    years: int | None = None
    min_pay: PayLimit | None = None
    education: Education | None = None

    def criteria(self) -> list[str]:
        given = (
            ("interests", self.interests),
            ("years", self.years),
            ("pay", self.min_pay),
            ("education", self.education),
        )
        return [name for name, value in given if value is not None]


class MatchProfile(msgspec.Struct, array_like=True, frozen=True):
    """What matching needs of a role; the index keeps these."""

    role: str
    title: Text
    interests: Interests | None
    experience_years: tuple[int, int | None] | None
    # (in months, min, max, percent) of each experience bracket: plain values for the index
    brackets: list[tuple[bool, int, int | None, float]]
    pay: list[SalaryStatement]
    education: list[float] | None  # percent at each O*NET level 1–12, when the role gives all 12


def match_profile(role: Role) -> MatchProfile:
    levels = role.education.levels if role.education else []
    return MatchProfile(
        role=role.id,
        title=role.title,
        interests=role.interests,
        experience_years=(role.experience_years.min, role.experience_years.max)
        if role.experience_years
        else None,
        brackets=[_plain(bracket) for bracket in role.experience_distribution.brackets]
        if role.experience_distribution
        else [],
        pay=[s for s in role.salary if salary_headline_range(s) is not None],
        education=[level.percent for level in levels] if len(levels) == len(Education) else None,
    )


def _plain(bracket: Bracket) -> tuple[bool, int, int | None, float]:
    span = bracket.years if bracket.years is not None else bracket.months
    assert span is not None  # a bracket has one or the other
    return (bracket.months is not None, span.min, span.max, bracket.percent)


class Reason(msgspec.Struct, frozen=True, kw_only=True):
    """How one criterion scored a role, with the figures it used."""

    criterion: str  # interests, years, pay or education
    score: float  # 0 to 1
    detail: dict[str, object]


class Match(msgspec.Struct, frozen=True, kw_only=True):
    role: str
    title: Text
    score: float  # 0 to 100, the mean of the reasons' scores
    reasons: list[Reason]
    missing: list[str]  # criteria the role's data cannot judge


class Matches(msgspec.Struct, frozen=True, kw_only=True):
    criteria: list[str]
    person: Person
    results: list[Match]
    total: int  # roles ranked, before --limit


def rank(profiles: Iterable[MatchProfile], person: Person, limit: int = 0) -> Matches:
    """Every role scored for ``person``: the most complete data first, then the best score."""
    criteria = person.criteria()
    found: list[Match] = []
    for profile in profiles:
        reasons: list[Reason] = []
        missing: list[str] = []
        for criterion in criteria:
            reason = _JUDGES[criterion](profile, person)
            if reason is None:
                missing.append(criterion)
            else:
                reasons.append(reason)
        score = 100 * sum(r.score for r in reasons) / len(reasons) if reasons else 0.0
        found.append(
            Match(
                role=profile.role,
                title=profile.title,
                score=round(score, 1),
                reasons=reasons,
                missing=missing,
            )
        )
    found.sort(key=lambda m: (len(m.missing), -m.score, m.role))
    return Matches(
        criteria=criteria,
        person=person,
        results=found[:limit] if limit else found,
        total=len(found),
    )


def _interests(profile: MatchProfile, person: Person) -> Reason | None:
    """How alike the role's interest profile and the person's code are in shape.

    The code becomes a profile (first letter 3, second 2, third 1, the others 0);
    the score is the cosine similarity of that with the role's six scores, each
    less 1 (the bottom of O*NET's 1–7 scale).
    """
    interests = profile.interests
    code = person.interests or ""
    if interests is None:
        return None
    scores = {letter: getattr(interests, area) for letter, area in LETTERS.items()}
    if any(value is None for value in scores.values()):
        return None
    wanted = dict(zip(code, INTEREST_WEIGHTS, strict=False))
    role = {letter: value - 1 for letter, value in scores.items()}
    dot = sum(weight * role[letter] for letter, weight in wanted.items())
    size = math.sqrt(sum(v * v for v in role.values())) * math.sqrt(
        sum(w * w for w in wanted.values())
    )
    role_code = interests.code or ""
    return Reason(
        criterion="interests",
        score=round(dot / size, 4) if size else 0.0,
        detail={
            "code": role_code or None,
            "shared": [letter for letter in code if letter in role_code],
            "scores": {letter: scores[letter] for letter in code},
        },
    )


def _years(profile: MatchProfile, person: Person) -> Reason | None:
    years = person.years
    assert years is not None
    if profile.experience_years is not None:
        low, high = profile.experience_years
        if low <= years and (high is None or years <= high):
            distance = 0
        else:
            distance = low - years if years < low else years - (high or low)
        value = max(0.0, 1 - distance / YEARS_FALLOFF)
        span = str(Span(low, high))
        return Reason(criterion="years", score=round(value, 4), detail={"span": span})
    if profile.brackets:
        # the share of people in the role who report no more experience than the person has
        # (the source's percents, summed; rounded there, they may add up to a little
        # over 100, which is said as 100)
        share = sum(b[3] for b in profile.brackets if _starts_by(b, years))
        total = sum(b[3] for b in profile.brackets) or 1
        return Reason(
            criterion="years",
            score=round(min(1.0, share / total), 4),
            detail={"share": round(min(share, 100.0), 2)},
        )
    return None


def _starts_by(bracket: tuple[bool, int, int | None, float], years: int) -> bool:
    """Whether a bracket asks no more experience than ``years``: it starts by then
    (a bracket in months is "over min months", so it starts just after min)."""
    in_months, low, high, _ = bracket
    if not in_months:
        return low <= years
    return low < years * 12 or high == 0


def _pay(profile: MatchProfile, person: Person) -> Reason | None:
    limit = person.min_pay
    assert limit is not None
    ordered = sorted(profile.pay, key=lambda s: s.period != limit.period)
    for statement in ordered:
        money = comparable(statement, limit)
        if money is None:
            continue
        if money.min >= limit.amount:
            value = 1.0
        elif money.max >= limit.amount:
            value = 0.5
        else:
            value = 0.0
        detail: dict[str, object] = {"min": money.min, "max": money.max}
        detail |= {"currency": money.currency, "period": money.period}
        return Reason(criterion="pay", score=value, detail=detail)
    return None


def _education(profile: MatchProfile, person: Person) -> Reason | None:
    if profile.education is None or person.education is None:
        return None
    within = sum(profile.education[: person.education.category])
    total = sum(profile.education) or 1
    share = min(1.0, within / total)
    detail: dict[str, object] = {"share": round(min(within, 100.0), 2)}  # as for experience
    return Reason(criterion="education", score=round(share, 4), detail=detail)


_JUDGES = {"interests": _interests, "years": _years, "pay": _pay, "education": _education}


def interest_code(text: str) -> str:
    """``ces`` → ``CES``: one to three distinct RIASEC letters; ValueError otherwise."""
    code = text.strip().upper()
    if not 1 <= len(code) <= 3 or any(letter not in LETTERS for letter in code):
        raise ValueError(text)
    if len(set(code)) != len(code):
        raise ValueError(text)
    return code
