"""The body "the company", "the bank" or "the German carmaker" refers back to when it
speaks ("the carmaker says the van covers 400 km").

Why apart from :mod:`.speakers`: which body a noun refers back to takes more than "the body
named last". The noun says a kind ("the bank", "the airline"; ``speech_cues``:
``firm_kinds``): a body named near before whose name is of that kind is the one meant, even
when a news agency was named after it ("Brindle Bank raised rates, according to Reuters.
The bank said ..."), and a body whose name is of another kind is not ("the airline" is no
Brindle Bank). And a firm unknown to the knowledge, named by one plain capitalised word, is
no mention at all, so "the body named last" finds nothing, or a body named long before: the
firm whose proper name opens one of the two sentences before, with a verb after it, is the
one a reader takes the noun to mean (:func:`.firm_subjects.opening_firm` reads that subject;
only for the nouns that name a firm, ``firm_nouns``, not "the ministry").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lang import language_data
from .firm_subjects import opening_firm
from .records import Mention
from .speaker_clauses import of_kind
from .words import Sentence

if TYPE_CHECKING:
    from .speakers import Speakers

#: how far back a body named may be for "the German automaker", "the bank" (characters)
NEAR_ORG = 300
#: how many sentences back the firm may open
_SENTENCES = 2


@cache
def _firm_nouns(lang: str) -> frozenset[str]:
    return frozenset(language_data(lang).table_part("speech_cues", "firm_nouns") or ())


@cache
def _kinds(lang: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in (
        language_data(lang).table_part("speech_cues", "firm_kinds") or ()))


def referred_firm(sp: Speakers, sent: Sentence, noun: str, before: list[Mention],
                  described: bool) -> Mention | None:
    """The body "the <noun>" before a verb of ``sent`` refers back to (``before``: the
    sentence's names before the verb; ``described``: the noun has a capitalised word
    before it, "the German automaker", and refers only to a body named near): a body of
    its kind named near, else the body named last in the sentence, the firm that opens it,
    the body named last before it (of a kind the noun may refer to), or the firm that opens
    one of the two sentences before."""
    lang = sp.cues.lang
    recent = next((m for m in reversed(before) if m.kind == "org"), None)
    last = sp.last_org if not described or (sp.last_org and sp.words.idx[
        sent.start] - sp.last_org.span.end < NEAR_ORG) else None
    fit = fitting_firm(sp, sent, noun, before)  # "the bank": Brindle Bank, not Reuters
    recent, last = (None if kind_fit(m, noun, lang) is False else m
                    for m in (recent, last))  # "the airline": not Brindle Bank
    return fit or recent or opening_firm(sp.text, sp.words, sent, before, sp.cues) or (
        of_kind(last, noun, sp.cues)) or firm_before(sp, sent, noun)


def firm_before(sp: Speakers, sent: Sentence, noun: str) -> Mention | None:
    """The firm that opens one of the two sentences before ``sent``, at most
    :data:`NEAR_ORG` characters before it, when ``noun`` names a firm and no body was
    named after that firm; else None."""
    if noun not in _firm_nouns(sp.cues.lang):
        return None
    before = sp.prior.get(sent.start_char)
    for _ in range(_SENTENCES):
        if before is None or sent.start_char - before.start_char > NEAR_ORG:
            return None
        firm = opening_firm(sp.text, sp.words, before, sp.unquoted.get(before.start_char, []),
                            sp.cues)
        if firm is not None and _proper(sp.text, firm.name):
            later = sp.last_org is not None and sp.last_org.span.start > firm.span.start
            return None if later else firm
        before = sp.prior.get(before.start_char)
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


def fitting_firm(sp: Speakers, sent: Sentence, noun: str, before: list[Mention]
                 ) -> Mention | None:
    """The body named last whose name holds a word of ``noun``'s kind ("the bank said"
    after "Brindle Bank raised rates, according to Reuters": Brindle Bank): among
    ``before`` (the sentence's names before the verb), then the sentences before, named
    at most :data:`NEAR_ORG` characters before the sentence; else None."""
    lang = sp.cues.lang
    if not any(noun in group for group in _kinds(lang)):
        return None
    names, at = list(reversed(before)), sp.prior.get(sent.start_char)
    while True:
        found = next((m for m in names if m.kind == "org" and kind_fit(m, noun, lang)
                      and sent.start_char - m.span.end < NEAR_ORG), None)
        if found is not None or at is None or sent.start_char - at.end_char > NEAR_ORG:
            return found
        names, at = list(reversed(sp.unquoted.get(at.start_char, []))), sp.prior.get(
            at.start_char)
