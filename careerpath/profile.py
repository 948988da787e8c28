"""The sections of a role profile, and which fields each one holds."""

from __future__ import annotations

import enum


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
