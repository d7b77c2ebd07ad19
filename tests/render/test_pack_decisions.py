"""A pack's decisions that belong to one of its items or one piece of input, found through the
decision index (``render.decision_index``) rather than among every decision: on the NGC record,
each board item lists the decisions taken where its input arose, and forwarded input that a
decision answers says where it was answered; nothing else is listed with them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import copy_ngc_record
from tests.render.conftest import docket

ANSWERED_BY_I6 = "        text: Arbejdsgruppen tog målsætningerne til efterretning.\n"


def _pack(root: Path, out: Path) -> str:
    run = docket("brief", "--root", str(root), "--as-of", "2025-04-25", "--to", "md",
                 "-o", str(out))  # fmt: skip
    assert 0 == run.code, run.err
    (path,) = out.glob("*.md")
    return path.read_text(encoding="utf-8")


def _sections(pack: str, heading: str) -> list[str]:
    """The text under each '## heading' of the pack, up to the next heading."""
    parts = pack.split(f"## {heading} ")[1:]
    return [part.split("\n## ", 1)[0] for part in parts]


def test_each_item_lists_the_decisions_taken_where_its_input_arose(tmp_path: Path) -> None:
    pack = _pack(copy_ngc_record(tmp_path / "ngc"), tmp_path / "out")
    earlier = _sections(pack, "Tidligere beslutninger")
    assert len(earlier) == 2
    assert "Arbejdsgruppen tog målsætningerne til efterretning." in earlier[0]
    assert "pkt. 6: Kommentering af årshjul" in earlier[0]
    assert "beslutning om variant- og frekvensdatabaser fortsat udestår" in earlier[1]
    assert "pkt. 3: Gennemgang af kommissorium" in earlier[1]
    assert "Besvaret" not in pack


def test_input_a_decision_answers_says_where(tmp_path: Path) -> None:
    root = copy_ngc_record(tmp_path / "ngc")
    meeting = root / "meetings" / "twg" / "2025-04-24-twg-1.yaml"
    text = meeting.read_text(encoding="utf-8")
    assert text.count(ANSWERED_BY_I6) == 1
    meeting.write_text(
        text.replace(
            ANSWERED_BY_I6, ANSWERED_BY_I6 + "        answers: [twg-m1-i3-forward-commission]\n"
        ),
        encoding="utf-8",
    )
    pack = _pack(root, tmp_path / "out")
    answered = [line for line in pack.splitlines() if "Besvaret:" in line]
    assert answered, pack
    assert all("pkt. 6" in line for line in answered)
    forwarded = _sections(pack, "Input fra andre organer")
    assert any("Besvaret:" in part for part in forwarded)
