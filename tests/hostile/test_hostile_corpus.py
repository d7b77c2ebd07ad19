"""Every case of the hostile corpus (corpus.py) gets its answer: no crash, no traceback, no hang,
the documented exit code, every refusal located, nothing from a file reaching the terminal as a
control sequence, no message naming the machine's folders.

Each case runs the real CLI in a subprocess, from inside a copy of tests/checks/base, under an
address-space limit of 1 GiB and a CPU-time limit of 10 s (a case that needs more is killed and
counts as a hang); a wall-clock limit of 120 s catches a process that blocks without working (a
FIFO). The single-file control-character cases share two runs (one file per case); all others run
alone, four at a time. test_figures_of_the_whole_corpus prints the figures.
"""

from __future__ import annotations

import csv
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.hostile.corpus import Case, cases, plant

BASE = Path(__file__).resolve().parent.parent / "checks" / "base"
MEMORY_LIMIT = 1024**3
CPU_SECONDS = 10
WALL_SECONDS = 120
CASES = cases()

# What a terminal or log viewer would act on: C0 controls but line feed, DEL, C1 (as UTF-8), the
# line separators and the bidi controls.
RAW_CONTROL = re.compile(
    rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
)
FORMULA = re.compile(r"[\s\x00-\x1f\x7f-\x9f]*[=+\-@]|[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Outcome:
    code: int | None
    out: bytes
    err: bytes
    seconds: float
    repo: Path

    @property
    def crashed(self) -> bool:
        return self.code is not None and self.code < 0 and self.code != -24

    @property
    def hung(self) -> bool:
        """Killed for CPU time (SIGXCPU) or still running at the wall-clock limit."""
        return self.code is None or self.code == -24


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def _folder_name(case: Case) -> str:
    return f"{CASES.index(case):03d}-" + re.sub(r"[^A-Za-z0-9_.-]", "_", case.name)


def _argv(case: Case) -> list[str]:
    argv = [sys.executable, "-m", "docket", *case.argv]
    if case.argv[0] == "check":
        argv += ["--format", case.fmt]
    return argv


def runs() -> list[list[Case]]:
    """The cases grouped into runs: a batch shares one, every other case has its own."""
    grouped: dict[str, list[Case]] = {}
    for case in CASES:
        grouped.setdefault(case.batch or f"case {case.name}", []).append(case)
    return list(grouped.values())


def run_cases(batch: list[Case], workspace: Path) -> Outcome:
    """Plant every case of ``batch`` into one copy of the base repository and run it once."""
    first = batch[0]
    repo = workspace / _folder_name(first)
    shutil.copytree(BASE, repo)
    for case in batch:
        plant(case, repo)
    return _run(first, repo)


def _run(case: Case, repo: Path) -> Outcome:
    start = time.monotonic()
    try:
        completed = subprocess.run(
            _argv(case),
            cwd=repo,
            capture_output=True,
            timeout=WALL_SECONDS,
            preexec_fn=_limits,
            check=False,
        )
    except subprocess.TimeoutExpired as timeout:
        return Outcome(None, timeout.stdout or b"", timeout.stderr or b"", WALL_SECONDS, repo)
    seconds = time.monotonic() - start
    return Outcome(completed.returncode, completed.stdout, completed.stderr, seconds, repo)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    workspace = tmp_path_factory.mktemp("hostile")
    batches = runs()
    with ThreadPoolExecutor(4) as pool:
        shared = list(pool.map(lambda batch: run_cases(batch, workspace), batches))
    return {
        case.name: outcome for batch, outcome in zip(batches, shared, strict=True) for case in batch
    }


def figures(results: dict[str, Outcome]) -> dict[str, Any]:
    slowest = max(results.items(), key=lambda item: item[1].seconds)
    refusals = [
        f
        for outcome in {id(o): o for o in results.values()}.values()
        if outcome.code == 1 and outcome.out.startswith(b"{")
        for f in _findings(outcome)
        if f["code"] < "DK100" and f["path"]
    ]
    return {
        "cases": len(results),
        "processes": len(runs()),
        "groups": len({c.group for c in CASES}),
        "segfaults": sum(o.crashed for o in results.values()),
        "tracebacks": sum(b"Traceback" in o.err for o in results.values()),
        "hangs": sum(o.hung for o in results.values()),
        "refusals located": f"{sum(f['line'] is not None for f in refusals)}/{len(refusals)}",
        "slowest": (slowest[0], round(slowest[1].seconds, 2)),
        "exit codes": {code: sum(o.code == code for o in results.values()) for code in (0, 1, 2)},
    }


def _findings(outcome: Outcome) -> list[dict[str, Any]]:
    document: dict[str, Any] = json.loads(outcome.out.decode("utf-8"))
    findings: list[dict[str, Any]] = document["findings"]
    return findings


def _matches(finding: dict[str, Any], expected: tuple[str, str, int | None, int | None]) -> bool:
    name, path, line, column = expected
    return (
        (finding["name"], finding["path"]) == (name, path)
        and finding["line"] is not None
        and finding["column"] is not None
        and line in (None, finding["line"])
        and column in (None, finding["column"])
    )


def test_the_corpus_has_at_least_150_cases() -> None:
    assert len(CASES) >= 150


def test_figures_of_the_whole_corpus(
    outcomes: dict[str, Outcome], capsys: pytest.CaptureFixture[str]
) -> None:
    """The closing note's figures, printed; the per-case tests below say which case failed."""
    numbers = figures(outcomes)
    with capsys.disabled():
        print("\nhostile corpus: " + "; ".join(f"{k}: {v}" for k, v in numbers.items()))
    assert (0, 0, 0) == (numbers["segfaults"], numbers["tracebacks"], numbers["hangs"])
    located, total = numbers["refusals located"].split("/")
    assert located == total


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_case_gets_its_answer(case: Case, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[case.name]
    assert not outcome.crashed, f"killed by signal {-(outcome.code or 0)}"
    assert not outcome.hung, f"no answer within {CPU_SECONDS} s of CPU or {WALL_SECONDS} s"
    assert b"Traceback" not in outcome.err, outcome.err.decode("utf-8", "replace")
    assert case.code == outcome.code, outcome.err.decode("utf-8", "replace")[-2000:]
    for stream in (outcome.out, outcome.err):
        bad = RAW_CONTROL.search(stream)
        assert bad is None, f"raw {bad.group()!r} in the output" if bad else ""
    if case.argv[0] == "check" or outcome.code == 2:  # messages, not the names of files written
        assert str(outcome.repo).encode() not in outcome.out + outcome.err
    if case.argv[0] == "check" and case.fmt == "json":
        _check_findings(case, outcome)
    if case.csv is not None:
        _check_csv(outcome.repo / case.csv)


def _check_findings(case: Case, outcome: Outcome) -> None:
    findings = _findings(outcome)
    assert [] == [f["message"] for f in findings if f["code"] == "DK000"]
    unlocated = [f for f in findings if f["code"] < "DK100" and f["path"] and f["line"] is None]
    assert [] == unlocated
    for expected in case.findings:
        assert any(_matches(f, expected) for f in findings), (expected, findings[:5])
    if case.clean:
        planted = set(case.files)
        assert [] == [f for f in findings if f["path"] in planted]


def _check_csv(file: Path) -> None:
    text = file.read_text(encoding="utf-8-sig")
    delimiter = ";" if ";" in text.splitlines()[0] else ","
    rows = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells
    assert [] == [cell for cell in cells if FORMULA.match(cell)]
