"""The nouns a text names a person by, so that "the singer said" later is the singer it
named: "pop singer Lena Varga" (a lower-case word right before the name) and "Lena Varga,
a pop singer from Szeged," (the head of an apposition after it).

Why: news names a person once with a role and then refers back by the role alone ("the
drummer said in a statement", "the coach told reporters"). A fixed list of roles (the
spokesman, the minister) misses the roles of people outside politics; the text itself says
which nouns it uses for whom.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.orgs import canonical_org
from ..lang import language_data
from .records import Mention
from .speech_cues import SpeechCues
from .words import Words

#: An apposition's noun phrase is read for at most this many words.
_REACH = 4
_POSSESSIVE = frozenset(("'s", "’s"))


@cache
def _function_words(lang: str) -> frozenset[str]:
    """The function words of ``lang`` (the cleaner's list): none names a role, and the
    first one after an apposition's article ends its noun phrase ("a singer from ...")."""
    return frozenset(language_data(lang).words("clean_stopwords"))


def role_nouns(words: Words, m: Mention, cues: SpeechCues) -> list[str]:
    """The role nouns of the person ``m``: the word right before the name when it is a
    lower-case word of letters ("singer" in "pop singer Lena Varga"), and the last word of
    an apposition opened by an article after it ("singer" in "Lena Varga, a pop singer from
    Szeged"). Not a verb of saying, which stands there without naming a role ("said Lena
    Varga")."""
    stop = _function_words(cues.lang)
    k = bisect_left(words.idx, m.span.start)
    out = []
    if k > 0 and words.end_char(k - 1) < m.span.start:
        before = words.text[k - 1]
        if before.isalpha() and before.islower() and before not in stop and (
                before not in cues.cue_words):
            out.append(before)
    j = bisect_left(words.idx, m.span.end)
    if j + 1 < len(words) and words.text[j] == "," and words.lower[j + 1] in (
            cues.apposition_articles):
        head = None
        for w in words.text[j + 2:j + 2 + _REACH]:
            if w in _POSSESSIVE:
                head = None  # "the band's drummer": the drummer, not the band
            elif not (w.isalpha() and w.islower()) or w in stop:
                break
            else:
                head = w
        if head is not None:
            out.append(head)
    return out


def org_from_role(role: str | None, gaz: Gazetteer, cues: SpeechCues) -> str | None:
    """"Belarusian Defense Minister" stands for the Belarusian Ministry of Defense, and
    "spokesman of the Belarusian defence ministry" for the same body."""
    if not role:
        return None
    m = cues.role_ministry_pattern.search(role)
    if m:
        return canonical_org(f"{role[:m.start()]} {m.group(1)} {cues.role_ministry}", gaz)
    m = cues.role_body.search(role)
    return m.group(1) if m else None
