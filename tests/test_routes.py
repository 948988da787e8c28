"""Routes across ladders that share a role, on data built for the test."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from careerpath.ladder import route
from careerpath.model import Ladder, Span, Step, Text
from tests.conftest import Run


def _ladder(id_: str, *steps: tuple[str, str]) -> Ladder:
    return Ladder(
        format=1,
        id=id_,
        title=Text(en=id_),
        steps=[
            Step(role=role, title=Text(en=role), years=Span.parse(years)) for role, years in steps
        ],
    )


SUPPORT = _ladder("support", ("agent", "0-2"), ("senior-agent", "2-4"), ("team-lead", "4-6"))
SALES = _ladder("sales", ("senior-agent", "2-5"), ("account-manager", "5-8"), ("sales-head", "8+"))


def test_route_crosses_ladders_at_a_shared_role() -> None:
    found = route("agent", "sales-head", [SUPPORT, SALES], {})
    assert found is not None
    assert [hop.role for hop in found.hops] == [
        "agent",
        "senior-agent",
        "account-manager",
        "sales-head",
    ]
    assert [hop.ladder for hop in found.hops] == ["support", "sales", "sales", "sales"]
    assert len(found.crossings) == 1
    crossing = found.crossings[0]
    assert (crossing.role, crossing.from_ladder, crossing.to_ladder) == (
        "senior-agent",
        "support",
        "sales",
    )
    # From "agent" (0-2) to the start of "sales-head" (8+): 6 to 8 years.
    assert found.total_years == Span(6, 8)
    assert found.salary_change is None


def test_prefers_fewer_steps_then_fewer_changes() -> None:
    found = route("senior-agent", "team-lead", [SALES, SUPPORT], {})
    assert found is not None
    assert [hop.role for hop in found.hops] == ["senior-agent", "team-lead"]
    assert found.crossings == []


def test_no_route_downwards_or_between_unlinked_ladders() -> None:
    assert route("team-lead", "agent", [SUPPORT, SALES], {}) is None
    assert route("team-lead", "sales-head", [SUPPORT, SALES], {}) is None
    assert route("nobody", "agent", [SUPPORT], {}) is None


def test_route_to_itself_is_one_step() -> None:
    found = route("agent", "agent", [SUPPORT], {})
    assert found is not None
    assert [hop.role for hop in found.hops] == ["agent"]
    assert found.total_years == Span(0, 0)


def _bridge(tmp_path: Path) -> tuple[str, str]:
    ladder = tmp_path / "ladders" / "bridge.yaml"
    ladder.parent.mkdir(parents=True)
    ladder.write_text(
        "format: 1\nid: bridge\ntitle: {en: Bridge}\nsteps:\n"
        '  - {role: customer-care-agent, title: {en: Agent}, years: "0-1"}\n'
        '  - {role: team-lead, title: {en: Lead}, years: "1-2"}\n'
        '  - {role: service-director, title: {en: Director}, years: "3-4"}\n'
    )
    return "--data-dir", str(tmp_path)


def test_path_gives_every_route_best_first(run: Run, tmp_path: Path) -> None:
    data = _bridge(tmp_path)
    result = run(*data, "path", "customer-care-agent", "service-director", "-f", "json")
    document = json.loads(result.stdout)
    found = [
        (route["ladders"], route["total_years"], [hop["role"] for hop in route["hops"]])
        for route in document["routes"]
    ]
    assert found == [
        (["cs", "bridge"], {"min": 1, "max": 3},
         ["customer-care-agent", "customer-care-specialist", "team-lead", "service-director"]),
        (["bridge"], {"min": 2, "max": 3},
         ["customer-care-agent", "team-lead", "service-director"]),
        (["service"], {"min": 4, "max": 7},
         ["customer-care-agent", "technical-support-specialist", "product-consultant",
          "service-director"]),
    ]  # fmt: skip
    assert document["hops"] == document["routes"][0]["hops"]  # the best one's, at the top
    table = run(*data, "path", "customer-care-agent", "service-director").stdout
    assert "Route  customer-care-agent → service-director  (via cs, bridge)" in table
    assert (
        "  2. via bridge: customer-care-agent → team-lead → service-director (2–3 years)" in table
    )
    text = run(*data, "path", "customer-care-agent", "service-director", "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["route"] for row in rows] == ["1"] * 4 + ["2"] * 3 + ["3"] * 4
    markdown = run(*data, "path", "customer-care-agent", "service-director", "-f", "markdown")
    assert "**Other routes:**" in markdown.stdout


def test_path_completes_role_ids() -> None:
    from tests.test_interview_search import _bash_complete

    assert _bash_complete("careerpath path te") == ["team-lead", "technical-support-specialist"]
    assert _bash_complete("careerpath path team-lead se") == ["service-director"]
