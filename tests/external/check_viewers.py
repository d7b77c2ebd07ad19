"""Open the rendered briefing pack in the programs its readers use: LibreOffice (DOCX -> PDF)
and headless Chromium (HTML, with the console captured). Run by ``nox -s viewers``.

These programs are not pip-installable, so this is not part of ``nox -s tests``; on Debian:
``apt-get install libreoffice-writer-nogui chromium poppler-utils``. It first proves that its
console check can fail (on a page that throws), then checks the real pack. Exits non-zero on any
problem.
"""

from __future__ import annotations

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
