"""The content of ``show``: a box naming the role, then each chosen section."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from careerpath import salary
from careerpath.errors import visible
from careerpath.experience import quartiles
from careerpath.model import INTEREST_AREAS
from careerpath.profile import IMPORTANT, Section, important_skills
from careerpath.render import cells, units
from careerpath.render.content import (
    Box,
    Content,
    Indented,
    Inline,
    Line,
    Rows,
    Scores,
    Shares,
    Subtitle,
    bullets,
    inline,
)
from careerpath.render.content import Section as Part
from careerpath.render.labels import label, local
from careerpath.render.views.interview import questions
from careerpath.render.views.parts import not_given, pay_headline
from careerpath.render.views.salary import warnings as salary_warnings

if TYPE_CHECKING:
    from careerpath.model import Distribution, Group, LadderPosition, Role, SalaryStatement
    from careerpath.related import RelatedGroup
    from careerpath.render.views.show import Profile

BAR_WIDTH = 20  # an interest score's bar
SKILL_BAR = 10


def _missing(lang: str) -> Content:
    return [Line(not_given(lang))]


def pairs(rows: Sequence[tuple[str, Inline]]) -> Rows:
    """Label and value, side by side."""
    return Rows(
        tuple((inline((name, "label")) if name else inline(), value) for name, value in rows), gap=2
    )


def _header(role: Role, source: tuple[str, str], lang: str) -> Box:
    other = "vi" if lang == "en" else "en"
    lines: list[Inline] = []
    if getattr(role.title, lang) and (other_title := getattr(role.title, other)):
        line = [(other_title, "emphasis")]  # once: local() marks a lone title
        translation = role.translation
        if translation is not None and "title.vi" in translation.fields:
            line.append((f"  ({label('translated_by', lang, by=translation.by)})", "quiet"))
        lines.append(inline(*line))
    names = [("id: ", "quiet"), (role.id, "id")]
    if role.aliases:
        names.extend([(f"  ·  {label('aliases', lang)}: ", "quiet"), (", ".join(role.aliases), "")])
    lines.append(inline(*names))
    if role.codes:
        lines.append(inline((cells.codes(role.codes, lang), "quiet")))
    if role.common_names:
        common = cells.also_called(role.common_names, lang, "common_names")
        lines.append(inline((common, "quiet")))
    if role.also_called:
        lines.append(inline((cells.also_called(role.also_called, lang), "quiet")))
    path, origin = source
    if origin != "bundled":  # say where a user's own profile was read from
        lines.append(
            inline((f"{label('file', lang)}: ", "quiet"), visible(path), (f" ({origin})", "quiet"))
        )
    return Box(inline((local(role.title, lang), "strong")), tuple(lines))


def _groups(groups: Sequence[Group], lang: str) -> Content:
    if not groups:
        return _missing(lang)
    blocks: Content = []
    for group in groups:
        if group.heading:
            blocks.append(Subtitle(inline((local(group.heading, lang), "strong")), indent=0))
        blocks.append(bullets(inline(local(item, lang)) for item in group.items))
    return blocks


def _summary(role: Role, lang: str) -> Content:
    return [Line(inline(local(role.summary, lang)))]


def _stats(role: Role, lang: str, positions: Sequence[LadderPosition]) -> Content:
    ratings = role.ratings
    work_life = ratings.work_life if ratings else None
    career = ratings.career_opportunity if ratings else None
    rows: list[tuple[str, Inline]] = [
        ("degree", inline(local(role.degree, lang)) if role.degree else not_given(lang)),
        ("work_life", inline(units.rating(work_life, lang)) if work_life else not_given(lang)),
        (
            "career_opportunity",
            inline(units.rating(career, lang)) if career else not_given(lang),
        ),
        ("salary_short", pay_headline(role.headline_salary(), lang, basis=True)),
        ("typical_years", _typical_years(role, lang)),
    ]
    said = [(label(key, lang), value) for key, value in rows]
    said.extend(
        ("", inline(("⚠ " + text, "warning")))
        for text in cells.ladder_disagreements(role, positions, lang)
    )
    if role.job_zone:
        said.append((label("job_zone", lang), inline(cells.job_zone(role.job_zone, lang))))
    if role.interests and role.interests.code:
        code = cells.interest_code(role.interests, lang)
        said.append((label("interest_code", lang), inline(code)))
    return [pairs(said)]


def _typical_years(role: Role, lang: str) -> Inline:
    """The years the role gives; else, derived and said so, the median bracket of its
    experience distribution (the figure a derived pathway starts the role at)."""
    if role.experience_years:
        return inline(units.years(role.experience_years, lang))
    found = quartiles(role.experience_distribution) if role.experience_distribution else None
    if found is None:
        return not_given(lang)
    spread = label(
        "years_spread",
        lang,
        low=units.years(found.low, lang),
        high=units.years(found.high, lang),
    )
    return inline(
        units.years(found.median, lang), (f" ({label('derived_median', lang)}; {spread})", "quiet")
    )


def _statement(statement: SalaryStatement, lang: str) -> Rows:
    """One statement's figures, each with its currency and period."""
    rows = [
        (label(name, lang), inline(units.money(figure, statement.currency, statement.period, lang)))
        for name, figure in salary.statement_figures(statement)
    ]
    if statement.employment is not None:
        jobs = label("jobs", lang, n=units.count(statement.employment, lang))
        rows.append((label("employment", lang), inline(jobs)))
    return pairs(rows)


def _salary(role: Role, lang: str) -> Content:
    if not role.salary:
        return _missing(lang)
    blocks: Content = []
    for statement in role.salary:
        if blocks:
            blocks.append(Line(inline()))
        if statement.label:
            blocks.append(Line(inline((local(statement.label, lang), "strong"))))
        blocks.append(_statement(statement, lang))
        if statement.note:
            blocks.append(Line(inline((local(statement.note, lang), "quiet"))))
    return [*blocks, *salary_warnings(role, lang)]


def _shares(distribution: Distribution, lang: str) -> Content:
    rows = tuple(
        (units.bracket(b.years, b.months, lang), b.percent, units.percent(b.percent, lang))
        for b in distribution.brackets
    )
    blocks: Content = [Shares(label("years_short", lang), rows)]
    if not distribution.adds_up:
        total = units.number(distribution.total, lang)
        blocks.append(Line(inline((f"⚠ {label('sums_to', lang, total=total)}", "warning"))))
    if distribution.note:
        blocks.append(Line(inline((local(distribution.note, lang), "quiet"))))
    return blocks


def _experience(role: Role, lang: str) -> Content:
    if not role.experience_distribution:
        return _missing(lang)
    return _shares(role.experience_distribution, lang)


def _education(role: Role, lang: str) -> Content:
    """The education levels people in the role report, and the job zone's preparation."""
    blocks: Content = []
    if role.education and role.education.levels:
        if role.degree:
            degree = inline(local(role.degree, lang), (f" ({label('most_report', lang)})", "quiet"))
            blocks.append(pairs([(label("degree", lang), degree)]))
        rows = tuple(
            (local(level.level, lang), level.percent, units.percent(level.percent, lang))
            for level in role.education.levels
        )
        blocks.append(Shares(label("education", lang), rows))
        if role.education.note:
            blocks.append(Line(inline((local(role.education.note, lang), "quiet"))))
    elif role.degree:
        blocks.append(pairs([(label("degree", lang), inline(local(role.degree, lang)))]))
    if role.job_zone:
        zone = role.job_zone
        if blocks:
            blocks.append(Line(inline()))
        said = f"{label('job_zone', lang)} {cells.job_zone(zone, lang)}"
        blocks.append(Line(inline((said, "strong"))))
        details = [
            (label(f"job_zone_{name}", lang), inline(local(text, lang)))
            for name in ("experience", "education", "training")
            if (text := getattr(zone, name)) is not None
        ]
        if details:
            blocks.append(pairs(details))
    return blocks or _missing(lang)


def _skills(role: Role, lang: str) -> Content:
    """The skills that matter in the role (importance 3, "important", or more, or
    not rated), most important first as given; how many others there are."""
    shown = important_skills(role)
    rows = tuple(
        (
            local(skill.name, lang),
            skill.importance,
            inline((cells.skill_scores(skill, lang), "quiet")),
        )
        for skill in shown
    )
    headers = (label("skills", lang), label("skills_scale", lang))
    caption = inline((headers[0], "strong"), (f"  {headers[1]}", "quiet"))
    blocks: Content = [Scores(headers, rows, 1, 5, SKILL_BAR, caption)]
    if len(shown) < len(role.skills):
        more = label("skills_below", lang, n=len(role.skills) - len(shown))
        blocks.append(Line(inline((more, "quiet"))))
    return blocks


def _requirements(role: Role, lang: str) -> Content:
    if not role.skills:
        return _groups(role.requirements, lang)
    if not role.requirements:
        return _skills(role, lang)
    return [*_groups(role.requirements, lang), Line(inline()), *_skills(role, lang)]


def _work_styles(role: Role, lang: str) -> Content:
    """The work styles that matter (importance 3 or more, or not rated), as given."""
    if not role.work_styles:
        return _missing(lang)
    styles = role.work_styles
    shown = [s for s in styles if s.importance is None or s.importance >= IMPORTANT]
    rows = tuple(
        (
            local(style.name, lang),
            style.importance,
            inline((units.number(style.importance, lang, decimals=2), "quiet"))
            if style.importance is not None
            else not_given(lang),
        )
        for style in shown
    )
    headers = (label("work-styles", lang), label("styles_scale", lang))
    caption = inline((headers[0], "strong"), (f"  {headers[1]}", "quiet"))
    blocks: Content = [Scores(headers, rows, 1, 5, SKILL_BAR, caption)]
    if len(shown) < len(styles):
        more = label("styles_below", lang, n=len(styles) - len(shown))
        blocks.append(Line(inline((more, "quiet"))))
    return blocks


TECHNOLOGIES_SHOWN = 12  # of each group; --format json has them all


def _technologies(role: Role, lang: str) -> Content:
    """Hot technologies (in demand first), then the other tools, each group cut at
    TECHNOLOGIES_SHOWN with how many more there are."""
    if not role.technologies:
        return _missing(lang)
    hot = [tech for tech in role.technologies if tech.hot]
    other = [tech for tech in role.technologies if not tech.hot]
    blocks: Content = []
    if hot:
        blocks.append(Subtitle(inline((label("hot_technologies", lang), "strong")), indent=0))
        items = [
            inline(
                tech.name,
                (f" · {label('in_demand', lang)}", "emphasis") if tech.in_demand else "",
                (f" — {tech.category}", "quiet") if tech.category else "",
            )
            for tech in hot[:TECHNOLOGIES_SHOWN]
        ]
        if len(hot) > TECHNOLOGIES_SHOWN:
            more = label("more_technologies", lang, n=len(hot) - TECHNOLOGIES_SHOWN)
            items.append(inline((more, "quiet")))
        blocks.append(bullets(items))
    if other:
        blocks.append(Subtitle(inline((label("other_technologies", lang), "strong")), indent=0))
        names = ", ".join(tech.name for tech in other[:TECHNOLOGIES_SHOWN])
        if len(other) > TECHNOLOGIES_SHOWN:
            names += ", " + label("more_technologies", lang, n=len(other) - TECHNOLOGIES_SHOWN)
        blocks.append(Line(inline(names)))
    if hot:
        blocks.append(Line(inline((label("technologies_note", lang), "quiet"))))
    return blocks


def _interests(role: Role, lang: str) -> Content:
    interests = role.interests
    if interests is None:
        return _missing(lang)
    rows = []
    for area in INTEREST_AREAS:
        score = getattr(interests, area)
        said = (
            inline(units.number(score, lang, decimals=2)) if score is not None else not_given(lang)
        )
        rows.append((f"{area[0].upper()}  {label(area, lang)}", score, said))
    blocks: Content = [Scores((label("interests", lang), "1–7"), tuple(rows), 1, 7, BAR_WIDTH)]
    if interests.code:
        code = cells.interest_code(interests, lang)
        blocks.append(Line(inline((f"{label('interest_code', lang)}: ", "label"), code)))
    blocks.append(Line(inline((label("interests_scale", lang), "quiet"))))
    return blocks


def _related(role: Role, lang: str, same_code: Sequence[RelatedGroup] = ()) -> Content:
    """The related roles the data names, by tier; then the roles that share one
    of its codes, as ``careerpath related`` finds them."""
    if not role.related and not same_code:
        return _missing(lang)
    groups = [
        (label(f"tier_{tier}", lang), [(m.role, m.title) for m in members])
        for tier, members in cells.related_by_tier(role.related)
    ]
    groups.extend(
        (cells.group_heading(group, lang), [(m.role, m.title) for m in group.members])
        for group in same_code
    )
    blocks: Content = []
    for heading, members in groups:
        blocks.append(Subtitle(inline((heading, "strong")), indent=0))
        blocks.append(
            bullets(
                inline((role_id, "id"), f" — {local(title, lang)}" if title else "")
                for role_id, title in members
            )
        )
    return blocks


def _ladders(positions: Sequence[LadderPosition], lang: str) -> Content:
    if not positions:
        return _missing(lang)
    blocks: Content = []
    for position in positions:
        step = label("step_of", lang, step=position.step, steps=position.steps)
        if position.derived:
            step += f", {label('derived', lang)}"
        blocks.append(
            Line(
                inline(
                    (position.ladder, "strong"),
                    " — ",
                    local(position.ladder_title, lang),
                    (f"  {step}", "quiet"),
                )
            )
        )
        years = (
            label("years_at_step", lang, years=units.years(position.years, lang))
            if position.years is not None
            else label("years_not_given", lang)
        )
        said = inline(f"{local(position.title, lang)}, {years}")
        if position.previous:
            said += inline(
                (f"\n← {label('previous', lang)}: ", "quiet"), (position.previous, "quiet_id")
            )
        if position.next:
            said += inline((f"\n→ {label('next', lang)}: ", "quiet"), (position.next, "quiet_id"))
        body: Content = [Line(said)]
        if position.themes:  # what the step expects: a progression framework's
            from careerpath.render.views.expectations import expectation

            hint = label(
                "expects_hint", lang, ladder=position.ladder, step=position.step_id or position.step
            )
            body.append(
                Line(inline((label("step_expects", lang), "field"), (f"  {hint}", "quiet")))
            )
            for theme in position.themes:
                body.append(Subtitle(inline((local(theme.name, lang), "strong")), indent=0))
                body.append(bullets(expectation(item, lang) for item in theme.expectations))
        blocks.append(Indented(body))
    return blocks


def _interview(role: Role, lang: str) -> Content:
    interview = role.interview
    if not interview or not (interview.questions or interview.common_questions):
        hint = label("interview_suggested", lang, role=role.id)
        return [*_missing(lang), Line(inline((hint, "quiet")))]
    return questions(interview.questions, interview.common_questions, lang)


def _faq(role: Role, lang: str) -> Content:
    if not role.faq:
        return _missing(lang)
    blocks: Content = []
    for entry in role.faq:
        blocks.append(Line(inline((local(entry.question, lang), "strong"))))
        blocks.append(Indented([Line(inline(local(entry.answer, lang)))]))
    return blocks


def _sources(role: Role, lang: str) -> Content:
    if not role.sources:
        return _missing(lang)
    items = []
    for source in role.sources:
        details = [
            f"{label('language', lang)}: {source.language or label('not_given', lang)}",
            f"{label('date', lang)}: "
            + (units.date(source.date, lang) if source.date else label("not_given", lang)),
        ]
        details.extend(cells.source_details(source, lang))
        text = [(source.title, "strong"), ("\n" + " · ".join(details), "quiet")]
        if source.attribution:
            text.append(("\n" + source.attribution, ""))
        if source.note:
            text.append(("\n" + local(source.note, lang), ""))
        items.append(inline(*text))
    return [bullets(items)]


_SECTIONS: dict[Section, Callable[[Role, str], Content]] = {
    Section.SUMMARY: _summary,
    Section.DUTIES: lambda role, lang: _groups(role.duties, lang),
    Section.SALARY: _salary,
    Section.EXPERIENCE: _experience,
    Section.EDUCATION: _education,
    Section.REQUIREMENTS: _requirements,
    Section.WORK_STYLES: _work_styles,
    Section.TECHNOLOGIES: _technologies,
    Section.INTERESTS: _interests,
    Section.RELATED: _related,
    Section.INTERVIEW: _interview,
    Section.FAQ: _faq,
    Section.SOURCES: _sources,
}


def profile_content(profile: Profile, lang: str) -> Content:
    """Every chosen section of one profile, top to bottom."""
    role, positions, sections = profile.role, profile.positions, profile.sections
    blocks: Content = [_header(role, profile.source, lang)]
    for section in sections:
        if section is Section.LADDERS:
            body = _ladders(positions, lang)
        elif section is Section.STATS:
            body = _stats(role, lang, positions)
        elif section is Section.RELATED:
            body = _related(role, lang, profile.same_code)
        else:
            body = _SECTIONS[section](role, lang)
        blocks.append(Part(inline((label(section.value, lang), "heading")), body))
    return blocks
