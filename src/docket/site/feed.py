"""An Atom feed (RFC 4287) of the newest decisions and meetings, with absolute links; titles
and summaries keep dates and numbered labels on one line (``docket.typography``), ids and
links stay as they are."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from xml.etree import ElementTree as ET

from docket.model.meeting import Decision
from docket.site import paths
from docket.site.context import Site
from docket.site.words import word
from docket.typography import keep_together
from docket.words import format_date

ATOM = "http://www.w3.org/2005/Atom"
XML = "http://www.w3.org/XML/1998/namespace"
ENTRIES = 50


def _stamp(day: date) -> str:
    return datetime.combine(day, time(12), tzinfo=UTC).isoformat().replace("+00:00", "Z")


def _url(site: Site, folder: str) -> str:
    return site.base_url + folder


def atom_feed(site: Site) -> bytes:
    lang = site.lang
    entries: list[tuple[date, str, str, str, str]] = []
    for located in site.meetings():
        meeting = located.obj
        title = f"{site.meeting_title(meeting)}, {format_date(meeting.date, lang)}"
        entries.append((meeting.date, meeting.id, title, paths.meeting(meeting.id), title))
    for decision in site.outcomes("decision", Decision):
        assert decision.meeting is not None
        obj = decision.obj
        entries.append(
            (
                decision.meeting.date,
                obj.id,
                f"{word('decision', lang)}: {' '.join(obj.text.split())[:120]}",
                paths.permalink(obj.id),
                obj.text,
            )
        )
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {f"{{{XML}}}lang": lang.value})
    ET.SubElement(feed, f"{{{ATOM}}}title").text = word("feed_title", lang, site=site.title)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = _url(site, paths.FEED)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=_url(site, paths.FEED))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=_url(site, ""))
    newest = entries[0][0] if entries else site.as_of
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(newest)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = site.title
    for day, _, title, folder, summary in entries[:ENTRIES]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = keep_together(title)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = _url(site, folder)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=_url(site, folder))
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(day)
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = keep_together(summary)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
        feed, encoding="unicode"
    ).encode("utf-8")
