"""Routes across ladders that share a role, on data built for the test."""

from __future__ import annotations

from careerpath.ladder import route
from careerpath.model import Ladder, Span, Step, Text


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
