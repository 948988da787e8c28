"""``careerpath gap FROM TO`` on the O*NET fixture: each section against the
fixture's own rows, roles without skills, pay in two currencies, both languages
and every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from tests.conftest import ONET_FIXTURE, Run

CSR, SUPERVISORS = "43-4051.00", "43-1011.00"
CSR_ID = "customer-service-representatives"
SUPERVISORS_ID = "first-line-supervisors-of-office-and-administrative-support-workers"


def _rows(table: str, code: str) -> list[dict[str, str]]:
    text = (ONET_FIXTURE / f"{table}.txt").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [row for row in rows if row["O*NET-SOC Code"] == code]


def _gap(run: Run, imported: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = run("--data-dir", str(imported), "gap", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _scale(code: str, scale: str) -> dict[str, tuple[str, float | None]]:
    """A skill scale of the fixture: element → (name, value; None if not relevant)."""
    found = {}
    for row in _rows("Skills", code):
        if row["Scale ID"] != scale:
            continue
        value = None if row.get("Not Relevant") == "Y" else float(row["Data Value"])
        found[row["Element ID"]] = (row["Element Name"], value)
    return found


def test_the_skills_to_raise_lead_with_the_largest_rise(run: Run, imported: Path) -> None:
    """Representatives → their supervisors: every skill whose level rises, largest
    first, with both levels as the fixture gives them; quality control analysis,
    management of material and financial resources and operations analysis lead."""
    document = _gap(run, imported, CSR, SUPERVISORS)
    before, after = _scale(CSR, "LV"), _scale(SUPERVISORS, "LV")
    rises = {
        element: (after[element][1] or 0) - (before[element][1] or 0)
        for element in after
        if (after[element][1] or 0) > (before[element][1] or 0)
    }
    levels = document["levels"]
    importance_after = _scale(SUPERVISORS, "IM")
    assert [item["element"] for item in levels] == sorted(
        rises,
        key=lambda element: (
            -rises[element],
            -(importance_after[element][1] or 0),
            after[element][0],
        ),
    )
    assert [item["name"]["en"] for item in levels[:4]] == [
        "Quality Control Analysis",
        "Management of Material Resources",
        "Management of Financial Resources",
        "Operations Analysis",
    ]
    for item in levels:
        assert item["level"] == [before[item["element"]][1], after[item["element"]][1]]
    importance = document["importance"]
    im_before, im_after = _scale(CSR, "IM"), _scale(SUPERVISORS, "IM")
    assert {item["element"] for item in importance} == {
        element
        for element in im_after
        if (im_after[element][1] or 0) - (im_before[element][1] or 0) >= 0.5
    }
    assert document["skills_compared"] is True


def test_technologies_education_experience_zone_interests_and_pay(run: Run, imported: Path) -> None:
    document = _gap(run, imported, CSR, SUPERVISORS)
    had = {row["Example"].casefold() for row in _rows("Technology Skills", CSR)}
    new = {
        row["Example"]: row
        for row in _rows("Technology Skills", SUPERVISORS)
        if row["Example"].casefold() not in had
    }
    listed = document["technologies"]
    assert len(listed) + document["technologies_more"] == len(new)
    assert all(tech["name"] in new for tech in listed)
    hot = [tech["hot"] for tech in listed]
    assert hot == sorted(hot, reverse=True)  # hot ones first
    education = {
        code: max(
            (
                row
                for row in _rows("Education, Training, and Experience", code)
                if row["Scale ID"] == "RL"
            ),
            key=lambda row: float(row["Data Value"]),
        )
        for code in (CSR, SUPERVISORS)
    }
    assert document["source"]["education"]["common"]["percent"] == float(
        education[CSR]["Data Value"]
    )
    assert document["target"]["education"]["common"]["level"]["en"] == "Bachelor's Degree"
    assert document["source"]["job_zone"]["zone"] == 2
    assert document["target"]["job_zone"]["zone"] == 3
    assert document["source"]["experience"]["median"] == {"min": 1, "max": 2}
    assert document["source"]["interests"]["code"] == "CES"
    shown = {
        code: json.loads(run("--data-dir", str(imported), "show", code, "-f", "json").stdout)
        for code in (CSR, SUPERVISORS)
    }
    medians = [shown[code]["role"]["salary"][0]["percentiles"] for code in (CSR, SUPERVISORS)]
    pay = document["pay"]
    assert (pay["start"]["currency"], pay["end"]["period"]) == ("USD", "year")
    assert pay["start"]["min"] == medians[0]["p25"] and pay["end"]["max"] == medians[1]["p75"]
    assert document["pay_not_compared"] is None


def test_a_role_without_skills_says_not_given(run: Run, imported: Path) -> None:
    """O*NET rates no skill for software developers: the skill sections say so, the
    rest is still compared."""
    document = _gap(run, imported, CSR, "software-developers")
    assert document["skills_compared"] is False
    assert document["levels"] == [] and document["importance"] == []
    assert document["technologies"]
    out = run("--data-dir", str(imported), "gap", CSR, "software-developers").stdout
    assert "Skills to raise\n  not given\n" in out


def test_pay_in_two_currencies_is_not_compared(run: Run, imported: Path) -> None:
    """team-lead (VND) → the representatives (USD): not set against each other; the
    bundled role's ratings are its occupation's by code, and it says so."""
    document = _gap(run, imported, "team-lead", CSR)
    assert document["pay"] is None and document["pay_not_compared"] == "currency"
    assert document["source"]["occupation"] == SUPERVISORS_ID
    out = run("--data-dir", str(imported), "gap", "team-lead", CSR).stdout
    assert "different currencies" in out
    assert "team-lead: skills, technologies, education, job zone and interests of its" in out


def test_two_roles_of_one_occupation_compare_their_own_data(run: Run, imported: Path) -> None:
    document = _gap(run, imported, "team-lead", "customer-care-manager")
    assert document["same_occupation"] == SUPERVISORS_ID
    assert document["source"]["occupation"] is None and document["skills_compared"] is False


def test_vietnamese(run: Run, imported: Path) -> None:
    out = run("--data-dir", str(imported), "gap", CSR, SUPERVISORS, "--lang", "vi").stdout
    assert "Kỹ năng cần nâng trình độ" in out and "Kiểm tra chất lượng" in out
    assert "Công nghệ cần học" in out and "Bằng cử nhân" in out and "45,22%" in out


@pytest.mark.parametrize("output", ["csv", "markdown", "yaml"])
def test_every_format(run: Run, imported: Path, output: str) -> None:
    out = run("--data-dir", str(imported), "gap", CSR, SUPERVISORS, "-f", output).stdout
    if output == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        sections = {row["section"] for row in rows}
        assert {"level", "importance", "technology", "education", "job_zone"} <= sections
        assert {"experience_years", "interest", "pay_min", "pay_max"} <= sections
        first = rows[0]
        assert (first["section"], first["name_en"], first["from"], first["to"]) == (
            "level",
            "Quality Control Analysis",
            "",
            "2.75",
        )
    elif output == "markdown":
        assert "## Skills to raise\n" in out and "## Technologies to learn\n" in out
        assert "| Quality Control Analysis |" in out
    else:
        assert yaml.safe_load(out)["levels"][0]["name"]["en"] == "Quality Control Analysis"


@pytest.mark.parametrize("width", [40, 80, 120])
def test_gap_golden(run: Run, imported: Path, golden: SnapshotAssertion, width: int) -> None:
    result = run("--data-dir", str(imported), "gap", CSR, SUPERVISORS, env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert result.stdout == golden


def test_the_json_is_as_documented(run: Run, imported: Path) -> None:
    from tests.test_contract import _same_shape
    from tests.test_next import _documented

    documented = _documented("careerpath gap FROM TO --format json")
    _same_shape(documented, _gap(run, imported, CSR, SUPERVISORS), "$")
