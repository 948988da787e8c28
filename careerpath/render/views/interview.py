"""``careerpath interview ROLE``: the questions asked for one role (also the
interview section of ``show``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from careerpath.render import cells
from careerpath.render.content import (
    Block,
    Content,
    Entries,
    Indented,
    Inline,
    Line,
    Quote,
    Subtitle,
    Title,
    bullets,
    inline,
)
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.interview import InterviewSet
    from careerpath.model import Question, Text


def questions(asked: Sequence[Question], common: Sequence[Text], lang: str) -> Content:
    """Numbered questions with source, rating, date and sample answer; then common ones."""
    entries: list[tuple[Inline, Content]] = []
    for question in asked:
        answer: Block
        if question.sample_answer:
            answer = Quote(
                inline((f"{label('sample_answer', lang)}: ", "emphasis")),
                inline(local(question.sample_answer, lang)),
            )
        else:
            answer = Line(inline((label("no_sample_answer", lang), "missing")))
        meta = Line(inline((cells.question_meta(question, lang), "quiet")))
        entries.append((inline((local(question.question, lang), "strong")), [meta, answer]))
    blocks: Content = [Entries(tuple(entries))] if entries else []
    if common:
        if entries:
            blocks.append(Line(inline()))
        blocks.append(Subtitle(inline((label("common_questions", lang), "strong")), indent=0))
        blocks.append(bullets(inline(local(item, lang)) for item in common))
    return blocks


def content(chosen: InterviewSet, lang: str) -> Content:
    heading = [(local(chosen.title, lang), "heading"), (f"  {chosen.role}", "quiet_id")]
    if chosen.total:
        shown_of = label("shown_of", lang, shown=chosen.count, total=chosen.total)
        heading.append((f"  ({shown_of})", "quiet"))
    blocks: Content = [Title(inline(*heading))]
    if not chosen.count:
        if chosen.company is not None and chosen.total:
            none = label("no_company_match", lang, company=chosen.company)
        else:
            none = label("not_given", lang)
        return [*blocks, Line(inline((none, "missing")), indent=1)]
    return [*blocks, Indented(questions(chosen.questions, chosen.common_questions, lang))]


def document(chosen: InterviewSet) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "role": chosen.role,
        "title": plain(chosen.title),
        "total": chosen.total,
        "questions": plain(chosen.questions),
        "common_questions": plain(chosen.common_questions),
    }


def records(chosen: InterviewSet) -> Any:
    """One row per question; common questions have only their text."""
    from careerpath.model import Question
    from careerpath.render.csvout import INTERVIEW_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    rows = []
    for index, item in enumerate([*chosen.questions, *chosen.common_questions], start=1):
        asked = item if isinstance(item, Question) else None
        rating = asked.company_rating if asked else None
        rows.append(
            {
                "index": index,
                "role": chosen.role,
                "kind": "asked" if asked else "common",
                **text_columns("question", asked.question if asked else item),  # type: ignore[arg-type]
                "company": asked.company if asked else None,
                "company_as_written": asked.company_as_written if asked else None,
                "source": asked.source if asked else None,
                "company_rating": rating.value if rating else None,
                "date": asked.date.isoformat() if asked and asked.date else None,
                "answers": asked.answers if asked else None,
                **text_columns("sample_answer", asked.sample_answer if asked else None),
            }
        )
    return Records(rows, INTERVIEW_COLUMNS)


VIEW: View[InterviewSet] = View(content, document, records)
