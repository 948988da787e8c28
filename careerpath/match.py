"""Rank roles for a person: interests, years of experience, pay and education.

Each criterion the person gives scores a role from 0 to 1, from the role's own
data only (see docs/matching.md); a role's score is the mean over every
criterion given, as a percentage, a criterion its data cannot judge counting 0
("no data"), so that no role is shown as a full match on data it lacks.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import msgspec

from careerpath.experience import years_of
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

if TYPE_CHECKING:
    from careerpath.catalog import Rungs

INTEREST_WEIGHTS = (3, 2, 1)  # a code's letters as a profile: the first counts most
YEARS_FALLOFF = 5  # a start this many years away, past SOON, scores 0
SOON = 2  # a role that starts within this many years of the person's: ready soon
SOON_SCORE = 0.9  # ... scores this; ready now scores 1
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


def ladder_years(rungs: Iterable[Rungs]) -> dict[str, tuple[int, int | None]]:
    """Each role's span on the first written ladder (by id) it stands on: the years
    a role without its own is judged by. Derived pathways are left out: their
    spans are read from the same distributions as the roles'."""
    spans: dict[str, tuple[int, int | None]] = {}
    for ladder in sorted(rungs, key=lambda item: item.id):
        if ladder.subject is None:
            for role, span in zip(ladder.roles, ladder.years, strict=True):
                if span is not None:
                    spans.setdefault(role, span)
    return spans


def rank(
    profiles: Iterable[MatchProfile],
    person: Person,
    limit: int = 0,
    ladder_spans: Mapping[str, tuple[int, int | None]] | None = None,
) -> Matches:
    """Every role scored for ``person``: the most complete data first, then the best
    score; ``ladder_spans`` give the years of roles that give none themselves."""
    criteria = person.criteria()
    found: list[Match] = []
    spans = ladder_spans or {}
    for profile in profiles:
        if profile.experience_years is None and not profile.brackets and profile.role in spans:
            profile = msgspec.structs.replace(profile, experience_years=spans[profile.role])
        reasons: list[Reason] = []
        missing: list[str] = []
        for criterion in criteria:
            reason = _JUDGES[criterion](profile, person)
            if reason is None:
                missing.append(criterion)
            else:
                reasons.append(reason)
        score = 100 * sum(r.score for r in reasons) / len(criteria) if criteria else 0.0
        found.append(
            Match(
                role=profile.role,
                title=profile.title,
                score=round(score, 1),
                reasons=reasons,
                missing=missing,
            )
        )
    found.sort(key=lambda m: (len(m.missing), -m.score, _closeness(m, person), m.role))
    return Matches(
        criteria=criteria,
        person=person,
        results=found[:limit] if limit else found,
        total=len(found),
    )


def _closeness(found: Match, person: Person) -> int:
    """Among equal scores, the roles whose start is nearest the person's years first:
    with 2 years, a role that starts at 2 before one that starts at 0."""
    for reason in found.reasons:
        if reason.criterion == "years" and person.years is not None:
            return abs(Span.parse(str(reason.detail["span"])).min - person.years)
    return 0


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
    """Whether a person with N years is ready for the role now or soon, from where
    it typically starts: its span of years, else (derived) the median bracket of
    its experience distribution. Within the span: 1 (now); starting at most SOON
    years later: SOON_SCORE (soon); later still, SOON_SCORE less 0.2 a year; a role
    the person has outgrown (its span ends before N): 1 less 0.2 a year past it."""
    years = person.years
    assert years is not None
    derived = False
    if profile.experience_years is not None:
        start = Span(*profile.experience_years)
    elif profile.brackets and (median := _median_years(profile.brackets)) is not None:
        start, derived = median, True
    else:
        return None
    if years < start.min:
        wait = start.min - years
        when = "soon" if wait <= SOON else "later"
        value = SOON_SCORE if wait <= SOON else SOON_SCORE - (wait - SOON) / YEARS_FALLOFF
    elif start.max is not None and years > start.max:
        when, value = "past", 1 - (years - start.max) / YEARS_FALLOFF
    else:
        when, value = "now", 1.0
    detail: dict[str, object] = {"span": str(start), "derived": derived, "when": when}
    return Reason(criterion="years", score=round(max(0.0, value), 4), detail=detail)


def _median_years(brackets: list[tuple[bool, int, int | None, float]]) -> Span | None:
    """The bracket holding the median of a distribution, in whole years (as
    :func:`careerpath.experience.quartiles` reads it from the records)."""
    total = sum(bracket[3] for bracket in brackets)
    if total <= 0:
        return None
    running = 0.0
    for in_months, low, high, percent in brackets:
        running += percent
        if running >= total / 2:
            span = Span(low, high)
            return years_of(span) if in_months else span
    return None  # pragma: no cover - the running sum reaches the total


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
