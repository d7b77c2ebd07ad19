"""The board briefing pack on the fixture repository, opened for real in every format."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from tests.render.conftest import docket, written
from tests.render.extract import text_of

from docket import pipeline
from docket.load import LoadResult
from docket.render.provenance import content_hash

FORMATS = (".pdf", ".docx", ".html", ".md")


@pytest.fixture(scope="module")
def pack(shared_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("pack")
    run = docket(
        "brief",
        "--root",
        str(shared_repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "pdf,docx,html,md",
        "-o",
        str(out),
    )
    paths = written(run)
    assert set(FORMATS) == set(paths)
    assert "rendered pdf" in run.err  # progress on stderr
    return {suffix: text_of(path) for suffix, path in paths.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_is_for_the_boards_meeting_of_7_may(pack: dict[str, str], fmt: str) -> None:
    text = pack[fmt]
    assert "Mødemateriale til Bestyrelsen for drift af genomdatabasen" in text
    assert 1 == text.count("Møde 1, 7. maj 2025") - text.count("· Møde 1, 7. maj 2025")
    assert "Opgjort pr. 25. april 2025" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_cover_names_the_data_it_was_made_from(
    pack: dict[str, str], fmt: str, shared_repo: Path
) -> None:
    text = pack[fmt]
    assert "Git-version ikke et git-repository" in text
    assert f"Indholdets SHA-256 {content_hash(shared_repo)}" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_agenda_has_recommendations(pack: dict[str, str], fmt: str) -> None:
    text = pack[fmt]
    assert "2. 10.10 Godkendelse af årshjul og budget 2025 (B) v/Bettina Lundgren" in text
    assert "Det indstilles, at bestyrelsen godkender årshjul og budget 2025." in text
    assert "Bilag 2.1 Udkast til årshjul og budget 2025" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_shows_forwarded_input_with_its_source(pack: dict[str, str], fmt: str) -> None:
    text = pack[fmt]
    section = text[text.rindex("Input fra andre organer") :]
    assert "Infrastrukturen skal understøtte klinisk drift." in section
    assert (
        "Kilde: Den tekniske arbejdsgruppe, møde 1, 24. april 2025, pkt. 6: "
        "Kommentering af årshjul for drift af infrastrukturen 2025" in section
    )
    assert "På dagsordenen under pkt. 2." in section


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_shows_the_pending_decision_and_how_long_it_waited(
    pack: dict[str, str], fmt: str
) -> None:
    text = pack[fmt]
    section = text[text.rindex("Beslutninger, der afventer") :]
    assert "Beslutning om variant- og frekvensdatabaser." in section
    assert "Afventer siden 18. december 2024 (128 dage)" in section


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_lists_open_follow_ups_by_owner(pack: dict[str, str], fmt: str) -> None:
    text = pack[fmt]
    section = text[text.rindex("Åbne opfølgningspunkter") :]
    owners = [section.index(name) for name in ("Bettina Lundgren", "Jacob Drasbeck", "NGC 30")]
    assert sorted(owners) == owners
    assert "NGC inviterer til et fysisk møde i år inkl. fremvisning af datacentret." in section


@pytest.mark.parametrize("fmt", FORMATS)
def test_pack_lists_decisions_governance_milestones_and_checks(
    pack: dict[str, str], fmt: str
) -> None:
    text = pack[fmt]
    assert "Forretningsordenen blev godkendt med ændringer." in text
    assert (
        "Forretningsorden for den tekniske arbejdsgruppe (version 1.0, vedtaget 24. april 2025"
        in text
    )
    assert "Medlemmerne får 10 dage til at kommentere mødereferatet i stedet for 5 dage." in text
    assert "Ibrugtagning af HPC 2025" in text
    assert "Årsrapport" not in text  # December is more than three months ahead
    assert "0 fejl, 1 advarsler, 1 bemærkninger." in text
    assert "DK126" not in text  # check codes only in the secretariat's appendix


def test_the_secretariat_appendix_lists_findings_with_codes_on_request(
    shared_repo: Path, tmp_path: Path
) -> None:
    run = docket(
        "brief",
        "--root",
        str(shared_repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "md",
        "--appendix",
        "-o",
        str(tmp_path),
    )
    text = text_of(written(run)[".md"])
    appendix = text[text.index("Sekretariatets tekniske bilag") :]
    assert "advarsel DK126" in appendix


def test_pack_in_english(shared_repo: Path, tmp_path: Path) -> None:
    run = docket(
        "brief",
        "--root",
        str(shared_repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "html",
        "--lang",
        "en",
        "-o",
        str(tmp_path),
    )
    text = text_of(written(run)[".html"])
    for expected in (
        "Briefing pack for the board for the operation of the genome database",
        "As of 25 April 2025",
        "Input forwarded by other bodies",
        "Awaiting since 18 December 2024 (128 days)",
        "Open follow-ups",
        "Milestones in the next three months",
    ):
        assert expected in text


def test_pack_in_a_git_repository_names_the_commit(repo: Path, tmp_path: Path) -> None:
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "data")
    head = git("rev-parse", "HEAD")
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "md",
        "-o",
        str(tmp_path / "clean"),
    )
    assert f"Git-version {head}" in text_of(written(run)[".md"])
    assert "ikke-committede" not in text_of(written(run)[".md"])
    (repo / "governance" / "people.yaml").write_text(
        (repo / "governance" / "people.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    run = docket(
        "brief",
        "--root",
        str(repo),
        "--as-of",
        "2025-04-25",
        "--to",
        "md",
        "-o",
        str(tmp_path / "dirty"),
    )
    assert f"Git-version {head} (ikke-committede ændringer)" in text_of(written(run)[".md"])


def test_content_hash_covers_every_data_file_in_order(repo: Path) -> None:
    before = content_hash(repo)
    digest = hashlib.sha256()
    for file in sorted([*repo.glob("governance/**/*.yaml"), *repo.glob("meetings/**/*.yaml")]):
        digest.update(
            file.relative_to(repo).as_posix().encode() + b"\0" + file.read_bytes() + b"\0"
        )
    assert digest.hexdigest() == before
    (repo / "meetings" / "board" / "2025-05-07-board-1.yaml").write_bytes(b"kind: meeting\n")
    assert before != content_hash(repo)


def test_without_as_of_a_past_meeting_is_briefed_as_of_the_day_before(
    shared_repo: Path, tmp_path: Path
) -> None:
    run = docket("brief", "--root", str(shared_repo), "--to", "md", "-o", str(tmp_path))
    assert 0 == run.code, run.err
    assert "using its latest planned meeting, 'board-2025-05-07'" in run.err
    assert "as of 2025-05-06, the day before it" in run.err
    assert "Opgjort pr. 6. maj 2025" in text_of(written(run)[".md"])


def test_a_body_and_meeting_can_be_chosen(shared_repo: Path, tmp_path: Path) -> None:
    run = docket(
        "brief",
        "--root",
        str(shared_repo),
        "--body",
        "twg",
        "--meeting",
        "twg-2025-04-24",
        "--as-of",
        "2025-04-20",
        "--to",
        "md",
        "-o",
        str(tmp_path),
    )
    text = text_of(written(run)[".md"])
    assert "Mødemateriale til den tekniske arbejdsgruppe" in text
    assert "Beslutning om variant- og frekvensdatabaser" not in text  # awaits the board


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--body", "nobody"), "no body has the id 'nobody'"),
        (("--meeting", "no-such-meeting"), "no meeting has the id or file 'no-such-meeting'"),
        (("--meeting", "twg-2025-04-24", "--body", "board"), "is a meeting of 'twg'"),
        (("--to", "pdf,odt"), "unknown format 'odt'"),
    ],
)
def test_bad_requests_are_usage_errors(
    shared_repo: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    run = docket("brief", "--root", str(shared_repo), "-o", str(tmp_path), *args)
    assert 2 == run.code
    assert message in run.err
    assert "Traceback" not in run.err


def test_a_file_that_does_not_load_is_reported_but_does_not_stop_the_pack(
    repo: Path, tmp_path: Path
) -> None:
    (repo / "meetings" / "twg" / "broken.yaml").write_text(
        "kind: meeting\nid: [\n", encoding="utf-8"
    )
    run = docket(
        "brief", "--root", str(repo), "--as-of", "2025-04-25", "--to", "md", "-o", str(tmp_path)
    )
    assert 0 == run.code
    assert "1 file(s) have errors and may be missing from the document" in run.err
    assert "fejl" in text_of(written(run)[".md"])


def test_brief_loads_and_checks_the_repository_once(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[Path] = []
    load_repository = pipeline.load_repository

    def counted(root: Path, **options: Any) -> LoadResult:
        loads.append(root)
        return load_repository(root, **options)

    monkeypatch.setattr(pipeline, "load_repository", counted)
    run = docket(
        "brief", "--root", str(repo), "--as-of", "2025-04-25", "--to", "md", "-o", str(tmp_path)
    )
    assert 0 == run.code, run.err
    assert [repo] == loads


def test_the_configured_body_is_briefed_without_body(repo: Path, tmp_path: Path) -> None:
    (repo / "docket.toml").write_text('brief_body = "twg"\n', encoding="utf-8")
    run = docket(
        "brief", "--root", str(repo), "--as-of", "2025-04-20", "--to", "md", "-o", str(tmp_path)
    )
    assert "Mødemateriale til den tekniske arbejdsgruppe" in text_of(written(run)[".md"])


def test_without_a_configured_body_two_boards_are_a_usage_error(repo: Path, tmp_path: Path) -> None:
    twg = repo / "governance" / "bodies" / "twg.yaml"
    twg.write_text(
        twg.read_text(encoding="utf-8").replace("type: working-group", "type: board"),
        encoding="utf-8",
    )
    run = docket("brief", "--root", str(repo), "--to", "md", "-o", str(tmp_path))
    assert 2 == run.code
    assert "the repository has boards board, twg: name the body with --body" in run.err
