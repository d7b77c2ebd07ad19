"""The site names every parameter of the rules of procedure that a version sets or changes
(``site/body_page.py``), so each has a word; a parameter without one made the site fail."""

from __future__ import annotations

import pytest

from docket.model.common import Language
from docket.model.governing_document import ProcedureParameters
from docket.site.words import word


@pytest.mark.parametrize("name", sorted(ProcedureParameters.model_fields))
@pytest.mark.parametrize("lang", [Language.DA, Language.EN])
def test_every_rules_parameter_has_a_word_on_the_site(name: str, lang: Language) -> None:
    assert word(f"param_{name}", lang).strip() != ""
