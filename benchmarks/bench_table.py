"""The performance table of docs/performance.md: `docket check` at three sizes, three states.

    python benchmarks/bench_table.py [--sizes ngc,1000,10000] [--repeat 3] [--write]

For each repository (the shipped NGC record; synthetic ones from make_synthetic.py) it times the
real command as a child process: cold (no cache), warm (nothing changed since the last run) and
one file changed (a line appended to one meeting file), with wall time, CPU time (user +
system, of the child and its workers) and peak memory (max RSS). It also times
`docket --version` and check-jsonschema validating the same meeting files at 1,000 meetings.
Figures are medians of ``--repeat`` runs; ``--write`` puts the table in docs/performance.md
with the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_synthetic import write_repository  # noqa: E402

AS_OF = "2030-01-01"
DOCKET = [sys.executable, "-m", "docket"]


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mib: float


def run(args: list[str], cwd: Path) -> Run:
    """Wall and CPU seconds and peak RSS of one child process (and the workers it waited for)."""
    before = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - before
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed in {cwd}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mib for r in runs),
    )


def touch_one_meeting(repo: Path, round_: int) -> Path:
    """Edit one meeting file as a secretary does between two runs: an item's title changes."""
    meeting = sorted(repo.glob("meetings/**/*.yaml"))[round_ % 2]
    lines = meeting.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.lstrip().startswith("title:") and not line.rstrip().endswith(("|", ">")):
            lines[index] = line.rstrip("\n") + f" (rettet {round_})\n"
            break
    else:
        lines.append(f"# edited in round {round_}\n")
    meeting.write_text("".join(lines), encoding="utf-8")
    return meeting


def measure(repo: Path, repeat: int) -> dict[str, Run]:
    check = [*DOCKET, "check", "--as-of", AS_OF]
    cold, warm, changed, named = [], [], [], []
    for round_ in range(repeat):
        shutil.rmtree(repo / ".docket-cache", ignore_errors=True)
        cold.append(run(check, repo))
        warm.append(run(check, repo))
        touch_one_meeting(repo, round_)
        changed.append(run(check, repo))
        edited = touch_one_meeting(repo, round_ + repeat)
        named.append(run([*check, str(edited.relative_to(repo))], repo))
    return {
        "cold": median(cold),
        "warm": median(warm),
        "one file changed": median(changed),
        "one file changed, `docket check FILE`": median(named),
    }


def repository(size: str, folder: Path) -> tuple[str, Path]:
    if size == "ngc":
        target = folder / "ngc"
        for name in ("governance", "meetings"):
            shutil.copytree(REPO / name, target / name)
        shutil.copy(REPO / "pyproject.toml", target / "pyproject.toml")
        return "NGC record (13 files)", target
    target = folder / f"synthetic-{size}"
    write_repository(target, int(size))
    return f"{int(size):,} meetings", target


def check_jsonschema(repo: Path, repeat: int) -> Run | None:
    checker = shutil.which("check-jsonschema")
    if checker is None:
        return None
    meetings = sorted(str(p.relative_to(repo)) for p in repo.glob("meetings/**/*.yaml"))
    schema = str(REPO / "schemas" / "meeting.schema.json")
    return median([run([checker, "--schemafile", schema, *meetings], repo) for _ in range(repeat)])


def row(label: str, state: str, figures: Run) -> str:
    return (
        f"| {label} | {state} | {figures.wall:.2f} s | {figures.cpu:.2f} s "
        f"| {figures.peak_mib:.0f} MiB |"
    )


def table(sizes: list[str], repeat: int) -> str:
    lines = [
        "| repository | state | wall | CPU | peak memory |",
        "|---|---|---|---|---|",
    ]
    version = median([run([*DOCKET, "--version"], REPO) for _ in range(max(repeat, 5))])
    lines.append(row("-", "`docket --version`", version))
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            label, repo = repository(size, Path(tmp))
            for state, figures in measure(repo, repeat).items():
                lines.append(row(label, state, figures))
                print(lines[-1], flush=True)
            if size == "1000":
                reference = check_jsonschema(repo, repeat)
                if reference is not None:
                    lines.append(row(label, "check-jsonschema, meeting files", reference))
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="ngc,1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    result = table(args.sizes.split(","), args.repeat)
    print(result)
    if args.write:
        page = REPO / "docs" / "performance.md"
        page.write_text(
            "# Performance\n\n"
            "`docket check` measured as a whole process, medians of "
            f"{args.repeat} runs, on {machine()}.\n"
            "Reproduce with `nox -s bench` (or `python benchmarks/bench_table.py --write`).\n\n"
            "- **cold**: no cache; **warm**: nothing changed since the last run (the report is "
            "replayed from `.docket-cache/` after a digest of every input); **one file changed**: "
            "an item title edited in one meeting file (the other files' parses come from the "
            "cache, keyed by their content, and so do the findings of the checks that judge one "
            "meeting at a time; validation, the corpus and the checks that read several meetings "
            "run again); **`docket check FILE`**: the same, reporting only the edited file, as a "
            "pre-commit hook runs it.\n"
            "- CPU is user + system time of the process and its worker processes.\n\n"
            f"{result}\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
