"""``careerpath ladder TRACK --step S``: what one step expects, by theme."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render import units
from careerpath.render.content import Content, Inline, Line, Subtitle, Title, bullets, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.expectations import StepExpectations, StepRef
    from careerpath.model import Expectation


def step_line(step: StepRef, steps_word: str, lang: str) -> Inline:
    """``Step 4 (senior-2-ic): Senior Engineer 2 (…) · level 4 · track … · years``."""
    said = f"{steps_word} {step.step}" + (f" ({step.id})" if step.id else "") + ": "
    parts = [local(step.title, lang)]
    level = label("level_n", lang, n=step.level) if step.level is not None else None
    if level is not None and level.casefold() not in parts[0].casefold():  # not "Level 1 · level 1"
        parts.append(level)
    if step.track is not None:
        parts.append(label("track_is", lang, track=local(step.track, lang)))
    parts.append(units.years(step.years, lang) if step.years else label("years_not_given", lang))
    return inline((said, "strong"), " · ".join(parts))


def expectation(item: Expectation, lang: str) -> Inline:
    """An expectation: its sub-level and proficiency first, then its text and examples."""
    head = []
    if item.sublevel:
        head.append((label("sublevel_is", lang, sublevel=item.sublevel) + ": ", "quiet"))
    text = [(local(item.text, lang), "")]
    if item.proficiency:
        text.append((f"  ({item.proficiency})", "quiet"))
    examples = [
        (f"\n{label('for_example', lang)}: {local(example, lang)}", "quiet")
        for example in item.examples
    ]
    return inline(*head, *text, *examples)


def content(found: StepExpectations, lang: str) -> Content:
    blocks: Content = [
        Title(
            inline(
                (found.ladder, "strong"),
                " — ",
                (local(found.ladder_title, lang), "heading"),
            )
        ),
        Line(step_line(found.step, label("step_word", lang), lang)),
    ]
    if not found.themes:
        blocks.append(Line(inline((label("no_expectations", lang), "missing"))))
        return blocks
    for theme in found.themes:
        blocks.append(Subtitle(inline((local(theme.name, lang), "strong")), indent=0))
        if theme.summary is not None:
            blocks.append(Line(inline((local(theme.summary, lang), "quiet"))))
        blocks.append(bullets(expectation(item, lang) for item in theme.expectations))
    return blocks


def document(found: StepExpectations) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, **plain(found)}


def records(found: StepExpectations) -> Any:
    """One row per expectation."""
    from careerpath.render.csvout import EXPECTATION_COLUMNS
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "ladder": found.ladder,
                "step": found.step.step,
                "step_id": found.step.id,
                "role": found.step.role,
                "theme": theme.id,
                "sublevel": item.sublevel,
                "proficiency": item.proficiency,
                "text_en": item.text.en,
                "text_vi": item.text.vi,
                "examples_en": " | ".join(e.en or "" for e in item.examples) or None,
            }
            for theme in found.themes
            for item in theme.expectations
        ),
        EXPECTATION_COLUMNS,
    )


VIEW: View[StepExpectations] = View(content, document, records)
