"""``careerpath next ROLE`` on the O*NET fixture and the bundled ladders: each
criterion (ladder steps first, then related roles with more preparation or pay),
how far with and without ``--years``, pay in two currencies, both languages and
every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import Run

CSR = "customer-service-representatives"
SUPERVISORS = "first-line-supervisors-of-office-and-administrative-support-workers"


def _next(run: Run, data: Path | None, role: str, *args: str) -> dict:  # type: ignore[type-arg]
    where = ["--data-dir", str(data)] if data else []
    result = run(*where, "next", role, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _role(run: Run, data: Path, role: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run("--data-dir", str(data), "show", role, "-f", "json").stdout)["role"]  # type: ignore[no-any-return]


def test_the_pathway_step_comes_first_and_says_how_far(run: Run, imported: Path) -> None:
    """The representatives' own derived pathway leads to their supervisors: first,
    with the years from 2 to the step's start, the pay and the three largest
    skill rises, as gap gives them."""
    document = _next(run, imported, CSR, "--years", "2")
    first = document["steps"][0]
    assert first["role"] == SUPERVISORS
    assert first["via"] == {
        "kind": "ladder",
        "ladder": "pathway-43-4051-00",
        "derived": True,
        "tier": None,
    }
    ladder = json.loads(run("--data-dir", str(imported), "ladder", CSR, "-f", "json").stdout)
    steps = {step["role"]: step for step in ladder["ladders"][0]["steps"]}
    starts = steps[SUPERVISORS]["years"]
    assert first["starts"] == starts and first["starts_derived"] is False
    assert first["until"] == {"min": starts["min"] - 2, "max": starts["min"] - 2}
    assert first["ready"] is False
    gap = json.loads(run("--data-dir", str(imported), "gap", CSR, SUPERVISORS, "-f", "json").stdout)
    assert first["pay"] == gap["pay"]
    assert first["skill_gaps"] == [
        {key: item[key] for key in ("element", "name", "level")} for item in gap["levels"][:3]
    ]
    assert first["job_zone"] == [2, 3]
    assert [level["en"] for level in first["education"]] == [
        "High School Diploma",
        "Bachelor's Degree",
    ]


def test_years_past_the_start_are_already_there(run: Run, imported: Path) -> None:
    first = _next(run, imported, CSR, "--years", "10")["steps"][0]
    assert first["ready"] is True and first["until"] == {"min": 0, "max": 0}
    out = run("--data-dir", str(imported), "next", CSR, "--years", "10").stdout
    assert "When: you are already there" in out


def test_without_years_the_distance_is_from_the_role_held(run: Run, imported: Path) -> None:
    document = _next(run, imported, CSR)
    at, starts = document["at"], document["steps"][0]["starts"]
    assert document["years"] is None and at is not None
    until = document["steps"][0]["until"]
    assert until["max"] == max(0, starts["min"] - at["min"])


def test_related_roles_ask_more_preparation_or_pay_more(run: Run, imported: Path) -> None:
    """After the ladder steps: each related role of the data that has a higher job
    zone or a higher pay; the others are left out."""
    document = _next(run, imported, CSR, "-n", "0")
    role = _role(run, imported, CSR)
    zone = role["job_zone"]["zone"]
    pay = role["salary"][0]["percentiles"]
    related = [step for step in document["steps"] if step["via"]["kind"] == "related"]
    ladder = [step for step in document["steps"] if step["via"]["kind"] == "ladder"]
    assert document["steps"] == ladder + related
    known = {
        item["role"]
        for item in role["related"]
        if (imported / "roles" / f"{item['role']}.yaml").exists()
    }
    kept = {step["role"] for step in related}
    for other in known - {step["role"] for step in ladder}:
        data = _role(run, imported, other)
        higher = (data["job_zone"] or {}).get("zone", 0) > zone
        median = data["salary"][0]["percentiles"] if data["salary"] else None
        more = (
            median is not None
            and (median["p25"] or 0) + (median["p75"] or 0) > pay["p25"] + pay["p75"]
        )
        assert (other in kept) == (higher or more), other


def test_a_bundled_role_steps_up_its_ladder(run: Run) -> None:
    document = _next(run, None, "team-lead")
    assert document["steps"][0]["role"] == "customer-care-manager"
    assert document["steps"][0]["via"]["ladder"] == "cs"


def test_pay_in_another_currency_is_not_compared(run: Run, tmp_path: Path) -> None:
    (tmp_path / "roles").mkdir()
    (tmp_path / "ladders").mkdir()
    (tmp_path / "roles" / "abroad.yaml").write_text(
        "format: 1\nid: abroad\ntitle: {en: Abroad}\nsummary: {en: x}\n"
        "salary:\n  - {period: year, currency: USD, total: {min: 50000, max: 70000}}\n",
        encoding="utf-8",
    )
    (tmp_path / "ladders" / "move.yaml").write_text(
        "format: 1\nid: move\ntitle: {en: Move}\nsteps:\n"
        "  - {role: team-lead, title: {en: Lead}, years: 3-5}\n"
        "  - {role: abroad, title: {en: Abroad}, years: 6+}\n",
        encoding="utf-8",
    )
    document = _next(run, tmp_path, "team-lead")
    step = next(step for step in document["steps"] if step["role"] == "abroad")
    assert step["pay"] is None and step["pay_not_compared"] == "currency"
    out = run("--data-dir", str(tmp_path), "next", "team-lead").stdout
    assert "different currencies" in out


def test_vietnamese(run: Run, imported: Path) -> None:
    out = run("--data-dir", str(imported), "next", CSR, "--years", "2", "--lang", "vi").stdout
    assert "Bước tiếp theo từ" in out and "cho người có 2 năm kinh nghiệm" in out
    assert "bước tiếp theo của lộ trình suy ra pathway-43-4051-00" in out
    assert "Kiểm tra chất lượng" in out


@pytest.mark.parametrize("output", ["csv", "markdown", "yaml"])
def test_every_format(run: Run, imported: Path, output: str) -> None:
    out = run("--data-dir", str(imported), "next", CSR, "--years", "2", "-f", output).stdout
    if output == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        first = rows[0]
        assert (first["rank"], first["role"], first["via"], first["derived"]) == (
            "1",
            SUPERVISORS,
            "ladder",
            "true",
        )
        assert first["skill_1"] == "Quality Control Analysis"
        assert list(first)[-3:] == ["skill_1", "skill_2", "skill_3"]
    elif output == "markdown":
        assert "### 1. First-Line Supervisors of Office and Administrative Support Workers" in out
    else:
        assert yaml.safe_load(out)["steps"][0]["role"] == SUPERVISORS


def test_limit(run: Run, imported: Path) -> None:
    everything = _next(run, imported, CSR, "-n", "0")
    two = _next(run, imported, CSR, "-n", "2")
    assert two["steps"] == everything["steps"][:2] and two["total"] == len(everything["steps"])


def _documented(heading: str) -> dict:  # type: ignore[type-arg]
    """The JSON example under ``heading`` in docs/json-output.md."""
    text = (Path(__file__).parents[1] / "docs" / "json-output.md").read_text(encoding="utf-8")
    section = text.split(f"## `{heading}`", 1)[1]
    return json.loads(section.split("```json\n", 1)[1].split("\n```", 1)[0])  # type: ignore[no-any-return]


def test_the_json_is_as_documented(run: Run, imported: Path) -> None:
    from tests.test_contract import _same_shape

    documented = _documented("careerpath next ROLE --format json")
    _same_shape(documented, _next(run, imported, CSR, "--years", "2"), "$")


def test_path_counts_the_years_from_the_person(run: Run) -> None:
    """path --years N: the years to go are from N to the start of the last step
    (team lead, cs step 3 from 3 years), not the span of the first."""
    plain = json.loads(run("path", "customer-care-agent", "team-lead", "-f", "json").stdout)
    assert plain["from_years"] is None and plain["total_years"] == {"min": 1, "max": 3}
    one = json.loads(
        run("path", "customer-care-agent", "team-lead", "--years", "1", "-f", "json").stdout
    )
    assert (one["from_years"], one["total_years"]) == (1, {"min": 2, "max": 2})
    assert all(route["from_years"] == 1 for route in one["routes"])
    four = run("path", "customer-care-agent", "team-lead", "--years", "4").stdout
    assert "Years to get there: 0 years  (from your 4 year(s) of experience" in four


def test_path_and_ladder_take_per_month(run: Run) -> None:
    """--per month, as salary takes it: the pay change and each step's pay per month
    (team lead gives a monthly figure of its own; the agent's is monthly too)."""
    document = json.loads(
        run("path", "customer-care-agent", "team-lead", "--per", "month", "-f", "json").stdout
    )
    change = document["salary_change"]
    assert (change["start"]["period"], change["end"]["period"]) == ("month", "month")
    assert all(route["salary_change"] == change for route in document["routes"])
    salary = json.loads(run("salary", "team-lead", "--per", "month", "-f", "json").stdout)
    assert change["end"]["min"] in {
        figure["money"]["min"] for role in salary["roles"] for figure in role["figures"]
    }
    ladder = json.loads(run("ladder", "cs", "--per", "month", "-f", "json").stdout)
    periods = {step["salary"]["period"] for step in ladder["ladders"][0]["steps"] if step["salary"]}
    assert periods == {"month"}

    def periods_of(*args: str) -> set[str]:
        found = json.loads(run("ladder", "cs", *args, "-f", "json").stdout)
        return {step["salary"]["period"] for step in found["ladders"][0]["steps"] if step["salary"]}

    assert periods_of() == {"month", "year"}  # as the data gives them
    assert periods_of("--per", "year") == {"year"}
    assert "/month" in run("ladder", "cs", "--per", "month").stdout
