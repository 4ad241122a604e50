"""The date component: every date phrase of the article, resolved (see :mod:`.dates`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import language_data
from .dates import find_dates


class DatesComponent:
    """The ``sitrep_dates`` pipeline component for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc._.text, doc._.published, doc._.captured, self.lang)
        return doc


@Language.factory("sitrep_dates", default_config={"lang": "en"}, assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str, lang: str) -> DatesComponent:
    """The component reading ``lang``'s date words (see :mod:`sitrep.lang`)."""
    language_data(lang)  # an unknown language is refused here, not at the first document
    return DatesComponent(lang)
