"""The firm "the carmaker", "the retailer" or "the company" refers back to when the entity
finder knew no body before it: the firm whose name opens one of the sentences just before
("Voltaro is showing a new coupe. The Swedish carmaker, which ..., says ...").

Why apart from :mod:`.speakers`: a firm unknown to the knowledge and named by one plain
capitalised word is no mention at all, so "the body last named" finds nothing, or a body
named long before. The subject that opens a recent sentence, with a verb after it, is the
firm a reader takes the noun to mean (:func:`.firm_subjects.opening_firm` reads that
subject); only for the nouns that name a firm (``speech_cues``: ``firm_nouns``), not "the
ministry", and only when no body was named after that sentence's subject.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import language_data
from .firm_subjects import opening_firm
from .records import Mention
from .speech_cues import SpeechCues
from .words import Sentence, Words

#: how many sentences back the firm may open
_SENTENCES = 2


@cache
def _firm_nouns(lang: str) -> frozenset[str]:
    return frozenset(language_data(lang).table_part("speech_cues", "firm_nouns") or ())


def firm_before(text: str, words: Words, sent: Sentence, noun: str, cues: SpeechCues,
                earlier: dict[int, Sentence | None], mentions: dict[int, list[Mention]],
                last_org: Mention | None, reach: int) -> Mention | None:
    """The firm that opens one of the two sentences before ``sent`` (``earlier``: each
    sentence's predecessor, by its first character; ``mentions``: each one's names), at
    most ``reach`` characters before it, when ``noun`` names a firm and no body
    (``last_org``) was named after that firm; else None."""
    if noun not in _firm_nouns(cues.lang):
        return None
    before = earlier.get(sent.start_char)
    for _ in range(_SENTENCES):
        if before is None or sent.start_char - before.start_char > reach:
            return None
        firm = opening_firm(text, words, before, mentions.get(before.start_char, []), cues)
        if firm is not None and _proper(text, firm.name):
            later = last_org is not None and last_org.span.start > firm.span.start
            return None if later else firm
        before = earlier.get(before.start_char)
    return None


def _proper(text: str, name: str) -> bool:
    """Whether ``name``, which opens a sentence, is a proper name: of several words, or one
    word the text also writes capitalised inside a sentence (after a word in lower case or
    a comma) and never in lower case. "Prices fell", "Officials approved": a common noun
    that opens a sentence is capitalised only there."""
    if " " in name:
        return True
    inside = re.search(rf"(?:\b[a-z]+|,)\s+{re.escape(name)}\b", text)
    lower = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)
    return inside is not None and lower is None
