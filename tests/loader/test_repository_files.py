"""Which files are governance data, and where the repository root is."""

from __future__ import annotations

from pathlib import Path

import pytest

from docket.repository import RepositoryError, data_files, find_root


def test_yaml_in_a_meeting_attachment_folder_is_an_attachment_not_data(tmp_path: Path) -> None:
    (tmp_path / "docket.toml").write_text("", encoding="utf-8")
    meeting = tmp_path / "meetings" / "wg" / "2025-03-03-wg-1.yaml"
    meeting.parent.mkdir(parents=True)
    meeting.write_text("kind: meeting\n", encoding="utf-8")
    attachment = tmp_path / "meetings" / "wg" / "2025-03-03-wg-1" / "budget.yaml"
    attachment.parent.mkdir()
    attachment.write_text("rows: []\n", encoding="utf-8")
    assert [meeting] == data_files(tmp_path)


def test_root_is_found_from_a_subfolder_by_the_tool_docket_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.docket]\n", encoding="utf-8")
    (tmp_path / "meetings" / "wg").mkdir(parents=True)
    assert tmp_path.resolve() == find_root(tmp_path / "meetings" / "wg")


def test_a_pyproject_without_the_table_is_not_a_root(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(RepositoryError, match="docket init"):
        find_root(tmp_path)


def test_outside_a_repository_the_cli_exits_2_with_advice(tmp_path: Path, run_cli: object) -> None:
    result = run_cli("check", "--root", str(tmp_path))  # type: ignore[operator]
    assert 2 == result.code
    assert "docket init" in result.err
