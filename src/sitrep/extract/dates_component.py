"""The date component: every date phrase of the article, resolved (see :mod:`.dates`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .dates import find_dates


@Language.component("sitrep_dates", assigns=["doc._.dates"])
def dates_component(doc: Doc) -> Doc:
    doc._.dates = find_dates(doc._.text, doc._.published, doc._.captured)
    return doc
