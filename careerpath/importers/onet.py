"""The O*NET database (text edition) and OEWS wages, mapped to careerpath role profiles.

Extract, transform and write are separate steps: :func:`read_release` reads
the tables the mapping needs (checking each one's header), :func:`profiles`
turns them into the same typed :class:`~careerpath.model.Role` records the
loader produces, and :mod:`careerpath.importers.output` writes them. Every
figure of a profile comes from one row of one table; nothing is estimated.
docs/importing.md says which table and column each field comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

import msgspec

from careerpath.errors import DataError
from careerpath.importers.oews import WageFile, Wages
from careerpath.importers.tables import Table, TableSource, TableSpec, number, required
from careerpath.model import (
    ID_PATTERN,
    ONET_PATTERN,
    PERCENTILES,
    Bracket,
    Codes,
    Distribution,
    Education,
    EducationLevel,
    Group,
    Interests,
    JobZone,
    Ladder,
    Percentiles,
    Period,
    Related,
    RelatedTier,
    Role,
    SalaryStatement,
    Skill,
    Source,
    Span,
    Technology,
    Text,
    WorkStyle,
)
from careerpath.model import (
    MAX_ID as MAX_ID_LENGTH,
)
from careerpath.normalize import fold
from careerpath.translations import translated

# The source's column names, in one place.
CODE = "O*NET-SOC Code"
OCCUPATIONS = TableSpec("Occupation Data", (CODE, "Title", "Description"))
TASKS = TableSpec(
    "Task Statements", (CODE, "Task ID", "Task", "Task Type", "Incumbents Responding")
)
JOB_ZONES = TableSpec("Job Zones", (CODE, "Job Zone"))
JOB_ZONE_REFERENCE = TableSpec(
    "Job Zone Reference", ("Job Zone", "Name", "Experience", "Education", "Job Training")
)
EDUCATION = TableSpec(
    "Education, Training, and Experience", (CODE, "Scale ID", "Category", "Data Value")
)
CATEGORIES = TableSpec(
    "Education, Training, and Experience Categories",
    ("Scale ID", "Category", "Category Description"),
)
RELATED = TableSpec(
    "Related Occupations", (CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index")
)
ALTERNATE_TITLES = TableSpec("Alternate Titles", (CODE, "Alternate Title"))
REPORTED_TITLES = TableSpec("Sample of Reported Titles", (CODE, "Reported Job Title"))
SKILLS = TableSpec(
    "Skills", (CODE, "Element ID", "Element Name", "Scale ID", "Data Value", "Not Relevant")
)
INTERESTS = TableSpec("Interests", (CODE, "Element Name", "Scale ID", "Data Value"))
WORK_STYLES = TableSpec(
    "Work Styles", (CODE, "Element ID", "Element Name", "Scale ID", "Data Value")
)
TECHNOLOGY = TableSpec(
    "Technology Skills", (CODE, "Example", "Commodity Title", "Hot Technology", "In Demand")
)
TABLES = (
    OCCUPATIONS,
    TASKS,
    JOB_ZONES,
    JOB_ZONE_REFERENCE,
    EDUCATION,
    CATEGORIES,
    RELATED,
    ALTERNATE_TITLES,
    REPORTED_TITLES,
    SKILLS,
    INTERESTS,
    WORK_STYLES,
    TECHNOLOGY,
)
README = "Read Me.txt"

EDUCATION_SCALE = "RL"  # Required Level of Education, categories 1–12
EXPERIENCE_SCALE = "RW"  # Related Work Experience, categories 1–11
IMPORTANCE, LEVEL = "IM", "LV"
INTEREST_SCORE, HIGH_POINT = "OI", "IH"
# RW categories as spans of months: over the first, up to and including the second.
EXPERIENCE_MONTHS = {
    1: "0-0",
    2: "0-1",
    3: "1-3",
    4: "3-6",
    5: "6-12",
    6: "12-24",
    7: "24-48",
    8: "48-72",
    9: "72-96",
    10: "96-120",
    11: "120+",
}
HIGH_POINT_LETTERS = {1: "R", 2: "I", 3: "A", 4: "S", 5: "E", 6: "C"}
INTEREST_FIELDS = {
    "Realistic": "realistic",
    "Investigative": "investigative",
    "Artistic": "artistic",
    "Social": "social",
    "Enterprising": "enterprising",
    "Conventional": "conventional",
}
HIGH_POINTS = (
    "First Interest High-Point",
    "Second Interest High-Point",
    "Third Interest High-Point",
)
TASK_GROUPS = {
    "Core": Text(en="Core tasks", vi="Nhiệm vụ chính"),
    "Supplemental": Text(en="Supplemental tasks", vi="Nhiệm vụ bổ sung"),
    "": Text(en="Other tasks (type not rated)", vi="Nhiệm vụ khác (chưa phân loại)"),
}
TIERS = {
    "Primary-Short": RelatedTier.PRIMARY_SHORT,
    "Primary-Long": RelatedTier.PRIMARY_LONG,
    "Supplemental": RelatedTier.SUPPLEMENTAL,
}
MAX_ID = 72  # a title's id; a clash suffix cuts it further to stay within MAX_ID_LENGTH

# Our own Vietnamese for O*NET's fixed vocabularies, keyed by element id, RL
# category and job zone: data, reviewed like the profiles, not code.
VOCABULARY = Path(__file__).parents[1] / "data" / "onet" / "vocabulary-vi.yaml"


class Vocabulary(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The names of O*NET's fixed vocabularies in both languages, by the source's ids."""

    format: Literal[1]
    skills: dict[str, Text]  # by Element ID (2.A.1.a)
    work_styles: dict[str, Text]  # by Element ID (1.C.5.a)
    education: dict[str, Text]  # by RL category ("1" to "12")
    job_zones: dict[str, Text]  # by job zone ("1" to "5")

    def vi(self, table: Mapping[str, Text], key: str | int) -> str | None:
        found = table.get(str(key))
        return found.vi if found else None


def vocabulary() -> Vocabulary:
    """The vocabulary file, checked like any data file (an error names its line)."""
    from careerpath.loader import load_record

    return load_record(VOCABULARY, Vocabulary)


EDUCATION_NOTE = Text(
    en="Share of workers who say each level of education is needed to do the job (O*NET).",
    vi="Tỷ lệ người lao động cho rằng công việc cần đến từng trình độ học vấn (O*NET).",
)
EXPERIENCE_NOTE = Text(
    en="Related work experience that workers say the job needs (O*NET).",
    vi="Kinh nghiệm làm việc liên quan mà người lao động cho rằng công việc cần có (O*NET).",
)
LICENSE = "CC BY 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"


class Release(NamedTuple):
    version: str  # "29.3"
    edition: str | None  # "May 2025 Release"


class Outcome(NamedTuple):
    """What the summary line says of one occupation's pay."""

    code: str
    pay: str  # "own", "shared", "group" or "none"
    reason: str | None = None
    wage_code: str | None = None  # the SOC code of the OEWS row used


@dataclass
class Catalogue:
    """The result of an import: the profiles, and how each one's pay was found."""

    release: Release
    wages_edition: str | None
    roles: list[Role] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    ladders: list[Ladder] = field(default_factory=list)  # derived pathways


def read_release(source: TableSource) -> Release:
    """The version and edition, from the first lines of ``Read Me.txt``."""
    if not source.has(README):
        required(source, TABLES)  # a folder of something else: say that first
        raise DataError(source.path, f"has no '{README}', which names the O*NET release")
    text = source.read_text(README)
    version = re.search(r"O\*NET\s+(\d+(?:\.\d+)+)\s+Database", text)
    if version is None:
        raise DataError(
            source.where(README), "does not name the release ('O*NET 29.3 Database')", line=1
        )
    edition = re.search(r"^\s*(\w+ \d{4} Release)\s*$", text, re.MULTILINE)
    return Release(version.group(1), edition.group(1) if edition else None)


# Words that only join others: a title cut short must not end on one.
DANGLING = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "except", "for", "in", "including",
        "of", "or", "the", "to", "with",
    }
)  # fmt: skip


def slug(title: str, limit: int = MAX_ID) -> str:
    """``Customer Service Representatives`` → ``customer-service-representatives``:
    letters and digits that an id may hold, at most ``limit`` characters, cut at a
    word; what has none (``Ωmega`` folds to ``ωmega``) gives way to a hyphen."""
    text = "-".join(re.sub(r"[^a-z0-9]+", " ", fold(title)).split())
    if len(text) > limit:
        text = text[: limit + 1].rsplit("-", 1)[0] if "-" in text[: limit + 1] else text[:limit]
        # a cut id ends on a word that means something, not on "…-medical-and"
        words = text.split("-")
        while len(words) > 1 and words[-1] in DANGLING:
            words.pop()
        text = "-".join(words)
    return text


def profiles(
    source: TableSource,
    wages: WageFile | None,
    *,
    reserved: Iterable[str] = (),
    step: Callable[[str], None] = lambda name: None,
) -> Catalogue:
    """Every occupation as a role profile, in stages: extract the tables, transform
    their rows into records, derive what the source does not state.

    ``reserved`` are ids the profiles must not take (the bundled roles'), so an
    import never hides a bundled role; ``step`` is told each table's name as it
    is read, for a progress bar.
    """
    release, tables = extract(source, step)
    return derive(transform(release, tables, wages, vocabulary(), reserved=reserved))


def extract(
    source: TableSource, step: Callable[[str], None] = lambda name: None
) -> tuple[Release, dict[str, Table]]:
    """The release, and every table the mapping reads, checked and streamed."""
    release = read_release(source)
    required(source, TABLES)
    tables: dict[str, Table] = {}
    for spec in TABLES:
        step(spec.name)
        tables[spec.name] = source.table(spec)
    return release, tables


def derive(catalogue: Catalogue) -> Catalogue:
    """What careerpath infers from the imported records beyond what the source
    states, each result carrying its evidence and labelled as derived: the
    pathways of ``importers/pathways.py`` (docs/pathways.md)."""
    from careerpath.importers.pathways import derive as pathways

    sources = {role.id: role.sources for role in catalogue.roles}
    catalogue.ladders = pathways(catalogue.roles, sources)
    return catalogue


def transform(
    release: Release,
    tables: Mapping[str, Table],
    wages: WageFile | None,
    words: Vocabulary,
    *,
    reserved: Iterable[str] = (),
) -> Catalogue:
    """The tables' rows as role profiles, one per occupation; nothing is inferred."""
    occupations = _occupations(tables[OCCUPATIONS.name])
    ids = _ids(occupations, set(reserved))
    zones = _job_zones(tables[JOB_ZONES.name], tables[JOB_ZONE_REFERENCE.name], words)
    categories = _categories(tables[CATEGORIES.name])
    education, experience = _education(tables[EDUCATION.name], categories, words)
    tasks = _tasks(tables[TASKS.name])
    related = _related(tables[RELATED.name])
    titles = _other_titles(tables[REPORTED_TITLES.name], tables[ALTERNATE_TITLES.name])
    skills = _skills(tables[SKILLS.name], words)
    interests = _interests(tables[INTERESTS.name])
    styles = _work_styles(tables[WORK_STYLES.name], words)
    technologies = _technologies(tables[TECHNOLOGY.name])
    by_soc: dict[str, list[str]] = {}
    for code in occupations:
        by_soc.setdefault(code[:7], []).append(code)

    catalogue = Catalogue(release, wages.edition if wages else None)
    for code, (title, description) in occupations.items():
        pay, outcome = _pay(code, occupations, by_soc, wages)
        levels = education.get(code, [])
        catalogue.roles.append(
            translated(
                Role(
                    format=1,
                    id=ids[code],
                    codes=Codes(onet=code, soc=code[:7]),
                    title=Text(en=title),
                    also_called=[
                        name for name in titles.get(code, []) if name.lower() != title.lower()
                    ],
                    summary=Text(en=description),
                    duties=tasks.get(code, []),
                    degree=max(levels, key=lambda level: level.percent).level if levels else None,
                    job_zone=zones.get(code),
                    salary=pay,
                    experience_distribution=Distribution(
                        brackets=experience[code], note=EXPERIENCE_NOTE
                    )
                    if code in experience
                    else None,
                    education=Education(levels=levels, note=EDUCATION_NOTE) if levels else None,
                    skills=skills.get(code, []),
                    interests=interests.get(code),
                    related=[
                        Related(role=ids[other], title=Text(en=occupations[other][0]), tier=tier)
                        for other, tier in related.get(code, [])
                        if other in occupations
                    ],
                    sources=_sources(release, code, wages, outcome),
                    work_styles=styles.get(code, []),
                    technologies=technologies.get(code, []),
                )
            )
        )
        catalogue.outcomes.append(outcome)
    return catalogue


def _occupations(table: Table) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for line, (code, title, description) in table.columns(CODE, "Title", "Description"):
        if not re.match(ONET_PATTERN, code):
            raise table.error(line, CODE, f"{code!r} is not an O*NET-SOC code such as 43-4051.00")
        if not title.strip():
            raise table.error(line, "Title", "empty title")
        found[code] = (title.strip(), description.strip() or title.strip())
    if not found:
        raise DataError(table.path, "lists no occupations")
    return dict(sorted(found.items()))


def _ids(occupations: dict[str, tuple[str, str]], reserved: set[str]) -> dict[str, str]:
    """A kebab-case id per occupation from its title; a clash (with a reserved id or
    another occupation's) takes the O*NET code as a suffix, in code order."""
    ids: dict[str, str] = {}
    taken = set(reserved)
    for code, (title, _) in occupations.items():
        base = slug(title) or "occupation"
        if base in taken:
            suffix = code.replace(".", "-")
            base = slug(title, MAX_ID_LENGTH - len(suffix) - 1) or "occupation"
            base = f"{base}-{suffix}"
        id_ = base
        if not re.fullmatch(ID_PATTERN, id_) or len(id_) > MAX_ID_LENGTH:  # pragma: no cover
            raise AssertionError(id_)  # slug() makes only ids
        taken.add(id_)
        ids[code] = id_
    return ids


def _job_zones(zones: Table, reference: Table, words: Vocabulary) -> dict[str, JobZone]:
    meaning: dict[int, JobZone] = {}
    columns = ("Job Zone", "Name", "Experience", "Education", "Job Training")
    for line, (zone_text, name, experience, education, training) in reference.columns(*columns):
        zone = _whole(reference, line, "Job Zone", zone_text)
        short = name.split(":", 1)[-1].strip() or name.strip()
        meaning[zone] = JobZone(
            zone=zone,
            name=Text(en=short, vi=words.vi(words.job_zones, zone)),
            experience=Text(en=experience.strip()) if experience.strip() else None,
            education=Text(en=education.strip()) if education.strip() else None,
            training=Text(en=training.strip()) if training.strip() else None,
        )
    found: dict[str, JobZone] = {}
    for line, (code, zone_text) in zones.columns(CODE, "Job Zone"):
        zone = _whole(zones, line, "Job Zone", zone_text)
        if zone not in meaning:
            raise zones.error(line, "Job Zone", f"job zone {zone} is not in Job Zone Reference")
        found[code] = meaning[zone]
    return found


def _whole(table: Table, line: int, column: str, text: str) -> int:
    value = number(table, line, column, text)
    if value is None or value != int(value):
        raise table.error(line, column, f"expected a whole number, got {text!r}")
    return int(value)


def _categories(table: Table) -> dict[tuple[str, int], str]:
    found: dict[tuple[str, int], str] = {}
    for line, (scale, category, description) in table.columns(
        "Scale ID", "Category", "Category Description"
    ):
        found[(scale, _whole(table, line, "Category", category))] = description.strip()
    return found


def _education(
    table: Table, categories: dict[tuple[str, int], str], words: Vocabulary
) -> tuple[dict[str, list[EducationLevel]], dict[str, list[Bracket]]]:
    """Per occupation, the RL levels (in category order) and the RW brackets."""
    levels: dict[str, dict[int, EducationLevel]] = {}
    brackets: dict[str, dict[int, Bracket]] = {}
    columns = (CODE, "Scale ID", "Category", "Data Value")
    for line, (code, scale, category_text, value_text) in table.columns(*columns):
        if scale not in (EDUCATION_SCALE, EXPERIENCE_SCALE):
            continue
        category = _whole(table, line, "Category", category_text)
        percent = number(table, line, "Data Value", value_text)
        if percent is None:
            continue
        if not 0 <= percent <= 100:
            raise table.error(line, "Data Value", f"a percentage from 0 to 100, got {value_text!r}")
        if scale == EDUCATION_SCALE:
            description = categories.get((scale, category))
            if not description:
                raise table.error(line, "Category", f"RL category {category} has no description")
            name = description.split(" - ", 1)[0].strip()
            vi = words.vi(words.education, category)
            level = EducationLevel(level=Text(en=name, vi=vi), percent=percent)
            levels.setdefault(code, {})[category] = level
        else:
            if category not in EXPERIENCE_MONTHS:
                raise table.error(line, "Category", f"unknown RW category {category}")
            span = Span.parse(EXPERIENCE_MONTHS[category])
            brackets.setdefault(code, {})[category] = Bracket(months=span, percent=percent)
    return (
        {code: [found[key] for key in sorted(found)] for code, found in levels.items()},
        {code: [found[key] for key in sorted(found)] for code, found in brackets.items()},
    )


def _tasks(table: Table) -> dict[str, list[Group]]:
    """Core tasks, then supplemental, then unrated; each most reported first."""
    rows: dict[str, list[tuple[int, float, int, str]]] = {}
    order = {kind: index for index, kind in enumerate(TASK_GROUPS)}
    columns = (CODE, "Task ID", "Task", "Task Type", "Incumbents Responding")
    for line, (code, task_id, task, kind, share) in table.columns(*columns):
        kind = "" if kind.strip() in ("", "n/a") else kind.strip()
        if kind not in order:
            raise table.error(line, "Task Type", f"expected Core or Supplemental, got {kind!r}")
        reported = number(table, line, "Incumbents Responding", share)
        rank = -float(reported) if reported is not None else 1.0
        rows.setdefault(code, []).append(
            (order[kind], rank, _whole(table, line, "Task ID", task_id), task.strip())
        )
    found: dict[str, list[Group]] = {}
    kinds = list(TASK_GROUPS.values())
    for code, tasks in rows.items():
        tasks.sort()
        groups: dict[int, list[Text]] = {}
        for kind_index, _, _, task in tasks:
            groups.setdefault(kind_index, []).append(Text(en=task))
        found[code] = [Group(heading=kinds[index], items=items) for index, items in groups.items()]
    return found


def _related(table: Table) -> dict[str, list[tuple[str, RelatedTier]]]:
    rows: dict[str, list[tuple[int, str, RelatedTier]]] = {}
    columns = (CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index")
    for line, (code, other, tier_text, index) in table.columns(*columns):
        tier = TIERS.get(tier_text.strip())
        if tier is None:
            raise table.error(line, "Relatedness Tier", f"unknown tier {tier_text!r}")
        rows.setdefault(code, []).append((_whole(table, line, "Index", index), other, tier))
    return {
        code: [(other, tier) for _, other, tier in sorted(found)] for code, found in rows.items()
    }


def _other_titles(reported: Table, alternate: Table) -> dict[str, list[str]]:
    """Reported job titles first, then alternate titles; each once, as first written."""
    found: dict[str, dict[str, str]] = {}
    for table, column in ((reported, "Reported Job Title"), (alternate, "Alternate Title")):
        for _, (code, name) in table.columns(CODE, column):
            name = name.strip()
            if name:
                found.setdefault(code, {}).setdefault(name.lower(), name)
    return {code: list(names.values()) for code, names in found.items()}


def _skills(table: Table, words: Vocabulary) -> dict[str, list[Skill]]:
    """Every rated skill with its element id, most important first."""
    scores: dict[str, dict[tuple[str, str], dict[str, float | None]]] = {}
    columns = (CODE, "Element ID", "Element Name", "Scale ID", "Data Value", "Not Relevant")
    for line, (code, element, name, scale, value, not_relevant) in table.columns(*columns):
        if scale not in (IMPORTANCE, LEVEL):
            continue
        score = number(table, line, "Data Value", value)
        if scale == LEVEL and not_relevant.strip() == "Y":
            score = None
        key = (element.strip(), name.strip())
        scores.setdefault(code, {}).setdefault(key, {})[scale] = score
    found: dict[str, list[Skill]] = {}
    for code, named in scores.items():
        kept = [
            Skill(
                name=Text(en=name, vi=words.vi(words.skills, element)),
                importance=values.get(IMPORTANCE),
                level=values.get(LEVEL),
                element=element,
            )
            for (element, name), values in named.items()
        ]
        kept.sort(key=lambda skill: (-(skill.importance or 0), -(skill.level or 0), skill.name.en))
        found[code] = kept
    return found


def _work_styles(table: Table, words: Vocabulary) -> dict[str, list[WorkStyle]]:
    """Every rated work style with its element id, most important first, then by name."""
    found: dict[str, list[WorkStyle]] = {}
    columns = (CODE, "Element ID", "Element Name", "Scale ID", "Data Value")
    for line, (code, element, name, scale, value) in table.columns(*columns):
        if scale != IMPORTANCE:
            continue
        score = number(table, line, "Data Value", value)
        if score is not None and not 1 <= score <= 5:
            raise table.error(line, "Data Value", f"an importance is 1 to 5, got {value!r}")
        element = element.strip()
        found.setdefault(code, []).append(
            WorkStyle(
                name=Text(en=name.strip(), vi=words.vi(words.work_styles, element)),
                importance=score,
                element=element,
            )
        )
    for styles in found.values():
        styles.sort(key=lambda style: (-(style.importance or 0), style.name.en or ""))
    return found


FLAGS = {"Y": True, "N": False}


def _technologies(table: Table) -> dict[str, list[Technology]]:
    """The tools and software named for each occupation: in demand first, then hot,
    then the rest; each group by name, each name once."""
    found: dict[str, dict[str, Technology]] = {}
    columns = (CODE, "Example", "Commodity Title", "Hot Technology", "In Demand")
    for line, (code, example, category, hot, in_demand) in table.columns(*columns):
        flags = []
        for column, flag in (("Hot Technology", hot), ("In Demand", in_demand)):
            if flag.strip() not in FLAGS:
                raise table.error(line, column, f"expected Y or N, got {flag!r}")
            flags.append(FLAGS[flag.strip()])
        name = example.strip()
        if not name:
            continue
        found.setdefault(code, {}).setdefault(
            name.lower(),
            Technology(
                name=name,
                category=category.strip() or None,
                hot=flags[0],
                in_demand=flags[1],
            ),
        )
    return {
        code: sorted(
            named.values(), key=lambda tech: (not tech.in_demand, not tech.hot, tech.name.lower())
        )
        for code, named in found.items()
    }


def _interests(table: Table) -> dict[str, Interests]:
    scores: dict[str, dict[str, float]] = {}
    points: dict[str, dict[str, int]] = {}
    columns = (CODE, "Element Name", "Scale ID", "Data Value")
    for line, (code, name, scale, value) in table.columns(*columns):
        figure = number(table, line, "Data Value", value)
        if figure is None:
            continue
        if scale == INTEREST_SCORE and name in INTEREST_FIELDS:
            scores.setdefault(code, {})[INTEREST_FIELDS[name]] = figure
        elif scale == HIGH_POINT and name in HIGH_POINTS:
            if figure != int(figure) or not 0 <= figure <= 6:
                raise table.error(line, "Data Value", f"a high point is 0 to 6, got {value!r}")
            points.setdefault(code, {})[name] = int(figure)
    found: dict[str, Interests] = {}
    for code in sorted(set(scores) | set(points)):
        letters = [
            HIGH_POINT_LETTERS.get(points.get(code, {}).get(name, 0)) for name in HIGH_POINTS
        ]
        code_text = "".join(letter for letter in letters if letter)
        found[code] = Interests(**scores.get(code, {}), code=code_text or None)
    return found


def _pay(
    code: str,
    occupations: dict[str, tuple[str, str]],
    by_soc: dict[str, list[str]],
    wages: WageFile | None,
) -> tuple[list[SalaryStatement], Outcome]:
    """The OEWS statements of an occupation: its own SOC code's row, else its group's."""
    soc = code[:7]
    if wages is None:
        return [], Outcome(code, "none", "no wages file given")
    row = wages.rows.get(soc)
    scope: Text | None = None
    label: Text | None = None
    kind = "own"
    if row is not None and len(by_soc[soc]) > 1:
        kind = "shared"
        others = [occupations[other][0] for other in by_soc[soc] if other != code]
        scope = Text(
            en=f"OEWS estimates these wages for SOC {soc} ({row.title}) as a whole, "
            f"which also covers: {'; '.join(others)}.",
            vi=f"OEWS ước tính tiền lương này cho cả mã SOC {soc} ({row.title}), "
            f"mã này gồm cả: {'; '.join(others)}.",
        )
        label = Text(en=f"{row.title} (SOC {soc})")
    elif row is None:
        group = soc[:6] + "0"
        row = wages.rows.get(group) if group != soc else None
        if row is None:
            return [], Outcome(code, "none", f"no OEWS estimate for SOC {soc} or its group {group}")
        kind = "group"
        scope = Text(
            en=f"OEWS publishes no estimate for SOC {soc}; these figures are for "
            f"{group} ({row.title}), which includes it.",
            vi=f"OEWS không công bố số liệu cho mã SOC {soc}; đây là số liệu của "
            f"{group} ({row.title}), nhóm bao gồm mã này.",
        )
        label = Text(en=f"{row.title} (SOC {group})")
    statements = _statements(row, wages.year, scope, label)
    if not statements:
        return [], Outcome(code, "none", f"OEWS releases no wage figure for SOC {row.code}")
    return statements, Outcome(code, kind, wage_code=row.code)


def _statements(
    row: Wages, year: str | None, scope: Text | None, label: Text | None
) -> list[SalaryStatement]:
    where_en = "United States, all industries" + (f", May {year}" if year else "")
    where_vi = "Toàn nước Mỹ, mọi ngành" + (f", tháng 5/{year}" if year else "")
    notes_en, notes_vi = [f"{where_en}."], [f"{where_vi}."]
    if scope is not None:
        notes_en.append(scope.en or "")
        notes_vi.append(scope.vi or "")
    if row.annual_only:
        notes_en.append("BLS publishes annual wages only for this occupation.")
        notes_vi.append("BLS chỉ công bố lương theo năm cho nghề này.")
    if row.hourly_only:
        notes_en.append("BLS publishes hourly wages only for this occupation.")
        notes_vi.append("BLS chỉ công bố lương theo giờ cho nghề này.")
    if row.top_coded:
        names = ", ".join(row.top_coded)
        notes_en.append(f"BLS gives {names} only as at or above its top figure (#): not shown.")
        notes_vi.append(f"BLS chỉ ghi {names} là từ mức trần trở lên (#): không hiển thị.")
    note = Text(en=" ".join(notes_en), vi=" ".join(notes_vi))
    statements: list[SalaryStatement] = []
    for period, figures in ((Period.YEAR, row.annual), (Period.HOUR, row.hourly)):
        given = {name: value for name, value in figures.items() if value is not None}
        if not given:
            continue
        first = not statements
        statements.append(
            SalaryStatement(
                period=period,
                currency="USD",
                label=label,
                percentiles=Percentiles(**{name: given.get(name) for name in PERCENTILES})
                if any(name in given for name in PERCENTILES)
                else None,
                mean=given.get("mean"),
                employment=row.employment if first else None,
                note=note if first else None,
            )
        )
    return statements


def _sources(release: Release, code: str, wages: WageFile | None, outcome: Outcome) -> list[Source]:
    sources = [
        Source(
            title=f"O*NET {release.version} Database",
            language="en",
            edition=release.edition,
            reference=code,
            license=LICENSE,
            attribution=attribution(release.version),
        )
    ]
    if wages is not None and outcome.wage_code is not None:
        sources.append(
            Source(
                title="Occupational Employment and Wage Statistics (OEWS), U.S. Bureau of "
                "Labor Statistics",
                language="en",
                edition=wages.edition,
                reference=f"{wages.path.name}, SOC {outcome.wage_code}",
                license="public domain (U.S. government work)",
            )
        )
    return sources


def attribution(version: str) -> str:
    """The credit the O*NET license asks for, and the changes careerpath made."""
    return (
        f"O*NET {version} Database by the U.S. Department of Labor, Employment and Training "
        f"Administration (USDOL/ETA). Used under the CC BY 4.0 license ({LICENSE_URL}). "
        "O*NET® is a trademark of USDOL/ETA. careerpath modified the data: it selected "
        "tables and fields, reordered them, and reshaped them into this role profile."
    )
