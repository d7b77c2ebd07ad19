"""Measure `docket check` on a synthetic repository, next to check-jsonschema on the same files.

    python benchmarks/bench_check.py [--meetings 1000] [--repeat 3]

Prints wall time and peak memory (max RSS) of the real CLI, cold (no parse cache) and warm
(nothing changed since the last run), the in-process split between loading and checks, and
check-jsonschema validating the meeting files against schemas/meeting.schema.json.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_synthetic import write_repository  # noqa: E402

AS_OF = "2030-01-01"


def _run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    before = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - before
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{args} failed")
    return elapsed, usage.ru_maxrss / 1024


def _median(runs: list[tuple[float, float]]) -> str:
    seconds = statistics.median(r[0] for r in runs)
    memory = max(r[1] for r in runs)
    return f"{seconds:6.2f} s   peak {memory:6.0f} MiB"


def _split(repo: Path) -> str:
    from docket.checks.registry import CHECKS
    from docket.checks.runner import run_checks
    from docket.pipeline import load_corpus

    started = time.perf_counter()
    corpus, _, files = load_corpus(repo, use_cache=False)
    loaded = time.perf_counter()
    run_checks(corpus, CHECKS, date.fromisoformat(AS_OF))
    checked = time.perf_counter()
    load_s, check_s = loaded - started, checked - loaded
    return (
        f"in-process, {files} files: load {load_s:.2f} s, {len(CHECKS)} checks {check_s:.2f} s "
        f"(+{100 * check_s / load_s:.0f}% of load)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        write_repository(repo, args.meetings)
        shutil.copytree(HERE.parent / "schemas", repo / "schemas")
        docket = [sys.executable, "-m", "docket", "check", "--as-of", AS_OF]
        cold, warm = [], []
        for _ in range(args.repeat):
            shutil.rmtree(repo / ".docket-cache", ignore_errors=True)
            cold.append(_run(docket, repo))
            warm.append(_run(docket, repo))
        print(f"synthetic repository: {args.meetings} meetings of 10 items")
        print(f"docket check, cold:          {_median(cold)}")
        print(f"docket check, nothing changed: {_median(warm)}")
        print(_split(repo))
        meetings = sorted(str(p.relative_to(repo)) for p in repo.glob("meetings/**/*.yaml"))
        checker = shutil.which("check-jsonschema")
        if checker:
            runs = [
                _run([checker, "--schemafile", "schemas/meeting.schema.json", *meetings], repo)
                for _ in range(args.repeat)
            ]
            print(f"check-jsonschema ({len(meetings)} files): {_median(runs)}")
        else:
            print("check-jsonschema not installed: pip install check-jsonschema")


if __name__ == "__main__":
    main()
