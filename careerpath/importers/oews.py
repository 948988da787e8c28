"""BLS Occupational Employment and Wage Statistics (OEWS): the national file, as published.

Read from ``national_M2025_dl.xlsx`` (with openpyxl, imported only here), the
``oesm25nat.zip`` that holds it, or a ``.csv`` with the same columns. Only the
columns below are read; the publisher's others (``EMP_PRSE``, ``JOBS_1000`` …)
are accepted and ignored. Whether an occupation has annual or hourly wages
only is read from the figures its row holds, not from the ``ANNUAL`` and
``HOURLY`` flags: copies of the file exist whose ``ANNUAL`` flag is also set on
rows that have hourly wages only.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from careerpath.errors import DataError

CODE = "OCC_CODE"
TITLE = "OCC_TITLE"
GROUP = "O_GROUP"
EMPLOYMENT = "TOT_EMP"
# careerpath's name of each figure → the column of annual and of hourly pay.
FIGURES = {
    "mean": ("A_MEAN", "H_MEAN"),
    "p10": ("A_PCT10", "H_PCT10"),
    "p25": ("A_PCT25", "H_PCT25"),
    "median": ("A_MEDIAN", "H_MEDIAN"),
    "p75": ("A_PCT75", "H_PCT75"),
    "p90": ("A_PCT90", "H_PCT90"),
}
COLUMNS = (
    CODE,
    TITLE,
    GROUP,
    EMPLOYMENT,
    *(column for pair in FIGURES.values() for column in pair),
)
NOT_AVAILABLE = "*"  # the publisher's mark for an estimate it does not release
TOP_CODED = "#"  # a wage at or above the publisher's top figure
_SOC = re.compile(r"^\d{2}-\d{4}$")
_EDITION = re.compile(r"M(\d{4})", re.IGNORECASE)


class Wages(NamedTuple):
    """One occupation's estimates: figures by careerpath's name, None where not released."""

    code: str
    title: str
    group: str
    employment: int | None
    annual: dict[str, float | int | None]
    hourly: dict[str, float | int | None]
    annual_only: bool
    hourly_only: bool
    top_coded: list[str]  # careerpath names of figures published only as "#"
    line: int


class WageFile(NamedTuple):
    path: Path
    year: str | None  # of the May estimates, from the file name (national_M2025_dl)
    rows: dict[str, Wages]  # by SOC code

    @property
    def edition(self) -> str | None:
        return f"May {self.year}" if self.year else None


# The national file is 0.2 MB as .xlsx or .csv; a bigger one is no OEWS file.
MAX_FILE = 64 * 2**20
MAX_UNPACKED = 256 * 2**20  # what the parts of an .xlsx may unpack to


def read(path: Path) -> WageFile:
    """The national OEWS estimates by 6-digit SOC code (``43-4051``)."""
    if not path.exists():
        raise DataError(path, "no such file")
    suffix = path.suffix.lower()
    name = path.name
    if path.is_file() and path.stat().st_size > MAX_FILE:
        raise DataError(path, f"is larger than {MAX_FILE // 2**20} MB: not an OEWS file")
    if suffix == ".zip":
        name, records = _from_zip(path)
    elif suffix in (".xlsx", ".xlsm"):
        records = _from_xlsx(path, path.read_bytes())
    elif suffix in (".csv", ".txt"):
        records = _from_csv(path, path.read_bytes())
    else:
        raise DataError(path, "expected the OEWS national file as .xlsx, .zip or .csv")
    rows = _wages(path, records)
    edition = _EDITION.search(name)
    return WageFile(path, edition.group(1) if edition else None, rows)


def _from_zip(path: Path) -> tuple[str, Iterator[tuple[int, dict[str, Any]]]]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [
                info.filename
                for info in archive.infolist()
                if info.filename.lower().endswith((".xlsx", ".csv"))
            ]
            names.sort(key=lambda name: ("national" not in name.lower(), name))
            if not names:
                raise DataError(path, "holds no .xlsx or .csv file of OEWS estimates")
            inner = names[0]
            if archive.getinfo(inner).file_size > MAX_FILE:
                raise DataError(path / inner, f"is larger than {MAX_FILE // 2**20} MB")
            raw = archive.read(inner)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DataError(path, f"not a readable zip file ({exc})") from None
    where = path / inner
    reader = _from_xlsx if inner.lower().endswith(".xlsx") else _from_csv
    return PurePosixPath(inner).name, reader(where, raw)


def _from_xlsx(where: Path, raw: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of the first sheet. A damaged spreadsheet (cut short, or XML with a
    DOCTYPE or entities, which nothing here expands) is one error naming the file;
    so is one whose parts would unpack to more than MAX_UNPACKED bytes."""
    import openpyxl  # only the import command reads spreadsheets

    _check_unpacked(where, raw)
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [str(cell).strip() if cell is not None else "" for cell in next(rows, ())]
    except DataError:
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many kinds
        raise DataError(where, f"not a readable .xlsx file ({type(exc).__name__})") from None
    _check_header(where, header)
    return _guarded(where, header, rows)


def _guarded(
    where: Path, header: list[str], rows: Iterator[tuple[Any, ...]]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The sheet's rows as records; the sheet is parsed as they are read, so a damage
    further down is caught here."""
    try:
        for number, row in enumerate(rows, start=2):
            if any(cell is not None for cell in row):
                yield number, dict(zip(header, row, strict=False))
    except Exception as exc:
        raise DataError(where, f"not a readable .xlsx file ({type(exc).__name__})") from None


def _check_unpacked(where: Path, raw: bytes) -> None:
    """Refuse a spreadsheet whose parts unpack to more than MAX_UNPACKED bytes, from
    the sizes its zip directory states (zipfile then reads no more than that)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as parts:
            unpacked = sum(info.file_size for info in parts.infolist())
    except (zipfile.BadZipFile, OSError, EOFError):
        raise DataError(where, "not a readable .xlsx file (not a zip archive)") from None
    if unpacked > MAX_UNPACKED:
        raise DataError(
            where, f"unpacks to more than {MAX_UNPACKED // 2**20} MB: not an OEWS spreadsheet"
        )


def _from_csv(where: Path, raw: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(where, f"not valid UTF-8 (byte {exc.start})", line=line) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    _check_header(where, header)
    return ((reader.line_num, dict(zip(header, row, strict=False))) for row in reader if any(row))


def _check_header(where: Path, header: list[str]) -> None:
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise DataError(
            where,
            f"lacks the OEWS column(s) {', '.join(missing)}; "
            "give the national file as published (national_M2025_dl.xlsx)",
            line=1,
        )


def _wages(where: Path, records: Iterable[tuple[int, dict[str, Any]]]) -> dict[str, Wages]:
    found: dict[str, Wages] = {}
    for line, record in records:
        code = str(record.get(CODE) or "").strip()
        if not _SOC.match(code):
            raise DataError(where, f"{CODE} {code!r} is not a SOC code such as 43-4051", line=line)
        top_coded: list[str] = []
        annual: dict[str, float | int | None] = {}
        hourly: dict[str, float | int | None] = {}
        for name, (annual_column, hourly_column) in FIGURES.items():
            for target, column in ((annual, annual_column), (hourly, hourly_column)):
                value, top = _figure(where, line, column, record.get(column))
                target[name] = value
                if top and name not in top_coded:
                    top_coded.append(name)
        employment, _ = _figure(where, line, EMPLOYMENT, record.get(EMPLOYMENT))
        has_annual = any(value is not None for value in annual.values())
        has_hourly = any(value is not None for value in hourly.values())
        found[code] = Wages(
            code=code,
            title=str(record.get(TITLE) or "").strip(),
            group=str(record.get(GROUP) or "").strip(),
            employment=int(employment) if employment is not None else None,
            annual=annual,
            hourly=hourly,
            annual_only=has_annual and not has_hourly,
            hourly_only=has_hourly and not has_annual,
            top_coded=top_coded,
            line=line,
        )
    if not found:
        raise DataError(where, "holds no rows of estimates")
    return found


def _figure(where: Path, line: int, column: str, cell: Any) -> tuple[float | int | None, bool]:
    """A figure as published: (value, top-coded). ``*`` and empty cells are None."""
    if cell is None or isinstance(cell, bool):
        return None, False
    if isinstance(cell, int | float):
        return cell, False
    text = str(cell).strip().replace(",", "")
    if text in ("", NOT_AVAILABLE, "**", "~"):
        return None, False
    if text == TOP_CODED:
        return None, True
    try:
        return int(text), False
    except ValueError:
        pass
    try:
        return float(text), False
    except ValueError:
        raise DataError(
            where, f"expected a figure, got {text!r}", line=line, field=column
        ) from None
