"""Values as the short strings that tables and Markdown show, with units."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from careerpath.model import (
    INTEREST_AREAS,
    Codes,
    Interests,
    JobZone,
    LadderPosition,
    Period,
    Question,
    Rating,
    Related,
    RelatedTier,
    Role,
    Skill,
    Source,
    Span,
    Text,
)
from careerpath.render import units
from careerpath.render.labels import label, local
from careerpath.salary import Figure, Money, unit_mismatch

if TYPE_CHECKING:
    from careerpath.compare import Comparison, Row
    from careerpath.interview import Reason as Why
    from careerpath.ladder import Route, SalaryChange, TimelineStep
    from careerpath.listing import RoleListing
    from careerpath.match import Person, Reason
    from careerpath.related import Neighbour, RelatedGroup


def source_text(listing: RoleListing) -> str:
    """``bundled``, or the path of a user's file."""
    if listing.origin == "bundled":
        return "bundled"
    from careerpath.errors import visible

    return visible(listing.source or "")


def money(value: Money, lang: str) -> str:
    """``VND 140–196 million/year``, marked when converted from another period."""
    text = units.money(value.range, value.currency, value.period, lang)
    if value.converted_from is not None:
        text += " " + label("converted", lang, period=units.period_name(value.converted_from, lang))
    return text


def codes(value: Codes, lang: str) -> str:
    """``O*NET-SOC 43-4051.00 · SOC 43-4051 · ISCO-08 4222``, then the codes' note."""
    parts = []
    if value.onet:
        parts.append(f"O*NET-SOC {value.onet}")
    if value.soc:
        parts.append(f"SOC {value.soc}")
    if value.isco:
        parts.append(f"ISCO-08 {value.isco}")
    text = " · ".join(parts)
    return f"{text} ({local(value.note, lang)})" if value.note else text


ALSO_CALLED_SHOWN = 5


def also_called(names: Sequence[str], lang: str, key: str = "also_called") -> str:
    """The first few other titles (or common names, with ``key``), and how many
    more there are."""
    shown = ", ".join(names[:ALSO_CALLED_SHOWN])
    rest = len(names) - ALSO_CALLED_SHOWN
    more = f" ({label('and_more', lang, n=rest)})" if rest > 0 else ""
    return f"{label(key, lang)}: {shown}{more}"


def job_zone(zone: JobZone, lang: str) -> str:
    """``2 of 5 — Some Preparation Needed``."""
    return label("job_zone_value", lang, zone=zone.zone, name=local(zone.name, lang))


def interest_code(interests: Interests, lang: str) -> str:
    """``CES (Conventional, Enterprising, Social)``."""
    return interest_names(interests.code or "", lang)


def interest_names(code: str, lang: str) -> str:
    """``CES`` → ``CES (Conventional, Enterprising, Social)``."""
    names = {area[0].upper(): label(area, lang) for area in INTEREST_AREAS}
    return f"{code} ({', '.join(names[letter] for letter in code)})"


def skill_scores(skill: Skill, lang: str) -> str:
    """``importance 4.12 · level 4.62``."""
    parts = []
    if skill.importance is not None:
        parts.append(f"{label('importance', lang)} {units.number(skill.importance, lang)}")
    if skill.level is not None:
        parts.append(f"{label('level', lang)} {units.number(skill.level, lang)}")
    return " · ".join(parts)


def related_by_tier(related: Sequence[Related]) -> list[tuple[str, list[Related]]]:
    """Related roles grouped by tier, closest first; untiered ones last."""
    order = [*(tier.value for tier in RelatedTier), "none"]
    groups: dict[str, list[Related]] = {}
    for member in related:
        groups.setdefault(member.tier.value if member.tier else "none", []).append(member)
    return [(tier, groups[tier]) for tier in order if tier in groups]


def relation(member: Neighbour, lang: str) -> str:
    """``previous step``, ``step 4``, ``Most related``, ``SOC`` …: how a role is near."""
    if member.relation in ("previous", "next", "step"):
        return label(f"relation_{member.relation}", lang, step=member.step)
    if member.relation in ("primary-short", "primary-long", "supplemental"):
        return label(f"tier_{member.relation}", lang)
    if member.relation == "related":
        return label("tier_none", lang)
    return {"soc": "SOC", "onet": "O*NET-SOC", "isco": "ISCO-08"}.get(member.relation, "")


def group_heading(group: RelatedGroup, lang: str) -> str:
    """``On the ladder cs — Customer care career ladder``, ``Same code: SOC 43-1011`` …"""
    heading = label(f"group_{group.kind}", lang, name=group.key)
    return f"{heading} — {local(group.title, lang)}" if group.title else heading


def reason(item: Reason, person: Person, lang: str) -> str:
    """``interests 84%: code CES; shares C, E, S (C 6.16 · E 5.11 · S 3.84)``."""
    detail: dict[str, Any] = dict(item.detail)
    if item.criterion == "interests":
        scores = " · ".join(
            f"{letter} {units.number(value, lang)}" for letter, value in detail["scores"].items()
        )
        shared = ", ".join(detail["shared"]) or label("none_shared", lang)
        text = label(
            "why_interests", lang, code=detail["code"] or "—", shared=shared, scores=scores
        )
    elif item.criterion == "years":
        text = label(
            "why_years_derived" if detail["derived"] else "why_years",
            lang,
            span=units.years(Span.parse(detail["span"]), lang),
            when=label(f"match_when_{detail['when']}", lang),
        )
    elif item.criterion == "pay":
        from careerpath.model import Period, Range

        period = Period(detail["period"])
        pay = units.money(
            Range(min=detail["min"], max=detail["max"]), detail["currency"], period, lang
        )
        limit = person.min_pay
        assert limit is not None
        wanted = units.money(
            Range(min=limit.amount, max=limit.amount), limit.currency, period, lang
        )
        text = label("why_pay", lang, pay=pay, limit=wanted)
    else:
        text = label("why_education", lang, share=units.number(detail["share"], lang))
    score = units.percent(item.score * 100, lang, decimals=1)
    return f"{label('criterion_' + item.criterion, lang)} {score}: {text}"


def source_details(source: Source, lang: str) -> list[str]:
    """Edition, reference and license of a source, where given."""
    details = []
    for key in ("edition", "reference", "license"):
        value = getattr(source, key)
        if value:
            details.append(f"{label(key, lang)}: {value}")
    return details


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
    """The name of a comparison row: "Degree", "Experience 2–4 years" ...; a
    bracket of summed shares says so ("Experience 2–7 years (summed)")."""
    if row.key.startswith("experience:"):
        said = label("experience_bracket", lang, years=bracket_text(row.key, lang))
        return f"{said} ({label('summed', lang)})" if any(row.derived) else said
    return label(f"compare_{row.key}", lang)


def bracket_text(key: str, lang: str) -> str:
    """``experience:2-4`` → ``2–4 years``; ``experience:12-24 months`` in months."""
    name = key.partition(":")[2]
    if name.endswith(" months"):
        return units.months(Span.parse(name.removesuffix(" months")), lang)
    return units.years(Span.parse(name), lang)


def compare_value(row: Row, index: int, comparison: Comparison, lang: str) -> str:
    """One cell of a comparison: the value of role ``index`` in ``row``."""
    value: Any = row.values[index]
    if value is None:
        if row.key in {"salary_difference", "salary_ratio", "salary_overlap"} and index == 0:
            return "—"
        if row.key == "salary_overlap" and _has_salaries(comparison, index):
            return label("no_overlap", lang)
        if row.key in {"salary_difference", "salary_ratio", "salary_overlap"}:
            reason = _not_comparable(comparison, index)
            if reason is not None:
                return label(reason, lang)
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
    if row.key == "job_zone":
        return label("zone_of_5", lang, zone=value)
    if row.key == "interests":
        return interest_names(value, lang)
    if row.key == "employment":
        return label("jobs", lang, n=units.count(value, lang))
    if isinstance(value, list):
        return ", ".join(value) or "—"
    return str(value)


def _not_comparable(comparison: Comparison, index: int) -> str | None:
    """Why role ``index``'s salary is not set against the first role's, as a label key:
    ``other_currency`` or ``other_period``; None when it is, or when one has no salary."""
    for row in comparison.rows:
        if row.key == "salary":
            first, other = row.values[0], row.values[index]
            if not (isinstance(first, Money) and isinstance(other, Money)):
                return None
            mismatch = unit_mismatch(first, other)
            return f"other_{mismatch}" if mismatch else None
    return None


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


def route_pay_missing(route: Route, lang: str) -> str:
    """What a route says for pay when it has no change to show: why not."""
    reason = route.salary_not_compared
    return label(f"salary_not_compared_{reason}" if reason else "not_given", lang)


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


def route_line(route: Route, lang: str) -> str:
    """``via cs, bridge: a → b → c (1–3 years)``: a route in one line."""
    roles = " → ".join(hop.role for hop in route.hops)
    via = label("via", lang, ladders=", ".join(route.ladders))
    return f"{via}: {roles} ({route_total(route, lang)})"


def ladder_disagreements(role: Role, positions: Sequence[LadderPosition], lang: str) -> list[str]:
    """A ladder that places the role at other years than its profile: one question,
    two answers, both shown as the data has them."""
    if not role.experience_years:
        return []
    return [
        label("ladder_disagrees", lang, ladder=p.ladder, years=units.years(p.years, lang))
        for p in positions
        if p.years is not None and p.years != role.experience_years
    ]


def salary_disagreements(role: Role, lang: str) -> list[str]:
    """A monthly figure whose ×12 matches none of the annual figures beside it."""
    from careerpath.checks import monthly_mismatches

    lines = []
    for found in monthly_mismatches(role.salary):
        yearly = units.money(found.yearly, found.currency, Period.YEAR, lang)
        annual = ", ".join(units.money(r, found.currency, Period.YEAR, lang) for r in found.annual)
        kind = label(found.kind, lang).lower()
        lines.append(label("monthly_vs_annual", lang, kind=kind, yearly=yearly, annual=annual))
    return lines


def question_reason(reason: Why, lang: str) -> str:
    """Why careerpath chose a question: ``O*NET rates the work style Stress Tolerance
    4.57 of 5 for this occupation``."""
    kind = reason.kind.value
    if kind == "general":
        return label("reason_general", lang)
    by = reason.rated_by or label("rated_by_profile", lang)
    if kind == "task":
        if reason.group is None:
            return label("reason_task_plain", lang, by=by)
        return label("reason_task", lang, by=by, group=local(reason.group, lang))
    if reason.occupation is not None and reason.occupation_title is not None:
        title = local(reason.occupation_title, lang)
        whom = label("occupation_by_code", lang, title=title)
    else:
        whom = label("this_occupation" if reason.rated_by else "this_role", lang)
    if kind == "technology":
        name = reason.topic.get(lang) if reason.topic else ""  # a product's name, in any language
        said = label("reason_technology", lang, by=by, name=name, whom=whom)
        flags = [label("hot_technology", lang)] if reason.hot else []
        if reason.in_demand:
            flags.append(label("in_demand", lang))
        return f"{said}: {', '.join(flags)}" if flags else said
    name = local(reason.topic, lang) if reason.topic else ""
    if reason.importance is None:
        return label("reason_rated", lang, by=by, name=name, whom=whom)
    score = units.number(reason.importance, lang, decimals=2)
    return label(f"reason_{kind}", lang, by=by, name=name, score=score, whom=whom)
