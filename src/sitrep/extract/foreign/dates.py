"""When a statement was made, from words in its sentence: "в понедельник", "we wtorek",
"am Dienstag" (the last such weekday on or before publication), "22 марта", "22. März"
(in the publication's year, or the year before for a later month), "сегодня", "gestern".

dateparser misses the leading preposition and guesses day/month order without a language,
so the spans are found here from the calendar words of the language."""

from __future__ import annotations

from datetime import date, timedelta

from .resources import Words
from .tokens import Sentence


def stated_on(sentence: Sentence, words: Words, published: date | None) -> date | None:
    """The date ``sentence`` says something was stated, or None."""
    if published is None:
        return None
    toks = sentence.tokens
    for i, tok in enumerate(toks):
        if tok.lower in words.weekdays:
            back = (published.weekday() - words.weekdays[tok.lower]) % 7
            return published - timedelta(days=back)
        if tok.lower in words.months and i:
            day_tok = toks[i - 1] if toks[i - 1].text != "." else toks[i - 2] if i > 1 else None
            if day_tok is not None and day_tok.text.isdigit() and 1 <= int(day_tok.text) <= 31:
                return _day(published, words.months[tok.lower], int(day_tok.text))
        if tok.lower in words.today:
            return published
        if tok.lower in words.yesterday:
            return published - timedelta(days=1)
    return None


def _day(published: date, month: int, day: int) -> date | None:
    year = published.year if month <= published.month else published.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None
