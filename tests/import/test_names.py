"""How a person's name is told apart from what stands around it, and how the scorer counts it.

The excerpts are real (corpus/, each with its source address in its sidecar):
vikingeskibsmuseet-bestyrelse-2013-12-16 (docplayer.dk/1575397), southernhealth-board-2017-04-25,
melton-parish-council-2021-05-05, plymouthmn-council-2002-07-09, kk-oekonomiudvalget-2020-03-31
and deic-bestyrelse-2015-02-24.
"""

from __future__ import annotations

import importlib

import pytest

from docket.model.meeting import Attendance
from docket.workflow.import_minutes.absences import absences_in
from docket.workflow.import_minutes.glued import split_glued
from docket.workflow.import_minutes.people import ParticipantLine, split_title

score = importlib.import_module("tests.import.score")  # 'import' is a keyword


def test_a_name_inside_a_longer_glued_name_is_not_found() -> None:
    glued = ["Lars Fredsted Michael Lunn Björn Varenius"]  # the museum's 'Tilstede:' list
    assert not score.person_found("Lars Fredsted", glued)
    assert not score.person_found("Björn Varenius", glued)


def test_a_name_read_alike_is_found_whatever_its_case_and_spacing() -> None:
    assert score.person_found("Björn Varenius", ["Lars Fredsted", "björn  VARENIUS"])


@pytest.mark.parametrize(
    ("entry", "title", "name"),
    [
        ("Cllr Mr A H Porter", "Cllr Mr", "A H Porter"),
        ("Finance Director Hahn", "Finance Director", "Hahn"),
        ("City Forester Buck", "City Forester", "Buck"),
        ("Borgmester Ninna Hedeager Olsen", "Borgmester", "Ninna Hedeager Olsen"),
        ("Dr Lesley Stevens", "Dr", "Lesley Stevens"),
        ("Anne Marie Jensen", "", "Anne Marie Jensen"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(entry: str, title: str, name: str) -> None:
    assert (title, name) == split_title(entry)


@pytest.mark.parametrize(
    "glued",
    [
        "Alan Yates Julie Dawes Jon Allen Paula Anderson Dr Lesley Stevens",
        "Gitte Kudsk Kompetencecenterchef Lene Krøl Andersen",
        "Director of Finance",
    ],
)
def test_names_before_a_title_are_never_taken_for_the_title(glued: str) -> None:
    assert ("", glued) == split_title(glued)


def test_the_title_is_kept_in_the_entry_details() -> None:
    entry = ParticipantLine.parse("Cllr Mrs B Abbott, Vice Chair")
    assert ("B Abbott", "Cllr Mrs, Vice Chair") == (entry.name, entry.details)


REGIONH_MEMBERS = (  # regionh-forretningsudvalget-2010-01-04: 'Medlemmer:' (PDF text)
    "Vibeke Storm Rasmussen Leila Lindén Thor Buch Grønlykke Kirsten Lee Charlotte Fischer "
    "Benedikte Kiær Per Tærsbøl Lise Müller Julie Herdal Molbech Birgitte Kjøller Pedersen "
    "Henrik Thorup Kenneth Kristensen Berth Bent Larsen Hans Andersen Peer Wille-Jørgensen"
)


@pytest.mark.parametrize(
    ("entry", "name", "details"),
    [
        ("Cr Martin Ballangarry OAM", "Martin Ballangarry", "Cr, OAM"),
        ("Alex Neil MSP, Minister for Housing", "Alex Neil", "MSP, Minister for Housing"),
        ("Dr Avi Bhatia AB", "Avi Bhatia", "Dr, AB"),  # initials, read as such
    ],
)
def test_honours_after_a_name_are_not_part_of_it(entry: str, name: str, details: str) -> None:
    parsed = ParticipantLine.parse(entry)
    assert (name, details) == (parsed.name, parsed.details)


def test_an_apology_accepted_by_resolution_names_the_councillor_excused() -> None:
    line = "an apology for non attendance due to illness by Clr Zreika be accepted and"
    assert [(Attendance.EXCUSED, "Clr Zreika")] == absences_in(line)


def test_names_with_nothing_between_them_are_split_at_given_names() -> None:
    assert [
        "Vibeke Storm Rasmussen", "Leila Lindén", "Thor Buch Grønlykke", "Kirsten Lee",
        "Charlotte Fischer", "Benedikte Kiær", "Per Tærsbøl", "Lise Müller",
        "Julie Herdal Molbech", "Birgitte Kjøller Pedersen", "Henrik Thorup",
        "Kenneth Kristensen Berth", "Bent Larsen", "Hans Andersen", "Peer Wille-Jørgensen",
    ] == split_glued(REGIONH_MEMBERS)  # fmt: skip


def test_a_title_starts_a_name_in_a_list_without_commas() -> None:
    # southernhealth-board-2017-04-25: 'Present:' (PDF text)
    glued = "Sara Courtney Trevor Spires Dr Lesley Stevens"
    assert ["Sara Courtney", "Trevor Spires", "Dr Lesley Stevens"] == split_glued(glued)


@pytest.mark.parametrize(
    "name", ["Anne Marie Jensen", "Hans Christian Andersen", "Julie Herdal Molbech"]
)
def test_a_three_part_name_with_a_given_name_inside_stays_whole(name: str) -> None:
    assert split_glued(name) is None
    assert [name, "Lars Fredsted"] == split_glued(f"{name} Lars Fredsted")


@pytest.mark.parametrize(
    "text",
    [
        "Dagsordenen blev godkendt uden bemærkninger",  # a sentence
        "Charlotte Fischer ved sag nr. 6",  # a note after a name
        "Lars Fredsted",
    ],
)
def test_what_is_not_only_names_is_never_split(text: str) -> None:
    assert split_glued(text) is None


def test_roles_run_in_after_names_are_left_out() -> None:
    # southernhealth-board-2017-04-25: 'In attendance' names, then their roles, on one line
    glued = (
        "Chris Ash Gethin Hughes Mark Morgan Paul Streat Anna Williams Interim Chair Interim "
        "Chief Executive Officer Non-Executive Director Director of Finance"
    )
    assert ["Chris Ash", "Gethin Hughes", "Mark Morgan", "Paul Streat", "Anna Williams"] == (
        split_glued(glued)
    )


def test_an_office_word_starts_the_next_name_in_a_list_without_commas() -> None:
    # deic-bestyrelse-2015-02-24: '... Gitte Kudsk Kompetencecenterchef Lene Krøl Andersen ...'
    glued = "Gitte Kudsk Kompetencecenterchef Lene Krøl Andersen"
    names = split_glued(glued)
    assert ["Gitte Kudsk", "Kompetencecenterchef Lene Krøl Andersen"] == names
    assert ("Kompetencecenterchef", "Lene Krøl Andersen") == split_title(names[1])


def test_an_office_followed_by_more_title_words_is_not_cut_into_a_name() -> None:
    # napier-council-2020-08-27: officers listed by office only
    assert ("", "Director City Services") == split_title("Director City Services")
