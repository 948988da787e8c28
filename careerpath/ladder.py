"""Where roles stand on career ladders."""

from __future__ import annotations

from collections.abc import Iterable

from careerpath.model import Ladder, LadderPosition


def positions(role_id: str, ladders: Iterable[Ladder]) -> list[LadderPosition]:
    """Every step of every ladder that names ``role_id``, in ladder order."""
    found: list[LadderPosition] = []
    for ladder in ladders:
        ids = [step.role for step in ladder.steps]
        for index, step in enumerate(ladder.steps):
            if step.role == role_id:
                found.append(
                    LadderPosition(
                        ladder=ladder.id,
                        ladder_title=ladder.title,
                        step=index + 1,
                        steps=len(ladder.steps),
                        title=step.title,
                        years=step.years,
                        previous=ids[index - 1] if index > 0 else None,
                        next=ids[index + 1] if index + 1 < len(ids) else None,
                    )
                )
    return found
