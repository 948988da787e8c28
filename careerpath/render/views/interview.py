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
    from careerpath.interview import InterviewSet, Suggested
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


def suggested(
    chosen: Sequence[Suggested], unrated: Sequence[str], code: str | None, lang: str
) -> Content:
    """careerpath's questions, labelled as derived: each with why it was chosen and
    what a strong answer shows; then what the role's data gave nothing to choose by."""
    blocks: Content = [
        Subtitle(inline((label("chosen_questions", lang), "strong")), indent=0),
        Line(inline((label("chosen_note", lang), "quiet"))),
    ]
    entries: list[tuple[Inline, Content]] = []
    for item in chosen:
        reason = cells.question_reason(item.reason, lang)
        why = Line(inline((f"{label('why', lang)}: {reason}", "quiet")))
        # Guidance, not someone's words: a line, not a quote.
        shows = Line(
            inline((f"{label('strong_answer', lang)}: ", "emphasis"), local(item.shows, lang))
        )
        entries.append((inline((local(item.question, lang), "strong")), [why, shows]))
    if entries:
        blocks.append(Entries(tuple(entries)))
    if unrated:
        what = ", ".join(label(f"topic_{kind}", lang) for kind in unrated)
        said = label("unrated", lang, what=what)
        blocks.extend([Line(inline()), Line(inline((said, "missing")))])
        if code is not None:
            blocks.append(Line(inline((label("unrated_import", lang, code=code), "quiet"))))
    return blocks


def content(chosen: InterviewSet, lang: str) -> Content:
    heading = [(local(chosen.title, lang), "heading"), (f"  {chosen.role}", "quiet_id")]
    if chosen.count < chosen.total:  # a filter or --limit left some out
        shown_of = label("shown_of", lang, shown=chosen.count, total=chosen.total)
        heading.append((f"  ({shown_of})", "quiet"))
    blocks: Content = [Title(inline(*heading))]
    if not chosen.count:
        if chosen.company is not None and chosen.total:
            none = label("no_company_match", lang, company=chosen.company)
        else:
            none = label("not_given", lang)
        return [*blocks, Line(inline((none, "missing")), indent=1)]
    body = questions(chosen.questions, chosen.common_questions, lang)
    if chosen.suggested:
        if body:
            body.append(Line(inline()))
        body.extend(suggested(chosen.suggested, chosen.unrated, chosen.code, lang))
    return [*blocks, Indented(body)]


def document(chosen: InterviewSet) -> dict[str, Any]:
    from careerpath.interview import METHOD
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "role": chosen.role,
        "title": plain(chosen.title),
        "total": chosen.total,
        "questions": plain(chosen.questions),
        "common_questions": plain(chosen.common_questions),
        "suggested": [
            {
                "question": plain(item.question),
                "shows": plain(item.shows),
                "reason": {lang: cells.question_reason(item.reason, lang) for lang in ("en", "vi")},
                "basis": plain(item.reason),
                "source": {"bank": item.bank, "method": METHOD, "derived": True},
            }
            for item in chosen.suggested
        ],
        "unrated": chosen.unrated,
    }


def records(chosen: InterviewSet) -> Any:
    """One row per question: reported, common (only their text), then careerpath's
    (with what a strong answer shows, why it was chosen, and the method)."""
    from careerpath.interview import METHOD
    from careerpath.model import Question, Text
    from careerpath.render.csvout import INTERVIEW_COLUMNS, text_columns
    from careerpath.render.csvout import Rows as Records

    rows = []
    index = 0
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
                **text_columns("shows", None),
                **text_columns("reason", None),
                "method": None,
            }
        )
    reported = index
    for index, suggestion in enumerate(chosen.suggested, start=reported + 1):
        reason = Text(
            en=cells.question_reason(suggestion.reason, "en"),
            vi=cells.question_reason(suggestion.reason, "vi"),
        )
        rows.append(
            {
                "index": index,
                "role": chosen.role,
                "kind": "suggested",
                **text_columns("question", suggestion.question),
                "company": None,
                "company_as_written": None,
                "source": suggestion.bank,
                "company_rating": None,
                "date": None,
                "answers": None,
                **text_columns("sample_answer", None),
                **text_columns("shows", suggestion.shows),
                **text_columns("reason", reason),
                "method": METHOD,
            }
        )
    return Records(rows, INTERVIEW_COLUMNS)


VIEW: View[InterviewSet] = View(content, document, records)
