"""careerpath's own Vietnamese titles for the O*NET occupations.

The table (``data/onet/titles-vi.yaml``) is data, written and reviewed like the
profiles: by O*NET-SOC code, each occupation's English title as O*NET gives it,
careerpath's Vietnamese title, and the other names people use for the work.
``careerpath import onet`` writes them into the profiles it makes;
:func:`translated` gives a profile imported before the table existed the same,
when it is read. Either way the profile says which texts careerpath translated
(its ``translation``), and every view shows them as careerpath's.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from careerpath.model import Ladder, Related, Role, Text, Translation

TITLES = Path(__file__).parent / "data" / "onet" / "titles-vi.yaml"
METHOD = "careerpath-titles-1"  # docs/search.md: how the table was written and measured
BY = "careerpath"
Name = Annotated[str, msgspec.Meta(min_length=1)]


class Title(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    en: Name  # O*NET's title, as the import writes it
    vi: Name
    also: list[Name] = []  # other names people use, Vietnamese first


class Titles(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    format: Literal[1]
    titles: dict[str, Title]  # by O*NET-SOC code (29-1141.00)


@functools.cache
def titles() -> Titles:
    """The table, checked like any data file (an error names its line)."""
    from careerpath.loader import load_record

    return load_record(TITLES, Titles)


@functools.cache
def _vietnamese_by_english() -> dict[str, str]:
    return {title.en: title.vi for title in titles().titles.values()}


def translated(role: Role) -> Role:
    """``role`` with careerpath's Vietnamese title and common names, when it is an
    O*NET occupation as imported: its O*NET-SOC code is in the table with the
    English title the role has, and the role has no Vietnamese title of its own
    and no translation yet. Any other role is returned as it is, without reading
    the table. The titles of its related occupations get their Vietnamese too."""
    codes = role.codes
    if codes is None or not codes.onet or role.title.vi or role.translation is not None:
        return role
    entry = titles().titles.get(codes.onet)
    if entry is None or entry.en != role.title.en:
        return role
    fields = ["title.vi"]
    names = [name for name in entry.also if name not in role.common_names]
    if names:
        fields.append("common_names")
    vietnamese = _vietnamese_by_english()
    related: list[Related] = []
    for link in role.related:
        title = link.title
        if title is not None and not title.vi and title.en in vietnamese:
            link = msgspec.structs.replace(link, title=Text(vi=vietnamese[title.en], en=title.en))
            if "related.title.vi" not in fields:
                fields.append("related.title.vi")
        related.append(link)
    return msgspec.structs.replace(
        role,
        title=Text(vi=entry.vi, en=role.title.en),
        common_names=[*role.common_names, *names],
        related=related,
        translation=Translation(by=BY, method=METHOD, fields=fields),
    )


PATHWAY_VI = (
    "Lộ trình từ {title}"  # a derived pathway's title, as careerpath.importers.pathways writes it
)


def translated_ladder(ladder: Ladder) -> Ladder:
    """A pathway careerpath derived before the table existed, with its steps'
    Vietnamese titles and its own: the steps whose title is only an O*NET
    occupation's English one. Any other ladder is returned as it is."""
    if ladder.derived is None or not any(
        not step.title.vi and step.title.en for step in ladder.steps
    ):
        return ladder
    vietnamese = _vietnamese_by_english()
    steps = []
    for step in ladder.steps:
        english = step.title.en
        if not step.title.vi and english in vietnamese:
            step = msgspec.structs.replace(step, title=Text(vi=vietnamese[english], en=english))
        steps.append(step)
    title = ladder.title
    subject = next((s.title for s in steps if s.role == ladder.derived.subject), None)
    if (
        subject is not None
        and subject.vi
        and subject.en
        and title.vi == PATHWAY_VI.format(title=subject.en)
    ):
        title = Text(vi=PATHWAY_VI.format(title=subject.vi), en=title.en)
    return msgspec.structs.replace(ladder, title=title, steps=steps)
