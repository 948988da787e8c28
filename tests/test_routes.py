"""Routes across ladders that share a role, on data built for the test."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

from careerpath.ladder import Route, pay_change, positions, routes, timeline
from careerpath.model import Ladder, Role, Span, Step, Text, decode_hook
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


def route(
    start: str, end: str, ladders: Sequence[Ladder], roles: Mapping[str, Role]
) -> Route | None:
    """The best route, as `path` shows it first."""
    found = routes(start, end, ladders, roles)
    return found[0] if found else None


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
    assert "\n## Other routes\n\n2. " in markdown.stdout


def test_path_completes_role_ids() -> None:
    from tests.test_interview_search import _bash_complete

    assert _bash_complete("careerpath path te") == [
        "team-lead",
        "tech-support-specialist",
        "technical-support-specialist",
    ]
    assert _bash_complete("careerpath path team-lead se") == ["service-director", "service-manager"]


def _role(role_id: str, **fields: Any) -> Role:
    data = {"format": 1, "id": role_id, "title": {"en": role_id}, "summary": {"en": role_id}}
    return msgspec.convert({**data, **fields}, Role, dec_hook=decode_hook)


def _pay(period: str, low: int, high: int, currency: str = "USD") -> dict[str, Any]:
    return {
        "salary": [{"period": period, "currency": currency, "range": {"min": low, "max": high}}]
    }


def test_positions_at_the_first_middle_and_last_step() -> None:
    (first,) = positions("agent", [SUPPORT, SALES])
    assert (first.step, first.steps, first.previous, first.next) == (1, 3, None, "senior-agent")
    middle = positions("senior-agent", [SUPPORT, SALES])
    assert [(p.ladder, p.step, p.previous, p.next) for p in middle] == [
        ("support", 2, "agent", "team-lead"),
        ("sales", 1, None, "account-manager"),
    ]
    (last,) = positions("sales-head", [SUPPORT, SALES])
    assert (last.step, last.steps, last.previous, last.next) == (3, 3, "account-manager", None)
    assert last.years == Span(8, None) and last.title == Text(en="sales-head")
    assert positions("nobody", [SUPPORT, SALES]) == []


def test_timeline_counts_from_no_experience_and_prefers_a_steps_own_salary() -> None:
    ladder = msgspec.convert(
        {
            "format": 1,
            "id": "late",
            "title": {"en": "Late"},
            "steps": [
                {"role": "a", "title": {"en": "A"}, "years": "3-5", "note": {"en": "n"}},
                {
                    "role": "b",
                    "title": {"en": "B"},
                    "years": "2-6",  # starts before the first: its own start, as its bar
                    "summary": {"en": "the step's own"},
                    **_pay("month", 5, 6),
                },
                {"role": "c", "title": {"en": "C"}, "years": "10+"},
            ],
        },
        Ladder,
        dec_hook=decode_hook,
    )
    roles = {"a": _role("a", **_pay("year", 60, 80)), "b": _role("b", **_pay("year", 1, 2))}
    steps = timeline(ladder, roles, highlight="b").steps
    # each step's own start, the zero of the bars: "after 3 years" beside a 3–5 bar
    assert [s.reached_after for s in steps] == [3, 2, 10]
    assert [(s.salary_from, s.salary and (s.salary.min, s.salary.period)) for s in steps] == [
        ("role", (60, "year")),
        ("step", (5, "month")),
        (None, None),
    ]
    assert [s.summary for s in steps] == [Text(en="a"), Text(en="the step's own"), None]
    assert [s.note for s in steps] == [Text(en="n"), None, None]
    assert [s.full_profile for s in steps] == [False, False, False]


def test_routes_are_ordered_by_years_then_changes_then_ladders() -> None:
    fast = _ladder("fast", ("a", "0-1"), ("z", "2-3"))
    slow = _ladder("slow", ("a", "0-1"), ("m", "2-4"), ("z", "6-8"))
    side = _ladder("side", ("a", "0-1"), ("z", "2-3"))  # as fast as "fast", sorts after it
    bridge = _ladder("bridge", ("m", "2-4"), ("z", "4-5"))  # slow to m, then across
    found = routes("a", "z", [slow, side, bridge, fast], {})
    assert [(r.ladders, r.total_years) for r in found] == [
        (["fast"], Span(1, 2)),
        (["side"], Span(1, 2)),
        (["slow", "bridge"], Span(3, 4)),
        (["slow"], Span(5, 6)),
    ]
    assert [len(r.crossings) for r in found] == [0, 0, 1, 0]
    assert [h.role for h in found[2].hops] == ["a", "m", "z"]


def test_a_long_route_keeps_every_hop() -> None:
    long = _ladder("long", *((f"r{i}", f"{2 * i}-{2 * i + 1}") for i in range(6)))
    (found,) = routes("r0", "r5", [long], {})
    assert [h.step for h in found.hops] == [1, 2, 3, 4, 5, 6]
    assert found.total_years == Span(9, 10)  # from r0 (0-1) to the start of r5 (10)


def test_pay_change_needs_the_same_currency_and_period() -> None:
    monthly = _role("m", **_pay("month", 3000, 4500))
    yearly = _role("y", **_pay("year", 60000, 80000))
    change, why_not = pay_change(monthly, yearly)
    assert change is not None and why_not is None  # converted ×12: compared
    assert (change.start.min, change.start.max, change.start.converted_from) == (
        36000,
        54000,
        "month",
    )
    assert change.difference == (24000, 26000)
    assert change.ratio == round(70000 / 45000, 4)
    hourly = _role("h", **_pay("hour", 38, 52))
    euros = _role("e", **_pay("year", 60000, 80000, "EUR"))
    assert pay_change(yearly, hourly) == (None, "period")
    assert pay_change(yearly, euros) == (None, "currency")
    assert pay_change(yearly, None) == (None, None)
    assert pay_change(None, yearly) == (None, None)
    assert pay_change(yearly, _role("n")) == (None, None)  # no pay: nothing to say
    # and a route carries both
    ladder = _ladder("l", ("y", "0-1"), ("h", "1-2"))
    (found,) = routes("y", "h", [ladder], {"y": yearly, "h": hourly})
    assert (found.salary_change, found.salary_not_compared) == (None, "period")
