"""The interactive interview drill: one question at a time, in a terminal."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from careerpath.interview import InterviewSet
from careerpath.model import Question
from careerpath.model import Text as Bilingual
from careerpath.render.cells import question_meta
from careerpath.render.labels import label, local

ENTER = {"\r", "\n"}
QUIT = {"q", "Q", "\x03", "\x04", "\x1b"}  # q, Ctrl-C, Ctrl-D, Esc


def drill(
    console: Console, chosen: InterviewSet, lang: str, read_key: Callable[[], str]
) -> tuple[int, int]:
    """Ask each question; Enter reveals the sample answer, n goes on, q quits.

    Returns how many questions were seen and how many answers were revealed.
    """
    items: list[Question | Bilingual] = [*chosen.questions, *chosen.common_questions]
    seen = revealed = 0
    for index, item in enumerate(items, start=1):
        seen = index
        question = item.question if isinstance(item, Question) else item
        meta = (
            question_meta(item, lang)
            if isinstance(item, Question)
            else label("common_question", lang)
        )
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
        answer = item.sample_answer if isinstance(item, Question) else None
        keys = "practice_keys" if answer is not None else "practice_keys_no_answer"
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
                console.print(Padding(Text(local(answer, lang)), (0, 2)))
            elif key in ENTER:
                break
    return seen, revealed


def summary(seen: int, revealed: int, total: int, lang: str) -> Text:
    return Text(
        label("practice_summary", lang, seen=seen, total=total, revealed=revealed), style="bold"
    )
