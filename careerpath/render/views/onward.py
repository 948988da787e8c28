"""``careerpath next ROLE``: the next steps from a role, each with how far, pay,
job zone, education and the skills to raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render import cells, units
from careerpath.render.content import Content, Entries, Indented, Inline, Line, Title, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View
from careerpath.render.views.parts import not_given

if TYPE_CHECKING:
    from careerpath.onward import NextStep, NextSteps


def _via(step: NextStep, lang: str) -> str:
    via = step.via
    if via.kind == "ladder":
        kind = "next_via_pathway" if via.derived else "next_via_ladder"
        return label(kind, lang, ladder=via.ladder)
    tier = via.tier if via.tier != "related" else "none"
    return label("next_via_related", lang, tier=label(f"tier_{tier}", lang).lower())


def _when(step: NextStep, found: NextSteps, lang: str) -> Inline:
    if step.starts is None:
        return not_given(lang)
    starts = label(
        "next_starts_derived" if step.starts_derived else "next_starts",
        lang,
        years=units.years(step.starts, lang),
    )
    if step.ready:
        return inline((label("next_ready", lang), "strong"), (f"  ({starts})", "quiet"))
    if step.until is None:
        return inline(starts)
    until = units.years(step.until, lang)
    key = "next_until_years" if found.years is not None else "next_until_role"
    return inline(label(key, lang, years=until), (f"  ({starts})", "quiet"))


def _pay(step: NextStep, lang: str) -> Inline:
    if step.pay is None:
        reason = step.pay_not_compared
        key = f"salary_not_compared_{reason}" if reason else "not_given"
        return inline((label(key, lang), "missing"))
    return inline(
        cells.salary_change(step.pay, lang),
        (f"\n{cells.salary_change_detail(step.pay, lang)}", "quiet"),
    )


def _pair(start: Any, end: Any, said: Any, lang: str) -> Inline:
    if start is None and end is None:
        return not_given(lang)
    missing = label("not_given", lang)
    return inline(
        f"{said(start) if start is not None else missing} → "
        f"{said(end) if end is not None else missing}"
    )


def _level(value: float | None, lang: str) -> str:
    """A level on O*NET's 0–7 scale; ``–`` for one marked not relevant."""
    return units.number(value, lang, decimals=2) if value is not None else "–"


def _skills(step: NextStep, lang: str) -> Inline:
    if not step.skills_compared:
        return not_given(lang)
    if not step.skill_gaps:
        return inline((label("gap_none", lang), "quiet"))
    return inline(
        "; ".join(
            f"{local(item.name, lang)} {_level(item.level[0], lang)}→{_level(item.level[1], lang)}"
            for item in step.skill_gaps
        )
    )


def content(found: NextSteps, lang: str) -> Content:
    where = (
        label("next_with_years", lang, years=found.years)
        if found.years is not None
        else label("next_from_role", lang, years=units.years(found.at, lang))
        if found.at is not None
        else ""
    )
    heading = inline(
        (label("next_heading", lang), "heading"),
        "  ",
        (local(found.title, lang), "strong"),
        (f"  {found.role}", "quiet_id"),
    )
    if found.total > len(found.steps):
        shown = label("next_shown_of", lang, shown=len(found.steps), total=found.total)
        heading += inline((f"  ({shown})", "quiet"))
    blocks: Content = [Title(heading)]
    if where:
        blocks.append(Line(inline((where, "quiet")), indent=1))
    if not found.steps:
        return [*blocks, Line(inline((label("next_none", lang), "missing")), indent=1)]
    entries: list[tuple[Inline, Content]] = []
    for step in found.steps:
        head = inline((local(step.title, lang), "strong"), (f"  {step.role}", "quiet_id"))
        rows = [
            (label("next_via", lang), inline((_via(step, lang), "quiet"))),
            (label("next_when", lang), _when(step, found, lang)),
            (label("salary_short", lang), _pay(step, lang)),
            (
                label("job_zone", lang),
                _pair(*step.job_zone, lambda zone: cells.job_zone(zone, lang), lang),
            ),
            (
                label("education", lang),
                _pair(*step.education, lambda level: local(level.level, lang), lang),
            ),
            (label("next_skills", lang), _skills(step, lang)),
        ]
        entries.append(
            (head, [Line(inline((f"{name}: ", "label")) + value) for name, value in rows])
        )
    blocks.append(Indented([Entries(tuple(entries))]))
    return blocks


def document(found: NextSteps) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "role": found.role,
        "title": plain(found.title),
        "years": found.years,
        "at": plain(found.at),
        "total": found.total,
        "steps": [
            {
                "role": step.role,
                "title": plain(step.title),
                "via": plain(step.via),
                "starts": plain(step.starts),
                "starts_derived": step.starts_derived,
                "until": plain(step.until),
                "ready": step.ready,
                "pay": plain(step.pay),
                "pay_not_compared": step.pay_not_compared,
                "job_zone": [zone.zone if zone else None for zone in step.job_zone],
                "education": [plain(level.level) if level else None for level in step.education],
                "skills_compared": step.skills_compared,
                "skill_gaps": [
                    {"element": item.element, "name": plain(item.name), "level": list(item.level)}
                    for item in step.skill_gaps
                ],
            }
            for step in found.steps
        ],
    }


def records(found: NextSteps) -> Any:
    """One row per next step, fixed columns (a missing skill gap leaves its cells empty)."""
    from careerpath.render.csvout import NEXT_COLUMNS, span_columns, text_columns
    from careerpath.render.csvout import Rows as Records

    rows = []
    for rank, step in enumerate(found.steps, start=1):
        pay = step.pay
        row: dict[str, Any] = {
            "rank": rank,
            "role": step.role,
            **text_columns("title", step.title),
            "via": step.via.kind,
            "ladder": step.via.ladder,
            "derived": step.via.derived,
            "tier": step.via.tier,
            **span_columns("starts", step.starts),
            **span_columns("until", step.until),
            "ready": step.ready,
            "pay_currency": pay.end.currency if pay else None,
            "pay_from_min": pay.start.min if pay else None,
            "pay_from_max": pay.start.max if pay else None,
            "pay_to_min": pay.end.min if pay else None,
            "pay_to_max": pay.end.max if pay else None,
            "pay_not_compared": step.pay_not_compared,
            "zone_from": step.job_zone[0].zone if step.job_zone[0] else None,
            "zone_to": step.job_zone[1].zone if step.job_zone[1] else None,
            "education_from_en": step.education[0].level.en if step.education[0] else None,
            "education_to_en": step.education[1].level.en if step.education[1] else None,
        }
        for index in range(3):
            item = step.skill_gaps[index] if index < len(step.skill_gaps) else None
            row[f"skill_{index + 1}"] = (item.name.en or item.name.vi) if item else None
        rows.append(row)
    return Records(rows, NEXT_COLUMNS)


VIEW: View[NextSteps] = View(content, document, records)
