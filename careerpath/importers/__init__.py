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


class FrameworkSummary(NamedTuple):
    out: Path
    ladders: list[str]
    steps: int
    expectations: int


def import_framework(
    source_path: Path, out: Path | None, *, force: bool, default_root: Callable[[], Path]
) -> FrameworkSummary:
    """Read a progression framework (careerpath.importers.frameworks) and write its
    ladders and roles to ``out`` (default: ``framework-<ladder id>`` in
    ``default_root()``), as one catalogue: all at once or not at all."""
    from careerpath.catalog import IMPORT_MANIFEST
    from careerpath.importers import frameworks as reader
    from careerpath.importers.output import ATTRIBUTION, check_target, write_catalogue

    found = reader.read(source_path)
    reader.check_unique(found)
    name = found[0].ladder.id if len(found) == 1 else reader.slug(source_path.stem) or "frameworks"
    target = out if out is not None else default_root() / f"framework-{name}"
    check_target(target, force=force)
    ladders = [framework.ladder for framework in found]
    expectations = sum(
        len(theme.expectations)
        for ladder in ladders
        for step in ladder.steps
        for theme in step.themes
    )
    manifest = {
        "format": 1,
        "importer": "framework",
        "source": source_path.name,
        "kinds": sorted({framework.kind for framework in found}),
        "ladders": [ladder.id for ladder in ladders],
        "steps": sum(len(ladder.steps) for ladder in ladders),
        "expectations": expectations,
    }
    notices = []
    for framework in found:
        source = framework.ladder.sources[0]
        notice = f"{framework.ladder.id}: {source.title}, {source.reference}"
        notices.append(notice)
    licenses = {framework.license_text for framework in found if framework.license_text}
    attribution = "\n".join(
        [
            "The ladders and role profiles in this folder were made by careerpath from:",
            "",
            *notices,
            "",
            "careerpath kept their levels, themes and expectations as written, without",
            "their emoji, and added a role profile per level. They are used under the",
            "license below, whose notice must travel with them:",
            "",
            *sorted(licenses),
        ]
    )
    files = {
        IMPORT_MANIFEST: json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
        ATTRIBUTION: attribution.rstrip("\n") + "\n",
    }
    by_role = {role.id: framework for framework in found for role in framework.roles}
    by_ladder = {framework.ladder.id: framework for framework in found}

    def header(record: Role | Ladder) -> str:
        framework = by_ladder[record.id] if isinstance(record, Ladder) else by_role[record.id]
        source = framework.ladder.sources[0]
        lines = [
            f"# {record.title.en}: imported by careerpath from {source.title} "
            f"({source.reference}).",
        ]
        if source.attribution:
            lines.append(
                f"# {source.attribution}. {source.license or 'License'}: see {ATTRIBUTION}."
            )
        return "\n".join(lines) + "\n"

    roles = [role for framework in found for role in framework.roles]
    write_catalogue(target, roles, files, header, force=force, ladders=ladders)
    _warm_index(target, [*roles, *ladders])
    steps = sum(len(ladder.steps) for ladder in ladders)
    return FrameworkSummary(target, [ladder.id for ladder in ladders], steps, expectations)
