"""Every problem of a data file, each at its own field, with how to fix it.

msgspec stops at the first value that does not fit. When a file does not fit,
this walks the value against the record types field by field, so that
``validate`` can report all of a file's problems at once, and words each one
with its fix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import re
import types
import typing
from typing import Any

import msgspec

from careerpath.errors import DataError
from careerpath.model import Span, Text, decode_hook
from careerpath.yamlfile import Document, FieldPath, explain

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Walk:
    """What a walk found: errors, and the warnings of the values that did fit."""

    def __init__(self) -> None:
        self.errors: list[DataError] = []
        self.warnings: list[DataError] = []


def problems(document: Document, value: Any, type_: Any) -> Walk:
    """Every problem of ``value`` against ``type_`` (a record type), in no order."""
    walk = Walk()
    _check(document, value, type_, (), walk)
    return walk


def _strip(type_: Any) -> Any:
    """``Annotated[T, Meta]`` → T (the constraints are checked by converting)."""
    while typing.get_origin(type_) is typing.Annotated:
        type_ = typing.get_args(type_)[0]
    return type_


def _check(document: Document, value: Any, type_: Any, field: FieldPath, found: Walk) -> None:
    bare = _strip(type_)
    origin = typing.get_origin(bare)
    if origin in (types.UnionType, typing.Union):
        options = [option for option in typing.get_args(bare) if option is not type(None)]
        if value is None:
            return
        walkable = [option for option in options if _walkable(_strip(option), value)]
        if len(walkable) == 1 and len(options) == 1:
            _check(document, value, walkable[0], field, found)
            return
        _convert(document, value, type_, field, found)
        return
    if origin is list and isinstance(value, list):
        (item_type,) = typing.get_args(bare)
        before = len(found.errors)
        for index, item in enumerate(value):
            _check(document, item, item_type, (*field, index), found)
        if len(found.errors) == before:
            _convert(document, value, type_, field, found)  # length and other limits
        return
    if isinstance(bare, type) and issubclass(bare, msgspec.Struct):
        if isinstance(value, dict):
            _check_struct(document, value, bare, field, found)
            return
        if bare is Text and isinstance(value, str | int | float | bool):
            name = field[-1] if field else "text"
            found.errors.append(
                document.error(
                    field,
                    f'a text is {{en: "…", vi: "…"}}: write {name}: {{en: "{value}"}}'
                    " (and vi: for Vietnamese)",
                )
            )
            return
    _convert(document, value, type_, field, found)


def _walkable(type_: Any, value: Any) -> bool:
    if typing.get_origin(type_) is list:
        return isinstance(value, list)
    return isinstance(type_, type) and issubclass(type_, msgspec.Struct) and isinstance(value, dict)


def _check_struct(
    document: Document, value: dict[str, Any], type_: type[msgspec.Struct], field: FieldPath,
    found: Walk,
) -> None:  # fmt: skip
    fields = {info.encode_name: info for info in msgspec.structs.fields(type_)}
    before = len(found.errors)
    for key, item in value.items():
        info = fields.get(key)
        if info is None:
            close = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            known = ", ".join(fields)
            message = f"unknown field{hint}" if close else f"unknown field; known: {known}"
            found.errors.append(document.error((*field, key), message, at_key=True))
            continue
        _check(document, item, info.type, (*field, key), found)
    for name, info in fields.items():
        if info.required and name not in value:
            found.errors.append(document.error(field, f"missing required field '{name}'"))
    if len(found.errors) == before:  # each field fits: what is left is the record's own rules
        _convert(document, value, type_, field, found)


def _convert(document: Document, value: Any, type_: Any, field: FieldPath, found: Walk) -> None:
    try:
        converted = msgspec.convert(value, type_, dec_hook=decode_hook)
    except msgspec.ValidationError as exc:
        error = explain(document, exc, prefix=field)
        found.errors.append(_with_fix(error, value, _strip(type_)))
        return
    if isinstance(converted, Span) and converted.max is not None and converted.min > converted.max:
        found.warnings.append(
            document.error(field, f"the span goes backwards ({converted}): min is above max")
        )


def _with_fix(error: DataError, value: Any, type_: Any) -> DataError:
    """The error, its message extended with how to fix it where careerpath knows."""
    options = [_strip(t) for t in typing.get_args(type_)] or [type_]
    message = error.message
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            allowed = ", ".join(str(member.value) for member in option)
            message = f"{message}; choose one of: {allowed}"
            break
        if option is dt.date and isinstance(value, str) and not _DATE.match(value):
            message = (
                f'expected a date, got {value!r}; write it as YYYY-MM-DD, in quotes ("2024-01-31")'
            )
            break
    if message == error.message:
        return error
    return DataError(error.path, message, line=error.line, column=error.column, field=error.field)
