"""Acceptance on the repository's own NGC data (governance/ and meetings/ at the root)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from tests.conftest import copy_ngc_record
from tests.workflow.conftest import SEED
from tests.workflow.test_import import SEED_PARTICIPANTS, SEED_TITLES, apply_confirmed_edits

from docket.model.meeting import FollowUpStatus, Meeting
from docket.pipeline import load_corpus

REPO = Path(__file__).resolve().parents[2]
PLANNED = "meetings/twg/2025-09-16-twg-2.yaml"


def _copy(tmp_path: Path) -> Path:
    repo = tmp_path / "ngc"
    repo.mkdir()
    copy_ngc_record(repo)
    return repo


def test_new_meeting_two_on_the_shipped_data_carries_over_what_meeting_one_left_open(
    run_cli: Any, tmp_path: Path
) -> None:
    repo = _copy(tmp_path)
    corpus, _, _ = load_corpus(repo, use_cache=False)
    first = next(m.obj for m in corpus.meetings_of("twg") if m.obj.number == 1)
    assert isinstance(first, Meeting)
    open_follow_ups = [
        f.id for i in first.items for f in i.follow_ups if f.status == FollowUpStatus.OPEN
    ]
    topics = [t.id for i in first.items for t in i.proposed_topics]
    assert open_follow_ups and topics

    result = run_cli("new", "meeting", "--root", str(repo), "--body", "twg", "--date",
                     "2025-09-16", "--as-of", "2025-09-01")  # fmt: skip
    assert 0 == result.code, result.err
    assert "no rules of procedure are in force for twg on 2025-09-16" in result.out
    record = YAML(typ="safe").load((repo / PLANNED).read_text(encoding="utf-8"))
    assert "twg-m2" == record["id"]
    assert "planned" == record["status"]
    by_title = {item["title"]: item for item in record["items"]}
    assert open_follow_ups == by_title["Opfølgning"]["addresses"]
    assert topics == by_title["Emner til kommende møder"]["addresses"]
    check = run_cli("check", "--root", str(repo), "--as-of", "2025-09-01", "--no-cache")
    assert 0 == check.code, check.out


def test_a_second_record_for_the_same_date_is_refused(run_cli: Any, tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    args = ("new", "meeting", "--root", str(repo), "--body", "twg", "--date", "2025-09-16")
    assert 0 == run_cli(*args).code
    before = (repo / PLANNED).read_bytes()
    result = run_cli(*args)
    assert 2 == result.code
    assert f"{PLANNED} already holds twg's meeting on 2025-09-16" in result.err
    assert before == (repo / PLANNED).read_bytes()


def test_the_seed_imports_against_the_shipped_people_and_passes_check_after_the_edits(
    run_cli: Any, tmp_path: Path
) -> None:
    repo = tmp_path / "registry"
    (repo / "governance").mkdir(parents=True)
    for name in ("people.yaml", "organisations.yaml"):
        shutil.copy(REPO / "governance" / name, repo / "governance" / name)
    shutil.copytree(REPO / "governance/bodies", repo / "governance/bodies")
    (repo / "docket.toml").write_text("", encoding="utf-8")
    result = run_cli("import", str(SEED), "--body", "twg", "--root", str(repo))
    assert 0 == result.code, result.err
    record = YAML(typ="safe").load(result.out)
    assert SEED_PARTICIPANTS == [p["person"] for p in record["participants"]]
    assert [t[2] for t in SEED_TITLES] == [i["title"] for i in record["items"]]
    path = "meetings/twg/2025-04-24-twg-1.yaml"
    (repo / path).parent.mkdir(parents=True)
    (repo / path).write_text(apply_confirmed_edits(result.out, path), encoding="utf-8")
    check = run_cli("check", "--root", str(repo), "--as-of", "2025-05-01", "--no-cache")
    assert 0 == check.code, check.out
