"""Long tables go through a pager in a terminal, the way git does it: never in a
pipe, never with --no-pager, PAGER=cat or an empty CAREERPATH_PAGER."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from careerpath.render.pager import DEFAULT, pager_command
from tests.conftest import subprocess_env


def _in_terminal(
    tmp_path: Path, *args: str, rows: int = 12, env: dict[str, str] | None = None
) -> tuple[str, str | None]:
    """What the terminal showed, and what the pager was given (None: not run).
    The pager is a shell that keeps its input in a file; colour is on."""
    paged = tmp_path / "paged.txt"
    environ = subprocess_env(TERM="xterm", COLUMNS="80", LINES=str(rows))
    environ.pop("NO_COLOR", None)
    environ["CAREERPATH_PAGER"] = f"sh -c 'cat > {paged}'"
    environ.update(env or {})
    child = pexpect.spawn(
        sys.executable,
        ["-m", "careerpath", *args],
        env=environ,
        encoding="utf-8",
        timeout=30,
        dimensions=(rows, 80),
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = child.before or ""
    return shown, paged.read_text(encoding="utf-8") if paged.exists() else None


def test_a_long_table_goes_through_the_pager(tmp_path: Path) -> None:
    shown, paged = _in_terminal(tmp_path, "ladder", "cs")
    assert paged is not None and "Customer care career ladder" in paged
    assert "Customer care career ladder" not in shown
    assert "\x1b[" in paged  # the colours go along (less -R shows them)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--no-pager", "ladder", "cs"], {}),
        (["ladder", "cs"], {"CAREERPATH_PAGER": ""}),
        (["ladder", "cs"], {"CAREERPATH_PAGER": "cat"}),
    ],
    ids=["--no-pager", "empty CAREERPATH_PAGER", "CAREERPATH_PAGER=cat"],
)
def test_paging_turned_off(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    shown, paged = _in_terminal(tmp_path, *args, env=env)
    assert paged is None
    assert "Customer care career ladder" in shown


def test_a_table_that_fits_is_not_paged(tmp_path: Path) -> None:
    shown, paged = _in_terminal(tmp_path, "ladder", rows=40)
    assert paged is None
    assert "cs" in shown


def test_a_pipe_is_never_paged(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    result = subprocess.run(
        [sys.executable, "-m", "careerpath", "ladder", "cs"],
        env=subprocess_env(CAREERPATH_PAGER=f"sh -c 'cat > {paged}'", LINES="5"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Customer care career ladder" in result.stdout
    assert not paged.exists()


def test_which_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal:
        @staticmethod
        def isatty() -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    assert pager_command({"CAREERPATH_PAGER": "most -s", "PAGER": "less"}) == ["most", "-s"]
    assert pager_command({"PAGER": "less -R"}) == ["less", "-R"]
    assert pager_command({"PAGER": "cat"}) is None
    assert pager_command({"PAGER": "'unbalanced"}) is None
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/less")
    assert pager_command({}) == DEFAULT.split()
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert pager_command({}) is None  # no less: print straight
