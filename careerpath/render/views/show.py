"""``careerpath show ROLE``: one role, every chosen section of its profile.

The content builders are imported only for people's formats: ``--format
json`` builds the document alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.model import LadderPosition, Role
    from careerpath.profile import Section
    from careerpath.related import RelatedGroup
    from careerpath.render.content import Content


class Profile(NamedTuple):
    """A role, where it stands on ladders, the sections to show, where it was read
    from (path, origin), and the roles that share one of its codes (as
    ``related`` finds them)."""

    role: Role
    positions: Sequence[LadderPosition]
    sections: Sequence[Section]
    source: tuple[str, str]
    same_code: Sequence[RelatedGroup] = ()


def content(profile: Profile, lang: str) -> Content:
    from careerpath.render.views.profile import profile_content

    return profile_content(profile, lang)


def document(profile: Profile) -> dict[str, Any]:
    from careerpath.profile import SECTION_FIELDS, Section
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    role, positions, sections, source = (
        profile.role,
        profile.positions,
        profile.sections,
        profile.source,
    )
    fields = plain(role)
    # the header's fields, always: who the role is, and whose words its title is
    keep = {"id", "aliases", "title", "codes", "also_called", "common_names", "translation"}
    keep = keep.union(*(SECTION_FIELDS[section] for section in sections))
    found: dict[str, Any] = {
        "format": OUTPUT_FORMAT,
        "role": {key: value for key, value in fields.items() if key in keep},
        "source": {"path": source[0], "origin": source[1]},
    }
    if Section.LADDERS in sections:
        found["ladders"] = plain(list(positions))
    if Section.RELATED in sections:
        found["same_code"] = plain(list(profile.same_code))
    found["warnings"] = _warnings(profile)
    return found


def _warnings(profile: Profile) -> list[dict[str, Any]]:
    """The figures of the shown sections that disagree, worded in both languages, as
    the terminal and Markdown show them with ⚠."""
    from careerpath.profile import Section
    from careerpath.render import cells

    role, positions, sections = profile.role, profile.positions, profile.sections

    def words(section: Section, lang: str) -> list[str]:
        if section is Section.STATS:
            return cells.ladder_disagreements(role, positions, lang)
        return cells.salary_disagreements(role, lang)

    return [
        {"section": section.value, "text": {"vi": vi, "en": en}}
        for section in (Section.STATS, Section.SALARY)
        if section in sections
        for vi, en in zip(words(section, "vi"), words(section, "en"), strict=True)
    ]


VIEW: View[Profile] = View(content, document, None)
