"""Interview questions for every occupation: the question bank, the choice for a
role (careerpath-questions-1), its reasons, its formats, and what the import
brings for it (work styles and technologies)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
import yaml

from tests.conftest import ONET_FIXTURE, Run, spawn

ROOT = Path(__file__).parents[1]
BANK = ROOT / "careerpath" / "data" / "questions" / "careerpath.yaml"
CSR = "customer-service-representatives"
DEVELOPERS = "software-developers"
LEGISLATORS = "legislators"


def _fixture_rows(table: str) -> list[dict[str, str]]:
    """A table of the O*NET fixture as the source writes it, read with csv."""
    text = (ONET_FIXTURE / f"{table}.txt").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _interview(run: Run, imported: Path, role: str, *args: str) -> dict:  # type: ignore[type-arg]
    result = run("--data-dir", str(imported), "interview", role, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


# --- the bank ------------------------------------------------------------------------


def test_the_bank_asks_three_questions_of_every_work_style_and_skill() -> None:
    """Every element of the vocabulary (the 16 work styles and 35 skills of O*NET
    29.3) has a topic of at least three questions, each with its guidance, in
    both languages; the templates hold their placeholders; eight general ones."""
    from careerpath.importers.onet import vocabulary

    words = vocabulary()
    data = yaml.safe_load(BANK.read_text(encoding="utf-8"))
    topics = {topic.get("element"): topic for topic in data["topics"] if topic.get("element")}
    assert len(words.work_styles) == 16 and len(words.skills) == 35
    for kind, elements in (("work-style", words.work_styles), ("skill", words.skills)):
        for element in elements:
            assert topics[element]["kind"] == kind, element
            assert len(topics[element]["questions"]) >= 3, element
    assert set(topics) == set(words.work_styles) | set(words.skills)
    by_kind = {topic["kind"]: topic for topic in data["topics"] if not topic.get("element")}
    assert len(by_kind["general"]["questions"]) >= 8
    for topic in data["topics"]:
        for item in topic["questions"]:
            for field in ("question", "shows"):
                assert item[field]["en"].strip() and item[field]["vi"].strip(), item
            placeholder = {"task": "{task}", "technology": "{technology}"}.get(topic["kind"])
            if placeholder:
                assert placeholder in item["question"]["en"]
                assert placeholder in item["question"]["vi"]


def test_validate_checks_the_bank(run: Run, tmp_path: Path) -> None:
    """The bundled bank passes; a broken copy gets one warning per problem at its
    line, and a topic of an unknown kind is an error that names its field."""
    good = run("validate", str(BANK), "--strict")
    assert good.exit_code == 0, good.stderr
    assert good.stderr == "careerpath: checked 1 file(s): 0 error(s), 0 warning(s)\n"
    folder = tmp_path / "questions"
    folder.mkdir()
    broken = folder / "mine.yaml"
    broken.write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\ntopics:\n"
        "  - kind: skill\n    questions:\n"
        "      - question: {en: Why?}\n        shows: {en: A, vi: B}\n"
        "  - kind: task\n    questions:\n"
        "      - question: {en: Do it., vi: Làm đi.}\n        shows: {en: A, vi: B}\n",
        encoding="utf-8",
    )
    result = run("validate", str(broken), "-f", "json")
    findings = [
        (item["line"], item["field"], item["message"])
        for item in json.loads(result.stdout)["findings"]
    ]
    assert findings == [
        (5, "topics[0].kind", "a skill topic names no element: no role is asked it"),
        (7, "topics[0].questions[0].question", "no Vietnamese text"),
        (11, "topics[1].questions[0].question.en", "a task question needs {task}"),
        (11, "topics[1].questions[0].question.vi", "a task question needs {task}"),
    ]
    broken.write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\ntopics:\n  - kind: hobby\n    questions: []\n",
        encoding="utf-8",
    )
    result = run("validate", str(broken))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{broken}:5:")
    assert "topics[0].kind" in result.stdout.splitlines()[0]


def test_a_bank_of_ones_own_asks_its_questions_first(run: Run, tmp_path: Path) -> None:
    """A data directory's bank: its general questions before the bundled ones, and
    its question for a skill instead of the bundled ones."""
    (tmp_path / "questions").mkdir()
    (tmp_path / "questions" / "coach.yaml").write_text(
        "format: 1\nid: coach\ntitle: {en: Coach}\ntopics:\n"
        "  - kind: general\n    questions:\n"
        "      - question: {en: Our own opener?, vi: Câu mở đầu của chúng tôi?}\n"
        "        shows: {en: Warmth., vi: Sự thân thiện.}\n",
        encoding="utf-8",
    )
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "quiet.yaml").write_text(
        "format: 1\nid: quiet\ntitle: {en: Quiet}\nsummary: {en: x}\n", encoding="utf-8"
    )
    document = json.loads(
        run("--data-dir", str(tmp_path), "interview", "quiet", "-f", "json").stdout
    )
    suggested = document["suggested"]
    opener = {"en": "Our own opener?", "vi": "Câu mở đầu của chúng tôi?"}
    assert suggested[0]["question"] == opener
    assert suggested[0]["source"]["bank"] == "coach"
    assert {item["source"]["bank"] for item in suggested[1:]} == {"careerpath"}
    assert document["unrated"] == ["work-style", "skill", "task", "technology"]


# --- the import ----------------------------------------------------------------------


def test_the_import_keeps_every_work_style_and_technology(run: Run, imported: Path) -> None:
    """Work styles with their importance, most important first; every technology
    named once, with its flags, in demand first; both as the fixture has them."""
    styles = [row for row in _fixture_rows("Work Styles") if row["O*NET-SOC Code"] == "43-4051.00"]
    technologies = {
        row["Example"]: row
        for row in _fixture_rows("Technology Skills")
        if row["O*NET-SOC Code"] == "43-4051.00"
    }
    role = json.loads(run("--data-dir", str(imported), "show", CSR, "-f", "json").stdout)["role"]
    assert len(role["work_styles"]) == len(styles) == 16
    expected = sorted(styles, key=lambda row: (-float(row["Data Value"]), row["Element Name"]))
    assert [(s["name"]["en"], s["importance"], s["element"]) for s in role["work_styles"]] == [
        (row["Element Name"], float(row["Data Value"]), row["Element ID"]) for row in expected
    ]
    assert role["work_styles"][0]["name"] == {"en": "Dependability", "vi": "Đáng tin cậy"}
    assert len(role["technologies"]) == len(technologies)
    for tech in role["technologies"]:
        row = technologies[tech["name"]]
        assert tech["category"] == row["Commodity Title"]
        assert (tech["hot"], tech["in_demand"]) == (
            row["Hot Technology"] == "Y",
            row["In Demand"] == "Y",
        )
    flags = [(not t["in_demand"], not t["hot"]) for t in role["technologies"]]
    assert flags == sorted(flags)


def test_the_vocabulary_names_every_work_style_of_the_source() -> None:
    from careerpath.importers.onet import vocabulary

    words = vocabulary()
    names = {row["Element ID"]: row["Element Name"] for row in _fixture_rows("Work Styles")}
    assert len(names) == len(words.work_styles) == 16
    for element, name in names.items():
        assert words.work_styles[element].en == name
        assert words.work_styles[element].vi


def test_show_has_the_work_styles_and_technologies(run: Run, imported: Path) -> None:
    args = ("--data-dir", str(imported), "show", CSR, "-s", "work-styles", "-s", "technologies")
    vi = run(*args, "--lang", "vi").stdout
    assert "Phong cách làm việc" in vi and "Đáng tin cậy" in vi and "4,76" in vi
    assert "Công nghệ được săn đón" in vi and "Microsoft Excel · nhu cầu cao" in vi
    en = run(*args).stdout
    assert "Dependability" in en and "Hot technologies" in en and "+" in en
    bare = run("show", "team-lead", "-s", "work-styles", "-s", "technologies").stdout
    assert bare.count("not given") == 2


def test_search_finds_a_role_by_a_technology_it_uses(run: Run, imported: Path) -> None:
    result = run("--data-dir", str(imported), "search", "kubernetes", "-f", "json")
    results = json.loads(result.stdout)["results"]
    assert [r["role"] for r in results] == [DEVELOPERS]
    assert results[0]["hits"][0]["section"] == "technologies"


# --- the choice ------------------------------------------------------------------------


def test_the_representatives_are_asked_of_their_top_work_styles_and_tasks(
    run: Run, imported: Path
) -> None:
    """The five most important work styles of the fixture's representatives, the
    three most important skills, two core tasks and two hot technologies, each
    with the reason O*NET gives for it."""
    document = _interview(run, imported, CSR)
    suggested = document["suggested"]
    assert len(suggested) == 12 and document["questions"] == []
    kinds = [item["basis"]["kind"] for item in suggested]
    assert kinds == ["work-style"] * 5 + ["skill"] * 3 + ["task"] * 2 + ["technology"] * 2
    styles = [row for row in _fixture_rows("Work Styles") if row["O*NET-SOC Code"] == "43-4051.00"]
    top = sorted(styles, key=lambda row: (-float(row["Data Value"]), row["Element Name"]))[:5]
    assert [item["basis"]["topic"]["en"] for item in suggested[:5]] == [
        row["Element Name"] for row in top
    ]
    assert [row["Element Name"] for row in top] == [
        "Dependability",
        "Self-Control",
        "Attention to Detail",
        "Stress Tolerance",
        "Integrity",
    ]
    stress = suggested[3]
    assert stress["reason"]["en"] == (
        "O*NET rates the work style Stress Tolerance 4.57 of 5 for this occupation"
    )
    assert stress["reason"]["vi"] == (
        "O*NET chấm phong cách làm việc “Chịu được áp lực” 4,57/5 với nghề này"
    )
    assert stress["source"] == {
        "bank": "careerpath",
        "method": "careerpath-questions-1",
        "derived": True,
    }
    core = [
        row["Task"]
        for row in _fixture_rows("Task Statements")
        if row["O*NET-SOC Code"] == "43-4051.00" and row["Task Type"] == "Core"
    ]
    for item in suggested[8:10]:
        assert item["basis"]["topic"]["en"] in core
        assert item["basis"]["topic"]["en"].rstrip(".") in item["question"]["en"]
        assert item["reason"]["en"] == "a task O*NET lists under “Core tasks”"
    for item in suggested[10:]:
        assert item["basis"]["hot"] is True
        assert item["basis"]["topic"]["en"] in item["question"]["vi"]
    assert document["unrated"] == []


def test_the_same_role_gets_the_same_questions(run: Run, imported: Path) -> None:
    args = ("--data-dir", str(imported), "interview", CSR)
    assert run(*args).stdout == run(*args).stdout
    assert run(*args, "--lang", "vi").stdout == run(*args, "--lang", "vi").stdout


def test_the_table_says_why_in_vietnamese(run: Run, imported: Path) -> None:
    out = run("--data-dir", str(imported), "interview", CSR, "--lang", "vi").stdout
    assert "Câu hỏi careerpath chọn" in out and "Suy ra, không phải câu hỏi được ghi nhận" in out
    assert "Lý do: O*NET chấm phong cách làm việc “Đáng tin cậy” 4,76/5" in out
    assert "Câu trả lời tốt cần cho thấy:" in out


def test_software_developers_are_asked_about_a_hot_technology(run: Run, imported: Path) -> None:
    """No work styles or skills in O*NET for this occupation: its tasks and its hot
    technologies, and the output says what its data gave nothing for."""
    document = _interview(run, imported, DEVELOPERS)
    technologies = [i for i in document["suggested"] if i["basis"]["kind"] == "technology"]
    assert technologies and all(item["basis"]["hot"] for item in technologies)
    assert document["unrated"] == ["work-style", "skill"]
    kinds = [item["basis"]["kind"] for item in document["suggested"]]
    assert kinds == ["task"] * 6 + ["technology"] * 4 + ["general"] * 2
    out = run("--data-dir", str(imported), "interview", DEVELOPERS).stdout
    assert "Nothing to choose by in this role's data: work styles, skill ratings." in out


def test_a_role_without_work_styles_says_so_plainly(run: Run, imported: Path) -> None:
    document = _interview(run, imported, LEGISLATORS)
    assert document["unrated"][:1] == ["work-style"]
    assert "work-style" not in {item["basis"]["kind"] for item in document["suggested"]}
    vi = run("--data-dir", str(imported), "interview", LEGISLATORS, "--lang", "vi").stdout
    assert "Dữ liệu của vị trí này không có gì để chọn câu hỏi theo: phong cách làm việc" in vi


def test_a_bundled_role_keeps_its_questions_and_gains_its_occupations(
    run: Run, imported: Path
) -> None:
    """team-lead's page questions come first, untouched; then the work styles and
    skills of its occupation by code (43-1011.00, in the fixture), said so."""
    bundled = json.loads(run("interview", "team-lead", "-f", "json").stdout)
    document = _interview(run, imported, "team-lead")
    assert document["questions"] == bundled["questions"]
    assert document["common_questions"] == bundled["common_questions"]
    kinds = [item["basis"]["kind"] for item in document["suggested"]]
    assert kinds[:5] == ["work-style"] * 5
    first = document["suggested"][0]
    assert first["basis"]["occupation"] == (
        "first-line-supervisors-of-office-and-administrative-support-workers"
    )
    assert first["reason"]["en"].endswith(
        "for First-Line Supervisors of Office and Administrative Support Workers, "
        "this role's occupation by its code"
    )
    # without the import: the page's duties and general questions, and a hint
    assert bundled["unrated"] == ["work-style", "skill", "technology"]
    assert {item["basis"]["kind"] for item in bundled["suggested"]} == {"task", "general"}
    assert (
        "careerpath import onet rates them by this role's code (43-1011)."
        in run("interview", "team-lead").stdout
    )


def test_limit_keeps_the_first_questions(run: Run, imported: Path) -> None:
    three = json.loads(run("interview", "team-lead", "--limit", "3", "-f", "json").stdout)
    assert len(three["questions"]) == 3 and three["suggested"] == []
    six = _interview(run, imported, "team-lead", "--limit", "6")
    assert (len(six["questions"]), len(six["common_questions"]), len(six["suggested"])) == (4, 2, 0)
    csr = _interview(run, imported, CSR, "-n", "2")
    assert [item["basis"]["topic"]["en"] for item in csr["suggested"]] == [
        "Dependability",
        "Self-Control",
    ]
    table = run("--data-dir", str(imported), "interview", CSR, "-n", "2").stdout
    assert "(2 of 12 questions)" in " ".join(table.splitlines()[:2])


@pytest.mark.parametrize("output", ["csv", "markdown", "yaml"])
def test_every_format_carries_the_reason_and_the_source(
    run: Run, imported: Path, output: str
) -> None:
    out = run("--data-dir", str(imported), "interview", CSR, "-f", output).stdout
    if output == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [row["kind"] for row in rows] == ["suggested"] * 12
        assert rows[0]["reason_en"].startswith("O*NET rates the work style Dependability 4.76")
        assert rows[0]["shows_vi"] and rows[0]["question_vi"]
        assert {(row["source"], row["method"]) for row in rows} == {
            ("careerpath", "careerpath-questions-1")
        }
    elif output == "markdown":
        assert "### Chosen by careerpath\n" in out
        assert "Why: O\\*NET rates the work style Dependability 4.76 of 5" in out
        assert "*A strong answer shows:* " in out
    else:
        document = yaml.safe_load(out)
        assert document["suggested"][0]["source"]["method"] == "careerpath-questions-1"


def test_practice_drills_the_chosen_questions(imported: Path) -> None:
    child = spawn("--data-dir", str(imported), "interview", CSR, "--practice")
    child.expect("Question 1 of 12")
    child.expect("Chosen by careerpath")
    child.expect("Why: O\\*NET rates the work style Dependability")
    child.expect("Enter: what a strong answer shows")
    child.send("\r")
    child.expect("A strong answer shows: ")
    child.send("n")
    child.expect("Question 2 of 12")
    child.send("q")
    child.expect(r"Practised 2 of 12 questions; looked at 1 sample answer\(s\) or guide\(s\)\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_the_score_script_measures_the_fixture(imported: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "interview_score.py"), str(imported)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "coverage: 11 imported occupations"
    assert lines[1] == "  8+ questions in both languages: 11/11 (100.0%)"
    # the fixture's team lead borrows the supervisors' ratings, as on a full import
    assert "  team-lead: Have you managed a customer-care team… covered" in lines
    assert lines[-1].startswith("known cases covered: ")


def test_the_bank_is_read_from_the_record_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing the bank's YAML costs 45 ms of every interview: once read, it comes
    from the record cache, as a looked-up role does."""
    from careerpath import index
    from careerpath.catalog import Catalog, bundled_data_dir
    from careerpath.model import QuestionBank

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert index.cached_record(BANK, QuestionBank) is None
    first = Catalog([bundled_data_dir()], use_index=True).question_banks()
    assert index.cached_record(BANK, QuestionBank) == first[0]
    assert Catalog([bundled_data_dir()], use_index=True).question_banks() == first
