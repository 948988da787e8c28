"""Tab-separated tables read from a zip or a folder, each checked against the columns it must have.

The O*NET text edition is one UTF-8 file per table with a header row. A
table is streamed row by row from its file or zip member (its size checked
first, and counted as it is read, so a zip that understates a member's size
is stopped too), its header checked against the columns the mapping uses (so
a changed header is a clear error rather than a silently empty column), and
every row checked for its number of fields (so a file cut short is an error
naming its line). Only the columns the mapping uses are kept.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from careerpath.errors import DataError

# O*NET 29.3's largest table (Technology Skills) is 8 MB: eight times that is room
# for growth, and a bigger file is no table of this source.
MAX_TABLE_BYTES = 64 * 1024 * 1024
BLOCK_BYTES = 1024 * 1024  # read at a time


class TableSpec(NamedTuple):
    """A table of the source: its file name (without ``.txt``) and the columns read from it."""

    name: str
    columns: tuple[str, ...]


class Table:
    """The rows of one table; ``row[table.at[column]]`` reads a column of a row."""

    def __init__(self, path: Path, header: list[str], rows: list[list[str]]) -> None:
        self.path = path
        self.at = {name: index for index, name in enumerate(header)}
        self.rows = rows

    def columns(self, *names: str) -> Iterator[tuple[int, list[str]]]:
        """(line number, [value of each named column]) for every row."""
        indexes = [self.at[name] for name in names]
        for number, row in enumerate(self.rows, start=2):
            yield number, [row[index] for index in indexes]

    def error(self, line: int, column: str, message: str) -> DataError:
        return DataError(self.path, message, line=line, field=column)


class TableSource:
    """A folder of ``.txt`` tables, or a zip holding one (at its top or in one folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}  # file name → path inside the source
        if path.is_dir():
            self._members = {
                child.name: child.name for child in sorted(path.iterdir()) if child.is_file()
            }
            if not any(name.endswith(".txt") for name in self._members):
                nested = [child for child in sorted(path.iterdir()) if child.is_dir()]
                if len(nested) == 1:  # the folder that holds the unpacked folder
                    self.path = nested[0]
                    self._members = {
                        child.name: child.name
                        for child in sorted(self.path.iterdir())
                        if child.is_file()
                    }
        elif path.is_file():
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise DataError(path, f"not a zip file or a folder ({exc})") from None
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                inner = PurePosixPath(info.filename)
                if len(inner.parts) <= 2:  # at the top, or in one folder
                    self._members.setdefault(inner.name, info.filename)
        elif not path.exists():
            raise DataError(path, "no such file or folder")
        else:
            raise DataError(path, "not a zip file or a folder")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def has(self, file_name: str) -> bool:
        return file_name in self._members

    def where(self, file_name: str) -> Path:
        """How messages name a file of the source: ``x.zip/folder/file.txt`` or its path."""
        return self.path / self._members.get(file_name, file_name)

    def read_text(self, file_name: str) -> str:
        """A small file of the source (``Read Me.txt``) as UTF-8 text."""
        return "".join(self._lines(file_name))

    def _lines(self, file_name: str) -> Iterator[str]:
        """The lines of a file of the source, decoded as they are read; an error
        names the line of a bad byte, and a file that grows past the cap stops."""
        where = self.where(file_name)
        if file_name not in self._members:
            raise DataError(self.path, f"has no table '{file_name}'")
        too_big = f"is larger than {MAX_TABLE_BYTES // 2**20} MB: not a table"
        try:
            if self._zip is not None:
                member = self._members[file_name]
                size = self._zip.getinfo(member).file_size
                opened = self._zip.open(member)
            else:
                size = where.stat().st_size
                opened = where.open("rb")
        except (zipfile.BadZipFile, OSError) as exc:
            raise DataError(where, f"cannot read: {exc}") from None
        if size > MAX_TABLE_BYTES:
            opened.close()
            raise DataError(where, too_big)
        # Read in blocks and split the whole lines of each: a zip member read line
        # by line costs a call per line, and a table has tens of thousands.
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        read = 0
        number = 1  # the line the next whole line is
        pending = b""  # the start of a line the next block ends
        with opened:
            try:
                while block := opened.read(BLOCK_BYTES):
                    read += len(block)
                    if read > MAX_TABLE_BYTES:
                        raise DataError(where, too_big)
                    data = pending + block
                    cut = data.rfind(b"\n") + 1
                    whole, pending = data[:cut], data[cut:]
                    start = read - len(data)  # the byte of the file ``data`` starts at
                    lines = _decoded(decoder, whole, where, start, number).split("\n")
                    lines.pop()  # what follows the last line break: nothing
                    for line in lines:
                        yield line + "\n"
                    number += len(lines)
                # The last line, if it has no line break; a character it cuts short is
                # an error too.
                last = _decoded(decoder, pending, where, read - len(pending), number, final=True)
                if last:
                    yield last
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise DataError(where, f"cannot read: {exc}") from None

    def table(self, spec: TableSpec) -> Table:
        """A table, its header checked against ``spec`` and each row's length against
        the header; only ``spec``'s columns are kept."""
        where = self.where(f"{spec.name}.txt")
        ends = _LineEnds(self._lines(f"{spec.name}.txt"))
        rows = csv.reader(
            ends,
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
            strict=False,
        )
        header_row = next(rows, None)
        if header_row is None:
            raise DataError(where, "the table is empty: no header row", line=1)
        header = [name.strip() for name in header_row]
        missing = [name for name in spec.columns if name not in header]
        if missing:
            names = ", ".join(f"'{name}'" for name in missing)
            raise DataError(
                where, f"the header lacks column {names}; is this the O*NET text edition?", line=1
            )
        width = len(header)
        keep = [header.index(name) for name in spec.columns]
        kept: list[list[str]] = []
        for number, row in enumerate(rows, start=2):
            if len(row) != width:
                last = next(rows, None) is None
                if last and len(row) < width:
                    problem = f"has {len(row)} of {width} fields: the file looks cut short"
                else:
                    problem = f"has {len(row)} fields, the header {width}"
                raise DataError(where, problem, line=number)
            kept.append([row[index] for index in keep])
        if kept and not ends.last_ended:
            # The format ends every row with a line break: without one, the file was cut
            # inside its last row, which may still have every field (its last one short).
            raise DataError(
                where, "the last row has no line break: the file looks cut short", line=number
            )
        return Table(where, list(spec.columns), kept)


def _decoded(
    decoder: codecs.IncrementalDecoder,
    data: bytes,
    where: Path,
    start: int,
    line: int,
    *,
    final: bool = False,
) -> str:
    """Whole lines of a table as text; a bad byte is named with its line, ``line``
    being the first line of ``data`` and ``start`` the byte of the file it starts at."""
    try:
        return decoder.decode(data, final)
    except UnicodeDecodeError as exc:
        line += data.count(b"\n", 0, exc.start)
        raise DataError(where, f"not valid UTF-8 (byte {start + exc.start})", line=line) from None


class _LineEnds:
    """Lines without their line end (a field never holds one in this format),
    remembering whether the last one had one."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.last_ended = True

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.last_ended = line.endswith("\n")
        return line.rstrip("\r\n")


def number(table: Table, line: int, column: str, text: str) -> int | float | None:
    """A figure as the table writes it: whole numbers stay whole; empty or ``n/a`` is None."""
    text = text.strip()
    if text in ("", "n/a", "N/A"):
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise table.error(line, column, f"expected a number, got {text!r}") from None


def required(source: TableSource, specs: Sequence[TableSpec]) -> None:
    """Fail at once, naming them, when tables the mapping needs are not in the source."""
    missing = [spec.name for spec in specs if not source.has(f"{spec.name}.txt")]
    if len(missing) == len(specs):
        raise DataError(
            source.path,
            "holds no O*NET tables (no 'Occupation Data.txt'); "
            "give the O*NET text edition, db_29_3_text.zip, or the folder it unpacks to",
        )
    if missing:
        names = ", ".join(f"'{name}.txt'" for name in missing)
        raise DataError(source.path, f"lacks the O*NET table(s) {names}")
