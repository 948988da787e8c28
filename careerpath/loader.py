"""Turn one YAML data file into a typed record (reading it: careerpath.yamlfile).

A file that does not fit its record type raises :class:`DataErrors` with every
problem found, each named by file, line, column and field.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import msgspec

from careerpath.errors import DataError
from careerpath.model import decode_hook
from careerpath.yamlfile import Document, explain, read_yaml

T = TypeVar("T")


def load_record(path: Path, type_: type[T]) -> T:
    """Read ``path`` and check it against ``type_``."""
    return load_with_document(path, type_)[0]


class DataErrors(DataError):
    """Every problem of one file: reads as the first, carries them all."""

    def __init__(self, errors: list[DataError], warnings: list[DataError] | None = None) -> None:
        first = errors[0]
        super().__init__(
            first.path, first.message, line=first.line, column=first.column, field=first.field
        )
        self.errors = errors
        self.warnings = warnings or []  # of the fields that did fit


def load_with_document(path: Path, type_: type[T]) -> tuple[T, Document]:
    """Read ``path``, check it against ``type_``, and keep where each field stands.

    A file that does not fit raises :class:`DataErrors` with every problem found,
    each at its own field, in the order of the file.
    """
    value, document = read_yaml(path)
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else "a single value"
        raise document.error((), f"expected a mapping of fields, got {kind}")
    try:
        return msgspec.convert(value, type_, dec_hook=decode_hook), document
    except msgspec.ValidationError as exc:
        first = explain(document, exc)
    from careerpath.problems import problems  # only a broken file pays for the walk

    walk = problems(document, value, type_)
    found = walk.errors or [first]
    found.sort(key=lambda error: (error.line or 0, error.column or 0))
    raise DataErrors(found, walk.warnings) from None
