"""The performance table of docs/performance.md: `docket check` at three sizes, four states.

    python benchmarks/bench_table.py [--sizes ngc,1000,10000,10000/10] [--repeat 3] [--write]

For each repository (the shipped NGC record; synthetic ones from make_synthetic.py, and one whose
every tenth meeting has a finding, ``10000/10``) it times the
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
    meetings, _, every = size.partition("/")  # "10000/10": every tenth meeting has a finding
    target = folder / f"synthetic-{meetings}-{every or 0}"
    write_repository(target, int(meetings), int(every or 0))
    label = f"{int(meetings):,} meetings"
    return (f"{label}, 1 in {every} with a finding" if every else label), target


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


Figures = dict[tuple[str, str], Run]
"""Each measured run by (size, state)."""


def table(sizes: list[str], repeat: int) -> tuple[str, Figures]:
    lines = [
        "| repository | state | wall | CPU | peak memory |",
        "|---|---|---|---|---|",
    ]
    measured: Figures = {}
    version = median([run([*DOCKET, "--version"], REPO) for _ in range(max(repeat, 5))])
    measured["-", "version"] = version
    lines.append(row("-", "`docket --version`", version))
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            label, repo = repository(size, Path(tmp))
            for state, figures in measure(repo, repeat).items():
                measured[size, state] = figures
                lines.append(row(label, state, figures))
                print(lines[-1], flush=True)
            if size == "1000":
                reference = check_jsonschema(repo, repeat)
                if reference is not None:
                    measured[size, "check-jsonschema"] = reference
                    lines.append(row(label, "check-jsonschema, meeting files", reference))
    return "\n".join(lines), measured


TARGETS = (
    ("`docket --version`", ("-", "version"), "wall", 0.1),
    ("NGC record, warm", ("ngc", "warm"), "wall", 0.3),
    ("1k meetings, cold", ("1000", "cold"), "wall", 1.5),
    ("1k meetings, nothing changed", ("1000", "warm"), "wall", 0.3),
    ("10k meetings, cold", ("10000", "cold"), "wall", 12.0),
    ("10k meetings, cold: peak memory", ("10000", "cold"), "peak", 600.0),
    ("10k meetings, nothing changed", ("10000", "warm"), "wall", 1.0),
    ("10k meetings, one file changed", ("10000", "one file changed"), "wall", 1.5),
)


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "**not met**"


def targets(measured: Figures) -> str:
    """The targets the project set (issue 13) beside what was measured, met or not."""
    lines = ["| case | target | measured | |", "|---|---|---|---|"]
    for label, key, what, limit in TARGETS:
        if key not in measured:
            continue
        figures = measured[key]
        value = figures.wall if what == "wall" else figures.peak_mib
        unit = " s" if what == "wall" else " MiB"
        lines.append(
            f"| {label} | ≤ {limit:g}{unit} | {value:.2f}{unit} | {_verdict(value, limit)} |"
        )
    reference = measured.get(("1000", "check-jsonschema"))
    cold = measured.get(("1000", "cold"))
    if reference is not None and cold is not None:
        share = cold.wall / reference.wall
        lines.append(
            f"| 1k meetings, cold, against check-jsonschema | ≤ 1/3 | {share:.2f} "
            f"| {_verdict(share, 1 / 3)} |"
        )
    large = measured.get(("10000", "cold"))
    if cold is not None and large is not None:
        growth = large.wall / cold.wall
        verdict = _verdict(growth, 10)
        lines.append(f"| growth 1k → 10k, cold | ≤ 10 times | {growth:.1f} times | {verdict} |")
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


KEPT = "<!-- Written by hand from here on: bench_table.py --write keeps what follows. -->"
"""The line after which docs/performance.md is kept as it is (the other commands' figures)."""


def generated(repeat: int, result: str, goals: str) -> str:
    """The part of docs/performance.md this script writes: the table and the targets."""
    return (
        "# Performance\n\n"
        "`docket check` measured as a whole process, medians of "
        f"{repeat} runs, on {machine()}.\n"
        "Reproduce with `nox -s bench` (or `python benchmarks/bench_table.py --write`).\n\n"
        "- **cold**: no cache; **warm**: nothing changed since the last run (the report is "
        "replayed from `.docket-cache/` after a digest of every input); **one file changed**: "
        "an item title edited in one meeting file (that file is parsed, validated and judged "
        "again; every other meeting comes from the meeting index by the digest of its "
        "bytes, as its facts, ids and references, without a model; the checks that read "
        "several meetings run on those facts); **`docket check FILE`**: the same, reporting "
        "only the edited file, as a pre-commit hook runs it.\n"
        "- **1 in 10 with a finding**: the 10,000 meetings again, every tenth with an error "
        "(a decision item without a decision), so that the report has 1,000 findings to "
        "place and to show to those who may see them.\n"
        "- CPU is user + system time of the process and its worker processes.\n\n"
        f"{result}\n\n"
        "## Targets\n\n"
        f"{goals}\n"
    )


def merged(written: str, current: str) -> str:
    """``written`` followed by what ``current`` holds from the ``KEPT`` line on (that line
    included); just ``written`` when it has no such line."""
    at = current.find(f"\n{KEPT}\n")
    return written if at < 0 else written + current[at:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="ngc,1000,10000,10000/10")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    result, measured = table(args.sizes.split(","), args.repeat)
    goals = targets(measured)
    print(result, goals, sep="\n\n")
    if args.write:
        page = REPO / "docs" / "performance.md"
        current = page.read_text(encoding="utf-8") if page.exists() else ""
        page.write_text(merged(generated(args.repeat, result, goals), current), encoding="utf-8")


if __name__ == "__main__":
    main()
