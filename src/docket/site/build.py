"""Corpus -> a static site in a folder: pages, permalinks, registers, feed, OParl JSON, search.

The site is written to a fresh folder beside the target and moved into place only when it is
complete, so a failed build leaves the previous site as it was. A target that exists must be
empty or a site docket made (it holds ``MARKER``); docket never replaces another folder.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from docket.corpus import Corpus
from docket.errors import DocketError
from docket.findings import Finding
from docket.model.common import Language
from docket.model.meeting import MeetingStatus
from docket.render.audience import Audience
from docket.render.convert import Format, Job, convert_all
from docket.render.documents import brief_doc
from docket.site import paths
from docket.site.body_page import body_page
from docket.site.context import PERMALINK_KINDS, Outcome, Site
from docket.site.feed import atom_feed
from docket.site.files import Published
from docket.site.home_page import home_page
from docket.site.meeting_page import meeting_page
from docket.site.oparl import oparl_files
from docket.site.page import Page, render
from docket.site.permalinks import permalink_page
from docket.site.person_page import person_page
from docket.site.plan_page import plan_page
from docket.site.registers import all_registers, register_pages
from docket.site.search import SEARCH_JS, index_site, search_page
from docket.site.words import word

MARKER = ".docket-site"


class SiteError(DocketError):
    """The site cannot be written where asked (a usage error, exit code 2)."""


@dataclass(frozen=True)
class SiteOptions:
    audience: Audience
    as_of: date
    lang: Language | None = None
    base_url: str = "http://localhost:8000/"
    title: str | None = None
    packs: bool = True


@dataclass(frozen=True)
class SiteSummary:
    pages: int
    files: int
    largest_page: tuple[str, int]


def site_language(corpus: Corpus) -> Language:
    """The language most bodies use (Danish when there is none)."""
    counts = Counter(b.obj.language for b in corpus.bodies.values())
    return counts.most_common(1)[0][0] if counts else Language.DA


def site_title(corpus: Corpus, lang: Language) -> str:
    """The name of the one body that reports to no other, or a general title."""
    roots = [b.obj for b in corpus.bodies.values() if b.obj.reports_to is None]
    return roots[0].name.get(lang) if len(roots) == 1 else word("site_title", lang)


def _packs(site: Site, published: Published, findings: Sequence[Finding]) -> dict[str, bytes]:
    """Briefing packs (PDF and Word) for the meetings ahead: what members prepare from."""
    lang = site.lang
    ahead = [
        m.obj
        for m in site.meetings()
        if m.obj.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED)
        and m.obj.date >= site.as_of
    ]
    jobs: list[tuple[str, str, Job]] = []
    for meeting in ahead:
        document = brief_doc(site.corpus, meeting, site.as_of, findings, lang, site.audience)
        for fmt, key in ((Format.PDF, "pack_pdf"), (Format.DOCX, "pack_docx")):
            target = (
                f"{paths.meeting(meeting.id)}{meeting.id}-brief-{site.audience.value}-"
                f"{lang.value}.{fmt.extension}"
            )
            jobs.append((meeting.id, target, Job(document, fmt, site.as_of)))
            published.packs.setdefault(meeting.id, []).append((word(key, lang), target))
    outputs = convert_all([job for _, _, job in jobs]) if jobs else []
    return {target: data for (_, target, _), data in zip(jobs, outputs, strict=True)}


def _pages(site: Site, published: Published) -> Iterator[Page]:
    """Every page, one at a time: each is written and let go before the next is made, so the
    site's peak memory is that of the record and one page, not of every page."""
    corpus = site.corpus
    bodies = sorted((b.obj for b in corpus.bodies.values()), key=lambda b: b.id)
    yield home_page(site, bodies)
    yield search_page(site.lang)
    yield from (body_page(site, body) for body in bodies)
    yield from (plan_page(site, plan.obj) for plan in corpus.annual_plans)
    yield from (meeting_page(site, m.obj, published) for m in site.meetings())
    for kind in PERMALINK_KINDS:
        for located in corpus.by_kind(kind):
            obj = located.obj
            if isinstance(obj, Outcome) and located.meeting and site.sees(obj.id):
                yield permalink_page(site, located, obj)
    for register in all_registers(site):
        yield from register_pages(site, register)
    if site.with_people:
        people = sorted(corpus.people.values(), key=lambda p: p.id)
        yield from (person_page(site, p) for p in people)


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise SiteError(f"{target} is a file: give a folder for the site")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise SiteError(
            f"{target} is not empty and is not a site docket made: give an empty or new folder"
        )


class Writer:
    """Writes the site's files into one folder, making each sub-folder once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: set[Path] = set()

    def __call__(self, relative: str, data: bytes) -> None:
        path = self.folder / relative
        if path.parent not in self.made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(path.parent)
        path.write_bytes(data)


def build_site(
    corpus: Corpus, target: Path, options: SiteOptions, findings: Sequence[Finding] = ()
) -> SiteSummary:
    """Write the site for ``corpus`` to ``target``; ``findings`` are the checks' findings as of
    ``options.as_of``, which the briefing packs report."""
    target = target.resolve()
    _check_target(target)
    lang = options.lang or site_language(corpus)
    base_url = options.base_url if options.base_url.endswith("/") else options.base_url + "/"
    site = Site(
        corpus,
        lang,
        options.audience,
        options.as_of,
        base_url,
        options.title or site_title(corpus, lang),
    )
    published = Published(corpus.root)
    for commission in corpus.commissions:
        published.add_document(commission.obj.id, commission.obj.body, commission.obj.versions)
    for rules in corpus.rules:
        published.add_document(rules.obj.id, rules.obj.body, list(rules.obj.versions))
    for plan in corpus.annual_plans:
        published.add_plan(plan.obj.id)
    packs = _packs(site, published, findings) if options.packs else {}
    staging = target.parent / f".{target.name}.docket-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        write = Writer(staging)
        largest: tuple[str, int] = ("", 0)
        pages = 0
        for page in _pages(site, published):
            pages += 1
            data = render(site, page).encode("utf-8")
            write(paths.file_of(page.folder), data)
            if len(data) > largest[1]:
                largest = (paths.file_of(page.folder), len(data))
        shipped = files("docket.site") / "data"
        write(paths.STYLE, (shipped / "style.css").read_bytes())
        write(SEARCH_JS, (shipped / "search.js").read_bytes())
        write(paths.FEED, atom_feed(site))
        for relative, data in oparl_files(site, published).items():
            write(relative, data)
        for relative, data in packs.items():
            write(relative, data)
        for relative, source in published.copies.items():
            write(relative, source.read_bytes())
        write(".nojekyll", b"")
        write(MARKER, b"made by docket site; the whole folder is replaced on rebuild\n")
        index_site(staging, lang)
        count = sum(1 for path in staging.rglob("*") if path.is_file())
        _replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteSummary(pages=pages, files=count, largest_page=largest)


def _replace(staging: Path, target: Path) -> None:
    """Move the finished site into place; the old one is removed only after the move."""
    if not target.exists():
        staging.rename(target)
        return
    old = target.parent / f".{target.name}.docket-old-{os.getpid()}"
    target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
