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
