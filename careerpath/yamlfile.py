"""One YAML data file, read safely, with where every field of it stands.

Safe loading only (libyaml's CSafeLoader when present). Duplicate keys,
aliases, merge keys, non-standard tags and control characters are refused.
Every problem becomes a :class:`DataError` that names the file, the line and
column of the offending key or value, and the field path. Both the loader
(which turns a file into a record) and the problem finder (which names every
problem of a broken file) build on this module; it imports neither.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import msgspec
import yaml

from careerpath.errors import CONTROL_CHARACTERS, DataError
from careerpath.model import CURRENCY_PATTERN, ELEMENT_PATTERN, ID_PATTERN

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

FieldPath = tuple[str | int, ...]

MAX_DEPTH = 32
MAX_BYTES = 1_000_000

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
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


class _Frame:
    """An open mapping or sequence while its events are read."""

    __slots__ = ("field", "key", "value")

    def __init__(self, value: dict[str, Any] | list[Any], field: FieldPath) -> None:
        self.value = value
        self.field = field
        self.key: str | None = None  # a mapping's key waiting for its value


class Document:
    """The plain value of a YAML file, with the position of every field in it."""

    def __init__(self, path: Path, text: str = "") -> None:
        self.path = path
        self.text = text  # split into lines only when an error needs one
        self.marks: dict[FieldPath, tuple[int, int]] = {}  # where each value starts
        self.key_marks: dict[FieldPath, tuple[int, int]] = {}  # where each key stands

    def error(self, field: FieldPath, message: str, *, at_key: bool = False) -> DataError:
        line, column = self.position(field, at_key=at_key)
        return DataError(
            self.path, message, line=line, column=column, field=_shorten(format_field(field))
        )

    def position(self, field: FieldPath, *, at_key: bool = False) -> tuple[int, int]:
        """Where ``field``'s value (or key) stands, or its nearest ancestor's value."""
        if at_key and field in self.key_marks:
            return self.key_marks[field]
        while field not in self.marks and field:
            field = field[:-1]
        return self.marks.get(field, (1, 1))

    def build(self, loader: Any) -> Any:
        """Read the events of one document into plain values.

        Iterative, with an explicit stack, so that deep nesting is refused with
        an error instead of exhausting the C stack of a recursive composer.
        """
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            raise DataError(self.path, "the file is empty", line=1)
        loader.get_event()  # document start
        stack: list[_Frame] = []
        root: Any = None
        while not loader.check_event(yaml.DocumentEndEvent):
            event = loader.get_event()
            frame = stack[-1] if stack else None
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                stack.pop()
                continue
            if frame is not None and isinstance(frame.value, dict) and frame.key is None:
                frame.key = self._key(loader, event, frame)
                continue
            field = self._field(frame)
            self.marks[field] = _mark(event)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise self.error(field, "YAML anchors and aliases (&name, *name) are not allowed")
            value: Any
            if isinstance(event, yaml.ScalarEvent):
                value = self._scalar(loader, event, field)
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                wanted = _SEQ_TAG if isinstance(event, yaml.SequenceStartEvent) else _MAP_TAG
                if event.tag not in (None, "!", wanted):
                    raise self.error(field, f"unsupported YAML tag {event.tag!r}")
                if len(stack) >= MAX_DEPTH:
                    raise self.error(field, f"nested more than {MAX_DEPTH} levels deep")
                value = [] if wanted == _SEQ_TAG else {}
            else:  # pragma: no cover - the parser yields no other event here
                raise self.error(field, "unexpected YAML")
            if frame is None:
                root = value
            elif isinstance(frame.value, dict):
                assert frame.key is not None
                frame.value[frame.key] = value
                frame.key = None
            else:
                frame.value.append(value)
            if isinstance(value, dict | list) and not isinstance(event, yaml.ScalarEvent):
                stack.append(_Frame(value, field))
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            raise DataError(
                self.path, "more than one YAML document in the file", line=_mark(event)[0]
            )
        return root

    def _field(self, frame: _Frame | None) -> FieldPath:
        if frame is None:
            return ()
        if isinstance(frame.value, dict):
            assert frame.key is not None
            return (*frame.field, frame.key)
        return (*frame.field, len(frame.value))

    def _key(self, loader: Any, event: Any, frame: _Frame) -> str:
        """A mapping key: plain text, not a merge key, not seen before in the mapping."""
        if not isinstance(event, yaml.ScalarEvent):
            self.key_marks[(*frame.field, "?")] = _mark(event)
            raise self.error((*frame.field, "?"), "keys must be plain text", at_key=True)
        key = str(event.value)
        field = (*frame.field, key)
        self.key_marks[field] = _mark(event)
        tag = _resolve(loader, event)
        if tag == _MERGE_TAG:
            raise self.error(field, "merge keys (<<) are not allowed", at_key=True)
        if tag == _INT_TAG and frame.value and self._after_comma(event):
            previous = list(frame.value)[-1]
            raise self.error(
                (*frame.field, previous),
                f"a decimal comma ends the value in {{…}}: '{previous}' reads as "
                f"{frame.value[previous]!r} and '{key}' as a new key; write a dot "
                f'({frame.value[previous]}.{key}) or quote it ("{frame.value[previous]},{key}")',
            )
        if tag != _STR_TAG or getattr(event, "anchor", None):
            raise self.error(field, "keys must be plain text", at_key=True)
        assert isinstance(frame.value, dict)
        if key in frame.value:
            raise self.error(field, "duplicate key", at_key=True)
        return key

    def _after_comma(self, event: Any) -> bool:
        """Whether a key follows a comma on its line, as in a flow mapping ``{a: 4,2}``."""
        lines = self.text.split("\n")
        number = event.start_mark.line
        line = lines[number] if number < len(lines) else ""
        return line[: event.start_mark.column].rstrip(" ").endswith(",")

    def _scalar(self, loader: Any, event: Any, field: FieldPath) -> Any:
        tag = _resolve(loader, event)
        if tag not in _SCALAR_TAGS:
            raise self.error(field, f"unsupported YAML tag {tag!r}")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = loader.yaml_constructors[tag](loader, node)
        except ValueError as exc:  # a timestamp-shaped value that is no date: 2023-13-01
            raise self.error(field, f"not a date: {event.value} ({exc})") from None
        if isinstance(value, str) and (control := CONTROL_CHARACTERS.search(value)):
            raise self.error(
                field,
                f"control character U+{ord(control.group()):04X} in text: it would change "
                "what a terminal shows; remove it (line breaks and tabs are fine)",
            )
        return value


def _resolve(loader: Any, event: Any) -> str:
    if event.tag in (None, "!"):
        return str(loader.resolve(yaml.ScalarNode, event.value, event.implicit))
    return str(event.tag)


def _shorten(field: str, limit: int = 80) -> str | None:
    """A field path short enough for one line (deeply nested paths are cut)."""
    if not field:
        return None
    return field if len(field) <= limit else field[:limit] + "…"


def _mark(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def read_yaml(path: Path) -> tuple[Any, Document]:
    """Parse ``path`` into plain Python values, recording where each field stands."""
    too_big = f"file is larger than {MAX_BYTES // 1_000_000} MB"
    try:
        # What it is and how big, before it is opened: a FIFO would block the read,
        # /dev/zero would never end it, an 8 GB file would fill the memory.
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise DataError(path, "not a regular file (a pipe, a device or a folder)")
        if status.st_size > MAX_BYTES:
            raise DataError(path, too_big)
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # a file that grew since is still cut off
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise DataError(path, too_big)
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DataError(
            path, "starts with a byte-order mark; save it as UTF-8 without BOM", line=1, column=1
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(path, f"not valid UTF-8 (byte {exc.start})", line=line) from None
    document = Document(path, text)
    loader = SafeLoader(text)
    try:
        value = document.build(loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "invalid YAML"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            message += " (a tab): indent with spaces, not tabs"
        raise DataError(
            path,
            f"invalid YAML: {message}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: NUL, UTF-16 …
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise DataError(
            path,
            f"invalid YAML: character U+{character:04X} is not allowed in a YAML file "
            "(is it UTF-16, or binary? save it as UTF-8 text)",
            line=line,
            column=column,
        ) from None
    except yaml.YAMLError as exc:
        raise DataError(path, f"invalid YAML: {' '.join(str(exc).split())}") from None
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
    ELEMENT_PATTERN: "expected an O*NET element id such as 2.A.1.a",
}


def error_field(error: msgspec.ValidationError) -> FieldPath:
    """The field msgspec's error is about: an unknown field's own path, else the
    path it names (for a missing required field, the mapping that lacks it)."""
    text = str(error)
    match = _AT_RE.match(text)
    message, path_text = (match["message"], match["path"]) if match else (text, "")
    field: FieldPath = tuple(
        int(index) if index else name for name, index in _PART_RE.findall(path_text)
    )
    if (found := _FIELD_RE.match(message)) and found["what"] != "missing required":
        field = (*field, found["name"])
    return field


def explain(
    document: Document, error: msgspec.ValidationError, prefix: FieldPath = ()
) -> DataError:
    """Turn msgspec's message into our one-line ``file:line:col: field: message``;
    ``prefix`` is the field of the value that was converted."""
    text = str(error)
    match = _AT_RE.match(text)
    message, path_text = (match["message"], match["path"]) if match else (text, "")
    field: FieldPath = prefix + tuple(
        int(index) if index else name for name, index in _PART_RE.findall(path_text)
    )
    if found := _FIELD_RE.match(message):
        if found["what"] == "missing required":
            message = f"missing required field '{found['name']}'"
        else:
            return document.error((*field, found["name"]), "unknown field", at_key=True)
    elif found := _PATTERN_RE.match(message):
        pattern = found["pattern"].replace("\\\\", "\\")  # msgspec doubles backslashes
        message = _PATTERN_WORDS.get(pattern, f"expected text matching {pattern}")
    elif found := _BOUND_RE.match(message):
        bound = float(found["bound"])
        shown = f"{int(bound):,}" if bound.is_integer() else f"{bound:g}"
        message = f"must be {_BOUND_WORDS[found['op']]} {shown}"
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
