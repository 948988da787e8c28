"""A cache of what listing, searching and looking up need from each data file.

It lives in the user cache directory, one set of files per search path. Each
entry remembers the size, modification and change times and inode of the file
it was made from; every run compares them with the file on disk and reads
again, from YAML, exactly the files that were added or changed, and forgets
the ones that went away. So the index is never stale: an edit shows up on the
very next run. Set ``CAREERPATH_NO_INDEX=1`` to bypass it entirely.

Errors are cached too, so a broken file is reported every time without being
parsed every time.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

import msgspec

from careerpath.errors import DataError

INDEX_FORMAT = 19  # raise when a payload changes shape, or folding does
# How much the cache keeps: the index of the most recently used search paths
# (each set of --data-dir folders is one; the real O*NET catalogue makes about
# 8 MB), and the records of the most recently looked-up files. Older ones are
# removed whenever an index is written; nothing else grows.
KEEP_SEARCH_PATHS = 8
KEEP_RECORDS = 256
# A temporary file older than this was left by a process that died mid-write.
STALE_SECONDS = 3600
_TABLE_NAME = re.compile(r"^[a-z]+-([0-9a-f]{16})\.msgpack$")
P = TypeVar("P")
R = TypeVar("R")


class Stamp(msgspec.Struct, array_like=True, frozen=True):
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, path: str | Path) -> Stamp | None:
        try:
            stat = os.stat(path)  # noqa: PTH116 - paths are text here, by the thousand
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class Problem(msgspec.Struct, array_like=True, frozen=True):
    """A DataError, as the index keeps it."""

    message: str
    line: int | None
    column: int | None
    field: str | None

    def error(self, path: str) -> DataError:
        return DataError(path, self.message, line=self.line, column=self.column, field=self.field)


class Entry(msgspec.Struct, Generic[P], array_like=True):
    stamp: Stamp
    payload: P | None
    problem: Problem | None


class Table(msgspec.Struct, Generic[P]):
    format: int
    entries: dict[str, Entry[P]]


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return not environ.get("CAREERPATH_NO_INDEX")


def cache_dir() -> Path:
    from careerpath.userdirs import cache_dir as user_cache_dir

    return user_cache_dir()


# Payloads hold careerpath's Vietnamese titles of O*NET occupations (see
# careerpath.translations): a new table makes a new index, as a changed file does.
TRANSLATIONS = Path(__file__).parent / "data" / "onet" / "titles-vi.yaml"


def table_path(kind: str, roots: list[Path]) -> Path:
    """One file per kind of payload, per search path and per translation table."""
    stamp = Stamp.of(TRANSLATIONS)
    key = [str(root.absolute()) for root in roots]
    key.append(f"{stamp.size}:{stamp.mtime_ns}" if stamp else "")
    return cache_dir() / f"{kind}-{_digest(chr(0).join(key))}.msgpack"


def _digest(text: str) -> str:
    """A file-name-sized digest (zlib's checksums: hashlib costs more to import)."""
    data = text.encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def refresh(
    kind: str,
    payload_type: type[P],
    roots: list[Path],
    files: Mapping[str, str],
    make: Callable[[str], P],
) -> tuple[dict[str, P], list[DataError]]:
    """The payload of every file in ``files`` (id → path), from the index where
    the file is unchanged, else from ``make(id)``; the index is rewritten when
    anything changed. Errors raised by ``make`` are kept and returned."""
    path = table_path(kind, roots)
    decoder = msgspec.msgpack.Decoder(Table[payload_type])  # type: ignore[valid-type]
    try:
        table = decoder.decode(path.read_bytes())
        old: dict[str, Entry[Any]] = table.entries if table.format == INDEX_FORMAT else {}
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        old = {}
    fresh: dict[str, Entry[Any]] = {}
    payloads: dict[str, P] = {}
    errors: list[DataError] = []
    changed = len(old) != len(files)
    for id_, key in files.items():
        stamp = Stamp.of(key)
        entry = old.get(key)
        if entry is None or stamp is None or entry.stamp != stamp:
            changed = True
            entry = _make_entry(id_, stamp, make)
        fresh[key] = entry
        if entry.problem is not None:
            errors.append(entry.problem.error(key))
        elif entry.payload is not None:
            payloads[id_] = entry.payload
    if changed:
        _save(path, Table(format=INDEX_FORMAT, entries=fresh))
        prune(path.parent, keep_search_paths=KEEP_SEARCH_PATHS)
    elif _age(path) > STALE_SECONDS:
        _touch(path)  # used again: what prune() keeps is what was used last
    return payloads, errors


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)


def prune(folder: Path, *, keep_search_paths: int, keep_records: int = KEEP_RECORDS) -> int:
    """Remove all but the most recently used search paths' indexes and the most
    recently stored records, and temporary files that a dead process left;
    return how many files went. A file that cannot be removed is left."""
    sets: dict[str, list[Path]] = {}
    removed = 0
    try:
        names = list(folder.iterdir())
        records = sorted((folder / "records").glob("*.msgpack"), key=_mtime, reverse=True)
        names.extend((folder / "records").glob(".*"))
    except OSError:
        return 0
    for path in names:
        found = _TABLE_NAME.match(path.name)
        if found:
            sets.setdefault(found.group(1), []).append(path)
        elif path.name.startswith(".") and _age(path) > STALE_SECONDS:
            removed += _remove(path)
    newest = sorted(sets.values(), key=lambda files: max(map(_mtime, files)), reverse=True)
    for files in newest[keep_search_paths:]:
        removed += sum(_remove(path) for path in files)
    for path in records[keep_records:]:
        removed += _remove(path)
    return removed


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> int:
    try:
        path.unlink()
    except OSError:
        return 0
    return 1


def _make_entry(id_: str, stamp: Stamp | None, make: Callable[[str], Any]) -> Entry[Any]:
    try:
        payload = make(id_)
    except DataError as error:
        problem = Problem(error.message, error.line, error.column, error.field)
        return Entry(stamp or Stamp(-1, -1, -1, -1), None, problem)
    return Entry(stamp or Stamp(-1, -1, -1, -1), payload, None)


def _save(path: Path, table: Table[Any] | Entry[Any]) -> None:
    """Write the index atomically; a cache that cannot be written is no error."""
    import tempfile

    data = msgspec.msgpack.encode(table)  # before any file exists, should it fail
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            Path(temporary).unlink(missing_ok=True)


def _record_path(path: Path) -> Path:
    return cache_dir() / "records" / f"{_digest(str(path.absolute()))}.msgpack"


def cached_record(path: Path, kind: type[R]) -> R | None:
    """The record made from ``path`` when it has not changed since, else None."""
    from careerpath.model import decode_hook

    try:
        entry = msgspec.msgpack.decode(_record_path(path).read_bytes(), type=Entry[dict[str, Any]])
        if entry.payload is None or entry.stamp != Stamp.of(path):
            return None
        return msgspec.convert(entry.payload, kind, dec_hook=decode_hook)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None


def store_record(path: Path, record: Any) -> None:
    """Keep ``record`` for the next run that looks it up, stamped with its file."""
    from careerpath.model import source_form

    stamp = Stamp.of(path)
    if stamp is None:
        return
    payload = msgspec.to_builtins(record, enc_hook=source_form)
    target = _record_path(path)
    new = not target.exists()
    _save(target, Entry(stamp, payload, None))
    if new:
        prune(target.parent.parent, keep_search_paths=KEEP_SEARCH_PATHS)
