"""The task menu: `nox -l` lists the sessions; CI calls them and holds no logic of its own."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint", "check", "schemas"]
nox.options.reuse_existing_virtualenvs = True

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHON = "3.11"


def _install(session: nox.Session, *groups: str) -> None:
    session.install("-e", ".")
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite (real CLI, real pandoc and typst, real files)."""
    _install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (lint and format) and mypy --strict."""
    _install(session, "lint")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "noxfile.py")
    session.run("mypy", "--strict", "src/docket")


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Validate and check the repository's own governance data (NGC)."""
    _install(session)
    session.run("docket", "check", *session.posargs)


@nox.session(python=PYTHON)
def schemas(session: nox.Session) -> None:
    """Fail when schemas/ differ from what the models generate (fix: `docket schema`)."""
    _install(session)
    session.run("docket", "schema", "--check")


@nox.session(python=PYTHON)
def briefing(session: nox.Session) -> None:
    """The main job: build the board briefing pack for the shipped data into reports/."""
    _install(session)
    session.run("docket", "brief", *session.posargs)


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks on a synthetic 1,000-meeting repository (slow; figures go in the notes)."""
    _install(session, "bench")
    session.run("python", "benchmarks/run_all.py", *session.posargs)


AXE_CORE = "axe-core@4.14.1"
"""The accessibility engine the browser session runs in each page (npm registry)."""


@nox.session(python=PYTHON, default=False)
def browser(session: nox.Session) -> None:
    """The site in headless Chromium (apt: chromium chromium-driver): pages, links, search,
    axe-core, screenshots in docs/images/."""
    _install(session, "browser")
    modules = session.create_tmp()
    session.run("npm", "install", "--prefix", modules, "--no-audit", "--no-fund", "--silent",
                AXE_CORE, external=True)  # fmt: skip
    axe = f"{modules}/node_modules/axe-core/axe.min.js"
    session.run(
        "pytest", "tests/browser", *session.posargs, env={"DOCKET_BROWSER": "1", "AXE_CORE_JS": axe}
    )


@nox.session(python=PYTHON, default=False)
def fuzz(session: nox.Session) -> None:
    """Fuzzing: 10,000 mutated records through 'docket check' (hypothesis; slow)."""
    _install(session, "test")
    session.run(
        "pytest",
        "tests/fuzz",
        "--hypothesis-profile=fuzz",
        "--hypothesis-show-statistics",
        "-p",
        "no:cacheprovider",
        *session.posargs,
    )


@nox.session(python=PYTHON, default=False)
def viewers(session: nox.Session) -> None:
    """Open the pack in LibreOffice and headless Chromium (needs them installed by apt)."""
    _install(session)
    session.run("python", "tests/external/check_viewers.py", external=True)
