"""Progression frameworks as careerpath ladders: the import of Monzo's and the
FT's formats (fixtures cut from the published files, with their MIT notices),
and `ladder --step` / `--diff` and `show` on what they expect."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, Run

MONZO = FIXTURES / "frameworks" / "monzo" / "frameworks"
FT = FIXTURES / "frameworks" / "ft" / "data" / "job-families" / "engineering.yml"


def _import(run: Run, source: Path, out: Path) -> None:
    result = run("import", "framework", str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out}\n"


@pytest.fixture
def monzo(run: Run, tmp_path: Path) -> Path:
    out = tmp_path / "co"
    _import(run, MONZO / "customer-operations.md", out)
    return out


@pytest.fixture
def ft(run: Run, tmp_path: Path) -> Path:
    out = tmp_path / "ft"
    _import(run, FT, out)
    return out


def test_monzo_customer_operations_gives_two_levels_with_sub_levels(run: Run, monzo: Path) -> None:
    ladder = yaml.safe_load((monzo / "ladders" / "customer-operations.yaml").read_text("utf-8"))
    assert [step["id"] for step in ladder["steps"]] == ["level-1", "level-2"]
    assert ladder["title"] == {"en": "Customer Operations Framework"}  # no emoji
    assert all("years" not in step and "salary" not in step for step in ladder["steps"])
    step = json.loads(
        run(
            "--data-dir", str(monzo), "ladder", "customer-operations", "--step", "1", "-f", "json"
        ).stdout
    )
    themes = {theme["id"]: theme for theme in step["themes"]}
    knowledge = themes["knowledgeandimpact"]["expectations"]
    assert {
        "text": {
            "vi": None,
            "en": "Consistently performs expected targets for core scaling tasks: 12 "
            "conversations per hour, 95% activity and 95% QA",
        },
        "examples": [],
        "sublevel": "B",
        "proficiency": None,
    } in knowledge
    assert {item["sublevel"] for item in knowledge} == {"A", "A (after probation)", "B", "C"}
    # the generic framework's communication criteria come first, with its title
    communication = themes["communication"]
    assert communication["name"] == {"vi": None, "en": "Communication"}
    assert communication["expectations"][0]["text"]["en"] == (
        "Actively communicates what they are working on"
    )
    table = run("--data-dir", str(monzo), "ladder", "customer-operations", "--step", "level-1")
    assert "sub-level B: Consistently performs expected targets" in table.stdout


def test_the_source_and_its_license_travel_with_every_file(monzo: Path) -> None:
    for path in [*(monzo / "roles").glob("*.yaml"), *(monzo / "ladders").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        assert "# Copyright (c) 2019 Monzo Bank Limited. MIT: see ATTRIBUTION.txt." in text
        (source,) = yaml.safe_load(text)["sources"]
        assert source["license"] == "MIT"
        assert source["attribution"] == "Copyright (c) 2019 Monzo Bank Limited"
        assert source["reference"].startswith("customer-operations.md")
    attribution = (monzo / "ATTRIBUTION.txt").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in attribution  # the whole license
    manifest = json.loads((monzo / "careerpath-import.json").read_text(encoding="utf-8"))
    assert manifest["importer"] == "framework" and manifest["ladders"] == ["customer-operations"]


def test_monzo_backend_merges_the_generic_topics_over_six_levels(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "be"
    _import(run, MONZO / "engineering" / "backend.md", out)
    ladder = yaml.safe_load((out / "ladders" / "engineering-backend.yaml").read_text("utf-8"))
    assert len(ladder["steps"]) == 6
    (theme,) = ladder["steps"][0]["themes"]
    texts = [item["text"]["en"] for item in theme["expectations"]]
    assert texts[:2] == ["Actively communicates what they are working on", "Seeks out feedback"]
    assert "Provides regular status updates to their mentor/buddy" in texts
    assert ladder["steps"][5].get("themes") is None  # level 6: nothing in the cut


def test_ft_engineering_gives_eight_levels_with_two_tracks(run: Run, ft: Path) -> None:
    ladder = yaml.safe_load((ft / "ladders" / "engineering.yaml").read_text("utf-8"))
    steps = [(s["id"], s["level"], (s.get("track") or {}).get("en")) for s in ladder["steps"]]
    assert steps == [
        ("junior", 1, None),
        ("engineer", 2, None),
        ("senior-1", 3, None),
        ("senior-2-ic", 4, "Individual Contributor"),
        ("senior-2-pm", 4, "People Manager"),
        ("principal-ic", 5, "Individual Contributor"),
        ("principal-pm", 5, "People Manager"),
        ("tech-director", 6, None),
    ]
    shown = json.loads(
        run("--data-dir", str(ft), "show", "engineering-senior-2-ic", "-f", "json").stdout
    )
    (position,) = shown["ladders"]
    # the next step is the next level's, on the same track; not the parallel one
    assert (position["previous"], position["next"]) == (
        "engineering-senior-1",
        "engineering-principal-ic",
    )
    assert [theme["id"] for theme in position["themes"]] == ["communication", "leadership"]


def test_diff_lists_what_is_new_per_theme(run: Run, ft: Path) -> None:
    data = ("--data-dir", str(ft))
    found = json.loads(
        run(
            *data, "ladder", "engineering", "--diff", "senior-1", "senior-2-ic", "-f", "json"
        ).stdout
    )
    assert (found["before"]["id"], found["after"]["id"]) == ("senior-1", "senior-2-ic")
    source = yaml.safe_load(FT.read_text(encoding="utf-8"))
    for theme in found["themes"]:
        wanted = [
            " ".join(item["summary"].split())
            for item in source["competencies"]
            if item["level"] == "senior-2-ic" and item["theme"] == theme["id"]
        ]
        assert [item["text"]["en"] for item in theme["new"]] == wanted
    rows = list(
        csv.DictReader(
            io.StringIO(run(*data, "ladder", "engineering", "--diff", "3", "4", "-f", "csv").stdout)
        )
    )
    assert {row["change"] for row in rows} == {"new", "dropped"}
    markdown = run(
        *data, "ladder", "engineering", "--diff", "senior-1", "senior-2-ic", "-f", "markdown"
    ).stdout
    assert "New at this step" in markdown
    same = run(*data, "ladder", "engineering", "--diff", "junior", "junior").stdout
    assert "The two steps list the same expectations." in same


def test_a_ladder_without_years_says_so_and_is_not_climbed(run: Run, ft: Path) -> None:
    data = ("--data-dir", str(ft))
    table = run(*data, "ladder", "engineering").stdout
    assert table.count("years not given") == 8
    # path counts years: a ladder that gives none is not climbed
    routes = run(*data, "path", "engineering-junior", "engineering-tech-director")
    assert routes.exit_code == 1
    assert "no route from engineering-junior to engineering-tech-director" in routes.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ladder", "engineering", "--step", "9"], "ladder engineering has no step 9"),
        (["ladder", "--step", "1"], "give a ladder, and either --step or --diff"),
        (
            ["ladder", "engineering-junior", "--step", "1"],
            "--step and --diff take a ladder id, not a role",
        ),
    ],
)
def test_step_mistakes_get_one_line(run: Run, ft: Path, args: list[str], message: str) -> None:
    result = run("--data-dir", str(ft), *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert result.stdout == ""


def test_bad_input_gets_one_line_and_nothing_written(run: Run, tmp_path: Path) -> None:
    prose = MONZO / "notes.md"
    result = run("import", "framework", str(prose), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "has no framework data" in result.stderr and len(result.stderr.splitlines()) == 1
    broken = tmp_path / "broken.yml"
    broken.write_text("name: X\nlevels: [\n", encoding="utf-8")
    result = run("import", "framework", str(broken), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{broken}:" in result.stderr and "not valid YAML" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_folder_imports_every_framework_in_it(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "all"
    _import(run, MONZO, out)
    ladders = sorted(path.stem for path in (out / "ladders").glob("*.yaml"))
    assert ladders == ["customer-operations", "engineering-backend"]  # notes.md is prose
    assert run("validate", str(out), "--strict").exit_code == 0
    again = run("import", "framework", str(MONZO), "--out", str(out))  # an earlier import
    assert again.exit_code == 0


EXTENSION = """format: 1
id: engineering-at-acme
title: {en: Engineering at Acme}
extends: engineering
add:
  - step: junior
    years: "0-2"
    salary: [{period: year, currency: VND, total: {min: 180000000, max: 300000000}}]
  - {step: engineer, years: "2-4"}
"""


def test_a_team_adds_years_and_pay_without_editing_the_import(
    run: Run, ft: Path, tmp_path: Path
) -> None:
    team = tmp_path / "acme"
    (team / "ladders").mkdir(parents=True)
    (team / "ladders" / "engineering-at-acme.yaml").write_text(EXTENSION, encoding="utf-8")
    before = (ft / "ladders" / "engineering.yaml").read_bytes()
    data = ("--data-dir", str(ft), "--data-dir", str(team))
    timeline = json.loads(run(*data, "ladder", "engineering-at-acme", "-f", "json").stdout)
    (ladder,) = timeline["ladders"]
    steps = ladder["steps"]
    assert [step["years"] for step in steps[:3]] == [
        {"min": 0, "max": 2},
        {"min": 2, "max": 4},
        None,
    ]
    assert steps[0]["salary"]["currency"] == "VND"
    assert [step["reached_after"] for step in steps[:3]] == [0, 2, None]
    # what the steps expect comes with them
    step = json.loads(
        run(*data, "ladder", "engineering-at-acme", "--step", "junior", "-f", "json").stdout
    )
    assert [theme["id"] for theme in step["themes"]] == ["communication", "leadership"]
    assert (ft / "ladders" / "engineering.yaml").read_bytes() == before
    assert run(*data, "validate", "--strict").exit_code == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (EXTENSION.replace("extends: engineering", "extends: nowhere"), "extends ladder 'nowhere'"),
        (EXTENSION.replace("step: engineer,", "step: wizard,"), "has no step 'wizard'"),
        (
            "format: 1\nid: engineering-at-acme\ntitle: {en: A}\n",
            "give the ladder's steps (at least one), or the ladder it extends",
        ),
    ],
)
def test_a_bad_extension_is_one_line(
    run: Run, ft: Path, tmp_path: Path, text: str, message: str
) -> None:
    team = tmp_path / "acme"
    (team / "ladders").mkdir(parents=True)
    (team / "ladders" / "engineering-at-acme.yaml").write_text(text, encoding="utf-8")
    result = run("--data-dir", str(ft), "--data-dir", str(team), "ladder", "engineering-at-acme")
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
