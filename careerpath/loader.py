"""Read one YAML data file safely and turn it into a typed record.

Safe loading only (libyaml's CSafeLoader when present). Duplicate keys,
aliases, merge keys and non-standard tags are refused. Every problem becomes a
:class:`DataError` that names the file, the line and column of the offending
key or value, and the field path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import msgspec
import yaml

from careerpath.errors import DataError
from careerpath.model import CURRENCY_PATTERN, ID_PATTERN, decode_hook

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

T = TypeVar("T")
FieldPath = tuple[str | int, ...]

MAX_DEPTH = 32
MAX_BYTES = 1_000_000

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STR_TAG = "tag:yaml.org,2002:str"
_SCALAR_TAGS = {
    _STR_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_TYPE_NAMES = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "nothing (null)",
    "array": "a list",
    "object": "a mapping",
    "date": "a date (YYYY-MM-DD)",
}


def format_field(path: FieldPath) -> str:
    """``("duties", 0, "items")`` → ``duties[0].items``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Document:
    """The plain value of a YAML document, with the position of every field."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.marks: dict[FieldPath, tuple[int, int]] = {}
        self._seen: set[int] = set()

    def error(self, field: FieldPath, message: str) -> DataError:
        line, column = self.position(field)
        return DataError(
            self.path, message, line=line, column=column, field=format_field(field) or None
        )

    def position(self, field: FieldPath) -> tuple[int, int]:
        """The mark of ``field``, or of its nearest ancestor that has one."""
        while field not in self.marks and field:
            field = field[:-1]
        return self.marks.get(field, (1, 1))

    def build(self, node: yaml.Node, loader: Any, field: FieldPath) -> Any:
        if len(field) > MAX_DEPTH:
            raise self.error(field, f"nested more than {MAX_DEPTH} levels deep")
        if id(node) in self._seen:
            raise self.error(field, "YAML aliases (*name) are not allowed; write the value out")
        self._seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                raise self.error(field, f"unsupported YAML tag {node.tag!r}")
            return loader.construct_object(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                raise self.error(field, f"unsupported YAML tag {node.tag!r}")
            items = []
            for index, item in enumerate(node.value):
                self.marks[(*field, index)] = _mark(item)
                items.append(self.build(item, loader, (*field, index)))
            return items
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP_TAG:
                raise self.error(field, f"unsupported YAML tag {node.tag!r}")
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR_TAG:
                    name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
                    self.marks[(*field, name)] = _mark(key_node)
                    if key_node.tag == "tag:yaml.org,2002:merge":
                        raise self.error((*field, name), "merge keys (<<) are not allowed")
                    raise self.error((*field, name), "keys must be plain text")
                key = str(key_node.value)
                self.marks[(*field, key)] = _mark(key_node)
                if key in mapping:
                    raise self.error((*field, key), "duplicate key")
                mapping[key] = self.build(value_node, loader, (*field, key))
            return mapping
        raise self.error(field, "unsupported YAML node")  # pragma: no cover


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def read_yaml(path: Path) -> tuple[Any, _Document]:
    """Parse ``path`` into plain Python values, recording where each field stands."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise DataError(path, f"file is larger than {MAX_BYTES // 1_000_000} MB")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DataError(path, "starts with a byte-order mark; save it as UTF-8 without BOM", line=1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(path, f"not valid UTF-8 (byte {exc.start})", line=line) from None
    document = _Document(path)
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataError(path, "the file is empty", line=1)
        document.marks[()] = _mark(node)
        value = document.build(node, loader, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "invalid YAML"
        raise DataError(
            path,
            f"invalid YAML: {message}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise DataError(path, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise DataError(path, f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()
    return value, document


_AT_RE = re.compile(r"^(?P<message>.*) - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_PART_RE = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_EXPECTED_RE = re.compile(r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$")
_FIELD_RE = re.compile(
    r"^Object (?P<what>missing required|contains unknown) field `(?P<name>[^`]+)`$"
)
_PATTERN_RE = re.compile(r"^Expected `str` matching regex '(?P<pattern>.*)'$")
_BOUND_RE = re.compile(r"^Expected `\w+` (?P<op><=|>=|<|>) (?P<bound>[\d.]+)$")
_LENGTH_RE = re.compile(r"^Expected `\w+` of length (?P<op><=|>=) (?P<bound>\d+)$")
_ENUM_RE = re.compile(r"^Invalid enum value (?P<value>.*)$")
_BOUND_WORDS = {"<=": "at most", ">=": "at least", "<": "less than", ">": "more than"}
_PATTERN_WORDS = {
    ID_PATTERN: "expected a kebab-case id (lowercase letters and digits joined by single hyphens)",
    CURRENCY_PATTERN: "expected a three-letter ISO 4217 currency code such as VND or USD",
}


def _explain(document: _Document, error: msgspec.ValidationError) -> DataError:
    """Turn msgspec's message into our one-line ``file:line:col: field: message``."""
    text = str(error)
    match = _AT_RE.match(text)
    message, path_text = (match["message"], match["path"]) if match else (text, "")
    field: FieldPath = tuple(
        int(index) if index else name for name, index in _PART_RE.findall(path_text)
    )
    if found := _FIELD_RE.match(message):
        if found["what"] == "missing required":
            message = f"missing required field '{found['name']}'"
        else:
            field = (*field, found["name"])
            message = "unknown field"
    elif found := _PATTERN_RE.match(message):
        message = _PATTERN_WORDS.get(found["pattern"], f"expected text matching {found['pattern']}")
    elif found := _BOUND_RE.match(message):
        message = f"must be {_BOUND_WORDS[found['op']]} {float(found['bound']):g}"
    elif found := _LENGTH_RE.match(message):
        message = f"must be {_BOUND_WORDS[found['op']]} {found['bound']} long"
    elif (found := _ENUM_RE.match(message)) and field == ("format",):
        message = f"unsupported format {found['value']}; this careerpath reads format 1"
    elif found := _ENUM_RE.match(message):
        message = f"invalid value {found['value']}"
    elif found := _EXPECTED_RE.match(message):
        wanted = [t for t in found["want"].split(" | ") if t != "null"]
        want = " or ".join(_TYPE_NAMES.get(t, t) for t in wanted)
        got = _TYPE_NAMES.get(found["got"], found["got"])
        message = f"expected {want}, got {got}"
        if found["got"] in {"bool", "int", "float", "date"} and "str" in found["want"]:
            message += " (put the value in quotes)"
    else:
        message = message[:1].lower() + message[1:]
    return document.error(field, message)


def load_record(path: Path, type_: type[T]) -> T:
    """Read ``path`` and check it against ``type_``."""
    value, document = read_yaml(path)
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else "a single value"
        raise document.error((), f"expected a mapping of fields, got {kind}")
    try:
        return msgspec.convert(value, type_, dec_hook=decode_hook)
    except msgspec.ValidationError as exc:
        raise _explain(document, exc) from None
