"""``careerpath validate``: every data file against the format, and the data against itself."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import msgspec

from careerpath.catalog import DataDir
from careerpath.errors import DataError, shown
from careerpath.kinds import (
    BY_FOLDER,
    BY_NAME,
    BY_RECORD,
    KINDS,
    LADDER,
    QUESTIONS,
    ROLE,
    Kind,
    of_content,
)
from careerpath.loader import DataErrors, load_with_document
from careerpath.model import Ladder, QuestionBank, Role
from careerpath.yamlfile import Document, FieldPath, format_field, read_yaml

Loaded = Role | Ladder | QuestionBank


class Finding(msgspec.Struct, frozen=True, kw_only=True):
    severity: Literal["error", "warning"]
    path: str
    line: int | None
    column: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        field = f" {self.field}:" if self.field else ""
        severity = " warning:" if self.severity == "warning" else ""
        return f"{where}:{field}{severity} {self.message}"


class Report(msgspec.Struct, frozen=True, kw_only=True):
    files: int
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "warning")


class Target(msgspec.Struct, frozen=True):
    path: Path
    kind: str | None  # a kind's name (careerpath.kinds); None: decided by its content
    bundled: bool = False
    problem: str | None = None  # a folder that could not be listed: why


def targets_in(dirs: Iterable[DataDir]) -> list[Target]:
    """Every data file of the search path, replaced ones included."""
    found: list[Target] = []
    for root in dirs:
        for kind in KINDS:
            directory = root.path / kind.folder
            if not directory.is_dir():
                continue
            try:
                names = sorted(os.listdir(directory))  # noqa: PTH208 - as the catalogue lists
            except OSError as error:
                reason = f"cannot read the folder: {error.strerror or error}"
                found.append(Target(directory, kind.name, problem=reason))
                continue
            found.extend(
                Target(directory / name, kind.name, root.origin == "bundled")
                for name in names
                if name.endswith(".yaml") and not name.startswith(".")  # as the catalogue reads
            )
    return found


def targets_at(paths: Sequence[Path]) -> list[Target]:
    """Files named on the command line, or the data files in named directories."""
    found: list[Target] = []
    for path in paths:
        if not path.exists():
            raise DataError(path, "no such file or directory")
        if path.is_file():
            found.append(Target(path, _kind_by_folder(path)))
            continue
        if is_data_directory(path):
            found.extend(targets_in([DataDir(path, "argument")]))
        else:
            found.extend(Target(p, _kind_by_folder(p)) for p in sorted(path.glob("*.yaml")))
    return found


def is_data_directory(path: Path) -> bool:
    """Whether ``path`` holds a kind's folder (roles/, ladders/, questions/)."""
    return any((path / kind.folder).is_dir() for kind in KINDS)


def data_directory_of(path: Path) -> Path | None:
    """The data directory a file or folder belongs to: a data directory itself,
    or the folder above a kind's folder (``hr/ladders/x.yaml`` → ``hr``); None
    for a file that stands in no kind's folder."""
    path = Path(os.path.abspath(path))  # noqa: PTH100 - keep the user's symlinks
    if path.is_dir():
        return path if is_data_directory(path) else None
    return path.parent.parent if path.parent.name in BY_FOLDER else None


def _kind_by_folder(path: Path) -> str | None:
    kind = BY_FOLDER.get(path.parent.name)
    return kind.name if kind else None


def _at(
    document: Document, severity: Literal["error", "warning"], field: FieldPath, message: str
) -> Finding:
    line, column = document.position(field)
    return Finding(
        severity=severity,
        path=shown(document.path),
        line=line,
        column=column,
        field=format_field(field) or None,
        message=message,
    )


def _error(error: DataError, severity: Literal["error", "warning"] = "error") -> Finding:
    return Finding(
        severity=severity,
        path=shown(error.path),
        line=error.line,
        column=error.column,
        field=error.field,
        message=error.message,
    )


def validate(
    targets: Sequence[Target],
    known_roles: Iterable[str],
    known_titles: Mapping[str, str] | None = None,
    known_names: Mapping[str, str] | None = None,
    known_ladders: Iterable[str] = (),
) -> Report:
    """Check each target; ``known_roles`` are the role ids ladders may name,
    ``known_titles`` (folded title → role id) the titles of the data the targets
    are checked with, and ``known_names`` (id or alias → role id) its names."""
    findings: list[Finding] = []
    loaded: list[tuple[Target, Loaded, Document]] = []
    for target in targets:
        if target.problem is not None:
            findings.append(_error(DataError(target.path, target.problem)))
            continue
        try:
            kind = BY_NAME[target.kind] if target.kind else of_content(read_yaml(target.path)[0])
            record, document = load_with_document(target.path, kind.record)
        except DataErrors as errors:
            findings.extend(_error(error) for error in errors.errors)
            findings.extend(_error(warning, "warning") for warning in errors.warnings)
            findings.extend(_warnings_despite_errors(target.path, kind))
            continue
        except DataError as error:
            findings.append(_error(error))
            continue
        if target.kind is not None and record.id != target.path.stem:
            findings.append(
                _at(
                    document,
                    "error",
                    ("id",),
                    f"id {record.id!r} does not match the file name {target.path.name!r}",
                )
            )
            continue
        if isinstance(record, Role):
            findings.extend(
                _at(document, "warning", field, message)
                for field, message in ROLE.warnings(record, frozenset())
            )
            # Keep only the positions the checks across files need: thousands of
            # files' positions would take hundreds of MB.
            document.marks = {
                key: mark
                for key, mark in document.marks.items()
                if key[:1] in (("id",), ("aliases",))
            }
        elif isinstance(record, QuestionBank):
            findings.extend(
                _at(document, "warning", field, message)
                for field, message in QUESTIONS.warnings(record, frozenset())
            )
        loaded.append((target, record, document))
    role_ids = set(known_roles) | {r.id for _, r, _ in loaded if isinstance(r, Role)}
    ladder_ids = set(known_ladders) | {r.id for _, r, _ in loaded if isinstance(r, Ladder)}
    for _, record, document in loaded:
        if isinstance(record, Ladder):
            warnings = LADDER.warnings(record, role_ids)
            findings.extend(_at(document, "warning", field, m) for field, m in warnings)
            if record.extends is not None and record.extends not in ladder_ids:
                said = f"extends ladder '{record.extends}', which is not in the data"
                findings.append(_at(document, "warning", ("extends",), said))
    findings.extend(_defined_twice(loaded, known_names or {}))
    findings.extend(_shadows_bundled(loaded))
    findings.extend(_same_titles(loaded, known_titles or {}))
    return Report(files=len(targets), findings=_in_order(findings, targets))


def _in_order(findings: list[Finding], targets: Sequence[Target]) -> list[Finding]:
    """Each file's findings together, in the order of the files, and within a file
    in the order of its lines and columns, errors and warnings alike; each once."""
    order: dict[str, int] = {}
    for target in targets:
        order.setdefault(shown(target.path), len(order))
    unique = list(dict.fromkeys(findings))
    return sorted(
        unique,
        key=lambda f: (order.get(f.path, len(order)), f.path, f.line or 0, f.column or 0),
    )


# A file with errors is checked for warnings too, once its fields in error are
# left out; each pass leaves out one more, up to this many.
MAX_LEFT_OUT = 50


def _warnings_despite_errors(path: Path, kind: Kind) -> list[Finding]:
    """The warnings of a file that has errors, so that every problem of the file
    shows at once: its record without the fields in error (left out one at a
    time, as converting finds them) is checked as a whole file is. None when the
    record cannot stand without them (a required field in error)."""
    from careerpath.model import decode_hook
    from careerpath.yamlfile import error_field

    try:
        value, document = read_yaml(path)
    except DataError:
        return []
    for _ in range(MAX_LEFT_OUT):
        if not isinstance(value, dict):
            return []
        try:
            record = msgspec.convert(value, kind.record, dec_hook=decode_hook)
        except msgspec.ValidationError as error:
            if not _leave_out(value, error_field(error)):
                return []
            continue
        return [
            _at(document, "warning", field, message)
            for field, message in kind.warnings(record, frozenset())
        ]
    return []


def _leave_out(value: Any, field: FieldPath) -> bool:
    """Remove ``field`` from ``value``; False when it cannot be (the whole value)."""
    if not field:
        return False
    parent = value
    for part in field[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return False
    try:
        del parent[field[-1]]
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _shadows_bundled(loaded: Sequence[tuple[Target, Loaded, Document]]) -> list[Finding]:
    """A file of one's own whose id is a bundled role's or ladder's: it replaces it."""
    from careerpath.catalog import bundled_data_dir

    bundled = bundled_data_dir()
    findings = []
    for target, record, document in loaded:
        folder = BY_RECORD[type(record)].folder
        original = bundled / folder / f"{record.id}.yaml"
        if not target.bundled and original.is_file() and not _same_file(target.path, original):
            kind = NOUNS.get(BY_RECORD[type(record)].name, BY_RECORD[type(record)].name)
            findings.append(
                _at(
                    document,
                    "warning",
                    ("id",),
                    f"id {record.id!r} is also a bundled {kind}'s: this file replaces it "
                    "wherever careerpath reads both",
                )
            )
    return findings


NOUNS = {"questions": "question bank"}


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _same_titles(
    loaded: Sequence[tuple[Target, Loaded, Document]], known: Mapping[str, str]
) -> list[Finding]:
    """Two roles with one title: looking the title up cannot tell them apart."""
    from careerpath.normalize import fold

    owners = dict(known)
    findings = []
    for _, record, document in loaded:
        if not isinstance(record, Role):
            continue
        for lang in ("vi", "en"):
            title = getattr(record.title, lang)
            if not title:
                continue
            owner = owners.setdefault(fold(title), record.id)
            if owner != record.id:
                findings.append(
                    _at(
                        document,
                        "warning",
                        ("title", lang),
                        f"role {owner!r} has the same title ({title!r}): "
                        "a look-up by title cannot tell them apart",
                    )
                )
    return findings


def _defined_twice(
    loaded: Sequence[tuple[Target, Loaded, Document]], known_names: Mapping[str, str]
) -> list[Finding]:
    """The same id in two user files, or an alias that is another role's name (one
    checked, or one of the data they are checked with)."""
    findings: list[Finding] = []
    first: dict[tuple[str, str], Target] = {}
    names: dict[str, str] = dict(known_names)
    for target, record, document in loaded:
        key = (type(record).__name__, record.id)
        earlier = first.get(key)
        if earlier is not None and not earlier.bundled:
            findings.append(
                _at(
                    document,
                    "warning",
                    ("id",),
                    f"id {record.id!r} is also defined in {earlier.path}; "
                    "the one later on the search path wins",
                )
            )
        first.setdefault(key, target)
        if isinstance(record, Role):
            names.setdefault(record.id, record.id)
    for _, record, document in loaded:
        if not isinstance(record, Role):
            continue
        for index, alias in enumerate(record.aliases):
            owner = names.get(alias)
            if owner is not None and owner != record.id:
                findings.append(
                    _at(
                        document,
                        "warning",
                        ("aliases", index),
                        f"alias {alias!r} is already a name of role {owner!r}",
                    )
                )
            names.setdefault(alias, record.id)
    return findings


def github_annotations(report: Report) -> list[str]:
    """One GitHub Actions workflow command per finding (``::error file=…,line=…::…``),
    which the Actions log shows as an annotation on the file's line. Values are
    escaped as GitHub asks, so no text of a data file can start a command."""

    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def value(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    lines = []
    for finding in report.findings:
        where = [f"file={value(finding.path)}"]
        if finding.line is not None:
            where.append(f"line={finding.line}")
            if finding.column is not None:
                where.append(f"col={finding.column}")
        if finding.field:
            where.append(f"title={value(finding.field)}")
        lines.append(f"::{finding.severity} {','.join(where)}::{data(finding.message)}")
    return lines
