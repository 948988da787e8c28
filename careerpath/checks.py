"""Checks of data that parses but does not add up; each gives a warning.

A warning names the field it is about, so that ``careerpath validate`` can
point at its line. The bundled data keeps its source pages' quirks, and these
checks report exactly those.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from careerpath.model import (
    PERCENTILES,
    SALARY_FIGURES,
    Ladder,
    Percentiles,
    Period,
    QuestionBank,
    Range,
    Role,
    SalaryStatement,
    Span,
    TopicKind,
)
from careerpath.salary import MONTHS_PER

if TYPE_CHECKING:
    from careerpath.yamlfile import FieldPath  # a type only: no YAML parser is loaded

Warning_ = tuple["FieldPath", str]


def _precision(*amounts: float) -> float:
    """The largest power of ten (up to a million) that every amount is a multiple of."""
    unit = 1_000_000
    while unit > 1 and any(amount % unit for amount in amounts):
        unit //= 10
    return unit


def _millions(range_: Range) -> str:
    """``140–196 million``; a range under a million as its amounts (``95–195``)."""
    if range_.max < 1_000_000:
        return f"{_written(range_.min)}–{_written(range_.max)}"
    low, high = range_.min / 1_000_000, range_.max / 1_000_000
    return f"{low:g}–{high:g} million"


def _span(field: FieldPath, span: Span | None) -> Iterator[Warning_]:
    if span is not None and span.max is not None and span.min > span.max:
        yield field, f"the span goes backwards ({span}): min is above max"


def _statements(field: FieldPath, statements: Sequence[SalaryStatement]) -> Iterator[Warning_]:
    for index, statement in enumerate(statements):
        here = (*field, index)
        if statement.currency is None:
            yield here, "no currency: add one such as 'currency: VND'"
        if statement.period is None:
            yield here, "no period: add 'period: year', 'period: month' or 'period: hour'"
        for kind in SALARY_FIGURES:
            range_: Range | None = getattr(statement, kind)
            if range_ is not None and range_.min > range_.max:
                low, high = _written(range_.min), _written(range_.max)
                yield (*here, kind), f"min ({low}) is greater than max ({high})"
        yield from _units_like_millions(here, statement)
        yield from _percentile_order((*here, "percentiles"), statement.percentiles)
        total, base, extra = statement.total, statement.base, statement.supplementary
        if total and base and extra:
            tolerance = _precision(total.min, total.max, base.min, base.max, extra.min, extra.max)
            summed = Range(min=base.min + extra.min, max=base.max + extra.max)
            if abs(summed.min - total.min) > tolerance or abs(summed.max - total.max) > tolerance:
                yield (
                    (*here, "total"),
                    (
                        f"total ({_millions(total)}) is not base + supplementary "
                        f"({_millions(summed)}), even allowing for rounding"
                    ),
                )
    yield from _monthly_against_annual(field, statements)


def _written(amount: float) -> str:
    """An amount as a data file writes it: ``17_000_000``, ``21.53``."""
    return f"{int(amount):_}" if float(amount).is_integer() else f"{amount}"


# Currencies whose pay is never a two- or three-digit number of whole units.
MILLIONS_CURRENCIES = {"VND": 1_000}


def _units_like_millions(field: FieldPath, statement: SalaryStatement) -> Iterator[Warning_]:
    """``{min: 14, max: 17}`` in VND: millions written as đồng."""
    below = MILLIONS_CURRENCIES.get(statement.currency or "")
    if below is None:
        return
    for kind in SALARY_FIGURES:
        range_: Range | None = getattr(statement, kind)
        if range_ is not None and 0 < range_.max < below:
            low, high = _written(range_.min), _written(range_.max)
            yield (
                (*field, kind),
                f"{low}–{high} {statement.currency} looks like millions written as units: "
                f"amounts are whole {statement.currency}, such as "
                f"{_written(range_.min * 1_000_000)}",
            )


def _percentile_order(field: FieldPath, percentiles: Percentiles | None) -> Iterator[Warning_]:
    """Each given percentile is at least the one below it."""
    if percentiles is None:
        return
    given = [(kind, getattr(percentiles, kind)) for kind in PERCENTILES]
    present = [(kind, value) for kind, value in given if value is not None]
    for (low_kind, low), (high_kind, high) in itertools.pairwise(present):
        if low > high:
            yield (
                (*field, high_kind),
                f"{high_kind} ({_written(high)}) is below {low_kind} ({_written(low)})",
            )


class Mismatch(NamedTuple):
    """A monthly figure whose ×12 matches none of the annual figures beside it."""

    statement: int  # its statement's index
    kind: str  # average, total or range
    currency: str | None
    yearly: Range  # the monthly figure ×12
    annual: list[Range]


def monthly_mismatches(statements: Sequence[SalaryStatement]) -> list[Mismatch]:
    """Monthly figures that, ×12, describe another span than the annual figures beside them."""
    return [
        Mismatch(index, kind, statements[index].currency, yearly, annual)
        for index, kind, yearly, annual in _mismatches(statements)
    ]


def _monthly_against_annual(
    field: FieldPath, statements: Sequence[SalaryStatement]
) -> Iterator[Warning_]:
    """A monthly figure ×12 should match one of the annual figures it stands beside."""
    for found in monthly_mismatches(statements):
        shown = ", ".join(_millions(r) for r in found.annual)
        yield (
            (*field, found.statement, found.kind),
            (
                f"the monthly {found.kind} ×12 ({_millions(found.yearly)} a year) matches none of "
                f"the annual figures beside it ({shown}): they describe different spans"
            ),
        )


def _mismatches(
    statements: Sequence[SalaryStatement],
) -> Iterator[tuple[int, str, Range, list[Range]]]:
    annual = [
        (statement.currency, range_)
        for statement in statements
        if statement.period == Period.YEAR and statement.label is None
        for range_ in (statement.total, statement.base, statement.common, statement.average)
        if range_ is not None
    ]
    for index, statement in enumerate(statements):
        if statement.period != Period.MONTH or statement.label is not None:
            continue
        for kind in ("average", "total", "range"):
            monthly: Range | None = getattr(statement, kind)
            same_currency = list(
                dict.fromkeys(r for currency, r in annual if currency == statement.currency)
            )
            if monthly is None or not same_currency:
                continue
            tolerance = _precision(monthly.min, monthly.max) * MONTHS_PER[Period.YEAR] / 2
            yearly = Range(min=monthly.min * 12, max=monthly.max * 12)
            if not any(
                abs(yearly.min - r.min) <= tolerance and abs(yearly.max - r.max) <= tolerance
                for r in same_currency
            ):
                yield index, kind, yearly, same_currency


def role_warnings(role: Role) -> list[Warning_]:
    """What does not add up within one role profile."""
    found: list[Warning_] = []
    found.extend(_span(("experience_years",), role.experience_years))
    if role.ratings:
        for name in ("work_life", "career_opportunity"):
            rating = getattr(role.ratings, name)
            if rating is not None and rating.decimal_comma:
                message = f"written with a decimal comma ({rating.written})"
                found.append((("ratings", name), f"{message}; read as {rating.value:g}"))
    found.extend(_statements(("salary",), role.salary))
    distribution = role.experience_distribution
    if distribution and distribution.brackets:
        if not distribution.adds_up:
            found.append(
                (
                    ("experience_distribution", "brackets"),
                    f"the percentages sum to {distribution.total:g}%, not 100%",
                )
            )
        for index, bracket in enumerate(distribution.brackets):
            here = ("experience_distribution", "brackets", index)
            found.extend(_span((*here, "years"), bracket.years))
            found.extend(_span((*here, "months"), bracket.months))
    return found


def ladder_warnings(ladder: Ladder, role_ids: Iterable[str]) -> list[Warning_]:
    """What does not add up within one ladder, and steps naming unknown roles."""
    known = set(role_ids)
    found: list[Warning_] = []
    first_at: dict[str, int] = {}
    for index, step in enumerate(ladder.steps):
        here: FieldPath = ("steps", index)
        if step.role in first_at:
            found.append(
                (
                    (*here, "role"),
                    f"role '{step.role}' stands on this ladder twice: at step "
                    f"{first_at[step.role] + 1} and at step {index + 1}",
                )
            )
        first_at.setdefault(step.role, index)
        previous = ladder.steps[index - 1].years if index else None
        if step.years is not None:
            found.extend(_span((*here, "years"), step.years))
        if step.years is not None and previous is not None and step.years.min < previous.min:
            found.append(
                (
                    (*here, "years"),
                    f"the ladder goes backwards: step {index + 1} ({step.years}) starts "
                    f"before step {index} ({previous})",
                )
            )
        if step.role not in known:
            import difflib

            close = difflib.get_close_matches(step.role, sorted(known), n=3, cutoff=0.6)
            hint = (
                f"; did you mean {', '.join(close)}?"
                if close
                else " (validate --search-path also counts this machine's imports)"
            )
            found.append(
                ((*here, "role"), f"names role '{step.role}', which is not in the data{hint}")
            )
        found.extend(_statements((*here, "salary"), step.salary))
    return found


PLACEHOLDERS = {TopicKind.TASK: "{task}", TopicKind.TECHNOLOGY: "{technology}"}


def bank_warnings(bank: QuestionBank) -> list[Warning_]:
    """What would keep a question bank's questions from being asked, or asked whole."""
    found: list[Warning_] = []
    elements: dict[str, int] = {}
    for index, topic in enumerate(bank.topics):
        here: FieldPath = ("topics", index)
        rated = topic.kind in (TopicKind.WORK_STYLE, TopicKind.SKILL)
        if rated and topic.element is None:
            found.append(
                ((*here, "kind"), f"a {topic.kind} topic names no element: no role is asked it")
            )
        if not rated and topic.element is not None:
            found.append(((*here, "element"), f"a {topic.kind} topic is not chosen by element"))
        if topic.element is not None:
            if topic.element in elements:
                found.append(
                    (
                        (*here, "element"),
                        f"element {topic.element} has another topic (topic "
                        f"{elements[topic.element] + 1}); the first one is asked",
                    )
                )
            elements.setdefault(topic.element, index)
        placeholder = PLACEHOLDERS.get(topic.kind)
        for number, item in enumerate(topic.questions):
            at: FieldPath = (*here, "questions", number)
            for field in ("question", "shows"):
                text = getattr(item, field)
                for lang in ("en", "vi"):  # as the bundled bank writes them
                    value = getattr(text, lang)
                    if not value:
                        found.append(((*at, field), f"no {LANGUAGES[lang]} text"))
                    elif field == "question" and placeholder and placeholder not in value:
                        found.append(
                            ((*at, field, lang), f"a {topic.kind} question needs {placeholder}")
                        )
    return found


LANGUAGES = {"vi": "Vietnamese", "en": "English"}
