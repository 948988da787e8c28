"""`careerpath related`: ladder neighbours, the data's related roles, and shared codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"


def _related(run: Run, *args: str) -> dict[str, Any]:
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    return document


def _members(group: dict[str, Any]) -> list[tuple[str, str, int | None]]:
    return [(m["role"], m["relation"], m["step"]) for m in group["members"]]


def test_team_lead_ladder_neighbours_and_shared_code(run: Run) -> None:
    document = _related(run, "related", "team-lead")
    ladder, code = document["groups"]
    assert (ladder["kind"], ladder["key"]) == ("ladder", "cs")
    assert _members(ladder) == [
        ("customer-care-agent", "step", 1),
        ("customer-care-specialist", "previous", 2),
        ("customer-care-manager", "next", 4),
        ("customer-care-director", "step", 5),
    ]
    assert (code["kind"], code["key"]) == ("code", "SOC 43-1011")
    assert [m["role"] for m in code["members"]] == [
        "customer-care-director",
        "customer-care-manager",
        "service-director",
    ]
    assert document["missing_codes"] == ["SOC 43-1011"]


def test_a_role_on_two_ladders_and_the_first_step(run: Run) -> None:
    document = _related(run, "related", "customer-care-agent")
    keys = [(group["kind"], group["key"]) for group in document["groups"]]
    assert keys == [
        ("ladder", "cs"),
        ("ladder", "service"),
        ("code", "SOC 43-4051"),
        ("code", "ISCO-08 4222"),
    ]
    first = document["groups"][0]
    assert [m["relation"] for m in first["members"]] == ["next", "step", "step", "step"]
    assert "previous" not in {
        m["relation"] for group in document["groups"] for m in group["members"]
    }


def test_the_last_step_has_no_next(run: Run) -> None:
    document = _related(run, "related", "chief-executive")
    (ladder,) = [group for group in document["groups"] if group["kind"] == "ladder"]
    assert _members(ladder)[-1] == ("business-director", "previous", 5)
    assert "next" not in [m["relation"] for m in ladder["members"]]


def test_table_says_what_to_import(run: Run) -> None:
    result = run("related", "team-lead")
    assert result.stdout.splitlines()[1] == "  On the ladder cs — Customer care career ladder"
    assert "    previous step  customer-care-specialist — Customer Care Specialist" in result.stdout
    assert result.stdout.endswith(
        "  No O*NET occupation with SOC 43-1011 is in your data; `careerpath import onet`\n"
        "  adds them (see docs/importing.md).\n"
    )
    vietnamese = run("related", "team-lead", "--lang", "vi").stdout
    assert "  Trên lộ trình cs — Lộ trình thăng tiến Chăm sóc khách hàng" in vietnamese
    assert "    bậc trước  customer-care-specialist — Chuyên viên Chăm sóc khách hàng" in (
        vietnamese
    )


def _role(directory: Path, text: str, role_id: str) -> None:
    path = directory / "roles" / f"{role_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_users_related_list_and_unknown_roles(run: Run, tmp_path: Path) -> None:
    _role(
        tmp_path,
        "format: 1\nid: data-analyst\ntitle: {en: Data Analyst}\nsummary: {en: Numbers.}\n"
        "related:\n  - {role: team-lead}\n  - {role: nowhere-role, title: {en: Nowhere}}\n"
        "  - {role: service-director, tier: primary-short}\n",
        "data-analyst",
    )
    data = ("--data-dir", str(tmp_path))
    (group,) = _related(run, *data, "related", "data-analyst")["groups"]
    assert group["kind"] == "data"
    assert [(m["role"], m["relation"], m["known"]) for m in group["members"]] == [
        ("service-director", "primary-short", True),
        ("team-lead", "related", True),
        ("nowhere-role", "related", False),
    ]
    assert group["members"][1]["title"]["en"] == "Customer Care Team Lead"  # from the data
    table = run(*data, "related", "data-analyst").stdout
    assert "nowhere-role — Nowhere (not in your data)" in table


def test_nothing_related_is_said_and_csv_keeps_its_header(run: Run, tmp_path: Path) -> None:
    _role(
        tmp_path,
        "format: 1\nid: loner\ntitle: {en: Loner}\nsummary: {en: Alone.}\n",
        "loner",
    )
    data = ("--data-dir", str(tmp_path))
    assert run(*data, "related", "loner").stdout == "Loner  loner\n  no related role\n"
    assert run(*data, "related", "loner", "-f", "csv").stdout == (
        "group,key,role,title_vi,title_en,relation,step,known\n"
    )
    assert "*no related role*" in run(*data, "related", "loner", "-f", "markdown").stdout


def test_csv_has_one_row_per_member(run: Run) -> None:
    rows = list(csv.DictReader(io.StringIO(run("related", "team-lead", "-f", "csv").stdout)))
    assert len(rows) == 7
    assert rows[1] == {
        "group": "ladder",
        "key": "cs",
        "role": "customer-care-specialist",
        "title_vi": "Chuyên viên Chăm sóc khách hàng",
        "title_en": "Customer Care Specialist",
        "relation": "previous",
        "step": "2",
        "known": "true",
    }


def test_after_an_import_the_bundled_roles_reach_the_occupation(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "onet"
    onet = FIXTURES / "onet" / "db_29_3_text"
    assert run("import", "onet", str(onet), "--out", str(out)).exit_code == 0
    document = _related(run, "--data-dir", str(out), "related", "customer-care-agent")
    soc = next(group for group in document["groups"] if group["key"] == "SOC 43-4051")
    assert [m["role"] for m in soc["members"]] == [
        "customer-care-specialist",
        "customer-service-representatives",
    ]
    assert document["missing_codes"] == []
    imported = _related(run, "--data-dir", str(out), "related", "43-4051.00")
    kinds = [(group["kind"], group["key"]) for group in imported["groups"]]
    # its own derived pathway first, as every ladder a role stands on
    assert kinds == [("ladder", "pathway-43-4051-00"), ("data", "related"), ("code", "SOC 43-4051")]


def test_show_marks_the_codes_as_careerpaths_mapping(run: Run) -> None:
    header = run("show", "team-lead", "-s", "summary", env={"COLUMNS": "120"}).stdout
    assert "SOC 43-1011 · ISCO-08 3341 (careerpath's own mapping to the closest occupation; " in (
        header
    )


def test_show_lists_the_roles_related_finds_by_code(run: Run, imported: Path) -> None:
    """One rule for "which roles are related": show said "Related roles: not given"
    for customer-care-agent while related found customer-service-representatives
    through their shared SOC code."""
    data = ("--data-dir", str(imported))
    shown = run(*data, "show", "customer-care-agent", "-s", "related").stdout
    assert "not given" not in shown
    assert "Same code: SOC 43-4051" in shown
    assert "• customer-service-representatives — Customer Service Representatives" in shown
    found = json.loads(run(*data, "related", "customer-care-agent", "-f", "json").stdout)
    by_code = [group for group in found["groups"] if group["kind"] == "code"]
    document = run(*data, "show", "customer-care-agent", "-s", "related", "-f", "json").stdout
    assert json.loads(document)["same_code"] == by_code
    markdown = run(*data, "show", "customer-care-agent", "-s", "related", "-f", "markdown").stdout
    assert "customer-service-representatives" in markdown
