"""The command line loads the models, checks and renderers only for a command that needs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import copy_ngc_record

from docket.cli.main import COMMANDS, chosen_command, command_module

HEAVY_MODULES = ("docket.model", "docket.checks", "docket.render", "pydantic", "pypandoc")


def modules_after(argv: list[str]) -> set[str]:
    """The modules imported after running ``docket ARGV`` in a fresh interpreter."""
    script = (
        "import sys\n"
        "from docket.cli.main import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    loaded = modules_after(argv)
    heavy = sorted(m for m in loaded if m.startswith(HEAVY_MODULES))
    assert [] == heavy


def test_help_of_one_command_imports_only_that_command() -> None:
    loaded = modules_after(["rules", "--help"])
    others = {"docket.cli.brief", "docket.cli.render", "docket.cli.check"}
    other_commands = sorted(loaded & others)
    assert [] == other_commands


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_help_line_matches_its_module(name: str) -> None:
    assert COMMANDS[name] == command_module(name).HELP


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "--as-of", "2025-04-25"], "check"),
        (["--root", "check", "brief"], "brief"),
        (["--version"], None),
        (["chek"], None),
    ],
)
def test_chosen_command_skips_global_options(argv: list[str], expected: str | None) -> None:
    assert expected == chosen_command(argv)


def test_the_audiences_named_on_the_command_line_are_the_model_s() -> None:
    from docket.cli.common import AUDIENCES
    from docket.model.meeting import Confidentiality

    assert [level.value for level in Confidentiality] == list(AUDIENCES)


def test_an_unchanged_check_loads_no_model(tmp_path: Path) -> None:
    """The second run of an unchanged repository replays the report without the models."""
    copy_ngc_record(tmp_path)
    argv = ["check", "--root", str(tmp_path), "--as-of", "2025-04-25"]
    modules_after(argv)
    heavy = sorted(m for m in modules_after(argv) if m.startswith(HEAVY_MODULES))
    assert [] == heavy
