"""The README is tested: its sessions are real output, and every command is documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from careerpath.cli import app
from tests.conftest import Run

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
_CONSOLE_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def _sessions() -> list[tuple[str, str]]:
    """Each `$ careerpath …` line of a console block with the output shown under it."""
    sessions: list[tuple[str, str]] = []
    for block in _CONSOLE_BLOCK.findall(README):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    sessions.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            sessions.append((command, "\n".join(output)))
    return sessions


SESSIONS = _sessions()


def test_readme_has_sessions() -> None:
    assert len(SESSIONS) >= 4


@pytest.mark.parametrize(("command", "expected"), SESSIONS, ids=[c for c, _ in SESSIONS])
def test_readme_session_is_real_output(
    run: Run, command: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).parents[1])  # paths are shown relative to it
    program, *args = shlex.split(command)
    assert program == "careerpath"
    result = run(*args)
    assert result.output.rstrip("\n") == expected.rstrip("\n")


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return list(group.commands)


@pytest.mark.parametrize("name", _command_names())
def test_every_command_has_help_and_a_readme_entry(run: Run, name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    assert group.commands[name].help, f"{name} has no help text"
    assert f"### `careerpath {name}" in README, f"{name} is not documented in the README"


def test_the_two_setup_commands_are_in_the_readme() -> None:
    assert "pip install . && careerpath show team-lead" in README
    assert "pip install -e '.[test]' && pytest" in README
