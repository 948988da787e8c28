"""Hostile data and faults: one clear line and a documented exit code, in bounded
time and memory, with nothing written or lost. Each case was seen to fail."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Run, subprocess_env

ROLE = "format: 1\nid: x\ntitle: {en: X}\nsummary: {en: s}\n"


def _data(tmp_path: Path, extra: str = "", name: str = "x.yaml") -> Path:
    root = tmp_path / "data"
    (root / "roles").mkdir(parents=True, exist_ok=True)
    (root / "roles" / name).write_text(ROLE + extra, encoding="utf-8")
    return root


def _cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    """careerpath in a process of its own, under a time limit and a memory limit, so
    that a regression cannot hang the suite or take the machine's memory."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    return subprocess.run(
        [sys.executable, "-m", "careerpath", *args],
        capture_output=True,
        env=subprocess_env(),
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        (
            "salary:\n  - {period: year, currency: VND, total: "
            "{min: 1000000000000000000000000000000, max: 1000000000000000000000000000001}}\n",
            "6:48: salary[0].total.min: must be at most 1,000,000,000,000,000",
        ),
        (
            "salary:\n  - {period: year, currency: VND, total: {min: 1, max: .inf}}\n",
            "6:56: salary[0].total.max: must be at most 1,000,000,000,000,000",
        ),
        (
            "salary:\n  - {period: year, currency: VND, percentiles: {median: .inf}}\n",
            "6:57: salary[0].percentiles.median: must be at most 1,000,000,000,000,000",
        ),
        (
            "salary:\n  - {period: year, currency: VND, total: {min: .nan, max: 3}}\n",
            "6:48: salary[0].total.min: must be at least 0",
        ),
        ("ratings: {work_life: .nan}\n", "5:22: ratings.work_life: a rating is from 0 to 5"),
        (
            "salary:\n  - {period: year, currency: VND, employment: 10000000000000000000000}\n",
            "6:47: salary[0].employment: must be at most 1,000,000,000,000",
        ),
    ],
    ids=["huge-amount", "infinite-max", "infinite-median", "nan-amount", "nan-rating", "huge"],
)
def test_numbers_out_of_range_are_errors_naming_the_line(
    run: Run, tmp_path: Path, extra: str, where: str
) -> None:
    root = _data(tmp_path, extra)
    cache = tmp_path / "cache"
    env: dict[str, str | None] = {"XDG_CACHE_HOME": str(cache)}
    checked = run("validate", str(root), env=env)
    assert checked.exit_code == 1
    assert checked.stdout.startswith(f"{root / 'roles' / 'x.yaml'}:{where}")
    for args in (["list"], ["search", "x"], ["match", "--years", "2"]):
        result = run("--data-dir", str(root), *args, env=env)
        assert result.exit_code == 0, (args, result.stderr)
        assert "skipped a file that cannot be read" in result.stderr
    assert run("--data-dir", str(root), "show", "team-lead", env=env).exit_code == 0
    assert not [p for p in cache.rglob(".*") if p.is_file()]  # no temporary file left


def test_files_that_are_not_regular_are_skipped_without_reading(tmp_path: Path) -> None:
    root = _data(tmp_path)
    roles = root / "roles"
    os.mkfifo(roles / "pipe.yaml")
    (roles / "zero.yaml").symlink_to("/dev/zero")
    with (roles / "huge.yaml").open("wb") as sparse:
        sparse.truncate(8 * 2**30)  # 8 GB, none of it on disk
    listed = _cli("--data-dir", str(root), "list", "-f", "json")
    assert listed.returncode == 0
    warned = listed.stderr.decode()
    assert f"{roles / 'pipe.yaml'}: not a regular file (a pipe, a device or a folder)" in warned
    assert f"{roles / 'zero.yaml'}: not a regular file (a pipe, a device or a folder)" in warned
    assert f"{roles / 'huge.yaml'}: file is larger than 1 MB" in warned
    assert b'"id": "x"' in listed.stdout
    shown = _cli("--data-dir", str(root), "show", "pipe")
    assert shown.returncode == 1
    assert shown.stderr.decode().count("\n") == 1


@pytest.mark.parametrize("name", ["evil\n", "a" * 81, "a" * 300, "Upper", "a--b"])
def test_new_refuses_every_id_the_format_refuses(run: Run, tmp_path: Path, name: str) -> None:
    result = run("new", name, "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert "is not a valid id" in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert run("new", "a" * 80, "--dir", str(tmp_path)).exit_code == 0


def test_an_id_with_a_final_line_break_is_refused_by_the_format(run: Run, tmp_path: Path) -> None:
    root = _data(tmp_path, name="x.yaml")
    (root / "roles" / "x.yaml").write_text(ROLE.replace("id: x", 'id: "x\\n"'), encoding="utf-8")
    result = run("validate", str(root))
    assert result.exit_code == 1
    assert "id: expected a kebab-case id" in result.stdout


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (ROLE.replace("id: x", "id: x\x00").encode(), ":2:6: invalid YAML: character U+0000"),
        (ROLE.encode("utf-16-le"), ":1:2: invalid YAML: character U+0000"),
    ],
    ids=["nul", "utf-16-without-bom"],
)
def test_a_character_yaml_refuses_is_named_by_line_and_column(
    run: Run, tmp_path: Path, raw: bytes, where: str
) -> None:
    root = _data(tmp_path)
    (root / "roles" / "x.yaml").write_bytes(raw)
    result = run("--data-dir", str(root), "show", "x")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{root / 'roles' / 'x.yaml'}{where} is not allowed")
    assert result.stderr.count("\n") == 1


def test_messages_never_pass_a_control_character_to_the_terminal(run: Run, tmp_path: Path) -> None:
    root = _data(tmp_path, '"\\e[2J\\e]0;PWNED\\e\\\\key": 1\n')
    for args in (["show", "x"], ["validate", str(root)], ["list"]):
        result = run("--data-dir", str(root), *args)
        assert "\x1b" not in result.stdout + result.stderr, args
    shown = run("--data-dir", str(root), "show", "x")
    assert "\\x1b[2J\\x1b]0;PWNED\\x1b\\key: unknown field" in shown.stderr


def test_a_right_to_left_override_is_refused(run: Run, tmp_path: Path) -> None:
    root = _data(tmp_path)
    (root / "roles" / "x.yaml").write_text(
        ROLE.replace("{en: X}", '{en: "abc \\u202Eevil"}'), encoding="utf-8"
    )
    result = run("--data-dir", str(root), "show", "x")
    assert result.exit_code == 1
    assert "title.en: control character U+202E in text" in result.stderr


def test_an_export_onto_a_folder_is_one_line(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "adir.svg"
    target.mkdir()
    result = run("show", "team-lead", "--export", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith("careerpath: cannot write")
    assert result.stderr.count("\n") == 1
    assert stat.S_ISDIR(target.stat().st_mode)
    assert list(target.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def _every_pair(tmp_path: Path, count: int) -> Path:
    """``count`` roles and a two-step ladder from each to every other: more routes
    between two roles than could ever be listed."""
    root = tmp_path / "pairs"
    (root / "roles").mkdir(parents=True)
    (root / "ladders").mkdir()
    for number in range(count):
        (root / "roles" / f"r{number}.yaml").write_text(
            f"format: 1\nid: r{number}\ntitle: {{en: R{number}}}\nsummary: {{en: s}}\n"
        )
    for low in range(count):
        for high in range(count):
            if low != high:
                (root / "ladders" / f"l-{low}-{high}.yaml").write_text(
                    f"format: 1\nid: l-{low}-{high}\ntitle: {{en: L}}\nsteps:\n"
                    f"  - {{role: r{low}, title: {{en: A}}, years: '1-2'}}\n"
                    f"  - {{role: r{high}, title: {{en: B}}, years: '1-2'}}\n"
                )
    (root / "roles" / "lone.yaml").write_text(ROLE.replace("id: x", "id: lone"))
    return root


def test_path_search_is_bounded_and_still_finds_the_best_route(tmp_path: Path) -> None:
    """With no route to find, every route used to be explored (20 roles: minutes);
    with too many to list, the first 50 found were not the best."""
    import json

    root = _every_pair(tmp_path, 20)
    nowhere = _cli("--data-dir", str(root), "path", "r0", "lone", timeout=60)
    assert nowhere.returncode == 1
    assert nowhere.stderr.decode().startswith("careerpath: no route from r0 to lone")
    found = _cli("--data-dir", str(root), "path", "r0", "r19", "-f", "json", timeout=60)
    assert found.returncode == 0, found.stderr
    document = json.loads(found.stdout)
    assert document["routes"][0]["ladders"] == ["l-0-19"]
    assert 1 < len(document["routes"]) <= 50  # as many as the bounded search reached


def test_ids_from_titles_are_always_valid_ids() -> None:
    """A title with no Latin letter, and two long titles that clash, still give ids the
    format accepts (they stopped the import, or made files that failed to load)."""
    import re

    from careerpath.importers.onet import _ids, slug
    from careerpath.model import ID_PATTERN, MAX_ID

    assert slug("Ωmega Operators") == "mega-operators"
    assert slug("Ωω") == ""
    long = "Alpha " * 12 + "Operators"
    occupations = {
        "11-1011.00": (long, ""),
        "11-1011.01": (long, ""),
        "11-1011.02": ("Ωω", ""),
        "11-1011.03": ("Ωω", ""),
    }
    ids = _ids(occupations, {"alpha"})
    assert len(set(ids.values())) == 4
    for id_ in ids.values():
        assert re.fullmatch(ID_PATTERN, id_) and len(id_) <= MAX_ID, id_
    assert ids["11-1011.01"].endswith("-11-1011-01")
    assert ids["11-1011.02"] == "occupation"


def test_hidden_work_folders_are_never_read_and_are_swept(run: Run, tmp_path: Path) -> None:
    """What a killed import left (.onet-29.3.new-*, .old-*) is not a second catalogue;
    the next import removes the stale ones and leaves a recent one alone."""
    from careerpath.catalog import imported_catalogues
    from careerpath.importers.output import STALE_SECONDS, sweep

    home = tmp_path / "share"
    for name in ("onet-29.3", ".onet-29.3.new-abc", ".onet-29.3.old-def", ".onet-29.3.new-now"):
        (home / name / "roles").mkdir(parents=True)
        (home / name / "careerpath-import.json").write_text("{}")
    assert imported_catalogues(home) == [home / "onet-29.3"]
    old = 1_000_000
    for name in (".onet-29.3.new-abc", ".onet-29.3.old-def"):
        os.utime(home / name, (old, old))
    link = home / ".onet-29.3.old-link"  # what --out given as a symlink left
    link.symlink_to(home / "onet-29.3")
    os.utime(link, (old, old), follow_symlinks=False)
    assert STALE_SECONDS < 10**9
    assert sweep(home / "onet-29.3") == 3
    assert (home / "onet-29.3" / "careerpath-import.json").is_file()  # the link's target stays
    assert sorted(path.name for path in home.iterdir()) == [".onet-29.3.new-now", "onet-29.3"]


def test_a_huge_terminal_width_is_clamped() -> None:
    process = subprocess.run(
        [sys.executable, "-m", "careerpath", "show", "team-lead"],
        capture_output=True,
        env=subprocess_env(COLUMNS="100000"),
        timeout=60,
        check=False,
    )
    assert process.returncode == 0
    from careerpath.render.terminal import MAX_WIDTH

    assert max(len(line) for line in process.stdout.decode().splitlines()) == MAX_WIDTH


@pytest.mark.parametrize("query", [" ".join(["a"] * 1000), "x" * 120_000])
def test_a_query_is_a_few_words(run: Run, query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 2
    assert result.stderr == (
        "careerpath: the query is too long: search takes at most 12 words and 200 characters\n"
    )


def test_ctrl_c_at_any_moment_never_prints_a_traceback() -> None:
    """From the first line of careerpath on, Ctrl-C ends it quietly with 130. (Python's
    own start-up, before any of careerpath runs, may still report it its own way.)"""
    import re
    import signal
    import time

    for delay in (0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3):
        process = subprocess.Popen(
            [sys.executable, "-m", "careerpath", "show", "team-lead"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
        )
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        ours = set(re.findall(rb"careerpath/(\w+)\.py", stderr))
        if b"init_import_site" in stderr or ours <= {b"__main__"}:
            continue  # in Python's start-up, before careerpath's first line could run
        assert b"Traceback" not in stderr, (delay, stderr)
        assert process.returncode in (0, 130, -signal.SIGINT), (delay, process.returncode)


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        (
            "salary:\n  - {period: year, currency: VND, percentiles: {}}\n",
            "6:48: salary[0].percentiles: give at least one of: p10, p25, median, p75, p90",
        ),
        (
            "experience_distribution: {brackets: []}\n",
            "5:37: experience_distribution.brackets: must be at least 1 long",
        ),
    ],
    ids=["no-percentile", "no-bracket"],
)
def test_an_empty_figure_is_an_error(run: Run, tmp_path: Path, extra: str, where: str) -> None:
    root = _data(tmp_path, extra)
    result = run("validate", str(root))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{root / 'roles' / 'x.yaml'}:{where}")


def test_a_role_twice_on_one_ladder_is_a_warning(run: Run, tmp_path: Path) -> None:
    root = _data(tmp_path)
    (root / "ladders").mkdir()
    (root / "ladders" / "twice.yaml").write_text(
        "format: 1\nid: twice\ntitle: {en: T}\nsteps:\n"
        "  - {role: x, title: {en: A}, years: '1-2'}\n"
        "  - {role: team-lead, title: {en: B}, years: '2-3'}\n"
        "  - {role: x, title: {en: C}, years: '3-4'}\n",
        encoding="utf-8",
    )
    result = run("--data-dir", str(root), "validate", str(root))
    assert (
        f"{root / 'ladders' / 'twice.yaml'}:7:12: steps[2].role: warning: role 'x' stands on "
        "this ladder twice: at step 1 and at step 3"
    ) in result.stdout


def test_a_folder_that_cannot_be_listed_is_skipped_with_a_warning(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a file that cannot be read (an unreadable roles/ said 'internal error')."""
    root = _data(tmp_path)
    roles = str(root / "roles")
    listdir = os.listdir

    def refuse(path: str) -> list[str]:
        if str(path) == roles:
            raise PermissionError(13, "Permission denied")
        return listdir(path)

    monkeypatch.setattr(os, "listdir", refuse)
    result = run("--data-dir", str(root), "list", "-f", "json", env={"CAREERPATH_NO_INDEX": "1"})
    assert result.exit_code == 0
    assert result.stderr == (
        "careerpath: warning: skipped a file that cannot be read: "
        f"{roles}: cannot read the folder: Permission denied\n"
    )
    checked = run("validate", str(root))
    assert checked.exit_code == 1
    assert checked.stdout.startswith(f"{roles}: cannot read the folder: Permission denied\n")


def test_an_id_that_is_not_its_file_name_is_named_by_line(run: Run, tmp_path: Path) -> None:
    root = _data(tmp_path, name="y.yaml")
    result = run("--data-dir", str(root), "show", "y")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{root / 'roles' / 'y.yaml'}:2:5: id: id 'x' does not match the file name 'y.yaml'\n"
    )


def test_an_index_that_cannot_be_saved_leaves_nothing_behind(run: Run, tmp_path: Path) -> None:
    """Its path taken by a folder: each run left a full-size temporary file."""
    root = _data(tmp_path)
    cache = tmp_path / "cache"
    env: dict[str, str | None] = {"XDG_CACHE_HOME": str(cache)}
    assert run("--data-dir", str(root), "list", env=env).exit_code == 0
    for table in (cache / "careerpath").glob("*.msgpack"):
        table.unlink()
        table.mkdir()  # where the index goes, a folder now
    for _ in range(3):
        listed = run("--data-dir", str(root), "list", env=env)
        assert listed.exit_code == 0
        assert listed.stderr == ""
    assert not [p for p in (cache / "careerpath").iterdir() if p.name.startswith(".")]
