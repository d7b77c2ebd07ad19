"""docs/performance.md: bench_table.py --write replaces the generated table and keeps the
hand-written part after the marker line (the figures of the other commands)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO_ROOT


def _bench_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_table", REPO_ROOT / "benchmarks" / "bench_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_write_keeps_everything_after_the_marker() -> None:
    bench = _bench_table()
    current = (
        "# Performance\n\nold table\n\n## Targets\n\nold targets\n\n"
        f"{bench.KEPT}\n\n## Other commands\n\n| site | 1.0 s |\n"
    )
    page = bench.merged(bench.generated(3, "| new | table |", "| new | goals |"), current)
    assert "old table" not in page and "old targets" not in page
    assert "| new | table |" in page and "| new | goals |" in page
    assert page.endswith(f"\n\n{bench.KEPT}\n\n## Other commands\n\n| site | 1.0 s |\n")
    assert page.index("## Targets") < page.index(bench.KEPT)
    # Written again, the page stays the same: nothing is doubled.
    again = bench.merged(bench.generated(3, "| new | table |", "| new | goals |"), page)
    assert again == page


def test_write_without_marker_writes_only_the_table() -> None:
    bench = _bench_table()
    written = bench.generated(3, "| new | table |", "| new | goals |")
    assert bench.merged(written, "# Performance\n\nold\n") == written


def test_the_page_has_the_marker_before_the_other_commands() -> None:
    bench = _bench_table()
    page = (REPO_ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert page.count(bench.KEPT) == 1
    generated, kept = page.split(f"\n{bench.KEPT}\n")
    assert "## Targets" in generated and "## Other commands" not in generated
    assert "## Other commands" in kept
