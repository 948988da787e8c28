"""``careerpath list`` filters and order: which roles, in which order, and what was left out."""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from careerpath.errors import UsageError
from careerpath.listing import RoleListing, years_of
from careerpath.model import Period, SalaryStatement, Span
from careerpath.normalize import fold
from careerpath.salary import PayLimit, comparable, typical


class SortKey(enum.StrEnum):
    ID = "id"
    TITLE = "title"
    PAY = "pay"
    YEARS = "years"
    ZONE = "zone"


# What ``list --source`` takes besides a folder: where on the search path a file was found.
ORIGINS = {"bundled", "import", "user", "CAREERPATH_PATH", "data-dir"}


def source_filter(source: str | None) -> dict[str, str | None]:
    """``--source``: an origin on the search path, or a data directory (its real
    path, so that ``.``, a relative or an absolute spelling name the same folder)."""
    if source is None:
        return {}
    if source in ORIGINS:
        return {"origin": "--data-dir" if source == "data-dir" else source}
    if os.path.isdir(source):  # noqa: PTH112 - text paths, as the listings keep them
        return {"folder": os.path.join(os.path.realpath(source), "")}  # noqa: PTH118
    raise UsageError("bad_source", value=source, choices=", ".join(sorted(ORIGINS)))


def _inside(path: str | None, folder: str) -> bool:
    return path is not None and os.path.realpath(path).startswith(folder)


class Filters(msgspec.Struct, frozen=True, kw_only=True):
    ladder: list[str] | None = None  # the role ids of the ladder, in order
    origin: str | None = None  # bundled, import, user, CAREERPATH_PATH, --data-dir
    folder: str | None = None  # a data directory: roles whose file is inside it
    zone: int | None = None
    years: int | None = None
    min_pay: PayLimit | None = None
    max_pay: PayLimit | None = None


class Selection(msgspec.Struct, frozen=True, kw_only=True):
    roles: list[RoleListing]
    other_currency: dict[str, int]  # roles left out by a pay filter: their currency → count
    without_pay: int  # roles left out by a pay filter because they give no comparable pay
    without_years: int = 0  # roles left out by --years because no years are given for them


def select(
    listings: Sequence[RoleListing],
    filters: Filters,
    sort: SortKey = SortKey.ID,
    limit: int = 0,
    title_of: Callable[[RoleListing], str] = lambda listing: listing.id,
    pay_of: Callable[[RoleListing], Sequence[SalaryStatement]] = lambda listing: (
        [listing.salary] if listing.salary else []
    ),
    *,
    reverse: bool = False,
) -> Selection:
    """The listings that pass every filter, sorted (roles lacking the sort key last;
    ``reverse``: highest first), the first ``limit`` of them (all for 0).

    A pay filter compares the typical pay (:func:`careerpath.salary.typical`: the
    median where given, else the middle of the headline range) of a statement of
    ``pay_of(listing)`` in the limit's currency: the first of the limit's period,
    else the first that converts to it (a year is 12 months; hourly pay never
    converts). A role is kept when that pay is at least ``min_pay`` and at most
    ``max_pay``. ``--years`` and the years order read :func:`years_of`.
    """
    other: dict[str, int] = {}
    unpaid = yearless = 0
    kept: list[RoleListing] = []
    pay_limit = filters.min_pay or filters.max_pay
    for listing in listings:
        if filters.ladder is not None and listing.id not in filters.ladder:
            continue
        if filters.origin is not None and listing.origin != filters.origin:
            continue
        if filters.folder is not None and not _inside(listing.source, filters.folder):
            continue
        if filters.zone is not None and listing.job_zone != filters.zone:
            continue
        if filters.years is not None:
            spans = years_of(listing)
            if not spans:
                yearless += 1
            if not any(_holds(span, filters.years) for span in spans):
                continue
        if pay_limit is not None:
            statements = pay_of(listing)
            # a statement of the limit's own period first, then one converted to it
            ordered = sorted(statements, key=lambda s: s.period != pay_limit.period)
            pay = next(
                (typical(s, pay_limit.period) for s in ordered if comparable(s, pay_limit)), None
            )
            if pay is None:
                currencies = {s.currency for s in statements if s.currency}
                if currencies and pay_limit.currency not in currencies:
                    currency = sorted(currencies)[0]
                    other[currency] = other.get(currency, 0) + 1
                else:
                    unpaid += 1
                continue
            if filters.min_pay and pay.min < filters.min_pay.amount:
                continue
            if filters.max_pay and pay.min > filters.max_pay.amount:
                continue
        kept.append(listing)
    if sort is SortKey.ID and filters.ladder is not None:
        order = {role: index for index, role in enumerate(filters.ladder)}
        kept.sort(key=lambda listing: order[listing.id], reverse=reverse)
    elif sort is SortKey.ID:
        kept.sort(key=lambda listing: listing.id, reverse=reverse)
    else:
        kept = _sorted(kept, sort, title_of, reverse=reverse)
    return Selection(
        roles=kept[:limit] if limit else kept,
        other_currency=other,
        without_pay=unpaid,
        without_years=yearless,
    )


def _holds(span: Span, years: int) -> bool:
    return span.min <= years and (span.max is None or years <= span.max)


def _sort_parts(
    sort: SortKey, title_of: Callable[[RoleListing], str]
) -> Callable[[RoleListing], tuple[tuple[Any, ...], Any]]:
    """A listing's (group, value) for ``sort``: groups in ascending order (a role
    without the value last; pay by currency, then yearly before hourly, since
    amounts are never compared across currencies or with hours), the value
    within its group ascending or, with ``--reverse``, descending."""

    def parts(listing: RoleListing) -> tuple[tuple[Any, ...], Any]:
        if sort is SortKey.TITLE:
            return (0,), fold(title_of(listing))
        if sort is SortKey.YEARS:
            spans = years_of(listing)
            return ((0,), min(span.min for span in spans)) if spans else ((1,), 0)
        if sort is SortKey.ZONE:
            zone = listing.job_zone
            return ((0,), zone) if zone is not None else ((1,), 0)
        statement = listing.salary
        yearly = typical(statement, Period.YEAR) if statement else None  # a month ×12
        if statement is None or yearly is None:
            return (1,), 0
        hourly = yearly.period is not Period.YEAR
        return (0, statement.currency or "", hourly), yearly.min

    return parts


def _sorted(
    kept: list[RoleListing],
    sort: SortKey,
    title_of: Callable[[RoleListing], str],
    *,
    reverse: bool,
) -> list[RoleListing]:
    """``kept`` by ``sort``, ties by id; ``reverse`` turns the values around, not
    the groups (roles without the value stay last)."""
    parts = _sort_parts(sort, title_of)
    found = {listing.id: parts(listing) for listing in kept}
    ordered = sorted(kept, key=lambda listing: listing.id)
    ordered.sort(key=lambda listing: found[listing.id][1], reverse=reverse)  # stable: ids stay
    ordered.sort(key=lambda listing: found[listing.id][0])
    return ordered
