"""Find, load and look up role profiles and ladders.

Data lives in directories laid out as ``roles/<id>.yaml`` and
``ladders/<id>.yaml``. The search path, lowest precedence first, is the
bundled data, the user data directory, the directories in ``CAREERPATH_PATH``
and those given with ``--data-dir``; a file in a later directory replaces the
one with the same id in an earlier one.

Looking a role up by its id reads only that one file; the file to read always
comes from a directory listing, never from a path built out of what the user
typed.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from careerpath.errors import CareerpathError, DataError, NotFoundError
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


def user_data_dir() -> Path:
    """The user's own data directory (platformdirs), e.g. ~/.local/share/careerpath."""
    import platformdirs

    return Path(platformdirs.user_data_dir("careerpath", appauthor=False))


class DataDir(NamedTuple):
    """One directory of the search path, and where it came from."""

    path: Path
    origin: str  # "bundled", "user", "CAREERPATH_PATH" or "--data-dir"


class DataDirError(CareerpathError):
    """A data directory that was named but cannot be used."""


def _usable(path: Path, origin: str) -> DataDir:
    if not path.exists():
        raise DataDirError(f"data directory {str(path)!r} (from {origin}) does not exist")
    if not path.is_dir():
        raise DataDirError(f"data directory {str(path)!r} (from {origin}) is not a directory")
    if not os.access(path, os.R_OK | os.X_OK):
        raise DataDirError(f"data directory {str(path)!r} (from {origin}) cannot be read")
    return DataDir(path, origin)


def search_path(
    data_dirs: Sequence[Path] = (), environ: Mapping[str, str] | None = None
) -> list[DataDir]:
    """Every data directory, lowest precedence first; named ones must exist."""
    environ = os.environ if environ is None else environ
    dirs = [DataDir(bundled_data_dir(), "bundled")]
    user = user_data_dir()
    if user.is_dir():
        dirs.append(DataDir(user, "user"))
    for part in environ.get("CAREERPATH_PATH", "").split(os.pathsep):
        if part:
            dirs.append(_usable(Path(part), "CAREERPATH_PATH"))
    dirs.extend(_usable(path, "--data-dir") for path in data_dirs)
    return dirs


class Found(NamedTuple):
    """A data file, the directory it is in, and the files with its id it replaces."""

    path: Path
    source: DataDir
    replaces: tuple[Path, ...]


class _Shelf(Generic[T]):
    """The files of one kind (roles or ladders) across the data directories."""

    found: dict[str, Found]

    def __init__(self, kind: type[T], roots: Iterable[DataDir]) -> None:
        self.kind: type[T] = kind
        self.found = {}
        for root in roots:  # later roots take precedence
            folder = root.path / _KIND_DIRS[kind]
            if folder.is_dir():
                for path in sorted(folder.glob("*.yaml")):
                    replaced: tuple[Path, ...] = ()
                    if path.stem in self.found:
                        earlier: Found = self.found[path.stem]
                        replaced = (*earlier.replaces, earlier.path)
                    self.found[path.stem] = Found(path, root, replaced)
        self.files: dict[str, Path] = {id_: found.path for id_, found in self.found.items()}
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

    def __init__(self, roots: Iterable[DataDir | Path] | None = None) -> None:
        given = list(roots) if roots is not None else search_path()
        self.roots = [
            root if isinstance(root, DataDir) else DataDir(root, "--data-dir") for root in given
        ]
        self._roles = _Shelf(Role, self.roots)
        self._ladders = _Shelf(Ladder, self.roots)

    def role_source(self, id_: str) -> Found:
        """Which file a role comes from."""
        return self._roles.found[id_]

    def role_origin(self, id_: str) -> tuple[str, str]:
        """(path, origin) of a role's file, for output."""
        found = self._roles.found[id_]
        return str(found.path), found.source.origin

    def ladder_source(self, id_: str) -> Found:
        return self._ladders.found[id_]

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
