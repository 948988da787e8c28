"""`careerpath import onet`: the mapping of each table, the sources it reads, safety, bad input.

The fixture (tests/fixtures/onet and tests/fixtures/oews) is cut from the real
O*NET 29.3 and OEWS May 2025 files by tests/fixtures/cut_onet.py: every table
the importer reads, with the rows of nine occupations chosen for their cases.
Expected figures are read from the fixture's own rows, not written here.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pexpect
import pytest
import yaml
from syrupy.assertion import SnapshotAssertion
from typer.testing import Result

from careerpath.importers import oews
from careerpath.importers.onet import slug
from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"
ONET = FIXTURES / "onet" / "db_29_3_text"
WAGES_CSV = FIXTURES / "oews" / "national_M2025_dl.csv"
WAGES_XLSX = FIXTURES / "oews" / "national_M2025_dl.xlsx"
CSR = "customer-service-representatives"


def _rows(table: str, code: str | None = None) -> list[dict[str, str]]:
    """A fixture table's rows (of one occupation), read with the csv module."""
    with (ONET / f"{table}.txt").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row for row in rows if code is None or row["O*NET-SOC Code"] == code]


def _wage_row(soc: str) -> dict[str, str]:
    with WAGES_CSV.open(encoding="utf-8", newline="") as stream:
        return next(row for row in csv.DictReader(stream) if row["OCC_CODE"] == soc)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _import(run: Run, *args: str, env: dict[str, str | None] | None = None) -> Result:
    return run("import", "onet", *args, env=env)


def _role(imported: Path, role_id: str) -> dict[str, Any]:
    data = yaml.safe_load((imported / "roles" / f"{role_id}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- the command ------------------------------------------------------------------------


def test_import_prints_the_folder_and_a_summary(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "onet"
    result = _import(run, str(ONET), "--wages", str(WAGES_CSV), "--out", str(out))
    assert result.exit_code == 0
    assert result.stdout == f"{out}\n"
    assert result.stderr == (
        f"careerpath: imported 11 occupations into {out}: 10 with pay (7 from their own SOC code, "
        "2 from a SOC code shared with other occupations, 1 from their SOC group), 1 without "
        "pay (OEWS has no estimate for SOC 11-1031; careerpath-import.json lists each one)\n"
    )
    names = sorted(path.name for path in (out / "roles").iterdir())
    assert names == sorted(f"{slug(row['Title'])}.yaml" for row in _rows("Occupation Data"))
    manifest = json.loads((out / "careerpath-import.json").read_text(encoding="utf-8"))
    assert manifest["release"] == "29.3"
    assert manifest["without_pay"] == [
        {"code": "11-1031.00", "reason": "no OEWS estimate for SOC 11-1031 or its group 11-1030"}
    ]


def test_every_written_file_validates(run: Run, imported: Path) -> None:
    result = run("validate", str(imported), "-f", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    ladders = len(list((imported / "ladders").glob("*.yaml")))
    assert ladders and report["files"] == 11 + ladders  # the roles, and the pathways
    assert report["errors"] == 0
    assert report["findings"] == []


def test_without_wages_no_profile_has_pay(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "onet"
    result = _import(run, str(ONET), "--out", str(out))
    assert result.exit_code == 0
    assert "11 without pay (no --wages file given)" in result.stderr
    assert "salary" not in _role(out, CSR)
    assert [source["title"] for source in _role(out, CSR)["sources"]] == ["O*NET 29.3 Database"]


def test_default_out_is_on_the_search_path(run: Run, tmp_path: Path) -> None:
    env: dict[str, str | None] = {"XDG_DATA_HOME": str(tmp_path), "COLUMNS": "200"}
    result = _import(run, str(ONET), "--wages", str(WAGES_CSV), env=env)
    out = tmp_path / "careerpath" / "onet-29.3"
    assert result.stdout == f"{out}\n"
    listing = json.loads(run("list", "-f", "json", env=env).stdout)
    imported = [role for role in listing["roles"] if role["origin"] == "import"]
    assert len(imported) == 11
    shown = run("show", CSR, "-s", "stats", env=env)
    assert shown.exit_code == 0
    assert "USD 36,870–51,780/year (middle half: 25th–75th percentile)" in shown.stdout


# --- the mapping, table by table --------------------------------------------------------


def test_occupation_data_gives_id_codes_title_and_summary(imported: Path) -> None:
    row = _rows("Occupation Data", "43-4051.00")[0]
    role = _role(imported, CSR)
    assert role["id"] == CSR
    assert role["codes"] == {"onet": "43-4051.00", "soc": "43-4051"}
    # the title as O*NET writes it, and careerpath's Vietnamese, marked as such
    assert role["title"] == {"vi": "Nhân viên dịch vụ khách hàng", "en": row["Title"]}
    assert role["common_names"][:2] == ["Nhân viên chăm sóc khách hàng", "Nhân viên tổng đài"]
    assert role["translation"] == {
        "by": "careerpath",
        "method": "careerpath-titles-1",
        "fields": ["title.vi", "common_names", "related.title.vi"],
    }
    assert role["summary"] == {"en": row["Description"]}


def test_other_titles_are_reported_then_alternate_each_once(imported: Path) -> None:
    reported = [
        row["Reported Job Title"] for row in _rows("Sample of Reported Titles", "43-4051.00")
    ]
    alternate = [row["Alternate Title"] for row in _rows("Alternate Titles", "43-4051.00")]
    expected: dict[str, str] = {}
    for name in reported + alternate:
        expected.setdefault(name.lower(), name)
    assert _role(imported, CSR)["also_called"] == list(expected.values())
    assert "Call Center Representative" in expected.values()


def test_tasks_core_first_most_reported_first(imported: Path) -> None:
    duties = _role(imported, CSR)["duties"]
    assert [group["heading"]["en"] for group in duties] == ["Core tasks", "Supplemental tasks"]
    for group, kind in zip(duties, ("Core", "Supplemental"), strict=True):
        rows = [row for row in _rows("Task Statements", "43-4051.00") if row["Task Type"] == kind]
        rows.sort(key=lambda row: (-float(row["Incumbents Responding"]), int(row["Task ID"])))
        assert [item["en"] for item in group["items"]] == [row["Task"] for row in rows]


def test_tasks_without_a_type_come_last(imported: Path) -> None:
    untyped = [row for row in _rows("Task Statements") if row["Task Type"] in ("", "n/a")]
    assert untyped, "the fixture should hold a task without a type"
    code = untyped[0]["O*NET-SOC Code"]
    title = _rows("Occupation Data", code)[0]["Title"]
    duties = _role(imported, slug(title))["duties"]
    assert duties[-1]["heading"]["en"] == "Other tasks (type not rated)"
    assert {task["Task"] for task in untyped if task["O*NET-SOC Code"] == code} == {
        item["en"] for item in duties[-1]["items"]
    }


def test_every_rated_skill_with_its_element_most_important_first(imported: Path) -> None:
    rows = _rows("Skills", "43-4051.00")
    importance = {
        row["Element Name"]: float(row["Data Value"]) for row in rows if row["Scale ID"] == "IM"
    }
    level = {
        row["Element Name"]: float(row["Data Value"]) for row in rows if row["Scale ID"] == "LV"
    }
    elements = {row["Element Name"]: row["Element ID"] for row in rows}
    skills = _role(imported, CSR)["skills"]
    assert [skill["name"]["en"] for skill in skills] == sorted(
        importance, key=lambda name: (-importance[name], -level[name], name)
    )
    assert len(skills) == len(importance) > 12  # not only the important ones
    for skill in skills:
        assert skill["element"] == elements[skill["name"]["en"]]
    first = skills[0]
    assert first["importance"] == importance[first["name"]["en"]]
    assert first["level"] == level[first["name"]["en"]]
    assert first["name"]["vi"]  # our Vietnamese name of a fixed O*NET skill


def test_show_lists_the_important_skills_and_counts_the_others(run: Run, imported: Path) -> None:
    shown = run("--data-dir", str(imported), "show", CSR, "-s", "requirements").stdout
    skills = _role(imported, CSR)["skills"]
    below = [s for s in skills if s["importance"] < 3]
    assert below and f"+{len(below)} more rated below 3 of 5" in shown
    assert below[0]["name"]["en"] not in shown
    assert skills[0]["name"]["en"] in shown


def test_education_levels_and_the_most_reported_degree(imported: Path) -> None:
    rows = [
        row
        for row in _rows("Education, Training, and Experience", "43-4051.00")
        if row["Scale ID"] == "RL"
    ]
    role = _role(imported, CSR)
    levels = role["education"]["levels"]
    assert [level["percent"] for level in levels] == [float(row["Data Value"]) for row in rows]
    assert len(levels) == 12
    best = max(rows, key=lambda row: float(row["Data Value"]))
    names = {
        row["Category"]: row["Category Description"]
        for row in _rows_plain("Education, Training, and Experience Categories")
        if row["Scale ID"] == "RL"
    }
    assert role["degree"]["en"] == names[best["Category"]].split(" - ")[0] == "High School Diploma"


def _rows_plain(table: str) -> list[dict[str, str]]:
    with (ONET / f"{table}.txt").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_experience_brackets_are_the_eleven_rw_categories(imported: Path) -> None:
    rows = [
        row
        for row in _rows("Education, Training, and Experience", "43-4051.00")
        if row["Scale ID"] == "RW"
    ]
    brackets = _role(imported, CSR)["experience_distribution"]["brackets"]
    assert [bracket["months"] for bracket in brackets] == [
        "0-0", "0-1", "1-3", "3-6", "6-12", "12-24", "24-48", "48-72", "72-96", "96-120", "120+",
    ]  # fmt: skip
    assert [bracket["percent"] for bracket in brackets] == [
        float(row["Data Value"]) for row in rows
    ]


def test_an_occupation_without_education_rows_says_not_given(run: Run, imported: Path) -> None:
    role = _role(imported, "software-developers")
    assert "education" not in role and "degree" not in role
    assert "experience_distribution" not in role
    shown = run("--data-dir", str(imported), "show", "software-developers", "-s", "education")
    assert "Education\n  Job zone 4 of 5 — Considerable Preparation Needed" in shown.stdout


def test_job_zone_with_its_meaning(imported: Path) -> None:
    zone = _role(imported, CSR)["job_zone"]
    reference = next(row for row in _rows_plain("Job Zone Reference") if row["Job Zone"] == "2")
    assert zone["zone"] == int(_rows("Job Zones", "43-4051.00")[0]["Job Zone"]) == 2
    assert zone["name"] == {"en": "Some Preparation Needed", "vi": "Cần chuẩn bị một ít"}
    assert zone["experience"] == {"en": reference["Experience"]}
    assert zone["training"] == {"en": reference["Job Training"]}


def test_related_roles_in_tiers_linked_to_imported_roles(run: Run, imported: Path) -> None:
    related = _role(imported, CSR)["related"]
    in_fixture = {row["O*NET-SOC Code"] for row in _rows("Occupation Data")}
    rows = _rows("Related Occupations", "43-4051.00")
    assert len(rows) == 20
    kept = [row for row in rows if row["Related O*NET-SOC Code"] in in_fixture]
    assert [item["role"] for item in related] == [slug(row["Related Title"]) for row in kept]
    assert related == [
        {
            "role": "receptionists-and-information-clerks",
            "title": {"vi": "Nhân viên lễ tân", "en": "Receptionists and Information Clerks"},
            "tier": "primary-long",
        },
        {
            "role": "first-line-supervisors-of-office-and-administrative-support-workers",
            "title": {
                "vi": "Giám sát văn phòng và hành chính",
                "en": "First-Line Supervisors of Office and Administrative Support Workers",
            },
            "tier": "supplemental",
        },
    ]
    shown = run("--data-dir", str(imported), "show", CSR, "-s", "related").stdout
    assert "Also related\n  • receptionists-and-information-clerks — Receptionists" in shown


def test_interests_scores_and_high_point_code(imported: Path) -> None:
    rows = _rows("Interests", "43-4051.00")
    interests = _role(imported, CSR)["interests"]
    for row in rows:
        if row["Scale ID"] == "OI":
            assert interests[row["Element Name"].lower()] == float(row["Data Value"])
    assert interests["code"] == "CES"


def test_pay_is_the_oews_row_annual_and_hourly(imported: Path) -> None:
    row = _wage_row("43-4051")
    annual, hourly = _role(imported, CSR)["salary"]
    assert annual["period"] == "year" and hourly["period"] == "hour"
    assert annual["currency"] == hourly["currency"] == "USD"
    columns = {"p10": "PCT10", "p25": "PCT25", "median": "MEDIAN", "p75": "PCT75", "p90": "PCT90"}
    for name, column in columns.items():
        assert annual["percentiles"][name] == float(row[f"A_{column}"])
        assert hourly["percentiles"][name] == float(row[f"H_{column}"])
    assert annual["mean"] == float(row["A_MEAN"]) and hourly["mean"] == float(row["H_MEAN"])
    assert annual["employment"] == int(row["TOT_EMP"])
    assert "label" not in annual  # the figures are the occupation's own


def test_annual_only_and_hourly_only_wages_say_so(imported: Path) -> None:
    teachers = _role(imported, "business-teachers-postsecondary")["salary"]
    assert [statement["period"] for statement in teachers] == ["year"]
    assert "annual wages only" in teachers[0]["note"]["en"]
    assert "median" in teachers[0]["percentiles"]
    actors = _role(imported, "actors")["salary"]
    assert [statement["period"] for statement in actors] == ["hour"]
    assert "hourly wages only" in actors[0]["note"]["en"]
    assert actors[0]["employment"] == int(_wage_row("27-2011")["TOT_EMP"])


def test_a_shared_soc_row_says_it_is_for_the_whole_code(imported: Path) -> None:
    for role_id, other in (
        ("chief-executives", "Chief Sustainability Officers"),
        ("chief-sustainability-officers", "Chief Executives"),
    ):
        annual = _role(imported, role_id)["salary"][0]
        assert annual["label"] == {"en": "Chief Executives (SOC 11-1011)"}
        assert "for SOC 11-1011 (Chief Executives) as a whole" in annual["note"]["en"]
        assert other in annual["note"]["en"]
        assert annual["percentiles"]["median"] == float(_wage_row("11-1011")["A_MEDIAN"])


def test_an_occupation_without_its_own_row_takes_its_groups(imported: Path) -> None:
    annual = _role(imported, "buyers-and-purchasing-agents-farm-products")["salary"][0]
    assert annual["label"] == {"en": "Buyers and Purchasing Agents (SOC 13-1020)"}
    assert "no estimate for SOC 13-1021" in annual["note"]["en"]
    assert annual["percentiles"]["median"] == float(_wage_row("13-1020")["A_MEDIAN"])


def test_an_occupation_without_wages_has_no_pay_and_one_source(imported: Path) -> None:
    role = _role(imported, "legislators")
    assert "salary" not in role
    assert [source["title"] for source in role["sources"]] == ["O*NET 29.3 Database"]


def test_sources_carry_the_onet_attribution(imported: Path) -> None:
    onet_source, wages_source = _role(imported, CSR)["sources"]
    assert onet_source["license"] == "CC BY 4.0"
    assert onet_source["edition"] == "May 2025 Release"
    assert onet_source["attribution"].startswith(
        "O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training "
        "Administration (USDOL/ETA). Used under the CC BY 4.0 license"
    )
    assert "O*NET® is a trademark of USDOL/ETA" in onet_source["attribution"]
    assert "modified" in onet_source["attribution"]
    assert wages_source["edition"] == "May 2025"
    assert wages_source["reference"] == "national_M2025_dl.csv, SOC 43-4051"
    text = (imported / "roles" / f"{CSR}.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Customer Service Representatives (43-4051.00), imported")
    assert "O*NET 29.3" in (imported / "ATTRIBUTION.txt").read_text(encoding="utf-8")


def test_ids_clash_with_bundled_roles_take_the_code(tmp_path: Path) -> None:
    from careerpath.importers.onet import profiles
    from careerpath.importers.tables import TableSource

    source = TableSource(ONET)
    try:
        found = profiles(source, None, reserved=["actors"])
    finally:
        source.close()
    ids = {role.codes.onet: role.id for role in found.roles if role.codes}
    assert ids["27-2011.00"] == "actors-27-2011-00"
    assert ids["43-4051.00"] == CSR


def test_long_titles_are_cut_at_a_word() -> None:
    title = (
        "Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, "
        "Except Special Education"
    )
    assert slug(title) == "teaching-assistants-preschool-elementary-middle-and-secondary-school"
    assert len(slug(title)) <= 72
    # never on a word that only joins others: "…-medical-and" was an id
    title = "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive"
    assert slug(title) == "secretaries-and-administrative-assistants-except-legal-medical"
    title = (
        "First-Line Supervisors of Entertainment and Recreation Workers, Except Gambling Services"
    )
    assert slug(title) == "first-line-supervisors-of-entertainment-and-recreation-workers"
    assert slug("Short and Sweet") == "short-and-sweet"  # not cut: left as it is


# --- sources: folder and zip, csv and xlsx, idempotence ---------------------------------


def _zip_of(folder: Path, target: Path, prefix: str = "db_29_3_text/") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return target


def test_zip_and_folder_give_the_same_catalogue(run: Run, tmp_path: Path, imported: Path) -> None:
    archive = _zip_of(ONET, tmp_path / "db_29_3_text.zip")
    out = tmp_path / "from-zip"
    assert _import(run, str(archive), "--wages", str(WAGES_CSV), "--out", str(out)).exit_code == 0
    assert _tree(out) == _tree(imported)


def test_xlsx_and_csv_wages_give_the_same_figures(run: Run, tmp_path: Path, imported: Path) -> None:
    out = tmp_path / "from-xlsx"
    assert _import(run, str(ONET), "--wages", str(WAGES_XLSX), "--out", str(out)).exit_code == 0
    for name in (path.stem for path in (imported / "roles").iterdir()):
        from_csv, from_xlsx = _role(imported, name), _role(out, name)
        assert from_xlsx.get("salary") == from_csv.get("salary"), name


def test_wages_from_the_published_zip(run: Run, tmp_path: Path, imported: Path) -> None:
    archive = tmp_path / "oesm25nat.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(WAGES_XLSX, "oesm25nat/national_M2025_dl.xlsx")
    out = tmp_path / "from-zip"
    assert _import(run, str(ONET), "--wages", str(archive), "--out", str(out)).exit_code == 0
    assert _role(out, CSR)["salary"] == _role(imported, CSR)["salary"]


def test_importing_again_gives_byte_identical_files(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "onet"
    args = (str(ONET), "--wages", str(WAGES_CSV), "--out", str(out))
    assert _import(run, *args).exit_code == 0
    first = _tree(out)
    assert _import(run, *args).exit_code == 0  # over the earlier import: no --force needed
    assert _tree(out) == first
    assert sorted(path.name for path in tmp_path.iterdir()) == ["onet"]  # no temporary left


def test_an_out_that_is_not_an_import_is_refused_unless_forced(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    (out / "roles").mkdir(parents=True)
    keep = out / "roles" / "own.yaml"
    keep.write_text("mine\n")
    result = _import(run, str(ONET), "--out", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"careerpath: {out} is not empty and is not an earlier careerpath import; "
        "use --force to replace it\n"
    )
    assert keep.read_text() == "mine\n"
    assert _import(run, str(ONET), "--out", str(out), "--force").exit_code == 0
    assert not keep.exists()
    assert (out / "careerpath-import.json").is_file()


def test_an_interrupted_import_leaves_nothing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerpath.importers import output

    def interrupt(role: Any, header: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "role_yaml", interrupt)
    result = _import(run, str(ONET), "--out", str(tmp_path / "onet"))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_reimport_keeps_the_earlier_catalogue(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerpath.importers import output

    out = tmp_path / "onet"
    assert _import(run, str(ONET), "--out", str(out)).exit_code == 0
    before = _tree(out)

    def interrupt(role: Any, header: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "role_yaml", interrupt)
    assert _import(run, str(ONET), "--wages", str(WAGES_CSV), "--out", str(out)).exit_code == 130
    assert _tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["onet"]


# --- bad input: one line naming the file, exit 1, nothing written ---------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "db_29_3_text"
    shutil.copytree(ONET, folder)
    return folder


def _refused(run: Run, tmp_path: Path, *args: str) -> str:
    out = tmp_path / "out"
    result = _import(run, *args, "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".out")]
    return result.stderr


def test_a_file_that_is_no_zip(run: Run, tmp_path: Path) -> None:
    bogus = tmp_path / "db.zip"
    bogus.write_text("not a zip")
    assert _refused(run, tmp_path, str(bogus)).startswith(f"{bogus}: not a zip file or a folder")


def test_a_missing_source(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.zip"
    assert _refused(run, tmp_path, str(missing)) == f"{missing}: no such file or folder\n"


def test_a_zip_without_onet_tables(run: Run, tmp_path: Path) -> None:
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("notes/readme.md", "hello")
    message = _refused(run, tmp_path, str(archive))
    assert message.startswith(f"{archive}: holds no O*NET tables (no 'Occupation Data.txt')")


def test_a_missing_table_is_named(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "Skills.txt").unlink()
    assert _refused(run, tmp_path, str(folder)) == (
        f"{folder}: lacks the O*NET table(s) 'Skills.txt'\n"
    )


def test_a_table_the_mapping_does_not_use_is_not_needed(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "Abilities.txt").write_text("ignored\x00\n")  # unread, however broken
    assert not (ONET / "Knowledge.txt").exists()
    assert _import(run, str(folder), "--out", str(tmp_path / "out")).exit_code == 0


def test_a_wrong_header_names_the_column(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / "Task Statements.txt"
    table.write_text(table.read_text(encoding="utf-8").replace("Task Type", "Kind", 1), "utf-8")
    assert _refused(run, tmp_path, str(folder)) == (
        f"{table}:1: the header lacks column 'Task Type'; is this the O*NET text edition?\n"
    )


def test_a_truncated_table_names_its_last_line(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / "Skills.txt"
    raw = table.read_bytes()
    table.write_bytes(raw[: len(raw) // 2])
    lines = raw[: len(raw) // 2].count(b"\n") + 1
    message = _refused(run, tmp_path, str(folder))
    assert message.startswith(f"{table}:{lines}: has ")
    assert message.endswith("fields: the file looks cut short\n")


def test_a_truncated_zip_is_refused(run: Run, tmp_path: Path) -> None:
    archive = _zip_of(ONET, tmp_path / "db.zip")
    raw = archive.read_bytes()
    archive.write_bytes(raw[: len(raw) // 2])
    assert _refused(run, tmp_path, str(archive)).startswith(f"{archive}: not a zip file")


def test_a_table_that_is_not_utf8_names_the_line(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / "Occupation Data.txt"
    lines = table.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b"e", b"\xe9", 1)
    table.write_bytes(b"\n".join(lines))
    assert _refused(run, tmp_path, str(folder)).startswith(f"{table}:4: not valid UTF-8")


def test_a_table_past_the_size_cap_is_refused_before_and_while_reading(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file larger than the cap is refused from its size; a zip member that says it
    is small but holds more is refused as it is read (zipfile reads no more than the
    size the zip states, and its checksum then fails; past the cap, the count stops it)."""
    from careerpath.errors import DataError
    from careerpath.importers import tables

    folder = _copy(tmp_path)
    skills = folder / "Skills.txt"
    monkeypatch.setattr(tables, "MAX_TABLE_BYTES", skills.stat().st_size - 1)
    assert _refused(run, tmp_path, str(folder)) == (f"{skills}: is larger than 0 MB: not a table\n")
    archive = _zip_of(folder, tmp_path / "db.zip")
    with zipfile.ZipFile(archive) as zipped:
        member = next(name for name in zipped.namelist() if name.endswith("Skills.txt"))
    source = tables.TableSource(archive)
    info = source._zip.getinfo(member) if source._zip else None
    assert info is not None
    info.file_size = 10  # what a crafted zip could claim
    with pytest.raises(DataError, match=r"Skills\.txt: (cannot read: Bad CRC|is larger than)"):
        source.table(tables.TableSpec("Skills", ("O*NET-SOC Code",)))
    source.close()


def test_a_table_keeps_only_the_columns_the_mapping_reads(tmp_path: Path) -> None:
    from careerpath.importers.tables import TableSource, TableSpec

    source = TableSource(_copy(tmp_path))
    table = source.table(TableSpec("Skills", ("Element Name", "O*NET-SOC Code")))
    assert table.at == {"Element Name": 0, "O*NET-SOC Code": 1}
    rows = list(table.columns("O*NET-SOC Code", "Element Name"))
    assert rows[0] == (2, ["11-1011.00", "Reading Comprehension"])
    assert all(len(row) == 2 for _, row in rows)


def test_a_figure_that_is_not_a_number_names_line_and_column(run: Run, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    table = folder / "Interests.txt"
    lines = table.read_text(encoding="utf-8").split("\n")
    fields = lines[1].split("\t")
    fields[6] = "high"
    lines[1] = "\t".join(fields)
    table.write_text("\n".join(lines), encoding="utf-8")
    assert _refused(run, tmp_path, str(folder)) == (
        f"{table}:2: Data Value: expected a number, got 'high'\n"
    )


def test_wages_without_the_needed_columns(run: Run, tmp_path: Path) -> None:
    wages = tmp_path / "wages.csv"
    wages.write_text("OCC_CODE,OCC_TITLE,TOT_EMP\n43-4051,Customer Service Representatives,1\n")
    message = _refused(run, tmp_path, str(ONET), "--wages", str(wages))
    assert message.startswith(f"{wages}:1: lacks the OEWS column(s) O_GROUP, A_MEAN, H_MEAN")


def test_wages_that_are_no_spreadsheet(run: Run, tmp_path: Path) -> None:
    wages = tmp_path / "national_M2025_dl.xlsx"
    wages.write_text("not a workbook")
    message = _refused(run, tmp_path, str(ONET), "--wages", str(wages))
    assert message.startswith(f"{wages}: not a readable .xlsx file")


def test_wages_with_a_bad_figure_name_line_and_column(run: Run, tmp_path: Path) -> None:
    wages = tmp_path / "wages.csv"
    text = WAGES_CSV.read_text(encoding="utf-8").replace("46590", "lots", 1)
    wages.write_text(text, encoding="utf-8")
    assert _refused(run, tmp_path, str(ONET), "--wages", str(wages)).startswith(
        f"{wages}:9: A_MEAN: expected a figure, got 'lots'"
    )


def test_top_coded_and_missing_figures_are_not_given(tmp_path: Path) -> None:
    header, *rows = WAGES_CSV.read_text(encoding="utf-8").splitlines()
    row = next(line for line in rows if ",43-4051," in line).split(",")
    columns = header.split(",")
    row[columns.index("A_PCT90")] = "#"
    row[columns.index("H_PCT90")] = "#"
    row[columns.index("A_PCT10")] = "*"
    path = tmp_path / "national_M2025_dl.csv"
    path.write_text(header + "\n" + ",".join(row) + "\n", encoding="utf-8")
    wages = oews.read(path).rows["43-4051"]
    assert wages.annual["p90"] is None and wages.hourly["p90"] is None
    assert wages.annual["p10"] is None
    assert wages.top_coded == ["p90"]
    assert wages.annual["median"] == 44770


# --- every command on the imported imported --------------------------------------------


@pytest.mark.parametrize("width", [40, 80, 120])
def test_show_imported_golden(
    run: Run,
    imported: Path,
    golden: SnapshotAssertion,
    width: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(imported.parent)  # the file line shows a path relative to here
    result = run("--data-dir", "onet", "show", CSR, env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert result.stdout == golden


def test_look_up_by_onet_and_soc_code(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    for name in ("43-4051.00", "43-4051"):
        document = json.loads(run(*data, "show", name, "-f", "json", "-s", "summary").stdout)
        assert document["role"]["id"] == CSR
    shared = run(*data, "show", "11-1011")
    assert shared.exit_code == 1
    assert shared.stderr == (
        "careerpath: SOC 11-1011 covers several occupations: chief-executives (11-1011.00), "
        "chief-sustainability-officers (11-1011.03); name one of them\n"
    )
    picked = json.loads(run(*data, "salary", "11-1011.03", "-f", "json").stdout)
    assert picked["roles"][0]["id"] == "chief-sustainability-officers"


def test_search_finds_an_alternate_title(run: Run, imported: Path) -> None:
    document = json.loads(
        run("--data-dir", str(imported), "search", "client services", "-f", "json").stdout
    )
    hits = {result["role"]: result["hits"] for result in document["results"]}
    assert hits[CSR][0]["section"] == "also_called"
    assert "Client Services Representative" in hits[CSR][0]["snippet"]


def test_compare_keeps_each_currency(run: Run, imported: Path) -> None:
    result = run("--data-dir", str(imported), "compare", "team-lead", CSR, "-f", "json")
    rows = {row["key"]: row["values"] for row in json.loads(result.stdout)["rows"]}
    assert [value["currency"] for value in rows["salary"]] == ["VND", "USD"]
    assert rows["salary_difference"] == [None, None]
    assert rows["salary_ratio"] == [None, None]
    table = run("--data-dir", str(imported), "compare", "team-lead", CSR).stdout
    assert "in another currency: not" in table


def test_salary_per_month_converts_annual_and_keeps_hourly(run: Run, imported: Path) -> None:
    document = json.loads(
        run("--data-dir", str(imported), "salary", CSR, "--per", "month", "-f", "json").stdout
    )
    figures = document["roles"][0]["figures"]
    median = [f["money"] for f in figures if f["kind"] == "median"]
    annual = float(_wage_row("43-4051")["A_MEDIAN"])
    assert median[0] == {
        "currency": "USD", "period": "month", "min": round(annual / 12, 2),
        "max": round(annual / 12, 2), "converted_from": "year",
    }  # fmt: skip
    assert median[1]["period"] == "hour" and median[1]["converted_from"] is None


def test_show_of_an_imported_role_points_to_its_interview_questions(
    run: Run, imported: Path
) -> None:
    """O*NET reports no interview questions: show says so, and where to find the
    questions careerpath chooses (tests/test_interview_bank.py)."""
    result = run("--data-dir", str(imported), "show", CSR, "-s", "interview")
    assert result.exit_code == 0
    assert result.stdout.endswith(
        "\nInterview questions\n  not given\n"
        f"  careerpath interview {CSR} suggests questions\n  chosen for this role.\n"
    )


@pytest.mark.parametrize("output", ["json", "yaml", "markdown"])
def test_show_imported_in_every_format(run: Run, imported: Path, output: str) -> None:
    result = run("--data-dir", str(imported), "show", CSR, "-f", output)
    assert result.exit_code == 0
    if output == "json":
        role = json.loads(result.stdout)["role"]
        assert role["interests"]["code"] == "CES"
        assert role["salary"][0]["percentiles"]["median"] == 44770
    elif output == "yaml":
        assert yaml.safe_load(result.stdout)["role"]["job_zone"]["zone"] == 2
    else:
        assert "\n- **Median:** USD 44,770/year\n" in result.stdout
        assert "## Related roles" in result.stdout
        assert "Used under the CC BY 4.0 license" in result.stdout


def test_vietnamese_marks_english_only_text_once(run: Run, imported: Path) -> None:
    result = run("--data-dir", str(imported), "show", CSR, "--lang", "vi", "-s", "summary")
    lines = result.stdout.splitlines()
    # careerpath's Vietnamese title, O*NET's English once beside it, marked as such
    assert "Nhân viên dịch vụ khách hàng" in lines[0]
    assert "Customer Service Representatives  (tên tiếng Việt: bản dịch của careerpath)" in lines[1]
    assert sum("Customer Service Representatives" in line for line in lines[:3]) == 1
    assert sum(line.endswith("[en]") for line in lines) == 1  # the summary, English only
    assert (
        "Mức chuẩn bị           2/5 — Cần chuẩn bị một ít"
        in run("--data-dir", str(imported), "show", CSR, "--lang", "vi", "-s", "stats").stdout
    )


def test_list_csv_carries_the_codes(run: Run, imported: Path) -> None:
    import io

    result = run("--data-dir", str(imported), "list", "-f", "csv")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows[CSR]["onet_code"] == "43-4051.00"
    assert rows[CSR]["soc_code"] == "43-4051"
    assert rows["team-lead"]["onet_code"] == ""


def test_compare_without_roles_leaves_imports_out(run: Run, imported: Path) -> None:
    document = json.loads(run("--data-dir", str(imported), "compare", "-f", "json").stdout)
    assert [role["id"] for role in document["roles"]] == ["service-director", "team-lead"]


def test_a_terminal_shows_a_progress_bar(tmp_path: Path) -> None:
    from tests.conftest import spawn

    out = tmp_path / "onet"
    child = spawn("import", "onet", str(ONET), "--wages", str(WAGES_CSV), "--out", str(out))
    child.expect("O\\*NET tables")
    child.expect("profiles .* 11/11")
    child.expect("careerpath: imported 11 occupations")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (out / "roles" / f"{CSR}.yaml").is_file()


def test_the_vietnamese_vocabulary_names_every_element_of_the_source() -> None:
    """Keyed by the source's ids: every skill element, RL category and job zone of the
    fixture has our Vietnamese, and the English beside it is the source's own."""
    from careerpath.importers.onet import (
        CATEGORIES,
        JOB_ZONE_REFERENCE,
        SKILLS,
        vocabulary,
    )
    from careerpath.importers.tables import TableSource

    words = vocabulary()
    source = TableSource(ONET)
    skills = {
        element: name
        for _, (element, name) in source.table(SKILLS).columns("Element ID", "Element Name")
    }
    assert len(skills) == len(words.skills) == 35
    for element, name in skills.items():
        assert words.skills[element].en == name
        assert words.skills[element].vi
    levels = [
        (category, description.split(" - ", 1)[0])
        for _, (scale, category, description) in source.table(CATEGORIES).columns(
            "Scale ID", "Category", "Category Description"
        )
        if scale == "RL"
    ]
    assert [category for category, _ in levels] == list(words.education)
    for category, name in levels:
        assert words.education[category].en == name
        assert words.education[category].vi
    for _, (zone, name) in source.table(JOB_ZONE_REFERENCE).columns("Job Zone", "Name"):
        assert words.job_zones[zone].en == name.split(":", 1)[1].strip()
        assert words.job_zones[zone].vi
    source.close()


def test_the_import_runs_in_stages(tmp_path: Path) -> None:
    """extract → transform → derive: each stage alone gives what the whole gives, and
    derive infers nothing yet (the seam for derived pathways and questions)."""
    from careerpath.importers.oews import read as read_wages
    from careerpath.importers.onet import TABLES, derive, extract, profiles, transform, vocabulary
    from careerpath.importers.tables import TableSource

    source = TableSource(ONET)
    wages = read_wages(WAGES_CSV)
    seen: list[str] = []
    release, tables = extract(source, seen.append)
    assert seen == [spec.name for spec in TABLES] == list(tables)
    transformed = transform(release, tables, wages, vocabulary(), reserved=["team-lead"])
    derived = derive(transformed)
    whole = profiles(source, wages, reserved=["team-lead"])
    assert derived.roles == transformed.roles == whole.roles
    assert derived.outcomes == whole.outcomes
    assert len(whole.roles) == 11  # the occupations of the fixture
    source.close()


def test_a_table_cut_inside_its_last_field_is_refused(run: Run, tmp_path: Path) -> None:
    """Every row of the format ends with a line break: a file cut inside the last
    field of its last row has every field, but not that."""
    folder = _copy(tmp_path)
    table = folder / "Occupation Data.txt"
    raw = table.read_bytes()
    table.write_bytes(raw[:-5])  # the line break and the end of the last description
    lines = raw.count(b"\n")
    assert _refused(run, tmp_path, str(folder)) == (
        f"{table}:{lines}: the last row has no line break: the file looks cut short\n"
    )


def test_a_smaller_catalogue_never_replaces_a_larger_one_silently(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "onet"
    assert _import(run, str(ONET), "--out", str(out)).exit_code == 0
    before = _tree(out)
    folder = _copy(tmp_path)
    table = folder / "Occupation Data.txt"
    lines = table.read_text(encoding="utf-8").split("\n")
    table.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")  # 3 occupations of 9
    refused = _import(run, str(folder), "--out", str(out))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"careerpath: {out} holds 11 occupations and this import 3: a source cut short "
        "imports fewer; nothing was replaced (give --force to replace it anyway)\n"
    )
    assert _tree(out) == before
    assert _import(run, str(folder), "--out", str(out), "--force").exit_code == 0
    assert len(list((out / "roles").iterdir())) == 3


@pytest.mark.parametrize(
    "damage",
    ["cut", "entities"],
)
def test_a_damaged_spreadsheet_is_one_line(run: Run, tmp_path: Path, damage: str) -> None:
    """A sheet cut short, or one with a DOCTYPE declaring entities (never expanded),
    is refused naming the file, not a crash."""
    source = zipfile.ZipFile(WAGES_XLSX)
    target = tmp_path / "national_M2025_dl.xlsx"
    with zipfile.ZipFile(target, "w") as damaged:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                if damage == "cut":
                    data = data[: len(data) // 2]
                else:
                    bomb = (
                        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                    )
                    body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                    data = bomb + body.replace(b"<v>", b"<v>&lol2;", 1)
            damaged.writestr(info, data)
    source.close()
    message = _refused(run, tmp_path, str(ONET), "--wages", str(target))
    assert message.startswith(f"{target}: not a readable .xlsx file (")


def test_many_records_are_dumped_in_workers_to_the_same_text(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past PARALLEL_FROM records the YAML is made in worker processes: the same
    texts, in the same order, as made one by one."""
    import msgspec

    from careerpath.authoring import role_yaml
    from careerpath.importers import output
    from careerpath.importers.output import PARALLEL_FROM, yaml_texts
    from careerpath.loader import load_record
    from careerpath.model import Role

    base = [load_record(path, Role) for path in sorted((imported / "roles").glob("*.yaml"))]
    records = [
        msgspec.structs.replace(base[n % len(base)], id=f"copy-{n}")
        for n in range(PARALLEL_FROM + 5)
    ]

    def header(record: Any) -> str:
        return f"# {record.id}\n"

    import concurrent.futures

    started: list[int] = []

    class Pool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, workers: int) -> None:
            started.append(workers)
            super().__init__(workers)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    expected = [role_yaml(r, header(r)) for r in records]
    assert yaml_texts(records, header) == expected
    assert started == (
        [min(os.cpu_count() or 1, output.WORKERS)] if (os.cpu_count() or 1) > 1 else []
    )


def test_an_import_on_the_search_path_leaves_its_index_built(run: Run, tmp_path: Path) -> None:
    """The first list after an import reads no file back: the import built the index
    from the records it wrote."""
    cache = tmp_path / "cache"
    env: dict[str, str | None] = {"XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(cache)}
    _import(run, str(ONET), "--wages", str(WAGES_CSV), env=env)
    kinds = sorted(path.name.split("-")[0] for path in (cache / "careerpath").glob("*.msgpack"))
    assert kinds == ["cards", "codes", "ladders", "match", "rungs", "search"]
    built = {path: path.stat().st_mtime_ns for path in (cache / "careerpath").glob("*.msgpack")}
    listing = json.loads(run("list", "-f", "json", env=env).stdout)
    assert len([role for role in listing["roles"] if role["origin"] == "import"]) == 11
    found = json.loads(run("search", "supervisors", "-f", "json", env=env).stdout)
    assert found["results"]
    # the same index files, not rewritten: nothing was out of date
    assert {path: path.stat().st_mtime_ns for path in built} == built


def test_a_title_too_long_for_the_box_border_is_wrapped_inside(run: Run, imported: Path) -> None:
    """At 40 columns the supervisors' 67-character title would be cut by the box's
    border: it stands inside the box, whole, wrapped between words."""
    result = run(
        "--data-dir", str(imported), "show", "43-1011.00", "-s", "summary", env={"COLUMNS": "40"}
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "╭" + "─" * 38 + "╮"  # no title on the border
    inside = " ".join(line.strip("│ ") for line in lines[1:3])
    assert inside == "First-Line Supervisors of Office and Administrative Support Workers"
    wide = run("--data-dir", str(imported), "show", "43-1011.00", "-s", "summary")
    assert wide.stdout.startswith(
        "╭─ First-Line Supervisors of Office and Administrative Support Workers ─"
    )
