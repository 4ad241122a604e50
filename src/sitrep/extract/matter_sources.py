"""A report named as a figure's source tells the figure; it is not what the figure is about.

Why: a named matter is a run of capitalised words ending with a head such as "Report" or
"Survey" (:mod:`.figure_matters`), so "dealers sold 4,100 vans, according to the Harbour
Van Index report from Tallis Data" gave the vans the report's title as their matter, and
so did the next sentence, which names none ("the sentence before"). The report measures
the page's matter (van sales); its name says who tells the figure, as the body that made
it does.

The rule: a named matter whose head names a report (the language's ``report_heads``:
"report", "survey", "index") that stands in a source phrase (right after one of the
language's ``source_leads``, "according to", past at most a few lower-case words: "the",
"a new", "data from the") and ends it (a mark, the text's end, or a word that names its
maker: "from", "by") is no matter of the sentence's figures. A name that goes on into the
source's own noun ("according to the Porto Book Fair organisers") is the matter the
source speaks of, and stays; so does a gathering or a body that speaks for itself
("according to the Porto Book Fair", whose visitors the figure counts).
"""

from __future__ import annotations

from functools import cache

from ..lang import language_data
from .opening import fast_pattern
from .speech_cues import speech_cues

#: at most this many lower-case words between a source lead and the name
_BETWEEN = 3
#: how far back from a name a source lead is looked for (characters)
_REACH = 60
_WORDS = fast_pattern(r"[^\W\d_]+")
_NEXT = fast_pattern(r"\s*(\S*)")


@cache
def _makers(lang: str) -> frozenset[str]:
    """The words that name a source's maker ("from", "by"); none for a language without."""
    return frozenset(language_data(lang).table_part("speech_cues", "source_makers") or ())


@cache
def _reports(lang: str) -> frozenset[str]:
    """The heads of a report's name ("report", "survey"); none: no such rule."""
    return frozenset(language_data(lang).table_part("matters", "report_heads") or ())


def named_as_source(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the named matter at ``start:end`` of ``text`` is the source a figure is
    told by (see the module docstring)."""
    heads = _WORDS.findall(text, start, end)
    if not heads or heads[-1].lower() not in _reports(lang):
        return False  # "according to the Porto Book Fair": the fair, which speaks
    leads = list(speech_cues(lang).according.finditer(text, max(0, start - _REACH), start))
    if not leads:
        return False
    between = text[leads[-1].end():start]
    words = _WORDS.findall(between)
    if (len(words) > _BETWEEN or any(not w.islower() for w in words)
            or any(mark in between for mark in ",;:()")):
        return False
    after = _NEXT.match(text, end)
    word = after.group(1) if after else ""
    return not word or not word[0].isalnum() or word.lower() in _makers(lang)
