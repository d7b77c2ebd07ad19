"""Pandoc documents -> bytes in each output format, many documents per pandoc process.

The options of each format live in the defaults files in ``data/``. Starting pandoc costs
~20-40 ms, so documents are not converted one pandoc run each: ``data/batch.lua`` runs inside
one ``pandoc lua`` process per worker and writes, for every job, exactly the bytes that
``pandoc --defaults <format>.yaml`` would (tests/render/test_batch.py checks this byte for byte).
The workers run in parallel threads. PDF is pandoc's typst output compiled in-process by the
``typst`` wheel (no LaTeX, no network, only the fonts the wheel carries). ``SOURCE_DATE_EPOCH``
and the typst timestamp come from the document's date, so DOCX and PDF bytes are reproducible.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import pypandoc
import typst

from docket.errors import DocketError
from docket.render import keep_together, pdf_inserts, typst_guard, word_pages
from docket.render.pandoc_ast import Document


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    MD = "md"

    @property
    def extension(self) -> str:
        return self.value

    @property
    def raw_format(self) -> str:
        """The raw-markup format pandoc passes through for this output (see ``raw_block``)."""
        return {"pdf": "typst", "docx": "openxml", "html": "html", "md": "markdown"}[self.value]

    @property
    def defaults_file(self) -> str:
        """The pandoc defaults file; for PDF the one that writes typst markup."""
        return {"pdf": "typst", "docx": "docx", "html": "html", "md": "markdown"}[
            self.value
        ] + ".yaml"


class RenderError(DocketError):
    """Pandoc or typst could not make a document (a bug or a broken installation)."""


@dataclass(frozen=True)
class Job:
    """One document in one format; ``day`` dates the file (DOCX/PDF metadata)."""

    document: Document
    format: Format
    day: date


Progress = Callable[[int, int, Job], None]


def data_path(name: str) -> Path:
    """A file shipped in ``docket/render/data``."""
    return Path(str(files("docket.render") / "data" / name))


def epoch(day: date) -> int:
    """Noon UTC of ``day`` as seconds since 1970, for SOURCE_DATE_EPOCH."""
    return int(datetime.combine(day, time(12), tzinfo=UTC).timestamp())


PDF_STANDARD: Final = "a-2b"
"""PDF/A-2b: archival (fonts embedded, colours defined, XMP metadata); typst tags it too."""


def _foreign(node: Any, fmt: Format) -> bool:
    """Raw markup of another format, or a Div marked ``not-<this format>``."""
    if not isinstance(node, dict):
        return False
    if node.get("t") in ("RawBlock", "RawInline"):
        return bool(node["c"][0] != fmt.raw_format)
    return node.get("t") == "Div" and f"not-{fmt.value}" in node["c"][0][1]


def _for_format(node: Any, fmt: Format) -> Any:
    """``node`` without what another format needs (Markdown would print raw typst)."""
    if isinstance(node, list):
        return [_for_format(child, fmt) for child in node if not _foreign(child, fmt)]
    if isinstance(node, dict):
        return {key: _for_format(value, fmt) for key, value in node.items()}
    return node


LAID_OUT_META = ("subtitle", "date")
"""The metadata HTML and Word set as lines of text under the title ("Møde 1 i ...")."""


def document_json(document: Document, fmt: Format) -> bytes:
    """The JSON pandoc reads: only this format's raw markup, dates and numbered labels kept
    on one line where lines are laid out (``docket.typography``), and for PDF with the typst
    writer's gaps in escaping closed."""
    tree = document.to_json()
    tree["blocks"] = _for_format(tree["blocks"], fmt)
    if fmt == Format.MD:  # page furniture means nothing in Markdown's front matter
        for key in (*document.marks, "cover"):
            tree["meta"].pop(key, None)
    else:  # the body, and in HTML and Word the lines under the title; page furniture is one
        # line, and the PDF also makes its title metadata of them, which stays plain text.
        # A copy: other formats share the tree.
        shown: tuple[str, ...] = LAID_OUT_META if fmt != Format.PDF else ()
        laid_out = {key: tree["meta"][key] for key in shown if key in tree["meta"]}
        tree = {
            **tree,
            "meta": {**tree["meta"], **keep_together.keep_together(copy.deepcopy(laid_out))},
            "blocks": keep_together.keep_together(copy.deepcopy(tree["blocks"])),
        }
    if fmt == Format.PDF:
        tree = typst_guard.guard(copy.deepcopy(tree))
    return json.dumps(tree, ensure_ascii=False).encode("utf-8")


def run_pandoc_batch(work: Sequence[tuple[bytes, Format, date]]) -> list[bytes]:
    """Pandoc's output for each (JSON document, format, day), from one pandoc process."""
    with tempfile.TemporaryDirectory(prefix="docket-render-") as folder:
        base = Path(folder)
        manifest = []
        for index, (source, fmt, day) in enumerate(work):
            source_path = base / f"{index}.json"
            source_path.write_bytes(source)
            manifest.append(
                {
                    "input": str(source_path),
                    "output": str(base / f"{index}.out"),
                    "defaults": str(data_path(fmt.defaults_file)),
                    "epoch": str(epoch(day)),
                }
            )
        (base / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        result = subprocess.run(
            [
                pypandoc.get_pandoc_path(),
                "lua",
                str(data_path("batch.lua")),
                str(base / "manifest.json"),
            ],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip()
            raise RenderError(f"pandoc could not write the documents: {message}")
        return [(base / f"{index}.out").read_bytes() for index in range(len(work))]


_local = threading.local()


def _compiler() -> typst.Compiler:
    """This thread's typst compiler: reusing one keeps its fonts loaded and its caches warm
    (a PDF then takes ~6 ms instead of ~18 ms; the bytes are the same)."""
    compiler: typst.Compiler | None = getattr(_local, "compiler", None)
    if compiler is None:
        compiler = typst.Compiler(ignore_system_fonts=True)
        _local.compiler = compiler
    return compiler


def compile_pdf(markup: bytes, day: date, inserts: dict[str, bytes] | None = None) -> bytes:
    """Typst markup -> PDF/A-2b, with only the fonts the wheel carries (same output
    everywhere), and the PDF attachments placed on the pages reserved for them."""
    try:
        pdf = _compiler().compile(
            input=markup, format="pdf", timestamp=epoch(day), pdf_standards=PDF_STANDARD
        )
        if not isinstance(pdf, bytes):
            raise RenderError("typst returned no PDF")
        return pdf_inserts.place(pdf, markup, inserts) if inserts else pdf
    except typst.TypstError as error:
        raise RenderError(f"typst could not make the PDF: {error.message}") from None


def finish(output: bytes, job: Job) -> bytes:
    """Pandoc's output made final: typst compiled to PDF, Word given its page furniture."""
    if job.format == Format.PDF:
        return compile_pdf(output, job.day, job.document.inserts)
    if job.format == Format.DOCX and job.document.marks:
        return word_pages.stamp(output, job.document.marks)
    return output


def convert_all(
    jobs: Sequence[Job], workers: int | None = None, progress: Progress | None = None
) -> list[bytes]:
    """The bytes of every job, in order.

    The jobs are dealt out to ``workers`` (default: the machine's cores) pandoc processes that
    run side by side; each PDF is compiled as soon as its worker's pandoc run is done.
    """
    if not jobs:
        return []
    sources: dict[tuple[int, Format], bytes] = {}
    for job in jobs:
        key = (id(job.document), job.format)
        if key not in sources:
            sources[key] = document_json(job.document, job.format)
    count = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    shares = [list(range(start, len(jobs), count)) for start in range(count)]
    results: list[bytes] = [b""] * len(jobs)
    done = 0
    lock = threading.Lock()

    def work(share: list[int]) -> None:
        nonlocal done
        batch = [
            (
                sources[id(jobs[i].document), jobs[i].format],
                jobs[i].format,
                jobs[i].day,
            )
            for i in share
        ]
        for index, output in zip(share, run_pandoc_batch(batch), strict=True):
            job = jobs[index]
            results[index] = finish(output, job)
            with lock:
                done += 1
                if progress is not None:
                    progress(done, len(jobs), job)

    if count == 1:
        work(shares[0])
    else:
        with ThreadPoolExecutor(count) as pool:
            list(pool.map(work, shares))
    return results
