"""Every view in every machine format, byte for byte: Markdown and CSV in both
languages, JSON once (it carries both), over the bundled data, the edge-case
profiles in tests/fixtures/edge and the imported O*NET fixture.

A golden file is the output as reviewed when it was written; any change to a
figure, a column, a heading, an escape or a JSON type shows up as a diff
(`pytest --snapshot-update`, then read the diff before committing it).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

import careerpath
from tests.conftest import FIXTURES, Run

EDGE = FIXTURES / "edge"
BUNDLED = Path(careerpath.__file__).parent / "data"

# name → (arguments, data: "bundled", "edge" or "imported", formats)
ALL = ("markdown", "csv", "json")
VIEWS: dict[str, tuple[list[str], str, tuple[str, ...]]] = {
    "show-team-lead": (["show", "team-lead"], "bundled", ("markdown",)),
    "show-director": (["show", "customer-care-director"], "bundled", ("markdown",)),
    "show-service-director": (["show", "service-director"], "bundled", ("markdown",)),
    "validate": (["validate", str(BUNDLED)], "bundled", ALL),
    "validate-edge": (["validate", str(EDGE)], "edge", ALL),
    "show-lead-analyst": (["show", "lead-analyst"], "edge", ("markdown",)),
    "show-research-lead": (["show", "research-lead"], "edge", ("markdown",)),
    "show-imported": (["show", "43-4051.00"], "imported", ("markdown",)),
    "salary": (["salary", "team-lead", "service-director", "customer-care-agent"], "bundled", ALL),
    "salary-per-month": (["salary", "team-lead", "--per", "month"], "bundled", ALL),
    "salary-edge": (
        ["salary", "analyst", "research-lead", "senior-analyst", "junior-analyst", "--per", "year"],
        "edge",
        ALL,
    ),
    "ladders": (["ladder"], "bundled", ALL),
    "ladder-cs": (["ladder", "cs"], "bundled", ALL),
    "ladder-analytics": (["ladder", "analytics"], "edge", ALL),
    "ladder-of-a-role": (["ladder", "analyst"], "edge", ALL),
    "path": (["path", "customer-care-agent", "customer-care-director"], "bundled", ALL),
    "path-three-hops": (["path", "junior-analyst", "lead-analyst"], "edge", ALL),
    "path-crossing": (["path", "junior-analyst", "research-lead"], "edge", ALL),
    "compare": (
        ["compare", "team-lead", "service-director", "customer-care-agent"],
        "bundled",
        ALL,
    ),
    "compare-per-month": (
        ["compare", "team-lead", "customer-care-director", "--per", "month"],
        "bundled",
        ALL,
    ),
    "compare-edge": (
        ["compare", "analyst", "research-lead", "senior-analyst", "lead-analyst"],
        "edge",
        ALL,
    ),
    "list": (["list"], "bundled", ALL),
    "list-imported": (["list", "--source", "data-dir", "--sort", "zone"], "imported", ALL),
    "compare-same-pay": (
        ["compare", "customer-care-director", "customer-care-manager", "--diff-only"],
        "bundled",
        ALL,
    ),
    "list-edge": (["list", "--sort", "pay"], "edge", ALL),
    "search": (["search", "khách hàng"], "bundled", ALL),
    "search-edge-digits": (["search", "analyst 2"], "edge", ALL),
    "search-edge-folded": (["search", "weisswasser"], "edge", ALL),
    "interview": (["interview", "customer-care-director"], "bundled", ALL),
    "interview-team-lead": (["interview", "team-lead", "--company", "1900"], "bundled", ALL),
    "related": (["related", "team-lead"], "bundled", ALL),
    "related-edge": (["related", "analyst"], "edge", ALL),
    "related-imported": (["related", "43-4051.00"], "imported", ALL),
    "match-edge": (["match", "--years", "5", "--min-pay", "50k-usd/year"], "edge", ALL),
    "match-education": (
        ["match", "--interests", "RIA", "--education", "bachelor", "-n", "4"],
        "imported",
        ALL,
    ),
    "match": (
        ["match", "--interests", "CES", "--years", "3", "--min-pay", "30k-usd/year", "-n", "5"],
        "imported",
        ALL,
    ),
}

CASES = [
    pytest.param(view, fmt, lang, id=f"{view}-{fmt}" + ("" if fmt == "json" else f"-{lang}"))
    for view, (_, _, formats) in VIEWS.items()
    for fmt in formats
    for lang in (("en",) if fmt == "json" else ("en", "vi"))
]


def _output(run: Run, imported: Path, view: str, fmt: str, lang: str) -> str:
    args, data, _ = VIEWS[view]
    where = {
        "bundled": [],
        "edge": ["--data-dir", str(EDGE)],
        "imported": ["--data-dir", str(imported)],
    }[data]
    result = run(*where, *args, "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    # the data directories' own paths are where the test runs, not part of the output
    text = result.stdout
    for path, name in ((imported, "<imported>"), (EDGE, "<edge>"), (BUNDLED, "<bundled>")):
        text = text.replace(str(path), name)
    return text


@pytest.mark.parametrize(("view", "fmt", "lang"), CASES)
def test_documents_golden(
    run: Run,
    imported: Path,
    golden: SnapshotAssertion,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    view: str,
    fmt: str,
    lang: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # paths shown whole, wherever the tests run from
    text = _output(run, imported, view, fmt, lang)
    if fmt == "json":
        assert json.loads(text)["format"] == 1
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len({len(row) for row in rows}) == 1  # rectangular: one header, same columns
    assert text == golden
