"""Mutated real records never crash docket: a property test over the repository's own record.

Hypothesis takes one of the shipped files (the NGC record: meetings, bodies, rules, plan,
registers), mutates it, writes it back into a copy of the repository and runs the real
``docket check`` on it. Mutations work on two levels:

- structure and values: keys deleted, misspelt or added, values replaced by other types,
  extreme numbers and dates, text with any character, other objects' ids, lists emptied,
  wrapped or duplicated; the result is written out as YAML;
- text: YAML-significant fragments (indicators, brackets, anchors, tags, escapes, tabs,
  document markers) inserted into the file as written, or a span of it deleted.

Whatever comes out, ``docket check`` ends with 0 or 1, never 2 (nothing crashed), prints no
traceback, and its first error names a file, a line and a column.

The suite runs a small, fixed (derandomized) budget; ``nox -s fuzz`` runs 10,000 random cases
(profile "fuzz", conftest.py). A crash it finds is kept as a file in tests/loader/invalid/.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from tests.conftest import REPO_ROOT

from docket.cli.main import main
from docket.load.locate import forget
from docket.load.reader import parse

AS_OF = "2025-06-01"
RECORD_FILES = sorted(
    p.relative_to(REPO_ROOT).as_posix()
    for folder in ("governance", "meetings")
    for p in (REPO_ROOT / folder).rglob("*.yaml")
)
TEXTS = {rel: (REPO_ROOT / rel).read_text(encoding="utf-8") for rel in RECORD_FILES}
DATA = {rel: parse(text, rel).data for rel, text in TEXTS.items()}


def _ids(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            yield data["id"]
        for value in data.values():
            yield from _ids(value)
    elif isinstance(data, list):
        for value in data:
            yield from _ids(value)


KNOWN_IDS = sorted({i for data in DATA.values() for i in _ids(data)})

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        ["0001-01-01", "9999-12-31", "2025-02-29", "2025-13-45", "24-04-2025", "14:30", "25:61"]
    ),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(KNOWN_IDS),
    st.sampled_from(["", " ", "yes", "no", "~", "null", "0x1F", "1e400", "-", "@", "=1+1"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=6,
)
FRAGMENTS = [
    ": ", "- ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "!!binary ", "!tag ", "|", ">-",
    '"', "'", "# ", "\n", "\n  ", "\n- ", "---\n", "...\n", "%YAML 1.1\n", "\t", '"\\x00"',
    '"\\e"', '"\\u202e"', "\u2028", "\x85", "\u00e6\u00f8\u00e5", "9" * 50, "<<: ", "=",
]  # fmt: skip


def _paths(data: Any, pointer: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield pointer
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*pointer, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*pointer, index))


def _get(data: Any, pointer: tuple[Any, ...]) -> Any:
    for part in pointer:
        data = data[part]
    return data


@st.composite
def mutated_data(draw: st.DrawFn, rel: str) -> str:
    """The record's data with one to three structural or value mutations, as YAML text."""
    data = json.loads(json.dumps(DATA[rel]))
    for _ in range(draw(st.integers(1, 3))):
        pointer = draw(st.sampled_from(list(_paths(data))))
        target = _get(data, pointer)
        operations = ["replace", "wrap"]
        if pointer:
            operations.append("delete")
        if isinstance(target, dict):
            operations += ["add-key", "misspell-key", "empty"]
        if isinstance(target, list) and target:
            operations += ["duplicate", "empty"]
        operation = draw(st.sampled_from(operations))
        parent = _get(data, pointer[:-1]) if pointer else None
        if operation == "replace" or (operation == "wrap" and not pointer):
            new = draw(values)
            if not pointer:
                data = new
                continue
            parent[pointer[-1]] = new
        elif operation == "wrap":
            parent[pointer[-1]] = [target]
        elif operation == "delete":
            del parent[pointer[-1]]
        elif operation == "add-key":
            target[draw(st.text(min_size=1, max_size=12))] = draw(values)
        elif operation == "misspell-key" and target:
            key = draw(st.sampled_from(sorted(target, key=str)))
            cut = draw(st.integers(0, max(len(str(key)) - 1, 0)))
            target[str(key)[:cut] + str(key)[cut + 1 :] or "x"] = target.pop(key)
        elif operation == "duplicate":
            target.append(json.loads(json.dumps(draw(st.sampled_from(target)))))
        elif operation == "empty":
            target.clear()
    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.dump(data, out)
    return out.getvalue()


@st.composite
def mutated_text(draw: st.DrawFn, rel: str) -> str:
    """The record as written, with YAML fragments inserted or a span deleted."""
    text = TEXTS[rel]
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(FRAGMENTS)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
    return text


@st.composite
def mutation(draw: st.DrawFn) -> tuple[str, str]:
    rel = draw(st.sampled_from(RECORD_FILES))
    kind = draw(st.sampled_from([mutated_data, mutated_text]))
    return rel, draw(kind(rel))


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("fuzz") / "repo"
    repo.mkdir()
    for name in ("governance", "meetings"):
        shutil.copytree(REPO_ROOT / name, repo / name)
    shutil.copyfile(REPO_ROOT / "pyproject.toml", repo / "pyproject.toml")
    return repo


def check(repo: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    forget()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(
            ["check", "--root", str(repo), "--as-of", AS_OF, "--format", "json", "--no-cache"]
        )
    return code, out.getvalue(), err.getvalue()


def test_the_unmutated_record_checks_cleanly(repository: Path) -> None:
    code, out, err = check(repository)
    assert 0 == code, out + err


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=mutation())
def test_mutated_record_gives_located_findings_and_no_crash(
    repository: Path, case: tuple[str, str]
) -> None:
    rel, text = case
    target = repository / rel
    try:
        target.write_text(text, encoding="utf-8")
        code, out, err = check(repository)
    finally:
        target.write_text(TEXTS[rel], encoding="utf-8")
    assert "Traceback" not in err
    assert code in (0, 1), err
    findings = json.loads(out)["findings"]
    assert [] == [f["message"] for f in findings if f["code"] == "DK000"]
    errors = [f for f in findings if f["level"] == "error"]
    assert (1 == code) == bool(errors)
    if errors:
        first = errors[0]
        assert first["path"] and first["line"] and first["column"], first
