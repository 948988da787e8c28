"""``careerpath ladder ID``: each ladder as a timeline, its steps' years on one axis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from careerpath.model import Span
from careerpath.render import cells, units
from careerpath.render.content import Content, Line, Step, Title, inline
from careerpath.render.content import Timeline as Chart
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.ladder import Timeline
    from careerpath.model import Text


def timeline(item: Timeline, lang: str) -> Content:
    ladder = item.ladder
    count = label("steps_count", lang, n=len(item.steps))
    if ladder.derived is not None:
        count += ", " + label("derived", lang)
    blocks: Content = [
        Title(
            inline(
                (ladder.id, "strong"),
                " — ",
                (local(ladder.title, lang), "heading"),
                (f"  ({count})", "quiet"),
            )
        )
    ]
    if ladder.summary:
        blocks.append(Line(inline((local(ladder.summary, lang), "quiet"))))
    steps = []
    for step in item.steps:
        if step.reached_after is None or step.years is None:
            reached = label("not_given_short", lang)
            years_text = label("years_not_given", lang)
            reached_text = ""  # the years line says it once
        else:
            reached = units.years(Span(step.reached_after, step.reached_after), lang)
            years_text = units.years(step.years, lang)
            reached_text = label("reached_after", lang, years=reached)
        detail = cells.step_salary(step, lang)
        if step.note:
            detail += f" · {local(step.note, lang)}"
        steps.append(
            Step(
                number=step.step,
                title=local(step.title, lang),
                role=step.role,
                years=step.years,
                years_text=years_text,
                reached=reached,
                reached_text=reached_text,
                detail=detail,
                full_profile=step.full_profile,
                here=step.role == item.highlight,
                here_text=label("you_are_here", lang, role=step.role),
                evidence=tuple(local(reason, lang) for reason in step.evidence),
            )
        )
    keys = ("title", "id", "years_short", "reached_after_header", "salary_short")
    chart = Chart(
        tuple(steps),
        "years" if lang == "en" else "năm",
        tuple(label(key, lang) for key in keys),
        label("full_profile_marker", lang),
        label("ladder_years_note", lang),
        label("why_here", lang) if any(step.evidence for step in steps) else "",
    )
    return [*blocks, Line(inline()), chart]


def content(timelines: Sequence[Timeline], lang: str) -> Content:
    """One timeline after another."""
    blocks: Content = []
    for index, item in enumerate(timelines):
        if index:
            blocks.append(Line(inline()))
        blocks.extend(timeline(item, lang))
    return blocks


def document(timelines: Sequence[Timeline]) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain, without_format

    return {
        "format": OUTPUT_FORMAT,
        "highlight": timelines[0].highlight if timelines else None,
        "ladders": [
            {
                "ladder": {
                    key: value
                    for key, value in without_format(item.ladder).items()
                    if key != "steps"
                },
                "steps": plain(item.steps),
            }
            for item in timelines
        ],
    }


def records(timelines: Sequence[Timeline]) -> Any:
    from careerpath.render.csvout import TIMELINE_COLUMNS, money_columns, span_columns, text_columns
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "ladder": item.ladder.id,
                "step": step.step,
                "role": step.role,
                **text_columns("title", step.title),
                **span_columns("years", step.years),
                "reached_after": step.reached_after,
                **money_columns("salary", step.salary),
                "salary_from": step.salary_from,
                "full_profile": step.full_profile,
                "highlight": step.role == item.highlight,
                "derived": item.ladder.derived.method if item.ladder.derived else None,
                **_evidence(step.evidence),
            }
            for item in timelines
            for step in item.steps
        ),
        TIMELINE_COLUMNS,
    )


def _evidence(reasons: Sequence[Text]) -> dict[str, str | None]:
    """A derived step's reasons in one cell per language, joined by "; "."""
    return {
        f"evidence_{lang}": "; ".join(text for reason in reasons if (text := getattr(reason, lang)))
        or None
        for lang in ("vi", "en")
    }


VIEW: View[Sequence[Timeline]] = View(content, document, records)
