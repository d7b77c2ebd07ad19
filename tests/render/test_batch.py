"""The batch writer writes exactly what ``pandoc --defaults`` writes, for every format."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date
from pathlib import Path

import pypandoc
import pytest

from docket.pipeline import check_corpus, load_corpus
from docket.render.convert import Format, data_path, document_json, epoch, run_pandoc_batch
from docket.render.documents import brief_doc, meeting_doc
from docket.render.report import MeetingDocument


@pytest.fixture(scope="module")
def documents(shared_repo: Path) -> list[tuple[bytes, Format, date]]:
    corpus, structural, files = load_corpus(shared_repo)
    minutes = corpus.meetings["twg-2025-04-24"].obj
    board = corpus.meetings["board-2025-05-07"].obj
    report = check_corpus(corpus, structural, files, minutes.date)
    docs = [
        (meeting_doc(corpus, minutes, MeetingDocument.MINUTES), minutes.date),
        (brief_doc(corpus, board, minutes.date, report.findings), minutes.date),
    ]
    return [(document_json(doc, fmt), fmt, day) for doc, day in docs for fmt in Format]


def _pandoc_cli(source: bytes, fmt: Format, day: date, folder: Path) -> bytes:
    """What the pandoc command line writes with the format's defaults file."""
    output = folder / f"out.{'typ' if fmt == Format.PDF else fmt.value}"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch(day))}
    subprocess.run(
        [
            pypandoc.get_pandoc_path(),
            "--defaults",
            str(data_path(fmt.defaults_file)),
            "--from",
            "json",
            "--output",
            str(output),
        ],
        input=source,
        env=env,
        check=True,
    )
    return output.read_bytes()


def test_batch_output_is_byte_identical_to_the_pandoc_command_line(
    documents: list[tuple[bytes, Format, date]], tmp_path: Path
) -> None:
    batch = run_pandoc_batch(documents)
    for (source, fmt, day), output in zip(documents, batch, strict=True):
        assert _pandoc_cli(source, fmt, day, tmp_path) == output, fmt


def test_batch_writer_refuses_an_option_it_does_not_apply(tmp_path: Path) -> None:
    defaults = tmp_path / "numbered.yaml"
    defaults.write_text("from: json\nto: html5\nnumber-sections: true\n", encoding="utf-8")
    source = tmp_path / "doc.json"
    source.write_text(
        json.dumps({"pandoc-api-version": [1, 23, 1, 1], "meta": {}, "blocks": []}),
        encoding="utf-8",
    )
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            [
                {
                    "input": str(source),
                    "output": str(tmp_path / "out.html"),
                    "defaults": str(defaults),
                    "epoch": "0",
                }
            ]
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "lua", str(data_path("batch.lua")), str(manifest)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 != result.returncode
    assert "does not support option 'number-sections'" in result.stderr
