"""Derived career pathways: placed by evidence, labelled as derived, measured."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
import yaml

from careerpath.experience import Quartiles
from careerpath.importers import pathways
from careerpath.loader import load_record
from careerpath.model import Codes, JobZone, Ladder, Percentiles, Period, Role, SalaryStatement
from careerpath.model import Span as YearSpan
from careerpath.model import Text as Words
from tests.conftest import Run

CSR = "customer-service-representatives"
RECEPTIONISTS = "receptionists-and-information-clerks"
SUPERVISORS = "first-line-supervisors-of-office-and-administrative-support-workers"
MANAGERS = "administrative-services-managers"
ROOT = Path(__file__).parents[1]


def _ladder(imported: Path, code: str) -> dict[str, Any]:
    found: dict[str, Any] = yaml.safe_load(
        (imported / "ladders" / f"pathway-{code}.yaml").read_text("utf-8")
    )
    return found


def test_each_kind_of_evidence_places_a_step(imported: Path) -> None:
    ladder = _ladder(imported, "43-4051-00")
    assert ladder["derived"] == {"method": pathways.METHOD, "subject": CSR}
    assert [step["role"] for step in ladder["steps"]] == [RECEPTIONISTS, CSR, SUPERVISORS, MANAGERS]
    said = [" | ".join(reason["en"] for reason in step["evidence"]) for step in ladder["steps"]]
    assert said[0].startswith("starts at 1–2 years of related experience: the median")
    assert "in O*NET (primary, short list)" in said[1]  # a related occupation, by tier
    assert "supervises this work (SOC 43-1011 over major group 43)" in said[2]
    assert "job zone 2 → 3" in said[2] and "median pay +55 % (USD 44,770 → 69,500/year)" in said[2]
    assert "manages the work of first-line supervisors (SOC 11-3012)" in said[3]
    # its own median (2–4 years) would start it before the supervisors' (4–6): placed after
    assert ladder["steps"][3]["years"] == "4-6"
    assert "placed at 4–6 years, no earlier than the step below" in said[3]
    assert all(step["evidence"][0]["vi"] for step in ladder["steps"])  # both languages


def test_an_occupation_the_data_cannot_place_has_no_pathway(run: Run, imported: Path) -> None:
    """Software developers: no related-experience answers in the fixture."""
    assert not (imported / "ladders" / "pathway-15-1252-00.yaml").exists()
    result = run("--data-dir", str(imported), "ladder", "software-developers")
    assert result.exit_code == 1
    assert "stands on no ladder" in result.stderr
    shown = run("--data-dir", str(imported), "show", "software-developers", "-s", "ladders")
    assert "Career ladders\n  not given" in shown.stdout


def test_ladder_of_an_occupation_says_derived_in_every_format(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported), "ladder", CSR)
    table = run(*data, env={"COLUMNS": "100"}).stdout
    assert table.startswith("pathway-43-4051-00 — Pathway from Customer Service Representatives")
    assert "(4 steps, derived)" in table.splitlines()[0]
    assert "· supervises this work (SOC 43-1011 over major group 43)" in table
    vi = run(*data, "--lang", "vi", "-f", "markdown").stdout
    assert "(4 bậc, suy ra)" in vi and "| Vì sao ở đây (suy ra) |" in vi
    assert "giám sát công việc này (SOC 43-1011 trên nhóm chính 43)" in vi
    document = json.loads(run(*data, "-f", "json").stdout)
    assert document["ladders"][0]["ladder"]["derived"]["subject"] == CSR
    assert document["ladders"][0]["steps"][2]["evidence"][1]["en"].startswith("supervises")
    rows = list(csv.DictReader(io.StringIO(run(*data, "-f", "csv").stdout)))
    assert {row["derived"] for row in rows} == {pathways.METHOD}
    assert "manages the work" in rows[3]["evidence_en"]


def test_a_role_sees_its_own_pathway_not_those_it_appears_on(run: Run, imported: Path) -> None:
    """The supervisors stand on the representatives' pathway too; their views show
    their own pathway only, while path climbs every one."""
    data = ("--data-dir", str(imported))
    document = json.loads(run(*data, "ladder", SUPERVISORS, "-f", "json").stdout)
    assert [item["ladder"]["id"] for item in document["ladders"]] == ["pathway-43-1011-00"]
    shown = json.loads(run(*data, "show", SUPERVISORS, "-s", "ladders", "-f", "json").stdout)
    assert [(p["ladder"], p["derived"]) for p in shown["ladders"]] == [("pathway-43-1011-00", True)]
    listed = json.loads(run(*data, "list", "-f", "json").stdout)["roles"]
    assert next(r for r in listed if r["id"] == SUPERVISORS)["ladders"] == ["pathway-43-1011-00"]


def test_a_route_through_a_written_ladder_and_a_derived_one(
    run: Run, imported: Path, tmp_path: Path
) -> None:
    """A team's own ladder ends at an imported role; path carries on up its pathway."""
    (tmp_path / "ladders").mkdir()
    (tmp_path / "ladders" / "front-desk.yaml").write_text(
        "format: 1\nid: front-desk\ntitle: {en: Front desk}\nsteps:\n"
        "  - {role: customer-care-agent, title: {en: Agent}, years: 0-2}\n"
        f"  - {{role: {CSR}, title: {{en: Representative}}, years: 1-3}}\n",
        encoding="utf-8",
    )
    data = ("--data-dir", str(imported), "--data-dir", str(tmp_path))
    document = json.loads(run(*data, "path", "customer-care-agent", MANAGERS, "-f", "json").stdout)
    assert [hop["role"] for hop in document["hops"]] == [
        "customer-care-agent",
        CSR,
        SUPERVISORS,
        MANAGERS,
    ]
    assert document["ladders"] == ["front-desk", "pathway-43-4051-00"]
    assert [c["role"] for c in document["crossings"]] == [CSR]
    assert document["salary_change"] is None  # VND a month to USD a year: never converted


def _facts(zone: int, pay: float | None, start: YearSpan, low: YearSpan) -> pathways.Facts:
    role = Role(format=1, id="x", title=Words(en="X"), summary=Words(en="x"))
    return pathways.Facts(role, zone, pay, Quartiles(start, low, start))


@pytest.mark.parametrize(
    ("target", "up"),
    [
        ((3, 60_000.0, YearSpan(2, 4)), True),  # a zone more, more pay
        ((4, 60_000.0, YearSpan(2, 4)), False),  # two zones more: not one step
        ((1, 60_000.0, YearSpan(2, 4)), False),  # a zone less
        ((2, 52_000.0, YearSpan(2, 4)), False),  # same zone, +4 %: under the 10 % raise
        ((2, 56_000.0, YearSpan(2, 4)), True),  # same zone, +12 %
        ((3, 45_000.0, YearSpan(2, 4)), False),  # a zone more, but less pay
        ((3, None, YearSpan(2, 4)), True),  # pay not comparable: the zone must rise
        ((2, None, YearSpan(2, 4)), False),
        ((3, 60_000.0, YearSpan(0, 1)), False),  # starts before A's lower quartile
    ],
)
def test_what_counts_as_a_step_up(target: tuple[int, float | None, YearSpan], up: bool) -> None:
    start = _facts(2, 50_000.0, YearSpan(2, 4), YearSpan(1, 2))
    zone, pay, begins = target
    assert pathways._up(start, _facts(zone, pay, begins, begins)) is up


def test_pay_is_the_annual_usd_median_only() -> None:
    hourly = SalaryStatement(
        period=Period.HOUR, currency="USD", percentiles=Percentiles(median=20.0)
    )
    role = Role(
        format=1,
        id="x",
        title=Words(en="X"),
        summary=Words(en="x"),
        codes=Codes(soc="43-4051"),
        job_zone=JobZone(zone=2, name=Words(en="Some")),
        salary=[hourly],
    )
    assert pathways.facts(role).pay is None
    annual = msgspec.structs.replace(
        hourly, period=Period.YEAR, percentiles=Percentiles(median=4e4)
    )
    assert pathways.facts(msgspec.structs.replace(role, salary=[hourly, annual])).pay == 40_000


def test_the_score_script_measures_the_fixture(imported: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pathways_score.py"), str(imported)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    ladders = [load_record(path, Ladder) for path in (imported / "ladders").glob("*.yaml")]
    assert lines[0] == f"pathways: {len(ladders)} (method {pathways.METHOD})"
    # receptionists and representatives reach their supervisors; the bundled
    # ladder's two steps are found
    assert "recall (supervision, within 2 moves): 2/2 (100.0%)" in lines
    assert "recall (bundled ladder, within 2 moves): 2/2 (100.0%)" in lines
    assert lines[-1] == "misses: 0"


def test_one_climb_along_several_pathways_is_one_route(run: Run, imported: Path) -> None:
    """The representatives' climb to the managers is on their own pathway and on
    the receptionists'; path gives it once, on the start's own pathway."""
    data = ("--data-dir", str(imported), "path", CSR, MANAGERS, "-f", "json")
    document = json.loads(run(*data).stdout)
    assert [route["ladders"] for route in document["routes"]] == [["pathway-43-4051-00"]]
    assert [hop["role"] for hop in document["hops"]] == [CSR, SUPERVISORS, MANAGERS]


def test_a_search_stopped_by_its_bound_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from careerpath import ladder as ladders
    from careerpath.model import Step

    def rung(role: str, years: str) -> Step:
        return Step(role=role, title=Words(en=role), years=YearSpan.parse(years))

    names = [f"r{i}" for i in range(6)]
    dense = [  # every pair of roles on a ladder of its own: 16 routes from r0 to r5
        Ladder(
            format=1, id=f"l-{a}-{b}", title=Words(en="x"), steps=[rung(a, "0-1"), rung(b, "1-2")]
        )
        for i, a in enumerate(names)
        for b in names[i + 1 :]
    ]
    whole = ladders.route_search("r0", "r5", dense, {})
    assert not whole.capped and len(whole.routes) == 16
    monkeypatch.setattr(ladders, "MAX_WORK", 20)
    bounded = ladders.route_search("r0", "r5", dense, {})
    assert bounded.capped and 0 < len(bounded.routes) < 16
    assert bounded.routes[0] == whole.routes[0]  # the best found first
    assert ladders.route_search("r5", "r0", dense, {}) == ([], False)  # nothing to search


def test_typical_experience_of_an_occupation_is_derived_and_said_so(
    run: Run, imported: Path
) -> None:
    """O*NET gives no typical years, only the answers' distribution: show gives its
    median bracket, the figure the pathway starts the step at, marked as derived."""
    shown = run("--data-dir", str(imported), "show", CSR, "-s", "stats", env={"COLUMNS": "200"})
    assert (
        "Typical experience  1–2 years (derived: the median of the experience answers; "
        "the middle half 0–1 year to 2–4 years)"
    ) in shown.stdout
    assert _ladder(imported, "43-4051-00")["steps"][1]["years"] == "1-2"
    document = json.loads(run("--data-dir", str(imported), "show", CSR, "-f", "json").stdout)
    assert document["role"]["experience_years"] is None  # reported: nothing
