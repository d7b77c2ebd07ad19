"""Run every benchmark on a synthetic repository (nox -s bench).

python benchmarks/run_all.py [--meetings 1000]

The check table covers the NGC record, that many meetings and ten times as many, also with a
finding in every tenth meeting.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    args = parser.parse_args()
    meetings = str(args.meetings)
    print("== importing a folder of minutes", flush=True)
    subprocess.run([sys.executable, str(HERE / "bench_import.py")], check=True)
    print("== docket check at three sizes (written to docs/performance.md)", flush=True)
    subprocess.run([sys.executable, str(HERE / "bench_table.py"), "--write",
                    "--sizes", f"ngc,{meetings},{10 * args.meetings},{10 * args.meetings}/10"],
                   check=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        subprocess.run([sys.executable, str(HERE / "make_synthetic.py"), str(repo),
                        "--meetings", meetings], check=True)  # fmt: skip
        print("== rendering", flush=True)
        subprocess.run([sys.executable, str(HERE / "bench_render.py"), str(repo)], check=True)
        print("== site", flush=True)
        subprocess.run([sys.executable, str(HERE / "bench_site.py"), str(repo)], check=True)
    print("== the NGC board pack with attachments (target: under 2 s)", flush=True)
    subprocess.run([sys.executable, str(HERE / "bench_pack.py")], check=True)


if __name__ == "__main__":
    main()
