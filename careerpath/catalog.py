"""Find, load and look up role profiles and ladders.

Data lives in directories laid out as ``roles/<id>.yaml`` and
``ladders/<id>.yaml``. Looking a role up by its id reads only that one file;
the file to read always comes from a directory listing, never from a path
built out of what the user typed.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path
from typing import Generic, TypeVar

from careerpath.errors import DataError, NotFoundError
from careerpath.loader import load_record
from careerpath.model import Ladder, Role
from careerpath.normalize import fold

T = TypeVar("T", Role, Ladder)

_KIND_DIRS: dict[type, str] = {Role: "roles", Ladder: "ladders"}
_KIND_NAMES: dict[type, str] = {Role: "role", Ladder: "ladder"}

_resources = ExitStack()


def bundled_data_dir() -> Path:
    """The data directory shipped inside the package."""
    return _resources.enter_context(as_file(files("careerpath") / "data"))


class _Shelf(Generic[T]):
    """The files of one kind (roles or ladders) across the data directories."""

    def __init__(self, kind: type[T], roots: Iterable[Path]) -> None:
        self.kind: type[T] = kind
        self.files: dict[str, Path] = {}
        for root in roots:  # later roots take precedence
            folder = root / _KIND_DIRS[kind]
            if folder.is_dir():
                for path in sorted(folder.glob("*.yaml")):
                    self.files[path.stem] = path
        self._loaded: dict[str, T] = {}

    def get(self, id_: str) -> T:
        if id_ not in self._loaded:
            path = self.files[id_]
            record = load_record(path, self.kind)
            if record.id != id_:
                raise DataError(
                    path, f"id {record.id!r} does not match the file name {path.name!r}", field="id"
                )
            self._loaded[id_] = record
        return self._loaded[id_]

    def load_all(self) -> tuple[list[T], list[DataError]]:
        records: list[T] = []
        errors: list[DataError] = []
        for id_ in sorted(self.files):
            try:
                records.append(self.get(id_))
            except DataError as error:
                errors.append(error)
        return records, errors

    def find(self, name: str) -> T:
        """Look a record up by id, alias or title, ignoring case and diacritics."""
        if name in self.files:
            return self.get(name)
        records, _ = self.load_all()
        wanted = fold(name)
        names: dict[str, str] = {}
        for found in records:
            for candidate in _names(found):
                names.setdefault(fold(candidate), found.id)
        if wanted in names:
            return self.get(names[wanted])
        close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
        suggestions = list(dict.fromkeys(names[match] for match in close))
        raise NotFoundError(_KIND_NAMES[self.kind], name, suggestions[:3])


def _names(record: Role | Ladder) -> list[str]:
    """Every name a record answers to: id, aliases and titles."""
    titles = [title for title in (record.title.vi, record.title.en) if title]
    return [record.id, *record.aliases, *titles]


class Catalog:
    """Every role and ladder reachable from the data directories."""

    def __init__(self, roots: Iterable[Path] | None = None) -> None:
        self.roots = list(roots) if roots is not None else [bundled_data_dir()]
        self._roles = _Shelf(Role, self.roots)
        self._ladders = _Shelf(Ladder, self.roots)

    def role(self, name: str) -> Role:
        return self._roles.find(name)

    def ladder(self, name: str) -> Ladder:
        return self._ladders.find(name)

    def roles(self) -> tuple[list[Role], list[DataError]]:
        return self._roles.load_all()

    def ladders(self) -> tuple[list[Ladder], list[DataError]]:
        return self._ladders.load_all()

    def role_ids(self) -> list[str]:
        """Every role id, from file names alone."""
        return sorted(self._roles.files)

    def ladder_ids(self) -> list[str]:
        return sorted(self._ladders.files)

    def roles_by_id(self, ids: Iterable[str]) -> tuple[dict[str, Role], list[DataError]]:
        """The roles with these ids that exist, reading only their files."""
        found: dict[str, Role] = {}
        errors: list[DataError] = []
        for id_ in sorted(set(ids)):
            if id_ in self._roles.files:
                try:
                    found[id_] = self._roles.get(id_)
                except DataError as error:
                    errors.append(error)
        return found, errors
