"""``careerpath gap FROM TO``: everything that differs between two roles, as a plan.

Every figure is read from the two roles' data (for a role that rates no skill
itself, such as a bundled one, its imported O*NET occupation by code, and said
so); nothing is estimated. The README ("careerpath gap") describes each section
and docs/json-output.md its JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import msgspec

from careerpath.experience import Quartiles, quartiles
from careerpath.ladder import SalaryChange, pay_change
from careerpath.model import EducationLevel, Interests, JobZone, Role, Skill, Span, Technology, Text

IMPORTANCE_STEP = 0.5  # a skill "matters more" when its importance rises this much or more
TECHNOLOGIES_SHOWN = 20  # the target's technologies the source lacks, hot first


class Side(msgspec.Struct, frozen=True, kw_only=True):
    """One end of the gap: the role, and the occupation its ratings come from when
    not its own (a bundled role's O*NET occupation by code)."""

    role: str
    title: Text
    occupation: str | None = None
    occupation_title: Text | None = None


class SkillGap(msgspec.Struct, frozen=True, kw_only=True):
    """A skill both roles rate: its level (0–7) and importance (1–5) at each end."""

    element: str | None
    name: Text
    level: tuple[float | None, float | None]
    importance: tuple[float | None, float | None]

    @property
    def level_rise(self) -> float:
        start, end = self.level
        return (end or 0) - (start or 0)

    @property
    def importance_rise(self) -> float:
        start, end = self.importance
        return (end or 0) - (start or 0)


class Education(msgspec.Struct, frozen=True, kw_only=True):
    """A role's education: the level most workers report, and every level's share."""

    common: EducationLevel
    levels: list[EducationLevel]


class Experience(msgspec.Struct, frozen=True, kw_only=True):
    """A role's experience: the years it gives, or (derived) the quartile brackets of
    its experience distribution."""

    years: Span | None = None
    median: Span | None = None
    low: Span | None = None
    high: Span | None = None


class Gap(msgspec.Struct, frozen=True, kw_only=True):
    source: Side
    target: Side
    levels: list[SkillGap]  # skills whose level rises, largest rise first
    importance: list[SkillGap]  # skills whose importance rises by IMPORTANCE_STEP or more
    skills_compared: bool  # both ends rate skills
    technologies: list[Technology]  # the target's, that the source does not name
    technologies_more: int  # how many more than are listed
    technologies_compared: bool  # both ends name technologies
    education: tuple[Education | None, Education | None]
    experience: tuple[Experience | None, Experience | None]
    job_zone: tuple[JobZone | None, JobZone | None]
    interests: tuple[Interests | None, Interests | None]
    pay: SalaryChange | None
    pay_not_compared: str | None  # "currency" or "period"; None when compared or not given
    # Both roles map to this one occupation by code: its ratings are not used.
    same_occupation: str | None = None


def _side(role: Role, occupation: Role | None) -> Side:
    if occupation is None:
        return Side(role=role.id, title=role.title)
    return Side(
        role=role.id,
        title=role.title,
        occupation=occupation.id,
        occupation_title=occupation.title,
    )


def _key(skill: Skill) -> str:
    return skill.element or (skill.name.en or skill.name.vi or "").casefold()


def _skills(source: Sequence[Skill], target: Sequence[Skill]) -> list[SkillGap]:
    """Every skill of the target that the source rates too, in the target's order."""
    known = {_key(skill): skill for skill in source}
    found = []
    for skill in target:
        other = known.get(_key(skill))
        if other is None:
            continue
        found.append(
            SkillGap(
                element=skill.element,
                name=skill.name,
                level=(other.level, skill.level),
                importance=(other.importance, skill.importance),
            )
        )
    return found


def _education(role: Role) -> Education | None:
    levels = role.education.levels if role.education else []
    if not levels:
        return None
    return Education(common=max(levels, key=lambda level: level.percent), levels=list(levels))


def _experience(role: Role) -> Experience | None:
    if role.experience_years is not None:
        return Experience(years=role.experience_years)
    found: Quartiles | None = (
        quartiles(role.experience_distribution) if role.experience_distribution else None
    )
    if found is None:
        return None
    return Experience(median=found.median, low=found.low, high=found.high)


T = TypeVar("T")


def _own_or(role: Role, occupation: Role | None, read: Callable[[Role], T | None]) -> T | None:
    """What the role's own data gives, else its occupation's."""
    own = read(role)
    if own is not None or occupation is None:
        return own
    return read(occupation)


def gap(
    source: Role,
    target: Role,
    source_occupation: Role | None = None,
    target_occupation: Role | None = None,
) -> Gap:
    """What differs from ``source`` to ``target``. The occupations rate skills,
    technologies, education, experience, job zone and interests for a role whose
    own data does not give them."""
    target_occupation_id = target_occupation.id if target_occupation else None
    same = source_occupation is not None and source_occupation == target_occupation
    if same:  # one occupation for both: its figures would say they do not differ
        source_occupation = target_occupation = None
    rates_source = source_occupation or source
    rates_target = target_occupation or target
    skills = _skills(rates_source.skills, rates_target.skills)
    levels = sorted(
        (item for item in skills if item.level_rise > 0),
        key=lambda item: (-item.level_rise, -(item.importance[1] or 0), item.name.en or ""),
    )
    importance = sorted(
        (item for item in skills if item.importance_rise >= IMPORTANCE_STEP),
        key=lambda item: (-item.importance_rise, -(item.level[1] or 0), item.name.en or ""),
    )
    named = {tech.name.casefold() for tech in rates_source.technologies}
    new = [tech for tech in rates_target.technologies if tech.name.casefold() not in named]
    pay, not_compared = pay_change(source, target)
    return Gap(
        source=_side(source, source_occupation),
        target=_side(target, target_occupation),
        levels=levels,
        importance=importance,
        skills_compared=bool(rates_source.skills and rates_target.skills),
        technologies=new[:TECHNOLOGIES_SHOWN],
        technologies_more=max(0, len(new) - TECHNOLOGIES_SHOWN),
        technologies_compared=bool(rates_source.technologies and rates_target.technologies),
        education=(
            _own_or(source, source_occupation, _education),
            _own_or(target, target_occupation, _education),
        ),
        experience=(_experience(source), _experience(target)),
        job_zone=(
            _own_or(source, source_occupation, lambda role: role.job_zone),
            _own_or(target, target_occupation, lambda role: role.job_zone),
        ),
        interests=(
            _own_or(source, source_occupation, lambda role: role.interests),
            _own_or(target, target_occupation, lambda role: role.interests),
        ),
        pay=pay,
        pay_not_compared=not_compared,
        same_occupation=target_occupation_id if same else None,
    )
