"""Write an imported catalogue as a data directory, all at once or not at all.

Everything is written into a temporary folder beside the target and renamed
into place at the end, so that a failure or Ctrl-C leaves either the earlier
catalogue or none, never half of one. A folder that holds ``IMPORT_MANIFEST`` is
an earlier import, which a new import replaces; any other non-empty folder is
refused unless ``force``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from careerpath.authoring import role_yaml, umask
from careerpath.catalog import IMPORT_MANIFEST
from careerpath.errors import CareerpathError
from careerpath.kinds import LADDER, ROLE
from careerpath.model import Ladder, Role, source_form

ATTRIBUTION = "ATTRIBUTION.txt"


def is_import(folder: Path) -> bool:
    """Whether ``folder`` is a catalogue written by ``careerpath import``."""
    return (folder / IMPORT_MANIFEST).is_file()


def check_target(out: Path, *, force: bool) -> None:
    """Refuse, before any work, a target that is not a folder or not an earlier import."""
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise CareerpathError("import_not_folder", path=out)
        if not force and not is_import(out) and any(out.iterdir()):
            raise CareerpathError("import_not_import", path=out)


def write_catalogue(
    out: Path,
    roles: Sequence[Role],
    files: dict[str, str],
    header: Callable[[Role | Ladder], str],
    *,
    force: bool,
    ladders: Sequence[Ladder] = (),
    step: Callable[[], None] = lambda: None,
) -> None:
    """Write ``roles/<id>.yaml`` for every role, ``ladders/<id>.yaml`` for every
    ladder (the kinds' folders) and the ``files`` (name → text) into ``out``."""
    check_target(out, force=force)
    sweep(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    except OSError as error:
        raise CareerpathError("cannot_write", path=out.parent, reason=error.strerror) from None
    try:
        temporary.chmod(0o777 & ~umask())  # mkdtemp makes it private
        roles_dir = temporary / ROLE.folder
        roles_dir.mkdir()
        for role, text in zip(roles, yaml_texts(roles, header), strict=True):
            (roles_dir / f"{role.id}.yaml").write_text(text, "utf-8")
            step()
        if ladders:
            ladders_dir = temporary / LADDER.folder
            ladders_dir.mkdir()
            for ladder, text in zip(ladders, yaml_texts(ladders, header), strict=True):
                (ladders_dir / f"{ladder.id}.yaml").write_text(text, "utf-8")
        for name, text in files.items():
            (temporary / name).write_text(text, "utf-8")
        _replace(temporary, out)
    except OSError as error:
        raise CareerpathError("cannot_write", path=out, reason=error.strerror) from None
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


# Writing YAML is most of an import's time: with this many records or more, it is
# shared among worker processes (one per CPU, at most WORKERS), CHUNK records each.
PARALLEL_FROM = 200
WORKERS = 8
CHUNK = 64


def yaml_texts(
    records: Sequence[Role | Ladder], header: Callable[[Role | Ladder], str]
) -> list[str]:
    """Each record's YAML, ``header`` first, in order: the same text however it is
    made. Many records are dumped in worker processes; where a platform cannot
    start them, here."""
    headers = [header(record) for record in records]
    workers = min(os.cpu_count() or 1, WORKERS)
    if len(records) >= PARALLEL_FROM and workers > 1:
        # Each chunk travels as MessagePack of its records' plain values: ten times
        # faster to make than a pickle of the records, and twice as fast to read.
        chunks = [
            (
                msgspec.msgpack.encode(records[start : start + CHUNK], enc_hook=source_form),
                headers[start : start + CHUNK],
            )
            for start in range(0, len(records), CHUNK)
        ]
        try:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(workers) as pool:
                return [text for texts in pool.map(_dump, chunks) for text in texts]
        except (OSError, NotImplementedError, RuntimeError):  # no worker processes here
            pass
    return _one_by_one(records, headers)


def _one_by_one(records: Sequence[Role | Ladder], headers: list[str]) -> list[str]:
    return [role_yaml(record, head) for record, head in zip(records, headers, strict=True)]


def _dump(chunk: tuple[bytes, list[str]]) -> list[str]:
    """A worker's share: the same text as ``role_yaml`` of each record."""
    from careerpath.authoring import data_yaml

    encoded, headers = chunk
    values = msgspec.msgpack.decode(encoded)
    return [head + data_yaml(data) for data, head in zip(values, headers, strict=True)]


# A work folder older than this belongs to no running import: one was killed.
STALE_SECONDS = 3600


def sweep(out: Path) -> int:
    """Remove the hidden work folders (``.NAME.new-*``, ``.NAME.old-*``) that an
    import into ``out`` killed before it finished left beside it; return how many.
    Recent ones may belong to an import running now, and are left."""
    import time

    removed = 0
    for kind in ("new", "old"):
        for path in out.parent.glob(f".{out.name}.{kind}-*"):
            try:
                if time.time() - path.lstat().st_mtime < STALE_SECONDS:
                    continue
                if path.is_symlink() or not path.is_dir():
                    path.unlink()
                else:
                    shutil.rmtree(path)
            except OSError:
                continue
            removed += 1
    return removed


def _replace(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is; the old folder is removed only once ``new`` is there."""
    if not out.exists():
        new.rename(out)
        return
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    old.rmdir()
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
