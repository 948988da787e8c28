"""A team's repository of roles and ladders checks itself: the README's CI recipe
and pre-commit hooks, run for real on a repository made here, with and without
an imported catalogue on the machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import Run, subprocess_env

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

ROLE = "format: 1\nid: {id}\ntitle: {{en: {title}}}\nsummary: {{en: What the role does.}}\n"
LADDER = """format: 1
id: analytics
title: {en: Analytics}
steps:
  - {role: data-analyst, title: {en: Data Analyst}, years: "0-2"}
  - {role: analytics-lead, title: {en: Analytics Lead}, years: "2-5"}
  - {role: team-lead, title: {en: Team Lead}, years: "5+"}
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _repository(tmp_path: Path) -> Path:
    """Two roles and a ladder that names them and a bundled role, committed."""
    repo = tmp_path / "hr"
    (repo / "roles").mkdir(parents=True)
    (repo / "ladders").mkdir()
    for id_, title in (("data-analyst", "Data Analyst"), ("analytics-lead", "Analytics Lead")):
        (repo / "roles" / f"{id_}.yaml").write_text(ROLE.format(id=id_, title=title), "utf-8")
    (repo / "ladders" / "analytics.yaml").write_text(LADDER, encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "hr")
    return repo


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return subprocess_env(
        PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}",
        XDG_DATA_HOME=str(tmp_path / "data"),
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit"),
        **extra,
    )


def _with_import(tmp_path: Path) -> None:
    """This machine has imported a catalogue that holds a role the repository does
    not (and one that shares an id with the repository's)."""
    folder = tmp_path / "data" / "careerpath" / "onet-29.3"
    (folder / "roles").mkdir(parents=True)
    (folder / "careerpath-import.json").write_text("{}", encoding="utf-8")
    for id_ in ("registered-nurses", "data-analyst"):
        (folder / "roles" / f"{id_}.yaml").write_text(ROLE.format(id=id_, title=id_), "utf-8")


def _recipe() -> list[str]:
    """The CI command the README gives, as its words."""
    found = re.search(r"```sh\n(careerpath validate --strict --format github)\n```", README)
    assert found, "the README's CI recipe"
    return found.group(1).split()


def _run(repo: Path, env: dict[str, str], *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(words), cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("imported", [False, True], ids=["bare machine", "with an import"])
def test_the_ci_recipe_passes_a_correct_repository(tmp_path: Path, imported: bool) -> None:
    repo = _repository(tmp_path)
    if imported:
        _with_import(tmp_path)
    result = _run(repo, _env(tmp_path), *_recipe())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr == "careerpath: checked 3 file(s): 0 error(s), 0 warning(s)\n"


BAD_FILES = {
    # file → (text, the annotation's start)
    "ladders/care.yaml": (
        LADDER.replace("id: analytics", "id: care").replace("analytics-lead", "registered-nurses"),
        "::warning file=ladders/care.yaml,line=6,col=12,title=steps[1].role::names role "
        "'registered-nurses', which is not in the data (validate --search-path also counts "
        "this machine's imports)",
    ),
    "roles/typo.yaml": (
        ROLE.format(id="typo", title="Typo") + "degre: {en: BSc}\n",
        "::error file=roles/typo.yaml,line=5,col=1,title=degre::unknown field",
    ),
    "roles/dated.yaml": (
        ROLE.format(id="dated", title="Dated")
        + "salary:\n  - {period: year, currency: VND, total: {min: 9, max: 5}}\n",
        "::warning file=roles/dated.yaml,line=6,col=",
    ),
}


@pytest.mark.parametrize("imported", [False, True], ids=["bare machine", "with an import"])
@pytest.mark.parametrize("name", list(BAD_FILES))
def test_the_ci_recipe_fails_each_bad_file_at_its_line(
    tmp_path: Path, name: str, imported: bool
) -> None:
    """The same answer with and without an import that holds the role a ladder names."""
    repo = _repository(tmp_path)
    if imported:
        _with_import(tmp_path)
    text, annotation = BAD_FILES[name]
    (repo / name).write_text(text, encoding="utf-8")
    result = _run(repo, _env(tmp_path), *_recipe())
    assert result.returncode == 1
    assert any(line.startswith(annotation) for line in result.stdout.splitlines()), result.stdout
    # --search-path: this machine's imports count, and say so
    if imported and name == "ladders/care.yaml":
        wider = _run(repo, _env(tmp_path), *_recipe(), "--search-path")
        assert "registered-nurses" not in wider.stdout


def _readme_hook_config() -> str:
    found = re.search(r"```yaml\n(repos:\n  - repo: local\n.*?)```", README, re.DOTALL)
    assert found, "the README's .pre-commit-config.yaml"
    return found.group(1)


def _shipped_hook_config() -> str:
    """The shipped hook, as a local hook: careerpath is installed here already, so
    pre-commit need not build it an environment (which would need the network)."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook["language"] = "system"
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]})


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("config", [_readme_hook_config, _shipped_hook_config])
def test_pre_commit_checks_the_changed_files_with_their_repository(
    tmp_path: Path, config: object
) -> None:
    """pre-commit passes only the changed file: a ladder naming roles committed
    earlier passes; a bad file of each kind is rejected with file:line:col."""
    assert callable(config)
    repo = _repository(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(config(), encoding="utf-8")
    env = _env(tmp_path)
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--files"]
    passed = _run(repo, env, *pre_commit, "ladders/analytics.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
    for name, (text, _) in BAD_FILES.items():
        (repo / name).write_text(text, encoding="utf-8")
        failed = _run(repo, env, *pre_commit, name)
        assert failed.returncode == 1, name
        assert re.search(rf"{re.escape(name)}:\d+:\d+: ", failed.stdout), failed.stdout
        (repo / name).unlink()


def test_errors_and_warnings_of_a_file_come_together_in_line_order(
    run: Run, tmp_path: Path
) -> None:
    """A file with an error still has its warnings checked: every problem at once."""
    path = tmp_path / "roles" / "mixed.yaml"
    path.parent.mkdir()
    path.write_text(
        ROLE.format(id="mixed", title="Mixed")
        + "salary:\n"
        + "  - {period: year, currency: VND, total: {min: 9, max: 5}}\n"  # line 6: min > max
        + "  - {currency: USD, total: {min: 1, max: 2}}\n"  # line 7: no period
        + "degree: {en: 42}\n",  # line 8: an error
        encoding="utf-8",
    )
    result = run("validate", str(path), "-f", "json")
    findings = [(f["line"], f["severity"]) for f in yaml.safe_load(result.stdout)["findings"]]
    assert ("warning" in {s for _, s in findings}) and ("error" in {s for _, s in findings})
    assert [line for line, _ in findings] == sorted(line for line, _ in findings)
    assert findings[-1] == (8, "error")


def test_an_unquoted_date_is_accepted_by_validate_and_the_schema(run: Run, tmp_path: Path) -> None:
    import json

    import jsonschema

    text = ROLE.format(id="dated", title="Dated") + (
        "interview:\n  questions:\n    - {question: {en: Why this job}, date: 2024-01-31}\n"
    )
    path = tmp_path / "roles" / "dated.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    assert run("validate", str(path), "--strict").exit_code == 0
    schema = json.loads(run("schema", "role").stdout)
    jsonschema.validate(yaml.safe_load(text), schema)  # PyYAML reads a date object
    jsonschema.validate(yaml.safe_load(text.replace("2024-01-31", '"2024-01-31"')), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(text.replace("2024-01-31", "42")), schema)


def test_new_refuses_to_hide_an_existing_role_or_ladder(run: Run, tmp_path: Path) -> None:
    result = run("new", "team-lead", "--dir", str(tmp_path))
    assert result.exit_code == 1
    assert "team-lead is already a role" in result.stderr and "--force" in result.stderr
    assert not (tmp_path / "roles").exists()  # nothing written
    assert run("new", "ladder", "cs", "--dir", str(tmp_path)).exit_code == 1
    forced = run("new", "team-lead", "--dir", str(tmp_path), "--force")
    assert forced.exit_code == 0
    assert (tmp_path / "roles" / "team-lead.yaml").is_file()
