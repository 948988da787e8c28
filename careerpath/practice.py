"""The interactive interview drill: one question at a time, in a terminal."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from careerpath.interview import InterviewSet, Suggested
from careerpath.model import Question
from careerpath.model import Text as Bilingual
from careerpath.render.cells import question_meta, question_reason
from careerpath.render.labels import label, local

ENTER = {"\r", "\n"}
QUIT = {"q", "Q", "\x03", "\x04", "\x1b"}  # q, Ctrl-C, Ctrl-D, Esc


def drill(
    console: Console, chosen: InterviewSet, lang: str, read_key: Callable[[], str]
) -> tuple[int, int]:
    """Ask each question; Enter reveals the sample answer, n goes on, q quits.

    Returns how many questions were seen and how many answers were revealed.
    """
    items: list[Question | Bilingual | Suggested] = [
        *chosen.questions,
        *chosen.common_questions,
        *chosen.suggested,
    ]
    seen = revealed = 0
    for index, item in enumerate(items, start=1):
        seen = index
        answer: Text | None = None
        why: str | None = None
        if isinstance(item, Question):
            question, meta = item.question, question_meta(item, lang)
            if item.sample_answer is not None:
                answer = Text(local(item.sample_answer, lang))
        elif isinstance(item, Suggested):
            question, meta = item.question, label("chosen_questions", lang)
            why = f"{label('why', lang)}: {question_reason(item.reason, lang)}"
            answer = Text.assemble(
                (f"{label('strong_answer', lang)}: ", "italic"), local(item.shows, lang)
            )
        else:
            question, meta = item, label("common_question", lang)
        console.print()
        console.print(
            Panel(
                Text(local(question, lang), style="bold"),
                title=Text(label("question_n_of", lang, n=index, total=len(items))),
                subtitle=Text(meta),
                title_align="left",
                subtitle_align="left",
            )
        )
        if why is not None:
            console.print(Text(why, style="dim"))
        keys = "practice_keys_no_answer"
        if isinstance(item, Suggested):
            keys = "practice_keys_guidance"
        elif answer is not None:
            keys = "practice_keys"
        console.print(Text(label(keys, lang), style="dim"))
        shown = answer is None  # nothing to reveal: Enter goes on
        while True:
            key = read_key()
            if key in QUIT:
                return seen, revealed
            if key in {"n", "N"}:
                break
            if key in ENTER and not shown and answer is not None:
                shown = True
                revealed += 1
                console.print(Padding(answer, (0, 2)))
            elif key in ENTER:
                break
    return seen, revealed


def summary(seen: int, revealed: int, total: int, lang: str) -> Text:
    return Text(
        label("practice_summary", lang, seen=seen, total=total, revealed=revealed), style="bold"
    )
