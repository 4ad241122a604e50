"""The words of one language for the non-English reader, compiled once per process.

Why: the rules in this package are the same for every language sitrep reads besides
English; only the words differ, and they live as data in ``sitrep/lang/<code>/``. A
language is readable when its folder holds the tables of :data:`sitrep.lang.READER_TABLES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...lang import language_data, reads


@dataclass(frozen=True)
class Words:
    """Everything the reader needs for one language."""

    code: str
    numbers: dict[str, Any]
    hedges: dict[str, tuple[str, str | None]]
    verbs: frozenset[str]
    source_phrases: re.Pattern[str]
    genitive: tuple[tuple[str, str], ...]
    today: frozenset[str]
    yesterday: frozenset[str]
    outcomes: dict[str, str]
    nouns: dict[str, str]
    units: dict[str, str]
    events: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    year_words: frozenset[str]
    time_words: frozenset[str]
    age_words: frozenset[str]
    orgs: tuple[tuple[re.Pattern[str], str], ...]
    abbreviations: frozenset[str]
    titles: frozenset[str]
    capitalised_nouns: bool
    not_after: frozenset[str]
    vague_forms: frozenset[str]
    pronouns: frozenset[str]
    refers_back: tuple[str, ...]


def readable(code: str | None) -> bool:
    """Whether ``code`` is read here: a language other than English whose folder holds
    every table this reader needs (:data:`sitrep.lang.READER_TABLES`)."""
    return code is not None and code != "en" and reads(code)


def _phrases(items: list[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, items), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@cache
def words_of(code: str) -> Words:
    """The compiled words of ``code`` (cached: read once per process)."""
    data = language_data(code)
    speech = data.table("speech")
    measures = data.table("measures")
    calendar = data.table("calendar")
    return Words(
        code=code,
        numbers=data.table("numbers"),
        hedges={k.lower(): (v[0], v[1]) for k, v in data.table("hedges")["hedges"].items()},
        verbs=frozenset(v.lower() for v in speech["verbs"]),
        source_phrases=_phrases(speech["source_phrases"]),
        genitive=tuple(sorted(speech.get("genitive_endings", {}).items(),
                              key=lambda kv: -len(kv[0]))),
        today=frozenset(speech.get("today", [])),
        yesterday=frozenset(speech.get("yesterday", [])),
        outcomes={k.lower(): v for k, v in measures["outcomes"].items()},
        nouns={k.lower(): v for k, v in measures["nouns"].items()},
        units={k.lower(): v for k, v in measures["units"].items()},
        events={k.lower(): v for k, v in data.table("events")["events"].items()},
        months={k.lower(): v for k, v in calendar["months"].items()},
        weekdays={k.lower(): v for k, v in calendar["weekdays"].items()},
        year_words=frozenset(calendar["year_words"]),
        time_words=frozenset(calendar["time_words"]),
        age_words=frozenset(calendar["age_words"]),
        orgs=tuple((re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE), name)
                   for pattern, name in data.table("orgs")["orgs"].items()),
        abbreviations=frozenset(data.words("sentence_abbreviations")),
        titles=frozenset(t.lower() for t in data.words("person_titles")),
        capitalised_nouns=bool(speech.get("capitalised_nouns", False)),
        not_after=frozenset(data.table("hedges").get("not_after_changes", [])),
        vague_forms=frozenset(data.table("numbers").get("vague_forms", [])),
        pronouns=frozenset(speech.get("pronouns", [])),
        refers_back=tuple(p.lower() for p in speech.get("refers_back", [])),
    )


def lookup(table: dict[str, str], lemma: str, lower: str) -> str | None:
    """``table``'s value for a word, by its lemma, its written form, or a prefix entry
    ("погиб*" covers every form the lemmatizer does not know)."""
    for key in (lemma, lower):
        if key in table:
            return table[key]
    for key, value in table.items():
        if key.endswith("*") and lower.startswith(key[:-1]):
            return value
    return None
