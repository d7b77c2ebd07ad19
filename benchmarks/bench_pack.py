"""Build the NGC board pack with attachments, the way ``docket brief`` does; print timings.

    python benchmarks/bench_pack.py [--runs 5] [--pdf-pages 20]

A copy of this repository's governance record (``governance/``, ``meetings/``, ``pyproject.toml``)
gets three more attachments on the board's item 1 beside the annual plan rendered from the
record: a PDF of ``--pdf-pages`` A4 pages (made with typst), a Word file and a Markdown file
(``tests/render/attachments/sagsfremstilling.md``, the Word file made from it by pandoc). Each
run is the whole command in this process: load, check, build, PDF + DOCX + HTML, attachments
placed, files written. The target is under 2 s per pack on a 2-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import pypandoc
import typst
from ruamel.yaml import YAML

from docket.cli.main import main as docket

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = ROOT / "tests" / "render" / "attachments" / "sagsfremstilling.md"


def _repository(target: Path, pdf_pages: int) -> Path:
    repo = target / "repo"
    for name in ("governance", "meetings"):
        shutil.copytree(ROOT / name, repo / name)
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    files = repo / "bilag"
    files.mkdir()
    pages = "\n#pagebreak()\n".join(f"= Side {n}\n#lorem(300)" for n in range(1, pdf_pages + 1))
    pdf = typst.compile(f'#set page(paper: "a4")\n{pages}'.encode(), format="pdf")
    assert isinstance(pdf, bytes)
    (files / "notat.pdf").write_bytes(pdf)
    shutil.copy(MATERIAL, files / "sag.md")
    subprocess.run(
        [pypandoc.get_pandoc_path(), str(MATERIAL), "-o", str(files / "sag.docx")], check=True
    )
    path = repo / "meetings" / "board" / "2025-05-07-board-1.yaml"
    yaml = YAML(typ="rt")
    data = yaml.load(path)
    data["items"][0]["attachments"] += [
        {"number": "1.2", "title": "Notat (PDF)", "path": "bilag/notat.pdf"},
        {"number": "1.3", "title": "Sagsfremstilling (Word)", "path": "bilag/sag.docx"},
        {"number": "1.4", "title": "Sagsfremstilling (Markdown)", "path": "bilag/sag.md"},
    ]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return repo


def _build(repo: Path, out: Path) -> float:
    args = ["brief", "--root", str(repo), "--as-of", "2025-04-25", "--to", "pdf,docx,html"]
    sink = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = docket([*args, "-o", str(out)])
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"docket brief failed:\n{sink.getvalue()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf-pages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = _repository(Path(tmp), args.pdf_pages)
        times = [_build(repo, Path(tmp) / f"out-{run}") for run in range(args.runs)]
        pdf = next((Path(tmp) / "out-0").glob("*.pdf"))
        import pypdf

        pages = len(pypdf.PdfReader(pdf).pages)
    print(
        f"pack with 4 attachments ({args.pdf_pages}-page PDF, Word, Markdown, annual plan "
        f"from the record) as PDF ({pages} pages) + DOCX + HTML: first {times[0]:.2f} s, "
        f"median {statistics.median(times):.2f} s, best {min(times):.2f} s over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
