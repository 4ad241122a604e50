"""The body that made a source named by a phrase: "according to preliminary estimates cited
by the fire service", "according to figures released by the county directorate".

Why: after "according to", a capitalised name after "by" or "from" was taken as the source
("data released by the Harlow Board"), but a body written in lower case was not, and the
whole phrase ("preliminary estimates cited by the fire service") stood as an anonymous
source. A lower-case body after one of ``source_makers`` and "the", ending on one of the
``org_nouns`` ("the fire service", "the county directorate"), at the end of the phrase, is
read as the source: the body last named of that kind, as "according to the fire service"
is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import language_data, longest_first
from .speech_cues import SpeechCues


@cache
def _made_by(lang: str) -> re.Pattern[str] | None:
    t = language_data(lang).table("speech_cues")
    makers, nouns = t.get("source_makers"), t.get("org_nouns")
    if not makers or not nouns:
        return None
    return re.compile(rf"\b(?:{longest_first(makers)})\s+(?P<np>"
                      rf"{re.escape(t['definite_article'])}\s+(?:[a-z][\w-]*\s+){{0,2}}"
                      rf"(?:{longest_first(nouns)}))$")


def made_by_body(text: str, start: int, end: int, lang: str) -> int | None:
    """Where the lower-case body that ends the phrase ``text[start:end]`` after "by" or
    "from" starts ("the fire service"), else None."""
    pattern = _made_by(lang)
    m = pattern.search(text, start, end) if pattern is not None else None
    return m.start("np") if m is not None else None


@cache
def maker_words(lang: str) -> frozenset[str]:
    """The words after which a phrase names who made a source ("by", "from"): a phrase cut
    before a day ("estimates from last week") does not end on one of them."""
    return frozenset(language_data(lang).table("speech_cues").get("source_makers") or ())


@dataclass(frozen=True, slots=True)
class SourcePhrase:
    """The phrase after "according to", cut to the words that name the source."""

    start: int
    end: int
    named_from: int  # where a name that made the source may start
    maker: re.Match[str] | None  # "the Autofacts report from DataNation": the body after "from"
    words: list[str]
    lowered: list[str]


def source_phrase(text: str, phrase: re.Match[str], c: SpeechCues) -> SourcePhrase:
    """The words of the phrase (group ``np`` of ``phrase``) that name the source: cut before
    a day ("government media on Saturday", "estimates from last week"), from the body that
    made it when one is named after "by" or "from"."""
    start, end = phrase.span("np")
    words = phrase.group("np").split()
    lowered = [x.lower() for x in words]
    cut = next((i for i, x in enumerate(lowered) if i and x in c.source_trailers), len(words))
    while cut > 1 and lowered[cut - 1] in maker_words(c.lang):
        cut -= 1  # "estimates from last week": the estimates, made by no one named
    if cut < len(words):
        end = start + len(" ".join(words[:cut]))
        words, lowered = words[:cut], lowered[:cut]
    maker = c.source_maker.search(text, start, end)
    named_from = maker.start("name") if maker is not None else start
    made = made_by_body(text, start, end, c.lang) if maker is None else None
    if made is not None:  # "preliminary estimates cited by the fire service": the service
        start = named_from = made
        words = text[start:end].split()
        lowered = [x.lower() for x in words]
    return SourcePhrase(start, end, named_from, maker, words, lowered)
