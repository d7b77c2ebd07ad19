"""Text from YAML is data, never markup: hostile titles, minutes, links and attachment paths
in a meeting record show as the characters they are and lead nowhere unsafe."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML
from tests.website.conftest import build, copy_record

TWG = "meetings/twg/2025-04-24-twg-1.yaml"
SCRIPT = '<script>alert("x")</script>'


def _hostile(tmp_path: Path) -> Path:
    repo = copy_record(tmp_path)
    (repo / "secret.txt").write_text("outside", encoding="utf-8")
    yaml = YAML(typ="rt")
    path = repo / TWG
    record = yaml.load(path.read_text(encoding="utf-8"))
    item = record["items"][1]
    item["title"] = f"Punkt {SCRIPT} & <b>fed</b>"
    item["minutes"] = (
        "Første afsnit <img src=x onerror=alert(1)>\n\n- **ikke fed** [link](javascript:x)"
    )
    # a javascript: link never reaches the site: the model refuses it (tests/hostile)
    item["attachments"] = [
        {"number": "2.2", "title": "Udenfor", "path": "../../../../etc/passwd"},
        {"number": "2.3", "title": "Indenfor", "path": "secret.txt"},
    ]
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(record, stream)
    return repo


def test_hostile_text_is_escaped_and_unsafe_links_are_not_links(tmp_path: Path) -> None:
    site = build(_hostile(tmp_path), tmp_path / "site", "--no-packs")
    page = (site / "m" / "twg-m1" / "index.html").read_text(encoding="utf-8")
    assert SCRIPT not in page and "<img" not in page and "<b>" not in page
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;' in page
    assert "**ikke fed** [link](javascript:x)" in page
    assert "javascript:" not in page.replace("[link](javascript:x)", "")
    assert 'href="files/2.3-secret.txt"' in page
    assert "outside" == (site / "m" / "twg-m1" / "files" / "2.3-secret.txt").read_text("utf-8")
    assert [] == [p for p in site.rglob("*passwd*")]


def test_published_attachment_is_an_oparl_file(tmp_path: Path) -> None:
    import json

    from jsonschema import Draft4Validator

    site = build(_hostile(tmp_path), tmp_path / "site", "--no-packs")
    schema = json.loads((Path(__file__).parent / "oparl-1.1" / "File.json").read_text("utf-8"))
    record = json.loads((site / "oparl" / "file" / "twg-m1-i2-2.3.json").read_text("utf-8"))
    assert [] == [e.message for e in Draft4Validator(schema).iter_errors(record)]
    assert "http://localhost:8000/m/twg-m1/files/2.3-secret.txt" == record["accessUrl"]
    assert ["2.3"] == [
        p.name.split("-")[-1].removesuffix(".json") for p in (site / "oparl" / "file").iterdir()
    ]
