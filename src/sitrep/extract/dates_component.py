"""The date component: every date phrase of the article, resolved (see :mod:`.dates`), and
its dateline (see :mod:`.datelines`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import language_data
from . import doc_values
from .date_reading import read_dates


class DatesComponent:
    """The ``sitrep_dates`` pipeline component for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        value = doc_values.get
        found = read_dates(value(doc, "text"), value(doc, "published"), value(doc, "captured"),
                           self.lang, value(doc, "story_days") or (),
                           hits=value(doc, "words").phrases)
        doc_values.put(doc, "dates", found.mentions)
        doc_values.put(doc, "dateline", found)
        return doc


@Language.factory("sitrep_dates", default_config={"lang": "en"},
                  assigns=["doc._.dates", "doc._.dateline"])
def make_dates(nlp: Language, name: str, lang: str) -> DatesComponent:
    """The component reading ``lang``'s date words (see :mod:`sitrep.lang`)."""
    language_data(lang)  # an unknown language is refused here, not at the first document
    return DatesComponent(lang)
