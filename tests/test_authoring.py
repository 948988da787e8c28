"""Writing profiles: every problem of a file at once, each message with its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run

HEAD = "format: 1\nid: sample\ntitle: {en: Sample}\nsummary: {en: A role.}\n"


def _write(tmp_path: Path, text: str, role_id: str = "sample") -> Path:
    path = tmp_path / "roles" / f"{role_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _findings(run: Run, path: Path) -> list[dict[str, Any]]:
    result = run("validate", str(path), "-f", "json")
    findings = json.loads(result.stdout)["findings"]
    assert isinstance(findings, list)
    return findings


def test_every_problem_of_a_file_is_reported(run: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "format: 1\nid: sample\ntitle: {en: Sample}\nsummary: {en: A role.}\n"
        'degree: {en: yes}\nsalray: 3\nexperience_years: "4-2"\n',
    )
    found = [(f["severity"], f["line"], f["field"], f["message"]) for f in _findings(run, path)]
    assert found == [
        ("error", 5, "degree.en", "expected text, got true or false (put the value in quotes)"),
        ("error", 6, "salray", "unknown field; did you mean 'salary'?"),
        ("warning", 7, "experience_years", "the span goes backwards (4-2): min is above max"),
    ]
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.count("\n") == 3
    # where a command reads the file, the file's first problem is its one line
    listed = run("--data-dir", str(tmp_path), "list")
    assert listed.stderr.count("sample.yaml") == 1
    assert "degree.en: expected text" in listed.stderr


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        (
            "format: 1\nid: sample\ntitle: Data Analyst\nsummary: {en: A role.}\n",
            3,
            "title",
            'a text is {en: "…", vi: "…"}: write title: {en: "Data Analyst"} '
            "(and vi: for Vietnamese)",
        ),
        (
            HEAD + "salary:\n  - {period: monthly, currency: VND, range: {min: 1e7, max: 2e7}}\n",
            6,
            "salary[0].period",
            "invalid value 'monthly'; choose one of: year, month, hour",
        ),
        (
            HEAD + "interview:\n  questions:\n    - {question: {en: Why?}, date: 31/01/2024}\n",
            7,
            "interview.questions[0].date",
            "expected a date, got '31/01/2024'; write it as YYYY-MM-DD, in quotes (\"2024-01-31\")",
        ),
        (
            HEAD + "ratings: {work_life: 4,2}\n",
            5,
            "ratings.work_life",
            "a decimal comma ends the value in {…}: 'work_life' reads as 4 and '2' as a new "
            'key; write a dot (4.2) or quote it ("4,2")',
        ),
        (
            HEAD + "salray: 3\nfaq: []\nexpereince_years: '1-2'\nzzz: 1\n",
            5,
            "salray",
            "unknown field; did you mean 'salary'?",
        ),
    ],
)
def test_messages_say_how_to_fix(
    run: Run, tmp_path: Path, text: str, line: int, field: str, message: str
) -> None:
    first = _findings(run, _write(tmp_path, text))[0]
    assert (first["line"], first["field"], first["message"]) == (line, field, message)


def test_unknown_fields_name_the_closest_or_the_known_ones(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, HEAD + "expereince_years: '1-2'\nzzz: 1\n")
    messages = [f["message"] for f in _findings(run, path)]
    assert messages[0] == "unknown field; did you mean 'experience_years'?"
    assert messages[1].startswith("unknown field; known: format, id, aliases, title, summary")


def test_tab_indentation(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, "format: 1\nid: sample\ntitle: {en: T}\nsummary:\n\ten: x\n")
    (finding,) = _findings(run, path)
    assert (finding["line"], finding["column"]) == (5, 1)
    assert finding["message"].endswith("(a tab): indent with spaces, not tabs")


def test_byte_order_mark_has_line_and_column(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, "\ufeff" + HEAD)
    (finding,) = _findings(run, path)
    assert (finding["line"], finding["column"]) == (1, 1)
    assert str(path) + ":1:1: starts with a byte-order mark" in run("validate", str(path)).stdout


# --- look-up by what people type ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("truong nhom", "team-lead"),
        ("trưởng nhóm", "team-lead"),
        ("Nhân viên", "customer-care-agent"),
        ("team lead", "team-lead"),
        ("care agent", "customer-care-agent"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [["show"], ["salary"], ["compare"], ["interview"], ["related"], ["ladder"]],
)
def test_title_words_find_the_one_role(run: Run, typed: str, role: str, command: list[str]) -> None:
    result = run(*command, typed, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert f'"{role}"' in result.stdout


def test_path_takes_title_words_too(run: Run) -> None:
    result = run("path", "nhan vien", "truong nhom", "-f", "json")
    document = json.loads(result.stdout)
    assert (document["start"], document["end"]) == ("customer-care-agent", "team-lead")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_several_matches_are_listed_with_their_ids(run: Run, lang: str) -> None:
    result = run("show", "giam doc", "--lang", lang)
    assert result.exit_code == 1
    assert result.stdout == ""
    ids = "business-director, chief-executive, customer-care-director, service-director"
    expected = {
        "en": f"careerpath: 'giam doc' matches 4 roles: {ids}; give one of these ids\n",
        "vi": f"careerpath: 'giam doc' khớp với 4 vị trí: {ids}; hãy dùng một trong các mã này\n",
    }
    assert result.stderr == expected[lang]


def test_no_match_suggests_search(run: Run) -> None:
    result = run("show", "data scientist")
    assert result.exit_code == 1
    assert result.stderr == (
        "careerpath: unknown role 'data scientist'; to look through every text, try: "
        "careerpath search 'data scientist'\n"
    )


# --- changes that used to be silent ------------------------------------------------------


def test_a_role_of_ones_own_that_replaces_a_bundled_one_is_said(run: Run, tmp_path: Path) -> None:
    # new refuses to hide the bundled role (tests/test_repository.py); --force writes it
    made = run("new", "team-lead", "--dir", str(tmp_path), "--force")
    assert made.exit_code == 0
    path = tmp_path / "roles" / "team-lead.yaml"
    assert made.stdout == f"{path}\n"
    assert made.stderr == (
        f"careerpath: team-lead is also a bundled id: {path} replaces the bundled one "
        "wherever it is read\n"
    )
    (finding,) = _findings(run, path)
    assert (finding["severity"], finding["field"]) == ("warning", "id")
    assert finding["message"].startswith("id 'team-lead' is also a bundled role's")


def test_two_roles_with_one_title_are_warned_about(run: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "format: 1\nid: lead-again\ntitle: {en: Customer Care Team Lead}\nsummary: {en: x}\n",
        "lead-again",
    )
    result = run("--data-dir", str(tmp_path), "validate", str(path), "-f", "json")
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["field"], finding["message"]) == (
        "title.en",
        "role 'team-lead' has the same title ('Customer Care Team Lead'): "
        "a look-up by title cannot tell them apart",
    )


def test_a_copy_gets_a_title_of_its_own(run: Run, tmp_path: Path) -> None:
    assert run("new", "lead-copy", "--from", "team-lead", "--dir", str(tmp_path)).exit_code == 0
    data = ("--data-dir", str(tmp_path))
    # the copy's own (its source's monthly figure); the bundled data is not checked
    assert json.loads(run(*data, "validate", "-f", "json").stdout)["warnings"] == 1
    shown = run(*data, "show", "Customer Care Team Lead", "-f", "json")
    assert json.loads(shown.stdout)["role"]["id"] == "team-lead"


def test_a_ladder_step_naming_an_unknown_role_suggests_ids(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "ladders" / "mine.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\nsteps:\n  - {role: team-laed, title: {en: L}, "
        'years: "1-2"}\n',
        encoding="utf-8",
    )
    (finding,) = _findings(run, path)
    assert finding["message"] == (
        "names role 'team-laed', which is not in the data; did you mean team-lead?"
    )


def test_new_ladder_scaffolds_a_valid_commented_ladder(run: Run, tmp_path: Path) -> None:
    made = run("new", "ladder", "support-track", "--dir", str(tmp_path))
    path = tmp_path / "ladders" / "support-track.yaml"
    assert made.exit_code == 0
    assert made.stdout == f"{path}\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A careerpath career ladder (format 1)")
    assert "# sources:" in text
    result = run("validate", str(path), "-f", "json")
    assert json.loads(result.stdout)["findings"] == []
    shown = run("--data-dir", str(tmp_path), "ladder", "support-track", "-f", "json")
    assert [s["role"] for s in json.loads(shown.stdout)["ladders"][0]["steps"]] == [
        "customer-care-agent",
        "team-lead",
    ]
    assert run("new", "role-a", "role-b", "--dir", str(tmp_path)).exit_code == 2


def test_the_pre_commit_hook_validates_changed_profiles(run: Run, tmp_path: Path) -> None:
    import re
    import shlex

    import yaml

    root = Path(__file__).parents[1]
    (hook,) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "careerpath-validate"
    program, *args = shlex.split(hook["entry"])
    assert program == "careerpath"
    files = re.compile(hook["files"])
    assert files.search("roles/data-analyst.yaml")
    assert files.search("team/ladders/support.yaml")
    assert not files.search("docs/notes.yaml")
    good = _write(tmp_path, HEAD)
    assert run(*args, str(good)).exit_code == 0  # as pre-commit calls it: the files last
    bad = _write(tmp_path, HEAD + "salray: 1\n", "bad")
    assert run(*args, str(good), str(bad)).exit_code == 1


def _pruned(value: object) -> object:
    """What role_yaml leaves out, the plain way: empty values and false flags."""
    if isinstance(value, dict):
        pruned = {key: _pruned(item) for key, item in value.items()}
        return {
            key: item
            for key, item in pruned.items()
            if item is not False and item not in (None, [], {})
        }
    if isinstance(value, list):
        return [_pruned(item) for item in value]
    return value


TRICKY = ["yes", "No", "null", "~", "1.0", "0x1F", "2024-01-31", "a: b", "- x", "#c", " x", "'"]


def test_role_yaml_writes_what_the_plain_safe_dumper_writes() -> None:
    """The dumper's shortcuts change nothing: the same text as yaml.safe_dump, for a
    bundled role and for texts YAML would read as something else unquoted."""
    import msgspec
    import yaml

    from careerpath.authoring import role_yaml
    from careerpath.catalog import Catalog, bundled_data_dir
    from careerpath.model import Group, Technology, Text, WorkStyle, source_form

    bundled = Catalog([bundled_data_dir()], use_index=False).role("team-lead")
    tricky = msgspec.structs.replace(
        bundled,
        aliases=[],
        summary=Text(en=" ".join(TRICKY), vi=TRICKY[0]),
        duties=[Group(items=[Text(en=text) for text in TRICKY])],
        # false flags and zeros: the flags are left out, the zeros kept
        technologies=[Technology(name="Git", hot=True), Technology(name="vi", category="0")],
        work_styles=[WorkStyle(name=Text(en="Integrity"), importance=0)],
    )
    for role in (bundled, tricky, tricky):  # twice: the second from the cache
        data = _pruned(msgspec.to_builtins(role, enc_hook=source_form))
        plain = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        assert role_yaml(role, "") == plain
        assert yaml.safe_load(plain) == data
