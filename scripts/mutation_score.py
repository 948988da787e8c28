"""Mutation score per module, from the results of the last ``mutmut run``.

    python scripts/mutation_score.py [--survivors]

Reads ``mutmut results --all true`` (one ``name: status`` line per mutant) and
prints, for each mutated module, how many mutants the tests killed, how many
survived, how many no test reached, and the score: killed (a test failed, or
the mutant hung and timed out) over every mutant but those judged equivalent,
listed with their reasons in ``tests/mutation-equivalent.txt``. A listed
mutant that is no longer a survivor is reported, so that the list stays true.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "tests" / "mutation-equivalent.txt"
KILLED = {"killed", "timeout"}
TARGET = 90.0


def results() -> dict[str, str]:
    """mutant name → status, as mutmut reports them."""
    out = subprocess.run(
        ["mutmut", "results", "--all", "true"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name.startswith("careerpath."):
            found[name] = status
    return found


def equivalent() -> dict[str, str]:
    """mutant name → why it cannot change what a user sees."""
    found: dict[str, str] = {}
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition(" ")
            found[name] = why.strip()
    return found


def module_of(name: str) -> str:
    """``careerpath.search.x_fold__mutmut_3`` → ``careerpath.search``."""
    head = name.split(".x", 1)[0]
    return head if "ǁ" not in head else head.split("ǁ", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", action="store_true", help="list the survivors too")
    args = parser.parse_args()
    statuses = results()
    if not statuses:
        print("no results: run `mutmut run` first", file=sys.stderr)
        return 1
    judged = equivalent()
    stale = sorted(name for name in judged if statuses.get(name) != "survived")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for name, status in statuses.items():
        module = module_of(name)
        if status == "survived" and name in judged:
            status = "equivalent"
        counts[module][status] += 1
        if status in {"survived", "no tests"}:
            survivors.append(f"{name}: {status}")
    header = f"{'module':<30} {'mutants':>7} {'killed':>7} {'survived':>8} {'no tests':>8} "
    print(header + f"{'equivalent':>10} {'score':>7}")
    below = 0
    totals: Counter[str] = Counter()
    for module in sorted(counts):
        count = counts[module]
        totals.update(count)
        print(_row(module, count))
        below += _score(count) < TARGET
    print(_row("all", totals))
    if args.survivors:
        print("\n".join(["", *sorted(survivors)]))
    for name in stale:
        print(f"listed as equivalent but not a survivor: {name}", file=sys.stderr)
    print(f"{below} module(s) below {TARGET:.0f}%", file=sys.stderr)
    return 1 if below or stale else 0


def _score(count: Counter[str]) -> float:
    killed = sum(count[status] for status in KILLED)
    judged = sum(count.values()) - count["equivalent"] - count["not checked"]
    return 100.0 * killed / judged if judged else 100.0


def _row(module: str, count: Counter[str]) -> str:
    killed = sum(count[status] for status in KILLED)
    return (
        f"{module:<30} {sum(count.values()):>7} {killed:>7} {count['survived']:>8} "
        f"{count['no tests']:>8} {count['equivalent']:>10} {_score(count):>6.1f}%"
    )


if __name__ == "__main__":
    sys.exit(main())
