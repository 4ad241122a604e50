"""The family the carrier reads for a figure: a prison term is a duration, but a claim.

Why apart from :mod:`.figure_families`: the family of "12 years in prison" is a duration,
which the store and the evaluation group with every other span of time, and durations are
the setting the writer states (``speech_carry``: ``background``): no speaker is carried to
them, and inside a speaker's sentence they are not the claim. A penalty is the opposite:
"Reed faces up to 12 years in prison" goes on with the prosecutors' statement before it.
So the carrier, and only it, reads such a figure under the family the language names for
it (``speech_carry``: ``claimed_measures``).
"""

from __future__ import annotations

from functools import cache

from ..lang import language_data


@cache
def _claimed(lang: str) -> dict[str, str]:
    """Each last word of a claimed measure, and the family the carrier reads it as."""
    table = language_data(lang).table_part("speech_carry", "claimed_measures") or {}
    return {word: family for family, words in table.items() for word in words}


def carried_family(family: str | None, measure: str | None, lang: str) -> str | None:
    """The family the carrier reads for a figure of ``family`` measuring ``measure``:
    the claimed family when the measure ends with one of its words, else ``family``."""
    if not measure:
        return family
    words = measure.lower().split()
    return _claimed(lang).get(words[-1], family) if words else family
