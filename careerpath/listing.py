"""One line per role for ``careerpath list``."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import msgspec

from careerpath.model import Ladder, Period, Role, SalaryStatement, Span, Text


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


def is_full_profile(role: Role) -> bool:
    """A role with its own page (duties, salary breakdown...), not only a ladder step."""
    return bool(role.duties or role.interview or role.experience_distribution)


def role_listings(
    roles: Iterable[Role],
    ladders: Iterable[Ladder],
    source_of: Callable[[str], tuple[str, str]] | None = None,
) -> list[RoleListing]:
    """Each role with the ladders it is on, its headline salary (annual when given)
    and, given ``source_of``, the file it comes from and that file's origin."""
    on_ladders: dict[str, list[str]] = {}
    for ladder in ladders:
        for step in ladder.steps:
            names = on_ladders.setdefault(step.role, [])
            if ladder.id not in names:
                names.append(ladder.id)
    return [
        RoleListing(
            id=role.id,
            title=role.title,
            aliases=list(role.aliases),
            ladders=on_ladders.get(role.id, []),
            experience_years=role.experience_years,
            salary=role.headline_salary(Period.YEAR) or role.headline_salary(),
            full_profile=is_full_profile(role),
            source=source_of(role.id)[0] if source_of else None,
            origin=source_of(role.id)[1] if source_of else None,
        )
        for role in roles
    ]
