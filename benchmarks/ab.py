"""Time two installs of careerpath against each other, interleaved, with
``python -c pass`` beside them: ``python benchmarks/ab.py OLD NEW [--runs N]``,
where OLD and NEW are the ``careerpath`` executables of two virtual
environments (say, the previous release and this one). Prints the median time
of each command and its ratio to ``python -c pass``; on a noisy machine the
difference between OLD and NEW measured in one run is what counts.
"""

from __future__ import annotations

import argparse
import os
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
    args = parser.parse_args()
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    runs: dict[str, list[str]] = {"pass": [sys.executable, "-c", "pass"]}
    for name, words in COMMANDS:
        runs[f"new {name}"] = [str(args.new), *words]
        runs[f"old {name}"] = [str(args.old), *words]
    times: dict[str, list[float]] = {key: [] for key in runs}
    for _ in range(args.runs):
        for key, command in runs.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            times[key].append(time.perf_counter() - start)
    base = statistics.median(times["pass"])
    for key, found in sorted(times.items()):
        median = statistics.median(found)
        print(f"{key:10} {median * 1000:7.1f} ms  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
