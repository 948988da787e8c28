"""careerpath's Vietnamese titles for O*NET occupations (careerpath-titles-1): the
table, its use at import and on earlier imports, look-up by a common name, and
the evaluation script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from careerpath.normalize import fold
from careerpath.translations import METHOD, titles
from tests.conftest import ONET_FIXTURE, Run

ROOT = Path(__file__).resolve().parents[1]
CSR = "customer-service-representatives"


def test_the_table_names_every_fixture_occupation_by_its_own_title() -> None:
    """Keyed by code, each with O*NET's English title as the fixture gives it, a
    Vietnamese title no other occupation and no bundled role has."""
    table = titles().titles
    lines = (ONET_FIXTURE / "Occupation Data.txt").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        code, title = line.split("\t")[:2]
        assert table[code].en == title, code
    vietnamese = [fold(entry.vi) for entry in table.values()]
    assert len(set(vietnamese)) == len(vietnamese) == len(table)
    bundled: set[str] = set()
    for path in (ROOT / "careerpath" / "data" / "roles").glob("*.yaml"):
        title = yaml.safe_load(path.read_text(encoding="utf-8"))["title"]
        bundled.update(fold(text) for text in title.values())
    assert bundled.isdisjoint(vietnamese)  # a look-up by title finds one role


def _role(folder: Path, role_id: str) -> dict[str, Any]:
    found: dict[str, Any] = yaml.safe_load(
        (folder / "roles" / f"{role_id}.yaml").read_text(encoding="utf-8")
    )
    return found


def _as_before(imported: Path, tmp_path: Path) -> Path:
    """A copy of the import as careerpath wrote it before the table existed: titles
    in English only, no common names, no translation."""
    old = tmp_path / "old"
    shutil.copytree(imported, old)
    for path in (old / "roles").glob("*.yaml"):
        role = yaml.safe_load(path.read_text(encoding="utf-8"))
        role["title"] = {"en": role["title"]["en"]}
        role.pop("common_names", None)
        role.pop("translation", None)
        for link in role.get("related", []):
            link["title"] = {"en": link["title"]["en"]}
        path.write_text(yaml.safe_dump(role, allow_unicode=True), encoding="utf-8")
    for path in (old / "ladders").glob("*.yaml"):
        ladder = yaml.safe_load(path.read_text(encoding="utf-8"))
        for step in ladder["steps"]:
            step["title"] = {"en": step["title"]["en"]}
        english = ladder["title"]["en"].removeprefix("Pathway from ")
        ladder["title"]["vi"] = f"Lộ trình từ {english}"
        path.write_text(yaml.safe_dump(ladder, allow_unicode=True), encoding="utf-8")
    return old


def test_an_earlier_import_reads_as_a_new_one(run: Run, imported: Path, tmp_path: Path) -> None:
    """Without re-importing: the role, its related titles and its pathway read with
    careerpath's Vietnamese, marked as careerpath's, exactly as a new import writes."""
    old = _as_before(imported, tmp_path)
    assert "translation" not in _role(old, CSR)

    def shown(folder: Path) -> dict[str, Any]:
        result = run("--data-dir", str(folder), "show", CSR, "-f", "json", "-s", "related")
        role: dict[str, Any] = json.loads(result.stdout)["role"]
        return role

    assert shown(old) == shown(imported)
    role = shown(old)
    assert role["title"] == {
        "vi": "Nhân viên dịch vụ khách hàng",
        "en": titles().titles["43-4051.00"].en,
    }
    assert role["translation"]["method"] == METHOD
    assert role["related"][0]["title"]["vi"] == "Nhân viên lễ tân"
    ladder = run("--data-dir", str(old), "ladder", "pathway-43-4051-00", "--lang", "vi").stdout
    assert ladder.startswith("pathway-43-4051-00 — Lộ trình từ Nhân viên dịch vụ khách hàng")
    listing = run("--data-dir", str(old), "list", "--lang", "vi", "-f", "csv").stdout
    assert f"{CSR},Nhân viên dịch vụ khách hàng," in listing


def test_a_title_the_user_changed_is_left_alone(run: Run, tmp_path: Path) -> None:
    """Only an occupation as imported gets careerpath's Vietnamese: a profile with
    an O*NET code and its own English title keeps its own words."""
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "agent.yaml").write_text(
        "format: 1\nid: agent\ntitle: {en: Contact Centre Agent}\nsummary: {en: Calls.}\n"
        "codes: {onet: 43-4051.00}\n",
        encoding="utf-8",
    )
    role = json.loads(run("--data-dir", str(tmp_path), "show", "agent", "-f", "json").stdout)
    assert (role["role"]["title"], role["role"]["translation"]) == (
        {"vi": None, "en": "Contact Centre Agent"},
        None,
    )


def test_show_finds_a_common_name_with_or_without_diacritics(
    run: Run, imported: Path, tmp_path: Path
) -> None:
    data = ("--data-dir", str(imported))
    for name in ("lễ tân", "le tan", "LỄ TÂN"):
        result = run(*data, "show", name, "-f", "json", "-s", "summary")
        assert json.loads(result.stdout)["role"]["id"] == "receptionists-and-information-clerks"
    # a name two roles share offers the choice
    (tmp_path / "roles").mkdir()
    for role_id in ("night-nurse", "day-nurse"):
        (tmp_path / "roles" / f"{role_id}.yaml").write_text(
            f"format: 1\nid: {role_id}\ntitle: {{en: {role_id}}}\nsummary: {{en: x}}\n"
            "common_names: [Y tá]\n",
            encoding="utf-8",
        )
    result = run("--data-dir", str(tmp_path), "show", "y ta")
    assert result.exit_code != 0
    assert "'y ta' matches 2 roles: day-nurse, night-nurse" in result.stderr
    # an id, alias or title comes before a common name
    (tmp_path / "roles" / "y-ta.yaml").write_text(
        "format: 1\nid: y-ta\ntitle: {vi: Y tá}\nsummary: {vi: x}\n", encoding="utf-8"
    )
    result = run("--data-dir", str(tmp_path), "show", "y ta", "-f", "json")
    assert json.loads(result.stdout)["role"]["id"] == "y-ta"


def test_search_in_vietnamese_finds_the_imported_occupations(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    found = json.loads(run(*data, "search", "lap trinh vien", "-f", "json").stdout)["results"]
    assert [(r["role"], r["hits"][0]["section"]) for r in found][:1] == [
        ("software-developers", "common_names")
    ]
    found = json.loads(run(*data, "search", "nhân viên lễ tân", "-f", "json").stdout)["results"]
    assert found[0]["role"] == "receptionists-and-information-clerks"
    assert found[0]["hits"][0]["section"] == "title"


def test_the_score_script_measures_the_fixture(imported: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "search_score.py"),
            str(imported),
            "--queries",
            str(ROOT / "tests" / "fixtures" / "search-queries.yaml"),
            "--misses",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "search evaluation: 7 queries, 21 roles"
    assert lines[1] == "  all                    7 queries  top-1  85.7%  top-3  85.7%"
    assert lines[3] == "  without diacritics     2 queries  top-1  50.0%  top-3  50.0%"
    assert lines[-1].startswith("  'ke toan truong': ")
