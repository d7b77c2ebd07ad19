"""workflow.write.apply: several edits are checked together and written all or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.workflow.conftest import WG_1

from docket import fileio
from docket.pipeline import load_corpus
from docket.workflow.follow_ups import add_follow_up, close_follow_up
from docket.workflow.write import FileEdit, WorkflowError, apply

NEW_FILE = "meetings/wg/notes.yaml"


def test_an_edit_that_breaks_the_repository_stops_every_edit(wg_repo: Path) -> None:
    corpus, _, _ = load_corpus(wg_repo, use_cache=False)
    before = (wg_repo / WG_1).read_bytes()
    good = close_follow_up(corpus, "wg-1-budget-send", "wg-1")
    duplicate = FileEdit(NEW_FILE, (wg_repo / WG_1).read_text(encoding="utf-8"))
    with pytest.raises(WorkflowError, match="would break the repository"):
        apply(corpus, [good, duplicate])
    assert before == (wg_repo / WG_1).read_bytes()
    assert not (wg_repo / NEW_FILE).exists()


def test_a_failed_second_write_puts_the_first_file_back(
    wg_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _, _ = load_corpus(wg_repo, use_cache=False)
    before = (wg_repo / WG_1).read_bytes()
    edit = add_follow_up(corpus, "wg-1", "wg-1-budget", "Send the final budget", "bob")
    other = "governance/people.yaml"
    unchanged = FileEdit(other, (wg_repo / other).read_text(encoding="utf-8"))
    write = fileio.atomic_write_text
    calls: list[Path] = []

    def second_fails(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        write(path, text)

    monkeypatch.setattr("docket.workflow.write.atomic_write_text", second_fails)
    with pytest.raises(WorkflowError, match="the files written before it are restored"):
        apply(corpus, [edit, unchanged])
    assert before == (wg_repo / WG_1).read_bytes()
