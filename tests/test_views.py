"""`ladder`, `salary`, `compare` and `path`: golden tables at 80 and 40 columns,
and every machine format parsed and checked against the data."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from tests.conftest import FIXTURES, Run

EDGE = ["--data-dir", str(FIXTURES / "edge")]

VIEWS = {
    "ladder-list": ["ladder"],
    "ladder-cs": ["ladder", "cs"],
    "ladder-service": ["ladder", "service"],
    "ladder-team-lead": ["ladder", "team-lead"],
    "salary-two-per-month": ["salary", "team-lead", "service-director", "--per", "month"],
    "salary-mixed-periods": ["salary", "customer-care-agent", "team-lead"],
    "compare": ["compare"],
    "compare-diff-only": ["compare", "team-lead", "service-director", "--diff-only"],
    "path": ["path", "customer-care-agent", "team-lead"],
    "ladder-service-vi": ["ladder", "service", "--lang", "vi"],
    # tests/fixtures/edge: a ladder from 2 years with step salaries, pay per hour,
    # without a period and in two currencies, a route of three hops
    "edge-ladder": [*EDGE, "ladder", "analytics"],
    "edge-ladder-vi": [*EDGE, "ladder", "analytics", "--lang", "vi"],
    "edge-salary": [*EDGE, "salary", "analyst", "research-lead", "senior-analyst"],
    "edge-salary-per-year": [*EDGE, "salary", "junior-analyst", "analyst", "--per", "year"],
    "edge-compare": [
        *EDGE,
        "compare",
        "analyst",
        "research-lead",
        "senior-analyst",
        "lead-analyst",
    ],
    "edge-path": [*EDGE, "path", "junior-analyst", "lead-analyst"],
    "edge-path-crossing": [*EDGE, "path", "junior-analyst", "research-lead", "--lang", "vi"],
}


@pytest.mark.parametrize("width", [120, 80, 40])
@pytest.mark.parametrize("view", list(VIEWS))
def test_golden_tables(run: Run, golden: SnapshotAssertion, view: str, width: int) -> None:
    result = run(*VIEWS[view], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    assert "…" not in result.stdout  # wrapped or stacked, never cut
    assert result.stdout == golden


def _json(run: Run, *args: str) -> dict:  # type: ignore[type-arg]
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == 1
    return document  # type: ignore[no-any-return]


def _csv(run: Run, *args: str) -> list[dict[str, str]]:
    result = run(*args, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _spans(steps: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [
        f"{s['years']['min']}-{s['years']['max']}"
        if s["years"]["max"] is not None
        else f"{s['years']['min']}+"
        for s in steps
    ]


def test_ladder_cs_spans(run: Run) -> None:
    ladder = _json(run, "ladder", "cs")["ladders"][0]
    assert _spans(ladder["steps"]) == ["0-2", "1-3", "3-5", "5-7", "7-9"]
    assert [s["reached_after"] for s in ladder["steps"]] == [0, 1, 3, 5, 7]
    assert [s["full_profile"] for s in ladder["steps"]] == [False, False, True, False, False]
    agent = ladder["steps"][0]
    assert agent["salary"] == {
        "currency": "VND",
        "period": "month",
        "min": 6_000_000,
        "max": 12_000_000,
        "converted_from": None,
    }
    assert agent["salary_from"] == "role"


def test_ladder_service_spans(run: Run) -> None:
    steps = _json(run, "ladder", "service")["ladders"][0]["steps"]
    assert _spans(steps) == ["0-3", "2-4", "5+", "7+", "10-15", "15+"]


def test_ladder_of_a_role_shows_every_ladder_it_is_on(run: Run) -> None:
    document = _json(run, "ladder", "customer-care-agent")
    assert document["highlight"] == "customer-care-agent"
    assert [item["ladder"]["id"] for item in document["ladders"]] == ["cs", "service"]
    rows = _csv(run, "ladder", "customer-care-agent")
    assert [(r["ladder"], r["highlight"]) for r in rows if r["role"] == "customer-care-agent"] == [
        ("cs", "true"),
        ("service", "true"),
    ]


def test_ladder_table_marks_the_role(run: Run) -> None:
    out = run("ladder", "team-lead").stdout
    assert "▶3." in out
    assert "◀ team-lead" in out


def test_ladder_list(run: Run) -> None:
    document = _json(run, "ladder")
    assert [item["id"] for item in document["ladders"]] == ["cs", "service"]
    rows = _csv(run, "ladder")  # a row per step, as `ladder cs` writes them
    assert [(r["ladder"], r["step"]) for r in rows][4:6] == [("cs", "5"), ("service", "1")]


def test_unknown_ladder_or_role(run: Run) -> None:
    result = run("ladder", "servic")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "unknown ladder or role 'servic'; did you mean: service" in result.stderr


def test_salary_per_month_converts_and_marks(run: Run) -> None:
    document = _json(run, "salary", "team-lead", "service-director", "--per", "month")
    assert document["per"] == "month"
    lead, director = document["roles"]
    total = lead["figures"][0]
    assert total["kind"] == "total"
    assert total["money"] == {
        "currency": "VND",
        "period": "month",
        "min": 11_666_666.67,
        "max": 16_333_333.33,
        "converted_from": "year",
    }
    average = lead["figures"][-1]
    assert (average["kind"], average["money"]["converted_from"]) == ("average", None)
    assert average["money"]["min"] == 14_000_000
    assert director["headline"]["min"] == 18_000_000  # the page's own monthly figure
    out = run("salary", "team-lead", "service-director", "--per", "month").stdout
    assert "VND 14–17 million/month" in out
    assert "VND 18–30 million/month" in out
    assert "(converted from per year)" in out


def test_salary_as_given_never_mixes_periods(run: Run) -> None:
    rows = _csv(run, "salary", "customer-care-agent", "team-lead")
    periods = {(r["role"], r["amount_period"], r["amount_converted_from"]) for r in rows}
    assert ("customer-care-agent", "month", "") in periods
    assert ("team-lead", "year", "") in periods
    assert all(r["amount_converted_from"] == "" for r in rows)
    out = run("salary", "customer-care-agent", "team-lead").stdout
    assert "drawn on separate scales" in out


def test_salary_heads_a_wage_statement_once_and_keeps_periods_apart(
    run: Run, imported: Path
) -> None:
    """A wage source's six figures once each repeated "Chief Executives (SOC
    11-1011):", per year and per hour ran together, and the scale advised
    --per year or --per month when the other role was paid per hour."""
    data = ("--data-dir", str(imported))
    out = run(*data, "salary", "actors", "chief-executives", "--per", "year").stdout
    label = "Chief Executives (SOC 11-1011)"
    assert out.count(label) == 2  # once per statement
    assert f"  {label} · per year\n    10th percentile  USD 75,700/year\n" in out
    assert f"    Mean             USD 269,630/year\n\n  {label} · per hour\n" in out
    assert "drawn on a scale of its own: it is\n  never converted" in out
    assert "use --per year" not in out  # no period the options could join
    document = json.loads(run(*data, "salary", "chief-executives", "-f", "json").stdout)
    labels = [figure["label"]["en"] for figure in document["roles"][0]["figures"]]
    assert labels == [label] * 12  # JSON keeps each figure's label
    vi = run(*data, "salary", "chief-executives", "--lang", "vi").stdout
    assert "· theo năm\n" in vi and "· theo giờ\n" in vi


def test_compare_csv_one_row_per_full_profile(run: Run) -> None:
    rows = _csv(run, "compare")
    assert [row["id"] for row in rows] == ["service-director", "team-lead"]
    lead = rows[1]
    assert (lead["salary_min"], lead["salary_max"]) == ("140000000", "196000000")
    assert (lead["salary_difference_min"], lead["salary_difference_max"]) == (
        "-94000000",
        "-194000000",
    )
    assert lead["experience_distribution"] == "0-1=7;2-4=40;5-7=31;8+=22"
    assert rows[0]["experience_distribution"] == "0-1=8;2-4=23;5-7=44;8+=35"


def test_csv_columns_do_not_depend_on_the_data(run: Run) -> None:
    import csv
    import io

    headers = {
        tuple(next(csv.reader(io.StringIO(run(*args, "-f", "csv").stdout))))
        for args in (
            ["compare", "team-lead", "service-director"],
            ["compare", "product-consultant", "business-director"],  # no pay, no years
            ["compare", "team-lead"],
        )
    }
    assert len(headers) == 1
    (header,) = headers
    assert header[:4] == ("id", "title_vi", "title_en", "degree_vi")
    assert header[-2:] == ("experience_distribution", "experience_years_derived")


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--years", "99"],
        ["ladder", "cs", "--format", "csv"],
        ["search", "zzzzzz"],
        ["interview", "product-consultant"],
        ["salary", "product-consultant"],
        ["related", "team-lead"],
        ["match", "--years", "3", "-n", "1"],
        ["validate"],
        ["path", "customer-care-agent", "team-lead"],
    ],
)
def test_every_csv_has_its_header_even_with_no_rows(run: Run, args: list[str]) -> None:
    result = run(*args, "-f", "csv")
    lines = result.stdout.splitlines()
    assert lines, args
    assert "," in lines[0]
    assert not any(line.startswith(("True", "False")) or ",True" in line for line in lines)


def test_path_csv_carries_the_total_and_the_pay_change(run: Run) -> None:
    rows = _csv(run, "path", "customer-care-agent", "team-lead")
    assert {(r["total_years_min"], r["total_years_max"]) for r in rows} == {("1", "3")}
    assert {r["salary_end_currency"] for r in rows} == {"VND"}
    assert rows[0]["salary_ratio"] == rows[-1]["salary_ratio"] != ""


def test_compare_json_difference_and_ratio(run: Run) -> None:
    document = _json(run, "compare", "team-lead", "service-director")
    rows = {row["key"]: row for row in document["rows"]}
    assert rows["salary_difference"]["values"] == [None, [94_000_000, 194_000_000]]
    assert rows["salary_ratio"]["values"] == [None, 1.8571]
    assert rows["interview_questions"] == {
        "key": "interview_questions",
        "values": [4, 4],
        "differs": False,
        "derived": [False, False],
    }


def test_compare_of_a_page_and_an_occupation_aligns_experience_on_years(
    run: Run, imported: Path
) -> None:
    """Whole-year brackets (0–1, 2–4, 5–7, 8+) against O*NET's months once made 15
    rows, mostly "not given": both are summed onto the spans they share."""
    data = ("--data-dir", str(imported))
    csr = "customer-service-representatives"
    document = _json(run, *data, "compare", "team-lead", csr)
    assert document["experience_aligned"] is True
    rows = {row["key"]: row for row in document["rows"]}
    brackets = [key for key in rows if key.startswith("experience:")]
    assert brackets == ["experience:0-1", "experience:2-7", "experience:8+"]
    assert [rows[key]["values"][0] for key in brackets] == [7, 40 + 31, 22]
    occupation = _json(run, *data, "show", csr)["role"]["experience_distribution"]["brackets"]
    months = [(b["months"]["min"], b["months"]["max"], b["percent"]) for b in occupation]
    expected = [
        round(sum(p for low, _, p in months if start <= low < end), 2)
        for start, end in ((0, 24), (24, 96), (96, 10_000))
    ]
    assert [rows[key]["values"][1] for key in brackets] == pytest.approx(expected)
    assert all(rows[key]["derived"] == [True, True] for key in brackets)
    # years the occupation does not give: the median bracket, derived, as show says
    assert rows["experience_years"]["derived"] == [False, True]
    shown = run(*data, "show", csr, "-s", "stats").stdout
    years = rows["experience_years"]["values"][1]
    assert f"Typical experience  {years['min']}–{years['max']} year" in shown
    table = run(*data, "compare", "team-lead", csr, env={"COLUMNS": "120"}).stdout
    assert "Experience 2–7 years (summed)" in table and "(derived)" in table
    assert "summed: careerpath added each source's experience brackets" in table
    assert "over 1 month" not in table  # O*NET's own brackets are not listed beside


def test_compare_shows_what_only_one_role_gives_once(run: Run, imported: Path) -> None:
    """Job zone, interest code, median pay and employment are all an occupation may
    give, and ratings all a page gives: each once, under its role, not beside a
    column of "not given"; a row no role answers is left out."""
    data = ("--data-dir", str(imported))
    csr = "customer-service-representatives"
    table = run(*data, "compare", "team-lead", csr, env={"COLUMNS": "120"}).stdout
    grid, _, only = table.partition("Given for one role only")
    assert "not given" not in grid
    assert "Work/life" not in grid and "Job zone" not in grid
    mine, _, theirs = only.partition(csr)
    assert "Work/life" in mine and "4.0 ★ / 5" in mine and "Average (as given)" in mine
    document = _json(run, *data, "compare", "team-lead", csr)
    values = {row["key"]: row["values"] for row in document["rows"]}
    assert values["job_zone"] == [None, 2] and values["interests"] == [None, "CES"]
    median = values["salary_median"][1]["min"]
    employment = values["employment"][1]
    assert f"Median pay     USD {median:,}/year" in theirs
    assert f"Employment     {employment:,} jobs" in theirs
    assert "Job zone       2 of 5" in theirs
    markdown = run(*data, "compare", "team-lead", csr, "-f", "markdown").stdout
    assert "## Given for one role only" in markdown and "- **Job zone:** 2 of 5" in markdown
    both = run("compare", "team-lead", "service-director").stdout  # bundled: no zone
    assert "Job zone" not in both and "Employment" not in both and "Given for" not in both


def test_compare_diff_only_keeps_differing_rows(run: Run) -> None:
    document = _json(run, "compare", "team-lead", "service-director", "--diff-only")
    keys = [row["key"] for row in document["rows"]]
    assert "interview_questions" not in keys
    assert "degree" in keys
    # the rows against the first role go with the salary row, shared range included
    against_first = ["salary_difference", "salary_ratio", "salary_overlap"]
    assert all(row["differs"] for row in document["rows"] if row["key"] not in against_first)
    assert [key for key in keys if key in against_first] == against_first


def test_compare_per_month_keeps_the_ratio_per_year(run: Run) -> None:
    def rows(*extra: str) -> dict[str, Any]:
        document = _json(run, "compare", "team-lead", "service-director", *extra)
        return {row["key"]: row["values"] for row in document["rows"]}

    yearly, monthly = rows(), rows("--per", "month")
    assert yearly["salary_ratio"] == monthly["salary_ratio"] == [None, 1.8571]
    assert monthly["salary"][0] == {
        "currency": "VND", "period": "month", "min": 11666666.67, "max": 16333333.33,
        "converted_from": "year",
    }  # fmt: skip
    # the page's own monthly average is its own row, as given
    assert monthly["salary_average"][0]["min"] == 14_000_000
    assert monthly["salary_average"][0]["converted_from"] is None
    out = run("compare", "team-lead", "service-director", "--diff-only").stdout
    assert "Interview questions" not in out
    assert "Degree" in out


def test_compare_markdown_is_a_table(run: Run) -> None:
    out = run("compare", "-f", "markdown").stdout
    lines = out.splitlines()
    assert lines[0] == "|  | `service-director` | `team-lead` |"
    assert lines[1] == "| --- | --- | --- |"
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines)


def test_path_from_entry_step_to_team_lead(run: Run) -> None:
    document = _json(run, "path", "customer-care-agent", "team-lead")
    assert [hop["role"] for hop in document["hops"]] == [
        "customer-care-agent",
        "customer-care-specialist",
        "team-lead",
    ]
    assert _spans(document["hops"]) == ["0-2", "1-3", "3-5"]
    assert document["total_years"] == {"min": 1, "max": 3}
    assert document["crossings"] == []
    change = document["salary_change"]
    assert change["start"]["converted_from"] == "month"
    assert (change["start"]["min"], change["end"]["min"]) == (72_000_000, 140_000_000)
    assert change["difference"] == [68_000_000, 52_000_000]
    out = run("path", "customer-care-agent", "team-lead").stdout
    assert "Years to get there: 1–3 years" in out


def test_path_with_no_route(run: Run) -> None:
    result = run("path", "team-lead", "customer-care-agent")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no route from team-lead to customer-care-agent" in result.stderr


def test_path_csv_one_row_per_step(run: Run) -> None:
    rows = _csv(run, "path", "customer-care-agent", "service-director")
    assert [(r["role"], r["ladder"]) for r in rows] == [
        ("customer-care-agent", "service"),
        ("technical-support-specialist", "service"),
        ("product-consultant", "service"),
        ("service-director", "service"),
    ]


@pytest.mark.parametrize("command", [["show", "team-lead"]])
def test_unsupported_format_is_a_usage_error(run: Run, command: list[str]) -> None:
    result = run(*command, "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'csv' is not one of 'table', 'json', 'yaml', 'markdown'" in result.stderr


def test_show_offers_only_its_formats_in_help_and_completion(run: Run) -> None:
    from tests.test_interview_search import _bash_complete

    assert _bash_complete("careerpath show team-lead -f ") == ["table", "json", "yaml", "markdown"]
    assert "csv" not in run("show", "--help").stdout


def test_every_view_module_is_a_view() -> None:
    from careerpath.render.views import VIEWS, View, view

    for name in VIEWS:
        assert isinstance(view(name), View), name


def test_compare_shared_range(run: Run, tmp_path: Path) -> None:
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "overlapping.yaml").write_text(
        "format: 1\nid: overlapping\ntitle: {en: Overlapping}\nsummary: {en: x}\n"
        "salary:\n  - {period: year, currency: VND, total: {min: 150_000_000, max: 250_000_000}}\n"
    )
    result = run("--data-dir", str(tmp_path), "compare", "team-lead", "overlapping", "-f", "json")
    rows = {row["key"]: row["values"] for row in json.loads(result.stdout)["rows"]}
    assert rows["salary_overlap"] == [
        None,
        {
            "currency": "VND",
            "period": "year",
            "min": 150_000_000,
            "max": 196_000_000,
            "converted_from": None,
        },
    ]
    table = run("--data-dir", str(tmp_path), "compare", "team-lead", "overlapping").stdout
    assert "Shared range" in table
    assert "VND 150–196 million/year" in table


def test_list_at_80_columns_wraps_titles_onto_two_lines_at_most(run: Run) -> None:
    lines = run("list").stdout.splitlines()[1:]
    starts = [index for index, line in enumerate(lines) if not line.startswith(" ")]
    heights = {
        lines[a].split()[0]: b - a for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
    }
    # only the agent's years take a third line: 0–2 on one ladder, 0–3 on the other
    assert {role: height for role, height in heights.items() if height > 2} == {
        "customer-care-agent": 3
    }


def test_each_experience_figure_says_what_it_measures(run: Run) -> None:
    stats = run("show", "team-lead", "-s", "stats").stdout
    assert "  Typical experience  2–4 years\n" in stats
    assert "⚠ the cs ladder places this step at 3–5 years" in stats
    ladders = run("show", "team-lead", "-s", "ladders").stdout
    assert "Customer Care Team Lead, 3–5 years at this step" in ladders
    route = run("path", "customer-care-agent", "team-lead").stdout
    assert "Years to get there: 1–3 years" in route


def test_monthly_against_annual_is_flagged_in_show_and_salary(run: Run) -> None:
    flag = "⚠ the monthly average ×12 (VND 168–204 million/year) matches none of the"
    assert flag in run("show", "team-lead", "-s", "salary").stdout
    assert flag in run("salary", "team-lead").stdout
    assert "⚠" not in run("salary", "customer-care-agent").stdout  # nothing disagrees there


def test_salary_csv_keeps_a_row_for_a_role_without_pay(run: Run) -> None:
    """One row per role, always: the table and JSON say "not given" for it, and so
    does CSV, with the role and empty cells."""
    rows = _csv(run, "salary", "business-director", "team-lead")
    assert rows[0]["role"] == "business-director"
    assert {key for key, value in rows[0].items() if value} == {"role"}
    assert {row["role"] for row in rows[1:]} == {"team-lead"}
    document = _json(run, "salary", "business-director", "team-lead")
    assert document["roles"][0]["figures"] == []


@pytest.mark.parametrize("command", [["salary", "team-lead"], ["compare", "team-lead"]])
def test_per_offers_and_takes_only_the_periods_pay_converts_between(
    run: Run, command: list[str]
) -> None:
    """Hourly pay never converts, so --per hour is refused, not accepted and ignored."""
    from tests.test_interview_search import _bash_complete

    refused = run(*command, "--per", "hour", "-f", "json")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "'hour' is not one of 'year', 'month'" in refused.stderr
    assert _bash_complete(f"careerpath {command[0]} team-lead --per ") == ["year", "month"]
    assert json.loads(run(*command, "--per", "month", "-f", "json").stdout)["per"] == "month"


def test_after_n_years_has_the_zero_of_the_bars(run: Run, tmp_path: Path) -> None:
    """A ladder whose first step starts at 1 year says "after 1 year" beside the bar
    that starts at 1, not "after 0 years" (a different zero from the bars)."""
    (tmp_path / "ladders").mkdir()
    (tmp_path / "ladders" / "late.yaml").write_text(
        "format: 1\nid: late\ntitle: {en: Late start}\nsteps:\n"
        '  - {role: team-lead, title: {en: Lead}, years: "1-3"}\n'
        '  - {role: service-director, title: {en: Director}, years: "3-5"}\n',
        encoding="utf-8",
    )
    data = ("--data-dir", str(tmp_path))
    table = run(*data, "ladder", "late").stdout
    assert "after 1 year ·" in table and "after 3 years ·" in table
    document = json.loads(run(*data, "ladder", "late", "-f", "json").stdout)
    assert [step["reached_after"] for step in document["ladders"][0]["steps"]] == [1, 3]
    markdown = run(*data, "ladder", "late", "-f", "markdown").stdout
    assert "| 1–3 years | 1 year |" in markdown


def test_a_figure_is_never_split_at_40_columns(run: Run, imported: Path) -> None:
    """Stacked at 40 columns, a pay figure wider than the value column once broke
    as "105,210–171,980/yea" / "r": the labels now wrap to leave it room."""
    data = ("--data-dir", str(imported))
    env: dict[str, str | None] = {"COLUMNS": "40"}
    shown = run(*data, "compare", "software-developers", "actors", env=env).stdout
    assert max(len(line) for line in shown.splitlines()) <= 40
    document = json.loads(run(*data, "salary", "software-developers", "-f", "json").stdout)
    headline = document["roles"][0]["headline"]
    assert f"{headline['min']:,}–{headline['max']:,}/year" in shown


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ranges_and_ratings_are_never_split_at_40_columns(run: Run, lang: str) -> None:
    """Vietnamese spans are spaced ("2 – 4 năm", "140 – 196 triệu") and ratings are
    "4,0 ★ / 5": at 40 columns "0 –" / "1 năm" and "3.5 ★" / "/ 5" broke apart."""
    env: dict[str, str | None] = {"COLUMNS": "40"}
    pages = [
        run("compare", "team-lead", "service-director", "--lang", lang, env=env).stdout,
        run("show", "service-director", "--lang", lang, env=env).stdout,
        run("list", "--lang", lang, env={"COLUMNS": "60"}).stdout,
    ]
    for page in pages:
        lines = [line.rstrip() for line in page.splitlines()]
        assert max(map(len, lines)) <= 60
        assert not [line for line in lines if re.search(r"\d –$|★$", line)]
        assert not [line for line in lines if re.match(r"\s*(– \d|/ 5)", line)]
    assert re.search(r"\b0 – 1 năm\b" if lang == "vi" else r"\b0–1 years?\b", pages[0])
    assert ("3,7 ★ / 5" if lang == "vi" else "3.7 ★ / 5") in pages[0]


def test_compare_counts_the_requirements_show_lists(run: Run, imported: Path) -> None:
    """One rule for "how many requirements": compare said 0 for an imported role
    while show listed its skills that matter (importance 3 or more)."""
    data = ("--data-dir", str(imported))
    csr = "customer-service-representatives"
    compared = json.loads(run(*data, "compare", csr, "team-lead", "-f", "json").stdout)
    (row,) = [row for row in compared["rows"] if row["key"] == "requirements"]
    for role_id, counted in zip((csr, "team-lead"), row["values"], strict=True):
        role = json.loads(run(*data, "show", role_id, "-s", "requirements", "-f", "json").stdout)
        written = sum(len(group["items"]) for group in role["role"].get("requirements", []))
        skills = [
            s
            for s in role["role"].get("skills", [])
            if s["importance"] is None or s["importance"] >= 3
        ]
        assert counted == written + len(skills)
    assert row["values"][0] > 0  # the imported role's skills count


def test_ladder_csv_has_the_same_columns_with_and_without_a_ladder(run: Run) -> None:
    """`ladder -f csv` had 5 columns (a row per ladder) and `ladder cs -f csv` 19:
    both now write a row per step in one set of columns."""
    every = list(csv.reader(io.StringIO(run("ladder", "-f", "csv").stdout)))
    one = list(csv.reader(io.StringIO(run("ladder", "cs", "-f", "csv").stdout)))
    assert every[0] == one[0]
    assert [row for row in every[1:] if row[0] == "cs"] == one[1:]
    ladders = json.loads(run("ladder", "-f", "json").stdout)["ladders"]
    assert len(every) - 1 == sum(len(ladder["steps"]) for ladder in ladders)
    for per in ("month", "year"):  # the same statement chosen for each period
        every = list(csv.reader(io.StringIO(run("ladder", "-f", "csv", "--per", per).stdout)))
        one = list(csv.reader(io.StringIO(run("ladder", "cs", "-f", "csv", "--per", per).stdout)))
        assert [row for row in every[1:] if row[0] == "cs"] == one[1:]


def test_a_long_id_breaks_after_a_hyphen_at_40_columns(run: Run, imported: Path) -> None:
    """Ranked results and bullets folded a 67-character id wherever the line ended
    ("…-of-office-and" / "-administrative-…", "correctiona" / "l-officers")."""
    data = ("--data-dir", str(imported))
    env: dict[str, str | None] = {"COLUMNS": "40"}
    long_id = "first-line-supervisors-of-office-and-administrative-support-workers"
    pages = [
        run(*data, "search", "office supervisors", "-n", "3", env=env).stdout,
        run(*data, "show", "customer-service-representatives", "-s", "related", env=env).stdout,
    ]
    for page in pages:
        lines = page.splitlines()
        assert max(map(len, lines)) <= 40
        assert not [line for line in lines if line.lstrip().startswith("-")]
        text = "".join(line.strip() for line in lines)
        assert long_id in text  # whole once its lines are joined: broken after hyphens only
        first = [line for line in lines if "first-line-supervisors-of-office" in line]
        assert first and all(line.rstrip().endswith("-") for line in first)
