"""The roles near a role: its ladder neighbours, the related roles its data names,
and the roles that share its classification codes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

import msgspec

from careerpath.model import Codes, Ladder, Related, Role, Text


class Neighbour(msgspec.Struct, frozen=True, kw_only=True):
    """One role near the role asked about, and how it is near."""

    role: str
    title: Text | None
    # previous, next or step (on a ladder); primary-short, primary-long,
    # supplemental or related (in the data); soc, onet or isco (a shared code)
    relation: str
    step: int | None = None  # its step on the ladder, for ladder neighbours
    known: bool  # whether the role is in the data (a related role may name one that is not)


class RelatedGroup(msgspec.Struct, frozen=True, kw_only=True):
    """Neighbours found one way: on one ladder, in the data, or by one code."""

    kind: Literal["ladder", "data", "code"]
    key: str  # the ladder id, "related", or the code ("SOC 43-4051")
    title: Text | None  # the ladder's title
    members: list[Neighbour]


class Relations(msgspec.Struct, frozen=True, kw_only=True):
    role: str
    title: Text
    codes: Codes | None
    groups: list[RelatedGroup]
    missing_codes: list[str]  # SOC codes no O*NET occupation in the data has: import them


CODE_NAMES = {"soc": "SOC", "onet": "O*NET-SOC", "isco": "ISCO-08"}


class Coded(Protocol):
    """A role as far as its codes go (a RoleCard or a CodeCard)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def codes(self) -> Codes | None: ...


def related(role: Role, ladders: Sequence[Ladder], cards: Iterable[Coded]) -> Relations:
    """Everything near ``role``: ladder neighbours first, then the data's related
    roles by tier, then roles sharing each of its codes."""
    cards = list(cards)
    titles = {card.id: card.title for card in cards}
    groups: list[RelatedGroup] = []
    for ladder in ladders:
        ids = [step.role for step in ladder.steps]
        if role.id not in ids or not ladder.shown_for(role.id):
            continue
        here = ids.index(role.id)
        members = []
        for index, step in enumerate(ladder.steps):
            if step.role == role.id:
                continue
            relation = "previous" if index == here - 1 else "next" if index == here + 1 else "step"
            members.append(
                Neighbour(
                    role=step.role,
                    title=step.title,
                    relation=relation,
                    step=index + 1,
                    known=step.role in titles,
                )
            )
        groups.append(
            RelatedGroup(kind="ladder", key=ladder.id, title=ladder.title, members=members)
        )
    if role.related:
        groups.append(
            RelatedGroup(
                kind="data",
                key="related",
                title=None,
                members=[
                    Neighbour(
                        role=item.role,
                        title=item.title or titles.get(item.role),
                        relation=item.tier.value if item.tier else "related",
                        known=item.role in titles,
                    )
                    for item in item_order(role)
                ],
            )
        )
    missing: list[str] = []
    codes = role.codes
    from_onet = {card.id for card in cards if card.codes is not None and card.codes.onet}
    for name, label in CODE_NAMES.items():
        code = getattr(codes, name) if codes else None
        if not code:
            continue
        sharing = [
            Neighbour(role=card.id, title=card.title, relation=name, known=True)
            for card in cards
            if card.id != role.id and card.codes is not None and getattr(card.codes, name) == code
        ]
        if sharing:
            groups.append(
                RelatedGroup(kind="code", key=f"{label} {code}", title=None, members=sharing)
            )
        own = codes is not None and codes.onet
        if name == "soc" and not own and not from_onet.intersection(m.role for m in sharing):
            missing.append(f"{label} {code}")
    return Relations(
        role=role.id, title=role.title, codes=codes, groups=groups, missing_codes=missing
    )


def item_order(role: Role) -> list[Related]:
    """The data's related roles, closest tier first, each tier in the data's order."""
    order = {"primary-short": 0, "primary-long": 1, "supplemental": 2}
    return sorted(role.related, key=lambda item: order.get(item.tier.value if item.tier else "", 3))
