"""`careerpath match`: ranking roles for a person, with the reasons, in every format."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

import msgspec
import pexpect
import pytest

from careerpath.cli import EDUCATION_CHOICES
from careerpath.match import (
    Education,
    MatchProfile,
    Person,
    interest_code,
    rank,
)
from careerpath.model import Interests, Text
from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"


def _match(run: Run, *args: str) -> dict[str, Any]:
    data, rest = (args[:2], args[2:]) if args[:1] == ("--data-dir",) else ((), args)
    result = run(*data, "match", *rest, "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    return document


def _profile(role: str, **scores: float) -> MatchProfile:
    interests = msgspec.convert(scores, Interests)
    return MatchProfile(
        role,
        Text(en=role),
        interests,
        None,
        [],
        [],
        None,
    )


def test_interest_score_is_the_cosine_of_the_shapes() -> None:
    scores = {"realistic": 2.05, "investigative": 1.62, "artistic": 1.0, "social": 3.84,
              "enterprising": 5.11, "conventional": 6.16}  # fmt: skip
    found = rank([_profile("csr", **scores)], Person(interests="CES")).results[0]
    role = [scores[a] - 1 for a in ("conventional", "enterprising", "social")]
    everything = math.sqrt(sum((value - 1) ** 2 for value in scores.values()))
    expected = (3 * role[0] + 2 * role[1] + role[2]) / (everything * math.sqrt(14))
    assert found.reasons[0].score == round(expected, 4) == 0.9737
    assert found.score == 97.4


def test_the_code_order_matters() -> None:
    flat = {"realistic": 1, "investigative": 1, "artistic": 1}
    conventional = _profile("c", **flat, social=2, enterprising=3, conventional=7)
    social = _profile("s", **flat, social=7, enterprising=3, conventional=2)
    ranked = rank([social, conventional], Person(interests="CES"))
    assert [m.role for m in ranked.results] == ["c", "s"]
    assert [m.role for m in rank([social, conventional], Person(interests="SEC")).results] == [
        "s",
        "c",
    ]


def test_years_by_span_and_by_distribution(run: Run, imported: Path) -> None:
    bundled = {m["role"]: m for m in _match(run, "--years", "3")["results"]}
    assert bundled["team-lead"]["score"] == 100.0  # 3 is within 2–4: ready now
    assert bundled["service-director"]["score"] == 90.0  # 5–7 starts 2 years on: soon
    assert bundled["customer-care-agent"]["score"] == 80.0  # 0–2 ended a year before
    # no years of its own: its step on the cs ladder, 1–3
    specialist = bundled["customer-care-specialist"]["reasons"][0]
    assert specialist == {
        "criterion": "years",
        "score": 1.0,
        "detail": {"span": "1-3", "derived": False, "when": "now"},
    }
    assert bundled["chief-executive"]["reasons"][0]["detail"]["span"] == "15+"  # ladder service
    csr = next(
        m
        for m in _match(run, "--data-dir", str(imported), "--years", "3", "-n", "0")["results"]
        if m["role"] == "customer-service-representatives"
    )
    # the median of the fixture's experience answers is in the 12–24 month bracket
    assert csr["reasons"][0]["detail"] == {"span": "1-2", "derived": True, "when": "past"}
    assert csr["score"] == 80.0
    # no experience answers in O*NET: no data, counted as 0, never a full match
    developers = next(
        m
        for m in _match(run, "--data-dir", str(imported), "--years", "3", "-n", "0")["results"]
        if m["role"] == "software-developers"
    )
    assert (developers["missing"], developers["score"]) == (["years"], 0.0)


def test_pay_and_education(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    results = _match(run, *data, "--min-pay", "45k-usd/year", "-n", "0")["results"]
    by_role = {m["role"]: m for m in results}
    assert by_role["customer-service-representatives"]["reasons"][0]["score"] == 0.5
    assert by_role["software-developers"]["reasons"][0]["score"] == 1.0
    assert by_role["team-lead"]["missing"] == ["pay"]  # VND: never compared with USD
    education = _match(run, *data, "--education", "high-school", "-n", "0")["results"]
    csr = next(m for m in education if m["role"] == "customer-service-representatives")
    assert csr["reasons"][0]["detail"] == {"share": 54.76}  # 0% + 54.76% at levels 1–2
    # every level: the fixture's percents add up to 100.01, said as 100
    doctorate = _match(run, *data, "--education", "doctorate", "-n", "0")["results"]
    csr = next(m for m in doctorate if m["role"] == "customer-service-representatives")
    assert csr["reasons"][0] == {"criterion": "education", "score": 1.0, "detail": {"share": 100}}


def test_roles_without_the_data_rank_last_and_say_so(run: Run, imported: Path) -> None:
    document = _match(run, "--data-dir", str(imported), "--interests", "CES", "-n", "0")
    missing = [m["missing"] for m in document["results"]]
    first_missing = missing.index(["interests"])
    assert all(item == [] for item in missing[:first_missing])
    assert all(item == ["interests"] for item in missing[first_missing:])
    assert document["results"][0]["role"] == "customer-service-representatives"
    table = run("--data-dir", str(imported), "match", "--interests", "CES", "-n", "0").stdout
    assert "no data for: interests" in table


def test_table_shows_reasons(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    result = run(*data, "match", "--interests", "CES", "--years", "1", "-n", "1")
    assert result.stdout.startswith("1 of 21 roles, best first, for interests, experience\n")
    # the mean of its two reasons: (0.9737 + 1) / 2
    assert result.stdout.splitlines()[1:] == [
        "1. customer-service-representatives — Customer Service Representatives  98.7%",
        "   interests 97.4%: code CES; shares C, E, S (C 6.16 · E 5.11 · S 3.84)",
        "   experience 100.0%: typically starts at 1–2 years (derived); you are ready now",
    ]
    vietnamese = run(
        "--data-dir", str(imported), "match", "--interests", "CES", "-n", "1", "--lang", "vi"
    ).stdout
    assert "sở thích 97,4%: mã CES; trùng C, E, S (C 6,16 · E 5,11 · S 3,84)" in vietnamese


def test_csv_and_markdown(run: Run, imported: Path) -> None:
    data = ("--data-dir", str(imported))
    rows = list(
        csv.DictReader(
            io.StringIO(
                run(*data, "match", "--interests", "CES", "--years", "1", "-f", "csv").stdout
            )
        )
    )
    assert rows[0] == {
        "rank": "1",
        "role": "customer-service-representatives",
        "title_vi": "Nhân viên dịch vụ khách hàng",  # careerpath's translation
        "title_en": "Customer Service Representatives",
        "score": "98.7",
        "interests": "0.9737",
        "years": "1.0",
        "pay": "",
        "education": "",
        "missing": "",
    }
    assert rows[-1]["missing"] == "interests"  # every bundled role has years, on a ladder
    assert rows[-1]["score"] in {"0.0", "50.0"}  # no data for interests counts as 0
    markdown = run("match", "--years", "3", "-n", "1", "-f", "markdown").stdout
    assert markdown.splitlines()[2].startswith("1. `team-lead` — Customer Care Team Lead  100.0%")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give at least one of --interests, --years, --min-pay, --education"),
        (["--interests", "CXS"], "--interests 'CXS': one to three different letters of RIASEC"),
        (["--interests", "CCS"], "--interests 'CCS'"),
        (["--education", "phd"], "--education 'phd': choose none, high-school"),
        (["--min-pay", "lots"], "--min-pay 'lots'"),
    ],
)
def test_bad_input_is_a_usage_error(run: Run, args: list[str], message: str) -> None:
    result = run("match", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_interest_code_and_education_names() -> None:
    assert interest_code(" ces ") == "CES"
    for bad in ("", "CESR", "X", "CC"):
        with pytest.raises(ValueError):
            interest_code(bad)
    assert Education.BACHELOR.category == 6  # O*NET's category for a bachelor's degree
    assert [level.value for level in Education] == list(EDUCATION_CHOICES)


# --- the quiz -------------------------------------------------------------------------------


def test_quiz_scores_and_code() -> None:
    from careerpath.quiz import code, scores, statements

    items = statements()
    assert len(items) == 24
    assert {item.area for item in items} == {
        "realistic",
        "investigative",
        "artistic",
        "social",
        "enterprising",
        "conventional",
    }
    answers = ["like" if item.area == "social" else "dislike" for item in items]
    answers[[item.area for item in items].index("artistic")] = "unsure"
    found = scores(items, answers)
    assert found == {"realistic": 0, "investigative": 0, "artistic": 1, "social": 8,
                     "enterprising": 0, "conventional": 0}  # fmt: skip
    assert code(found) == "SA"
    assert code(dict.fromkeys(found, 0)) == ""
    tied = dict.fromkeys(found, 4)
    assert code(tied) == "RIA"  # ties in RIASEC order


def test_the_quiz_says_when_answers_do_not_separate_the_areas() -> None:
    """ "unsure" to everything ties all six areas; a tie across the code's third
    letter is said too; a code that holds every area of its score is not."""
    from careerpath.quiz import tied

    areas = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
    assert tied(dict.fromkeys(areas, 4)) == list(areas)
    assert tied(dict(zip(areas, (8, 6, 4, 4, 0, 0), strict=True))) == ["artistic", "social"]
    assert tied(dict(zip(areas, (8, 6, 4, 2, 0, 0), strict=True))) == []
    assert tied(dict(zip(areas, (8, 8, 0, 0, 0, 0), strict=True))) == []  # RI: nothing left out
    assert tied(dict.fromkeys(areas, 0)) == []


def test_the_quiz_with_every_answer_unsure_says_so() -> None:
    child = _quiz()
    for index in range(1, 25):
        child.expect(f"Statement {index} of 24")
        child.send("u")
    child.expect("Interest code: RIA")
    child.expect("Your answers do not tell these areas apart: Realistic, Investigative,")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_quiz_statements_are_onets_general_activities() -> None:
    from careerpath.quiz import STATEMENTS

    text = STATEMENTS.read_text(encoding="utf-8")
    assert "Used under the CC BY 4.0 license" in text
    assert "Interests Illustrative Activities" in text


def _quiz(*args: str, lang: str = "en") -> Any:
    from tests.conftest import spawn

    return spawn("match", "--quiz", "-n", "2", *args, "--lang", lang, dimensions=(40, 100))


def test_quiz_in_a_pseudo_terminal() -> None:
    from careerpath.quiz import code, scores, statements

    items = statements()
    keys = {"social": "l", "enterprising": "u", "conventional": "l"}
    child = _quiz()
    for index, item in enumerate(items, start=1):
        child.expect(f"Statement {index} of 24")
        child.expect("l: like · u: unsure · d: dislike · q: quit")
        child.send(keys.get(item.area, "d"))
    answers = [{"l": "like", "u": "unsure", "d": "dislike"}[keys.get(i.area, "d")] for i in items]
    expected = code(scores(items, answers))
    assert expected == "SCE"
    child.expect("Your interests")
    child.expect("S  Social        ████████████████████ 8/8")
    child.expect(f"Interest code: {expected}")
    child.expect("2 of 10 roles, best first, for interests")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_quiz_in_vietnamese_takes_vietnamese_keys() -> None:
    child = _quiz(lang="vi")
    child.expect("Câu 1/24")
    child.expect("t: thích · c: chưa chắc · k: không thích · q: thoát")
    child.send("t")
    child.expect("Câu 2/24")
    child.send("q")
    child.expect("đã rời bài trắc nghiệm trước khi xong; chưa xếp hạng gì")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_quiz_ctrl_c_leaves_cleanly() -> None:
    child = _quiz()
    child.expect("Statement 1 of 24")
    child.sendcontrol("c")
    child.expect("careerpath: interrupted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_quiz_without_a_terminal_exits_2_with_a_hint() -> None:
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "match", "--quiz"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=subprocess_env(),
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "give your interests with --interests CODE instead" in result.stderr


def test_quiz_refuses_a_format_and_interests(run: Run) -> None:
    assert run("match", "--quiz", "-f", "json").exit_code == 2
    both = run("match", "--quiz", "--interests", "CES")
    assert both.exit_code == 2
    assert "leave out --interests" in both.stderr


def test_the_worked_examples_of_the_docs_are_what_match_computes() -> None:
    """docs/matching.md's table of experience scores for --years 2, line by line."""
    import re

    from careerpath.match import MatchProfile, Person, _years
    from careerpath.model import Span, Text

    doc = (Path(__file__).parents[1] / "docs" / "matching.md").read_text(encoding="utf-8")
    table = doc.split("<!-- years examples: span, score, when -->", 1)[1]
    table = table.split("<!-- end of years examples -->", 1)[0]
    rows = re.findall(r"^\| (\S+) years \| ([\d.]+) \| (.+) \|$", table, re.MULTILINE)
    assert len(rows) == 8
    whens = {"ready now": "now", "ready soon": "soon", "later": "later", "before": "past"}
    for span_text, score, why in rows:
        span = Span.parse(span_text.replace("–", "-"))
        profile = MatchProfile(
            role="r",
            title=Text(en="R"),
            interests=None,
            experience_years=(span.min, span.max),
            brackets=[],
            pay=[],
            education=None,
        )
        reason = _years(profile, Person(years=2))
        assert reason is not None
        assert reason.score == pytest.approx(float(score)), span_text
        expected = next((when for phrase, when in whens.items() if phrase in why), "later")
        assert reason.detail["when"] == expected, span_text


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("width", [40, 80])
def test_quiz_scores_never_break_a_bar(lang: str, width: int) -> None:
    """At 40 columns "4/8" wrapped under each bar, and the note under the code
    lost its indent: each bar now goes under its area when the two do not fit."""
    from rich.console import Console

    from careerpath.quiz import print_scores, scores, statements

    items = statements()
    found = scores(items, ["like" if index % 3 else "unsure" for index in range(len(items))])
    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    print_scores(console, items, found, lang)
    lines = console.export_text().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    bars = [line for line in lines if "█" in line or "·" * 5 in line]
    assert len(bars) == 6
    assert all(line.rstrip().endswith(("/8", "/10", "/12")) for line in bars)  # figure beside
    assert all(line.startswith("  ") for line in lines[2:] if line.strip())  # the block's indent
    if width == 80:
        assert all(line.lstrip()[:1] in "RIASEC" for line in bars)  # area, bar, figure: a row
