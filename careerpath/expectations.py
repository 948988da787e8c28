"""What a ladder's step expects, and what changes from one step to another.

``ladder TRACK --step S`` shows one step's expectations by theme; ``ladder TRACK
--diff A B`` shows, theme by theme, what B expects that A does not (new), and
what A listed that B no longer does. Two expectations are the same when their
texts are, ignoring case, diacritics and punctuation, and so is their
sub-level; a theme is paired with the other step's by its ``id``.
"""

from __future__ import annotations

import msgspec

from careerpath.errors import CareerpathError
from careerpath.model import Expectation, Ladder, Span, Step, Text, Theme
from careerpath.normalize import fold


class StepRef(msgspec.Struct, frozen=True, kw_only=True):
    """A step of a ladder, as the views name it."""

    step: int  # 1-based
    id: str | None
    role: str
    title: Text
    level: int | None
    track: Text | None
    years: Span | None


class StepExpectations(msgspec.Struct, frozen=True, kw_only=True):
    ladder: str
    ladder_title: Text
    derived: bool
    step: StepRef
    themes: list[Theme]


class ThemeChange(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    name: Text
    summary: Text | None
    new: list[Expectation]  # at the second step, not at the first
    dropped: list[Expectation]  # at the first step, no longer listed at the second
    kept: int  # how many are listed at both


class StepDiff(msgspec.Struct, frozen=True, kw_only=True):
    ladder: str
    ladder_title: Text
    before: StepRef
    after: StepRef
    themes: list[ThemeChange]


def step_of(ladder: Ladder, key: str) -> tuple[int, Step]:
    """The step ``key`` names: its number (1-based), its id, or its role's id."""
    key = key.strip()
    if key.isdigit() and 1 <= int(key) <= len(ladder.steps):
        return int(key) - 1, ladder.steps[int(key) - 1]
    for index, step in enumerate(ladder.steps):
        if key in (step.id, step.role):
            return index, step
    names = ", ".join(step.id or str(number) for number, step in enumerate(ladder.steps, 1))
    raise CareerpathError("no_such_step", ladder=ladder.id, step=key, steps=names)


def ref(index: int, step: Step) -> StepRef:
    return StepRef(
        step=index + 1,
        id=step.id,
        role=step.role,
        title=step.title,
        level=step.level,
        track=step.track,
        years=step.years,
    )


def expectations(ladder: Ladder, key: str) -> StepExpectations:
    index, step = step_of(ladder, key)
    return StepExpectations(
        ladder=ladder.id,
        ladder_title=ladder.title,
        derived=ladder.derived is not None,
        step=ref(index, step),
        themes=step.themes,
    )


def _key(expectation: Expectation) -> tuple[str, str]:
    text = expectation.text
    return fold(text.en or text.vi or ""), fold(expectation.sublevel or "")


def diff(ladder: Ladder, first: str, second: str) -> StepDiff:
    """Theme by theme, in the second step's order (then themes only the first
    has): what is new at the second step, and what the first listed that the
    second does not."""
    index_a, step_a = step_of(ladder, first)
    index_b, step_b = step_of(ladder, second)
    before = {theme.id: theme for theme in step_a.themes}
    after = {theme.id: theme for theme in step_b.themes}
    changes: list[ThemeChange] = []
    for theme_id in [*after, *(theme_id for theme_id in before if theme_id not in after)]:
        old = before.get(theme_id)
        new = after.get(theme_id)
        shown = new or old
        assert shown is not None
        old_items = old.expectations if old else []
        new_items = new.expectations if new else []
        old_keys = {_key(item) for item in old_items}
        new_keys = {_key(item) for item in new_items}
        changes.append(
            ThemeChange(
                id=theme_id,
                name=shown.name,
                summary=shown.summary,
                new=[item for item in new_items if _key(item) not in old_keys],
                dropped=[item for item in old_items if _key(item) not in new_keys],
                kept=sum(1 for item in new_items if _key(item) in old_keys),
            )
        )
    return StepDiff(
        ladder=ladder.id,
        ladder_title=ladder.title,
        before=ref(index_a, step_a),
        after=ref(index_b, step_b),
        themes=changes,
    )
