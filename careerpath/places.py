"""Where careerpath reads and keeps things: the user data folder, the search
path and the cache (``careerpath paths``)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from careerpath.catalog import DataDir


@dataclass(frozen=True)
class Cache:
    """The cache folder and what it holds now."""

    folder: Path
    files: int
    size: int  # bytes


@dataclass(frozen=True)
class Places:
    data_dir: Path
    search_path: list[DataDir]
    cache: Cache
    keep_search_paths: int
    keep_records: int


def cache_contents(folder: Path) -> Cache:
    """How many files the cache folder holds, and their size in bytes."""
    files = size = 0
    for path in _cache_files(folder):
        try:
            size += path.stat().st_size
        except OSError:
            continue
        files += 1
    return Cache(folder, files, size)


def _cache_files(folder: Path) -> list[Path]:
    """The files careerpath writes in its cache folder, and only those."""
    try:
        return [
            *(path for path in folder.glob("*.msgpack") if path.is_file()),
            *(path for path in folder.glob(".*.msgpack.*") if path.is_file()),
            *(path for path in (folder / "records").glob("*") if path.is_file()),
        ]
    except OSError:
        return []


def clear_cache(folder: Path) -> Cache:
    """Remove what careerpath keeps in its cache folder; return what went."""
    gone = cache_contents(folder)
    for path in _cache_files(folder):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # not there, or not empty (not ours to empty)
        (folder / "records").rmdir()
    return gone


def places(data_dirs: list[Path]) -> Places:
    from careerpath import index
    from careerpath.catalog import search_path
    from careerpath.userdirs import data_dir

    return Places(
        data_dir=data_dir(),
        search_path=search_path(data_dirs),
        cache=cache_contents(index.cache_dir()),
        keep_search_paths=index.KEEP_SEARCH_PATHS,
        keep_records=index.KEEP_RECORDS,
    )
