"""Open the rendered briefing pack in the programs its readers use: LibreOffice (DOCX -> PDF)
and headless Chromium (HTML, with the console captured, and laid out 375 px wide to find any
word broken inside or anything wider than the screen). Run by ``nox -s viewers``.

These programs are not pip-installable, so this is not part of ``nox -s tests``; on Debian:
``apt-get install libreoffice-writer-nogui chromium poppler-utils``. It first proves that its
console check and its word check can fail (on planted pages), then checks the real pack. Exits
non-zero on any problem.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def console_errors(chromium: str, page: Path, profile: Path) -> list[str]:
    completed = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return [line for line in completed.stderr.splitlines() if "CONSOLE" in line.upper()]


WORD_CHECK = """<style>html { width: 375px; }</style>
<script>
// Headless Chromium will not make its window narrower than ~485 px, so the page is laid out
// 375 px wide (the phone styles apply below 600 px either way) and measured there.
// Every word of the page (split after a hyphen or slash, where a line may break) whose
// letters lie on more than one line: a word broken inside. Strings longer than 40 characters
// (a checksum, an address) are not words and may wrap.
const broken = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  const words = /[^\\s\\-\\/]+[\\-\\/]?/g;
  let match;
  while ((match = words.exec(node.data))) {
    if (match[0].length > 40) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                         .map(r => Math.round(r.top)));
    if (tops.size > 1) broken.push(match[0]);
  }
}
document.body.setAttribute("data-broken-words", JSON.stringify(broken));
const right = Math.max(...[...document.body.querySelectorAll("*")]
                          .map(e => Math.ceil(e.getBoundingClientRect().right)));
document.body.setAttribute("data-page-width", String(right));
</script>"""


def phone_check(chromium: str, html: Path, out: Path) -> tuple[list[str], int]:
    """The words Chromium breaks inside at 375 px, and how far right the page reaches."""
    page = out / f"phone-{html.name}"
    page.write_text(
        html.read_text("utf-8").replace("</body>", WORD_CHECK + "</body>"), encoding="utf-8"
    )
    completed = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={out / 'profile-phone'}",
         "--window-size=375,800", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    words = re.search(r'data-broken-words="([^"]*)"', completed.stdout)
    width = re.search(r'data-page-width="(\d+)"', completed.stdout)
    assert words and width, "the word check did not run"
    return json.loads(html_lib.unescape(words[1])), int(width[1])


def main() -> int:
    soffice, chromium = shutil.which("soffice"), shutil.which("chromium")
    if not soffice or not chromium:
        print("needs soffice and chromium on PATH (see this script's docstring)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "docket",
                "brief",
                "--root",
                str(ROOT),
                "--as-of",
                "2025-04-25",
                "--to",
                "docx,html",
                "-o",
                str(out),
            ],
            check=True,
        )
        docx, html = next(out.glob("*.docx")), next(out.glob("*.html"))
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out / "lo"), str(docx)],
            check=True,
            timeout=300,
            capture_output=True,
        )
        pdf = out / "lo" / docx.with_suffix(".pdf").name
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Mødemateriale" in text and "bestyrelse" in text, "Danish text lost in LibreOffice"
        print(f"LibreOffice converted {docx.name} to PDF: {len(text)} characters, æøå intact")
        broken = out / "broken.html"
        broken.write_text("<script>console.error('planted'); undefinedCall();</script>", "utf-8")
        assert console_errors(chromium, broken, out / "profile-a"), "console capture is blind"
        errors = console_errors(chromium, html, out / "profile-b")
        assert not errors, errors
        print(f"Chromium opened {html.name} with no console messages")
        planted = out / "planted.html"
        planted.write_text(
            '<html><body><p style="width: 60px; overflow-wrap: anywhere">'
            "Genomdatabasen</p></body></html>",
            encoding="utf-8",
        )
        assert phone_check(chromium, planted, out)[0], "the word check is blind"
        broken, width = phone_check(chromium, html, out)
        assert not broken, f"words broken inside at 375 px: {broken}"
        assert width <= 375, f"the page is {width} px wide on a 375 px screen"
        print(f"Chromium at 375 px: no word broken inside, page {width} px wide")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
