"""GitHub-flavoured Markdown tables, with the same figures and units as the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from careerpath import salary
from careerpath.compare import Comparison
from careerpath.interview import InterviewSet
from careerpath.ladder import Route, Timeline
from careerpath.listing import RoleListing
from careerpath.model import Ladder, Period, Role, Span, salary_headline_range
from careerpath.render import cells, units
from careerpath.render.cells import source_text
from careerpath.render.labels import label, local
from careerpath.search import Result
from careerpath.validate import Report


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


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
            local(listing.title, lang),
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
        [f"`{ladder.id}`", local(ladder.title, lang), " → ".join(s.role for s in ladder.steps)]
        for ladder in ladders
    ]
    return table([label("id", lang), label("title", lang), label("ladders_steps", lang)], rows)


def timelines(items: Sequence[Timeline], lang: str) -> str:
    parts = []
    for timeline in items:
        rows = []
        for step in timeline.steps:
            title = local(step.title, lang)
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
        heading = f"### {timeline.ladder.id} — {local(timeline.ladder.title, lang)}\n\n"
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
    rows = [[label("title", lang), *(local(title, lang) for title in result.titles)]]
    for row in result.rows:
        values = [cells.compare_value(row, i, result, lang) for i in range(len(result.roles))]
        rows.append([cells.row_label(row, lang), *values])
    return table(["", *(f"`{role}`" for role in result.roles)], rows)


def route(result: Route, lang: str) -> str:
    rows = [
        [
            str(index),
            local(hop.title, lang),
            f"`{hop.role}`",
            f"{hop.ladder} {hop.step}",
            units.years(hop.years, lang),
        ]
        for index, hop in enumerate(result.hops, start=1)
    ]
    headers = ["#", label("title", lang), label("id", lang), label("ladder", lang)]
    text = table([*headers, label("years_short", lang)], rows)
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
    text += f"\n**{label('total_years', lang)}:** {cells.route_total(result, lang)}\n"
    change = result.salary_change
    pay = (
        f"{cells.salary_change(change, lang)} ({cells.salary_change_detail(change, lang)})"
        if change
        else label("not_given", lang)
    )
    text += f"\n**{label('salary_short', lang)}:** {pay}\n"
    return text


def interview(chosen: InterviewSet, lang: str) -> str:
    """Each question as a heading, its source line in italics, the answer quoted."""
    parts = [f"## {local(chosen.title, lang)}\n"]
    for index, question in enumerate(chosen.questions, start=1):
        parts.append(f"### {index}. {local(question.question, lang)}\n")
        meta = cells.question_meta(question, lang)
        if meta:
            parts.append(f"*{meta}*\n")
        if question.sample_answer:
            parts.append(f"> {local(question.sample_answer, lang)}\n")
        else:
            parts.append(f"{label('no_sample_answer', lang)}\n")
    if chosen.common_questions:
        parts.append(f"### {label('common_questions', lang)}\n")
        parts.append("\n".join(f"- {local(item, lang)}" for item in chosen.common_questions) + "\n")
    return "\n".join(parts)


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
