"""Writing new role profiles: a commented template, or a copy of an existing role."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

import msgspec
import yaml

from careerpath.errors import CareerpathError, UsageError
from careerpath.model import ID_PATTERN, MAX_ID, Ladder, Role, Text, source_form

TEMPLATE = """\
# A careerpath role profile (format 1). The format: docs/data-format.md in
# the careerpath repository, or `careerpath schema role`.
# Leave out what your source does not say; careerpath shows it as "not given".
# Check your work with: careerpath --data-dir DIR validate
format: 1
id: {id}
aliases: []
title:
  en: {title}
  # vi: Tên vị trí bằng tiếng Việt
summary:
  en: Describe the role in one paragraph.
  # vi: Mô tả vị trí trong một đoạn.

# duties:
#   - items:
#       - en: What the role does, one duty per item.
# degree:
#   en: Bachelor's degree
# experience_years: "2-4"          # or "7+"
# ratings:
#   work_life: 4.0                 # out of 5
#   career_opportunity: 4.2
# salary:
#   - period: year                 # or month
#     currency: VND                # ISO 4217 code
#     total: {{min: 140_000_000, max: 196_000_000}}   # whole currency units
#     base: {{min: 130_000_000, max: 181_000_000}}
#     supplementary: {{min: 11_000_000, max: 15_000_000}}
# experience_distribution:
#   brackets:
#     - {{years: "0-1", percent: 10}}
#     - {{years: "2-4", percent: 90}}
# requirements:
#   - heading: {{en: Skills}}
#     items:
#       - en: One requirement per item.
# interview:
#   questions:
#     - question: {{en: Why do you want this job?}}
#       company: Example Co.
#       date: "2024-01-31"
#       sample_answer: {{en: A sample answer.}}
#   common_questions:
#     - en: Tell us about yourself.
# faq:
#   - question: {{en: A frequent question?}}
#     answer: {{en: Its answer.}}
# sources:
#   - title: Where these facts come from
#     date: "2024-01-31"
"""


LADDER_TEMPLATE = """\
# A careerpath career ladder (format 1): the steps of one path, lowest first.
# The format: docs/data-format.md in the careerpath repository, or
# `careerpath schema ladder`. Check your work with: careerpath --data-dir DIR validate
format: 1
id: {id}
# aliases: [other-name]
title:
  en: {title}
  # vi: Tên lộ trình bằng tiếng Việt
# summary:
#   en: What the ladder is about, in a sentence.
steps:
  # Each step names a role by its id (a file in roles/ of any data directory)
  # and the years of experience at which the step stands ("7+" is open-ended).
  # Replace these two with your own roles.
  - role: customer-care-agent
    title: {{en: Customer Care Agent}}
    years: "0-2"
  - role: team-lead
    title: {{en: Customer Care Team Lead}}
    years: "3-5"
    # note: {{en: "With experience in an equivalent position."}}
    # salary:
    #   - {{period: year, currency: VND, range: {{min: 140_000_000, max: 196_000_000}}}}
    # What the step expects of a person, by theme (`ladder ID --step 2` shows it,
    # `ladder ID --diff 1 2` what is new); id names the step, and steps that
    # share a level are parallel tracks, each named by its track:
    # id: lead
    # level: 2
    # track: {{en: People manager}}
    # themes:
    #   - id: communication
    #     name: {{en: Communication, vi: Giao tiếp}}
    #     expectations:
    #       - text: {{en: Runs the team's weekly review}}
    #         examples: [{{en: "A review with the numbers of the week"}}]
# sources:
#   - title: Where this ladder comes from
#     date: "2024-01-31"
# Or, instead of steps: take another ladder's (an imported framework's) and add
# your own years and pay to them, step by step:
# extends: engineering
# add:
#   - {{step: junior, years: "0-2"}}
"""


def check_id(role_id: str) -> None:
    """An id ``new`` may write: one the format accepts (kebab-case, 80 characters at
    most), so that the file it writes is valid and its name is short enough."""
    if len(role_id) > MAX_ID or not re.fullmatch(ID_PATTERN, role_id):
        raise UsageError("bad_id", id=role_id)


def template(role_id: str) -> str:
    """A valid profile with every other field shown, commented out."""
    title = role_id.replace("-", " ").title()
    return TEMPLATE.format(id=role_id, title=yaml.safe_dump(title).splitlines()[0])


def ladder_template(ladder_id: str) -> str:
    """A valid ladder of two example steps, its other fields shown commented out."""
    title = ladder_id.replace("-", " ").title() + " ladder"
    return LADDER_TEMPLATE.format(id=ladder_id, title=yaml.safe_dump(title).splitlines()[0])


def role_yaml(role: Role | Ladder, header: str) -> str:
    """A role (or a ladder) as a data file's YAML, ``header`` (comment lines) first;
    empty fields and false flags left out (every flag of the format defaults to
    false), so that the file shows only what the record gives."""
    # Dates become ISO text, which YAML then quotes, so that any YAML reader
    # (and the JSON Schema) sees a string, as careerpath does.
    return header + data_yaml(msgspec.to_builtins(role, enc_hook=source_form))


def data_yaml(data: dict[str, Any]) -> str:
    """A record's plain values (as ``msgspec.to_builtins`` gives them) as YAML."""
    return str(yaml.dump(data, Dumper=_dumper(), allow_unicode=True, sort_keys=False, width=100))


_DUMPER: type[Any] | None = None


def _dumper() -> type[Any]:
    """PyYAML's safe dumper (its C emitter where built), with two shortcuts for the
    plain values ``to_builtins`` gives, which an import writes by the hundred
    thousand: the type of a scalar is worked out once per distinct text, and a
    value goes straight to its representer. The YAML written is the same."""
    global _DUMPER
    if _DUMPER is not None:
        return _DUMPER
    try:
        from yaml import CSafeDumper as Base
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeDumper as Base  # type: ignore[assignment]

    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    STR, MAP, SEQ = ("tag:yaml.org,2002:" + name for name in ("str", "map", "seq"))
    resolved: dict[tuple[Any, ...], str] = {}

    class Dumper(Base):
        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
            key = (value, implicit)
            found = resolved.get(key)
            if found is None:
                if len(resolved) > 100_000:  # bounded, whatever is written
                    resolved.clear()
                found = resolved[key] = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
            return found

        # The nodes PyYAML's own representers make for these plain values under
        # yaml.dump's defaults (block style, no default style, keys in order),
        # without their bookkeeping for anchors and flow style; a mapping leaves
        # out its empty values and false flags as it goes.
        def represent_data(self, data: Any) -> Any:
            self.alias_key = None
            kind = type(data)
            if kind is str:
                return ScalarNode(STR, data)
            if kind is dict:  # never the same object twice: no anchors to track
                pairs = []
                for key, value in data.items():
                    if value is None or value is False:
                        continue
                    node = self.represent_data(value)
                    if type(node) is not ScalarNode and not node.value:
                        continue  # an empty list or mapping, or one left empty
                    pairs.append((ScalarNode(STR, key), node))
                return MappingNode(MAP, pairs, flow_style=False)
            if kind is list:
                items = [self.represent_data(item) for item in data]
                return SequenceNode(SEQ, items, flow_style=False)
            return super().represent_data(data)

    _DUMPER = Dumper
    return Dumper


COPY_MARK = {"en": " (copy)", "vi": " (bản sao)"}


def copy_of(role: Role, role_id: str) -> str:
    """``role`` under a new id, without its aliases and with its titles marked as a
    copy, so that neither an alias nor a title names two roles."""
    header = (
        f"# Copied from the careerpath role {role.id!r}; edit it to describe {role_id!r}.\n"
        "# The format: docs/data-format.md, or `careerpath schema role`.\n"
    )
    title = Text(
        vi=role.title.vi + COPY_MARK["vi"] if role.title.vi else None,
        en=role.title.en + COPY_MARK["en"] if role.title.en else None,
    )
    return role_yaml(msgspec.structs.replace(role, id=role_id, aliases=[], title=title), header)


def umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_new(path: Path, text: str, *, force: bool, make_folders: bool = True) -> None:
    """Write ``text`` to ``path`` atomically: a temporary file beside it, then a rename.

    A new file gets the permissions the umask allows (0644 under 022), as any
    editor's would; a file that is replaced keeps its own. ``make_folders``
    false makes a missing folder an error. A write that fails (a full disk)
    leaves the old file as it was and is reported as one line.
    """
    if path.exists() and not force:
        raise CareerpathError("exists", path=path)
    if not make_folders and not path.parent.is_dir():
        raise CareerpathError("no_folder", path=path.parent)
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o666 & ~umask()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        os.chmod(handle, mode)  # mkstemp makes it private  # noqa: PTH101
    except OSError as error:
        raise CareerpathError("cannot_write", path=path.parent, reason=error.strerror) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise CareerpathError("cannot_write", path=path, reason=error.strerror) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
