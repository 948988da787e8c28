"""Rich terminal views for people.

Data text always goes through :class:`rich.text.Text`, never through markup,
so ``[bold]`` in a profile is printed as it is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.text import Text

from careerpath import salary
from careerpath.errors import visible
from careerpath.model import (
    INTEREST_AREAS,
    Distribution,
    LadderPosition,
    Question,
    Role,
    SalaryStatement,
    headline_basis,
    salary_headline_range,
)
from careerpath.model import Group as ItemGroup
from careerpath.model import Text as BilingualText
from careerpath.profile import Section
from careerpath.render import bars, cells, units
from careerpath.render.labels import label, local

if TYPE_CHECKING:
    from rich.table import Table


HEADING = "bold cyan"
DIM = "dim"
BAR_WIDTH = 20
GAP = 2  # spaces between table columns


def _not_given(lang: str) -> Text:
    return Text(label("not_given", lang), style="dim italic")


def _heading(key: str, lang: str) -> Text:
    return Text(label(key, lang), style=HEADING)


class _Indent:
    """``renderable`` two columns in. What ``Padding(renderable, (0, 0, 0, 2))``
    draws, without padding each line to the full width to crop it again, which
    nested sections paid for at every level."""

    def __init__(self, renderable: RenderableType, width: int = 2) -> None:
        self.renderable = renderable
        self.width = width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = options.update_width(max(1, options.max_width - self.width))
        indent, new_line = Segment(" " * self.width), Segment.line()
        for line in console.render_lines(self.renderable, inner, pad=False):
            yield indent
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        inner = options.update_width(max(1, options.max_width - self.width))
        measured = Measurement.get(console, inner, self.renderable)
        return Measurement(measured.minimum + self.width, measured.maximum + self.width)


def _indent(renderable: RenderableType) -> _Indent:
    return _Indent(renderable)


class _Hanging:
    """Rows of a marker and a text, wrapped lines hanging under the text's first word.

    What a two-column grid would draw, for a fraction of its cost: a grid
    measures every cell twice, and a long profile has hundreds of them.
    """

    def __init__(
        self, rows: Sequence[tuple[Text, Text]], *, gap: int = 1, stack: bool = False
    ) -> None:
        self.rows = rows
        self.gap = gap
        self.stack = stack  # too narrow for a row on one line: the text under its marker

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        left = max((marker.cell_len for marker, _ in self.rows), default=0) + self.gap
        width = max(1, options.max_width - left)
        widest = max(
            (line.cell_len for _, text in self.rows for line in text.split("\n")), default=0
        )
        if self.stack and widest > width:
            for marker, text in self.rows:
                yield from marker.wrap(console, options.max_width, overflow="fold")
                for line in text.wrap(console, max(1, options.max_width - 2), overflow="fold"):
                    yield Text.assemble("  ", line)
            return
        longest_word = max(
            (len(word) for _, text in self.rows for word in text.plain.split()), default=0
        )
        if longest_word > width:  # the markers are too wide: let a grid wrap them too
            from rich.table import Table

            grid = Table.grid(padding=(0, self.gap))
            grid.add_column(max_width=max(4, options.max_width // 2), overflow="fold")
            grid.add_column(overflow="fold")
            for marker, text in self.rows:
                grid.add_row(marker, text)
            yield grid
            return
        for marker, text in self.rows:
            lines = text.wrap(console, width, overflow="fold")
            for number, line in enumerate(lines):
                head = marker.copy() if number == 0 else Text()
                head.pad_right(left - head.cell_len)
                yield Text.assemble(head, line)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        left = max((marker.cell_len for marker, _ in self.rows), default=0) + self.gap
        widest = max((text.cell_len for _, text in self.rows), default=0)
        return Measurement(left + 1, min(options.max_width, left + widest))


def _bullets(items: Sequence[Text], *, numbered: bool = False) -> _Hanging:
    return _Hanging(
        [
            (Text(f"{index}." if numbered else "•", style=DIM), item)
            for index, item in enumerate(items, start=1)
        ]
    )


def _pairs(rows: Sequence[tuple[str, Text]]) -> RenderableType:
    """Label and value, side by side."""
    return _Hanging([(Text(name, style="bold"), value) for name, value in rows], gap=2)


def _groups(groups: Sequence[ItemGroup], lang: str) -> RenderableType:
    if not groups:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for group in groups:
        if group.heading:
            parts.append(Text(local(group.heading, lang), style="bold"))
        parts.append(_bullets([Text(local(item, lang)) for item in group.items]))
    return Group(*parts)


def _header(role: Role, source: tuple[str, str], lang: str) -> Panel:
    other = "vi" if lang == "en" else "en"
    lines: list[RenderableType] = []
    if getattr(role.title, lang) and (other_title := getattr(role.title, other)):
        lines.append(Text(other_title, style="italic"))  # once: local() marks a lone title
    names = Text.assemble(("id: ", DIM), (role.id, "bold"))
    if role.aliases:
        names.append(f"  ·  {label('aliases', lang)}: ", style=DIM)
        names.append(", ".join(role.aliases))
    lines.append(names)
    if role.codes:
        lines.append(Text(cells.codes(role.codes, lang), style=DIM))
    if role.also_called:
        lines.append(Text(cells.also_called(role.also_called, lang), style=DIM))
    path, origin = source
    if origin != "bundled":  # say where a user's own profile was read from
        lines.append(
            Text.assemble(
                (f"{label('file', lang)}: ", DIM), (visible(path), ""), (f" ({origin})", DIM)
            )
        )
    return Panel(
        Group(*lines),
        title=Text(local(role.title, lang), style="bold"),
        title_align="left",
        box=box.ROUNDED,
        expand=True,
    )


def _summary(role: Role, lang: str) -> RenderableType:
    return Text(local(role.summary, lang))


def _stats(role: Role, lang: str, positions: Sequence[LadderPosition] = ()) -> RenderableType:
    ratings = role.ratings
    rows = [
        (
            label("degree", lang),
            Text(local(role.degree, lang)) if role.degree else _not_given(lang),
        ),
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
        (label("salary_short", lang), _salary_headline(role.headline_salary(), lang, basis=True)),
        (
            label("typical_years", lang),
            Text(units.years(role.experience_years, lang))
            if role.experience_years
            else _not_given(lang),
        ),
    ]
    rows.extend(
        ("", Text("⚠ " + text, style="yellow"))
        for text in cells.ladder_disagreements(role, positions, lang)
    )
    if role.job_zone:
        rows.append((label("job_zone", lang), Text(cells.job_zone(role.job_zone, lang))))
    if role.interests and role.interests.code:
        rows.append((label("interest_code", lang), Text(cells.interest_code(role.interests, lang))))
    return _pairs(rows)


def salary_statement(statement: SalaryStatement, lang: str) -> RenderableType:
    """One statement's figures, each with its currency and period."""
    rows = [
        (label(name, lang), Text(units.money(figure, statement.currency, statement.period, lang)))
        for name, figure in salary.statement_figures(statement)
    ]
    if statement.employment is not None:
        jobs = label("jobs", lang, n=units.count(statement.employment, lang))
        rows.append((label("employment", lang), Text(jobs)))
    return _pairs(rows)


def salary_warnings(role: Role, lang: str) -> list[Text]:
    """⚠ lines for a role's figures that disagree (a monthly figure ×12 against the
    annual ones)."""
    return [Text("⚠ " + text, style="yellow") for text in cells.salary_disagreements(role, lang)]


def _salary(role: Role, lang: str) -> RenderableType:
    if not role.salary:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for statement in role.salary:
        if statement.label:
            parts.append(Text(local(statement.label, lang), style="bold"))
        parts.append(salary_statement(statement, lang))
        if statement.note:
            parts.append(Text(local(statement.note, lang), style=DIM))
        parts.append(Text())
    warnings = salary_warnings(role, lang)
    return Group(*parts[:-1], *warnings)


def _share_rows(shares: Sequence[tuple[str, float, str]]) -> list[tuple[Text, Text]]:
    """Each name with its share as a bar and its percentage, the percentages aligned."""
    width = max((len(text) for *_, text in shares), default=0) + 1
    rows = []
    for name, percent, text in shares:
        share = Text(" ")
        share.append_text(bars.percent_bar(percent, BAR_WIDTH))
        share.append(text.rjust(width))
        rows.append((Text(name), share))
    return rows


def distribution_bars(distribution: Distribution, lang: str) -> RenderableType:
    shares = [
        (units.bracket(bracket.years, bracket.months, lang), bracket.percent)
        for bracket in distribution.brackets
    ]
    parts: list[RenderableType] = [
        _Hanging(
            _share_rows([(n, p, units.percent(p, lang)) for n, p in shares]), gap=0, stack=True
        )
    ]
    if not distribution.adds_up:
        total = units.number(distribution.total, lang)
        parts.append(Text(f"⚠ {label('sums_to', lang, total=total)}", "yellow"))
    if distribution.note:
        parts.append(Text(local(distribution.note, lang), style=DIM))
    return Group(*parts)


def _experience(role: Role, lang: str) -> RenderableType:
    if not role.experience_distribution:
        return _not_given(lang)
    return distribution_bars(role.experience_distribution, lang)


def _education(role: Role, lang: str) -> RenderableType:
    """The education levels people in the role report, and the job zone's preparation."""
    parts: list[RenderableType] = []
    if role.education and role.education.levels:
        levels = role.education.levels
        if role.degree:
            degree = Text(local(role.degree, lang))
            degree.append(f" ({label('most_report', lang)})", style=DIM)
            parts.append(_pairs([(label("degree", lang), degree)]))
        shares = [(local(level.level, lang), level.percent) for level in levels]
        parts.append(
            _Hanging(
                _share_rows([(n, p, units.percent(p, lang)) for n, p in shares]), gap=0, stack=True
            )
        )
        if role.education.note:
            parts.append(Text(local(role.education.note, lang), style=DIM))
    elif role.degree:
        parts.append(_pairs([(label("degree", lang), Text(local(role.degree, lang)))]))
    if role.job_zone:
        zone = role.job_zone
        if parts:
            parts.append(Text())
        parts.append(Text(f"{label('job_zone', lang)} {cells.job_zone(zone, lang)}", style="bold"))
        details = [
            (label(f"job_zone_{name}", lang), Text(local(text, lang)))
            for name in ("experience", "education", "training")
            if (text := getattr(zone, name)) is not None
        ]
        if details:
            parts.append(_pairs(details))
    return Group(*parts) if parts else _not_given(lang)


def _skills(role: Role, lang: str) -> RenderableType:
    rows = []
    for skill in role.skills:
        bar = Text(" ")
        if skill.importance is not None:
            bar.append_text(bars.score_bar(skill.importance, 1, 5, 10))
        bar.append(" " + cells.skill_scores(skill, lang), style=DIM)
        rows.append((Text(local(skill.name, lang)), bar))
    return Group(
        Text.assemble((label("skills", lang), "bold"), (f"  {label('skills_scale', lang)}", DIM)),
        _Hanging(rows, gap=0, stack=True),
    )


def _requirements(role: Role, lang: str) -> RenderableType:
    if not role.skills:
        return _groups(role.requirements, lang)
    if not role.requirements:
        return _skills(role, lang)
    return Group(_groups(role.requirements, lang), Text(), _skills(role, lang))


def _interests(role: Role, lang: str) -> RenderableType:
    interests = role.interests
    if interests is None:
        return _not_given(lang)
    rows = []
    for area in INTEREST_AREAS:
        score = getattr(interests, area)
        bar = Text(" ")
        if score is not None:
            bar.append_text(bars.score_bar(score, 1, 7, BAR_WIDTH))
            bar.append(" " + units.number(score, lang, decimals=2))
        else:
            bar.append_text(_not_given(lang))
        rows.append((Text(f"{area[0].upper()}  {label(area, lang)}"), bar))
    parts: list[RenderableType] = [_Hanging(rows, gap=0, stack=True)]
    if interests.code:
        parts.append(
            Text.assemble(
                (f"{label('interest_code', lang)}: ", "bold"), cells.interest_code(interests, lang)
            )
        )
    parts.append(Text(label("interests_scale", lang), style=DIM))
    return Group(*parts)


def _related(role: Role, lang: str) -> RenderableType:
    if not role.related:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for tier, members in cells.related_by_tier(role.related):
        parts.append(Text(label(f"tier_{tier}", lang), style="bold"))
        parts.append(
            _bullets(
                [
                    Text.assemble(
                        (member.role, "bold"),
                        (f" — {local(member.title, lang)}" if member.title else "", ""),
                    )
                    for member in members
                ]
            )
        )
    return Group(*parts)


def _ladders(positions: Sequence[LadderPosition], lang: str) -> RenderableType:
    if not positions:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for position in positions:
        line = Text.assemble(
            (position.ladder, "bold"),
            " — ",
            local(position.ladder_title, lang),
            (f"  {label('step_of', lang, step=position.step, steps=position.steps)}", DIM),
        )
        parts.append(line)
        detail = Text.assemble(
            local(position.title, lang),
            ", ",
            label("years_at_step", lang, years=units.years(position.years, lang)),
            style="",
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
    return _questions(interview.questions, interview.common_questions, lang)


def _questions(
    questions: Sequence[Question], common: Sequence[BilingualText], lang: str
) -> RenderableType:
    """Numbered questions with source, rating, date and sample answer; then common ones."""
    rows: list[tuple[Text, Text]] = []
    for index, question in enumerate(questions, start=1):
        if question.sample_answer:
            answer = Text(f"{label('sample_answer', lang)}: ", style="italic")
            answer.append(local(question.sample_answer, lang), style="")
        else:
            answer = Text(label("no_sample_answer", lang), style="dim italic")
        if rows:
            rows.append((Text(), Text()))  # a blank line between questions
        rows.append((Text(f"{index}.", style=DIM), Text(local(question.question, lang), "bold")))
        rows.append((Text(), Text(cells.question_meta(question, lang), style=DIM)))
        rows.append((Text(), answer))
    parts: list[RenderableType] = [_Hanging(rows)] if rows else []
    if common:
        if rows:
            parts.append(Text())
        parts.append(Text(label("common_questions", lang), style="bold"))
        parts.append(_bullets([Text(local(item, lang)) for item in common]))
    return Group(*parts)


def _faq(role: Role, lang: str) -> RenderableType:
    if not role.faq:
        return _not_given(lang)
    parts: list[RenderableType] = []
    for entry in role.faq:
        parts.append(Text(local(entry.question, lang), style="bold"))
        parts.append(_indent(Text(local(entry.answer, lang))))
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
        details.extend(cells.source_details(source, lang))
        item.append("\n" + " · ".join(details), style=DIM)
        if source.attribution:
            item.append("\n" + source.attribution)
        if source.note:
            item.append("\n" + local(source.note, lang))
        items.append(item)
    return _bullets(items)


_SECTIONS: dict[Section, Callable[[Role, str], RenderableType]] = {
    Section.SUMMARY: _summary,
    Section.DUTIES: lambda role, lang: _groups(role.duties, lang),
    Section.STATS: _stats,
    Section.SALARY: _salary,
    Section.EXPERIENCE: _experience,
    Section.EDUCATION: _education,
    Section.REQUIREMENTS: _requirements,
    Section.INTERESTS: _interests,
    Section.RELATED: _related,
    Section.INTERVIEW: _interview,
    Section.FAQ: _faq,
    Section.SOURCES: _sources,
}


def print_role(
    console: Console,
    role: Role,
    positions: Sequence[LadderPosition],
    sections: Sequence[Section],
    source: tuple[str, str],
    lang: str,
) -> None:
    """Every chosen section of one profile, top to bottom, printed at once."""
    parts: list[RenderableType] = [_header(role, source, lang)]
    for section in sections:
        if section is Section.LADDERS:
            body = _ladders(positions, lang)
        elif section is Section.STATS:
            body = _stats(role, lang, positions)
        else:
            body = _SECTIONS[section](role, lang)
        parts.extend([Text(), _heading(section.value, lang), _indent(body)])
    console.print(Group(*parts))


def _fitted_table(
    headers: Sequence[str | Text],
    rows: Sequence[Sequence[Text]],
    width: int,
    *,
    fixed_first: bool = True,
    last_to_shrink: int | None = None,
) -> Table | None:
    """A table whose columns never break a word, or None when that cannot fit.

    The first column (an id) is never wrapped unless ``fixed_first`` is false;
    the others shrink, widest first, down to their longest word; the column
    ``last_to_shrink`` (a title) only once the others are as narrow as they go.
    """
    columns = [
        (Text(header) if isinstance(header, str) else header, *(row[index] for row in rows))
        for index, header in enumerate(headers)
    ]
    widest = [max(cell.cell_len for cell in column) for column in columns]
    narrowest = [max(_longest_word(cell.plain) for cell in column) for column in columns]
    if fixed_first:
        narrowest[0] = widest[0]
    room = width - GAP * (len(columns) - 1)
    if sum(narrowest) > room:
        return None
    sizes = list(widest)
    while sum(sizes) > room:
        shrinkable = [i for i, low in enumerate(narrowest) if sizes[i] > low]
        others = [i for i in shrinkable if i != last_to_shrink] or shrinkable
        sizes[max(others, key=lambda i: sizes[i])] -= 1
    from rich.table import Table

    table = Table(box=None, pad_edge=False, padding=(0, GAP, 0, 0), header_style="bold underline")
    for header, size in zip(headers, sizes, strict=True):
        table.add_column(header, width=size)
    for row in rows:
        table.add_row(*row)
    return table


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _salary_headline(statement: SalaryStatement | None, lang: str, *, basis: bool = False) -> Text:
    """The headline range; with ``basis``, what it is when not a range the source gives."""
    figure = salary_headline_range(statement) if statement else None
    if statement is None or figure is None:
        return _not_given(lang)
    text = Text(units.money(figure, statement.currency, statement.period, lang))
    kind = headline_basis(statement) if basis else None
    if kind is not None:
        text.append(f" ({label(f'basis_{kind}', lang)})", style=DIM)
    return text


def _cards(console: Console, cards: Sequence[tuple[Text, Sequence[tuple[str, Text]]]]) -> None:
    """Stacked blocks, for terminals too narrow for a table."""
    for title, pairs in cards:
        console.print(title)
        console.print(_indent(_pairs(pairs)))
