"""``careerpath import framework``: progression frameworks as careerpath ladders.

Two formats that teams keep in git are read as their owners publish them:

- **Monzo's progression-framework**: one Markdown file per framework, its data
  in YAML front matter (``levels``, and ``topics`` each with ``content`` per
  level: ``criteria`` and ``exampleCriteria``). A topic whose ``name`` is also a
  topic of ``generic.md`` (found beside the file or in a folder above it) gets
  the generic criteria first, and the generic title, as the framework's README
  says. Sub-levels written in criteria ("Criteria for sublevel B") become the
  ``sublevel`` of each of their examples.
- **The Financial Times' engineering-progression**: one YAML file per job
  family (``levels``, ``themes``, ``competencies``). Levels whose names differ
  only by a parenthesis ("Senior Engineer 2 (Individual Contributor)" and "…
  (People Manager)") share a level: parallel tracks, each named by it.

Each framework becomes one ladder, a step per level with what it expects by
theme, and a minimal role profile per step (a ladder step names a role).
Years and pay are not given: the frameworks give none, and careerpath never
guesses them. The source's name, license and copyright notice, and its commit
(or the file's date) travel with every file written.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from careerpath.errors import CareerpathError, DataError
from careerpath.model import Expectation, Ladder, Role, Source, Step, Text, Theme
from careerpath.normalize import fold

# Bounds on what is read: a framework is a few hundred KB at most.
MAX_FILE_BYTES = 5_000_000
MAX_FILES = 500  # Markdown files of a folder
MAX_LEVELS = 50
MAX_ITEMS = 20_000  # topics, levels' criteria, competencies: each list
GENERIC = "generic.md"
SUBLEVEL = re.compile(r"^\s*criteria for sub-?level\s+(?P<name>\S.*?)\s*$", re.IGNORECASE)
TRACK = re.compile(r"^(?P<base>.*?)\s*\((?P<track>[^()]+)\)\s*$")
TOO_DEEP = 4  # folders above a Monzo file searched for generic.md and LICENSE


class Framework(NamedTuple):
    """What an import writes: one ladder, its steps' roles, and where it came from."""

    ladder: Ladder
    roles: list[Role]
    kind: str  # "monzo" or "ft"
    license_text: str | None  # the source's LICENSE, copied beside the files


def read(source: Path) -> list[Framework]:
    """Every framework at ``source``: a Monzo Markdown file or folder of them, or
    an FT job-family YAML file. Bad input raises DataError naming file and line."""
    if source.is_dir():
        files = sorted(
            path
            for path in source.rglob("*.md")
            if path.is_file() and path.name != GENERIC and not path.name.startswith(".")
        )
        if len(files) > MAX_FILES:
            raise DataError(source, f"holds over {MAX_FILES} Markdown files; name one framework")
        found = [framework for path in files if (framework := _monzo(path, quiet=True))]
        if not found:
            raise DataError(source, "holds no framework with YAML front matter and levels")
        return found
    if not source.is_file():
        raise DataError(source, "no such file or folder")
    if source.suffix.lower() == ".md":
        framework = _monzo(source, quiet=False)
        assert framework is not None  # not quiet: a file that is no framework raises
        return [framework]
    if source.suffix.lower() in (".yml", ".yaml"):
        return [_ft(source)]
    raise DataError(source, "is neither a Markdown framework (.md) nor a job-family YAML (.yml)")


# --- reading ---------------------------------------------------------------------


def _text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DataError(path, f"cannot read: {error.strerror or error}") from None
    if size > MAX_FILE_BYTES:
        raise DataError(path, f"is {size:,} bytes; a framework is at most {MAX_FILE_BYTES:,}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError(path, f"is not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise DataError(path, f"cannot read: {error.strerror or error}") from None


def _yaml(path: Path, text: str, first_line: int = 1) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise DataError(path, f"is not valid YAML: {problem}", line=line) from None


def _front_matter(path: Path, text: str) -> tuple[Any, int] | None:
    """The YAML between the first two ``---`` lines, and the line it starts on."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return _yaml(path, "\n".join(lines[1:index]), first_line=2), 2
    raise DataError(path, "its front matter has no closing '---' line", line=1)


def _field(path: Path, data: Mapping[str, Any], name: str, kind: type, where: str = "") -> Any:
    value = data.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        wanted = {str: "text", int: "a whole number", list: "a list", dict: "a mapping"}[kind]
        raise DataError(path, f"{where}{name}: expected {wanted}", field=f"{where}{name}")
    if isinstance(value, list) and len(value) > MAX_ITEMS:
        raise DataError(path, f"{where}{name}: over {MAX_ITEMS:,} items", field=f"{where}{name}")
    return value


def _words(value: Any) -> str | None:
    """A text of the source without leading emoji and spaces ("💬 Communication")."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = str(value).strip()
    while text and (unicodedata.category(text[0]).startswith("S") or text[0] in "\ufe0f\u200d "):
        text = text[1:]
    return text or None


def slug(text: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())[:60].strip("-")


# --- Monzo ---------------------------------------------------------------------


def _monzo(path: Path, *, quiet: bool) -> Framework | None:
    text = _text(path)
    found = _front_matter(path, text)
    data = found[0] if found else None
    if not isinstance(data, dict) or not data.get("yaml") or not data.get("levels"):
        if quiet:
            return None  # a page of prose (design/*.md): nothing to import
        raise DataError(
            path, "has no framework data: YAML front matter with 'yaml: true' and 'levels'"
        )
    levels = _field(path, data, "levels", int)
    if not 1 <= levels <= MAX_LEVELS:
        raise DataError(path, f"levels: expected 1 to {MAX_LEVELS}", field="levels")
    topics = _field(path, data, "topics", list)
    generic = _generic_topics(path)
    name = _words(data.get("title")) or path.stem
    ladder_id = slug(path.relative_to(_root_of(path)).with_suffix("").as_posix()) or "framework"
    themes_by_level: dict[int, list[Theme]] = {level: [] for level in range(1, levels + 1)}
    for index, topic in enumerate(topics):
        where = f"topics[{index}]."
        if not isinstance(topic, dict):
            raise DataError(path, f"{where[:-1]}: expected a mapping", field=where[:-1])
        topic_id = str(topic.get("name") or "").strip()
        if not topic_id:
            raise DataError(path, f"{where}name: expected text", field=f"{where}name")
        shared = generic.get(topic_id)
        title = (shared.title if shared else None) or _words(topic.get("title")) or topic_id
        content = topic.get("content") or []
        if not isinstance(content, list):
            raise DataError(path, f"{where}content: expected a list", field=f"{where}content")
        own = _monzo_content(path, content, where)
        for level in themes_by_level:
            expectations = [
                *(shared.by_level.get(level, []) if shared else []),
                *own.get(level, []),
            ]
            if expectations:
                themes_by_level[level].append(
                    Theme(
                        id=slug(topic_id) or "theme", name=Text(en=title), expectations=expectations
                    )
                )
    sources, license_text = _sources(path, "Monzo progression-framework", data.get("path"))
    steps = []
    roles = []
    for level in range(1, levels + 1):
        role_id = f"{ladder_id}-{level}"
        roles.append(
            _role(role_id, f"{name}, level {level}", f"Level {level} of the {name}.", sources)
        )
        steps.append(
            Step(
                role=role_id,
                title=Text(en=f"Level {level}"),
                id=f"level-{level}",
                level=level,
                themes=themes_by_level[level],
            )
        )
    ladder = Ladder(
        format=1,
        id=ladder_id,
        title=Text(en=name),
        summary=Text(
            en=f"{name}: what each of its {levels} levels expects, by topic, as the framework "
            "writes it. Years and pay are not given: add them in a ladder of your own."
        ),
        steps=steps,
        sources=sources,
    )
    return Framework(ladder, roles, "monzo", license_text)


class _Topic(NamedTuple):
    title: str | None
    by_level: dict[int, list[Expectation]]


def _generic_topics(path: Path) -> dict[str, _Topic]:
    """The topics of generic.md beside ``path`` or in a folder above it (none: {})."""
    folder = path.parent
    for _ in range(TOO_DEEP):
        candidate = folder / GENERIC
        if candidate.is_file() and candidate != path:
            found = _front_matter(candidate, _text(candidate))
            data = found[0] if found else None
            topics = data.get("topics") if isinstance(data, dict) else None
            result: dict[str, _Topic] = {}
            for index, topic in enumerate(topics if isinstance(topics, list) else []):
                if isinstance(topic, dict) and topic.get("name"):
                    content = topic.get("content") or []
                    result[str(topic["name"]).strip()] = _Topic(
                        _words(topic.get("title")),
                        _monzo_content(
                            candidate,
                            content if isinstance(content, list) else [],
                            f"topics[{index}].",
                        ),
                    )
            return result
        if folder.parent == folder:
            break
        folder = folder.parent
    return {}


def _monzo_content(path: Path, content: list[Any], where: str) -> dict[int, list[Expectation]]:
    """A topic's expectations by level: plain criteria, then criteria with examples
    (a "Criteria for sublevel X" one: each example an expectation of sub-level X)."""
    found: dict[int, list[Expectation]] = {}
    for index, entry in enumerate(content):
        here = f"{where}content[{index}]."
        if not isinstance(entry, dict):
            raise DataError(path, f"{here[:-1]}: expected a mapping", field=here[:-1])
        level = entry.get("level")
        if not isinstance(level, int) or isinstance(level, bool):
            raise DataError(path, f"{here}level: expected a whole number", field=f"{here}level")
        items = found.setdefault(level, [])
        for criterion in entry.get("criteria") or []:
            if (said := _words(criterion)) is not None:
                items.append(Expectation(text=Text(en=said)))
        for example in entry.get("exampleCriteria") or []:
            if not isinstance(example, dict):
                continue
            said = _words(example.get("criteria"))
            shown = [t for e in example.get("examples") or [] if (t := _words(e)) is not None]
            sub = SUBLEVEL.match(said or "")
            if sub is not None:
                items.extend(
                    Expectation(text=Text(en=text), sublevel=sub["name"]) for text in shown
                )
            elif said is not None:
                items.append(Expectation(text=Text(en=said), examples=[Text(en=t) for t in shown]))
    return found


def _root_of(path: Path) -> Path:
    """The folder a Monzo framework's id is counted from: the one holding generic.md
    (``engineering/backend.md`` → ``engineering-backend``), else its own."""
    folder = path.parent
    for _ in range(TOO_DEEP):
        if (folder / GENERIC).is_file():
            return folder
        if folder.parent == folder:
            break
        folder = folder.parent
    return path.parent


# --- Financial Times ---------------------------------------------------------------


def _ft(path: Path) -> Framework:
    data = _yaml(path, _text(path))
    if not isinstance(data, dict):
        raise DataError(path, "expected a job family: a mapping with levels, themes, competencies")
    name = _field(path, data, "name", str).strip()
    levels = _field(path, data, "levels", list)
    themes = _field(path, data, "themes", list)
    competencies = _field(path, data, "competencies", list)
    if not 1 <= len(levels) <= MAX_LEVELS:
        raise DataError(path, f"levels: expected 1 to {MAX_LEVELS}", field="levels")
    level_ids: list[tuple[str, str]] = []
    for index, level in enumerate(levels):
        if not isinstance(level, dict):
            raise DataError(path, f"levels[{index}]: expected a mapping", field=f"levels[{index}]")
        level_ids.append(
            (
                _field(path, level, "id", str, f"levels[{index}].").strip(),
                _field(path, level, "name", str, f"levels[{index}].").strip(),
            )
        )
    theme_info: dict[str, tuple[str, str | None]] = {}
    for index, theme in enumerate(themes):
        if not isinstance(theme, dict):
            raise DataError(path, f"themes[{index}]: expected a mapping", field=f"themes[{index}]")
        theme_id = _field(path, theme, "id", str, f"themes[{index}].").strip()
        summary = theme.get("summary")
        theme_info[theme_id] = (
            _field(path, theme, "name", str, f"themes[{index}].").strip(),
            " ".join(summary.split()) if isinstance(summary, str) else None,
        )
    expected: dict[tuple[str, str], list[Expectation]] = {}
    known_levels = {level_id for level_id, _ in level_ids}
    for index, item in enumerate(competencies):
        where = f"competencies[{index}]."
        if not isinstance(item, dict):
            raise DataError(path, f"{where[:-1]}: expected a mapping", field=where[:-1])
        level_id = _field(path, item, "level", str, where)
        theme_id = _field(path, item, "theme", str, where)
        if level_id not in known_levels:
            raise DataError(path, f"{where}level: no level '{level_id}'", field=f"{where}level")
        if theme_id not in theme_info:
            raise DataError(path, f"{where}theme: no theme '{theme_id}'", field=f"{where}theme")
        summary = " ".join(_field(path, item, "summary", str, where).split())
        examples = [
            Text(en=" ".join(str(e).split())) for e in item.get("examples") or [] if str(e).strip()
        ]
        proficiency = item.get("proficiency")
        expected.setdefault((level_id, theme_id), []).append(
            Expectation(
                text=Text(en=summary),
                examples=examples,
                proficiency=str(proficiency).strip() if proficiency else None,
            )
        )
    ladder_id = slug(name) or "framework"
    sources, license_text = _sources(path, "Financial Times engineering-progression", None)
    family = data.get("summary")
    family_summary = " ".join(family.split()) if isinstance(family, str) else None
    roles: list[Role] = []
    steps: list[Step] = []
    level_number = 0
    previous_base: str | None = None
    for level_id, level_name in level_ids:
        track = TRACK.match(level_name)
        base = track["base"] if track else level_name
        if base != previous_base:
            level_number += 1
        previous_base = base
        role_id = f"{ladder_id}-{slug(level_id) or level_number}"
        roles.append(
            _role(role_id, level_name, f"{level_name}, in the {name} job family.", sources)
        )
        steps.append(
            Step(
                role=role_id,
                title=Text(en=level_name),
                id=slug(level_id) or None,
                level=level_number,
                track=Text(en=track["track"]) if track else None,
                themes=[
                    Theme(
                        id=theme_id,
                        name=Text(en=theme_name),
                        summary=Text(en=theme_summary) if theme_summary else None,
                        expectations=expected[(level_id, theme_id)],
                    )
                    for theme_id, (theme_name, theme_summary) in theme_info.items()
                    if (level_id, theme_id) in expected
                ],
            )
        )
    ladder = Ladder(
        format=1,
        id=ladder_id,
        title=Text(en=name),
        summary=Text(
            en=(f"{family_summary} " if family_summary else "")
            + "What each level expects, by theme, as the job family writes it. Years and pay "
            "are not given: add them in a ladder of your own."
        ),
        steps=steps,
        sources=sources,
    )
    return Framework(ladder, roles, "ft", license_text)


# --- the rest ------------------------------------------------------------------


def _role(role_id: str, title: str, summary: str, sources: list[Source]) -> Role:
    return Role(
        format=1, id=role_id, title=Text(en=title), summary=Text(en=summary), sources=sources
    )


def _sources(path: Path, publisher: str, page: Any) -> tuple[list[Source], str | None]:
    """Where the framework came from: its file, the repository's commit (or the
    file's date), and the license and copyright notice of its LICENSE file."""
    license_path = _find_up(path.parent, "LICENSE")
    license_text = _text(license_path) if license_path else None
    license_name = None
    attribution = None
    if license_text:
        first = license_text.strip().splitlines()[0].strip()
        license_name = "MIT" if first.upper().startswith("MIT") else first[:80]
        copyright_line = next(
            (line.strip() for line in license_text.splitlines() if "copyright" in line.lower()),
            None,
        )
        attribution = copyright_line
    commit = _commit(path)
    reference = f"{path.name}" + (f" ({page})" if isinstance(page, str) and page else "")
    if commit:
        reference += f" at commit {commit}"
    date = None
    if not commit:
        try:
            date = dt.date.fromtimestamp(path.stat().st_mtime)
        except OSError:
            date = None
    source = Source(
        title=publisher,
        language="en",
        date=date,
        reference=reference,
        license=license_name,
        attribution=attribution,
        note=Text(
            en="Imported by careerpath: levels, themes and expectations as the source writes "
            "them; it gives no years or pay.",
            vi="careerpath nhập: các bậc, chủ đề và kỳ vọng đúng như nguồn viết; nguồn không "
            "ghi số năm hay mức lương.",
        ),
    )
    return [source], license_text


def _find_up(folder: Path, name: str) -> Path | None:
    for _ in range(TOO_DEEP + 2):
        if (folder / name).is_file():
            return folder / name
        if folder.parent == folder:
            return None
        folder = folder.parent
    return None


def _commit(path: Path) -> str | None:
    """The commit of the git checkout ``path`` is in, if it is one (bounded: 5 s)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(path.parent), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and re.fullmatch(r"[0-9a-f]{7,40}", commit) else None


def check_unique(frameworks: list[Framework]) -> None:
    """Two frameworks of one import must not write the same ladder id."""
    seen: set[str] = set()
    for framework in frameworks:
        if framework.ladder.id in seen:
            raise CareerpathError("framework_twice", id=framework.ladder.id)
        seen.add(framework.ladder.id)
