"""Bring your own data: the search path, `validate`, `new`, `schema`, and hostile input."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from careerpath.catalog import bundled_data_dir
from careerpath.errors import DataError
from careerpath.loader import load_record
from careerpath.model import Role
from tests.conftest import Run, subprocess_env

ROOT = Path(__file__).parents[1]
BUNDLED = bundled_data_dir()
GOOD_ROLE = """\
format: 1
id: {id}
title: {{en: {title}}}
summary: {{en: A role of our own.}}
"""


def _role(directory: Path, role_id: str, text: str | None = None, title: str = "Own Role") -> Path:
    path = directory / "roles" / f"{role_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else GOOD_ROLE.format(id=role_id, title=title))
    return path


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """careerpath in a real process, with memory capped at 1 GiB and a time limit."""
    full_env = subprocess_env(**(env or {}))

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "careerpath", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        preexec_fn=cap_memory,
        check=False,
    )


# --- the search path ------------------------------------------------------------


def test_data_dir_adds_roles_and_says_where_they_come_from(run: Run, tmp_path: Path) -> None:
    _role(tmp_path, "data-analyst", title="Data Analyst")
    result = run("--data-dir", str(tmp_path), "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    roles = {role["id"]: role for role in json.loads(result.stdout)["roles"]}
    assert roles["data-analyst"]["origin"] == "--data-dir"
    assert roles["data-analyst"]["source"] == str(tmp_path / "roles" / "data-analyst.yaml")
    assert roles["team-lead"]["origin"] == "bundled"
    table = run("--data-dir", str(tmp_path), "list", "--sources", env={"COLUMNS": "200"}).stdout
    assert str(tmp_path / "roles" / "data-analyst.yaml") in table
    (lead,) = [line for line in table.splitlines() if line.startswith("team-lead ")]
    assert lead.split()[-1] == "bundled"
    (own,) = [line for line in table.splitlines() if line.startswith("data-analyst ")]
    assert own.split()[-1] == str(tmp_path / "roles" / "data-analyst.yaml")


def test_user_file_replaces_bundled_one(run: Run, tmp_path: Path) -> None:
    _role(tmp_path, "team-lead", title="Our Own Team Lead")
    result = run("--data-dir", str(tmp_path), "show", "team-lead", "-f", "json", "-s", "summary")
    document = json.loads(result.stdout)
    assert document["role"]["title"]["en"] == "Our Own Team Lead"
    assert document["source"]["origin"] == "--data-dir"


def test_precedence_bundled_user_env_option(run: Run, tmp_path: Path) -> None:
    user_home, env_dir, option_dir = tmp_path / "xdg", tmp_path / "env", tmp_path / "opt"
    _role(user_home / "careerpath", "own", title="From user dir")
    _role(env_dir, "own", title="From CAREERPATH_PATH")
    _role(option_dir, "own", title="From --data-dir")
    env = {"XDG_DATA_HOME": str(user_home)}

    def title(*args: str, extra: dict[str, str] | None = None) -> str:
        result = run(
            *args, "show", "own", "-f", "json", "-s", "summary", env={**env, **(extra or {})}
        )
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["role"]["title"]["en"]  # type: ignore[no-any-return]

    assert title() == "From user dir"
    assert title(extra={"CAREERPATH_PATH": str(env_dir)}) == "From CAREERPATH_PATH"
    assert title("--data-dir", str(option_dir), extra={"CAREERPATH_PATH": str(env_dir)}) == (
        "From --data-dir"
    )


def test_ladder_in_user_dir_names_bundled_roles(run: Run, tmp_path: Path) -> None:
    ladder = tmp_path / "ladders" / "mine.yaml"
    ladder.parent.mkdir(parents=True)
    ladder.write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\nsteps:\n"
        "  - {role: customer-care-agent, title: {en: Agent}, years: '0-2'}\n"
        "  - {role: own, title: {en: Own}, years: '2-5'}\n"
    )
    _role(tmp_path, "own")
    result = run("--data-dir", str(tmp_path), "path", "customer-care-agent", "own", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [hop["ladder"] for hop in json.loads(result.stdout)["hops"]] == ["mine", "mine"]


@pytest.mark.parametrize("make", ["missing", "file"])
def test_unusable_data_dir_is_a_clear_error(run: Run, tmp_path: Path, make: str) -> None:
    target = tmp_path / "data"
    if make == "file":
        target.write_text("not a directory")
    result = run("--data-dir", str(target), "list")
    assert result.exit_code == 1
    assert result.stdout == ""
    reason = "does not exist" if make == "missing" else "is not a directory"
    assert result.stderr == f"careerpath: data directory '{target}' (from --data-dir) {reason}\n"


def test_unreadable_data_dir_is_a_clear_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for root (who reads any directory) and for everyone else: the access
    check is answered "no" for this folder."""
    target = tmp_path / "locked"
    target.mkdir()
    access = os.access

    def refused(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        return False if Path(path) == target else access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", refused)
    result = run("--data-dir", str(target), "list")
    assert result.exit_code == 1, result.output
    assert "cannot be read" in result.stderr


def test_a_file_gone_between_listing_and_reading_is_a_clear_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What root meets too: a data file removed after careerpath listed its folder."""
    _role(tmp_path, "stays")
    gone = _role(tmp_path, "gone")
    listdir = os.listdir

    def list_then_remove(path: Any) -> list[str]:
        names = listdir(path)
        if str(path) == str(tmp_path / "roles") and gone.exists():
            gone.unlink()
        return names

    monkeypatch.setattr("careerpath.catalog.os.listdir", list_then_remove)
    result = run("--data-dir", str(tmp_path), "list", "--strict", "-f", "json")
    assert result.exit_code == 1
    assert "stays" in {role["id"] for role in json.loads(result.stdout)["roles"]}
    assert result.stderr == (
        "careerpath: warning: skipped a file that cannot be read: "
        f"{gone}: cannot read: No such file or directory\n"
    )


def test_bad_careerpath_path_entry(run: Run, tmp_path: Path) -> None:
    result = run("list", env={"CAREERPATH_PATH": str(tmp_path / "nope")})
    assert result.exit_code == 1
    assert "(from CAREERPATH_PATH) does not exist" in result.stderr


def test_broken_file_among_good_ones(run: Run, tmp_path: Path) -> None:
    _role(tmp_path, "good")
    broken = _role(tmp_path, "broken", "format: 1\nid: broken\ntitle: {en: [unclosed\n")
    shown = run("--data-dir", str(tmp_path), "show", "good")
    assert shown.exit_code == 0
    assert shown.stderr == ""  # it has no codes: no other role is read
    coded = run(
        "--data-dir", str(tmp_path), "show", "team-lead"
    )  # roles sharing its code: all read
    assert coded.exit_code == 0
    assert coded.stderr.startswith("careerpath: warning: skipped a file that cannot be read")
    listed = run("--data-dir", str(tmp_path), "list", "-f", "json")
    assert listed.exit_code == 0
    assert "good" in {role["id"] for role in json.loads(listed.stdout)["roles"]}
    assert len(json.loads(listed.stdout)["roles"]) == 11  # the 10 bundled and good, not broken
    lines = listed.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        f"careerpath: warning: skipped a file that cannot be read: {broken}:"
    )
    strict = run("--data-dir", str(tmp_path), "list", "--strict", "-f", "json")
    assert strict.exit_code == 1
    assert strict.stdout == listed.stdout
    searched = run("--data-dir", str(tmp_path), "search", "role", "-f", "json")
    assert searched.exit_code == 0
    assert searched.stderr == listed.stderr
    assert run("--data-dir", str(tmp_path), "search", "role", "--strict").exit_code == 1


@pytest.fixture
def broken_catalogue(tmp_path: Path) -> Path:
    """A broken role and a broken ladder beside the bundled data."""
    (tmp_path / "roles").mkdir()
    (tmp_path / "ladders").mkdir()
    (tmp_path / "roles" / "broken.yaml").write_text("format: 1\nid: broken\ntitle: {en: B}\n")
    (tmp_path / "ladders" / "bad.yaml").write_text("format: 1\nid: bad\ntitle: {en: L}\nsteps: 3\n")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["search", "lead"],
        ["show", "team-lead"],
        ["ladder"],
        ["ladder", "cs"],
        ["compare"],
        ["compare", "team-lead", "service-director"],
        ["related", "team-lead"],
        ["path", "customer-care-agent", "team-lead"],
        ["match", "--years", "3"],
    ],
    ids=lambda args: "-".join(args),
)
def test_one_policy_for_files_that_cannot_be_read(
    run: Run, broken_catalogue: Path, args: list[str]
) -> None:
    """A file that cannot be read is skipped with a warning, and the output is complete
    without it (exit 0); --strict makes the same run fail (exit 1)."""
    data = ("--data-dir", str(broken_catalogue))
    kept = run(*data, *args, "-f", "json")
    assert kept.exit_code == 0, kept.stderr
    json.loads(kept.stdout)
    warned = kept.stderr.splitlines()
    assert warned
    assert all(
        line.startswith("careerpath: warning: skipped a file that cannot be read: ")
        for line in warned
    )
    strict = run(*data, *args, "-f", "json", "--strict")
    assert strict.exit_code == 1
    assert strict.stdout == kept.stdout


@pytest.mark.parametrize(
    ("args", "file"),
    [(["show", "broken"], "roles/broken.yaml"), (["ladder", "bad"], "ladders/bad.yaml")],
)
def test_a_named_file_that_cannot_be_read_fails_the_command(
    run: Run, broken_catalogue: Path, args: list[str], file: str
) -> None:
    result = run("--data-dir", str(broken_catalogue), *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"{broken_catalogue / file}:")


# --- validate ---------------------------------------------------------------------


def test_validate_bundled_data_reports_exactly_the_known_quirks(run: Run) -> None:
    result = run("validate", str(BUNDLED), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["files"], report["errors"], report["warnings"]) == (13, 0, 4)
    found = {(Path(f["path"]).name, f["field"], f["severity"]) for f in report["findings"]}
    assert found == {
        ("service-director.yaml", "experience_distribution.brackets", "warning"),
        ("service-director.yaml", "ratings.work_life", "warning"),
        ("service-director.yaml", "ratings.career_opportunity", "warning"),
        ("team-lead.yaml", "salary[1].average", "warning"),
    }
    table = run("validate", str(BUNDLED))
    assert "warning: the percentages sum to 110%, not 100%" in table.stdout
    assert table.stderr == "careerpath: checked 13 file(s): 0 error(s), 4 warning(s)\n"
    assert run("validate", str(BUNDLED), "--strict").exit_code == 1


def test_validate_points_at_the_line_of_the_value(run: Run) -> None:
    out = run("validate", str(BUNDLED)).stdout
    lines = [line for line in out.splitlines() if "sum to 110%" in line]
    path, line = lines[0].split(":")[:2]
    text = Path(path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert text.strip().startswith('- {years: "0-1", percent: 8}')


WARNINGS: dict[str, tuple[str, str, str]] = {
    # fixture text after the base fields → (field, message fragment)
    "sum": (
        "experience_distribution:\n  brackets:\n    - {years: '0-1', percent: 50}\n",
        "experience_distribution.brackets",
        "sum to 50%",
    ),
    "min-over-max": (
        "salary:\n  - {period: year, currency: VND,\n"
        "     total: {min: 200_000_000.0, max: 100_000_000}}\n",
        "salary[0].total",
        "min (200_000_000) is greater than max (100_000_000)",  # whole, not 2e+08
    ),
    "total-not-sum": (
        "salary:\n  - period: year\n    currency: VND\n"
        "    total: {min: 100_000_000, max: 200_000_000}\n"
        "    base: {min: 90_000_000, max: 150_000_000}\n"
        "    supplementary: {min: 5_000_000, max: 10_000_000}\n",
        "salary[0].total",
        "is not base + supplementary",
    ),
    "no-currency": (
        "salary:\n  - {period: year, total: {min: 1_000_000, max: 2_000_000}}\n",
        "salary[0]",
        "no currency",
    ),
    "no-period": (
        "salary:\n  - {currency: VND, total: {min: 1_000_000, max: 2_000_000}}\n",
        "salary[0]",
        "no period",
    ),
    "span-backwards": ("experience_years: '5-2'\n", "experience_years", "goes backwards"),
    "millions-as-units": (
        "salary:\n  - {period: month, currency: VND, average: {min: 14, max: 17}}\n",
        "salary[0].average",
        "14–17 VND looks like millions written as units: amounts are whole VND, such as 14_000_000",
    ),
}


@pytest.mark.parametrize("case", list(WARNINGS))
def test_validate_warnings(run: Run, tmp_path: Path, case: str) -> None:
    extra, field, fragment = WARNINGS[case]
    path = _role(tmp_path, "sample", GOOD_ROLE.format(id="sample", title="Sample") + extra)
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 0, result.stdout
    findings = json.loads(result.stdout)["findings"]
    assert [(f["severity"], f["field"]) for f in findings] == [("warning", field)]
    assert fragment in findings[0]["message"]
    assert run("validate", str(path), "--strict").exit_code == 1


def test_validate_ladder_warnings(run: Run, tmp_path: Path) -> None:
    ladder = tmp_path / "ladders" / "odd.yaml"
    ladder.parent.mkdir(parents=True)
    ladder.write_text(
        "format: 1\nid: odd\ntitle: {en: Odd}\nsteps:\n"
        "  - {role: team-lead, title: {en: Lead}, years: '3-5'}\n"
        "  - {role: nobody, title: {en: Nobody}, years: '1-2'}\n"
    )
    result = run("--data-dir", str(tmp_path), "validate", str(tmp_path), "-f", "json")
    messages = {
        (f["field"], f["message"].split(",")[0]) for f in json.loads(result.stdout)["findings"]
    }
    assert ("steps[1].role", "names role 'nobody'") in messages
    assert (
        "steps[1].years",
        "the ladder goes backwards: step 2 (1-2) starts before step 1 (3-5)",
    ) in messages


def test_validate_id_defined_twice_and_alias_clash(run: Run, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _role(first, "twin")
    _role(second, "twin")
    _role(second, "clash", GOOD_ROLE.format(id="clash", title="Clash") + "aliases: [team-lead]\n")
    result = run("--data-dir", str(first), "--data-dir", str(second), "validate", "-f", "json")
    findings = json.loads(result.stdout)["findings"]
    messages = [f["message"] for f in findings if "twin" in f["path"] or "clash" in f["path"]]
    assert any("id 'twin' is also defined in" in message for message in messages)
    assert any("alias 'team-lead' is already a name of role 'team-lead'" in m for m in messages)


def test_validate_errors_exit_1(run: Run, tmp_path: Path) -> None:
    path = _role(tmp_path, "bad", "format: 1\nid: bad\ntitle: {en: NO}\nsummary: {en: x}\n")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert (
        result.stdout
        == f"{path}:3:13: title.en: expected text, got true or false (put the value in quotes)\n"
    )


# --- new ----------------------------------------------------------------------------


def test_new_then_validate_then_show(run: Run, tmp_path: Path) -> None:
    result = run("new", "my-role", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    path = tmp_path / "roles" / "my-role.yaml"
    assert result.stdout == f"{path}\n"
    assert "# duties:" in path.read_text()  # commented fields to fill in
    checked = run("--data-dir", str(tmp_path), "validate")
    assert checked.exit_code == 0
    assert str(path) not in checked.stdout  # no error or warning for the new file
    shown = run("--data-dir", str(tmp_path), "show", "my-role")
    assert shown.exit_code == 0
    assert "My Role" in shown.stdout


def test_new_from_existing_copies_every_field(run: Run, tmp_path: Path) -> None:
    assert run("new", "lead-copy", "--from", "team-lead", "--dir", str(tmp_path)).exit_code == 0
    original = json.loads(run("show", "team-lead", "-f", "json").stdout)["role"]
    copy = json.loads(run("--data-dir", str(tmp_path), "show", "lead-copy", "-f", "json").stdout)
    title = {"vi": original["title"]["vi"] + " (bản sao)", "en": "Customer Care Team Lead (copy)"}
    assert copy["role"] == {**original, "id": "lead-copy", "aliases": [], "title": title}
    result = run("--data-dir", str(tmp_path), "validate", str(tmp_path), "-f", "json")
    assert json.loads(result.stdout)["errors"] == 0
    assert json.loads(result.stdout)["warnings"] == 1  # the page's quirk, copied with it


def test_new_refuses_to_overwrite(run: Run, tmp_path: Path) -> None:
    path = _role(tmp_path, "mine", GOOD_ROLE.format(id="mine", title="Precious"))
    result = run("new", "mine", "--dir", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "already exists; use --force" in result.stderr
    assert "Precious" in path.read_text()
    assert run("new", "mine", "--dir", str(tmp_path), "--force").exit_code == 0
    assert "Precious" not in path.read_text()
    assert [p.name for p in path.parent.iterdir()] == ["mine.yaml"]  # no temporary left


def test_new_writes_to_the_user_data_dir_by_default(run: Run, tmp_path: Path) -> None:
    result = run("new", "mine", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.stdout == f"{tmp_path / 'careerpath' / 'roles' / 'mine.yaml'}\n"
    listed = run("list", "-f", "json", env={"XDG_DATA_HOME": str(tmp_path)})
    roles = {role["id"]: role["origin"] for role in json.loads(listed.stdout)["roles"]}
    assert roles["mine"] == "user"


@pytest.mark.parametrize("bad_id", ["Bad_Id", "../escape", "a--b", "-x"])
def test_new_rejects_bad_ids(run: Run, tmp_path: Path, bad_id: str) -> None:
    result = run("new", bad_id, "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


# --- schema ---------------------------------------------------------------------------


def _as_json(value: Any) -> Any:
    return json.loads(
        json.dumps(value, default=lambda o: o.isoformat() if isinstance(o, dt.date) else o)
    )


@pytest.fixture
def schemas(run: Run) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("role", "ladder"):
        result = run("schema", kind)
        assert result.exit_code == 0, result.stderr
        out[kind] = json.loads(result.stdout)
    return out


@pytest.mark.parametrize("kind", ["role", "ladder"])
def test_schema_golden(run: Run, golden: SnapshotAssertion, kind: str) -> None:
    """The published format, word for word: a change to it is a change of contract."""
    assert run("schema", kind).stdout == golden


def test_every_bundled_file_matches_the_schema(schemas: dict[str, Any]) -> None:
    for kind, folder in (("role", "roles"), ("ladder", "ladders")):
        validator = jsonschema.Draft202012Validator(schemas[kind])
        files = sorted((bundled_data_dir() / folder).glob("*.yaml"))
        assert files
        for path in files:
            # as any YAML reader gives it: dates in quotes stay text, as the schema says
            validator.validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_new_templates_and_copies_match_the_schema(
    run: Run, tmp_path: Path, schemas: dict[str, Any]
) -> None:
    validator = jsonschema.Draft202012Validator(schemas["role"])
    for args in (["new", "blank-role"], ["new", "copied-role", "--from", "service-director"]):
        path = Path(run(*args, "--dir", str(tmp_path)).stdout.strip())
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        validator.validate(data)
    copied = (tmp_path / "roles" / "copied-role.yaml").read_text(encoding="utf-8")
    assert 'date: "2023-11-02"' in copied or "date: '2023-11-02'" in copied


@pytest.mark.parametrize(
    "extra",
    [
        "degree: {}\n",
        "salary:\n  - {period: year, currency: VND}\n",
        "experience_distribution:\n  brackets:\n    - {percent: 10}\n",
    ],
)
def test_the_schema_rejects_what_the_record_rules_reject(
    schemas: dict[str, Any], tmp_path: Path, extra: str
) -> None:
    path = _role(tmp_path, "sample", GOOD_ROLE.format(id="sample", title="Sample") + extra)
    with pytest.raises(DataError):
        load_record(path, Role)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(path.read_text()), schemas["role"])


@pytest.mark.parametrize(
    "fixture",
    ["unknown-field", "missing-field", "bad-span", "bad-id", "format-2", "rating-out-of-range"],
)
def test_the_schema_rejects_what_the_loader_rejects(schemas: dict[str, Any], fixture: str) -> None:
    data = yaml.safe_load((ROOT / "tests" / "fixtures" / "bad" / f"{fixture}.yaml").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_as_json(data), schemas["role"])


def _property_names(schema: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(schema, dict):
        names.update(schema.get("properties", {}))
        for value in schema.values():
            names |= _property_names(value)
    elif isinstance(schema, list):
        for value in schema:
            names |= _property_names(value)
    return names


def test_data_format_doc_covers_every_schema_field(schemas: dict[str, Any]) -> None:
    doc = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    names = _property_names(schemas["role"]) | _property_names(schemas["ladder"])
    missing = sorted(name for name in names if f"`{name}`" not in doc)
    assert missing == []


# --- hostile and broken input ----------------------------------------------------------

Maker = Callable[[Path], None]


def _write(text: str | bytes) -> Maker:
    def make(path: Path) -> None:
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    return make


def _laughs() -> str:
    lines = [
        "format: 1",
        "id: hostile",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    for index in range(1, 10):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


BASE = "format: 1\nid: hostile\n"
HOSTILE: dict[str, Maker] = {
    "python-tag": _write(BASE + 'title: !!python/object/apply:os.system ["touch {marker}"]\n'),
    "python-name": _write(BASE + "title: !!python/name:os.system\n"),
    "billion-laughs": _write(_laughs()),
    "duplicate-keys": _write(BASE + "title: {en: A}\ntitle: {en: B}\nsummary: {en: x}\n"),
    "yaml11-no": _write(BASE + "title: {en: NO}\nsummary: {en: x}\n"),
    "yaml11-octal": _write(BASE + "title: {en: 010}\nsummary: {en: x}\n"),
    "yaml11-sexagesimal": _write(BASE + "title: {en: 1:30}\nsummary: {en: x}\n"),
    "yaml11-date": _write(BASE + "title: {en: 2023-11-07}\nsummary: {en: x}\n"),
    "deep-nesting": _write(BASE + "title: " + "[" * 5000 + "]" * 5000 + "\n"),
    "deeper-than-c-stack": _write(BASE + "title: " + "[" * 400_000 + "]" * 400_000 + "\n"),
    "invalid-utf8": _write(BASE.encode() + b"title: {en: \xff\xfe}\n"),
    "byte-order-mark": _write(b"\xef\xbb\xbf" + BASE.encode()),
    "empty": _write(""),
    "bare-string": _write("just a string\n"),
    "bare-list": _write("- a\n- b\n"),
    "ten-megabytes": _write(BASE + "summary: {en: '" + "x" * 10_000_000 + "'}\n"),
    "tab-indentation": _write(BASE + "title:\n\ten: Tabbed\n"),
    "two-documents": _write(BASE + "title: {en: A}\nsummary: {en: x}\n---\nformat: 1\n"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_gives_one_line_error(tmp_path: Path, case: str) -> None:
    marker = tmp_path / "executed"
    data = tmp_path / "data"
    path = data / "roles" / "hostile.yaml"
    path.parent.mkdir(parents=True)
    HOSTILE[case](path)
    if case == "python-tag":
        path.write_text(path.read_text().replace("{marker}", str(marker)))
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    for args in (["list", "--strict"], ["show", "hostile"], ["validate", str(path)]):
        result = _cli("--data-dir", str(data), *args)
        assert result.returncode == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
        errors = [line for line in result.stderr.splitlines() if str(path) in line]
        where = result.stdout if args[0] == "validate" else result.stderr
        assert len([line for line in where.splitlines() if str(path) in line]) == 1, where
        if args[0] != "validate":
            assert len(errors) == 1
    assert not marker.exists()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_rich_markup_in_data_is_printed_literally(run: Run, tmp_path: Path) -> None:
    _role(
        tmp_path,
        "markup",
        "format: 1\nid: markup\ntitle: {en: '[bold]Boss[/bold]'}\n"
        "summary: {en: 'Closes [/] and opens [red]'}\n",
    )
    result = run("--data-dir", str(tmp_path), "show", "markup")
    assert result.exit_code == 0, result.stderr
    assert "[bold]Boss[/bold]" in result.stdout
    assert "Closes [/] and opens [red]" in result.stdout


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "team-lead/../x", "roles/team-lead"]
)
def test_path_like_names_are_unknown_roles(tmp_path: Path, name: str) -> None:
    result = _cli("show", name)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"careerpath: unknown role {name!r}")


def test_copying_bundled_data_dir_is_a_valid_data_dir(run: Run, tmp_path: Path) -> None:
    shutil.copytree(bundled_data_dir(), tmp_path / "copy")
    result = run("validate", str(tmp_path / "copy"), "-f", "json")
    assert json.loads(result.stdout)["errors"] == 0
