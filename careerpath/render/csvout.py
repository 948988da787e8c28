"""CSV for spreadsheets and scripts: a header row, then one row per record.

Amounts are plain numbers in whole currency units, spans are two columns
(``_min``, ``_max``; an open end is empty), texts are two columns (``_vi``,
``_en``), lists are joined with ``;``. Lines end with ``\\n``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from careerpath.model import (
    Span,
    Text,
)
from careerpath.salary import Money

if TYPE_CHECKING:
    from careerpath.ladder import Route

Record = dict[str, Any]


class Rows(list[Record]):
    """Records that know their columns, so that no rows still print a header."""

    def __init__(self, records: Iterable[Record], columns: Sequence[str]) -> None:
        super().__init__(records)
        self.columns = list(columns)


def to_csv(records: Sequence[Record], columns: Sequence[str] | None = None) -> str:
    """The records as CSV text, ``true``/``false`` for booleans; columns default to the
    keys of the first record."""
    buffer = io.StringIO()
    header = list(columns) if columns is not None else list(records[0]) if records else []
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in record.items()} for record in records)
    return buffer.getvalue()


# What makes a spreadsheet program read a cell as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value as its CSV cell: ``true``/``false`` for booleans; a text that a
    spreadsheet would run as a formula gets a leading ``'`` (numbers never do)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _columns(*parts: Record) -> list[str]:
    """The column names of records shaped like ``parts`` (built from empty values)."""
    return [key for part in parts for key in part]


def text_columns(prefix: str, value: Text | None) -> Record:
    return {
        f"{prefix}_vi": value.vi if value else None,
        f"{prefix}_en": value.en if value else None,
    }


def span_columns(prefix: str, value: Span | None) -> Record:
    return {
        f"{prefix}_min": value.min if value else None,
        f"{prefix}_max": value.max if value else None,
    }


def money_columns(prefix: str, value: Money | None) -> Record:
    return {
        f"{prefix}_currency": value.currency if value else None,
        f"{prefix}_period": value.period.value if value and value.period else None,
        f"{prefix}_min": value.min if value else None,
        f"{prefix}_max": value.max if value else None,
        f"{prefix}_converted_from": value.converted_from.value
        if value and value.converted_from
        else None,
    }


LIST_COLUMNS = (
    "id", "title_vi", "title_en", "ladders", "experience_years_min", "experience_years_max",
    "salary_currency", "salary_period", "salary_min", "salary_max", "salary_converted_from",
    "full_profile", "source", "origin", "onet_code", "soc_code", "job_zone", "ladder_years",
)  # fmt: skip


TIMELINE_COLUMNS = _columns(
    {"ladder": None, "step": None, "role": None},
    text_columns("title", None),
    span_columns("years", None),
    {"reached_after": None},
    money_columns("salary", None),
    {"salary_from": None, "full_profile": None, "highlight": None},
    {"derived": None, "evidence_vi": None, "evidence_en": None},
)


SALARY_COLUMNS = _columns(
    {"role": None}, text_columns("label", None), {"figure": None}, money_columns("amount", None)
)


def compare_cells(key: str, value: Any) -> Record:
    """One role's value of a comparison row, in columns fixed by the row's key."""
    if key in ("degree",):
        return text_columns(key, value)
    if key == "experience_years":
        return span_columns(key, value)
    if key in ("work_life", "career_opportunity"):
        return {key: value.value if value is not None else None}
    if key in ("salary", "salary_overlap", "salary_average", "salary_median"):
        return money_columns(key, value)
    if key == "salary_difference":
        low, high = value if value is not None else (None, None)
        return {f"{key}_min": low, f"{key}_max": high}
    if key == "ladders":
        return {key: ";".join(value) if value is not None else None}
    return {key: value}


COMPARE_KEYS = (
    "degree", "experience_years", "work_life", "career_opportunity", "salary",
    "salary_average", "salary_difference", "salary_ratio", "salary_overlap", "ladders", "duties",
    "requirements", "interview_questions", "job_zone", "interests", "salary_median", "employment",
)  # fmt: skip
COMPARE_COLUMNS = _columns(
    {"id": None},
    text_columns("title", None),
    *(compare_cells(key, None) for key in COMPARE_KEYS),
    {"experience_distribution": None, "experience_years_derived": None},
)


def route_totals(route: Route | None) -> Record:
    """What a route adds up to, repeated on each of its rows."""
    change = route.salary_change if route else None
    low, high = change.difference if change else (None, None)
    return {
        **span_columns("total_years", route.total_years if route else None),
        **money_columns("salary_start", change.start if change else None),
        **money_columns("salary_end", change.end if change else None),
        "salary_change_min": low,
        "salary_change_max": high,
        "salary_ratio": change.ratio if change else None,
    }


ROUTE_COLUMNS = _columns(
    {"route": None, "index": None, "role": None},
    text_columns("title", None),
    {"ladder": None, "step": None},
    span_columns("years", None),
    route_totals(None),
)


INTERVIEW_COLUMNS = _columns(
    {"index": None, "role": None, "kind": None},
    text_columns("question", None),
    {"company": None, "company_as_written": None, "source": None},
    {"company_rating": None, "date": None, "answers": None},
    text_columns("sample_answer", None),
    text_columns("shows", None),
    text_columns("reason", None),
    {"method": None},
)


NEXT_COLUMNS = _columns(
    {"rank": None, "role": None},
    text_columns("title", None),
    {"via": None, "ladder": None, "derived": None, "tier": None},
    span_columns("starts", None),
    span_columns("until", None),
    {"ready": None, "pay_currency": None, "pay_from_min": None, "pay_from_max": None},
    {"pay_to_min": None, "pay_to_max": None, "pay_not_compared": None},
    {"zone_from": None, "zone_to": None, "education_from_en": None, "education_to_en": None},
    {"skill_1": None, "skill_2": None, "skill_3": None},
)


EXPECTATION_COLUMNS = (
    "ladder", "step", "step_id", "role", "theme", "sublevel", "proficiency",
    "text_en", "text_vi", "examples_en",
)  # fmt: skip
DIFF_COLUMNS = (
    "ladder", "from_step", "to_step", "theme", "change", "sublevel", "proficiency",
    "text_en", "text_vi",
)  # fmt: skip
GAP_COLUMNS = _columns(
    {"source": None, "target": None, "section": None},
    text_columns("name", None),
    {"from": None, "to": None, "detail": None},
)


SEARCH_COLUMNS = (
    "rank", "role", "score", "section", "snippet", "match_start", "match_end", "matched",
)  # fmt: skip


REPORT_COLUMNS = ("severity", "path", "line", "column", "field", "message")


RELATED_COLUMNS = ("group", "key", "role", "title_vi", "title_en", "relation", "step", "known")


MATCH_COLUMNS = (
    "rank", "role", "title_vi", "title_en", "score",
    "interests", "years", "pay", "education", "missing",
)  # fmt: skip
