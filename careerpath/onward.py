"""``careerpath next ROLE``: where a person can go from a role, best first.

First the next step of every ladder shown for the role (written ladders, then
its derived pathway), then the related roles its data names that ask for more
preparation (a higher job zone) or pay more, closest tier first. For each: when
it typically starts and how far that is from the person's years, the pay
change, the job zone and education change, and the three skills whose level
rises most (``gap``). README ("careerpath next") says the same for readers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import msgspec

from careerpath.experience import quartiles
from careerpath.gap import SkillGap, gap
from careerpath.ladder import SalaryChange, pay_change
from careerpath.model import EducationLevel, JobZone, Ladder, Role, Span, Text
from careerpath.related import item_order
from careerpath.salary import midpoint

SKILL_GAPS = 3


class Via(msgspec.Struct, frozen=True, kw_only=True):
    """How a next step is reached: the next step of a ladder, or a related role."""

    kind: str  # "ladder" or "related"
    ladder: str | None = None
    derived: bool = False  # the ladder is a pathway careerpath derived
    tier: str | None = None  # a related role's tier (primary-short …)


class NextStep(msgspec.Struct, frozen=True, kw_only=True):
    role: str
    title: Text
    via: Via
    # The years of experience at which it typically starts: the ladder step's span,
    # else the role's own years, else (derived) the median bracket of its workers'.
    starts: Span | None
    starts_derived: bool
    # Years from where the person is to that start: from their --years, else from
    # the span of the role they are in (a range); None when either is not known.
    until: Span | None
    ready: bool  # the person's --years already reach the start
    pay: SalaryChange | None
    pay_not_compared: str | None
    job_zone: tuple[JobZone | None, JobZone | None]
    education: tuple[EducationLevel | None, EducationLevel | None]
    skill_gaps: list[SkillGap]
    skills_compared: bool


class NextSteps(msgspec.Struct, frozen=True, kw_only=True):
    role: str
    title: Text
    years: int | None  # the person's --years
    at: Span | None  # the years of the role they are in, when no --years
    steps: list[NextStep]
    total: int  # before --limit


def _starts(role: Role) -> tuple[Span | None, bool]:
    if role.experience_years is not None:
        return role.experience_years, False
    if role.experience_distribution is not None:
        found = quartiles(role.experience_distribution)
        if found is not None:
            return found.median, True
    return None, False


def _until(starts: Span | None, years: int | None, at: Span | None) -> tuple[Span | None, bool]:
    """How many years until ``starts``, and whether the person is already there."""
    if starts is None:
        return None, False
    if years is not None:
        return Span(max(0, starts.min - years), max(0, starts.min - years)), years >= starts.min
    if at is None:
        return None, False
    longest = max(0, starts.min - at.min)
    shortest = max(0, starts.min - at.max) if at.max is not None else 0
    return Span(shortest, longest), False


def _zone(role: Role, occupation: Role | None) -> JobZone | None:
    return role.job_zone or (occupation.job_zone if occupation else None)


def _pays_more(role: Role, other: Role) -> bool:
    """Whether ``other`` pays more, midpoint against midpoint (same currency and period)."""
    change, _ = pay_change(role, other)
    return change is not None and midpoint(change.end) > midpoint(change.start)


def next_steps(
    role: Role,
    ladders: Sequence[Ladder],
    roles: Mapping[str, Role],
    occupation_of: Callable[[Role], Role | None],
    *,
    years: int | None = None,
    limit: int | None = None,
) -> NextSteps:
    """The next steps from ``role``; ``roles`` holds every role they name that is in
    the data, and ``occupation_of`` gives a role's imported occupation by code."""
    own_occupation = occupation_of(role)
    at: Span | None = None
    candidates: list[tuple[str, Via, Span | None]] = []
    for ladder in sorted(ladders, key=lambda item: (item.derived is not None, item.id)):
        if not ladder.shown_for(role.id):
            continue
        ids = [step.role for step in ladder.steps]
        if role.id not in ids:
            continue
        here = ids.index(role.id)
        at = at or ladder.steps[here].years
        if here + 1 < len(ids):
            step = ladder.steps[here + 1]
            via = Via(kind="ladder", ladder=ladder.id, derived=ladder.derived is not None)
            candidates.append((step.role, via, step.years))
    if at is None:
        at, _ = _starts(role)
    zone = _zone(role, own_occupation)
    for related in item_order(role):
        other = roles.get(related.role)
        if other is None:
            continue
        other_zone = _zone(other, occupation_of(other))
        higher = zone is not None and other_zone is not None and other_zone.zone > zone.zone
        if higher or _pays_more(role, other):
            tier = related.tier.value if related.tier else "related"
            candidates.append((other.id, Via(kind="related", tier=tier), None))
    seen: set[str] = set()
    steps: list[NextStep] = []
    for role_id, via, span in candidates:
        other = roles.get(role_id)
        if other is None or role_id in seen or role_id == role.id:
            continue
        seen.add(role_id)
        occupation = occupation_of(other)
        starts, derived = (span, False) if span is not None else _starts(other)
        until, ready = _until(starts, years, at)
        found = gap(role, other, own_occupation, occupation)
        steps.append(
            NextStep(
                role=other.id,
                title=other.title,
                via=via,
                starts=starts,
                starts_derived=derived,
                until=until,
                ready=ready,
                pay=found.pay,
                pay_not_compared=found.pay_not_compared,
                job_zone=(found.job_zone[0], found.job_zone[1]),
                education=(
                    found.education[0].common if found.education[0] else None,
                    found.education[1].common if found.education[1] else None,
                ),
                skill_gaps=found.levels[:SKILL_GAPS],
                skills_compared=found.skills_compared,
            )
        )
    return NextSteps(
        role=role.id,
        title=role.title,
        years=years,
        at=at if years is None else None,
        steps=steps[:limit] if limit else steps,
        total=len(steps),
    )
