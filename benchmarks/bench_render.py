"""Render the briefing pack and the minutes of every meeting of a repository; print timings.

    python benchmarks/make_synthetic.py /tmp/synthetic --meetings 1000
    python benchmarks/bench_render.py /tmp/synthetic [--to html,pdf] [--workers N] [--baseline N]

Building (corpus -> report model -> pandoc AST) runs in this process. Converting runs the way
docket does it (``docket.render.convert.convert_all``): the documents are dealt out to
``--workers`` ``pandoc lua`` processes running side by side, and PDFs are compiled by typst
in-process. ``--baseline N`` also converts the first N documents the naive way, one pandoc
process per document, one after another, to show what batching saves.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from docket.pipeline import check_corpus, load_corpus
from docket.render.convert import Format, Job, compile_pdf, convert_all, data_path, document_json
from docket.render.documents import brief_doc, meeting_doc
from docket.render.report import MeetingDocument
from docket.render.selection import choose_brief_meeting


def _formats(text: str) -> list[Format]:
    return [Format(part.strip()) for part in text.split(",") if part.strip()]


def _line(label: str, count: int, seconds: float) -> str:
    per = seconds / count * 1000 if count else 0.0
    return f"{label}: {count} documents in {seconds:.2f} s = {per:.1f} ms per document"


def _timed(jobs: list[Job], workers: int) -> tuple[list[bytes], float]:
    start = time.perf_counter()
    outputs = convert_all(jobs, workers=workers)
    return outputs, time.perf_counter() - start


def _baseline(jobs: list[Job]) -> float:
    """One ``pandoc --defaults`` process per document, serially (what docket avoids)."""
    import subprocess

    import pypandoc

    start = time.perf_counter()
    for job in jobs:
        result = subprocess.run(
            [
                pypandoc.get_pandoc_path(),
                "--defaults",
                str(data_path(job.format.defaults_file)),
                "--output",
                "-",
            ],
            input=document_json(job.document, job.format),
            capture_output=True,
            check=True,
        )
        if job.format == Format.PDF:
            compile_pdf(result.stdout, job.day)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the repository")
    parser.add_argument("--to", default="html,pdf", help="formats of the minutes (html,pdf)")
    parser.add_argument("--pack-to", default="pdf,docx,html", help="formats of the pack")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N meetings")
    parser.add_argument("--baseline", type=int, default=0, help="also N documents unbatched")
    parser.add_argument("--body", default=None, help="the pack's body (default: board)")
    parser.add_argument("--chunk", type=int, default=200, help="meetings converted at a time")
    parser.add_argument("--out", type=Path, default=None, help="keep the files here")
    args = parser.parse_args()

    began = time.perf_counter()
    corpus, structural, files = load_corpus(args.root)
    loaded = time.perf_counter() - began
    print(f"load: {files} files, {len(corpus.meetings)} meetings in {loaded:.2f} s")
    print(f"workers: {args.workers} (cores: {os.cpu_count()})")
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-render-"))
    out.mkdir(parents=True, exist_ok=True)
    total_start = time.perf_counter()

    body = args.body or ("board" if "board" in corpus.bodies else sorted(corpus.bodies)[0])
    start = time.perf_counter()
    choice = choose_brief_meeting(corpus, body, None, None, date.today())
    report = check_corpus(corpus, structural, files, choice.as_of)
    pack = brief_doc(corpus, choice.meeting, choice.as_of, report.findings)
    built = time.perf_counter() - start
    pack_jobs = [Job(pack, fmt, choice.as_of) for fmt in _formats(args.pack_to)]
    outputs, seconds = _timed(pack_jobs, args.workers)
    for job, data in zip(pack_jobs, outputs, strict=True):
        (out / f"pack.{job.format.extension}").write_bytes(data)
    print(
        f"pack for {choice.meeting.id} as of {choice.as_of}: built in {built:.2f} s "
        "(consistency checks included)"
    )
    print(_line(f"pack {args.pack_to}", len(pack_jobs), seconds))

    meetings = sorted(corpus.meetings.values(), key=lambda m: m.path)
    if args.limit:
        meetings = meetings[: args.limit]
    formats = _formats(args.to)
    built = 0.0
    converted = dict.fromkeys(formats, 0.0)
    baseline_jobs: dict[Format, list[Job]] = {fmt: [] for fmt in formats}
    # A pandoc AST takes ~0.5 MB of Python objects per meeting: build and convert in chunks.
    for first in range(0, len(meetings), args.chunk):
        start = time.perf_counter()
        documents = [
            (located.obj, meeting_doc(corpus, located.obj, MeetingDocument.MINUTES))
            for located in meetings[first : first + args.chunk]
        ]
        built += time.perf_counter() - start
        for fmt in formats:
            jobs = [Job(document, fmt, meeting.date) for meeting, document in documents]
            outputs, seconds = _timed(jobs, args.workers)
            converted[fmt] += seconds
            for (meeting, _), data in zip(documents, outputs, strict=True):
                (out / f"{meeting.id}.{fmt.extension}").write_bytes(data)
            room = args.baseline - len(baseline_jobs[fmt])
            baseline_jobs[fmt] += jobs[: max(room, 0)]
    print(_line("minutes built (report model + pandoc AST)", len(meetings), built))
    for fmt in formats:
        print(_line(f"minutes {fmt.value}, batched", len(meetings), converted[fmt]))
        if baseline_jobs[fmt]:
            sample = baseline_jobs[fmt]
            print(
                _line(
                    f"minutes {fmt.value}, one pandoc per document", len(sample), _baseline(sample)
                )
            )

    total = time.perf_counter() - total_start
    print(f"total: {total:.2f} s rendering (+ {loaded:.2f} s loading); files in {out}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak memory of this process: {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
