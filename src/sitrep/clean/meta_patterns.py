"""The patterns that find date and byline lines, built from a language's word table.

Why: the shape of a date line ("<label>: <day> <month> <year>, <time>") holds across
languages, the words in it do not. The words come from ``lang/<code>/meta_dates.json`` and
``meta_icon_words.txt``; the structure (digits, separators, clock times) is written here.
Built once per language and never changed afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from ..lang import language_data


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing group that tries ``words`` in their order."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@dataclass(frozen=True, slots=True)
class MetaPatterns:
    relative: re.Pattern[str]  # "6 days ago", "yesterday" at the end of a line (group "rel")
    absolute_line: re.Pattern[str]  # a whole line that prints a date (group "abs")
    updated_tail: re.Pattern[str]  # "... Updated 2 hours ago" after a printed date
    byline: re.Pattern[str]  # "By Jane Doe, Reuters" (groups "who" and "rest")
    ago: re.Pattern[str]  # "<n> <unit> ago", lower case, groups (n, unit)
    within_a_day: re.Pattern[str]  # a relative phrase finer than a day
    one: frozenset[str]  # the words that mean a count of one ("an hour ago")
    unit_of: MappingProxyType[str, str]  # unit word -> s, m, h, d, w, mo or y
    icon_words: frozenset[str]  # icon labels glued before a time, not an outlet's name
    name_connectors: frozenset[str]  # lower-case words inside an outlet's name ("of")
    #: an icon's label standing before a date or a time, at the line's start or after a
    #: separator ("icon 23/03/2024 | icon 12:59": the alt text of the calendar and clock
    #: images, copied with the page)
    icon_label: re.Pattern[str]


def _absolute_line(table: dict) -> re.Pattern[str]:
    month = _alternatives(table["months"]) + r"\.?"
    ordinal = _alternatives(table["day_ordinal_suffixes"])
    weekday = (_alternatives(table["weekday_stems"])
               + f"(?:{re.escape(table['weekday_suffix'])})?" + r"\.?,?\s*")
    printed = (rf"(?:{weekday})?(?:\d{{1,2}}\s+{month},?\s+\d{{4}}"
               rf"|{month}\s+\d{{1,2}}{ordinal}?,?\s+\d{{4}}"
               r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
               r"|\d{1,2}[./]\d{1,2}[./]\d{4})")
    joiners = "(?:," + "".join("|" + re.escape(w) for w in table["time_joiners"]) + r"|\||·|-)"
    clock = (rf"(?:\s*{joiners}?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*{table['clock_suffix']})?"
             r"(?:\s*\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?")
    labels = _alternatives(table["date_labels"])
    on = re.escape(table["date_label_on"])
    by = _alternatives(table["by"])
    return re.compile(
        rf"^(?:{labels}(?:\s+{on})?\s*:?\s*"
        rf"|[^\W\d_]{{3,20}}:\s*)?"  # a label in any language: "Opublikowano: 19.08.2026"
        rf"(?P<abs>{printed}){clock}(?:\s+{by}\s+[^\d]{{2,60}})?\s*$", re.I)


@cache
def meta_patterns(code: str = "en") -> MetaPatterns:
    """The date and byline patterns of language ``code``, built on first use."""
    data = language_data(code)
    table = data.table("meta_dates")
    unit_of: dict[str, str] = table["time_units"]
    unit_words = "|".join(re.escape(w) for w in unit_of)
    count = r"\d+|" + "|".join(re.escape(w) for w in table["one"])
    ago = re.escape(table["ago"])
    relative_days = "".join("|" + re.escape(w) for w in table["relative_days"])
    joiners = "".join("|" + re.escape(w) for w in table["byline_joiners"])
    return MetaPatterns(
        relative=re.compile(
            rf"(?P<rel>(?:{count})\s*(?:{unit_words})\s+{ago}{relative_days})\s*$", re.I),
        absolute_line=_absolute_line(table),
        updated_tail=re.compile(
            r"\s*[|·,-]?\s*" + _alternatives(table["updated_labels"]) + r"\b.*$", re.I),
        byline=re.compile(rf"^{_alternatives(table['by'])}\s+"
                          r"(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
                          rf"(?:\s*(?:,|\||/{joiners})\s*(?P<rest>.{{0,80}}))?$"),
        ago=re.compile(rf"({count})\s*({unit_words})\s+{ago}"),
        within_a_day=re.compile("|".join(re.escape(w) for w in table["within_a_day"]), re.I),
        one=frozenset(table["one"]),
        unit_of=MappingProxyType(dict(unit_of)),
        icon_words=frozenset(data.words("meta_icon_words")),
        name_connectors=frozenset(table["name_connectors"]),
        icon_label=re.compile(rf"(^|[|·]\s*){_alternatives(data.words('meta_icon_words'))}"
                              r"\s+(?=\d)", re.I),
    )
