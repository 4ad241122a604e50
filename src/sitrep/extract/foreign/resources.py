"""The words of one language for the non-English reader, compiled once per process.

Why: the rules in this package are the same for every language sitrep reads besides
English; only the words differ, and they live as data in ``sitrep/lang/<code>/``. A
language is readable when its folder holds the tables of :data:`sitrep.lang.READER_TABLES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import simplemma

from ...lang import language_data, reads
from ..opening import fast_pattern


@dataclass(frozen=True)
class WordTable:
    """Words mapped to a value: exact entries (a lemma or a written form), and prefix
    entries ("погиб*") compiled into one pattern, so a look-up costs two dict reads and at
    most one match whatever the table's size."""

    exact: dict[str, str]
    prefixes: re.Pattern[str]
    values: dict[str, str]  # group name -> value

    @classmethod
    def of(cls, table: dict[str, str]) -> WordTable:
        exact = {k.lower(): v for k, v in table.items() if not k.endswith("*")}
        stems = sorted(((k.lower()[:-1], v) for k, v in table.items() if k.endswith("*")),
                       key=lambda kv: -len(kv[0]))
        pattern = "|".join(f"(?P<p{i}>{re.escape(stem)})" for i, (stem, _) in enumerate(stems))
        return cls(exact, fast_pattern(pattern or "(?!)"),
                   {f"p{i}": value for i, (_, value) in enumerate(stems)})

    def get(self, lemma: str, lower: str) -> str | None:
        found = self.exact.get(lemma) or self.exact.get(lower)
        if found is None:
            m = self.prefixes.match(lower)
            found = self.values[m.lastgroup] if m and m.lastgroup else None
        return found


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
    outcomes: WordTable
    nouns: WordTable
    units: WordTable
    events: WordTable
    months: dict[str, int]
    weekdays: dict[str, int]
    #: words that move a weekday to another week ("el pasado viernes", "vendredi dernier")
    weekday_shifts: frozenset[str]
    #: "по состоянию на", "станом на": the words before the day a count stands at
    as_of: tuple[tuple[str, ...], ...]
    #: "в середине", "im", "w": the words before a month with no day that dates a statement
    month_leads: tuple[tuple[str, ...], ...]
    year_words: frozenset[str]
    year_before: frozenset[str]  # "seit 2019": a year after it, whatever follows
    time_words: frozenset[str]
    age_words: frozenset[str]
    orgs: re.Pattern[str]  # every body's pattern, one named group each
    org_names: dict[str, str]  # group name -> the body's English name
    abbreviations: frozenset[str]
    titles: frozenset[str]
    capitalised_nouns: bool
    not_after: frozenset[str]
    vague_forms: frozenset[str]
    pronouns: frozenset[str]
    refers_back: tuple[str, ...]
    #: "такое заявление сделал ...": anywhere in a sentence, the sentence before is what was said
    back_anywhere: re.Pattern[str]
    agency_words: frozenset[str]  # "ведомство", "Behörde": the body named before
    #: "la même source", "тот же источник": the source named before, whatever it is
    same_source: re.Pattern[str]
    #: "sei", "würden", "seraient": verb forms of reported speech
    reported_mood: frozenset[str]
    separable_verbs: bool  # a verb's particle may end its clause ("teilte ... mit")
    demonstratives: frozenset[str]  # "Das teilte ... mit": the sentence before is what was said
    number_words: frozenset[str]  # every number word and scale, for a quick first test
    #: "versprach China 1 Milliarde Yuan": a country that pledges speaks for its government
    pledge_verbs: frozenset[str] = frozenset()
    #: "nach Angaben der Staatsmedien", "власти": a government named without its country
    unnamed_government: re.Pattern[str] = re.compile("(?!)")
    #: "уже", "bereits": an adverb that may stand between a hedge and its value
    hedge_fillers: frozenset[str] = frozenset()
    #: "привёл данные", "cited figures": a verb that says only with data as its object
    data_verbs: frozenset[str] = frozenset()
    data_nouns: frozenset[str] = frozenset()
    #: "Hall", "Stadion": the last word of a venue's name, never a person's
    venue_words: frozenset[str] = frozenset()
    #: "portal", "агентство": a noun of the press before an outlet's one-word name
    media_nouns: frozenset[str] = frozenset()
    #: "wie": a source phrase only with a verb of saying after it ("wie die Polizei
    #: mitteilte"); alone it lists examples ("Kliniken wie X, Y und Z"), which say nothing
    verb_bound: frozenset[str] = frozenset()
    #: "a", "al", "à": the word after a verb of saying before whom it was said to ("aseguró
    #: a la agencia Andina"): the body after it hears, it does not speak
    addressee: frozenset[str] = frozenset()
    #: "el", "die": the articles, before a body's acronym after its verb ("indicó el NUG");
    #: a language without them (Russian) puts there whom it was said to as often as who
    articles: frozenset[str] = frozenset()
    #: "Zahl", "кількість": "the number", which a value names instead of what it counts
    number_nouns: re.Pattern[str] = re.compile("(?!)")
    #: "festnehmen", "korrigieren": a verb of acting whose subject, a body, owns the
    #: figures of its sentence with no verb of saying (:mod:`.actors`)
    act_verbs: frozenset[str] = frozenset()
    #: "mentre", "mientras": a word that opens a clause of its own; an outcome before it
    #: belongs to the value of the clause before ("il decesso di 50, mentre 70 ...")
    clause_breaks: frozenset[str] = frozenset()
    #: "in salvo" -> "escaped": an outcome said in a phrase of words (lower case, split)
    outcome_phrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: "de": a word between a day and its month ("12 de março")
    day_links: frozenset[str] = frozenset()
    #: "이상", "가량": a hedge written after its value (and its counter), as Korean does
    hedges_after: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: "명", "만", "여": words written onto a number with no space (``numbers.json``
    #: ``glued``), which make no code of it as letters glued to digits elsewhere do
    glued_words: frozenset[str] = frozenset()
    #: how many words before a value the thing counted may stand ("북한군 2명": troops,
    #: two persons), in a language that names it there; 0: after the value only
    nouns_before: int = 0
    #: a script without capitals (Hangul): a name is the word beside a title, opening
    #: with one of the ``surnames``
    caseless: bool = False
    surnames: frozenset[str] = frozenset()
    #: "일", "월": the words after a number that make it a day or a month ("3월 22일")
    day_suffix: str | None = None
    month_suffix: str | None = None


def readable(code: str | None) -> bool:
    """Whether ``code`` is read here: a language other than English whose folder holds
    every table this reader needs (:data:`sitrep.lang.READER_TABLES`)."""
    return code is not None and code != "en" and reads(code)


def _phrases(items: list[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, items), key=len, reverse=True)) or "(?!)"
    return fast_pattern(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _weekdays(calendar: dict[str, Any]) -> dict[str, int]:
    """Weekday word -> weekday (Monday 0), with the compounds a language writes as one
    word with a time of day ("Samstagabend", "Mittwochmorgen"): the day is the same."""
    days = {k.lower(): v for k, v in calendar["weekdays"].items()}
    return days | {day + part: n for day, n in days.items()
                   for part in calendar.get("weekday_parts", [])}


@cache
def words_of(code: str) -> Words:
    """The compiled words of ``code`` (cached: read once per process)."""
    data = language_data(code)
    speech = data.table("speech")
    measures = data.table("measures")
    calendar = data.table("calendar")
    orgs: dict[str, str] = data.table("orgs")["orgs"]
    return Words(
        code=code,
        numbers=data.table("numbers"),
        hedges={k.lower(): (v[0], v[1]) for k, v in data.table("hedges")["hedges"].items()},
        verbs=frozenset(v.lower() for v in speech["verbs"]),
        source_phrases=_phrases(speech["source_phrases"]),
        genitive=tuple(sorted(speech.get("genitive_endings", {}).items(),
                              key=lambda kv: -len(kv[0]))),
        outcomes=WordTable.of(measures["outcomes"]),
        nouns=WordTable.of(measures["nouns"]),
        units=WordTable.of(measures["units"]),
        events=WordTable.of(data.table("events")["events"]),
        months={k.lower(): v for k, v in calendar["months"].items()},
        weekdays=_weekdays(calendar),
        weekday_shifts=frozenset(calendar.get("weekday_shifts", [])),
        as_of=tuple(tuple(p.split()) for p in calendar.get("as_of", [])),
        month_leads=tuple(tuple(p.lower().split()) for p in calendar.get("month_leads", [])),
        year_words=frozenset(calendar["year_words"]),
        year_before=frozenset(calendar.get("year_before", ())),
        time_words=frozenset(calendar["time_words"]),
        age_words=frozenset(calendar["age_words"]),
        orgs=fast_pattern(r"(?<!\w)(?:" + ("|".join(
            f"(?P<o{i}>{pattern})" for i, pattern in enumerate(orgs)) or "(?!)") + ")",
            re.IGNORECASE),
        org_names={f"o{i}": name for i, name in enumerate(orgs.values())},
        abbreviations=frozenset(data.words("sentence_abbreviations")),
        titles=frozenset(t.lower() for t in data.words("person_titles")),
        not_after=frozenset(data.table("hedges").get("not_after_changes", [])),
        vague_forms=frozenset(data.table("numbers").get("vague_forms", [])),
        number_words=frozenset(k.lower() for part in ("words", "scales")
                               for k in data.table("numbers")[part]),
        unnamed_government=fast_pattern(r"(?<!\w)(?:" + ("|".join(
            data.table("orgs").get("unnamed_government", [])) or "(?!)") + r")(?!\w)",
            re.IGNORECASE),
        hedge_fillers=frozenset(w.lower() for w in data.table("hedges").get("fillers", [])),
        **_speech_words(speech),
        venue_words=frozenset(w.lower() for w in [*language_data("en").words("venue_words"),
                                                  *speech.get("venue_words", [])]),
        clause_breaks=frozenset(w.lower() for w in measures.get("clause_breaks", [])),
        number_nouns=_phrases(measures.get("number_nouns", [])),
        outcome_phrases=tuple((tuple(k.lower().split()), v)
                              for k, v in measures.get("outcome_phrases", {}).items()),
        day_links=frozenset(calendar.get("day_links", [])),
        hedges_after={k.lower(): (v[0], v[1])
                      for k, v in data.table("hedges").get("after", {}).items()},
        glued_words=frozenset(w.lower() for w in data.table("numbers").get("glued", [])),
        nouns_before=int(measures.get("nouns_before", 0)),
        caseless=bool(speech.get("caseless", False)),
        surnames=frozenset(speech.get("surnames", [])),
        day_suffix=calendar.get("day_suffix"),
        month_suffix=calendar.get("month_suffix"),
    )


def _speech_words(speech: dict[str, Any]) -> dict[str, Any]:
    """The fields of :class:`Words` read from a language's speech table alone: who
    speaks, and the small words around a verb of saying (split from :func:`words_of`
    to keep it short)."""
    return {
        "today": frozenset(speech.get("today", [])),
        "yesterday": frozenset(speech.get("yesterday", [])),
        "capitalised_nouns": bool(speech.get("capitalised_nouns", False)),
        "pronouns": frozenset(speech.get("pronouns", [])),
        "refers_back": tuple(p.lower() for p in speech.get("refers_back", [])),
        "back_anywhere": _phrases(speech.get("refers_back_anywhere", [])),
        "agency_words": frozenset(w.lower() for w in speech.get("agency_words", [])),
        "same_source": _phrases(speech.get("same_source", [])),
        "reported_mood": frozenset(w.lower() for w in speech.get("reported_mood", [])),
        "separable_verbs": bool(speech.get("separable_verbs", False)),
        "demonstratives": frozenset(speech.get("demonstratives", [])),
        "pledge_verbs": frozenset(v.lower() for v in speech.get("pledge_verbs", [])),
        "data_verbs": frozenset(v.lower() for v in speech.get("data_verbs", [])),
        "data_nouns": frozenset(v.lower() for v in speech.get("data_nouns", [])),
        "media_nouns": frozenset(w.lower() for w in speech.get("media_nouns", [])),
        "addressee": frozenset(w.lower() for w in speech.get("addressee", [])),
        "articles": frozenset(w.lower() for w in speech.get("articles", [])),
        "act_verbs": frozenset(w.lower() for w in speech.get("act_verbs", [])),
        "verb_bound": frozenset(w.lower() for w in speech.get("verb_bound_phrases", [])),
    }


def lookup(table: WordTable, lemma: str, lower: str) -> str | None:
    """``table``'s value for a word, by its lemma, its written form, or a prefix entry
    ("погиб*" covers every form the lemmatizer does not know)."""
    return table.get(lemma, lower)


@lru_cache(maxsize=100_000)
def known(word: str, lang: str) -> bool:
    """Whether the lemmatizer's dictionary holds ``word`` (memoised: pure); a language
    simplemma has no dictionary for (Korean) knows no word."""
    try:
        return bool(simplemma.is_known(word, lang=lang))
    except ValueError:
        return False


@lru_cache(maxsize=100_000)
def proper(word: str, lang: str) -> bool:
    """Whether the lemmatizer's dictionary gives ``word`` a capitalised lemma: a proper
    name ("зеленський" -> "Зеленський"), in a language that writes its nouns in lower case
    (memoised: pure)."""
    try:
        return simplemma.lemmatize(word.lower(), lang=lang)[:1].isupper()
    except ValueError:  # no dictionary for the language: no name known either
        return False
