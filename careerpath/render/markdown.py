"""GitHub-flavoured Markdown tables, with the same figures and units as the terminal."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from careerpath import salary
from careerpath.model import (
    INTEREST_AREAS,
    Group,
    Ladder,
    LadderPosition,
    Period,
    Question,
    Role,
    Span,
    Text,
    headline_basis,
    salary_headline_range,
)
from careerpath.profile import Section
from careerpath.render import cells, units
from careerpath.render.cells import source_text
from careerpath.render.labels import label, local

if TYPE_CHECKING:
    from careerpath.compare import Comparison
    from careerpath.interview import InterviewSet
    from careerpath.ladder import Route, Routes, Timeline
    from careerpath.listing import RoleListing
    from careerpath.match import Matches
    from careerpath.related import Relations
    from careerpath.search import Result
    from careerpath.validate import Report


_SPECIAL = re.compile(r"([\\`*_<\[\]])")


def _escape(text: str) -> str:
    """Data text as Markdown shows it literally: \\ ` * _ < [ ] escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def _local(text: Text, lang: str) -> str:
    """``_local()`` for Markdown: the data's own characters escaped."""
    return _escape(local(text, lang))


def _inline(text: str) -> str:
    """Text for a heading, which must stay on one line."""
    return " ".join(text.split())


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return text.replace("|", "\\|").replace("\n", "<br>")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [
        "| " + " | ".join(_cell(header) for header in headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
    ]
    lines.extend("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def role_list(listings: Sequence[RoleListing], sources: bool, lang: str) -> str:
    rows = []
    for listing in listings:
        statement = listing.salary
        range_ = salary_headline_range(statement) if statement else None
        pay = (
            units.money(range_, statement.currency, statement.period, lang)
            if statement and range_
            else label("not_given", lang)
        )
        years = (
            units.years(listing.experience_years, lang)
            if listing.experience_years
            else label("not_given", lang)
        )
        row = [
            f"`{listing.id}`",
            _local(listing.title, lang),
            ", ".join(listing.ladders),
            years,
            pay,
        ]
        if sources:
            row.append(source_text(listing))
        rows.append(row)
    headers = [label(key, lang) for key in ("id", "title", "ladders_short", "years_short")]
    headers.append(label("salary_short", lang))
    if sources:
        headers.append(label("source", lang))
    return table(headers, rows)


def ladder_list(ladders: Sequence[Ladder], lang: str) -> str:
    rows = [
        [f"`{ladder.id}`", _local(ladder.title, lang), " → ".join(s.role for s in ladder.steps)]
        for ladder in ladders
    ]
    return table([label("id", lang), label("title", lang), label("ladders_steps", lang)], rows)


def timelines(items: Sequence[Timeline], lang: str) -> str:
    parts = []
    for timeline in items:
        rows = []
        for step in timeline.steps:
            title = _local(step.title, lang)
            if step.role == timeline.highlight:
                title = f"**{title}**"
            rows.append(
                [
                    str(step.step),
                    title + (" ◆" if step.full_profile else ""),
                    f"`{step.role}`",
                    units.years(step.years, lang),
                    units.years(Span(step.reached_after, step.reached_after), lang),
                    cells.step_salary(step, lang),
                ]
            )
        headers = ["#", label("title", lang), label("id", lang), label("years_short", lang)]
        headers += [label("reached_after_header", lang), label("salary_short", lang)]
        heading = f"### {timeline.ladder.id} — {_local(timeline.ladder.title, lang)}\n\n"
        parts.append(heading + table(headers, rows) + "\n" + label("full_profile_marker", lang))
    return "\n\n".join(parts) + "\n"


def salaries(roles: Sequence[Role], per: Period | None, lang: str) -> str:
    rows = []
    for role in roles:
        found = salary.figures(role, per)
        if not found:
            rows.append([f"`{role.id}`", "", label("not_given", lang)])
        for figure in found:
            rows.append(
                [f"`{role.id}`", cells.figure_name(figure, lang), cells.money(figure.money, lang)]
            )
    return table([label("id", lang), label("figure", lang), label("amount", lang)], rows)


def comparison(result: Comparison, lang: str) -> str:
    rows = [[label("title", lang), *(_local(title, lang) for title in result.titles)]]
    for row in result.rows:
        values = [cells.compare_value(row, i, result, lang) for i in range(len(result.roles))]
        rows.append([cells.row_label(row, lang), *values])
    return table(["", *(f"`{role}`" for role in result.roles)], rows)


def routes(found: Routes, lang: str) -> str:
    """The best route as a table, then the others as a list, best first."""
    text = route(found.best, lang)
    if len(found.routes) > 1:
        text += f"\n**{label('other_routes', lang)}:**\n\n"
        text += _bullets(cells.route_line(item, lang) for item in found.routes[1:])
    return text


def route(result: Route, lang: str) -> str:
    rows = [
        [
            str(index),
            _local(hop.title, lang),
            f"`{hop.role}`",
            f"{hop.ladder} {hop.step}",
            units.years(hop.years, lang),
        ]
        for index, hop in enumerate(result.hops, start=1)
    ]
    headers = ["#", label("title", lang), label("id", lang), label("ladder", lang)]
    text = f"*{label('via', lang, ladders=', '.join(result.ladders))}*\n\n"
    text += table([*headers, label("years_short", lang)], rows)
    for crossing in result.crossings:
        text += (
            "\n↪ "
            + label(
                "crossing",
                lang,
                role=crossing.role,
                from_ladder=crossing.from_ladder,
                to_ladder=crossing.to_ladder,
            )
            + "\n"
        )
    text += f"\n**{label('years_to_get_there', lang)}:** {cells.route_total(result, lang)}\n"
    change = result.salary_change
    pay = (
        f"{cells.salary_change(change, lang)} ({cells.salary_change_detail(change, lang)})"
        if change
        else cells.route_pay_missing(result, lang)
    )
    text += f"\n**{label('salary_short', lang)}:** {pay}\n"
    return text


def matches(result: Matches, lang: str) -> str:
    """One row per role: rank, id, title, score, and the reasons."""
    rows = []
    for rank, found in enumerate(result.results, start=1):
        why = [cells.reason(item, result.person, lang) for item in found.reasons]
        if found.missing:
            names = ", ".join(label(f"criterion_{name}", lang) for name in found.missing)
            why.append(label("match_missing", lang, criteria=names))
        rows.append(
            [
                str(rank),
                f"`{found.role}`",
                _local(found.title, lang),
                units.percent(found.score, lang),
                "\n".join(why),
            ]
        )
    headers = ["#", label("id", lang), label("title", lang), label("score", lang)]
    return table([*headers, label("why", lang)], rows)


def related(relations: Relations, lang: str) -> str:
    """A heading per group, a bullet per role."""
    parts = [f"## {_local(relations.title, lang)}\n"]
    if not relations.groups:
        parts.append(f"*{label('nothing_related', lang)}*\n")
    for group in relations.groups:
        parts.append(f"### {cells.group_heading(group, lang)}\n")
        lines = []
        for member in group.members:
            line = f"`{member.role}`"
            if member.title:
                line += f" — {_local(member.title, lang)}"
            line += f" ({cells.relation(member, lang)})"
            if not member.known:
                line += f" — *{label('not_in_data', lang)}*"
            lines.append(line)
        parts.append(_bullets(lines))
    if relations.missing_codes:
        parts.append(label("import_hint", lang, codes=", ".join(relations.missing_codes)) + "\n")
    return "\n".join(parts)


def interview(chosen: InterviewSet, lang: str) -> str:
    """Each question as a heading, its source line in italics, the answer quoted."""
    parts = [f"## {_local(chosen.title, lang)}\n"]
    parts.extend(_questions(chosen.questions, chosen.common_questions, lang))
    return "\n".join(parts)


def _questions(questions: Sequence[Question], common: Sequence[Text], lang: str) -> list[str]:
    parts = []
    for index, question in enumerate(questions, start=1):
        parts.append(f"### {index}. {_inline(_local(question.question, lang))}\n")
        meta = cells.question_meta(question, lang)
        if meta:
            parts.append(f"*{meta}*\n")
        if question.sample_answer:
            parts.append(f"> {_local(question.sample_answer, lang)}\n")
        else:
            parts.append(f"{label('no_sample_answer', lang)}\n")
    if common:
        parts.append(f"### {label('common_questions', lang)}\n")
        parts.append("\n".join(f"- {_local(item, lang)}" for item in common) + "\n")
    return parts


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items) + "\n"


def _groups(groups: Sequence[Group], lang: str) -> list[str]:
    parts = []
    for group in groups:
        if group.heading:
            parts.append(f"### {_inline(_local(group.heading, lang))}\n")
        parts.append(_bullets(_local(item, lang) for item in group.items))
    return parts


def role_profile(
    role: Role,
    positions: Sequence[LadderPosition],
    sections: Sequence[Section],
    source: tuple[str, str],
    lang: str,
) -> str:
    """One role as a one-page Markdown document: every chosen section, "not given" kept."""
    other = "vi" if lang == "en" else "en"
    names = [f"`{role.id}`"]
    if getattr(role.title, lang) and getattr(role.title, other):
        names.insert(0, f"*{getattr(role.title, other)}*")
    if role.aliases:
        names.append(f"{label('aliases', lang)}: " + ", ".join(f"`{a}`" for a in role.aliases))
    parts = [f"# {_inline(_local(role.title, lang))}\n", " · ".join(names) + "\n"]
    if role.codes:
        parts.append(cells.codes(role.codes, lang) + "\n")
    if role.also_called:
        parts.append(cells.also_called(role.also_called, lang) + "\n")
    not_given = f"*{label('not_given', lang)}*\n"
    for section in sections:
        parts.append(f"## {label(section.value, lang)}\n")
        body = _profile_section(role, positions, section, lang)
        parts.extend(body or [not_given])
    return "\n".join(parts)


def _profile_section(
    role: Role, positions: Sequence[LadderPosition], section: Section, lang: str
) -> list[str]:
    """The Markdown of one section, or [] when the data gives nothing for it."""
    not_given = label("not_given", lang)
    if section is Section.SUMMARY:
        return [_local(role.summary, lang) + "\n"]
    if section is Section.DUTIES:
        return _groups(role.duties, lang)
    if section is Section.REQUIREMENTS:
        parts = _groups(role.requirements, lang)
        if role.skills:
            rows = [
                [_local(skill.name, lang), cells.skill_scores(skill, lang)] for skill in role.skills
            ]
            parts.append(table([label("skills", lang), label("skills_scale", lang)], rows))
        return parts
    if section is Section.EDUCATION:
        return _education(role, lang)
    if section is Section.INTERESTS:
        return _interests(role, lang)
    if section is Section.RELATED:
        lines = []
        for tier, members in cells.related_by_tier(role.related):
            names = ", ".join(
                f"`{m.role}`" + (f" ({_local(m.title, lang)})" if m.title else "") for m in members
            )
            lines.append(f"**{label(f'tier_{tier}', lang)}:** {names}")
        return [_bullets(lines)] if lines else []
    if section is Section.STATS:
        ratings = role.ratings
        work_life = ratings.work_life if ratings else None
        career = ratings.career_opportunity if ratings else None
        rows = [
            [label("degree", lang), _local(role.degree, lang) if role.degree else not_given],
            [label("work_life", lang), units.rating(work_life, lang) if work_life else not_given],
            [
                label("career_opportunity", lang),
                units.rating(career, lang) if career else not_given,
            ],
            [label("salary_short", lang), _headline(role, lang)],
            [
                label("typical_years", lang),
                units.years(role.experience_years, lang) if role.experience_years else not_given,
            ],
        ]
        if role.job_zone:
            rows.append([label("job_zone", lang), cells.job_zone(role.job_zone, lang)])
        if role.interests and role.interests.code:
            rows.append([label("interest_code", lang), cells.interest_code(role.interests, lang)])
        return [table(["", ""], rows)]
    if section is Section.SALARY:
        rows = [
            [cells.figure_name(figure, lang), cells.money(figure.money, lang)]
            for figure in salary.figures(role)
        ]
        rows.extend(
            [label("employment", lang), label("jobs", lang, n=units.count(s.employment, lang))]
            for s in role.salary
            if s.employment is not None
        )
        notes = [_local(s.note, lang) for s in role.salary if s.note]
        if not rows:
            return []
        return [
            table([label("figure", lang), label("amount", lang)], rows),
            *(f"{n}\n" for n in notes),
        ]
    if section is Section.EXPERIENCE:
        distribution = role.experience_distribution
        if distribution is None:
            return []
        rows = [
            [units.bracket(b.years, b.months, lang), units.percent(b.percent, lang)]
            for b in distribution.brackets
        ]
        parts = [table([label("years_short", lang), "%"], rows)]
        if not distribution.adds_up:
            total = units.number(distribution.total, lang)
            parts.append(f"> ⚠ {label('sums_to', lang, total=total)}\n")
        if distribution.note:
            parts.append(_local(distribution.note, lang) + "\n")
        return parts
    if section is Section.LADDERS:
        lines = []
        for p in positions:
            line = (
                f"**{p.ladder}** — {_local(p.ladder_title, lang)}: "
                f"{label('step_of', lang, step=p.step, steps=p.steps)} "
                f"({_local(p.title, lang)}, "
                f"{label('years_at_step', lang, years=units.years(p.years, lang))})"
            )
            if p.previous:
                line += f"; {label('previous', lang)}: `{p.previous}`"
            if p.next:
                line += f"; {label('next', lang)}: `{p.next}`"
            lines.append(line)
        return [_bullets(lines)] if lines else []
    if section is Section.INTERVIEW:
        interview = role.interview
        if interview is None or not (interview.questions or interview.common_questions):
            return []
        return _questions(interview.questions, interview.common_questions, lang)
    if section is Section.FAQ:
        return [
            f"**{_local(entry.question, lang)}**\n\n{_local(entry.answer, lang)}\n"
            for entry in role.faq
        ]
    # Section.SOURCES
    lines = []
    for item in role.sources:
        details = [
            f"{label('language', lang)}: {item.language or not_given}",
            f"{label('date', lang)}: " + (units.date(item.date, lang) if item.date else not_given),
        ]
        details.extend(cells.source_details(item, lang))
        line = f"**{item.title}** — " + " · ".join(details)
        if item.attribution:
            line += f". {item.attribution}"
        if item.note:
            line += f". {_local(item.note, lang)}"
        lines.append(line)
    return [_bullets(lines)] if lines else []


def _headline(role: Role, lang: str) -> str:
    """The headline salary, saying what it is when it is not a range the source gives."""
    headline = salary.headline(role)
    if headline is None:
        return label("not_given", lang)
    statement = role.headline_salary(Period.YEAR) or role.headline_salary()
    kind = headline_basis(statement) if statement else None
    basis = f" ({label(f'basis_{kind}', lang)})" if kind else ""
    return cells.money(headline, lang) + basis


def _education(role: Role, lang: str) -> list[str]:
    parts = []
    if role.education and role.education.levels:
        rows = [
            [_local(level.level, lang), units.percent(level.percent, lang)]
            for level in role.education.levels
        ]
        parts.append(table([label("education", lang), "%"], rows))
    elif role.degree:
        parts.append(f"{label('degree', lang)}: {_local(role.degree, lang)}\n")
    if role.job_zone:
        zone = role.job_zone
        parts.append(f"**{label('job_zone', lang)}:** {cells.job_zone(zone, lang)}\n")
        parts.extend(
            f"- {label(f'job_zone_{name}', lang)}: {_local(text, lang)}\n"
            for name in ("experience", "education", "training")
            if (text := getattr(zone, name)) is not None
        )
    return parts


def _interests(role: Role, lang: str) -> list[str]:
    interests = role.interests
    if interests is None:
        return []
    rows = [
        [
            label(area, lang),
            units.number(score, lang) if score is not None else label("not_given", lang),
        ]
        for area in INTEREST_AREAS
        for score in [getattr(interests, area)]
    ]
    parts = [table([label("interests", lang), "1–7"], rows)]
    if interests.code:
        parts.append(
            f"**{label('interest_code', lang)}:** {cells.interest_code(interests, lang)}\n"
        )
    return parts


def search_results(query: str, results: Sequence[Result], lang: str) -> str:
    rows = []
    for rank, result in enumerate(results, start=1):
        best = result.hits[0]
        snippet = (
            best.snippet[: best.start]
            + "**"
            + best.snippet[best.start : best.end]
            + "**"
            + best.snippet[best.end :]
        )
        rows.append([str(rank), f"`{result.role}`", label(f"field_{best.section}", lang), snippet])
    headers = ["#", label("role", lang), label("section", lang), label("match", lang)]
    return table(headers, rows)


def report(result: Report, lang: str) -> str:
    rows = [
        [
            finding.severity,
            f"`{finding.path}`",
            str(finding.line or ""),
            f"`{finding.field}`" if finding.field else "",
            finding.message,
        ]
        for finding in result.findings
    ]
    return table(
        ["", label("file", lang), "line", label("field", lang), label("message", lang)], rows
    )
