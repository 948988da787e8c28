"""``careerpath ladder`` with no argument: every ladder, one row each (CSV: every
step of every ladder, in the columns of one ladder's steps)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from careerpath.render.content import Content, Grid, inline
from careerpath.render.labels import label, local
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.listing import RoleCard
    from careerpath.model import Ladder, Period


class LadderList(NamedTuple):
    """Every ladder; for CSV, the roles' cards (their pay) and the ``--per`` period."""

    ladders: Sequence[Ladder]
    cards: Mapping[str, RoleCard] = {}
    per: Period | None = None


def content(listing: LadderList, lang: str) -> Content:
    headers = (label("id", lang), label("title", lang), label("ladders_steps", lang))
    rows = tuple(
        (
            inline((ladder.id, "id")),
            inline(local(ladder.title, lang)),
            inline(" → ".join(step.role for step in ladder.steps)),
        )
        for ladder in listing.ladders
    )
    return [Grid(headers, rows)]


def document(listing: LadderList) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, without_format

    ladders = [without_format(ladder) for ladder in listing.ladders]
    return {"format": OUTPUT_FORMAT, "ladders": ladders}


def records(listing: LadderList) -> Any:
    """A row per step of every ladder, as ``ladder LADDER`` writes one ladder's:
    the command's columns are the same with and without a ladder."""
    from careerpath.ladder import card_timeline
    from careerpath.render.views.timelines import records as timeline_records

    return timeline_records(
        [card_timeline(ladder, listing.cards, listing.per) for ladder in listing.ladders]
    )


VIEW: View[LadderList] = View(content, document, records)
