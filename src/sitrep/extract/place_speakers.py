"""A place's name as the subject of a verb of saying: a government, a club, a firm.

Why apart from :mod:`.speakers`: a place does not speak, so when its name stands right
before "said" it stands for a body, and which body depends on the place: a capital or a
country for its government ("Minsk says"), any other place for the body the text names
after it ("Burnley said on its website", a club; "..., Toyota said", a firm that shares a
town's name), named as the text writes it.
"""

from __future__ import annotations

from ..knowledge.gazetteer import Gazetteer
from .records import Mention, Span
from .speech_cues import SpeechCues
from .words import Words

#: what may stand before a sentence's first word (a capital after it says nothing of a name)
_OPENERS = frozenset((".", "!", "?", "“", "\"", ":", "—", "-", "(", "\n"))
#: what a sentence's opening ends with, before a place that opens the sentence
_SENTENCE_ENDS = ("\n", ".", "!", "?")


def government(words: Words, k: int, gaz: Gazetteer, cues: SpeechCues) -> Mention | None:
    """"Minsk says", "Moscow has claimed", "Lithuania estimates": a capital or a country
    (token ``k``) as the subject of a verb of saying stands for its government."""
    w = words
    name = w.text[k]
    if not name[:1].isupper() or (k > 0 and w.lower[k - 1] in cues.place_prepositions):
        return None
    if k > 1 and w.text[k - 1][:1].isupper() and w.text[k - 2] not in _OPENERS and (
            w.lower[k - 1] not in cues.day_names):  # "On Monday Lithuania said"
        return None  # "authorities in Inner Mongolia have confirmed": part of a name
    code = gaz.capital_of(name)
    capital = code is not None
    if not capital:
        place = gaz.place(name)
        code = place.country if place is not None and place.kind == "country" else None
    adjective = gaz.adjective(code)
    if adjective is None:
        return None
    label = cues.government_name.format(adjective=adjective) + (
        f" ({name})" if capital else "")
    return Mention("org", Span(w.idx[k], w.end_char(k), name), label,
                   f"org:{code.lower()}:government")  # type: ignore[union-attr]


def place_body(text: str, words: Words, k: int, named: list[Mention], gaz: Gazetteer
               ) -> Mention | None:
    """"Burnley said on its website", "Texas said", "..., Toyota said": a place (token
    ``k``) that opens the sentence, or closes a claim after a comma, as the subject of a
    verb of saying stands for the body named after it (a club, a state's government, a
    firm), named as the text writes it; not when the word is part of a person's or a
    body's name the text gives (``named``: "Lee said" is Lee Seong-min).

    Why the comma: wire copy closes a claim with its source ("Orders rose 12%, Toyota
    said."), and a town's name there speaks for a body as it does at the opening; after a
    preposition it is where the speakers are ("fans in Tottenham said")."""
    w = words
    if any(m.span.start <= w.idx[k] < m.span.end for m in named):
        return None
    before = text[max(0, w.idx[k] - 3):w.idx[k]].rstrip(" ")
    if before and not before.endswith(_SENTENCE_ENDS) and not _closes_claim(words, k):
        return None  # not the sentence's opening: "fans in Tottenham said"
    name = w.text[k]
    if gaz.place(name) is None:
        return None
    return Mention("org", Span(w.idx[k], w.end_char(k), name), name, f"org:{name.lower()}")


def _closes_claim(words: Words, k: int) -> bool:
    """Whether token ``k`` stands right after a comma that ends a claim of at least two
    words ("Orders rose 12%, Toyota said"), not after one that ends an opening phrase of
    one word ("Today, ..."): a source that closes what it says."""
    if k < 3 or words.text[k - 1] != ",":
        return False
    return sum(words.alpha[x] or words.text[x][:1].isdigit() for x in range(max(0, k - 4),
                                                                           k - 1)) >= 2
