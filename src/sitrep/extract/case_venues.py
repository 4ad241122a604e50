"""The matter of a figure of a court case in another country than the page's.

Why: a page about one country's inquiry or trial often ends on what the same person faces
elsewhere ("he now faces 12 charges in the US, which could bring up to 40 years in
prison"). Those figures took the page's matter (the first country's inquiry), so the other
country's charges and prison term read as that inquiry's. They belong to the case in the
other country.

The rule: a figure's sentence has one of the language's ``case_words`` ("charges",
"prison", "extradited") followed, within a few words, by one of its ``links`` ("in", "to")
and a place whose country is not one of the countries the page's lead names (its places
and demonyms: "Swedish prosecutors"), when the lead names some. The matter is the
language's case head in the place as the sentence writes it: "case in the US". A sentence
right after one that names such a case, with a case word, no place of its own, and a first
word that goes on ("He is accused of ...", "If convicted, ...") tells the same case. The
words are the language's (``lang/<code>/case_venues.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .opening import fast_pattern
from .records import Mention

#: a sentence's end the splitter may have missed: a full stop before a capital
_STOP = re.compile(r"[.!?]\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class VenueWords:
    """One language's case words and links (see the module docstring)."""

    #: a case word and a link, up to the place's name (group "the": its article)
    link: re.Pattern[str]
    head: str
    #: a case word anywhere
    case: re.Pattern[str]
    #: the first words of a sentence that goes on with the case of the one before ("He",
    #: "If"): matters.json's continuing pronouns and the table's ``goes_on``
    goes_on: frozenset[str]


@cache
def venue_words(lang: str) -> VenueWords | None:
    """The patterns of ``lang``, built once per process; None for a language without
    its table or a case head."""
    try:
        t = language_data(lang).table("case_venues")
        head = language_data(lang).table("matters").get("case_head")
    except UsageError:
        return None
    if not head:
        return None
    cases = longest_first(t['case_words'])
    return VenueWords(fast_pattern(
        rf"\b(?i:{cases})\b[^.;:!?]{{0,{int(t['window'])}}}?"
        rf"\b(?:{longest_first(t['links'])})\s+(?P<the>(?:the\s+)?)$"), head,
        fast_pattern(rf"\b(?i:{cases})\b"), frozenset(
            language_data(lang).table("matters").get("continuing_pronouns", ())) | frozenset(
            t.get("goes_on", ())))


def _country(m: Mention) -> str | None:
    return m.country or (m.place.country if m.place else None)


def _goes_on(text: str, start: int, end: int, words: VenueWords) -> bool:
    """Whether the sentence from ``start`` to ``end`` goes on with the case of the one
    before: it opens with a pronoun or "If" and tells of a case ("If convicted, she faces
    up to 20 years")."""
    first = text[start:end].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower().strip(",") in words.goes_on and bool(
        words.case.search(text, start, end))


@dataclass(frozen=True, slots=True)
class CaseVenues:
    """The places a page's sentences put a case in, read once per page."""

    #: the start of a sentence -> the matter of its case abroad and where its place ends
    abroad: dict[int, tuple[str, int]]
    text: str = ""
    words: VenueWords | None = None

    @classmethod
    def of(cls, text: str, bounds: list[tuple[int, int]], mentions: list[Mention],
           lang: str, lead: int = 1) -> CaseVenues:
        """The cases abroad of the sentences of ``text`` (their ``bounds``), against
        the countries of the first ``lead`` sentences."""
        words = venue_words(lang)
        places = [m for m in mentions if m.kind == "place" and _country(m)]
        if words is None or not bounds or not places:
            return cls({}, text)
        lead_end = bounds[min(lead, len(bounds)) - 1][1]
        home = {_country(m) for m in places if m.span.start < lead_end}
        if not home:
            return cls({}, text)
        abroad: dict[int, tuple[str, int]] = {}
        starts = [m.span.start for m in places]
        before = None
        for start, end in bounds[lead:]:
            own = places[bisect_left(starts, start):bisect_left(starts, end)]
            for m in own:
                if _country(m) in home or m.via == "demonym":
                    continue
                found = words.link.search(text, start, m.span.start)
                if found:
                    where = " ".join(text[found.start("the"):m.span.end].split())
                    abroad[start] = (f"{words.head} in {where}", m.span.end)
                    break
            if start not in abroad and before and not own and _goes_on(text, start, end, words):
                abroad[start] = (before, start)  # "He is accused of ..., which could ..."
            before = abroad[start][0] if start in abroad else None
        return cls(abroad, text, words)

    def matter(self, sentence_start: int | None, at: int) -> str | None:
        """The matter of a case abroad the sentence starting at ``sentence_start`` tells
        of, for a figure at ``at``; None when it tells of none, or when a full stop comes
        between the place and a figure after it ("... to the U.S. Prosecutors heard nine
        witnesses": the splitter may read "U.S." as no sentence's end), unless what
        follows the stop goes on with the case ("... in the U.S. He is accused of ...")."""
        found = None if sentence_start is None else self.abroad.get(sentence_start)
        if found is None or self.words is None:
            return None
        stop = _STOP.search(self.text, found[1] - 1, at) if at > found[1] else None
        if stop and not _goes_on(self.text, stop.end() - 1, at, self.words):
            return None
        return found[0]
