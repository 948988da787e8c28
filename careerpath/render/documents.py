"""JSON documents for scripts: stable key order, UTF-8, a ``format`` version.

The shapes are documented in docs/json-output.md.
"""

from __future__ import annotations

from typing import Any

import msgspec

from careerpath.model import encode_hook

OUTPUT_FORMAT = 1


def plain(value: Any) -> Any:
    """Records as plain JSON-ready values, in field order."""
    return msgspec.to_builtins(value, enc_hook=encode_hook)


def to_json(document: Any) -> str:
    """Indented JSON text, non-ASCII written as itself, ending with a newline."""
    raw = msgspec.json.encode(document, enc_hook=encode_hook)
    return msgspec.json.format(raw, indent=2).decode("utf-8") + "\n"


def without_format(record: Any) -> dict[str, Any]:
    fields: dict[str, Any] = plain(record)
    fields.pop("format", None)
    return fields
