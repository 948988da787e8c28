"""GitHub-flavoured Markdown tables, with the same figures and units as the terminal.

Text is data, never markup: every text that reaches this module, from a data
file or from careerpath's own labels, is escaped by ``write_markdown.escape``
(imported as ``_text``; ``_code`` for code) before Markdown syntax is put
around it. These are the views not yet moved to ``render/views``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from careerpath import salary
from careerpath.model import (
    INTEREST_AREAS,
    Group,
    LadderPosition,
    Period,
    Question,
    Role,
    Text,
    headline_basis,
)
from careerpath.profile import Section
from careerpath.render import cells, units
from careerpath.render.labels import label, local
from careerpath.render.write_markdown import code as _code
from careerpath.render.write_markdown import escape as _text
from careerpath.render.write_markdown import item as _item
from careerpath.render.write_markdown import one_line as _inline
from careerpath.render.write_markdown import paragraphs as _paragraphs
from careerpath.render.write_markdown import quote as _quote
from careerpath.render.write_markdown import table

if TYPE_CHECKING:
    pass


def _local(text: Text, lang: str) -> str:
    """``local()`` for Markdown: escaped, line breaks kept."""
    return _text(local(text, lang))


def _labels(keys: Iterable[str], lang: str) -> list[str]:
    """careerpath's own labels, escaped like any text."""
    return [_text(label(key, lang)) for key in keys]


def _questions(questions: Sequence[Question], common: Sequence[Text], lang: str) -> list[str]:
    parts = []
    for index, question in enumerate(questions, start=1):
        parts.append(f"### {index}. {_inline(_local(question.question, lang))}\n")
        meta = cells.question_meta(question, lang)
        if meta:
            parts.append(f"*{_inline(_text(meta))}*\n")
        if question.sample_answer:
            parts.append(_quote(_local(question.sample_answer, lang)) + "\n")
        else:
            parts.append(f"{_text(label('no_sample_answer', lang))}\n")
    if common:
        parts.append(f"### {_text(label('common_questions', lang))}\n")
        parts.append(_bullets(_local(item, lang) for item in common))
    return parts


def _bullets(items: Iterable[str]) -> str:
    """A list of Markdown items; an item of several lines stays one item."""
    return "\n".join(f"- {_item(item)}" for item in items) + "\n"


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
    names = [_code(role.id)]
    if getattr(role.title, lang) and getattr(role.title, other):
        names.insert(0, f"*{_inline(_text(getattr(role.title, other)))}*")
    if role.aliases:
        aliases = ", ".join(_code(alias) for alias in role.aliases)
        names.append(f"{_text(label('aliases', lang))}: {aliases}")
    parts = [f"# {_inline(_local(role.title, lang))}\n", " · ".join(names) + "\n"]
    if role.codes:
        parts.append(_paragraphs(_text(cells.codes(role.codes, lang))) + "\n")
    if role.also_called:
        parts.append(_paragraphs(_text(cells.also_called(role.also_called, lang))) + "\n")
    not_given = f"*{_text(label('not_given', lang))}*\n"
    for section in sections:
        parts.append(f"## {_text(label(section.value, lang))}\n")
        body = _profile_section(role, positions, section, lang)
        parts.extend(body or [not_given])
    return "\n".join(parts)


def _profile_section(
    role: Role, positions: Sequence[LadderPosition], section: Section, lang: str
) -> list[str]:
    """The Markdown of one section, or [] when the data gives nothing for it."""
    not_given = label("not_given", lang)
    if section is Section.SUMMARY:
        return [_paragraphs(_local(role.summary, lang)) + "\n"]
    if section is Section.DUTIES:
        return _groups(role.duties, lang)
    if section is Section.REQUIREMENTS:
        parts = _groups(role.requirements, lang)
        if role.skills:
            rows = [
                [_local(skill.name, lang), _text(cells.skill_scores(skill, lang))]
                for skill in role.skills
            ]
            parts.append(table(_labels(["skills", "skills_scale"], lang), rows))
        return parts
    if section is Section.EDUCATION:
        return _education(role, lang)
    if section is Section.INTERESTS:
        return _interests(role, lang)
    if section is Section.RELATED:
        lines = []
        for tier, members in cells.related_by_tier(role.related):
            names = ", ".join(
                _code(m.role) + (f" ({_inline(_local(m.title, lang))})" if m.title else "")
                for m in members
            )
            lines.append(f"**{_text(label(f'tier_{tier}', lang))}:** {names}")
        return [_bullets(lines)] if lines else []
    if section is Section.STATS:
        ratings = role.ratings
        work_life = ratings.work_life if ratings else None
        career = ratings.career_opportunity if ratings else None
        pairs = [
            ("degree", local(role.degree, lang) if role.degree else not_given),
            ("work_life", units.rating(work_life, lang) if work_life else not_given),
            ("career_opportunity", units.rating(career, lang) if career else not_given),
            ("salary_short", _headline(role, lang)),
            (
                "typical_years",
                units.years(role.experience_years, lang) if role.experience_years else not_given,
            ),
        ]
        if role.job_zone:
            pairs.append(("job_zone", cells.job_zone(role.job_zone, lang)))
        if role.interests and role.interests.code:
            pairs.append(("interest_code", cells.interest_code(role.interests, lang)))
        rows = [[_text(label(key, lang)), _text(value)] for key, value in pairs]
        return [
            table(["", ""], rows),
            *_warnings(cells.ladder_disagreements(role, positions, lang)),
        ]
    if section is Section.SALARY:
        rows = [
            [_text(cells.figure_name(figure, lang)), _text(cells.money(figure.money, lang))]
            for figure in salary.figures(role)
        ]
        rows.extend(
            [
                _text(label("employment", lang)),
                _text(label("jobs", lang, n=units.count(s.employment, lang))),
            ]
            for s in role.salary
            if s.employment is not None
        )
        notes = [_paragraphs(_local(s.note, lang)) for s in role.salary if s.note]
        if not rows:
            return []
        return [
            table(_labels(["figure", "amount"], lang), rows),
            *(f"{n}\n" for n in notes),
            *_warnings(cells.salary_disagreements(role, lang)),
        ]
    if section is Section.EXPERIENCE:
        distribution = role.experience_distribution
        if distribution is None:
            return []
        rows = [
            [_text(units.bracket(b.years, b.months, lang)), _text(units.percent(b.percent, lang))]
            for b in distribution.brackets
        ]
        parts = [table([_text(label("years_short", lang)), "%"], rows)]
        if not distribution.adds_up:
            total = units.number(distribution.total, lang)
            parts.append(f"> ⚠ {_text(label('sums_to', lang, total=total))}\n")
        if distribution.note:
            parts.append(_paragraphs(_local(distribution.note, lang)) + "\n")
        return parts
    if section is Section.LADDERS:
        lines = []
        for p in positions:
            years = label("years_at_step", lang, years=units.years(p.years, lang))
            line = (
                f"**{p.ladder}** — {_inline(_local(p.ladder_title, lang))}: "
                f"{_text(label('step_of', lang, step=p.step, steps=p.steps))} "
                f"({_inline(_local(p.title, lang))}, {_text(years)})"
            )
            if p.previous:
                line += f"; {_text(label('previous', lang))}: {_code(p.previous)}"
            if p.next:
                line += f"; {_text(label('next', lang))}: {_code(p.next)}"
            lines.append(line)
        return [_bullets(lines)] if lines else []
    if section is Section.INTERVIEW:
        interview = role.interview
        if interview is None or not (interview.questions or interview.common_questions):
            return []
        return _questions(interview.questions, interview.common_questions, lang)
    if section is Section.FAQ:
        return [
            f"**{_inline(_local(entry.question, lang))}**\n\n"
            f"{_paragraphs(_local(entry.answer, lang))}\n"
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
        line = f"**{_inline(_text(item.title))}** — " + _text(" · ".join(details))
        if item.attribution:
            line += f". {_text(item.attribution)}"
        if item.note:
            line += f". {_local(item.note, lang)}"
        lines.append(line)
    return [_bullets(lines)] if lines else []


def _warnings(texts: Sequence[str]) -> list[str]:
    """Figures of the data that disagree, as the terminal's ⚠ lines."""
    return [f"> ⚠ {_inline(_text(text))}\n" for text in texts]


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
            [_local(level.level, lang), _text(units.percent(level.percent, lang))]
            for level in role.education.levels
        ]
        parts.append(table([_text(label("education", lang)), "%"], rows))
    elif role.degree:
        degree = f"{label('degree', lang)}: {local(role.degree, lang)}"
        parts.append(_paragraphs(_text(degree)) + "\n")
    if role.job_zone:
        zone = role.job_zone
        name = _text(label("job_zone", lang))
        parts.append(f"**{name}:** {_text(cells.job_zone(zone, lang))}\n")
        parts.extend(
            _bullets([_text(f"{label(f'job_zone_{key}', lang)}: {local(text, lang)}")])
            for key in ("experience", "education", "training")
            if (text := getattr(zone, key)) is not None
        )
    return parts


def _interests(role: Role, lang: str) -> list[str]:
    interests = role.interests
    if interests is None:
        return []
    rows = [
        [
            _text(label(area, lang)),
            _text(units.number(score, lang) if score is not None else label("not_given", lang)),
        ]
        for area in INTEREST_AREAS
        for score in [getattr(interests, area)]
    ]
    parts = [table([_text(label("interests", lang)), "1–7"], rows)]
    if interests.code:
        name = _text(label("interest_code", lang))
        parts.append(f"**{name}:** {_text(cells.interest_code(interests, lang))}\n")
    return parts
