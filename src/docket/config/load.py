"""Read the configuration from docket.toml or ``[tool.docket]`` in pyproject.toml, and validate
it like data: every unknown key, check or option and every wrong type is reported with its file
and line and a way to fix it (yamllint's ``validate_rule_conf`` does the same)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from docket.checks.base import Check, Option
from docket.checks.registry import BY_CODE, BY_NAME, CHECKS
from docket.checks.selection import matches
from docket.config.lines import KeyLines, KeyPath
from docket.config.model import Config, ConfigError, Waiver
from docket.findings import Level
from docket.load.problems import LOAD_PROBLEMS
from docket.model.common import ID_PATTERN
from docket.suggest import did_you_mean

DOCKET_TOML = "docket.toml"
PYPROJECT_TOML = "pyproject.toml"
TOP_KEYS = ("select", "ignore", "checks", "waivers", "brief_body")
WAIVER_KEYS = ("check", "object", "reason", "expires")
LEVELS = (*(level.value for level in Level), "off")
STRUCTURAL = {name for p in LOAD_PROBLEMS for name in (p.code, p.name)}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TOML_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _fits(value: Any, kind: type) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def _toml(value: Any) -> str:
    """``value`` as it would be written in TOML (for examples in messages)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class _Reader:
    """Validates one configuration table, collecting every problem with its line."""

    def __init__(self, path: str, text: str, prefix: KeyPath) -> None:
        self.path = path
        self.prefix = prefix
        self.lines = KeyLines(text)
        self.found: list[tuple[int, str]] = []

    @property
    def problems(self) -> list[str]:
        """Every problem as ``file:line: message``, in line order."""
        ordered = sorted(self.found, key=lambda found: found[0])
        return [f"{self.path}:{line}: {message}" for line, message in ordered]

    def table(self, *parts: str) -> str:
        if not self.prefix and not parts:
            return f"the top level of {self.path}"
        return "[" + ".".join(str(p) for p in (*self.prefix, *parts)) + "]"

    def error(self, at: KeyPath, message: str, item: str | None = None) -> None:
        where = (*self.prefix, *at)
        line = self.lines.line_of_item(where, item) if item is not None else None
        line = line or self.lines.line_of(where) or self.lines.line_of(self.prefix) or 1
        self.found.append((line, message))

    def line(self, at: KeyPath) -> int:
        return self.lines.line_of((*self.prefix, *at)) or 1

    def read(self, table: Mapping[str, Any]) -> Config:
        for key in table:
            if key not in TOP_KEYS:
                self.error(
                    (key,),
                    f"unknown key '{key}' in {self.table()}"
                    f"{did_you_mean(key, TOP_KEYS, aside=True)}: "
                    f"the keys are {', '.join(TOP_KEYS)}",
                )
        levels, off, options = self.checks(table.get("checks", {}))
        return Config(
            path=self.path,
            select=self.selectors(table, "select"),
            ignore=self.selectors(table, "ignore"),
            levels=levels,
            off=off,
            options=options,
            waivers=self.waivers(table.get("waivers", [])),
            brief_body=self.body_id(table.get("brief_body")),
        )

    def body_id(self, value: Any) -> str | None:
        if value is None or (isinstance(value, str) and re.fullmatch(ID_PATTERN, value)):
            return value
        self.error(
            ("brief_body",),
            f'brief_body must be the id of a body, not {_toml(value)}: write brief_body = "board"',
        )
        return None

    def selectors(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(
                (key,),
                f"{key} must be a list of check codes, names or code prefixes, not "
                f'{_kind(value)}: write {key} = ["DK1", "decision-missing"]',
            )
            return ()
        for selector in value:
            if selector.strip() in STRUCTURAL:
                self.error(
                    (key,),
                    f"'{selector}' in {key} is a structural problem: those are always on; "
                    f"remove it from {key}",
                    selector,
                )
            elif not any(matches(check, selector) for check in CHECKS):
                self.error(
                    (key,),
                    f"'{selector}' in {key} names no check"
                    f"{did_you_mean(selector, BY_NAME, aside=True)}; "
                    "'docket rules' lists the checks",
                    selector,
                )
        return tuple(value)

    def check_named(self, at: KeyPath, name: str, what: str) -> Check | None:
        check = BY_NAME.get(name) or BY_CODE.get(name)
        if check is not None:
            return check
        if name in STRUCTURAL:
            self.error(at, f"'{name}' is a structural problem: {what}; fix the file instead")
        else:
            self.error(
                at,
                f"'{name}' names no check{did_you_mean(name, BY_NAME, aside=True)}: "
                "use a check's code or name; 'docket rules' lists them",
            )
        return None

    def checks(
        self, value: Any
    ) -> tuple[dict[str, Level], frozenset[str], dict[str, dict[str, Any]]]:
        levels: dict[str, Level] = {}
        off: set[str] = set()
        options: dict[str, dict[str, Any]] = {}
        if not isinstance(value, Mapping):
            self.error(
                ("checks",),
                f"checks must be a table of check tables, not {_kind(value)}: write "
                f'{self.table("checks", "decision-missing")} with level = "warning"',
            )
            return levels, frozenset(off), options
        seen: dict[str, str] = {}
        for key, settings in value.items():
            check = self.check_named(
                ("checks", key), key, "structural problems cannot be configured"
            )
            if check is None:
                continue
            if check.name in seen:
                self.error(
                    ("checks", key),
                    f"check {check.name} ({check.code}) is configured twice, as "
                    f"'{seen[check.name]}' and as '{key}': keep one table",
                )
                continue
            seen[check.name] = key
            if not isinstance(settings, Mapping):
                self.error(
                    ("checks", key),
                    f"checks.{key} must be a table, not {_kind(settings)}: write "
                    f'{self.table("checks", key)} and under it level = "warning"',
                )
                continue
            level, chosen = self.check_settings(check, key, settings)
            if level == "off":
                off.add(check.name)
            elif level is not None:
                levels[check.name] = Level(level)
            if chosen:
                options[check.name] = chosen
        return levels, frozenset(off), options

    def check_settings(
        self, check: Check, key: str, settings: Mapping[str, Any]
    ) -> tuple[str | None, dict[str, Any]]:
        level: str | None = None
        chosen: dict[str, Any] = {}
        declared = {option.name: option for option in check.options}
        for name, value in settings.items():
            at = ("checks", key, name)
            if name == "level":
                if value in LEVELS:
                    level = value
                else:
                    self.error(
                        at,
                        f"level of {check.name} must be one of {', '.join(LEVELS)}, not "
                        f'{_toml(value)}: write level = "{check.level.value}"',
                    )
            elif name in declared:
                option = declared[name]
                if self.option_fits(check, option, value, at):
                    chosen[name] = float(value) if option.type is float else value
            else:
                takes = " and ".join(["level", ", ".join(declared)] if declared else ["level"])
                self.error(
                    at,
                    f"check {check.name} has no option '{name}'"
                    f"{did_you_mean(name, [*declared, 'level'], aside=True)}: it takes {takes}",
                )
        return level, chosen

    def option_fits(self, check: Check, option: Option, value: Any, at: KeyPath) -> bool:
        if _fits(value, option.type):
            return True
        wanted = _TYPE_NAMES.get(option.type, option.type.__name__)
        self.error(
            at,
            f"option {option.name} of {check.name} must be {wanted}, not {_kind(value)}: "
            f"write {option.name} = {_toml(option.default)}",
        )
        return False

    def waivers(self, value: Any) -> tuple[Waiver, ...]:
        example = self.table("waivers").replace("[", "[[", 1) + "]"
        if not isinstance(value, list):
            self.error(
                ("waivers",),
                f"waivers must be a list of tables, not {_kind(value)}: write each as "
                f"{example} with check, object and reason",
            )
            return ()
        waivers: list[Waiver] = []
        for index, entry in enumerate(value):
            if not isinstance(entry, Mapping):
                self.error(
                    ("waivers", index),
                    f"waiver {index + 1} must be a table, not {_kind(entry)}: write it as "
                    f"{example} with check, object and reason",
                )
                continue
            waiver = self.waiver(index, entry)
            if waiver is not None:
                waivers.append(waiver)
        return tuple(waivers)

    def waiver(self, index: int, entry: Mapping[str, Any]) -> Waiver | None:
        at: KeyPath = ("waivers", index)
        problems = len(self.found)
        for key in entry:
            if key not in WAIVER_KEYS:
                self.error(
                    (*at, key),
                    f"unknown key '{key}' in waiver {index + 1}"
                    f"{did_you_mean(key, WAIVER_KEYS, aside=True)}: "
                    f"a waiver has {', '.join(WAIVER_KEYS)}",
                )
        texts: dict[str, str] = {}
        for key, how in (
            ("check", 'the check\'s code or name, e.g. check = "decision-missing"'),
            ("object", 'a file path or an object id, e.g. object = "twg-m1-i3"'),
            ("reason", 'why the finding is accepted, e.g. reason = "decided by e-mail"'),
        ):
            text = entry.get(key)
            if not isinstance(text, str) or not text.strip():
                given = (
                    "missing"
                    if text is None
                    else "empty"
                    if isinstance(text, str)
                    else f"{_kind(text)}, not text"
                )
                self.error(
                    (*at, key) if key in entry else at,
                    f"waiver {index + 1}: {key} is {given}: give {how}",
                )
            else:
                texts[key] = text.strip()
        check = None
        if "check" in texts:
            check = self.check_named(
                (*at, "check"), texts["check"], "structural problems cannot be waived"
            )
        expires = self.expiry(index, entry.get("expires"))
        if check is None or len(self.found) > problems:
            return None
        return Waiver(
            check.code, check.name, texts["object"], texts["reason"], expires, self.line(at)
        )

    def expiry(self, index: int, value: Any) -> date | None:
        if value is None or type(value) is date:
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.error(
            ("waivers", index, "expires"),
            f"waiver {index + 1}: expires must be a date YYYY-MM-DD, not {_toml(value)}: "
            "write expires = 2025-12-31",
        )
        return None


def _source(root: Path) -> tuple[str, str, KeyPath] | None:
    """The configuration file's relative path, text and the key path of its docket table."""
    for name, prefix in ((DOCKET_TOML, ()), (PYPROJECT_TOML, ("tool", "docket"))):
        file = root / name
        if not file.is_file():
            continue
        try:
            text = file.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise ConfigError(
                [f"{name}:1: not UTF-8 text (byte {error.start}): save the file as UTF-8"]
            ) from None
        return name, text, prefix
    return None


def load_config(root: Path) -> Config:
    """The configuration of the repository at ``root`` (docket.toml wins over pyproject.toml);
    the default configuration when there is none. Raises ``ConfigError``."""
    source = _source(root)
    if source is None:
        return Config()
    path, text, prefix = source
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = _TOML_ERROR_LINE.search(str(error))
        line = int(where.group(1)) if where else max(len(text.splitlines()), 1)
        raise ConfigError(
            [f"{path}:{line}: not valid TOML: {error}; see https://toml.io for the syntax"]
        ) from None
    for part in prefix:
        data = data.get(part) if isinstance(data, Mapping) else None
    if data is None:
        return Config()
    reader = _Reader(path, text, prefix)
    if not isinstance(data, Mapping):
        reader.error((), f"{'.'.join(map(str, prefix))} must be a table")
        raise ConfigError(reader.problems)
    config = reader.read(data)
    if reader.problems:
        raise ConfigError(reader.problems)
    return config
