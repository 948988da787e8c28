"""Career ladders: where roles stand, timelines, and routes from one role to another.

A step's year span is the years of experience at which the source places the
step ("3-5": from 3 to 5 years of experience). Timelines draw the spans on one
years axis; a route's total is the experience gained between starting the
first role and reaching the last.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import msgspec

from careerpath.listing import RoleCard, is_full_profile
from careerpath.model import (
    Ladder,
    LadderPosition,
    Period,
    Role,
    Span,
    Step,
    Text,
    salary_headline_range,
)
from careerpath.salary import (
    Money,
    difference,
    headline,
    headline_of,
    money,
    ratio,
    unit_mismatch,
)


def extended(ladder: Ladder, base: Ladder, path: Path) -> Ladder:
    """``ladder``, which extends ``base``, as a whole ladder: ``base``'s steps with
    ``ladder.add`` laid over them (years, salary, note, title: what a team adds
    to an imported framework), then ``ladder``'s own steps; ``ladder``'s id,
    names and sources first. A detail naming no step of ``base`` is an error."""
    from careerpath.errors import CareerpathError, DataError
    from careerpath.expectations import step_of

    steps = list(base.steps)
    for index, details in enumerate(ladder.add):
        try:
            at, step = step_of(base, details.step)
        except CareerpathError:
            names = ", ".join(step.id or step.role for step in base.steps)
            raise DataError(
                path,
                f"ladder '{base.id}' has no step '{details.step}'; its steps: {names}",
                field=f"add[{index}].step",
            ) from None
        steps[at] = msgspec.structs.replace(
            step,
            years=details.years or step.years,
            salary=details.salary or step.salary,
            note=details.note or step.note,
            title=details.title or step.title,
        )
    return msgspec.structs.replace(
        base,
        id=ladder.id,
        aliases=ladder.aliases,
        title=ladder.title,
        summary=ladder.summary or base.summary,
        steps=[*steps, *ladder.steps],
        sources=[*ladder.sources, *base.sources],
        extends=ladder.extends,
        add=[],
    )


def neighbour(ladder: Ladder, index: int, way: int) -> str | None:
    """The role of the step before (``way`` -1) or after (+1) step ``index``. Steps
    that share a level are parallel tracks, not one after the other: the
    neighbour is at another level, on the same track where one is (an
    individual contributor's next step is the next individual contributor's)."""
    step = ladder.steps[index]
    others = ladder.steps[index + way :: way] if way > 0 else ladder.steps[:index][::-1]
    if step.level is None:
        return others[0].role if others else None
    around = [other for other in others if other.level != step.level]
    if not around:
        return None
    nearest = around[0].level
    at_level = [other for other in around if other.level == nearest]
    same = [other for other in at_level if other.track is None or other.track == step.track]
    return (same or at_level)[0].role


def positions(role_id: str, ladders: Iterable[Ladder]) -> list[LadderPosition]:
    """Every step of every ladder shown for ``role_id`` that names it, in ladder order."""
    found: list[LadderPosition] = []
    for ladder in ladders:
        if not ladder.shown_for(role_id):
            continue
        for index, step in enumerate(ladder.steps):
            if step.role == role_id:
                found.append(
                    LadderPosition(
                        ladder=ladder.id,
                        ladder_title=ladder.title,
                        step=index + 1,
                        steps=len(ladder.steps),
                        title=step.title,
                        years=step.years,
                        previous=neighbour(ladder, index, -1),
                        next=neighbour(ladder, index, +1),
                        derived=ladder.derived is not None,
                        step_id=step.id,
                        themes=step.themes,
                    )
                )
    return found


class TimelineStep(msgspec.Struct, frozen=True, kw_only=True):
    step: int
    role: str
    title: Text
    years: Span | None  # None: not given (an imported progression framework)
    reached_after: int | None  # None with years
    salary: Money | None
    salary_from: str | None
    full_profile: bool
    summary: Text | None
    note: Text | None
    evidence: list[Text] = []  # why a derived ladder puts the step here


class Timeline(msgspec.Struct, frozen=True, kw_only=True):
    ladder: Ladder
    steps: list[TimelineStep]
    highlight: str | None = None


def timeline(
    ladder: Ladder,
    roles: Mapping[str, Role],
    highlight: str | None = None,
    per: Period | None = None,
) -> Timeline:
    """The ladder's steps with cumulative years and the salary where known, converted
    to ``per`` (a year or a month) when asked.

    ``reached_after`` is the years of experience at which a step starts, on the
    same axis as its bar (from no experience), so that "after 1 year" stands
    beside a bar that starts at 1. A step's own salary wins over its role's.
    """

    def facts(role_id: str) -> StepFacts:
        role = roles.get(role_id)
        if role is None:
            return StepFacts(None, full_profile=False, summary=None)
        return StepFacts(headline(role, per), is_full_profile(role), role.summary)

    return _timeline(ladder, facts, highlight, per)


def card_timeline(
    ladder: Ladder, cards: Mapping[str, RoleCard], per: Period | None = None
) -> Timeline:
    """:func:`timeline` from the roles' cards (their headline salary and whether
    they have a profile; no summary): every ladder at once without reading every
    role's file."""

    def facts(role_id: str) -> StepFacts:
        card = cards.get(role_id)
        if card is None:
            return StepFacts(None, full_profile=False, summary=None)
        return StepFacts(headline_of(card.pay, per), card.full_profile, None)

    return _timeline(ladder, facts, None, per)


class StepFacts(NamedTuple):
    """What a timeline takes from a step's role."""

    salary: Money | None
    full_profile: bool
    summary: Text | None


def _timeline(
    ladder: Ladder, facts: Callable[[str], StepFacts], highlight: str | None, per: Period | None
) -> Timeline:
    steps: list[TimelineStep] = []
    for index, step in enumerate(ladder.steps, start=1):
        found = facts(step.role)
        salary: Money | None = None
        salary_from: str | None = None
        if step.salary:
            statement = step.salary[0]
            if (range_ := salary_headline_range(statement)) is not None:
                salary, salary_from = money(range_, statement, per), "step"
        elif found.salary is not None:
            salary, salary_from = found.salary, "role"
        steps.append(
            TimelineStep(
                step=index,
                role=step.role,
                title=step.title,
                years=step.years,
                reached_after=step.years.min if step.years else None,
                salary=salary,
                salary_from=salary_from,
                full_profile=found.full_profile,
                summary=step.summary or found.summary,
                note=step.note,
                evidence=step.evidence,
            )
        )
    return Timeline(ladder=ladder, steps=steps, highlight=highlight)


class Hop(msgspec.Struct, frozen=True, kw_only=True):
    """One role on a route, on the ladder the route follows there."""

    role: str
    title: Text
    ladder: str
    step: int
    years: Span


class Crossing(msgspec.Struct, frozen=True, kw_only=True):
    """The route changes ladder at a role that stands on both."""

    role: str
    from_ladder: str
    to_ladder: str


class SalaryChange(msgspec.Struct, frozen=True, kw_only=True):
    start: Money
    end: Money
    difference: tuple[float, float]
    ratio: float | None


class Route(msgspec.Struct, frozen=True, kw_only=True):
    start: str
    end: str
    hops: list[Hop]
    crossings: list[Crossing]
    total_years: Span
    salary_change: SalaryChange | None
    ladders: list[str] = []  # the ladders the route climbs, in order
    # "currency" or "period" when both ends give pay that cannot be set against
    # each other (never converted), so that salary_change is null
    salary_not_compared: str | None = None
    # The person's years (path --years): total_years counts from them, not from
    # the span of the start.
    from_years: int | None = None


def counted_from(route: Route, years: int) -> Route:
    """``route`` with its years counted from a person's ``years``: to the start of its
    last step, none when they already reach it."""
    left = max(0, route.hops[-1].years.min - years)
    return msgspec.structs.replace(route, total_years=Span(left, left), from_years=years)


class Routes(msgspec.Struct, frozen=True, kw_only=True):
    """Every upward route between two roles, best first; the best one's fields first."""

    best: Route
    routes: list[Route]


Node = tuple[str, int]  # (ladder id, step index)


MAX_ROUTES = 50  # more than any catalogue of ladders gives; a bound on pathological data
# Partial routes looked at, at most: routes are explored shortest first, so this bounds
# the time of pathological data (every role on a ladder with every other) without
# losing the best routes of any real catalogue, which need a few hundred. (20,000
# took 0.4 s more on 20 roles with a ladder for every pair; 5,000 is ample.)
MAX_WORK = 5_000
MAX_HOPS = 12  # steps in one route, at most: longer than any ladder a person climbs


class RouteSearch(NamedTuple):
    """The routes found, best first, and whether a bound stopped the search first
    (then there may be others, never better-known ones: the search goes best first)."""

    routes: list[Route]
    capped: bool


def routes(
    start: str, end: str, ladders: Sequence[Ladder], roles: Mapping[str, Role]
) -> list[Route]:
    """Every upward route from ``start`` to ``end``, best first (``route_search``)."""
    return route_search(start, end, ladders, roles).routes


def route_search(
    start: str, end: str, ladders: Sequence[Ladder], roles: Mapping[str, Role]
) -> RouteSearch:
    """Every upward route from ``start`` to ``end``, best first: the fewest years,
    then the fewest changes of ladder, then by the ladders' ids; the same climb
    along different derived pathways is one route (on the start's own pathway
    when it can be).

    A route climbs a ladder one step at a time and may change ladder at a role
    that stands on both; it never passes a step twice. Only roles from which
    ``end`` can be reached at all are explored (found first, walking the ladders
    down from ``end``), and ``MAX_WORK``, ``MAX_ROUTES`` and ``MAX_HOPS`` bound
    the rest, so that a thousand ladders with no route answer at once.
    """
    # a ladder that gives no years for a step cannot say how long a route takes
    ladders = [ladder for ladder in ladders if all(step.years for step in ladder.steps)]
    by_id = {ladder.id: ladder for ladder in ladders}
    where: dict[str, list[Node]] = {}
    below: dict[str, set[str]] = {}
    for ladder in ladders:
        for index, step in enumerate(ladder.steps):
            where.setdefault(step.role, []).append((ladder.id, index))
            if index:
                below.setdefault(step.role, set()).add(ladder.steps[index - 1].role)
    reach = {end}
    frontier = [end]
    while frontier:
        role_id = frontier.pop()
        for lower in below.get(role_id, ()):
            if lower not in reach:
                reach.add(lower)
                frontier.append(lower)

    def climb_of(path: list[Node]) -> tuple[tuple[str, str], ...]:
        """The roles climbed, each with its ladder when someone wrote it: the same
        climb along different derived pathways is one route."""
        climbed: list[tuple[str, str]] = []
        for ladder_id, index in path:
            ladder = by_id[ladder_id]
            role_id = ladder.steps[index].role
            if ladder.derived is not None and climbed and climbed[-1] == (role_id, ""):
                continue  # a change from one derived pathway to another
            climbed.append((role_id, "" if ladder.derived is not None else ladder_id))
        return tuple(climbed)

    def order_of(route: Route) -> tuple[Any, ...]:
        """Best first: the fewest years, then the fewest changes of ladder, then the
        fewest pathways derived for other roles than ``start``, then by ids."""
        years = route.total_years
        others = sum(
            1
            for ladder_id in route.ladders
            if (derived := by_id[ladder_id].derived) is not None and derived.subject != start
        )
        return (
            years.max if years.max is not None else years.min,
            years.min,
            len(route.crossings),
            others,
            route.ladders,
        )

    found: dict[tuple[tuple[str, str], ...], Route] = {}
    # Best first: the fewest years climbed so far, then the fewest steps.
    queue: list[tuple[int, int, int, list[Node]]] = []
    order = itertools.count()
    if start in reach:
        for node in where.get(start, []):
            heapq.heappush(queue, (0, 1, next(order), [node]))
    work = 0
    expanded: dict[tuple[tuple[str, str], ...], int] = {}
    while queue and len(found) < MAX_ROUTES and work < MAX_WORK:
        climbed, _, _, path = heapq.heappop(queue)
        work += 1
        ladder_id, index = path[-1]
        role_id = by_id[ladder_id].steps[index].role
        if role_id == end and (len(path) > 1 or start == end):
            made = _route(start, end, path, by_id, roles)
            key = climb_of(path)
            if key not in found or order_of(made) < order_of(found[key]):
                found[key] = made
            continue
        if len(path) >= MAX_HOPS * 2:  # a hop and a change of ladder, at most, per step
            continue
        # The same climb along other ladders leads to the same routes: expand it twice
        # at most (the second for a climb with fewer changes of ladder).
        climb = climb_of(path)
        expanded[climb] = expanded.get(climb, 0) + 1
        if expanded[climb] > 2:
            continue
        steps: list[Node] = []
        if index + 1 < len(by_id[ladder_id].steps):
            steps.append((ladder_id, index + 1))
        if len(path) >= 2 and path[-2][0] == ladder_id:  # change ladder only after a climb
            steps.extend(other for other in where[role_id] if other != path[-1])
        years = _span(by_id[ladder_id].steps[index]).min
        for node in steps:
            if node in path or by_id[node[0]].steps[node[1]].role not in reach:
                continue
            cost = climbed + (years if node[0] == ladder_id else 0)
            heapq.heappush(queue, (cost, len(path) + 1, next(order), [*path, node]))
    capped = bool(queue) and (len(found) >= MAX_ROUTES or work >= MAX_WORK)
    return RouteSearch(sorted(found.values(), key=order_of), capped)


def _span(step: Step) -> Span:
    """A step's years, on a ladder that gives them for every step (``routes``)."""
    assert step.years is not None, "routes only climb ladders with years"
    return step.years


def _route(
    start: str,
    end: str,
    path: list[Node],
    ladders: Mapping[str, Ladder],
    roles: Mapping[str, Role],
) -> Route:
    hops: list[Hop] = []
    crossings: list[Crossing] = []
    for ladder_id, index in path:
        step = ladders[ladder_id].steps[index]
        hop = Hop(
            role=step.role, title=step.title, ladder=ladder_id, step=index + 1, years=_span(step)
        )
        if hops and hops[-1].role == step.role:
            crossings.append(
                Crossing(role=step.role, from_ladder=hops[-1].ladder, to_ladder=ladder_id)
            )
            hops[-1] = hop
        else:
            hops.append(hop)
    first, last = hops[0].years, hops[-1].years
    earliest = 0 if first.max is None else max(0, last.min - first.max)
    total = Span(earliest, max(earliest, last.min - first.min))
    change, not_compared = pay_change(roles.get(start), roles.get(end))
    return Route(
        start=start,
        end=end,
        hops=hops,
        crossings=crossings,
        total_years=total,
        salary_change=change,
        ladders=list(dict.fromkeys(ladder for ladder, _ in path)),
        salary_not_compared=not_compared,
    )


def pay_change(
    start: Role | None, end: Role | None, per: Period = Period.YEAR
) -> tuple[SalaryChange | None, str | None]:
    """Pay per ``per`` (a year, or a month) at both ends (the other period converted,
    ×12 or ÷12, and marked so), or why it is not set against each other:
    ``currency`` or ``period`` (see :func:`~careerpath.salary.unit_mismatch`).
    (None, None) when either end gives no pay."""
    if start is None or end is None:
        return None, None
    first, last = headline(start, per), headline(end, per)
    if first is None or last is None:
        return None, None
    if (mismatch := unit_mismatch(first, last)) is not None:
        return None, mismatch
    change = SalaryChange(
        start=first,
        end=last,
        difference=difference(first.range, last.range),
        ratio=ratio(first.range, last.range),
    )
    return change, None
