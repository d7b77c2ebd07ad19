"""Measure `docket import FOLDER` on a folder of real minutes, years at a time.

    python benchmarks/bench_import.py [--documents 50] [--repeat 3]

The folder is made from the corpus of real public minutes in tests/import/corpus: the six
documents that name their body (a municipal committee, a city council, an economic committee,
a regional council twice, an English council) are written again with their year moved on, one
copy a year, until the folder holds ``--documents`` minutes of distinct meetings. The real CLI
imports the folder into a fresh copy of tests/import/repo (every draft checked against the
repository and written); the wall time of the whole command is printed, with the time per
document.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests" / "import"
TEMPLATES = (
    ("holbaek-aeldre-sundhed-2020-06-04.txt", 2020),
    ("bronderslev-byraadet-2020-01-29.txt", 2020),
    ("fredensborg-oekonomiudvalget-2015-03-23.txt", 2015),
    ("rn-regionsraadet-2020-12-22.txt", 2020),
    ("rn-regionsraadet-2021-08-23.txt", 2021),
    ("southhams-council-2022-05-19.txt", 2022),
)
"""Corpus documents that name their body, and the year their dates are in."""


def write_folder(folder: Path, documents: int) -> None:
    """``documents`` minutes of distinct meetings: each template once a year."""
    folder.mkdir(parents=True)
    written = 0
    shift = 0
    while written < documents:
        for name, year in TEMPLATES:
            if written == documents:
                return
            text = (TESTS / "corpus" / name).read_text(encoding="utf-8")
            moved = re.sub(rf"\b{year}\b", str(year + shift), text)
            (folder / f"{shift:02d}-{name}").write_text(moved, encoding="utf-8")
            written += 1
        shift += 1


def run_once(folder: Path, work: Path) -> tuple[float, int]:
    """Wall seconds of one import into a fresh repository, and the drafts it wrote."""
    repo = work / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    shutil.copytree(TESTS / "repo", repo)
    before = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "docket", "import", str(folder), "--root", str(repo)],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - before
    if result.returncode not in (0, 1):
        raise SystemExit(f"docket import failed:\n{result.stderr}")
    return elapsed, len(list((repo / "meetings").rglob("*.yaml")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "minutes"
        write_folder(folder, args.documents)
        runs = [run_once(folder, work) for _ in range(args.repeat)]
    times = [seconds for seconds, _ in runs]
    drafts = runs[-1][1]
    best, median = min(times), statistics.median(times)
    print(
        f"docket import of {args.documents} documents: {drafts} drafts written; "
        f"best {best:.2f} s, median {median:.2f} s over {args.repeat} runs "
        f"({1000 * median / args.documents:.0f} ms a document)"
    )


if __name__ == "__main__":
    main()
