"""The output contract: formats, streams, exit codes, terminals, pipes and sharing."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pexpect
import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from careerpath.catalog import bundled_data_dir
from careerpath.render.formats import OutputFormat, offered
from tests.conftest import Run, spawn, subprocess_env

ROOT = Path(__file__).parents[1]

# One working call of every command that prints data, and the view it renders.
COMMANDS: dict[str, tuple[list[str], str]] = {
    "list": (["list"], "list"),
    "show": (["show", "team-lead"], "show"),
    "ladder-list": (["ladder"], "ladders"),
    "ladder": (["ladder", "cs"], "timelines"),
    "salary": (["salary", "team-lead", "service-director"], "salary"),
    "compare": (["compare"], "compare"),
    "path": (["path", "customer-care-agent", "team-lead"], "path"),
    "related": (["related", "team-lead"], "related"),
    "match": (["match", "--years", "3"], "match"),
    "interview": (["interview", "service-director"], "interview"),
    "search": (["search", "giam doc"], "search"),
    "validate": (["validate", str(bundled_data_dir())], "validate"),
    "paths": (["paths"], "paths"),
}
FORCED: dict[str, str | None] = {
    "FORCE_COLOR": "1",
    "GITHUB_ACTIONS": "true",
    "TERM": "xterm-256color",
    "NO_COLOR": None,
}


def _parse(output: OutputFormat, text: str) -> Any:
    if output is OutputFormat.JSON:
        return json.loads(text)
    if output is OutputFormat.YAML:
        return yaml.safe_load(text)
    if output is OutputFormat.CSV:
        rows = list(csv.reader(io.StringIO(text)))
        assert len({len(row) for row in rows}) == 1  # a rectangle: header and rows agree
        return rows
    return text


@pytest.mark.parametrize("output", list(OutputFormat))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_and_format(run: Run, command: str, output: OutputFormat) -> None:
    args, view = COMMANDS[command]
    result = run(
        *args, "--format", output.value, env=FORCED if output is not OutputFormat.TABLE else None
    )
    if output not in offered(view):
        assert result.exit_code == 2
        assert result.stdout == ""
        # show's option offers only its formats; others refuse what their view lacks
        assert (
            f"--format {output.value} is not offered here" in result.stderr
            or f"'{output.value}' is not one of" in result.stderr
        )
        return
    assert result.exit_code == 0, result.stderr
    if command != "validate":
        assert result.stderr == ""
    assert result.stdout
    if output is not OutputFormat.TABLE:
        assert "\x1b" not in result.stdout  # even with FORCE_COLOR and GITHUB_ACTIONS
    parsed = _parse(output, result.stdout)
    if output is OutputFormat.YAML:
        as_json = json.loads(run(*args, "--format", "json").stdout)
        assert parsed == as_json


def test_every_data_command_offers_json_yaml_and_tables() -> None:
    for _, view in COMMANDS.values():
        assert {OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.YAML} <= set(offered(view))


# --- exit codes and streams -----------------------------------------------------------

NOT_FOUND = [
    ["show", "nope"],
    ["ladder", "nope"],
    ["salary", "nope"],
    ["compare", "nope", "team-lead"],
    ["path", "nope", "team-lead"],
    ["interview", "nope"],
    ["new", "x", "--from", "nope", "--dir", "no-such-folder/careerpath"],
]


@pytest.mark.parametrize("args", NOT_FOUND, ids=lambda a: a[0])
def test_not_found_is_exit_1_on_stderr(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("careerpath: unknown ")


USAGE = [
    ["list", "--bogus"],
    ["show"],
    ["show", "team-lead", "--section", "nope"],
    ["ladder", "cs", "--format", "xml"],
    ["salary", "team-lead", "--per", "week"],
    ["compare", "--per", "day"],
    ["path", "team-lead"],
    ["interview", "team-lead", "--random", "0"],
    ["search"],
    ["validate", "--bogus"],
    ["schema", "nope"],
    ["new"],
    ["nope"],
]


@pytest.mark.parametrize("args", USAGE, ids=lambda a: " ".join(a))
def test_usage_errors_are_exit_2_on_stderr(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr


@pytest.mark.parametrize("command", ["show", "ladder", "salary", "compare", "interview", "path"])
def test_interrupt_is_exit_130(run: Run, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("careerpath.catalog.Catalog.role", interrupted)
    monkeypatch.setattr("careerpath.catalog.Catalog.ladder", interrupted)
    args = {"path": ["path", "a", "b"], "compare": ["compare", "a"]}.get(command, [command, "a"])
    result = run(*args)
    assert result.exit_code == 130
    assert result.stdout == ""
    assert result.stderr == "careerpath: interrupted\n"


@pytest.mark.parametrize("ignored", [False, True], ids=["foreground", "sigint-ignored"])
def test_ctrl_c_in_the_drill_is_exit_130(ignored: bool) -> None:
    child = spawn("interview", "team-lead", "--practice", ignore_sigint=ignored)
    child.expect("Question 1 of 20")  # the page's 8, then careerpath's 12
    child.sendcontrol("c")
    child.expect("careerpath: interrupted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


# --- terminals and pipes -----------------------------------------------------------------


def test_forced_colour_reaches_tables(run: Run) -> None:
    """The control for the tests below: FORCE_COLOR does colour a table."""
    assert "\x1b[" in run("show", "team-lead", env=FORCED).stdout


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["show", "team-lead"], {**FORCED, "NO_COLOR": "1"}),
        (["--no-color", "show", "team-lead"], FORCED),
        (["show", "team-lead"], {"TERM": "dumb"}),
        (["show", "team-lead"], {"NO_COLOR": None, "TERM": "xterm-256color"}),  # a pipe
    ],
    ids=["NO_COLOR", "--no-color", "TERM=dumb", "pipe"],
)
def test_no_escapes_in_tables(run: Run, args: list[str], env: dict[str, str | None]) -> None:
    result = run(*args, env=env)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout


def test_forced_colour_never_reaches_json_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "compare", "--format", "json"],
        capture_output=True,
        env=subprocess_env(**{k: v for k, v in FORCED.items() if v is not None}),
        check=True,
    )
    assert b"\x1b" not in result.stdout
    json.loads(result.stdout)


@pytest.fixture(scope="module")
def big_role(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A role whose rendering is several MB: larger than any pipe buffer."""
    root = tmp_path_factory.mktemp("big")
    (root / "roles").mkdir()
    items = "".join("      - en: a duty\n" for _ in range(45_000))
    (root / "roles" / "big.yaml").write_text(
        "format: 1\nid: big\ntitle: {en: Big}\nsummary: {en: x}\nduties:\n  - items:\n" + items
    )
    return root


@pytest.mark.parametrize("output", ["table", "json", "markdown", "yaml"])
def test_a_reader_that_went_away_ends_it_quietly_with_141(big_role: Path, output: str) -> None:
    """`careerpath … | head -0`: the pipe's reader is gone before careerpath writes.

    (A reader that leaves half-way is the same case once the pipe is full; but how
    much a pipe holds differs between machines, so that one cannot be pinned.)
    """
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        process = subprocess.run(
            [
                sys.executable,
                "-m",
                "careerpath",
                "--data-dir",
                str(big_role),
                "show",
                "big",
                "-f",
                output,
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert process.stderr.decode() == ""
    assert process.returncode == 141


@pytest.fixture(scope="module")
def many_questions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A role whose interview questions, as CSV, are larger than any pipe holds."""
    root = tmp_path_factory.mktemp("questions")
    (root / "roles").mkdir()
    items = "".join(f"    - question: {{en: question {n}}}\n" for n in range(25_000))
    (root / "roles" / "asks.yaml").write_text(
        "format: 1\nid: asks\ntitle: {en: Asks}\nsummary: {en: x}\n"
        "interview:\n  questions:\n" + items
    )
    return root


def _careerpath(*args: str) -> list[str]:
    return [sys.executable, "-m", "careerpath", *args]


@pytest.mark.parametrize(
    "args",
    [
        ["show", "big"],
        ["show", "big", "-f", "json"],
        ["show", "big", "-f", "yaml"],
        ["show", "big", "-f", "markdown"],
        ["interview", "asks", "-f", "csv"],
    ],
    ids=["table", "json", "yaml", "markdown", "csv"],
)
def test_a_reader_that_leaves_half_way_ends_it_with_141(
    big_role: Path, many_questions: Path, args: list[str]
) -> None:
    """`careerpath … | head -1`: the reader takes a little, then goes. A write that
    the pipe takes only in part must not be mistaken for a write that succeeded."""
    read_end, write_end = os.pipe()
    with subprocess.Popen(
        _careerpath("--data-dir", str(big_role), "--data-dir", str(many_questions), *args),
        stdout=write_end,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    ) as process:
        os.close(write_end)
        assert os.read(read_end, 1)  # careerpath is writing, and the output is far larger
        os.close(read_end)
        _, stderr = process.communicate(timeout=60)
    assert stderr.decode() == ""
    assert process.returncode == 141


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "args",
    [
        ["show", "team-lead"],
        ["list", "-f", "csv"],
        ["compare", "-f", "json"],
        ["schema"],
        ["--help"],
        ["--version"],
    ],
    ids=["table", "csv", "json", "schema", "help", "version"],
)
def test_a_full_device_is_one_line_and_exit_74(args: list[str]) -> None:
    with Path("/dev/full").open("wb") as full:
        process = subprocess.run(
            _careerpath(*args),
            stdout=full,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
            timeout=60,
            check=False,
        )
    assert process.stderr.decode() == (
        "careerpath: cannot write the output: No space left on device\n"
    )
    assert process.returncode == 74


def _closing(fd: int) -> Callable[[], None]:
    def close() -> None:
        os.close(fd)

    return close


@pytest.mark.parametrize("args", [["show", "team-lead"], ["list", "-f", "json"]])
def test_a_closed_stdout_is_one_line_and_exit_74(args: list[str]) -> None:
    """`careerpath show team-lead >&-`."""
    process = subprocess.run(
        _careerpath(*args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_closing(1),
        env=subprocess_env(),
        timeout=60,
        check=False,
    )
    assert process.stderr.decode() == (
        "careerpath: cannot write the output: standard output is closed\n"
    )
    assert process.returncode == 74


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["interview", "team-lead", "--practice"], "--practice needs an interactive terminal"),
        (["match", "--quiz"], "--quiz needs an interactive terminal"),
    ],
)
def test_a_closed_stdin_is_a_usage_error(args: list[str], says: str) -> None:
    """`careerpath interview team-lead --practice <&-`."""
    process = subprocess.run(
        _careerpath(*args),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        preexec_fn=_closing(0),
        env=subprocess_env(),
        timeout=60,
        check=False,
    )
    lines = process.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"careerpath: {says}; stdin is not one")
    assert process.returncode == 2


def test_a_closed_stderr_still_gives_the_exit_code() -> None:
    process = subprocess.run(
        _careerpath("show", "no-such-role"),
        capture_output=True,
        preexec_fn=_closing(2),
        env=subprocess_env(),
        timeout=60,
        check=False,
    )
    assert process.returncode == 1
    assert process.stdout == b""


def test_ascii_stdout_gets_readable_text() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "show", "team-lead"],
        capture_output=True,
        env=subprocess_env(PYTHONIOENCODING="ascii"),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    text = result.stdout.decode("ascii")  # nothing but ASCII
    assert "Truong nhom Cham soc Khach hang" in text
    assert "VND 140-196 million/year" in text
    assert "4.2 * / 5" in text


def test_ascii_stdout_still_gets_utf8_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "show", "team-lead", "-f", "json"],
        capture_output=True,
        env=subprocess_env(PYTHONIOENCODING="ascii"),
        check=True,
    )
    assert json.loads(result.stdout.decode("utf-8"))["role"]["title"]["vi"] == (
        "Trưởng nhóm Chăm sóc Khách hàng"
    )


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "validate"])
def test_40_columns_keep_every_figure(run: Run, command: str) -> None:
    args, _ = COMMANDS[command]
    wide = run(*args, env={"COLUMNS": "200"}).stdout
    narrow = run(*args, env={"COLUMNS": "40"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 40
    assert narrow.count("…") <= wide.count("…")  # search snippets keep theirs; nothing more
    for figure in set(re.findall(r"\d[\d.,–]*\d|\d", wide)):
        assert figure in narrow, figure
    flowed = " ".join(narrow.split())  # a unit may wrap onto the next line, but is never cut
    for unit in ("million/year", "million/month", "years", "★ / 5"):
        if unit in wide:
            assert unit in flowed, unit


def test_show_at_40_columns() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "show", "team-lead"],
        capture_output=True,
        text=True,
        env=subprocess_env(COLUMNS="40"),
        check=True,
    )
    assert max(len(line) for line in result.stdout.splitlines()) <= 40
    assert "196" in result.stdout
    assert "\x1b" not in result.stdout


# --- sharing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["show", "team-lead"], ["ladder", "cs"], ["salary", "team-lead"], ["compare"]]
)
def test_export_svg(run: Run, tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "view.svg"
    result = run(*command, "--export", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"careerpath: wrote {target}\n"
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert root.tag.endswith("svg")
    assert "careerpath" in target.read_text(encoding="utf-8")


def test_export_html_and_text(run: Run, tmp_path: Path) -> None:
    html, text = tmp_path / "t.html", tmp_path / "t.txt"
    shown = run("show", "team-lead", "--export", str(html)).stdout
    assert "<html" in html.read_text(encoding="utf-8")
    assert "Trưởng nhóm Chăm sóc Khách hàng" in html.read_text(encoding="utf-8")
    run("show", "team-lead", "--export", str(text))
    assert (
        text.read_text(encoding="utf-8").rstrip()
        == "\n".join(line.rstrip() for line in shown.splitlines()).rstrip()
    )


@pytest.mark.parametrize("name", ["t.svg", "t.html"])
def test_an_export_fetches_nothing_and_draws_vietnamese(
    run: Run, tmp_path: Path, name: str
) -> None:
    from careerpath.render.export import EXPORT_FONTS

    target = tmp_path / name
    assert run("show", "team-lead", "--lang", "vi", "--export", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert not re.search(r"url\((?!#)|@import|<script", text)  # url(#id) is the file's own
    assert re.findall(r"https?://[^\s\"'<]+", text) == (
        ["http://www.w3.org/2000/svg"] if name.endswith("svg") else []
    )
    families = re.findall(r"font-family:\s*([^;}\n]+)", text)
    assert f"font-family: {', '.join(EXPORT_FONTS)}" in text
    for family in families:
        assert not re.search(r"dejavu|menlo|fira", family, re.IGNORECASE), family


def test_export_fonts_hold_vietnamese() -> None:
    """The first choices are fonts with every Vietnamese letter; the ones that
    draw "Cử nhân" as "Cửnhân" (rich's defaults) are not in the list at all."""
    from careerpath.render.export import EXPORT_FONTS

    assert EXPORT_FONTS[:3] == ('"Noto Sans Mono"', '"Cascadia Mono"', '"Liberation Mono"')
    assert EXPORT_FONTS[-1] == "monospace"
    assert not [f for f in EXPORT_FONTS if re.search(r"dejavu|menlo|fira", f, re.IGNORECASE)]


@pytest.mark.parametrize("name", ["t.svg", "t.html", "t.txt"])
def test_an_export_carries_no_local_path(run: Run, tmp_path: Path, name: str) -> None:
    data = tmp_path / "my-private-folder"
    (data / "roles").mkdir(parents=True)
    (data / "roles" / "mine.yaml").write_text(
        "format: 1\nid: mine\ntitle: {en: Mine}\nsummary: {en: s}\n", encoding="utf-8"
    )
    target = tmp_path / "out" / name
    target.parent.mkdir()
    result = run("--data-dir", str(data), "show", "mine", "--export", str(target))
    assert result.exit_code == 0, result.stderr
    written = target.read_text(encoding="utf-8")
    assert str(tmp_path) not in written and "my-private-folder" not in written
    shown = html.unescape(re.sub(r"<[^>]+>", "", written)).replace("\xa0", " ")
    assert "file: roles/mine.yaml (--data-dir)" in shown
    if name != "t.txt":
        assert "careerpath show mine" in shown


def test_the_export_title_is_set_and_fits(run: Run, tmp_path: Path) -> None:
    from careerpath.render.export import TITLE_MARGIN, default_title, fit_title

    target = tmp_path / "t.svg"
    assert run("show", "team-lead", "--export", str(target), "--title", "Our <lead>").exit_code == 0
    assert ">Our&#160;&lt;lead&gt;</text>" in target.read_text(encoding="utf-8")
    long = "careerpath compare " + " ".join(f"role-number-{n}" for n in range(20))
    fitted = fit_title(long, 80)
    assert len(fitted) == 80 - TITLE_MARGIN
    assert fitted.startswith("careerpath compare role-number-0") and fitted.endswith("-19")
    assert "…" in fitted
    assert fit_title("careerpath show x", 80) == "careerpath show x"
    assert default_title(
        ["--data-dir", "/home/me/hr", "show", "x", "--export=/home/me/a.svg", "/srv/y/z.yaml"]
    ) == ("careerpath show x z.yaml")
    result = run("show", "team-lead", "--title", "T")
    assert result.exit_code == 2
    assert result.stderr == "careerpath: --title names an export; give --export FILE too\n"


def test_overwriting_an_export_keeps_its_mode(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "t.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run("show", "team-lead", "--export", str(target)).exit_code == 0
    assert target.stat().st_mode & 0o777 == 0o640
    assert "<html" in target.read_text(encoding="utf-8")


def test_export_needs_a_known_extension(run: Run, tmp_path: Path) -> None:
    result = run("show", "team-lead", "--export", str(tmp_path / "t.pdf"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_show_markdown_is_a_complete_profile(run: Run) -> None:
    out = run("show", "team-lead", "--format", "markdown").stdout
    assert out.startswith("# Customer Care Team Lead\n")
    for heading in (
        "Summary",
        "Duties",
        "At a glance",
        "Salary",
        "Years of experience",
        "Education",
        "Requirements",
        "Interests",
        "Career ladders",
        "Related roles",
        "Interview questions",
        "FAQ",
        "Sources",
    ):
        assert f"\n## {heading}\n" in out
    assert "\n- **Total pay:** VND 140–196 million/year\n" in out
    assert "> My starting salary was 9 million VND a month" in out
    step = run("show", "product-consultant", "--format", "markdown").stdout
    # duties, salary, experience, education, requirements, interests, related
    # roles, interview and FAQ; and five of the stats.
    assert step.count("*not given*") == 16
    assert "\n- **Degree:** *not given*\n" in step


@pytest.mark.parametrize("width", [40, 80, 120])
def test_show_golden_widths(run: Run, golden: SnapshotAssertion, width: int) -> None:
    result = run("show", "service-director", env={"COLUMNS": str(width)})
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert result.stdout == golden


# --- docs/json-output.md against real output -------------------------------------------------

_EXAMPLE = re.compile(
    r"<!-- checked against: (?P<command>.+?) -->\n```json\n(?P<json>.*?)```", re.DOTALL
)


def _same_shape(doc: Any, real: Any, where: str) -> None:
    if isinstance(doc, dict):
        assert isinstance(real, dict), where
        keys = [key for key in doc if key != "…"]
        if "…" in doc:
            positions = [list(real).index(key) for key in keys if key in real]
            assert len(positions) == len(keys), f"{where}: {set(keys) - set(real)} not in output"
            assert positions == sorted(positions), f"{where}: keys out of order"
        else:
            assert keys == list(real), f"{where}: documented {keys}, real {list(real)}"
        for key in keys:
            _same_shape(doc[key], real[key], f"{where}.{key}")
    elif isinstance(doc, list) and doc and doc[0] != "…":
        assert isinstance(real, list) and real, where
        _same_shape(doc[0], _counterpart(doc[0], real), f"{where}[0]")


def _counterpart(example: Any, items: list[Any]) -> Any:
    """The real item an example item shows: the one with its id, else the first."""
    if isinstance(example, dict):
        for key in ("id", "role", "key", "ladder"):
            if isinstance(example.get(key), str):
                for item in items:
                    if isinstance(item, dict) and item.get(key) == example[key]:
                        return item
    return items[0]


def _examples() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    return [(m["command"], m["json"]) for m in _EXAMPLE.finditer(text)]


@pytest.mark.parametrize(("command", "example"), _examples(), ids=[c for c, _ in _examples()])
def test_json_docs_match_real_output(
    run: Run, command: str, example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # a command may name a folder of the repository
    program, *args = shlex.split(command)
    assert program == "careerpath"
    real = json.loads(run(*args).stdout)
    documented = json.loads(example)
    assert documented["format"] == real["format"] == 1
    _same_shape(documented, real, "$")


def test_every_json_command_is_documented() -> None:
    documented = {shlex.split(command)[1] for command, _ in _examples()}
    assert {args[0] for args, _ in COMMANDS.values()} <= documented


def test_written_files_follow_the_umask(run: Run, tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        assert run("show", "team-lead", "--export", str(tmp_path / "t.html")).exit_code == 0
        assert run("new", "mine", "--dir", str(tmp_path)).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "t.html").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "roles" / "mine.yaml").stat().st_mode & 0o777 == 0o644


def test_export_into_a_missing_folder_is_an_error(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "t.svg"
    result = run("show", "team-lead", "--export", str(target))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"careerpath: {target.parent} is not a folder; make it first\n"
    assert not target.parent.exists()


def test_messages_on_an_ascii_stderr_are_transliterated() -> None:
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "show", "giam doc", "--lang", "vi"],
        capture_output=True,
        env=subprocess_env(PYTHONIOENCODING="ascii"),
        check=False,
    )
    assert result.returncode == 1
    text = result.stderr.decode("ascii")  # fails on any byte that is not ASCII
    assert "\\x" not in text and "\\u" not in text
    assert text.startswith("careerpath: 'giam doc' khop voi 4 vi tri: business-director")


def test_markdown_escapes_data_and_keeps_headings_on_one_line(run: Run, tmp_path: Path) -> None:
    role = tmp_path / "roles" / "star.yaml"
    role.parent.mkdir(parents=True)
    role.write_text(
        'format: 1\nid: star\ntitle: {en: "*Star* <b>_role_</b>"}\nsummary: {en: x}\n'
        'interview:\n  questions:\n    - question: {en: "Line one\\nline two?"}\n'
    )
    data = ("--data-dir", str(tmp_path))
    profile = run(*data, "show", "star", "-f", "markdown").stdout
    assert profile.startswith("# \\*Star\\* \\<b\\>\\_role\\_\\</b\\>\n")
    assert "### 1. Line one line two?\n" in profile
    listed = run(*data, "list", "-f", "markdown").stdout
    assert "| `star` | \\*Star\\* \\<b\\>\\_role\\_\\</b\\> |" in listed


def test_vietnamese_says_lo_trinh_for_a_ladder_only() -> None:
    from careerpath.render.labels import label

    assert "lộ trình" in label("compare_ladders", "vi").lower()
    assert "lộ trình" not in label("route", "vi").lower()
    assert "thang" not in label("compare_ladders", "vi").lower()


def test_docs_say_what_the_outputs_do(run: Run, tmp_path: Path) -> None:
    """Three statements of the docs, each held against what careerpath does."""
    from careerpath.search import SECTIONS

    json_doc = (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    sections = next(line for line in json_doc.splitlines() if line.startswith("| `hits[].section`"))
    assert re.findall(r"`(\w+)`", sections.split("|")[2]) == list(SECTIONS)

    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "own.yaml").write_text(
        "format: 1\nid: own\ntitle: {en: Own}\nsummary: {en: x}\n", encoding="utf-8"
    )
    (tmp_path / "roles" / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    relative = os.path.relpath(tmp_path)
    listed = run("--data-dir", relative, "list", "-f", "json")
    own = next(role for role in json.loads(listed.stdout)["roles"] if role["id"] == "own")
    assert own["source"] == str(Path(relative) / "roles" / "own.yaml")
    assert "relative to the working directory for a relative `--data-dir`" in json_doc

    data_doc = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    assert "skipped and exits 0; with `--strict` it exits 1)" in data_doc
    assert listed.exit_code == 0 and "broken.yaml" in listed.stderr
    assert run("--data-dir", relative, "list", "--strict").exit_code == 1
