"""The `list` and `show` commands: exit codes, streams, formats and sections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from careerpath import __version__
from tests.conftest import Run

ALL_ROLES = {
    "business-director",
    "chief-executive",
    "customer-care-agent",
    "customer-care-director",
    "customer-care-manager",
    "customer-care-specialist",
    "product-consultant",
    "service-director",
    "team-lead",
    "technical-support-specialist",
}


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"careerpath {__version__}\n"


def test_no_arguments_shows_help(run: Run) -> None:
    result = run()
    assert result.exit_code == 2
    assert "show" in result.stdout + result.stderr


def test_list_json_has_every_role_with_ladders_and_salary(run: Run) -> None:
    result = run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert document["format"] == 1
    roles = {role["id"]: role for role in document["roles"]}
    assert set(roles) == ALL_ROLES
    assert roles["customer-care-agent"]["ladders"] == ["cs", "service"]
    assert roles["team-lead"]["ladders"] == ["cs"]
    assert roles["team-lead"]["experience_years"] == {"min": 2, "max": 4}
    salary = roles["team-lead"]["salary"]
    assert (salary["period"], salary["currency"]) == ("year", "VND")
    assert salary["total"] == {"min": 140_000_000, "max": 196_000_000}
    assert roles["chief-executive"]["salary"] is None
    assert roles["service-director"]["full_profile"] is True
    assert roles["product-consultant"]["full_profile"] is False


def test_list_table_shows_every_role_and_not_given(run: Run) -> None:
    result = run("list")
    assert result.exit_code == 0
    for role_id in ALL_ROLES:
        assert role_id in result.stdout
    assert "VND 140–196" in result.stdout
    assert "not given" in result.stdout


def test_list_table_golden(run: Run, golden: SnapshotAssertion) -> None:
    assert run("list").stdout == golden


def test_list_narrow_terminal_stacks_cards(run: Run) -> None:
    result = run("list", env={"COLUMNS": "40"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 40
    assert "technical-support-specialist" in lines
    assert "VND 140–196 million/year" in result.stdout


def test_show_table_golden(run: Run, golden: SnapshotAssertion) -> None:
    result = run("show", "team-lead")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == golden


def test_show_director_vietnamese_golden(run: Run, golden: SnapshotAssertion) -> None:
    result = run("show", "service-director", "--lang", "vi")
    assert result.exit_code == 0
    assert result.stdout == golden


def test_show_table_prints_every_figure_with_units(run: Run) -> None:
    out = run("show", "service-director").stdout
    for figure in (
        "VND 234–390 million/year",
        "VND 216–360 million/year",
        "VND 18–30 million/year",
        "VND 91–780 million/year",
        "VND 18–30 million/month",
        "3.7 ★ / 5",
        "3.9 ★ / 5",
        "5–7 years",
        "44%",
        "the brackets sum to 110%",
        "DB Schenker",
        "company rating 4.6 ★ / 5",
        "2023-11-20",
        "service — Customer service career ladder  step 4 of 6",
    ):
        assert figure in out, figure


def test_show_step_role_says_not_given(run: Run) -> None:
    result = run("show", "product-consultant", "--section", "salary", "-s", "interview")
    assert result.exit_code == 0
    assert result.stdout.count("not given") == 2
    assert "Salary" in result.stdout
    assert "Interview questions" in result.stdout
    assert "Duties" not in result.stdout


def test_show_sections_keep_display_order(run: Run) -> None:
    out = run("show", "team-lead", "-s", "faq", "-s", "stats").stdout
    assert out.index("At a glance") < out.index("FAQ")
    assert "Duties" not in out


def test_show_json_is_utf8_and_complete(run: Run) -> None:
    result = run("show", "service-director", "--format", "json")
    assert result.exit_code == 0
    assert "Giám đốc" in result.stdout  # not \\u-escaped
    assert "\x1b" not in result.stdout
    document = json.loads(result.stdout)
    role = document["role"]
    assert list(document) == ["format", "role", "source", "ladders", "same_code", "warnings"]
    assert document["source"]["origin"] == "bundled"
    assert document["source"]["path"].endswith("service-director.yaml")
    assert role["ratings"] == {"work_life": 3.7, "career_opportunity": 3.9}
    assert role["experience_years"] == {"min": 5, "max": 7}
    assert [b["percent"] for b in role["experience_distribution"]["brackets"]] == [8, 23, 44, 35]
    assert document["ladders"][0]["ladder"] == "service"
    assert document["ladders"][0]["step"] == 4
    companies = [q["company"] for q in role["interview"]["questions"]]
    assert companies == ["DB Schenker", "Episerver R&D", "Insiders Co., Ltd.", "Appier"]


def test_show_json_sections_keep_identity_fields(run: Run) -> None:
    document = json.loads(run("show", "team-lead", "-f", "json", "-s", "salary").stdout)
    assert list(document) == ["format", "role", "source", "warnings"]
    assert list(document["role"]) == [
        *("id", "aliases", "title", "salary", "codes", "also_called", "common_names"),
        "translation",
    ]


def test_show_json_has_no_escapes_even_when_colour_is_forced(run: Run) -> None:
    result = run(
        "show", "team-lead", "-f", "json", env={"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    )
    assert "\x1b" not in result.stdout
    json.loads(result.stdout)


@pytest.mark.parametrize(
    "name",
    ["team-lead", "cs-team-lead", "Trưởng nhóm Chăm sóc Khách hàng", "customer care team lead"],
)
def test_show_finds_role_by_id_alias_or_title(run: Run, name: str) -> None:
    result = run("show", name, "-f", "json", "-s", "summary")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["role"]["id"] == "team-lead"


def test_show_unknown_role(run: Run) -> None:
    result = run("show", "nope")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "careerpath: unknown role 'nope'; to look through every text, try: "
        "careerpath search 'nope'\n"
    )


def test_show_unknown_role_suggests_close_matches(run: Run) -> None:
    result = run("show", "service-directr")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "did you mean: service-director" in result.stderr


def test_show_unknown_section_is_a_usage_error(run: Run) -> None:
    result = run("show", "team-lead", "--section", "salaries")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_vietnamese_from_locale(run: Run) -> None:
    out = run("show", "team-lead", "-s", "stats", env={"LANG": "vi_VN.UTF-8"}).stdout
    assert "Tổng quan" in out
    assert "140 – 196 triệu ₫/năm" in out
    assert "4,2 ★ / 5" in out


def test_main_options_work_after_the_command(run: Run, tmp_path: Path) -> None:
    from careerpath.cli import hoist_global_options

    assert hoist_global_options(["list", "--no-color"]) == ["--no-color", "list"]
    assert hoist_global_options(["show", "x", "--data-dir", "d", "-s", "summary"]) == [
        "--data-dir", "d", "show", "x", "-s", "summary",
    ]  # fmt: skip
    assert hoist_global_options(["--data-dir", "a", "show", "x", "--data-dir=b"]) == [
        "--data-dir", "a", "--data-dir=b", "show", "x",
    ]  # fmt: skip
    assert hoist_global_options(["search", "--", "--no-color"]) == ["search", "--", "--no-color"]
    role = tmp_path / "roles" / "mine.yaml"
    role.parent.mkdir(parents=True)
    role.write_text("format: 1\nid: mine\ntitle: {en: Mine}\nsummary: {en: x}\n")
    shown = run("show", "mine", "--data-dir", str(tmp_path), "-f", "json")
    assert shown.exit_code == 0
    colour = run("list", "--no-color", env={"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm"})
    assert colour.exit_code == 0
    assert "\x1b[" not in colour.stdout


def test_language_names_in_any_case_and_a_bad_environment_value(run: Run) -> None:
    assert "Tóm tắt" in run("show", "team-lead", "--lang", "VI", "-s", "summary").stdout
    bad = run("show", "team-lead", "-s", "summary", env={"CAREERPATH_LANG": "fr"})
    assert bad.exit_code == 0
    assert "Summary" in bad.stdout
    assert bad.stderr == (
        "careerpath: warning: CAREERPATH_LANG='fr' is neither en nor vi; it is ignored\n"
    )


def test_the_installed_entry_point_still_knows_every_command(tmp_path: Path) -> None:
    """main() builds only the command asked; --help and unknown names see them all."""
    import subprocess
    import sys

    from careerpath.cli import app
    from tests.conftest import subprocess_env

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "careerpath", *args],
            capture_output=True,
            text=True,
            env=subprocess_env(),
            check=False,
        )

    listed = cli("--help").stdout
    names = [info.callback.__name__ for info in app.registered_commands if info.callback]
    assert len(names) == 16
    for name in ("list", "show", "related", "match", "path", "gap", "validate", "import", "paths"):
        assert f"  {name} " in listed
    assert "Did you mean 'show'?" in cli("shw").stderr
    missing = tmp_path / "missing"
    shown = cli("--data-dir", str(missing), "show", "team-lead")
    assert shown.returncode == 1
    assert f"data directory '{missing}' (from --data-dir) does not exist" in shown.stderr
    assert cli("show", "team-lead", "-s", "summary").stdout.startswith("╭─ Customer Care Team Lead")


def test_the_command_is_launched_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The launcher pauses the garbage collector while the CLI loads, never while
    a command runs; it is what the installed `careerpath` command starts."""
    import gc
    from importlib.metadata import entry_points

    from careerpath import cli, launch

    seen: list[bool] = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.isenabled()))
    launch.main()
    assert seen == [True]
    (script,) = entry_points(group="console_scripts", name="careerpath")
    assert script.value == "careerpath.launch:main"


def test_list_sort_choices_are_the_selection_keys() -> None:
    """cli.ListOrder is written out to keep start-up light; it must match SortKey."""
    from careerpath.cli import ListOrder
    from careerpath.selection import SortKey

    assert [order.value for order in ListOrder] == [key.value for key in SortKey]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_figures_that_disagree_are_said_in_every_format(run: Run, lang: str) -> None:
    """team-lead's profile gives 2–4 years, its ladder 3–5; its monthly average ×12
    matches none of its annual figures: the table, Markdown and JSON all say so."""
    args = ["show", "team-lead", "-s", "stats", "-s", "salary", "--lang", lang]
    table = run(*args).stdout
    markdown = run(*args, "-f", "markdown").stdout
    document = json.loads(run(*args, "-f", "json").stdout)
    texts = [warning["text"][lang] for warning in document["warnings"]]
    assert [warning["section"] for warning in document["warnings"]] == ["stats", "salary"]
    assert ("3–5 years" if lang == "en" else "3 – 5 năm") in texts[0]
    assert "×12" in texts[1]
    for text in texts:
        assert f"⚠ {text}\n" in markdown
        assert " ".join(text.split()) in " ".join(table.replace("⚠", "").split())
