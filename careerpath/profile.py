"""The sections of a role profile, and which fields each one holds."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerpath.model import Role, Skill


class Section(enum.StrEnum):
    """A part of ``careerpath show``, in the order it is shown."""

    SUMMARY = "summary"
    DUTIES = "duties"
    STATS = "stats"
    SALARY = "salary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    REQUIREMENTS = "requirements"
    WORK_STYLES = "work-styles"
    TECHNOLOGIES = "technologies"
    INTERESTS = "interests"
    LADDERS = "ladders"
    RELATED = "related"
    INTERVIEW = "interview"
    FAQ = "faq"
    SOURCES = "sources"


# Role fields shown by each section; "ladders" comes from the ladder files.
SECTION_FIELDS: dict[Section, tuple[str, ...]] = {
    Section.SUMMARY: ("summary",),
    Section.DUTIES: ("duties",),
    Section.STATS: ("degree", "experience_years", "job_zone", "ratings"),
    Section.SALARY: ("salary",),
    Section.EXPERIENCE: ("experience_distribution",),
    Section.EDUCATION: ("degree", "education", "job_zone"),
    Section.REQUIREMENTS: ("requirements", "skills"),
    Section.WORK_STYLES: ("work_styles",),
    Section.TECHNOLOGIES: ("technologies",),
    Section.INTERESTS: ("interests",),
    Section.LADDERS: (),
    Section.RELATED: ("related",),
    Section.INTERVIEW: ("interview",),
    Section.FAQ: ("faq",),
    Section.SOURCES: ("sources",),
}


def chosen_sections(requested: list[Section] | None) -> list[Section]:
    """The requested sections in display order; all of them when none is named."""
    if not requested:
        return list(Section)
    return [section for section in Section if section in requested]


IMPORTANT = 3.0  # "important" on O*NET's importance scale of 1 to 5


def important_skills(role: Role) -> list[Skill]:
    """The skills that matter in the role: importance 3 ("important") or more, or
    not rated; the ones ``show`` lists among its requirements."""
    return [s for s in role.skills if s.importance is None or s.importance >= IMPORTANT]


def requirement_count(role: Role) -> int:
    """How many requirements ``show -s requirements`` lists: every requirement the
    profile writes, and every skill that matters. ``compare`` counts the same."""
    return sum(len(group.items) for group in role.requirements) + len(important_skills(role))
