"""Build corpus/rsyd-forretningsudvalget-2007-12-05.docx from the real minutes' text.

    python tests/import/builders/rsyd_docx.py

The text is Region Syddanmark's published minutes (the address is in the sidecar); the build
lays it out as Word minutes are: the meeting's facts in a two-column table, 'Dagsorden' and
each item in Heading 1, the agenda as a Word numbered list (its numbers are numbering, not
text), the case labels in Heading 2, 'Sagsnr:' in bold with its value below.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parents[1] / "corpus" / "rsyd-forretningsudvalget-2007-12-05.docx"

FACTS = (
    ("Mødedato:", "05-12-2007 Kl. 15:00-16:10"),
    ("Mødested:", "Regionshuset, mødelokale 4."),
    ("Medlemmer:", "Carl Holst, Poul Weber, Bo Libergren, Bent Poulsen, Jens Andersen, Jens "
     "Andresen, Anita Kjøng-Rasmussen, Kristian Grønbæk Andersen, Lykke Debois, Ib Madsen, "
     "Poul-Erik Svendsen, Karsten Uno Petersen, Jørgen Bundsgaard, Bente Gertz Hansen, Bent "
     "Krogh Petersen, Bent Bechmann, Kent Kirk."),
    ("Afbud:", "Bo Libergren, Poul-Erik Svendsen, Poul Weber, Bente Gertz Hansn."),
)  # fmt: skip
AGENDA = (
    "3. økonomi og aktivitetsrapportering",
    "Budgetopfølgning 2007",
    "Region Syddanmarks strategi for indsatsen over for jordforurening",
    "Budget 2008 - Hospicer i Region Syddanmark",
    "Forslag til Uddannelsesstrategi for Region Syddanmark",
    "Godkendelse af udbud af gymnasiernes studieretninger",
    'Henvendelse til skatteministeren om afskaffelse af CO2-afgift på "grøn el" - Udkast til '
    "skrivelse",
)
RESUME = (
    "Tre gange om året fremlægges økonomi- og aktivitetsrapportering for regionsrådet. Denne "
    "rapportering vedrører årets første10 måneder."
)
CASE = (
    "Forberedelsesudvalget tiltrådte den 14. december 2006, at der tre gange årligt foretages "
    "økonomi- og aktivitetsrapportering til forretningsudvalg og regionsråd.",
    "Denne sag vedrører 3. rapporteringerne på baggrund af årets første 10 måneder.",
)


def build(out: Path = OUT) -> None:
    document = Document()
    document.add_paragraph("Forretningsudvalget - referat 05-12-2007", style="Title")
    table = document.add_table(rows=0, cols=2)
    for label, value in FACTS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    document.add_heading("Dagsorden", level=1)
    for title in AGENDA:
        document.add_paragraph(title, style="List Number")
    document.add_heading(f"1. {AGENDA[0]}", level=1)
    document.add_paragraph().add_run("Sagsnr:").bold = True
    document.add_paragraph("07/5773")
    document.add_heading("Resumé", level=2)
    document.add_paragraph(RESUME)
    document.add_heading("Sagsfremstilling", level=2)
    for text in CASE:
        document.add_paragraph(text)
    document.save(str(out))


if __name__ == "__main__":
    build()
