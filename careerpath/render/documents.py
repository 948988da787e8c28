"""JSON documents for scripts: stable key order, UTF-8, a ``format`` version.

The shapes are documented in docs/json-output.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from careerpath.model import LadderPosition, Role, encode_hook
from careerpath.profile import SECTION_FIELDS, Section

if TYPE_CHECKING:
    pass

OUTPUT_FORMAT = 1
_ALWAYS = ("id", "aliases", "title", "codes", "also_called")


def plain(value: Any) -> Any:
    """Records as plain JSON-ready values, in field order."""
    return msgspec.to_builtins(value, enc_hook=encode_hook)


def role_document(
    role: Role,
    positions: Sequence[LadderPosition],
    sections: Sequence[Section],
    source: tuple[str, str],
) -> dict[str, Any]:
    fields = plain(role)
    keep = set(_ALWAYS).union(*(SECTION_FIELDS[section] for section in sections))
    document: dict[str, Any] = {
        "format": OUTPUT_FORMAT,
        "role": {key: value for key, value in fields.items() if key in keep},
        "source": {"path": source[0], "origin": source[1]},
    }
    if Section.LADDERS in sections:
        document["ladders"] = plain(list(positions))
    document["warnings"] = _profile_warnings(role, positions, sections)
    return document


def _profile_warnings(
    role: Role, positions: Sequence[LadderPosition], sections: Sequence[Section]
) -> list[dict[str, Any]]:
    """The figures of the shown sections that disagree, worded in both languages, as
    the terminal and Markdown show them with ⚠."""
    from careerpath.render import cells

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


def to_json(document: Any) -> str:
    """Indented JSON text, non-ASCII written as itself, ending with a newline."""
    raw = msgspec.json.encode(document, enc_hook=encode_hook)
    return msgspec.json.format(raw, indent=2).decode("utf-8") + "\n"


def without_format(record: Any) -> dict[str, Any]:
    fields: dict[str, Any] = plain(record)
    fields.pop("format", None)
    return fields
