"""Shared fixtures: a CLI runner with a fixed, colourless terminal, and golden files."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pexpect
import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation
from typer.testing import CliRunner, Result

from careerpath.cli import app

# A plain 80-column terminal in English, whatever the machine running the tests says.
PLAIN_ENV = {
    "COLUMNS": "80",
    "LINES": "50",
    "TERM": "dumb",
    "NO_COLOR": "1",
    "FORCE_COLOR": None,
    "LANG": "C.UTF-8",
    "LC_ALL": None,
    "CAREERPATH_LANG": None,
    # Never read the data of whoever runs the tests, nor their index.
    "CAREERPATH_PATH": None,
    "XDG_DATA_HOME": None,  # a folder that does not exist, set by private_user_dirs below
    "XDG_CACHE_HOME": None,  # set for the whole session by private_user_dirs below
    "CAREERPATH_NO_INDEX": None,
    # No pager in tests that drive a terminal, unless they ask (tests/test_pager.py).
    "CAREERPATH_PAGER": "",
}


@pytest.fixture(autouse=True, scope="session")
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The whole suite, in process and in child processes, uses its own user data and
    cache directories: no test reads or writes the real ones."""
    root = tmp_path_factory.mktemp("user-dirs")
    names = ("XDG_DATA_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["XDG_DATA_HOME"] = str(root / "data")
    os.environ["XDG_CACHE_HOME"] = str(root / "cache")
    PLAIN_ENV["XDG_CACHE_HOME"] = str(root / "cache")
    PLAIN_ENV["XDG_DATA_HOME"] = str(root / "never-made")  # in-process runs read no user data
    yield root
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for careerpath in a real process: the plain terminal above."""
    env = {key: value for key, value in os.environ.items() if key not in PLAIN_ENV}
    env.update({key: value for key, value in PLAIN_ENV.items() if value is not None})
    env.update(extra)
    return env


def spawn(
    *args: str, dimensions: tuple[int, int] = (24, 80), ignore_sigint: bool = False
) -> pexpect.spawn[str]:
    """careerpath in a real pseudo-terminal, to drive as a person would; with
    ``ignore_sigint``, started as a background job is, with SIGINT ignored."""
    import signal

    def ignore() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    return pexpect.spawn(
        sys.executable,
        ["-m", "careerpath", *args],
        env=subprocess_env(TERM="xterm"),
        encoding="utf-8",
        timeout=20,
        dimensions=dimensions,
        preexec_fn=ignore if ignore_sigint else None,
    )


class Run(Protocol):
    def __call__(self, *args: str, env: dict[str, str | None] | None = None) -> Result: ...


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process; stdout and stderr are kept apart."""

    def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
        runner = CliRunner(env={**PLAIN_ENV, **(env or {})})
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


class GoldenText(SingleFileSnapshotExtension):
    """Each snapshot is a UTF-8 text file under tests/golden/<test file>/."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"

    @classmethod
    def dirname(cls, *, test_location: PyTestLocation) -> str:
        return str(Path(test_location.filepath).parent / "golden" / test_location.basename)


@pytest.fixture
def golden(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(GoldenText)


FIXTURES = Path(__file__).parent / "fixtures"
ONET_FIXTURE = FIXTURES / "onet" / "db_29_3_text"
WAGES_FIXTURE = FIXTURES / "oews" / "national_M2025_dl.csv"


@pytest.fixture(scope="session")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The O*NET fixture imported once with its CSV wages, for tests that only read it."""
    out = tmp_path_factory.mktemp("import") / "onet"
    args = ["import", "onet", str(ONET_FIXTURE), "--wages", str(WAGES_FIXTURE), "--out", str(out)]
    result = CliRunner(env=PLAIN_ENV).invoke(app, args)
    assert result.exit_code == 0, result.output
    return out
