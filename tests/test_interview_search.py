"""`interview` (with the drill, through a real pseudo-terminal), `search`, look-up by
any name, languages and shell completion."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from syrupy.assertion import SnapshotAssertion

from careerpath.catalog import bundled_data_dir
from careerpath.model import Text
from careerpath.render.labels import local
from tests.conftest import Run, spawn, subprocess_env

BIN = Path(sys.executable).parent


# --- interview ---------------------------------------------------------------


def test_interview_director_json_has_companies_ratings_dates(run: Run) -> None:
    result = run("interview", "service-director", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["total"] == 10 + 12  # the page's, then careerpath's
    assert len(document["suggested"]) == 12
    assert [
        (q["company"], q["company_rating"], q["date"], q["sample_answer"])
        for q in document["questions"]
    ] == [
        ("DB Schenker", 3.5, "2023-11-02", None),
        ("Episerver R&D", 4.6, "2023-11-20", None),
        ("Insiders Co., Ltd.", 4.9, "2023-11-02", None),
        ("Appier", 5.0, "2023-11-02", None),
    ]
    assert len(document["common_questions"]) == 6


def test_interview_table_shows_sample_answers_or_says_none(run: Run) -> None:
    lead = run("interview", "team-lead").stdout
    assert lead.count("Sample answer:") == 4
    assert "1900.com.vn · 2023-11-09 · 1 answer" in lead
    director = run("interview", "service-director").stdout
    assert director.count("no sample answer") == 4
    assert "Common questions" in director


def test_interview_company_filter_ignores_case_and_accents(run: Run) -> None:
    document = json.loads(
        run("interview", "service-director", "--company", "schenker", "-f", "json").stdout
    )
    assert [q["company"] for q in document["questions"]] == ["DB Schenker"]
    assert document["common_questions"] == []


@pytest.mark.parametrize("seed", ["1", "2", "42"])
def test_interview_random_is_reproducible(run: Run, seed: str) -> None:
    args = ("interview", "team-lead", "--random", "3", "--seed", seed, "-f", "csv")
    first, second = run(*args).stdout, run(*args).stdout
    assert first == second
    rows = list(csv.DictReader(io.StringIO(first)))
    assert len(rows) == 3
    assert len({row["question_en"] for row in rows}) == 3


def test_interview_random_more_than_there_are(run: Run) -> None:
    document = json.loads(
        run("interview", "team-lead", "--random", "50", "--seed", "1", "-f", "json").stdout
    )
    assert len(document["questions"]) + len(document["common_questions"]) == 8


def test_seed_needs_random(run: Run) -> None:
    result = run("interview", "team-lead", "--seed", "3")
    assert result.exit_code == 2
    assert "--seed goes with --random" in result.stderr


def test_interview_markdown(run: Run) -> None:
    out = run("interview", "team-lead", "-f", "markdown").stdout
    assert out.startswith("## Customer Care Team Lead `team-lead`\n")
    # four questions, the common-questions heading, careerpath's heading and its twelve
    assert out.count("\n### ") == 4 + 1 + 1 + 12
    reported, chosen = out.split("\n### Chosen by careerpath\n")
    assert reported.count("\n### ") == 5 and chosen.count("\n### ") == 12
    assert "\n*A strong answer shows:* " in chosen and "\n> " not in chosen
    assert "> My starting salary was 9 million VND a month" in out


def test_practice_refuses_without_a_terminal() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "interview", "team-lead", "--practice"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        result.stderr == "careerpath: --practice needs an interactive terminal; stdin is not one\n"
    )


def test_practice_drill_in_a_pseudo_terminal() -> None:
    child = spawn(
        "interview", "team-lead", "--practice", "--random", "3", "--seed", "5", dimensions=(40, 100)
    )
    from careerpath.catalog import Catalog
    from careerpath.interview import Suggested, choose
    from careerpath.model import Question

    catalog = Catalog()
    role = catalog.role("team-lead")
    chosen = choose(role, pick=3, seed=5, banks=catalog.question_banks())
    first = [*chosen.questions, *chosen.common_questions, *chosen.suggested][0]
    answer = first.sample_answer if isinstance(first, Question) else None
    if isinstance(first, Suggested):
        answer = first.shows
    revealed = " ".join(answer.en.split()[:4]) if answer and answer.en else "no sample answer"
    child.expect("Question 1 of 3")
    child.expect("q: quit")
    child.send("\r")  # reveal
    child.expect_exact(revealed)
    child.send("n")
    child.expect("Question 2 of 3")
    child.send("n")
    child.expect("Question 3 of 3")
    child.send("q")
    child.expect(r"Practised 3 of 3 questions; looked at [01] sample answer\(s\) or guide\(s\)\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def _drill_length(role: str) -> int:
    from careerpath.catalog import Catalog
    from careerpath.interview import choose

    catalog = Catalog()
    return choose(catalog.role(role), banks=catalog.question_banks()).count


def test_practice_quits_at_once(tmp_path: Path) -> None:
    total = _drill_length("service-director")
    assert total == 10 + 12  # the page's ten, then careerpath's twelve
    child = spawn("interview", "service-director", "--practice")
    child.expect(f"Question 1 of {total}")
    child.expect("no sample answer · Enter or n: next question")
    child.send("\r")  # no sample answer to show: on to the next question
    child.expect(f"Question 2 of {total}")
    child.send("q")
    child.expect(
        rf"Practised 2 of {total} questions; looked at 0 sample answer\(s\) or guide\(s\)\."
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


# --- search ------------------------------------------------------------------


def _search(run: Run, query: str) -> list[dict]:  # type: ignore[type-arg]
    result = run("search", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["query"] == query
    return document["results"]  # type: ignore[no-any-return]


def test_search_truong_nhom_lists_team_lead_first(run: Run) -> None:
    results = _search(run, "truong nhom")
    assert results[0]["role"] == "team-lead"
    best = results[0]["hits"][0]
    assert best["section"] == "title"
    assert best["snippet"][best["start"] : best["end"]] == "Trưởng nhóm"


def test_search_giam_doc_finds_the_director_roles(run: Run) -> None:
    roles = [result["role"] for result in _search(run, "giam doc")]
    assert set(roles[:4]) == {
        "service-director",
        "customer-care-director",
        "business-director",
        "chief-executive",
    }


@pytest.mark.parametrize(
    "query", ["Trưởng nhóm", "TRƯỞNG NHÓM", "truong nhom", "Trưởng nhóm", "trUONg  nhóm!"]
)
def test_search_ignores_case_accents_and_normal_form(run: Run, query: str) -> None:
    assert _search(run, query)[0]["role"] == "team-lead"


def test_search_title_and_alias_hits_rank_first(run: Run) -> None:
    results = _search(run, "director")
    sections = [result["hits"][0]["section"] for result in results]
    assert sections == sorted(sections, key=lambda s: s not in {"title", "aliases"})


def test_search_finds_requirements_interviews_and_faq(run: Run) -> None:
    assert _search(run, "CRM")[0]["hits"][0]["section"] == "requirements"
    assert _search(run, "schenker")[0]["hits"][0]["section"] == "interview"
    assert _search(run, "promotion path")[0]["hits"][0]["section"] == "faq"


def test_search_with_no_result(run: Run) -> None:
    result = run("search", "astronaut")
    assert result.exit_code == 0
    assert "no role matches 'astronaut'" in result.stdout
    assert _search(run, "astronaut") == []


def test_search_csv_has_a_row_per_match(run: Run) -> None:
    rows = list(csv.DictReader(io.StringIO(run("search", "giam doc", "-f", "csv").stdout)))
    assert rows[0]["role"] == "service-director"
    for row in rows:
        start, end = int(row["match_start"]), int(row["match_end"])
        assert start < end <= len(row["snippet"])


# --- look-up everywhere, languages --------------------------------------------


@pytest.mark.parametrize(
    "name", ["Trưởng nhóm Chăm sóc Khách hàng", "truong nhom cham soc khach hang", "cs-team-lead"]
)
@pytest.mark.parametrize(
    "command",
    [["show"], ["ladder"], ["salary"], ["compare", "service-director"], ["interview"]],
)
def test_every_command_looks_roles_up_by_any_name(run: Run, command: list[str], name: str) -> None:
    result = run(*command, name, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "team-lead" in result.stdout


def test_path_looks_roles_up_by_title(run: Run) -> None:
    result = run(
        "path", "nhan vien cham soc khach hang", "Trưởng nhóm Chăm sóc Khách hàng", "-f", "json"
    )
    assert json.loads(result.stdout)["end"] == "team-lead"


@pytest.mark.parametrize(
    "command", [["show"], ["interview"], ["salary"], ["ladder"], ["path", "team-lead"]]
)
def test_unknown_name_gets_suggestions_everywhere(run: Run, command: list[str]) -> None:
    result = run(*command, "team-laed")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "did you mean: team-lead" in result.stderr


def test_show_headings_follow_the_language(run: Run) -> None:
    vi = run("show", "team-lead", "--lang", "vi").stdout
    en = run("show", "team-lead", "--lang", "en").stdout
    for heading in ("Tóm tắt", "Mô tả công việc", "Mức lương", "Câu hỏi phỏng vấn", "Nguồn"):
        assert heading in vi and heading not in en
    for heading in ("Summary", "Duties", "Salary", "Interview questions", "Sources"):
        assert heading in en


def test_language_from_environment(run: Run) -> None:
    assert (
        "Tổng quan" in run("show", "team-lead", "-s", "stats", env={"CAREERPATH_LANG": "vi"}).stdout
    )
    assert (
        "Tổng quan" in run("show", "team-lead", "-s", "stats", env={"LC_ALL": "vi_VN.UTF-8"}).stdout
    )
    english = run(
        "show", "team-lead", "-s", "stats", env={"LANG": "vi_VN", "CAREERPATH_LANG": "en"}
    )
    assert "At a glance" in english.stdout


def test_missing_translation_falls_back_marked() -> None:
    assert local(Text(vi="Chỉ tiếng Việt"), "en") == "Chỉ tiếng Việt [vi]"
    assert local(Text(en="English only"), "vi") == "English only [en]"
    assert local(Text(vi="Có", en="Yes"), "vi") == "Có"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_interview_golden(run: Run, golden: SnapshotAssertion, lang: str) -> None:
    assert run("interview", "service-director", "--lang", lang).stdout == golden


@pytest.mark.parametrize("width", [80, 40])
def test_search_golden(run: Run, golden: SnapshotAssertion, width: int) -> None:
    result = run("search", "giam doc", env={"COLUMNS": str(width)})
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert result.stdout == golden


# --- shell completion, through bash's own completion protocol -----------------


def _bash_complete(words: str) -> list[str]:
    """Source careerpath's bash completion and ask it to complete ``words``.

    The script is the one ``careerpath --show-completion`` prints in bash, made by
    the same Typer function, so that no shell need be among the test's ancestors
    for Typer to detect.
    """
    from typer._completion_shared import get_completion_script

    script = get_completion_script(
        prog_name="careerpath", complete_var="_CAREERPATH_COMPLETE", shell="bash"
    )
    words_list = words.split(" ")
    program = f"""
{script}
COMP_WORDS=({" ".join(repr(word) for word in words_list)})
COMP_CWORD={len(words_list) - 1}
_careerpath_completion careerpath
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        capture_output=True,
        text=True,
        env=subprocess_env(PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}"),
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line]


def test_completes_role_ids() -> None:
    assert _bash_complete("careerpath show te") == [
        "team-lead",
        "tech-support-specialist",  # an alias
        "technical-support-specialist",
    ]


def test_completes_ladder_and_role_ids() -> None:
    assert _bash_complete("careerpath ladder se") == [
        "service",
        "service-director",
        "service-manager",  # service-director's alias
    ]


def test_completes_section_names() -> None:
    assert _bash_complete("careerpath show team-lead --section s") == [
        "summary",
        "stats",
        "salary",
        "sources",
    ]


def test_completes_commands() -> None:
    assert "interview" in _bash_complete("careerpath i")


@pytest.mark.parametrize(
    ("args", "english", "vietnamese"),
    [
        (["show", "team-laed"], "unknown role 'team-laed'; did you mean", "không có vị trí"),
        (["ladder", "nope"], "unknown ladder or role", "không có lộ trình hay vị trí"),
        (["path", "team-lead", "customer-care-agent"], "no route from", "không có đường đi từ"),
        (["interview", "team-lead", "--seed", "1"], "--seed goes with --random", "đi cùng"),
        (
            ["interview", "team-lead", "--practice", "-f", "json"],
            "--practice is interactive",
            "--practice là chế độ tương tác",
        ),
        (["validate", str(bundled_data_dir())], "checked 13 file(s)", "đã kiểm tra 13 tệp"),
    ],
)
def test_messages_follow_the_language(
    run: Run, args: list[str], english: str, vietnamese: str
) -> None:
    assert english in run(*args, "--lang", "en").stderr
    assert vietnamese in run(*args, "--lang", "vi").stderr
    assert vietnamese in run(*args, env={"CAREERPATH_LANG": "vi"}).stderr


def test_completes_the_new_commands_and_options() -> None:
    assert _bash_complete("careerpath related te") == [
        "team-lead",
        "tech-support-specialist",
        "technical-support-specialist",
    ]
    assert _bash_complete("careerpath list --ladder s") == ["service"]
    assert _bash_complete("careerpath list --source b") == ["bundled"]
    assert _bash_complete("careerpath match --education high") == ["high-school"]
    assert "match" in _bash_complete("careerpath m")


def test_ctrl_d_ends_the_drill_like_q() -> None:
    total = _drill_length("service-director")
    child = spawn("interview", "service-director", "--practice")
    child.expect(f"Question 1 of {total}")
    child.send("\r")  # the drill is reading keys now: on to the next question
    child.expect(f"Question 2 of {total}")
    child.sendcontrol("d")
    child.expect(
        rf"Practised 2 of {total} questions; looked at 0 sample answer\(s\) or guide\(s\)\."
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_key_typed_ahead_is_not_lost() -> None:
    """A key pressed while the question is still printing counts: the terminal is
    made raw without flushing it (Typer's reader flushed it, and a Ctrl-D sent as
    soon as a question showed was lost now and then)."""
    total = _drill_length("service-director")
    child = spawn("interview", "service-director", "--practice")
    child.send("n")  # before the first question has shown
    child.expect(f"Question 2 of {total}")
    child.sendcontrol("d")
    child.expect(f"Practised 2 of {total} questions")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_practice_without_questions_says_so(run: Run, tmp_path: Path) -> None:
    role = tmp_path / "roles" / "quiet.yaml"
    role.parent.mkdir(parents=True)
    role.write_text("format: 1\nid: quiet\ntitle: {en: Quiet}\nsummary: {en: x}\n")
    # careerpath's general questions are asked of every role, but name no company
    child = spawn(
        "--data-dir", str(tmp_path), "interview", "quiet", "--practice", "--company", "acme"
    )
    child.expect("careerpath: quiet has no interview question to practise")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_company_that_matches_nothing_is_said(run: Run) -> None:
    result = run("interview", "team-lead", "--company", "xyz")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == ("  no question comes from a company matching 'xyz'")
    assert (
        json.loads(run("interview", "team-lead", "--company", "xyz", "-f", "json").stdout)[
            "questions"
        ]
        == []
    )


@pytest.mark.parametrize("query", ["", "   ", "!!"])
def test_an_empty_search_is_a_usage_error(run: Run, query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "careerpath: give words to search for (letters or digits)\n"


def test_the_drill_offers_a_sample_answer_only_where_there_is_one() -> None:
    """A question with a sample answer: Enter shows it. One without (every common
    question): the keys say so, and Enter goes straight to the next question."""
    from rich.console import Console

    from careerpath.catalog import Catalog, bundled_data_dir
    from careerpath.interview import choose
    from careerpath.practice import drill

    role = Catalog([bundled_data_dir()], use_index=False).role("team-lead")
    chosen = choose(role)
    asked = len(chosen.questions)
    console = Console(record=True, width=100, color_system=None)
    keys = iter(["\r", "n"] * asked + ["\r"] * len(chosen.common_questions))
    seen, revealed = drill(console, chosen, "en", lambda: next(keys))
    text = console.export_text()
    assert (seen, revealed) == (asked + len(chosen.common_questions), asked)
    assert text.count("Enter: show the sample answer") == asked
    assert text.count("no sample answer · Enter or n: next question") == len(
        chosen.common_questions
    )


def test_completion_reads_the_data_dir_on_the_line(tmp_path: Path) -> None:
    """`careerpath --data-dir ./hr show pip<TAB>` offers hr's roles, with aliases."""
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "pipe-dev.yaml").write_text(
        "format: 1\nid: pipe-dev\naliases: [pipeline-dev]\ntitle: {en: Pipeline Dev}\n"
        "summary: {en: x}\n",
        encoding="utf-8",
    )
    words = f"careerpath --data-dir {tmp_path} show pipe"
    assert _bash_complete(words) == ["pipe-dev", "pipeline-dev"]
    assert _bash_complete("careerpath show pipe") == []


def _completion_output(shell: str, words: str) -> str:
    env = subprocess_env(
        PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}",
        _CAREERPATH_COMPLETE=f"complete_{shell}",
        _TYPER_COMPLETE_ARGS=words,
        _TYPER_COMPLETE_FISH_ACTION="get-args",
    )
    return subprocess.run(
        [str(BIN / "careerpath")], env=env, capture_output=True, text=True, check=True
    ).stdout


def test_zsh_and_fish_show_titles_and_help_as_written(tmp_path: Path) -> None:
    """Beside each name its title; help keeps "[default: …]", brackets and apostrophes
    (Typer's own completion read them as markup and lost them)."""
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "pipe-dev.yaml").write_text(
        "format: 1\nid: pipe-dev\ntitle: {en: \"Pipeline Dev [senior] 'A'\"}\nsummary: {en: x}\n",
        encoding="utf-8",
    )
    fish = _completion_output("fish", f"careerpath --data-dir {tmp_path} show pipe")
    assert fish.splitlines() == ["pipe-dev\tPipeline Dev [senior] 'A'"]
    fish = _completion_output("fish", "careerpath show --ex")
    assert fish == "--export\tAlso save the table as SVG, HTML or text, by FILE's extension.\n"
    zsh = _completion_output("zsh", "careerpath show --ti")
    assert zsh == (
        '_arguments \'*: :(("--title":"The title of an --export '
        "[default\\\\: the command, without folders].\"))'\n"
    )
    zsh = _completion_output("zsh", f"careerpath --data-dir {tmp_path} show pipe")
    assert "Pipeline Dev [senior] '\\''A'\\''" in zsh


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
def test_zsh_reads_the_help_back_whole(tmp_path: Path) -> None:
    """zsh evaluates the completion line as its script does: what `_arguments` gets
    keeps the apostrophe and the brackets."""
    script = (
        '_arguments() { print -r -- "$1" }\n'
        f"eval $(env _TYPER_COMPLETE_ARGS='careerpath show --ex' "
        f"_CAREERPATH_COMPLETE=complete_zsh {BIN / 'careerpath'})\n"
    )
    result = subprocess.run(
        ["zsh", "-f", "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=subprocess_env(),
    )
    assert "by FILE's extension." in result.stdout
