"""Rich terminal views for people.

Data text always goes through :class:`rich.text.Text`, never through markup,
so ``[bold]`` in a profile is printed as it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careerpath.listing import RoleListing
from careerpath.model import (
    SALARY_FIGURES,
    Distribution,
    LadderPosition,
    Range,
    Role,
    SalaryStatement,
    salary_headline_range,
)
from careerpath.model import Group as ItemGroup
from careerpath.profile import Section
from careerpath.render import units
from careerpath.render.labels import label

HEADING = "bold cyan"
DIM = "dim"
BAR_WIDTH = 20
GAP = 2  # spaces between table columns


def _not_given(lang: str) -> Text:
    return Text(label("not_given", lang), style="dim italic")


def _heading(key: str, lang: str) -> Text:
    return Text(label(key, lang), style=HEADING)


def _indent(renderable: RenderableType) -> Padding:
    return Padding(renderable, (0, 0, 0, 2), expand=False)


def _bullets(items: Sequence[Text], *, numbered: bool = False) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style=DIM)
    grid.add_column()
    for index, item in enumerate(items, start=1):
        grid.add_row(f"{index}." if numbered else "•", item)
    return grid


def _pairs(rows: Sequence[tuple[str, Text]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", max_width=22)
    grid.add_column()
    for name, value in rows:
        grid.add_row(name, value)
    return grid


def _groups(groups: Sequence[ItemGroup], lang: str) -> RenderableType:
    if not groups:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for group in groups:
        if group.heading:
            parts.append(Text(group.heading.get(lang), style="bold"))
        parts.append(_bullets([Text(item.get(lang)) for item in group.items]))
    return Group(*parts)


def _header(role: Role, lang: str) -> Panel:
    other = "vi" if lang == "en" else "en"
    lines = Text(role.title.get(other), style="italic")
    names = Text.assemble(("id: ", DIM), (role.id, "bold"))
    if role.aliases:
        names.append(f"  ·  {label('aliases', lang)}: ", style=DIM)
        names.append(", ".join(role.aliases))
    return Panel(
        Group(lines, names),
        title=Text(role.title.get(lang), style="bold"),
        title_align="left",
        box=box.ROUNDED,
        expand=True,
    )


def _summary(role: Role, lang: str) -> RenderableType:
    return Text(role.summary.get(lang))


def _stats(role: Role, lang: str) -> RenderableType:
    ratings = role.ratings
    rows = [
        (label("degree", lang), Text(role.degree.get(lang)) if role.degree else _not_given(lang)),
        (
            label("work_life", lang),
            Text(units.rating(ratings.work_life, lang))
            if ratings and ratings.work_life
            else _not_given(lang),
        ),
        (
            label("career_opportunity", lang),
            Text(units.rating(ratings.career_opportunity, lang))
            if ratings and ratings.career_opportunity
            else _not_given(lang),
        ),
        (label("salary_short", lang), _salary_headline(role.headline_salary(), lang)),
        (
            label("years", lang),
            Text(units.years(role.experience_years, lang))
            if role.experience_years
            else _not_given(lang),
        ),
    ]
    return _pairs(rows)


def salary_statement(statement: SalaryStatement, lang: str) -> Table:
    """One statement's figures, each with its currency and period."""
    rows: list[tuple[str, Text]] = []
    for name in SALARY_FIGURES:
        figure: Range | None = getattr(statement, name)
        if figure is not None:
            text = units.money(figure, statement.currency, statement.period, lang)
            rows.append((label(name, lang), Text(text)))
    return _pairs(rows)


def _salary(role: Role, lang: str) -> RenderableType:
    if not role.salary:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for statement in role.salary:
        if statement.label:
            parts.append(Text(statement.label.get(lang), style="bold"))
        parts.append(salary_statement(statement, lang))
        if statement.note:
            parts.append(Text(statement.note.get(lang), style=DIM))
        parts.append(Text())
    return Group(*parts[:-1])


def distribution_bars(distribution: Distribution, lang: str) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    for bracket in distribution.brackets:
        filled = round(bracket.percent / 100 * BAR_WIDTH)
        bar = Text("█" * filled, style="green")
        bar.append("░" * (BAR_WIDTH - filled), style=DIM)
        grid.add_row(units.years(bracket.years, lang), bar, units.percent(bracket.percent, lang))
    parts: list[RenderableType] = [grid]
    total = sum(bracket.percent for bracket in distribution.brackets)
    if round(total, 6) != 100:
        parts.append(Text(f"⚠ {label('sums_to', lang, total=units.number(total, lang))}", "yellow"))
    if distribution.note:
        parts.append(Text(distribution.note.get(lang), style=DIM))
    return Group(*parts)


def _experience(role: Role, lang: str) -> RenderableType:
    if not role.experience_distribution:
        return _not_given(lang)
    return distribution_bars(role.experience_distribution, lang)


def _ladders(positions: Sequence[LadderPosition], lang: str) -> RenderableType:
    if not positions:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for position in positions:
        line = Text.assemble(
            (position.ladder, "bold"),
            " — ",
            position.ladder_title.get(lang),
            (f"  {label('step_of', lang, step=position.step, steps=position.steps)}", DIM),
        )
        parts.append(line)
        detail = Text.assemble(
            position.title.get(lang), ", ", units.years(position.years, lang), style=""
        )
        if position.previous:
            detail.append(f"\n← {label('previous', lang)}: {position.previous}", style=DIM)
        if position.next:
            detail.append(f"\n→ {label('next', lang)}: {position.next}", style=DIM)
        parts.append(_indent(detail))
    return Group(*parts)


def _interview(role: Role, lang: str) -> RenderableType:
    interview = role.interview
    if not interview or not (interview.questions or interview.common_questions):
        return _not_given(lang)
    parts: list[RenderableType] = []
    for index, question in enumerate(interview.questions, start=1):
        meta: list[str] = []
        if question.company:
            meta.append(question.company)
        if question.source:
            meta.append(question.source)
        if question.company_rating:
            meta.append(
                f"{label('company_rating', lang)} {units.rating(question.company_rating, lang)}"
            )
        if question.date:
            meta.append(units.date(question.date, lang))
        if question.answers is not None:
            key = "answer" if question.answers == 1 else "answers"
            meta.append(label(key, lang, n=question.answers))
        if question.sample_answer:
            answer = Text(f"{label('sample_answer', lang)}: ", style="italic")
            answer.append(question.sample_answer.get(lang), style="")
        else:
            answer = Text(label("no_sample_answer", lang), style="dim italic")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style=DIM)
        grid.add_column()
        grid.add_row(f"{index}.", Text(question.question.get(lang), style="bold"))
        grid.add_row("", Text(" · ".join(meta), style=DIM))
        grid.add_row("", answer)
        parts.extend([grid, Text()])
    if interview.common_questions:
        parts.append(Text(label("common_questions", lang), style="bold"))
        parts.append(_bullets([Text(item.get(lang)) for item in interview.common_questions]))
    return Group(*parts)


def _faq(role: Role, lang: str) -> RenderableType:
    if not role.faq:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for entry in role.faq:
        parts.append(Text(entry.question.get(lang), style="bold"))
        parts.append(_indent(Text(entry.answer.get(lang))))
    return Group(*parts)


def _sources(role: Role, lang: str) -> RenderableType:
    if not role.sources:
        return _not_given(lang)
    items: list[Text] = []
    for source in role.sources:
        item = Text(source.title, style="bold")
        details = [
            f"{label('language', lang)}: {source.language or label('not_given', lang)}",
            f"{label('date', lang)}: "
            + (units.date(source.date, lang) if source.date else label("not_given", lang)),
        ]
        if source.reference:
            details.append(f"{label('reference', lang)}: {source.reference}")
        item.append("\n" + " · ".join(details), style=DIM)
        if source.note:
            item.append("\n" + source.note.get(lang))
        items.append(item)
    return _bullets(items)


_SECTIONS: dict[Section, Callable[[Role, str], RenderableType]] = {
    Section.SUMMARY: _summary,
    Section.DUTIES: lambda role, lang: _groups(role.duties, lang),
    Section.STATS: _stats,
    Section.SALARY: _salary,
    Section.EXPERIENCE: _experience,
    Section.REQUIREMENTS: lambda role, lang: _groups(role.requirements, lang),
    Section.INTERVIEW: _interview,
    Section.FAQ: _faq,
    Section.SOURCES: _sources,
}


def print_role(
    console: Console,
    role: Role,
    positions: Sequence[LadderPosition],
    sections: Sequence[Section],
    lang: str,
) -> None:
    """Every chosen section of one profile, top to bottom."""
    console.print(_header(role, lang))
    for section in sections:
        console.print()
        console.print(_heading(section.value, lang))
        if section is Section.LADDERS:
            body = _ladders(positions, lang)
        else:
            body = _SECTIONS[section](role, lang)
        console.print(_indent(body))


def print_role_list(console: Console, listings: Sequence[RoleListing], lang: str) -> None:
    """The table of ``careerpath list``: one row per role, or one card when narrow."""
    rows = [
        (
            Text(listing.id, style="bold"),
            Text(listing.title.get(lang)),
            Text(", ".join(listing.ladders) or "—"),
            Text(units.years(listing.experience_years, lang))
            if listing.experience_years
            else _not_given(lang),
            _salary_headline(listing.salary, lang),
        )
        for listing in listings
    ]
    headers = [label(key, lang) for key in ("id", "title", "ladders_short", "years_short")]
    headers.append(label("salary_short", lang))
    table = _fitted_table(headers, rows, console.width)
    if table is None:
        for id_, title, *details in rows:
            console.print(id_)
            console.print(
                _indent(Group(title, _pairs(list(zip(headers[2:], details, strict=True)))))
            )
        return
    console.print(table)


def _fitted_table(
    headers: Sequence[str], rows: Sequence[Sequence[Text]], width: int
) -> Table | None:
    """A table whose columns never break a word, or None when that cannot fit.

    The first column (an id) is never wrapped; the others shrink, widest first,
    down to their longest word.
    """
    columns = [
        (Text(header), *column)
        for header, column in zip(headers, zip(*rows, strict=True), strict=True)
    ]
    widest = [max(cell.cell_len for cell in column) for column in columns]
    narrowest = [max(_longest_word(cell.plain) for cell in column) for column in columns]
    narrowest[0] = widest[0]
    room = width - GAP * (len(columns) - 1)
    if sum(narrowest) > room:
        return None
    sizes = list(widest)
    while sum(sizes) > room:
        shrinkable = [i for i, low in enumerate(narrowest) if sizes[i] > low]
        sizes[max(shrinkable, key=lambda i: sizes[i])] -= 1
    table = Table(box=None, pad_edge=False, padding=(0, GAP, 0, 0), header_style="bold underline")
    for header, size in zip(headers, sizes, strict=True):
        table.add_column(header, width=size)
    for row in rows:
        table.add_row(*row)
    return table


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _salary_headline(statement: SalaryStatement | None, lang: str) -> Text:
    figure = salary_headline_range(statement) if statement else None
    if statement is None or figure is None:
        return _not_given(lang)
    return Text(units.money(figure, statement.currency, statement.period, lang))
