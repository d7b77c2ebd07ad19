"""The registers: decisions, follow-ups, forwarded input and pending decisions across bodies.

Filters work without JavaScript: every value of every filter (body, year, status, owner) has a
page of its own, and long lists are split into pages of ``PAGE_SIZE`` entries, so that no page
grows past the size budget however large the record is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from docket.model.meeting import FollowUp, Forward, PendingDecision
from docket.model.written_procedure import WrittenProcedure
from docket.render.build_registers import decision_register, follow_up_register
from docket.render.procedure_index import procedure_index
from docket.render.report import DecisionLine
from docket.site import paths
from docket.site.context import Site
from docket.site.html import Html, element, join
from docket.site.page import Page
from docket.site.words import follow_up_state, pending_status_word, word
from docket.words import OUTCOME, format_date, label

PAGE_SIZE = 100
DIMENSIONS = ("body", "year", "status", "owner")


@dataclass(frozen=True)
class Entry:
    """One row of a register; ``facets`` maps a filter to (its value's key, its label)."""

    object_id: str
    cells: Callable[[str], list[tuple[str, Html | str]]]
    facets: dict[str, tuple[str, str]]


@dataclass(frozen=True)
class Register:
    kind: str
    title: str
    columns: tuple[str, ...]
    entries: list[Entry]

    @cached_property
    def selections(self) -> dict[str, dict[str, tuple[str, int]]]:
        """Filter -> value key -> (label, number of entries)."""
        found: dict[str, dict[str, tuple[str, int]]] = {}
        for entry in self.entries:
            for dimension, (key, text) in entry.facets.items():
                values = found.setdefault(dimension, {})
                _, count = values.get(key, (text, 0))
                values[key] = (text, count + 1)
        return found


def _procedure(site: Site, decision_id: str) -> WrittenProcedure:
    """The written procedure whose outcome is the decision ``decision_id`` (it has no meeting)."""
    return site.corpus.derive(procedure_index).by_decision[decision_id][0]


def _source(site: Site, object_id: str, folder: str) -> Html | str:
    """The meeting an outcome was recorded at, as a link to its item; for the decision of a
    written procedure, which has no page, the procedure and its day."""
    located = site.corpus.objects[object_id]
    meeting = located.meeting
    if meeting is None:
        procedure = _procedure(site, object_id)
        day = format_date(procedure.decided or procedure.deadline, site.lang)
        return word("written_procedure_source", site.lang, date=day)
    return site.link(
        paths.meeting(meeting.id),
        folder,
        format_date(meeting.date, site.lang),
        located.item.id if located.item else None,
    )


def _common_facets(site: Site, object_id: str) -> dict[str, tuple[str, str]]:
    meeting = site.corpus.objects[object_id].meeting
    if meeting is None:
        procedure = _procedure(site, object_id)
        body, day = procedure.body, procedure.decided or procedure.deadline
    else:
        body, day = meeting.body, meeting.date
    return {
        "body": (body, site.corpus.name_of(body, site.lang)),
        "year": (str(day.year), str(day.year)),
    }


def decisions(site: Site) -> Register:
    lang = site.lang
    lines = decision_register(site.corpus, lang, site.audience, site.as_of).decisions
    entries = []
    for line in lines:
        outcome = OUTCOME[lang][line.outcome]

        def cells(
            folder: str, line: DecisionLine = line, outcome: str = outcome
        ) -> list[tuple[str, Html | str]]:
            return [
                ("decision", site.link_id(line.id, folder, line.text)),
                ("outcome", outcome),
                ("body", line.source.body if line.source else ""),
                ("meeting", _source(site, line.id, folder)),
            ]

        facets = _common_facets(site, line.id) | {"status": (line.outcome.value, outcome)}
        entries.append(Entry(line.id, cells, facets))
    return Register(
        "decisions", word("decisions", lang), ("decision", "outcome", "body", "meeting"), entries
    )


def follow_ups(site: Site) -> Register:
    lang = site.lang
    lines = follow_up_register(site.corpus, lang, site.audience, site.as_of).follow_ups
    entries = []
    for line in lines:
        obj = site.corpus.objects[line.id].obj
        assert isinstance(obj, FollowUp)
        state = follow_up_state(obj, site.as_of, lang)
        status_key = "overdue" if line.overdue else obj.status.value

        def cells(
            folder: str, obj: FollowUp = obj, state: str = state
        ) -> list[tuple[str, Html | str]]:
            return [
                ("follow_up", site.link_id(obj.id, folder, obj.text)),
                ("owner", site.party(obj.owner, folder) or label("no_owner", lang)),
                ("due", format_date(obj.due, lang) if obj.due else label("no_due", lang)),
                ("status", state),
                ("meeting", _source(site, obj.id, folder)),
            ]

        facets = _common_facets(site, line.id) | {"status": (status_key, state)}
        if obj.owner:
            facets["owner"] = (obj.owner, site.corpus.name_of(obj.owner, lang))
        entries.append(Entry(line.id, cells, facets))
    return Register(
        "follow-ups",
        word("follow_ups", lang),
        ("follow_up", "owner", "due", "status", "meeting"),
        entries,
    )


def forwarded(site: Site) -> Register:
    lang = site.lang
    entries = []
    for located in site.outcomes("forward", Forward):
        obj = located.obj
        answered = bool(site.addressed_by(obj.id))
        # A status in lower case, like every other register's ("åben", "afgjort").
        state = label("state_taken-up", lang) if answered else word("awaiting_answer", lang)

        def cells(
            folder: str, obj: Forward = obj, state: str = state
        ) -> list[tuple[str, Html | str]]:
            return [
                ("forward", site.link_id(obj.id, folder, obj.text)),
                ("forwarded_to", site.body_link(obj.to, folder)),
                ("status", state),
                ("meeting", _source(site, obj.id, folder)),
            ]

        facets = _common_facets(site, obj.id) | {
            "status": ("taken-up" if answered else "awaiting", state)
        }
        entries.append(Entry(obj.id, cells, facets))
    return Register(
        "forwarded",
        word("forwarded_register", lang),
        ("forward", "forwarded_to", "status", "meeting"),
        entries,
    )


def pending(site: Site) -> Register:
    lang = site.lang
    entries = []
    for located in site.outcomes("pending-decision", PendingDecision):
        obj = located.obj
        state = pending_status_word(obj.status, lang)

        def cells(
            folder: str, obj: PendingDecision = obj, state: str = state
        ) -> list[tuple[str, Html | str]]:
            return [
                ("pending_decision", site.link_id(obj.id, folder, obj.text)),
                ("awaiting_body", site.body_link(obj.body, folder)),
                ("status", state),
                ("meeting", _source(site, obj.id, folder)),
            ]

        facets = _common_facets(site, obj.id) | {"status": (obj.status.value, state)}
        entries.append(Entry(obj.id, cells, facets))
    return Register(
        "pending",
        word("pending_register", lang),
        ("pending_decision", "awaiting_body", "status", "meeting"),
        entries,
    )


def all_registers(site: Site) -> list[Register]:
    return [decisions(site), follow_ups(site), forwarded(site), pending(site)]


def _filters(site: Site, register: Register, folder: str, current: str | None) -> Html:
    lang = site.lang
    groups = []
    for dimension, values in register.selections.items():
        links = []
        for key, (text, count) in sorted(values.items(), key=lambda kv: kv[1][0].casefold()):
            selection = f"{dimension}-{key}"
            links.append(
                element(
                    "li",
                    element(
                        "a",
                        f"{text} ({count})",
                        href=paths.href(paths.register(register.kind, selection), folder),
                        aria_current="page" if selection == current else None,
                    ),
                )
            )
        groups.append(join(element("h3", word(f"filter_{dimension}", lang)), element("ul", links)))
    everything = element(
        "p",
        element(
            "a",
            word("all_entries", lang, n=len(register.entries)),
            href=paths.href(paths.register(register.kind), folder),
            aria_current="page" if current is None else None,
        ),
    )
    return element(
        "nav",
        element("h2", word("filters", lang)),
        everything,
        groups,
        class_="filters",
        aria_label=word("filters", lang),
    )


def _table(site: Site, register: Register, entries: list[Entry], folder: str) -> Html:
    lang = site.lang
    head = element(
        "thead",
        element("tr", (element("th", word(c, lang), scope="col") for c in register.columns)),
    )
    rows = [
        element(
            "tr",
            (
                element("td", value, data_label=word(key, lang))
                for key, value in entry.cells(folder)
            ),
        )
        for entry in entries
    ]
    return element("table", head, element("tbody", rows))


def _page_link(
    site: Site, kind: str, selection: str | None, number: int, page: int, folder: str
) -> Html:
    target = paths.register(kind, selection, number)
    return element(
        "li",
        element(
            "a",
            str(number),
            href=paths.href(target, folder),
            aria_current="page" if number == page else None,
            aria_label=word("page_n", site.lang, n=number),
        ),
    )


def _pager(site: Site, links: list[Html]) -> Html:
    if len(links) == 1:
        return Html("")
    return element(
        "nav", element("ul", links), class_="filters", aria_label=word("pages", site.lang)
    )


class _Pagers:
    """The page links of one selection, each made once: a pager lists every page of its
    selection, so making every link anew on each page would cost the square of the pages.

    The first page lies one folder above the others (``registers/KIND/SEL/`` against
    ``.../page-N/``) and gets its links made for it. A later page links to every other page
    from the same depth as any later page does, so those links are made once (from another
    later page's folder); its link to itself (``index.html``, marked current) is made for it."""

    def __init__(self, site: Site, kind: str, selection: str | None, pages: int) -> None:
        self.site, self.kind, self.selection, self.pages = site, kind, selection, pages
        self._others: list[Html] = []

    def _link(self, number: int, page: int, folder: str) -> Html:
        return _page_link(self.site, self.kind, self.selection, number, page, folder)

    def __call__(self, page: int, folder: str) -> Html:
        numbers = range(1, self.pages + 1)
        if page == 1:
            return _pager(self.site, [self._link(n, 1, folder) for n in numbers])
        if not self._others:
            self._others = [
                self._link(n, 0, paths.register(self.kind, self.selection, 3 if n == 2 else 2))
                for n in numbers
            ]  # page 0: none of them is the current page
        links = list(self._others)
        links[page - 1] = self._link(page, page, folder)
        return _pager(self.site, links)


def register_pages(site: Site, register: Register) -> Iterator[Page]:
    selections: list[tuple[str | None, str | None, list[Entry]]] = [(None, None, register.entries)]
    chosen: dict[tuple[str, str], list[Entry]] = {}
    for entry in register.entries:
        for dimension, (key, _) in entry.facets.items():
            chosen.setdefault((dimension, key), []).append(entry)
    for dimension, values in register.selections.items():
        for key, (text, _) in values.items():
            selections.append(
                (
                    f"{dimension}-{key}",
                    f"{word(f'filter_{dimension}', site.lang)}: {text}",
                    chosen[(dimension, key)],
                )
            )
    for selection, caption, entries in selections:
        pages = max(1, -(-len(entries) // PAGE_SIZE))
        pager = _Pagers(site, register.kind, selection, pages)
        for page in range(1, pages + 1):
            folder = paths.register(register.kind, selection, page)
            if page <= 2:  # every later page has the second's filters: same depth, same links
                filters = _filters(site, register, folder, selection)
            chunk = entries[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
            title = register.title if caption is None else f"{register.title} {chr(8211)} {caption}"
            if pages > 1:
                title += f" ({word('page_n', site.lang, n=page)})"
            main = join(
                element(
                    "p",
                    word(
                        "register_count",
                        site.lang,
                        n=len(entries),
                        date=format_date(site.as_of, site.lang),
                    ),
                ),
                _table(site, register, chunk, folder)
                if chunk
                else element("p", word("none", site.lang)),
                pager(page, folder),
                filters,
            )
            yield Page(folder, title, main, searchable=False)
