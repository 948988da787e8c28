"""Measure careerpath's derived pathways against progressions known beforehand.

    python scripts/pathways_score.py DATA_DIR [--misses N]

DATA_DIR is a catalogue written by ``careerpath import onet`` (its ``roles/``
and ``ladders/``). The known progressions (docs/pathways.md says why each
set is there):

- **supervision**: every occupation with a job zone and related-experience
  answers, outside management (SOC 11) and not itself a supervisor, leads to
  the "First-Line Supervisors of …" occupation of its SOC major group, when
  the catalogue has one (several in a group: any of them counts);
- **bundled ladder**: the bundled customer-care ladder (agent → team lead →
  manager), mapped by careerpath to O*NET occupations: customer service
  representatives → first-line supervisors of office and administrative
  support workers → administrative services managers.

A known step A → B is **found** when B can be reached from A in at most two
moves up the derived pathways (a move: one step to the next on any pathway).
Printed: recall per set and overall, the pathways and their steps, the share
of occupations with a job zone that stand on a pathway of three or more
steps, and the first misses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careerpath.importers.pathways import SUPERVISOR_PREFIX, coverage
from careerpath.loader import load_record
from careerpath.model import Ladder, Role

MOVES = 2
BUNDLED = [  # careerpath's mapping of the bundled cs ladder to O*NET-SOC codes
    ("43-4051.00", "43-1011.00"),  # customer-care agent → team lead
    ("43-1011.00", "11-3012.00"),  # team lead → customer-care manager
]


def _read(folder: Path, kind: type[Role] | type[Ladder]) -> list[object]:
    return [load_record(path, kind) for path in sorted(folder.glob("*.yaml"))]


def known_steps(roles: list[Role]) -> dict[str, list[tuple[str, set[str]]]]:
    """Each set's known steps: (from, any of these) by role id."""
    by_code = {role.codes.onet: role for role in roles if role.codes and role.codes.onet}
    bosses: dict[str, set[str]] = {}
    for role in roles:
        if (role.title.en or "").startswith(SUPERVISOR_PREFIX) and role.codes and role.codes.soc:
            bosses.setdefault(role.codes.soc[:2], set()).add(role.id)
    supervision = []
    for role in roles:
        soc = role.codes.soc if role.codes and role.codes.soc else ""
        placed = role.job_zone is not None and role.experience_distribution is not None
        if (
            not placed
            or soc.startswith("11-")
            or (role.title.en or "").startswith(SUPERVISOR_PREFIX)
        ):
            continue
        if soc[:2] in bosses:
            supervision.append((role.id, bosses[soc[:2]]))
    bundled = [
        (by_code[low].id, {by_code[high].id})
        for low, high in BUNDLED
        if low in by_code and high in by_code
    ]
    return {"supervision": supervision, "bundled ladder": bundled}


def reachable(start: str, edges: dict[str, set[str]], moves: int = MOVES) -> set[str]:
    seen: set[str] = set()
    frontier = {start}
    for _ in range(moves):
        frontier = {after for here in frontier for after in edges.get(here, ())} - seen
        seen |= frontier
    return seen


def score(folder: Path, misses: int = 10) -> list[str]:
    roles: list[Role] = _read(folder / "roles", Role)  # type: ignore[assignment]
    ladders: list[Ladder] = [
        item
        for item in _read(folder / "ladders", Ladder)
        if isinstance(item, Ladder) and item.derived is not None
    ]
    edges: dict[str, set[str]] = {}
    for ladder in ladders:
        for low, high in zip(ladder.steps, ladder.steps[1:], strict=False):
            edges.setdefault(low.role, set()).add(high.role)
    methods = sorted({ladder.derived.method for ladder in ladders if ladder.derived})
    lines = [f"pathways: {len(ladders)} (method {', '.join(methods) or '-'})"]
    steps = sum(len(ladder.steps) for ladder in ladders)
    lines.append(f"steps per pathway: {steps / len(ladders):.2f}" if ladders else "steps: 0")
    placed, zoned = coverage(roles, ladders)
    share = placed / zoned if zoned else 0.0
    lines.append(
        f"coverage: {placed}/{zoned} occupations with a job zone "
        f"stand on a pathway of 3+ steps ({share:.1%})"
    )
    found_all = total_all = 0
    missed: list[str] = []
    for name, known in known_steps(roles).items():
        found = 0
        for start, targets in known:
            if reachable(start, edges) & targets:
                found += 1
            else:
                missed.append(f"{name}: {start} → {' or '.join(sorted(targets))}")
        total = len(known)
        found_all, total_all = found_all + found, total_all + total
        said = f"{found / total:.1%}" if total else "-"
        lines.append(f"recall ({name}, within {MOVES} moves): {found}/{total} ({said})")
    said = f"{found_all / total_all:.1%}" if total_all else "-"
    lines.append(f"recall (all): {found_all}/{total_all} ({said})")
    lines.append(f"misses: {len(missed)}" + (f", the first {misses}:" if missed else ""))
    lines.extend(f"  {line}" for line in missed[:misses])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--misses", type=int, default=10)
    args = parser.parse_args()
    if not (args.data_dir / "roles").is_dir():
        sys.exit(f"{args.data_dir}: not a catalogue written by careerpath import onet")
    print("\n".join(score(args.data_dir, args.misses)))


if __name__ == "__main__":
    main()
