"""Time two installs of careerpath against each other, interleaved, with
``python -c pass`` beside them: ``python benchmarks/ab.py OLD NEW [--runs N]
[--data-dir DIR] [--command 'search "khách hàng"' ...]``, where OLD and NEW are
the ``careerpath`` executables of two virtual environments (say, the previous
release and this one); ``--command`` replaces the default commands (``show
team-lead`` and its JSON), and ``--data-dir`` is given to both. Prints the median time
of each command and its ratio to ``python -c pass``; on a noisy machine the
difference between OLD and NEW measured in one run is what counts.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = (("show", ["show", "team-lead"]), ("json", ["show", "team-lead", "-f", "json"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the careerpath executable to compare against")
    parser.add_argument("new", type=Path, help="the careerpath executable measured")
    parser.add_argument("--runs", type=int, default=41, help="runs of each command")
    parser.add_argument("--data-dir", type=Path, help="a data directory for both")
    parser.add_argument("--command", action="append", help="a command to time, as words")
    args = parser.parse_args()
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    commands = [(c, shlex.split(c)) for c in args.command] if args.command else COMMANDS
    where = ["--data-dir", str(args.data_dir)] if args.data_dir else []
    runs: dict[str, list[str]] = {"pass": [sys.executable, "-c", "pass"]}
    for name, words in commands:
        runs[f"new {name}"] = [str(args.new), *where, *words]
        runs[f"old {name}"] = [str(args.old), *where, *words]
    for command in runs.values():  # once each first: the index of DIR is built
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times: dict[str, list[float]] = {key: [] for key in runs}
    for _ in range(args.runs):
        for key, command in runs.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            times[key].append(time.perf_counter() - start)
    base = statistics.median(times["pass"])
    for key, found in sorted(times.items()):
        median = statistics.median(found)
        print(f"{key:32} {median * 1000:7.1f} ms  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
