"""Importers: other publishers' tables in, careerpath's own data directory out.

One module per source (:mod:`onet`, :mod:`oews`), the table reading they
share (:mod:`tables`), and the writing of the result (:mod:`output`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, Protocol

from careerpath.model import Ladder, Role


class Steps(Protocol):
    """Where a long import tells its progress (a progress bar, or nothing)."""

    def phase(self, name: str, total: int | None) -> None: ...

    def advance(self) -> None: ...


class Summary(NamedTuple):
    """What an import wrote: the folder, and how many profiles have pay, and why not."""

    out: Path
    occupations: int
    own_pay: int  # from the occupation's own SOC row
    shared_pay: int  # from a SOC row that several O*NET occupations share
    group_pay: int  # from the row of the SOC group the occupation is in
    without_pay: list[tuple[str, str]]  # (O*NET code, reason)


def summary_line(summary: Summary, *, wages_given: bool, lang: str) -> str:
    """What an import says when it is done: how many occupations, with pay from
    where, and why the others have none."""
    from careerpath.messages import say
    from careerpath.render.units import count

    without = summary.without_pay
    if not without:
        why = ""
    elif not wages_given:
        why = say("import_why_no_wages", lang)
    else:
        codes = sorted({code[:7] for code, _ in without})
        shown = ", ".join(codes[:5]) + (f" … (+{len(codes) - 5})" if len(codes) > 5 else "")
        why = say("import_why_codes", lang, codes=shown, manifest="careerpath-import.json")
    figures = {
        "occupations": summary.occupations,
        "with_pay": summary.occupations - len(without),
        "own": summary.own_pay,
        "shared": summary.shared_pay,
        "group": summary.group_pay,
        "without": len(without),
    }
    counts = {key: count(value, lang) for key, value in figures.items()}
    return say("imported", lang, path=summary.out, why=why, **counts)


def import_onet(
    source_path: Path,
    wages_path: Path | None,
    out: Path | None,
    *,
    force: bool,
    reserved: list[str],
    default_root: Callable[[], Path],
    steps: Steps,
) -> Summary:
    """Read the O*NET zip or folder (and the OEWS file), write the catalogue to ``out``
    (default: ``onet-<version>`` in ``default_root()``), and say what was written."""
    from careerpath.catalog import IMPORT_MANIFEST
    from careerpath.importers import oews, onet
    from careerpath.importers.output import ATTRIBUTION, check_target, write_catalogue
    from careerpath.importers.pathways import METHOD
    from careerpath.importers.tables import TableSource

    source = TableSource(source_path)
    try:
        release = onet.read_release(source)
        target = out if out is not None else default_root() / f"onet-{release.version}"
        check_target(target, force=force)  # refuse before the slow part
        wages = None
        if wages_path is not None:
            steps.phase("OEWS wages", None)
            wages = oews.read(wages_path)
        steps.phase("O*NET tables", len(onet.TABLES))
        catalogue = onet.profiles(
            source, wages, reserved=reserved, step=lambda name: steps.advance()
        )
    finally:
        source.close()
    _not_smaller(target, len(catalogue.roles), force=force)
    outcomes = catalogue.outcomes
    without = [(item.code, item.reason or "") for item in outcomes if item.pay == "none"]
    summary = Summary(
        out=target,
        occupations=len(catalogue.roles),
        own_pay=sum(1 for item in outcomes if item.pay == "own"),
        shared_pay=sum(1 for item in outcomes if item.pay == "shared"),
        group_pay=sum(1 for item in outcomes if item.pay == "group"),
        without_pay=without,
    )
    wages_name = f"OEWS {catalogue.wages_edition or ''}".strip() if wages_path else None
    manifest = {
        "format": 1,
        "importer": "onet",
        "release": release.version,
        "edition": release.edition,
        "wages": wages_name,
        "occupations": summary.occupations,
        "with_pay": summary.occupations - len(without),
        "without_pay": [{"code": code, "reason": reason} for code, reason in without],
        "pathways": len(catalogue.ladders),
        "pathway_method": METHOD,
    }
    credit = onet.attribution(release.version)
    files = {
        IMPORT_MANIFEST: json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
        ATTRIBUTION: _attribution_text(credit, wages_name),
    }

    def header(record: Role | Ladder) -> str:
        if isinstance(record, Ladder):
            return (
                f"# {record.title.en}: derived by careerpath ({METHOD}, docs/pathways.md) from "
                f"the O*NET {release.version} Database"
                + (f" and {wages_name} wages" if wages_name else "")
                + f".\n# {credit}\n"
            )
        code = record.codes.onet if record.codes else ""
        pay = f" and {wages_name} wages" if wages_name and record.salary else ""
        return (
            f"# {record.title.en} ({code}), imported by careerpath from the "
            f"O*NET {release.version} Database{pay}.\n"
            f"# {credit}\n"
        )

    steps.phase("profiles", len(catalogue.roles))
    write_catalogue(
        target,
        catalogue.roles,
        files,
        header,
        force=force,
        ladders=catalogue.ladders,
        step=steps.advance,
    )
    _warm_index(target, [*catalogue.roles, *catalogue.ladders])
    return summary


def _warm_index(target: Path, records: list[Role | Ladder]) -> None:
    """Build the index of the default search path when the import is on it: the
    first ``list`` or ``search`` afterwards is then as fast as later ones."""
    from careerpath.catalog import Catalog, search_path
    from careerpath.errors import CareerpathError

    try:
        roots = search_path()
        if any(root.path.resolve() == target.resolve() for root in roots):
            Catalog(roots).warm(target, records)
    except (CareerpathError, OSError):  # the import is written; the index can wait
        pass


def _not_smaller(target: Path, occupations: int, *, force: bool) -> None:
    """Never replace a catalogue with a smaller one silently: a source cut short can
    still parse, and would throw away good profiles. ``--force`` replaces it."""
    from careerpath.catalog import IMPORT_MANIFEST
    from careerpath.errors import CareerpathError

    if force:
        return
    try:
        before = json.loads((target / IMPORT_MANIFEST).read_text(encoding="utf-8"))
        had = int(before.get("occupations", 0))
    except (OSError, ValueError, TypeError, AttributeError):
        return  # no earlier import, or one whose manifest says nothing usable
    if occupations < had:
        raise CareerpathError("import_smaller", path=target, new=occupations, old=had)


def _attribution_text(credit: str, wages_name: str | None) -> str:
    lines = [
        "The role profiles in this folder were made by careerpath from:",
        "",
        credit,
    ]
    if wages_name:
        lines += [
            "",
            f"Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
            f"Statistics ({wages_name}), national cross-industry estimates. "
            "Public domain (U.S. government work).",
        ]
    return "\n".join(lines) + "\n"
