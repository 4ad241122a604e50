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


@cache
def _kinds(lang: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in (
        language_data(lang).table_part("speech_cues", "firm_kinds") or ()))


def kind_fit(body: Mention | None, noun: str, lang: str) -> bool | None:
    """Whether ``body``'s name holds a word of the kind ``noun`` names ("Brindle Bank" for
    "the lender": True), of another kind ("Brindle Bank" for "the airline": False), or
    neither (None: a name that says no kind, or a noun of no kind)."""
    if body is None:
        return None
    own = next((group for group in _kinds(lang) if noun in group), None)
    if own is None:
        return None
    named = body.name.lower().split()
    for group in _kinds(lang):
        if any(w == k or (len(k) >= 5 and w.startswith(k)) for w in named for k in group):
            return group is own
    return None


def fitting_firm(sent: Sentence, noun: str, before: list[Mention],
                 earlier: dict[int, Sentence | None], mentions: dict[int, list[Mention]],
                 reach: int, lang: str) -> Mention | None:
    """The body named last whose name holds a word of ``noun``'s kind ("the bank said"
    after "Brindle Bank raised rates, according to Reuters": Brindle Bank): among
    ``before`` (the sentence's names before the verb), then the sentences before
    (``earlier``, ``mentions``: as :func:`firm_before` reads them), named at most
    ``reach`` characters before the sentence; else None."""
    if not any(noun in group for group in _kinds(lang)):
        return None
    names, at = list(reversed(before)), earlier.get(sent.start_char)
    while True:
        found = next((m for m in names if m.kind == "org" and kind_fit(m, noun, lang)
                      and sent.start_char - m.span.end < reach), None)
        if found is not None or at is None or sent.start_char - at.end_char > reach:
            return found
        names, at = list(reversed(mentions.get(at.start_char, []))), earlier.get(
            at.start_char)
