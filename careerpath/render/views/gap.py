"""``careerpath gap FROM TO``: what differs between two roles, section by section."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.model import INTEREST_AREAS, Text
from careerpath.render import cells, units
from careerpath.render.content import (
    Content,
    Inline,
    Line,
    Scores,
    Section,
    Shares,
    Title,
    bullets,
    inline,
)
from careerpath.render.labels import label, local
from careerpath.render.views import View
from careerpath.render.views.parts import not_given

if TYPE_CHECKING:
    from careerpath.gap import Experience, Gap, Side, SkillGap

SHOWN = 10  # skills per section; JSON and CSV have them all
BAR = 10


def _score(value: float | None, lang: str) -> str:
    return units.number(value, lang, decimals=2) if value is not None else "–"


def _change(pair: tuple[float | None, float | None], lang: str) -> Inline:
    start, end = pair
    rise = (end or 0) - (start or 0)
    sign = "+" if rise >= 0 else "−"
    return inline(
        (f"{_score(start, lang)} → {_score(end, lang)}", ""),
        (f"  ({sign}{units.number(abs(rise), lang, decimals=2)})", "quiet"),
    )


def _skills(items: list[SkillGap], scale: str, lang: str) -> Content:
    """A bar of the target's figure, then both figures and the rise."""
    low, high = (0, 7) if scale == "level" else (1, 5)
    rows = tuple(
        (
            local(item.name, lang),
            getattr(item, scale)[1],
            _change(getattr(item, scale), lang),
        )
        for item in items[:SHOWN]
    )
    headers = (label("skill", lang), label(f"gap_{scale}_scale", lang))
    caption = inline((headers[1], "quiet"))
    blocks: Content = [Scores(headers, rows, low, high, BAR, caption)]
    if len(items) > SHOWN:
        blocks.append(Line(inline((label("more_items", lang, n=len(items) - SHOWN), "quiet"))))
    return blocks


def _technologies(found: Gap, lang: str) -> Content:
    if not found.technologies_compared:
        return [Line(not_given(lang))]
    if not found.technologies:
        return [Line(inline((label("gap_none", lang), "quiet")))]
    items = [
        inline(
            tech.name,
            (f" · {label('hot_technology', lang)}", "emphasis") if tech.hot else "",
            (f" · {label('in_demand', lang)}", "emphasis") if tech.in_demand else "",
            (f" — {tech.category}", "quiet") if tech.category else "",
        )
        for tech in found.technologies
    ]
    if found.technologies_more:
        items.append(inline((label("more_items", lang, n=found.technologies_more), "quiet")))
    return [bullets(items)]


def _pairs(rows: list[tuple[str, Inline]]) -> Content:
    from careerpath.render.views.profile import pairs

    return [pairs(rows)]


def _ends(found: Gap, lang: str, source: Inline, target: Inline) -> Content:
    return _pairs([(label("gap_from", lang), source), (label("gap_to", lang), target)])


def _education(found: Gap, lang: str) -> Content:
    start, end = found.education
    if start is None and end is None:
        return [Line(not_given(lang))]

    def common(side: Any) -> Inline:
        if side is None:
            return not_given(lang)
        percent = units.percent(side.common.percent, lang)
        return inline(local(side.common.level, lang), (f"  ({percent})", "quiet"))

    blocks = _ends(found, lang, common(start), common(end))
    if start is not None and end is not None:
        rows = []
        for before, after in zip(start.levels, end.levels, strict=False):
            if max(before.percent, after.percent) < 1:
                continue
            rows.append(
                (
                    local(after.level, lang),
                    after.percent,
                    f"{units.percent(before.percent, lang)} → {units.percent(after.percent, lang)}",
                )
            )
        blocks.append(Shares(label("gap_education_shares", lang), tuple(rows)))
    return blocks


def _experience_text(side: Experience | None, lang: str) -> Inline:
    if side is None:
        return not_given(lang)
    if side.years is not None:
        return inline(units.years(side.years, lang))
    assert side.median is not None and side.low is not None and side.high is not None
    spread = label(
        "gap_middle_half",
        lang,
        low=units.years(side.low, lang),
        high=units.years(side.high, lang),
    )
    return inline(units.years(side.median, lang), (f"  ({spread})", "quiet"))


def _experience(found: Gap, lang: str) -> Content:
    start, end = found.experience
    if start is None and end is None:
        return [Line(not_given(lang))]
    blocks = _ends(found, lang, _experience_text(start, lang), _experience_text(end, lang))
    if any(side is not None and side.median is not None for side in (start, end)):
        blocks.append(Line(inline((label("gap_experience_note", lang), "quiet"))))
    return blocks


def _job_zone(found: Gap, lang: str) -> Content:
    start, end = found.job_zone
    if start is None and end is None:
        return [Line(not_given(lang))]

    def said(zone: Any) -> Inline:
        return inline(cells.job_zone(zone, lang)) if zone is not None else not_given(lang)

    return _ends(found, lang, said(start), said(end))


def _interests(found: Gap, lang: str) -> Content:
    start, end = found.interests
    if start is None and end is None:
        return [Line(not_given(lang))]

    def code(side: Any) -> Inline:
        if side is None or not side.code:
            return not_given(lang)
        return inline(cells.interest_code(side, lang))

    blocks = _ends(found, lang, code(start), code(end))
    if start is not None and end is not None:
        rows = []
        for area in INTEREST_AREAS:
            before, after = getattr(start, area), getattr(end, area)
            if before is None and after is None:
                continue
            rows.append((label(area, lang), after, _change((before, after), lang)))
        blocks.append(Scores((label("interests", lang), "1–7"), tuple(rows), 1, 7, BAR))
    return blocks


def _pay(found: Gap, lang: str) -> Content:
    if found.pay is None:
        reason = found.pay_not_compared
        key = f"salary_not_compared_{reason}" if reason else "not_given"
        return [Line(inline((label(key, lang), "missing")))]
    return [
        Line(inline(cells.salary_change(found.pay, lang))),
        Line(inline((cells.salary_change_detail(found.pay, lang), "quiet"))),
    ]


def _borrowed(side: Side, lang: str) -> Line | None:
    if side.occupation is None or side.occupation_title is None:
        return None
    said = label(
        "gap_borrowed",
        lang,
        role=side.role,
        occupation=local(side.occupation_title, lang),
    )
    return Line(inline((said, "quiet")))


def content(found: Gap, lang: str) -> Content:
    blocks: Content = [
        Title(
            inline(
                (label("gap", lang), "heading"),
                "  ",
                (found.source.role, "strong"),
                " → ",
                (found.target.role, "strong"),
            )
        ),
        Line(
            inline(
                (f"{local(found.source.title, lang)} → {local(found.target.title, lang)}", "quiet")
            )
        ),
    ]
    blocks.extend(line for side in (found.source, found.target) if (line := _borrowed(side, lang)))
    if found.same_occupation is not None:
        said = label("gap_same_occupation", lang, occupation=found.same_occupation)
        blocks.append(Line(inline((said, "quiet"))))
    levels: Content
    importance: Content
    if found.skills_compared:
        levels = (
            _skills(found.levels, "level", lang)
            if found.levels
            else [Line(inline((label("gap_none", lang), "quiet")))]
        )
        importance = (
            _skills(found.importance, "importance", lang)
            if found.importance
            else [Line(inline((label("gap_none", lang), "quiet")))]
        )
    else:
        levels = importance = [Line(not_given(lang))]
    for key, body in (
        ("gap_levels", levels),
        ("gap_importance", importance),
        ("gap_technologies", _technologies(found, lang)),
        ("education", _education(found, lang)),
        ("gap_experience", _experience(found, lang)),
        ("job_zone", _job_zone(found, lang)),
        ("interests", _interests(found, lang)),
        ("salary_short", _pay(found, lang)),
    ):
        blocks.append(Section(inline((label(key, lang), "heading")), body))
    return blocks


def _skill_document(item: SkillGap) -> dict[str, Any]:
    from careerpath.render.documents import plain

    return {
        "element": item.element,
        "name": plain(item.name),
        "level": list(item.level),
        "importance": list(item.importance),
    }


def document(found: Gap) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    def side(index: int) -> dict[str, Any]:
        end = (found.source, found.target)[index]
        education = found.education[index]
        return {
            "role": end.role,
            "title": plain(end.title),
            "occupation": end.occupation,
            "occupation_title": plain(end.occupation_title),
            "education": plain(education),
            "experience": plain(found.experience[index]),
            "job_zone": plain(found.job_zone[index]),
            "interests": plain(found.interests[index]),
        }

    return {
        "format": OUTPUT_FORMAT,
        "source": side(0),
        "target": side(1),
        "skills_compared": found.skills_compared,
        "levels": [_skill_document(item) for item in found.levels],
        "importance": [_skill_document(item) for item in found.importance],
        "technologies_compared": found.technologies_compared,
        "technologies": plain(found.technologies),
        "technologies_more": found.technologies_more,
        "pay": plain(found.pay),
        "pay_not_compared": found.pay_not_compared,
        "same_occupation": found.same_occupation,
    }


def _span(span: Any) -> str | None:
    return str(span) if span is not None else None


def records(found: Gap) -> Any:
    """One row per difference: its section, its name, the two figures."""
    from careerpath.render.csvout import GAP_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    rows: list[dict[str, Any]] = []

    def add(
        section: str, name: Text | None, start: Any, end: Any, detail: str | None = None
    ) -> None:
        rows.append(
            {
                "source": found.source.role,
                "target": found.target.role,
                "section": section,
                **text_columns("name", name),
                "from": start,
                "to": end,
                "detail": detail,
            }
        )

    for section, items in (("level", found.levels), ("importance", found.importance)):
        for item in items:
            pair = getattr(item, section)
            add(section, item.name, pair[0], pair[1], item.element)
    for tech in found.technologies:
        flags = [flag for flag, on in (("hot", tech.hot), ("in_demand", tech.in_demand)) if on]
        add("technology", Text(en=tech.name), None, tech.category, " ".join(flags) or None)
    start, end = found.education
    if start is not None and end is not None:
        for before, after in zip(start.levels, end.levels, strict=False):
            add("education", after.level, before.percent, after.percent)
    for field, detail in (
        ("median", "median"),
        ("years", "given"),
        ("low", "low"),
        ("high", "high"),
    ):
        spans = [_span(getattr(side, field)) if side else None for side in found.experience]
        if any(spans):
            add("experience_years", None, spans[0], spans[1], detail)
    zones = [zone.zone if zone else None for zone in found.job_zone]
    if any(zones):
        add("job_zone", None, zones[0], zones[1])
    start_interests, end_interests = found.interests
    for area in INTEREST_AREAS:
        ends = (start_interests, end_interests)
        values = [getattr(side, area) if side else None for side in ends]
        if any(value is not None for value in values):
            add("interest", Text(en=area), values[0], values[1])
    if found.pay is not None:
        add("pay_min", None, found.pay.start.min, found.pay.end.min, found.pay.end.currency)
        add("pay_max", None, found.pay.start.max, found.pay.end.max, found.pay.end.currency)
    return Records(rows, GAP_COLUMNS)


VIEW: View[Gap] = View(content, document, records)
