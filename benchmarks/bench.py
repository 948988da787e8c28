"""Measure careerpath against ``python -c pass`` on catalogues of 10, 1,000 and 5,000 roles.

Run by hand: ``python benchmarks/bench.py`` (a few minutes), or
``python benchmarks/bench.py --smoke`` (a few seconds, as the tests do). With
``--onet ZIP --wages FILE`` (the O*NET text edition and the OEWS national
file, as downloaded) it also times ``careerpath import onet`` and measures
``show``, ``list`` and ``search`` on the imported catalogue of real roles.

Every command runs as a whole process with its output piped, interleaved with
``python -c pass`` run by the same interpreter, so that the machine's noise
hits both alike; the figure that counts is the median ratio of the pairs. Peak
memory is the child's maximum resident set size, from ``wait4``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Vietnamese words for the synthetic profiles' text.
VOCABULARY = (
    "khách hàng chăm sóc dịch vụ quản lý nhóm trưởng giám đốc kế hoạch chiến lược báo cáo "
    "doanh nghiệp sản phẩm chất lượng hiệu suất đào tạo nhân viên phản hồi quy trình "
    "giải pháp thị trường doanh số ngân sách hợp tác đối tác kỹ năng giao tiếp phân tích"
)
WORDS = VOCABULARY.split()

CSR = "customer-service-representatives"  # an imported occupation with a pathway
MANAGERS = "administrative-services-managers"  # two steps up it
SUPERVISORS = "first-line-supervisors-of-office-and-administrative-support-workers"


def _sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def profile(index: int, rng: random.Random) -> str:
    """A valid role profile of about 3 KB with Vietnamese text."""
    low = rng.randrange(60, 300)
    lines = [
        "format: 1",
        f"id: role-{index:05d}",
        f"aliases: [alias-{index:05d}]",
        "title:",
        f'  vi: "Chuyên viên {rng.choice(WORDS)} {rng.choice(WORDS)} {index}"',
        f'  en: "Specialist {index}"',
        "summary:",
        f'  vi: "{_sentence(rng, 30)}"',
        "duties:",
        "  - items:",
        *(f'      - vi: "{_sentence(rng)}"' for _ in range(8)),
        'degree: {vi: "Cử nhân", en: "Bachelor\'s degree"}',
        f'experience_years: "{rng.randrange(0, 5)}-{rng.randrange(5, 10)}"',
        f"ratings: {{work_life: {rng.randrange(30, 50) / 10}, career_opportunity: 4.1}}",
        "salary:",
        "  - period: year",
        "    currency: VND",
        f"    total: {{min: {low}_000_000, max: {low + 60}_000_000}}",
        "experience_distribution:",
        "  brackets:",
        '    - {years: "0-1", percent: 10}',
        '    - {years: "2-4", percent: 40}',
        '    - {years: "5+", percent: 50}',
        "requirements:",
        "  - items:",
        *(f'      - vi: "{_sentence(rng)}"' for _ in range(5)),
        "interview:",
        "  questions:",
        *(
            f'    - {{question: {{vi: "{_sentence(rng, 10)}"}}, company: "Công ty {n}", '
            f"date: 2024-0{n + 1}-15}}"
            for n in range(3)
        ),
    ]
    return "\n".join(lines) + "\n"


def ladder(index: int, roles: int) -> str:
    steps = "\n".join(
        f'  - {{role: role-{(index * 5 + step) % roles:05d}, title: {{en: "Step {step + 1}"}}, '
        f'years: "{step * 2}-{step * 2 + 2}"}}'
        for step in range(5)
    )
    return f"format: 1\nid: ladder-{index:04d}\ntitle: {{en: Ladder {index}}}\nsteps:\n{steps}\n"


def build_catalogue(root: Path, roles: int) -> Path:
    """A data directory with ``roles`` profiles and one ladder per 50 of them."""
    rng = random.Random(roles)
    (root / "roles").mkdir(parents=True)
    (root / "ladders").mkdir()
    for index in range(roles):
        (root / "roles" / f"role-{index:05d}.yaml").write_text(
            profile(index, rng), encoding="utf-8"
        )
    for index in range(max(1, roles // 50)):
        (root / "ladders" / f"ladder-{index:04d}.yaml").write_text(
            ladder(index, roles), encoding="utf-8"
        )
    return root


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KiB of one process, output piped."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}")
    return elapsed, usage.ru_maxrss


@dataclass
class Measure:
    name: str
    median_ratio: float
    median_ms: float
    baseline_ms: float
    peak_kib: int


def measure(name: str, command: list[str], env: dict[str, str], pairs: int) -> Measure:
    """Interleave ``command`` with ``python -c pass``, after one warm-up of each."""
    baseline = [sys.executable, "-c", "pass"]
    run_once(baseline, env)
    run_once(command, env)
    ratios, times, bases, peaks = [], [], [], []
    for _ in range(pairs):
        base, _ = run_once(baseline, env)
        took, peak = run_once(command, env)
        ratios.append(took / base)
        times.append(took)
        bases.append(base)
        peaks.append(peak)
    return Measure(
        name,
        statistics.median(ratios),
        statistics.median(times) * 1000,
        statistics.median(bases) * 1000,
        max(peaks),
    )


@dataclass
class Target:
    label: str
    limit: float
    unit: str
    value: Callable[[dict[str, Measure], dict[int, int]], float]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny catalogues, 1 pair: seconds")
    parser.add_argument("--pairs", type=int, default=9, help="timed pairs per command (>= 7)")
    parser.add_argument("--onet", type=Path, help="the O*NET text edition zip, to import")
    parser.add_argument("--wages", type=Path, help="the OEWS national file, with --onet")
    args = parser.parse_args()
    if args.wages and not args.onet:
        parser.error("--wages goes with --onet")
    sizes = {"small": 10, "large": 50 if args.smoke else 5000, "middle": 20 if args.smoke else 1000}
    pairs = 1 if args.smoke else max(7, args.pairs)
    # The installed command, as people run it; python -m careerpath from a source tree.
    script = Path(sys.executable).parent / "careerpath"
    careerpath = [str(script)] if script.exists() else [sys.executable, "-m", "careerpath"]
    skip = len(careerpath)
    scratch = Path(tempfile.mkdtemp(prefix="careerpath-bench-"))
    try:
        dirs = {name: build_catalogue(scratch / name, size) for name, size in sizes.items()}
        env = {
            **os.environ,
            "XDG_CACHE_HOME": str(scratch / "cache"),
            "XDG_DATA_HOME": str(scratch / "no-user-data"),
            "COLUMNS": "80",
            "LANG": "C.UTF-8",
        }
        env.pop("CAREERPATH_PATH", None)
        env.pop("FORCE_COLOR", None)
        runs = {
            "show": [*careerpath, "show", "team-lead"],
            "show-json": [*careerpath, "show", "team-lead", "--format", "json"],
            "help": [*careerpath, "--help"],
            "show-small": [*careerpath, "--data-dir", str(dirs["small"]), "show", "role-00001"],
            "show-large": [*careerpath, "--data-dir", str(dirs["large"]), "show", "role-00001"],
            "list-middle": [*careerpath, "--data-dir", str(dirs["middle"]), "list", "-f", "json"],
            "list-large": [*careerpath, "--data-dir", str(dirs["large"]), "list", "-f", "json"],
            "search-large": [*careerpath, "--data-dir", str(dirs["large"]), "search", "giám"],
            "match-large": [*careerpath, "--data-dir", str(dirs["large"]), "match", "--years", "3"],
            # Two and three words found in nearly every text of every profile.
            "phrase-large": [*careerpath, "--data-dir", str(dirs["large"]), "search", "khách hàng"],
            "three-large": [
                *careerpath,
                "--data-dir",
                str(dirs["large"]),
                "search",
                "chăm sóc khách hàng",
            ],
        }
        imported = None
        if args.onet:
            imported = scratch / "onet"
            wages = ["--wages", str(args.wages)] if args.wages else []
            import_run = [*careerpath, "import", "onet", str(args.onet), *wages]
            import_run += ["--out", str(imported)]
            seconds = [run_once(import_run, env)[0] for _ in range(1 if args.smoke else 3)]
            import_seconds = statistics.median(seconds)
            roles = len(list((imported / "roles").iterdir()))
            sizes["imported"] = roles
            dirs["imported"] = imported
            real = ["--data-dir", str(imported)]
            runs |= {
                "show-imported": [*careerpath, *real, "show", "customer-service-representatives"],
                "list-imported": [*careerpath, *real, "list", "-f", "json"],
                "search-imported": [*careerpath, *real, "search", "nurse"],
                "search2-imported": [*careerpath, *real, "search", "call center"],
                "related-imported": [*careerpath, *real, "related", "team-lead"],
                "ladder-imported": [*careerpath, *real, "ladder", CSR],
                "interview-imported": [*careerpath, *real, "interview", CSR],
                "next-imported": [*careerpath, *real, "next", CSR, "--years", "2"],
                "gap-imported": [*careerpath, *real, "gap", CSR, SUPERVISORS],
                # a bundled role borrows the ratings of its occupation by code
                "interview-bundled-imported": [*careerpath, *real, "interview", "team-lead"],
                "path-imported": [*careerpath, *real, "path", CSR, MANAGERS],
                # no route: the target stands above nothing the start climbs to
                "no-path-imported": [*careerpath, *real, "path", MANAGERS, CSR],
                "match-imported": [
                    *careerpath,
                    *real,
                    "match",
                    "--interests",
                    "CES",
                    "--years",
                    "3",
                ],
            }
        results = {name: measure(name, command, env, pairs) for name, command in runs.items()}
        # validate reads every file afresh each time: fewer pairs will do.
        validate = [*careerpath, "--data-dir", str(dirs["large"]), "validate", str(dirs["large"])]
        results["validate-large"] = measure("validate-large", validate, env, min(pairs, 3))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    large = sizes["large"]
    targets = [
        Target("careerpath show team-lead", 10, "×", lambda r, _: r["show"].median_ratio),
        Target(
            "careerpath show team-lead --format json",
            7,
            "×",
            lambda r, _: r["show-json"].median_ratio,
        ),
        Target("careerpath --help", 7, "×", lambda r, _: r["help"].median_ratio),
        Target(
            f"careerpath show ROLE at {large:,} vs 10 profiles",
            1.2,
            "×",
            lambda r, _: r["show-large"].median_ratio / r["show-small"].median_ratio,
        ),
        Target(
            f"careerpath list --format json at {large:,} profiles",
            20,
            "×",
            lambda r, _: r["list-large"].median_ratio,
        ),
        Target(
            f"careerpath search WORD at {large:,} profiles",
            25,
            "×",
            lambda r, _: r["search-large"].median_ratio,
        ),
        Target(
            f"careerpath search TWO WORDS at {large:,} profiles",
            25,
            "×",
            lambda r, _: r["phrase-large"].median_ratio,
        ),
        Target(
            f"careerpath search THREE WORDS at {large:,} profiles",
            25,
            "×",
            lambda r, _: r["three-large"].median_ratio,
        ),
        Target(
            f"careerpath match --years N at {large:,} profiles",
            25,
            "×",
            lambda r, _: r["match-large"].median_ratio,
        ),
        Target(
            f"careerpath validate of {large:,} profiles",
            2,
            " ms/profile",
            lambda r, _: r["validate-large"].median_ms / large,
        ),
        Target(
            f"peak memory of show at {large:,} profiles",
            30,
            " MiB",
            lambda r, _: r["show-large"].peak_kib / 1024,
        ),
    ]
    if imported is not None:
        real_roles = sizes["imported"]
        targets += [
            # 5 s until the import derived pathways and built the index (#21: 10 s here)
            Target("careerpath import onet (seconds)", 10, " s", lambda r, _: import_seconds),
            # #23: within the show target
            Target(
                f"careerpath next ROLE --years N at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["next-imported"].median_ratio,
            ),
            Target(
                f"careerpath gap FROM TO at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["gap-imported"].median_ratio,
            ),
            # #22: within the show target
            Target(
                f"careerpath interview ROLE at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["interview-imported"].median_ratio,
            ),
            Target(
                f"careerpath interview team-lead at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["interview-bundled-imported"].median_ratio,
            ),
            Target(
                f"careerpath ladder ROLE at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["ladder-imported"].median_ratio,
            ),
            Target(
                f"careerpath path FROM TO at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["path-imported"].median_ratio,
            ),
            Target(
                f"careerpath path with no route at {real_roles:,} real",
                10,
                "×",
                lambda r, _: r["no-path-imported"].median_ratio,
            ),
            Target(
                f"careerpath show ROLE at {real_roles:,} real vs 10 profiles",
                1.2,
                "×",
                lambda r, _: r["show-imported"].median_ratio / r["show-small"].median_ratio,
            ),
            Target(
                f"careerpath list --format json at {real_roles:,} real",
                20,
                "×",
                lambda r, _: r["list-imported"].median_ratio,
            ),
            Target(
                f"careerpath search WORD at {real_roles:,} real",
                25,
                "×",
                lambda r, _: r["search-imported"].median_ratio,
            ),
            Target(
                f"careerpath search TWO WORDS at {real_roles:,} real",
                25,
                "×",
                lambda r, _: r["search2-imported"].median_ratio,
            ),
            Target(
                f"careerpath related ROLE at {real_roles:,} real",
                25,
                "×",
                lambda r, _: r["related-imported"].median_ratio,
            ),
            Target(
                f"careerpath match at {real_roles:,} real",
                25,
                "×",
                lambda r, _: r["match-imported"].median_ratio,
            ),
            Target(
                f"peak memory of show at {real_roles:,} real",
                30,
                " MiB",
                lambda r, _: r["show-imported"].peak_kib / 1024,
            ),
        ]
    machine = f"{platform.platform()}, {os.cpu_count()} cores"
    print(f"machine: {machine}, Python {platform.python_version()}")
    baseline = results["show"].baseline_ms
    print(f"pairs per command: {pairs}; python -c pass: {baseline:.1f} ms (median)\n")
    print(f"{'command':<56} {'median':>9} {'ratio':>7} {'peak':>8}")
    shown = {str(path): f"<{sizes[name]:,} roles>" for name, path in dirs.items()}
    if imported is not None:
        shown[str(imported)] = f"<{sizes['imported']:,} real roles>"
    for measure_ in results.values():
        words = runs.get(measure_.name, validate)[skip:]
        label = "careerpath " + " ".join(shown.get(word, word) for word in words)
        print(
            f"{label[:56]:<56} {measure_.median_ms:7.1f}ms {measure_.median_ratio:6.2f}× "
            f"{measure_.peak_kib / 1024:6.1f}MiB"
        )
    print(f"\n{'target':<52} {'measured':>14} {'target':>14}  met")
    failures = 0
    for target in targets:
        value = target.value(results, sizes)
        met = value <= target.limit
        failures += not met
        print(
            f"{target.label:<52} {value:>12.2f}{target.unit:<2} "
            f"{'≤ ' + format(target.limit, 'g') + target.unit:>14}  {'yes' if met else 'NO'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
