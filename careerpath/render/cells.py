"""Values as the short strings that tables and Markdown show, with units."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.model import Question, Rating, Span, Text
from careerpath.render import units
from careerpath.render.labels import label, local
from careerpath.salary import Figure, Money

if TYPE_CHECKING:
    from careerpath.compare import Comparison, Row
    from careerpath.ladder import Route, SalaryChange, TimelineStep
    from careerpath.listing import RoleListing


def source_text(listing: RoleListing) -> str:
    """``bundled``, or the path of a user's file."""
    if listing.origin == "bundled":
        return "bundled"
    return listing.source or ""


def money(value: Money, lang: str) -> str:
    """``VND 140–196 million/year``, marked when converted from another period."""
    text = units.money(value.range, value.currency, value.period, lang)
    if value.converted_from is not None:
        text += " " + label("converted", lang, period=units.period_name(value.converted_from, lang))
    return text


def question_meta(question: Question, lang: str) -> str:
    """``DB Schenker · company rating 3.5 ★ / 5 · 2023-11-02 · 1 answer``."""
    meta: list[str] = [name for name in (question.company, question.source) if name]
    if question.company_rating:
        rating = units.rating(question.company_rating, lang)
        meta.append(f"{label('company_rating', lang)} {rating}")
    if question.date:
        meta.append(units.date(question.date, lang))
    if question.answers is not None:
        key = "answer" if question.answers == 1 else "answers"
        meta.append(label(key, lang, n=question.answers))
    return " · ".join(meta)


def figure_name(figure: Figure, lang: str) -> str:
    """``Total pay``; a labelled figure by its label (``Customer service staff``)."""
    name = label(figure.kind, lang)
    if figure.label is None:
        return name
    if figure.kind == "range":
        return local(figure.label, lang)
    return f"{local(figure.label, lang)}: {name.lower()}"


def row_label(row: Row, lang: str) -> str:
    """The name of a comparison row: "Degree", "Experience 2–4 years" ..."""
    if row.key.startswith("experience:"):
        span = Span.parse(row.key.partition(":")[2])
        return label("experience_bracket", lang, years=units.years(span, lang))
    return label(f"compare_{row.key}", lang)


def compare_value(row: Row, index: int, comparison: Comparison, lang: str) -> str:
    """One cell of a comparison: the value of role ``index`` in ``row``."""
    value: Any = row.values[index]
    if value is None:
        if row.key in {"salary_difference", "salary_ratio", "salary_overlap"} and index == 0:
            return "—"
        if row.key == "salary_overlap" and _has_salaries(comparison, index):
            return label("no_overlap", lang)
        return label("not_given", lang)
    if isinstance(value, Text):
        return local(value, lang)
    if isinstance(value, Span):
        return units.years(value, lang)
    if isinstance(value, Rating):
        return units.rating(value, lang)
    if isinstance(value, Money):
        return money(value, lang)
    if row.key == "salary_difference":
        currency = _currency(comparison)
        low, high = value
        return (
            f"{units.signed_millions(low, currency, lang)} / "
            f"{units.signed_millions(high, currency, lang)}"
        )
    if row.key == "salary_ratio":
        return units.times(value, lang)
    if row.key.startswith("experience:"):
        return units.percent(value, lang)
    if isinstance(value, list):
        return ", ".join(value) or "—"
    return str(value)


def _has_salaries(comparison: Comparison, index: int) -> bool:
    """Whether the first role and role ``index`` both have a salary to compare."""
    for row in comparison.rows:
        if row.key == "salary_difference":
            return row.values[index] is not None
    return False


def _currency(comparison: Comparison) -> str | None:
    for row in comparison.rows:
        if row.key == "salary":
            for value in row.values:
                if isinstance(value, Money):
                    return value.currency
    return None


def step_salary(step: TimelineStep, lang: str) -> str:
    return money(step.salary, lang) if step.salary else label("salary_not_given", lang)


def salary_change(change: SalaryChange, lang: str) -> str:
    """``VND 72–144 million/year → VND 140–196 million/year``."""
    return f"{money(change.start, lang)} → {money(change.end, lang)}"


def salary_change_detail(change: SalaryChange, lang: str) -> str:
    low, high = change.difference
    currency = change.end.currency
    text = label(
        "change_detail",
        lang,
        low=units.signed_millions(low, currency, lang),
        high=units.signed_millions(high, currency, lang),
    )
    if change.ratio is not None:
        text += f" · {units.times(change.ratio, lang)} " + label("at_midpoints", lang)
    return text


def route_total(route: Route, lang: str) -> str:
    return units.years(route.total_years, lang)
