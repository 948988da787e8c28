"""JSON documents for scripts: stable key order, UTF-8, a ``format`` version.

The shapes are documented in docs/json-output.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from careerpath.listing import RoleListing
from careerpath.model import LadderPosition, Role, encode_hook
from careerpath.profile import SECTION_FIELDS, Section

OUTPUT_FORMAT = 1
_ALWAYS = ("id", "aliases", "title")


def plain(value: Any) -> Any:
    """Records as plain JSON-ready values, in field order."""
    return msgspec.to_builtins(value, enc_hook=encode_hook)


def role_document(
    role: Role, positions: Sequence[LadderPosition], sections: Sequence[Section]
) -> dict[str, Any]:
    fields = plain(role)
    keep = set(_ALWAYS).union(*(SECTION_FIELDS[section] for section in sections))
    document: dict[str, Any] = {
        "format": OUTPUT_FORMAT,
        "role": {key: value for key, value in fields.items() if key in keep},
    }
    if Section.LADDERS in sections:
        document["ladders"] = plain(list(positions))
    return document


def list_document(listings: Sequence[RoleListing]) -> dict[str, Any]:
    return {"format": OUTPUT_FORMAT, "roles": plain(list(listings))}


def to_json(document: Any) -> str:
    """Indented JSON text, non-ASCII written as itself, ending with a newline."""
    raw = msgspec.json.encode(document, enc_hook=encode_hook)
    return msgspec.json.format(raw, indent=2).decode("utf-8") + "\n"
