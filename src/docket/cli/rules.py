"""docket rules: list what docket can find, with codes, names and levels.

Structural problems come from the loader and are always on; consistency checks come from the
registry and can be selected or ignored by code, name or code prefix. Given names or codes, the
command prints those checks' full documentation (why, a bad and a good example).
"""

from __future__ import annotations

import argparse
import inspect
import json
from typing import Any

from docket.catalogue import CatalogueEntry, engine_entries
from docket.checks.base import Check
from docket.checks.registry import CHECKS
from docket.checks.selection import matches
from docket.cli.common import write_output
from docket.errors import UsageError
from docket.exit_codes import ExitCode
from docket.suggest import did_you_mean

HELP = "list the structural problems and consistency checks (codes, names, levels)"
FORMAT_VERSION = 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("rules", help=HELP, description=HELP)
    parser.add_argument(
        "names", nargs="*", metavar="CHECK", help="codes or names to document in full"
    )
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(run=run)


def _problem_dict(problem: CatalogueEntry) -> dict[str, Any]:
    return {
        "code": problem.code,
        "name": problem.name,
        "level": problem.level.value,
        "summary": problem.summary,
    }


def _check_dict(check: Check) -> dict[str, Any]:
    return {
        "code": check.code,
        "name": check.name,
        "level": check.level.value,
        "summary": check.summary,
        "options": [
            {
                "name": o.name,
                "type": o.type.__name__,
                "default": o.default,
                "help": o.help,
            }
            for o in check.options
        ],
        "doc": inspect.cleandoc(check.doc),
    }


def _chosen(names: list[str]) -> tuple[list[CatalogueEntry], list[Check]]:
    """The problems and checks the names select (all of them when there are none)."""
    if not names:
        return engine_entries(), list(CHECKS)
    problems: list[CatalogueEntry] = []
    checks: list[Check] = []
    for name in names:
        problem = [p for p in engine_entries() if name.strip() in (p.code, p.name)]
        check = [c for c in CHECKS if matches(c, name)]
        if not problem and not check:
            known = [n for p in engine_entries() for n in (p.code, p.name)]
            known += [n for c in CHECKS for n in (c.code, c.name)]
            word = name.strip()
            word = word.upper() if word[:2].lower() == "dk" else word
            raise UsageError(
                f"'{name}' names no check{did_you_mean(word, known, aside=True)}; "
                "'docket rules' lists them"
            )
        problems.extend(p for p in problem if p not in problems)
        checks.extend(c for c in check if c not in checks)
    return problems, checks


def _table(rows: list[tuple[str, str, str, str]]) -> list[str]:
    width = max(len(name) for _, name, _, _ in rows)
    return [
        f"  {code}  {name:<{width}}  {level:<7}  {summary}" for code, name, level, summary in rows
    ]


def _text_listing(problems: list[CatalogueEntry], checks: list[Check]) -> str:
    lines: list[str] = []
    if problems:
        lines.append("Structural problems and the waiver audit (always on):")
        lines += _table([(p.code, p.name, p.level.value, p.summary) for p in problems])
    if checks:
        if lines:
            lines.append("")
        lines.append("Consistency checks (--select/--ignore take codes, names or prefixes):")
        lines += _table([(c.code, c.name, c.level.value, c.summary) for c in checks])
    return "\n".join(lines) + "\n"


def _text_documentation(problems: list[CatalogueEntry], checks: list[Check]) -> str:
    parts = [f"{p.code} {p.name} ({p.level.value}, always on)\n\n{p.summary}\n" for p in problems]
    for check in checks:
        text = f"{check.code} {check.name} ({check.level.value})\n\n{inspect.cleandoc(check.doc)}\n"
        if check.options:
            text += "\nOptions:\n" + "".join(
                f"  {o.name} ({o.type.__name__}, default {o.default!r}): {o.help}\n"
                for o in check.options
            )
        parts.append(text)
    return "\n".join(parts)


def _fence_examples(doc: str) -> list[str]:
    """The docstring with its indented Bad/Good examples as fenced YAML blocks."""
    out: list[str] = []
    in_example = False
    for line in doc.splitlines():
        if in_example and line and not line.startswith(" "):
            while not out[-1].strip():
                out.pop()
            out += ["```", ""]
            in_example = False
        if line.strip() in ("Bad:", "Good:") and not in_example:
            out += [f"**{line.strip()}**", "", "```yaml"]
            in_example = True
        elif in_example:
            out.append(line[4:])
        else:
            out.append(line)
    if in_example:
        while out and not out[-1].strip():
            out.pop()
        out.append("```")
    return out


def markdown_reference() -> str:
    """The check reference page (docs/checks.md), generated from the catalogue."""
    lines = [
        "# Check reference",
        "",
        "<!-- Generated by 'docket rules --format markdown > docs/checks.md'; do not edit. -->",
        "",
        "| code | name | level | finds |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {p.code} | `{p.name}` | {p.level.value} (always on) | {p.summary} |"
        for p in engine_entries()
    ]
    lines += [f"| {c.code} | `{c.name}` | {c.level.value} | {c.summary} |" for c in CHECKS]
    for check in CHECKS:
        lines += ["", f"## {check.code} {check.name}", "", f"Default level: {check.level.value}."]
        lines += ["", *_fence_examples(inspect.cleandoc(check.doc))]
        for option in check.options:
            lines.append(
                f"\nOption `{option.name}` ({option.type.__name__}, default "
                f"{option.default!r}): {option.help}"
            )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    problems, checks = _chosen(list(args.names))
    if args.format == "json":
        document = {
            "version": FORMAT_VERSION,
            "structural": [_problem_dict(p) for p in problems],
            "checks": [_check_dict(c) for c in checks],
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
    elif args.format == "markdown":
        text = markdown_reference()
    elif args.names:
        text = _text_documentation(problems, checks)
    else:
        text = _text_listing(problems, checks)
    write_output(text, None)
    return ExitCode.OK
