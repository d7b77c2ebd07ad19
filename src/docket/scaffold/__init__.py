"""``docket init``: a new governance repository for another organisation, ready to check.

The files come from templates shipped as package data (``templates/<lang>/`` for the documents,
``templates/common/`` for CI and pre-commit), with ``%%KEY%%`` placeholders. In a YAML template
``%%KEY%%`` becomes a quoted YAML string and ``%%KEY_TEXT%%`` the bare text (for block scalars and
Markdown), so a name with a colon or a quote cannot break a file; ids and dates, checked before,
go in bare. The schemas are the ones this
docket generates, so the new repository validates in editors from the first commit.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from docket import __version__
from docket.errors import DocketError
from docket.fileio import atomic_write_text
from docket.schema_gen import expected_files
from docket.slug import slug

LANGUAGES = ("da", "en")
DOCKET_REPOSITORY = "https://github.com/docket-governance/docket"
"""Where new repositories install docket (and its pre-commit hooks) from. docket has no published
home yet: this is the intended address; ``docket init --docket-repo URL`` names the real one."""

TEMPLATES = files("docket.scaffold") / "templates"
LAYOUT = (
    ("{lang}/README.md", "README.md"),
    ("{lang}/organisations.yaml", "governance/organisations.yaml"),
    ("{lang}/people.yaml", "governance/people.yaml"),
    ("{lang}/body.yaml", "governance/bodies/{body}.yaml"),
    ("{lang}/commission.yaml", "governance/commissions/{body}-commission.yaml"),
    ("{lang}/rules.yaml", "governance/rules/{body}-rules-of-procedure.yaml"),
    ("common/workflow.yaml", ".github/workflows/docket.yml"),
    ("common/site-workflow.yaml", ".github/workflows/docket-site.yml"),
    ("common/remind-workflow.yaml", ".github/workflows/remind.yml"),
    ("common/minutes-approval-workflow.yaml", ".github/workflows/minutes-approval.yml"),
    ("common/pre-commit-config.yaml", ".pre-commit-config.yaml"),
)
GITIGNORE = "reports/\n.docket-cache/\n_site/\n"
TEXT_KEYS = frozenset(
    {
        "NAME",
        "BODY_NAME_DA",
        "BODY_NAME_EN",
        "COMMISSION_TITLE_DA",
        "COMMISSION_TITLE_EN",
        "RULES_TITLE_DA",
        "RULES_TITLE_EN",
    }
)
"""Free text: quoted in YAML templates. Every other value is an id, a date or a URL."""
_PLACEHOLDER = re.compile(r"%%([A-Z_]+)%%")


class ScaffoldError(DocketError):
    """The target folder or the arguments do not allow a new repository (exit code 2)."""


@dataclass(frozen=True)
class Scaffold:
    """What a new repository is made from."""

    name: str
    slug: str
    lang: str
    day: date
    docket_repository: str = DOCKET_REPOSITORY
    membership_start: date | None = None
    """When the placeholder chair and secretary start (``--date``); without it, they have no
    start: they are placeholders for whoever holds the posts, on any date checked."""

    @property
    def body(self) -> str:
        return f"{self.slug}-board"

    def values(self) -> dict[str, str]:
        return {
            "NAME": self.name,
            "ORG": self.slug,
            "BODY": self.body,
            "DATE": self.day.isoformat(),
            "MEMBERSHIP_START": (
                f", start: {self.membership_start.isoformat()}" if self.membership_start else ""
            ),
            "BODY_NAME_DA": f"Bestyrelsen for {self.name}",
            "BODY_NAME_EN": f"The board of {self.name}",
            "COMMISSION_TITLE_DA": f"Kommissorium for bestyrelsen for {self.name}",
            "COMMISSION_TITLE_EN": f"Commission of the board of {self.name}",
            "RULES_TITLE_DA": f"Forretningsorden for bestyrelsen for {self.name}",
            "RULES_TITLE_EN": f"Rules of procedure of the board of {self.name}",
            "DOCKET_REPO": self.docket_repository,
            "DOCKET_REV": f"v{__version__}",
        }


def slugify(name: str) -> str:
    """The organisation's id from its name: 'Fonden for Ærø' -> 'fonden-for-aeroe'."""
    return slug(name, max_length=40)


def fill(template: str, values: dict[str, str], yaml: bool) -> str:
    """Replace every placeholder; an unknown one is a bug in the template, so it raises."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key.endswith("_TEXT"):
            return values[key.removesuffix("_TEXT")]
        if yaml and key in TEXT_KEYS:
            return json.dumps(values[key], ensure_ascii=False)
        return values[key]

    return _PLACEHOLDER.sub(replace, template)


def planned_files(scaffold: Scaffold) -> dict[str, str]:
    """Relative path -> content of every file of the new repository."""
    values = scaffold.values()
    result: dict[str, str] = {}
    for template, target in LAYOUT:
        source = TEMPLATES.joinpath(*template.format(lang=scaffold.lang).split("/"))
        text = source.read_text(encoding="utf-8")
        yaml = template.endswith(".yaml") and not template.startswith("common/")
        result[target.format(body=scaffold.body)] = fill(text, values, yaml)
    result["docket.toml"] = (
        f"# docket configuration for {json.dumps(scaffold.name, ensure_ascii=False)}.\n"
        "# This file marks the root of the governance repository.\n"
    )
    result[".gitignore"] = GITIGNORE
    result[f"meetings/{scaffold.body}/.gitkeep"] = ""
    for name, content in expected_files().items():
        result[f"schemas/{name}"] = content
    return result


def check_arguments(name: str, slug: str, lang: str) -> None:
    if not name.strip() or any(c in name for c in "\r\n\t"):
        raise ScaffoldError("--name must be a non-empty name on one line")
    if lang not in LANGUAGES:
        raise ScaffoldError(f"--lang must be one of {', '.join(LANGUAGES)}")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) or len(slug) > 40:
        raise ScaffoldError(
            f"'{slug}' cannot be an id: give --slug with lower-case letters, digits and '-'"
        )


def create(folder: Path, scaffold: Scaffold) -> list[str]:
    """Write the new repository into ``folder``, which must be missing or empty."""
    check_arguments(scaffold.name, scaffold.slug, scaffold.lang)
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder} exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise ScaffoldError(f"{folder} is not empty: docket init only writes into an empty folder")
    planned = planned_files(scaffold)
    for relative, content in planned.items():
        atomic_write_text(folder / relative, content)
    return sorted(planned)


def git_init(folder: Path) -> str:
    """Make ``folder`` a git repository unless it lies in one already; what was done, in words.

    ``docket diff``, the CI workflows and the approval of minutes all work on git history, so a
    new governance repository starts as a git repository, on the branch ``main`` that the site
    workflow publishes from (with nothing committed: what to commit first is the secretariat's
    call)."""
    try:
        inside = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
            capture_output=True,
            check=False,
            timeout=60,
        )
        if inside.returncode == 0:
            top = inside.stdout.decode("utf-8", "replace").strip()
            return f"it lies in the git repository {top}: commit the new files there"
        made = subprocess.run(
            ["git", "init", "--quiet", "--initial-branch=main", str(folder)],
            capture_output=True,
            check=False,
            timeout=60,
        )
    except FileNotFoundError:
        return "git is not installed: put the folder in a git repository for 'docket diff' and CI"
    except subprocess.TimeoutExpired:
        return "git did not answer: put the folder in a git repository for 'docket diff' and CI"
    if made.returncode != 0:
        reason = made.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"git init failed ({reason[-1] if reason else 'no reason given'})"
    return (
        "made it a git repository (git init, branch main); commit the files: "
        "git add -A && git commit"
    )
