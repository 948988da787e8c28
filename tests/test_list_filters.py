"""`careerpath list` filters and order, on the bundled data and on an imported catalogue."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from careerpath.model import Period
from careerpath.salary import PayLimit, parse_pay
from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"


def _ids(run: Run, *args: str) -> list[str]:
    """The ids `list` prints; a leading ``--data-dir DIR`` goes before the command."""
    data, rest = (args[:2], args[2:]) if args[:1] == ("--data-dir",) else ((), args)
    result = run(*data, "list", *rest, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return [role["id"] for role in json.loads(result.stdout)["roles"]]


def test_ladder_keeps_its_order_and_sort_pay_orders_by_pay(run: Run) -> None:
    assert _ids(run, "--ladder", "cs") == [
        "customer-care-agent",
        "customer-care-specialist",
        "team-lead",
        "customer-care-manager",
        "customer-care-director",
    ]
    # per month ×12 against per year within VND: 72–144 million below 140–196 million;
    # the roles without pay come last, by id
    assert _ids(run, "--ladder", "cs", "--sort", "pay") == [
        "customer-care-agent",
        "team-lead",
        "customer-care-director",
        "customer-care-manager",
        "customer-care-specialist",
    ]


def test_an_unknown_ladder_is_an_error(run: Run) -> None:
    result = run("list", "--ladder", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("careerpath: unknown ladder 'nope'")


def test_pay_filters_compare_typical_pay(run: Run) -> None:
    """Typical pay: the median where given, else the middle of the headline range
    (team-lead 140–196 million a year: 168 million). "At least 150 million" once
    kept any role whose range reached it."""
    result = run("list", "--min-pay", "150m-vnd/year", "-f", "json")
    assert [role["id"] for role in json.loads(result.stdout)["roles"]] == [
        "service-director",
        "team-lead",
    ]
    assert (
        result.stderr == "careerpath: left out 7 role(s) with no pay to compare in VND per year\n"
    )
    assert _ids(run, "--min-pay", "168m-vnd/year") == ["service-director", "team-lead"]
    assert _ids(run, "--min-pay", "169m-vnd/year") == ["service-director"]  # 312 million
    assert _ids(run, "--max-pay", "168m-vnd/year") == ["customer-care-agent", "team-lead"]
    assert _ids(run, "--max-pay", "167m-vnd/year") == ["customer-care-agent"]  # 9 million ×12
    # per month, team-lead's own monthly average (14–17 million: 15.5) counts, not its
    # annual range divided by 12 (11.67–16.33 million: 14)
    assert _ids(run, "--min-pay", "9m-vnd/month", "--max-pay", "9m-vnd/month") == [
        "customer-care-agent"
    ]
    assert _ids(run, "--min-pay", "15.5m-vnd/month", "--max-pay", "15.5m-vnd/month") == [
        "team-lead"
    ]
    assert _ids(run, "--min-pay", "14m-vnd/month", "--max-pay", "14m-vnd/month") == []
    said = run("list", "--min-pay", "9m-vnd/month", "--lang", "vi").stderr
    assert said.endswith("không có mức lương để so sánh theo VND/tháng\n")  # not VND/month


def test_other_currencies_are_left_out_and_said(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    result = run(*data, "list", "--min-pay", "150m-vnd/year", "-f", "json")
    assert [role["id"] for role in json.loads(result.stdout)["roles"]] == [
        "service-director",
        "team-lead",
    ]
    assert result.stderr.splitlines()[0] == (
        "careerpath: left out roles whose pay is in another currency (USD: 10): "
        "amounts are never converted to VND"
    )
    # the median is the typical pay: buyers (60,800–100,820, median 77,710) and
    # business teachers (median 99,080) reach 100k but do not typically earn it;
    # ordered by the median too
    usd = _ids(run, *data, "--min-pay", "100k-usd/year", "--sort", "pay")
    assert usd == ["administrative-services-managers", "software-developers", "chief-executives",
                   "chief-sustainability-officers"]  # fmt: skip
    assert "administrative-services-managers" in _ids(run, *data, "--min-pay", "114130-usd/year")
    assert "administrative-services-managers" not in _ids(
        run, *data, "--min-pay", "114131-usd/year"
    )
    hourly = _ids(run, *data, "--min-pay", "90-usd/hour")  # actors: 20.34–97.95, median 29.05
    assert hourly == ["chief-executives", "chief-sustainability-officers"]
    assert _ids(run, *data, "--min-pay", "29-usd/hour")[0] == "actors"


def test_zone_years_source_and_limit(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    assert _ids(run, *data, "--zone", "2") == ["actors", "customer-service-representatives",
                                               "receptionists-and-information-clerks"]  # fmt: skip
    # a role's own span (team-lead: 2–4, not the cs ladder's 3–5), else its ladder spans
    assert _ids(run, "--years", "3") == ["customer-care-agent", "customer-care-specialist",
                                         "team-lead", "technical-support-specialist"]  # fmt: skip
    assert _ids(run, "--years", "7") == ["customer-care-director", "customer-care-manager",
                                         "product-consultant", "service-director"]  # fmt: skip
    assert _ids(run, "--years", "5") == ["customer-care-manager", "product-consultant",
                                         "service-director"]  # fmt: skip
    assert _ids(run, "--years", "20") == ["chief-executive", "product-consultant"]  # 15+, 5+
    said = run(*data, "list", "--years", "3").stderr  # pathways are derived: not counted
    assert said == (
        "careerpath: left out 11 role(s) with no years of experience given "
        "(of their own or on a written ladder)\n"
    )
    assert len(_ids(run, *data, "--source", "data-dir")) == 11
    assert len(_ids(run, *data, "--source", "bundled")) == 10
    assert _ids(run, *data, "--source", str(imported), "--limit", "2") == [
        "actors",
        "administrative-services-managers",
    ]
    assert _ids(run, "--sort", "title", "-n", "2") == ["business-director", "chief-executive"]


def test_sort_zone_and_years_put_roles_without_them_last(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    by_zone = _ids(run, *data, "--sort", "zone")
    assert by_zone[:3] == ["actors", "customer-service-representatives",
                           "receptionists-and-information-clerks"]  # fmt: skip
    assert by_zone[-1] == "technical-support-specialist"  # bundled: no zone
    assert _ids(run, "--sort", "years") == [
        "customer-care-agent",  # 0–2 (cs), 0–3 (service)
        "customer-care-specialist",
        "team-lead",  # its own 2–4
        "technical-support-specialist",
        "customer-care-manager",
        "product-consultant",
        "service-director",  # its own 5–7
        "customer-care-director",
        "business-director",
        "chief-executive",
    ]
    by_years = _ids(run, *data, "--sort", "years")
    assert by_years[:10] == _ids(run, "--sort", "years")  # occupations give none: last


def test_nothing_matched_prints_the_header_and_exits_0(run: Run) -> None:
    table = run("list", "--zone", "5")
    assert table.exit_code == 0
    assert table.stdout == "ID  Title  Ladders  Years  Salary\n"
    rows = run("list", "--zone", "5", "-f", "csv").stdout
    assert next(csv.reader(io.StringIO(rows)))[:3] == ["id", "title_vi", "title_en"]
    assert len(rows.splitlines()) == 1
    assert json.loads(run("list", "--zone", "5", "-f", "json").stdout)["roles"] == []
    assert run("list", "--zone", "5", "-f", "markdown").stdout.startswith("| ID | Title |")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-pay", "lots"], "--min-pay 'lots': write an amount, a currency and a period"),
        (["--min-pay", "1m-vnd/year", "--max-pay", "1k-usd/year"], "same currency"),
        (["--source", "no/such/dir"], "--source 'no/such/dir': expected"),
    ],
)
def test_bad_filters_are_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("list", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("150m-vnd/year", PayLimit(150_000_000, "VND", Period.YEAR)),
        ("60k-USD/year", PayLimit(60_000, "USD", Period.YEAR)),
        ("20.5-usd/hour", PayLimit(20.5, "USD", Period.HOUR)),
        ("1.2b-vnd/year", PayLimit(1_200_000_000, "VND", Period.YEAR)),
        (" 9000000 - vnd / month ", PayLimit(9_000_000, "VND", Period.MONTH)),
    ],
)
def test_parse_pay(text: str, limit: PayLimit) -> None:
    assert parse_pay(text) == limit


@pytest.mark.parametrize("text", ["150m", "150m-vnd", "vnd/year", "150x-vnd/year", "-5-vnd/year"])
def test_parse_pay_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_pay(text)


def test_source_names_a_folder_however_it_is_spelled(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir . list --source /abs/path/of/.` and the reverse name one folder."""
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "mine.yaml").write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\nsummary: {en: s}\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    for data, source in ((".", f"{tmp_path}/."), (str(tmp_path), "."), (".", "./roles/..")):
        listed = run("--data-dir", data, "list", "--source", source, "-f", "json")
        assert listed.exit_code == 0, listed.stderr
        assert [role["id"] for role in json.loads(listed.stdout)["roles"]] == ["mine"], source


@pytest.mark.parametrize("key", ["id", "title", "pay", "years", "zone"])
def test_every_sort_key_goes_both_ways(run: Run, imported: Path, key: str) -> None:
    """--reverse turns the values around (ties still by id), never the groups: roles
    without the value stay last, and pay stays grouped by currency, yearly first."""
    data = ("--data-dir", str(imported))
    up = _ids(run, *data, "--sort", key)
    down = _ids(run, *data, "--sort", key, "--reverse")
    assert sorted(up) == sorted(down) and up != down
    listed = {r["id"]: r for r in json.loads(run(*data, "list", "-f", "json").stdout)["roles"]}
    field = {"years": "experience_years", "zone": "job_zone", "pay": "salary"}.get(key)
    if field is None:
        assert down == up[::-1]
        return
    missing = [role for role in up if listed[role][field] in (None, [])]
    if key == "years":  # a role's own span, else its ladders'
        missing = [role for role in missing if not listed[role]["ladder_years"]]
    assert up[-len(missing) :] == down[-len(missing) :] == missing  # last both ways


def test_reverse_pay_is_highest_first_within_a_currency(run: Run, imported: Path) -> None:
    ids = _ids(run, "--data-dir", str(imported), "--sort", "pay", "--reverse")
    assert ids[:2] == ["chief-executives", "chief-sustainability-officers"]  # same pay: by id
    # USD a year, highest first; then USD by the hour; then VND; then no pay
    assert ids.index("actors") == ids.index("receptionists-and-information-clerks") + 1
    assert ids.index("actors") + 1 == ids.index("service-director")
    assert ids[ids.index("service-director") :][:3] == [
        "service-director",
        "team-lead",
        "customer-care-agent",
    ]
    assert ids[-1] == "technical-support-specialist"  # no pay: last, by id


def test_the_list_table_says_not_given_in_a_short_form(run: Run) -> None:
    """ "không có thông tin" wrapped over four lines of a narrow column: tables use
    "không rõ"; the profile keeps the full form."""
    table = run("list", "--lang", "vi", env={"COLUMNS": "120"}).stdout
    assert "không rõ" in table and "không có thông tin" not in table
    assert "không có thông tin" in run("show", "customer-care-manager", "--lang", "vi").stdout


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("width", [80, 100])
def test_the_imported_list_stays_a_table_down_to_80_columns(
    run: Run, imported: Path, lang: str, width: int
) -> None:
    """With ids up to 72 characters no row fitted beside its title, and 1,026
    roles came out as 5,150 lines of cards: each id now stands over its title in
    one column, broken after a hyphen only when it must."""
    args = ("--data-dir", str(imported), "list", "--lang", lang)
    lines = run(*args, env={"COLUMNS": str(width)}).stdout.splitlines()
    headers = ("Role", "Ladders", "Years", "Salary") if lang == "en" else ("Vị trí", "Lộ trình")
    words = " ".join(headers).split()
    assert lines[0].split()[: len(words)] == words
    assert max(map(len, lines)) <= width
    ids = _ids(run, "--data-dir", str(imported))
    firsts = [line.split()[0] for line in lines[1:] if line[:1].strip()]  # ids start at column 0
    joined = "".join(firsts)
    assert all(role_id in joined for role_id in ids)  # every id, whole or broken after a hyphen
    assert "Ladders  —" not in "\n".join(lines)  # not a card
    assert {role_id for role_id in ids if len(role_id) <= 30} <= set(firsts)  # short ids whole


def test_a_broken_cell_keeps_every_character_and_its_width() -> None:
    from rich.text import Text

    from careerpath.render.write_rich import broken

    cell = Text("adhesive-bonding-machine-operators-and-tenders")
    lines = broken(cell, 24).plain.split("\n")
    assert lines == ["adhesive-bonding-", "machine-operators-and-", "tenders"]
    assert broken(Text("software-developers"), 12).plain == "software-\ndevelopers"  # even
    title = broken(Text("Adapted Physical Education Specialists"), 30).plain.split("\n")
    assert title == ["Adapted Physical Education", "Specialists"]  # text: greedy, as rich does
    spans = broken(Text("Kinh nghiệm 0 – 1 năm"), 10, hyphens=False).plain.split("\n")
    assert spans == ["Kinh", "nghiệm", "0 – 1 năm"]  # a range is one word
    assert broken(cell, 60) is cell
