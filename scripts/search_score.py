"""Measure how well ``careerpath search`` finds the occupation a person means.

    python scripts/search_score.py DATA_DIR [--queries FILE] [--misses]

DATA_DIR is a catalogue written by ``careerpath import onet``. The script reads
it with the bundled data, runs every query of the evaluation set
(``benchmarks/search-queries.yaml`` unless ``--queries`` names another) as
``careerpath search`` does, and prints, for all queries and for each group
(Vietnamese with diacritics, Vietnamese without, English):

- **top-1**: the first result is one the query accepts;
- **top-3**: one of the first three is.

A query accepts O*NET-SOC codes (``29-1141*`` stands for every code that
starts so) and role ids. ``--misses`` lists the queries that fail top-3, with
what came first. docs/search.md describes the method and records the figures.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from pathlib import Path

import yaml

from careerpath.catalog import Catalog, DataDir, bundled_data_dir
from careerpath.search import search

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "benchmarks" / "search-queries.yaml"
TOP = 3


GROUPS = {"vi": "Vietnamese", "vi-plain": "without diacritics", "en": "English"}


def read_queries(path: Path) -> list[tuple[str, str, list[str]]]:
    """(group, query, accepted) for each query of the file, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (group, str(entry["q"]), [str(item) for item in entry["accept"]])
        for group, entries in data["queries"].items()
        for entry in entries
    ]


def accepted(role_id: str, code: str | None, accept: list[str]) -> bool:
    return any(
        role_id == item or (code is not None and fnmatch.fnmatchcase(code, item)) for item in accept
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--misses", action="store_true", help="list the queries that miss")
    args = parser.parse_args()
    catalog = Catalog(
        [DataDir(bundled_data_dir(), "bundled"), DataDir(args.data_dir, "--data-dir")],
        use_index=False,
    )
    documents, errors = catalog.searchables()
    if errors:
        print(f"{len(errors)} file(s) could not be read; first: {errors[0]}", file=sys.stderr)
    cards, _ = catalog.cards()
    codes = {card.id: card.codes.onet if card.codes else None for card in cards}
    queries = read_queries(args.queries)
    totals: dict[str, list[int]] = {}  # group → [queries, top-1, top-3]
    misses: list[str] = []
    for group, query, accept in queries:
        results = search(documents, query, limit=TOP)
        right = [accepted(result.role, codes.get(result.role), accept) for result in results]
        for key in ("all", group):
            counts = totals.setdefault(key, [0, 0, 0])
            counts[0] += 1
            counts[1] += bool(right[:1] and right[0])
            counts[2] += any(right)
        if not any(right):
            first = ", ".join(result.role for result in results) or "nothing"
            misses.append(f"  {query!r}: {first}")
    print(f"search evaluation: {len(queries)} queries, {len(documents)} roles")
    names = {"all": "all", **GROUPS}
    for key in names:
        if key in totals:
            total, top1, top3 = totals[key]
            print(
                f"  {names[key]:<19} {total:>4} queries  top-1 {top1 / total:6.1%}"
                f"  top-{TOP} {top3 / total:6.1%}"
            )
    if args.misses and misses:
        print(f"missed (none of the first {TOP} accepted):")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
