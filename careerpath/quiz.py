"""The interest quiz of ``careerpath match --quiz``: statements of activities, one key each.

Each answer scores its statement's RIASEC area: like 2, unsure 1, dislike 0.
An area's score is the sum over its statements; the code is the highest
areas (up to three, each with a score above 0), highest first, ties in RIASEC
order. docs/matching.md says the same for readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from careerpath.model import INTEREST_AREAS
from careerpath.model import Text as Bilingual
from careerpath.render import bars
from careerpath.render.labels import label, local

STATEMENTS = Path(__file__).parent / "data" / "quiz" / "interests.yaml"
POINTS = {"like": 2, "unsure": 1, "dislike": 0}
KEYS = {  # both languages' keys work in either language
    "l": "like", "t": "like",
    "u": "unsure", "c": "unsure",
    "d": "dislike", "k": "dislike",
}  # fmt: skip
QUIT = {"q", "Q", "\x04", "\x1b"}  # q, Ctrl-D, Esc; Ctrl-C interrupts


class Statement(msgspec.Struct, frozen=True):
    area: str
    en: str
    vi: str

    @property
    def text(self) -> Bilingual:
        return Bilingual(en=self.en, vi=self.vi)


class Quiz(msgspec.Struct, frozen=True):
    statements: list[Statement]


BAR = 20  # an area's bar


def statements() -> list[Statement]:
    """The quiz's statements, as the package keeps them."""
    import yaml

    data = yaml.safe_load(STATEMENTS.read_text(encoding="utf-8"))
    return msgspec.convert(data, Quiz).statements


def ask(
    console: Console, items: Sequence[Statement], lang: str, read_key: Callable[[], str]
) -> list[str] | None:
    """Each statement in turn; the answers (like, unsure, dislike), or None when quit."""
    answers: list[str] = []
    for index, item in enumerate(items, start=1):
        progress = bars.percent_bar(100 * (index - 1) / len(items), 20)
        title = Text(label("quiz_n_of", lang, n=index, total=len(items)) + "  ")
        title.append_text(progress)
        console.print()
        console.print(
            Panel(Text(local(item.text, lang), style="bold"), title=title, title_align="left")
        )
        console.print(Text(label("quiz_keys", lang), style="dim"))
        while True:
            key = read_key()
            if key in QUIT:
                return None
            if key.lower() in KEYS:
                answers.append(KEYS[key.lower()])
                break
    return answers


def scores(items: Sequence[Statement], answers: Sequence[str]) -> dict[str, int]:
    """Each RIASEC area's points, in RIASEC order."""
    found = dict.fromkeys(INTEREST_AREAS, 0)
    for item, answer in zip(items, answers, strict=True):
        found[item.area] += POINTS[answer]
    return found


def _ranked(found: dict[str, int]) -> list[str]:
    """The areas with points, highest first, ties in RIASEC order."""
    return sorted(
        (area for area in INTEREST_AREAS if found[area] > 0),
        key=lambda area: (-found[area], INTEREST_AREAS.index(area)),
    )


def code(found: dict[str, int]) -> str:
    """Up to three letters of the highest areas with points, highest first."""
    return "".join(area[0].upper() for area in _ranked(found)[:3])


def tied(found: dict[str, int]) -> list[str]:
    """The areas the answers do not tell apart at the code's cut: those scoring as
    the code's last letter does, when one of them is left out of the code (in
    RIASEC order); none when the code holds every area of its score."""
    ranked = _ranked(found)
    if len(ranked) <= 3:  # every area with points is in the code
        return []
    last = found[ranked[2]]
    level = [area for area in INTEREST_AREAS if found[area] == last]
    return level if found[ranked[3]] == last else []


def print_scores(
    console: Console, items: Sequence[Statement], found: dict[str, int], lang: str
) -> None:
    """The six areas as bars (out of the most an area can score), then the code;
    drawn as ``show`` draws interest scores, so that a narrow terminal puts each
    bar under its area instead of breaking it."""
    from careerpath.render.content import Indented, Line, Scores, Subtitle, inline
    from careerpath.render.write_rich import draw

    most = max(2 * sum(1 for item in items if item.area == area) for area in INTEREST_AREAS)
    rows = tuple(
        (f"{area[0].upper()}  {label(area, lang)}", found[area], inline(f"{found[area]}/{most}"))
        for area in INTEREST_AREAS
    )
    letters = code(found)
    body: list[Any] = [
        Scores(("", ""), rows, 0, most or 1, BAR),
        Line(inline((f"{label('interest_code', lang)}: ", "strong"), letters or "—")),
    ]
    if even := tied(found):
        areas = ", ".join(label(area, lang) for area in even)
        body.append(Line(inline((label("quiz_tied", lang, areas=areas), "warning"))))
    console.print()
    draw(console, [Subtitle(inline((label("quiz_result", lang), "heading")), 0), Indented(body)])
