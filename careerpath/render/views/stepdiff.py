"""``careerpath ladder TRACK --diff A B``: theme by theme, what B expects that A does not."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render.content import Content, Line, Subtitle, Title, bullets, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View
from careerpath.render.views.expectations import expectation, step_line

if TYPE_CHECKING:
    from careerpath.expectations import StepDiff


def content(found: StepDiff, lang: str) -> Content:
    blocks: Content = [
        Title(
            inline((found.ladder, "strong"), " — ", (local(found.ladder_title, lang), "heading"))
        ),
        Line(step_line(found.before, label("diff_from", lang), lang)),
        Line(step_line(found.after, label("diff_to", lang), lang)),
    ]
    if not any(theme.new or theme.dropped for theme in found.themes):
        blocks.append(Line(inline((label("diff_nothing_new", lang), "missing"))))
        return blocks
    for theme in found.themes:
        blocks.append(Subtitle(inline((local(theme.name, lang), "strong")), indent=0))
        if theme.new:
            blocks.append(Line(inline((label("diff_new", lang, n=len(theme.new)), "field"))))
            blocks.append(bullets(expectation(item, lang) for item in theme.new))
        else:
            blocks.append(Line(inline((label("diff_none_new", lang), "quiet"))))
        if theme.dropped:
            said = label("diff_dropped", lang, n=len(theme.dropped))
            blocks.append(Line(inline((said, "field"))))
            blocks.append(bullets(expectation(item, lang) for item in theme.dropped))
        if theme.kept:
            blocks.append(Line(inline((label("diff_kept", lang, n=theme.kept), "quiet"))))
    return blocks


def document(found: StepDiff) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {"format": OUTPUT_FORMAT, **plain(found)}


def records(found: StepDiff) -> Any:
    """One row per expectation that changed: ``new`` at the second step, or ``dropped``."""
    from careerpath.render.csvout import DIFF_COLUMNS
    from careerpath.render.csvout import Rows as Records

    return Records(
        (
            {
                "ladder": found.ladder,
                "from_step": found.before.id or found.before.step,
                "to_step": found.after.id or found.after.step,
                "theme": theme.id,
                "change": change,
                "sublevel": item.sublevel,
                "proficiency": item.proficiency,
                "text_en": item.text.en,
                "text_vi": item.text.vi,
            }
            for theme in found.themes
            for change, items in (("new", theme.new), ("dropped", theme.dropped))
            for item in items
        ),
        DIFF_COLUMNS,
    )


VIEW: View[StepDiff] = View(content, document, records)
