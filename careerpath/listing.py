"""One line per role for ``careerpath list``, and the card each line is made from."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import msgspec

from careerpath.model import (
    Codes,
    Ladder,
    Period,
    Role,
    SalaryStatement,
    Span,
    Text,
    salary_headline_range,
)


class RoleCard(msgspec.Struct, array_like=True, frozen=True):
    """What listing and looking up need of a role; the index keeps these."""

    id: str
    title: Text
    aliases: list[str]
    codes: Codes | None
    experience_years: tuple[int, int | None] | None  # (min, max); max None when open
    salary: SalaryStatement | None
    full_profile: bool
    zone: int | None
    pay: list[SalaryStatement]  # every statement with a headline, for pay filters
    common_names: list[str]  # looked up after ids, aliases and titles


class CodeCard(msgspec.Struct, array_like=True, frozen=True):
    """What finding the roles that share a code needs of a role: a small index
    that ``show`` reads whole without decoding every role's card."""

    id: str
    title: Text
    codes: Codes | None


def code_card(role: Role) -> CodeCard:
    return CodeCard(id=role.id, title=role.title, codes=role.codes)


class LadderYears(msgspec.Struct, frozen=True, kw_only=True):
    """The years a role's step takes on one written ladder."""

    ladder: str
    years: Span


class RoleListing(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    title: Text
    aliases: list[str]
    ladders: list[str]
    experience_years: Span | None
    salary: SalaryStatement | None
    full_profile: bool
    source: str | None = None
    origin: str | None = None
    codes: Codes | None = None
    job_zone: int | None = None
    # The years its steps take on written ladders (not derived pathways), in
    # ladder-id order: what ``years_of`` falls back on when the role gives none.
    ladder_years: list[LadderYears] = []


def years_of(listing: RoleListing) -> list[Span]:
    """The years of experience a role takes, as ``list`` shows, filters and sorts
    them: its own span, else each different span its steps take on written ladders."""
    if listing.experience_years is not None:
        return [listing.experience_years]
    spans: list[Span] = []
    for found in listing.ladder_years:
        if not any((s.min, s.max) == (found.years.min, found.years.max) for s in spans):
            spans.append(found.years)
    return spans


def is_full_profile(role: Role) -> bool:
    """A role with its own page (duties, salary breakdown...), not only a ladder step."""
    return bool(role.duties or role.interview or role.experience_distribution)


def card_of(role: Role) -> RoleCard:
    return RoleCard(
        id=role.id,
        title=role.title,
        aliases=list(role.aliases),
        codes=role.codes,
        experience_years=(role.experience_years.min, role.experience_years.max)
        if role.experience_years
        else None,
        salary=role.headline_salary(Period.YEAR) or role.headline_salary(),
        full_profile=is_full_profile(role),
        zone=role.job_zone.zone if role.job_zone else None,
        pay=[s for s in role.salary if salary_headline_range(s) is not None],
        common_names=list(role.common_names),
    )


def role_listings(
    cards: Iterable[RoleCard],
    ladders: Iterable[Ladder],
    source_of: Callable[[str], tuple[str, str]] | None = None,
) -> list[RoleListing]:
    """Each role with the ladders it is on, its headline salary (annual when given)
    and, given ``source_of``, the file it comes from and that file's origin."""
    on_ladders: dict[str, list[str]] = {}
    spans: dict[str, list[LadderYears]] = {}
    for ladder in sorted(ladders, key=lambda ladder: ladder.id):
        for step in ladder.steps:
            if not ladder.shown_for(step.role):
                continue
            names = on_ladders.setdefault(step.role, [])
            if ladder.id not in names:
                names.append(ladder.id)
                if step.years is not None and ladder.derived is None:
                    spans.setdefault(step.role, []).append(
                        LadderYears(ladder=ladder.id, years=step.years)
                    )
    listings = []
    for card in cards:
        source, origin = source_of(card.id) if source_of else (None, None)
        years = card.experience_years
        listings.append(
            RoleListing(
                id=card.id,
                title=card.title,
                aliases=card.aliases,
                codes=card.codes,
                job_zone=card.zone,
                ladders=on_ladders.get(card.id, []),
                experience_years=Span(years[0], years[1]) if years else None,
                salary=card.salary,
                full_profile=card.full_profile,
                source=source,
                origin=origin,
                ladder_years=spans.get(card.id, []),
            )
        )
    return listings
