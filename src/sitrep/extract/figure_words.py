"""The words and patterns the figure rules read, built from one language's resources.

Why: the rules ("a hedge before a number widens it", "the noun after a number is what it
counts") hold in any language; the words do not. :func:`figure_words` reads them from
``lang/<code>/`` (the ``figure_*`` files, ``number_words`` and ``event_nouns``) and compiles
the patterns once per process and language. Alternatives keep the order of their lists where
the order decides what matches (a regex alternation takes the first that fits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import language_data, longest_first
from .numbers import NumberReader, number_reader
from .opening import fast_pattern


@dataclass(frozen=True)
class Hedges:
    """Hedges before a value and the bound each implies (``figure_hedges``)."""

    bounds: dict[str, str]  # surface -> "low", "high", "about" or "exact"

    def bound(self, hedge: str | None) -> str | None:
        return self.bounds.get(hedge or "")

    def of_kind(self, kind: str) -> frozenset[str]:
        return frozenset(h for h, k in self.bounds.items() if k == kind)


@cache
def hedges(lang: str) -> Hedges:
    """The hedges of ``lang``: read by the figure rules and by the ledger's claims."""
    return Hedges(language_data(lang).table("figure_hedges")["hedges"])


@dataclass(frozen=True)
class FigureWords:
    """Everything language-specific the figure rules read, for one language."""

    lang: str
    numbers: NumberReader
    hedges: Hedges
    rules: dict[str, Any]  # the small words of ``figure_rules``
    units: dict[str, str]
    scaled_units: dict[str, tuple[str, float]]
    currency_signs: dict[str, str]
    quantities: dict[str, str]
    unit_contexts: dict[str, dict[str, str]]
    count_nouns: frozenset[str]
    abstract_nouns: frozenset[str]
    military_assets: frozenset[str]
    participants: frozenset[str]
    stop_words: frozenset[str]
    place_features: frozenset[str]
    noun_phrase_verbs: frozenset[str]
    #: "that": after it a verb of ``noun_phrase_verbs`` reports a clause ("mentioned that")
    complementizer: str
    vague_low: dict[str, int]
    vague_several: str
    vague_ranges: dict[str, tuple[float, float]]
    vague_range_stems: tuple[str, ...]
    vague_stems: tuple[str, ...]
    #: the first words of the matches of ``vague`` and ``vague_bare``: each match starts
    #: where one is written, and the pattern is tried there only (see :mod:`.scan`)
    vague_openers: tuple[str, ...]
    vague_bare_openers: tuple[str, ...]
    change_stems: tuple[str, ...]
    multiples: tuple[tuple[str, float], ...]  # (stem, factor)
    fractions: tuple[tuple[frozenset[str], str, float], ...]  # (verbs, part, factor)
    percent_verbs: dict[str, str]
    #: "rose slightly by 25%": a word between the verb and its link that is no thing changed
    degree_adverbs: frozenset[str]
    number_of_pieces: tuple[str, ...]
    range: re.Pattern[str]
    single: re.Pattern[str]
    range_opener: re.Pattern[str]
    range_scale: re.Pattern[str]
    #: "and": a joiner that makes a range only after an opener ("between 10 and 12")
    opened_joiner: re.Pattern[str]
    scale_word: re.Pattern[str]
    vague: re.Pattern[str]
    vague_bare: re.Pattern[str]
    vague_range: re.Pattern[str]
    change: re.Pattern[str]
    noun_before: re.Pattern[str]
    number_of: re.Pattern[str]
    referring: re.Pattern[str]
    counted_tail: re.Pattern[str]
    place_tail: re.Pattern[str]
    in_place: re.Pattern[str]
    family_tail: re.Pattern[str]
    ellipsis: re.Pattern[str]
    back_reference: re.Pattern[str]
    city_feature: re.Pattern[str]
    determiner: re.Pattern[str]
    event_noun_after: re.Pattern[str]
    event_noun_phrase: re.Pattern[str]
    partitive: re.Pattern[str]
    range_move: re.Pattern[str] | None = None  # "rose sharply from": a move, not a range


@cache
def figure_words(lang: str) -> FigureWords:
    """The figure rules' words and patterns for ``lang``, built once per process."""
    data = language_data(lang)
    rules = data.table("figure_rules")
    units = data.table("figure_units")
    vague = data.table("figure_vague")
    changes = data.table("figure_changes")
    reader = number_reader(lang)
    hedge = hedges(lang)
    event_nouns = "|".join(sorted(data.words("event_nouns")))
    return FigureWords(
        lang=lang, numbers=reader, hedges=hedge, rules=rules, units=units["units"],
        scaled_units={k: (u, float(f)) for k, (u, f) in units["scaled_units"].items()},
        currency_signs=units["currency_signs"], quantities=units["quantities"],
        unit_contexts=units["unit_contexts"],
        count_nouns=frozenset(data.words("figure_count_nouns")),
        abstract_nouns=frozenset(data.words("figure_abstract_nouns")),
        military_assets=frozenset(data.words("figure_military_assets")),
        participants=frozenset(data.words("figure_participants")),
        stop_words=frozenset(data.words("figure_stop_words")),
        place_features=frozenset(data.words("figure_place_features")),
        noun_phrase_verbs=frozenset(data.words("figure_noun_phrase_verbs")),
        complementizer=data.table("speech_cues")["complementizer"],
        **_vague_fields(vague),
        change_stems=tuple(dict.fromkeys([
            *(m["stem"] for m in changes["multiples"]),
            *(v for f in changes["fractions"] for v in f["verbs"]), *changes["percent_verbs"]])),
        multiples=tuple((m["stem"], m["factor"]) for m in changes["multiples"]),
        fractions=tuple((frozenset(f["verbs"]), f["part"], f["factor"])
                        for f in changes["fractions"]),
        percent_verbs=changes["percent_verbs"],
        degree_adverbs=frozenset(changes.get("degree_adverbs", ())),
        number_of_pieces=tuple(rules["number_of"]["pieces"]),
        range=_range(rules, units, reader, hedge),
        single=_single(rules, units, reader, hedge),
        range_opener=fast_pattern(rf"\b(?:{'|'.join(rules['range_openers'])})\s+$"),
        range_scale=fast_pattern(rf"\b({'|'.join(rules['range_scales'])})\b", re.I),
        opened_joiner=fast_pattern(
            rf"\s*(?:{'|'.join(rules.get('opened_range_joiners', ['(?!)']))})\s"),
        scale_word=fast_pattern("|".join(reader.scale_words), re.I),
        change=_change(changes, units),
        noun_before=_noun_before(rules),
        number_of=_number_of(rules["number_of"], rules["article"]),
        referring=fast_pattern(rf"\b(?:{'|'.join(rules['referring'])})\b[^.;\n]*$", re.I),
        counted_tail=_counted_tail(rules),
        place_tail=fast_pattern(rf"\s+(?:{'|'.join(rules['place_links'])})\s+.*$"),
        in_place=fast_pattern(rf"\s+{rules['place_links'][0]}\s+(?:{rules['article']}\s+)?"
                            r"[A-Z][\w’'-]+"),
        family_tail=fast_pattern(rf"\s+(?:{'|'.join(rules['family_links'])})\s+.*$"),
        ellipsis=fast_pattern(rf"\s*(?:,|{rules['joiner']}|,\s*{rules['joiner']})\s*"),
        back_reference=fast_pattern(rf"\b(?:{'|'.join(rules['back_reference'])})\s+$", re.I),
        city_feature=fast_pattern(rf"\s+({'|'.join(rules['city_features'])})\b"),
        determiner=fast_pattern(rf"^(?:{'|'.join(rules['determiners'])})\s+", re.I),
        event_noun_after=fast_pattern(rf"\s*(?:\w+\s+){{0,2}}(?:{event_nouns})\b"),
        event_noun_phrase=fast_pattern(rf"(?:\b\w+\s+)?\b({event_nouns})\b", re.I),
        partitive=_partitive(rules["partitive"], reader),
        range_move=_range_move(changes, rules["left_measure"].get("object_verbs", [])) if (
            "moves" in changes) else None,
    )


def _vague_fields(vague: dict[str, Any]) -> dict[str, Any]:
    """The fields of :class:`FigureWords` read from ``figure_vague``."""
    return dict(
        vague_low=vague["amounts"], vague_several=vague["several"],
        vague_ranges={k: (float(a), float(b)) for k, (a, b) in vague["ranges"].items()},
        vague_range_stems=tuple({k.split()[-1] for k in vague["ranges"]}),
        vague_stems=tuple(a for a in vague["amounts"] if " " not in a),
        vague_openers=_first_words([vague["several"], *vague["amounts"]]),
        vague_bare_openers=_first_words(vague["bare"]),
        vague=_vague(vague),
        vague_bare=fast_pattern(
            rf"\b(?P<vague>{_spaced_longest(vague['bare'])})"
            rf"(?P<more>\s+{vague['more']})?\b(?!\s+{vague['link']}\b)"),
        vague_range=fast_pattern(
            rf"\b(?P<vague>{_spaced_longest(vague['ranges'])})"
            r"\b[\"”’']?(?=\s)"),
    )


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each of ``phrases``, once each, in a fixed order."""
    return tuple(sorted({phrase.split(" ")[0] for phrase in phrases}))


def _group(words: list[str]) -> str:
    """``(?:a|b)`` of several words, the word itself of one."""
    return words[0] if len(words) == 1 else f"(?:{'|'.join(words)})"


def _spaced(word: str, space: str) -> str:
    """``word`` as a pattern where each of its spaces may be written as ``space``."""
    return space.join(map(re.escape, word.split(" ")))


def _spaced_longest(words: Iterable[str]) -> str:
    """``words`` as an alternation, longest first, each space matching any spacing."""
    return "|".join(_spaced(w, r"\s+") for w in sorted(words, key=len, reverse=True))


# The vague patterns, like _RANGE and _SINGLE, read the lower-cased text (Words.folded).
# _RANGE and _SINGLE start a word (or a currency sign): the leading check rejects other
# positions at once, which makes the scan about three times faster than trying every
# alternative everywhere. Both read the lower-cased text (Words.folded): without
# re.IGNORECASE the matcher rejects an alternative by its first letter, which halves the
# time again.
def _range(rules: dict[str, Any], units: dict[str, Any], numbers: NumberReader,
           hedge: Hedges) -> re.Pattern[str]:
    number = numbers.pattern
    openers = "".join(rf"{w}\s+|" for w in rules["range_openers"])[:-1]
    first_units = "|".join(_spaced(u, " ?") for u in units["range_units"])
    joiners = "|".join(rules["range_joiners"])
    return fast_pattern(
        rf"\b(?=\w)(?:(?P<qual>{longest_first(hedge.bounds)})\s+)?(?:{openers})?"
        rf"(?P<a>{number})(?P<a_unit>\s*(?:{first_units}))?\s*(?:{joiners})\s*"
        rf"(?P<b>{number})(?![\d,.]?\d)")


def _single(rules: dict[str, Any], units: dict[str, Any], numbers: NumberReader,
            hedge: Hedges) -> re.Pattern[str]:
    adjectives = "|".join(units["adjectives"])
    ordinals = "|".join(rules["ordinal_suffixes"])
    return fast_pattern(
        rf"(?:(?<!\w)(?=\w)|(?=[$€£₹¥]))"
        rf"(?:(?P<qual>{longest_first(hedge.bounds)})\s+)?"
        rf"(?P<cur>(?:{longest_first(units['currency_signs'])})(?:(?<=[^\w.])|\s))?"
        rf"(?P<num>{numbers.pattern})(?![\d,.]?\d)"
        rf"(?P<adj>-(?:{adjectives})\b(?!-{rules['age']})|-{rules['strength']}\b)?"
        rf"(?!\s*(?:{ordinals})\b)(?![a-z])")


def _vague(vague: dict[str, Any]) -> re.Pattern[str]:
    amounts = _spaced_longest(vague["amounts"])
    return fast_pattern(rf"\b(?P<vague>(?:{vague['several']}\s+)?(?:{amounts}))"
                      rf"\s+{vague['link']}\b")


def _change(changes: dict[str, Any], units: dict[str, Any]) -> re.Pattern[str]:
    multiples = "|".join(f for m in changes["multiples"] for f in m["forms"])
    hedge = rf"(?:{_group(changes['fraction_hedges'])}\s+)?" if changes.get(
        "fraction_hedges") else ""  # "fell by roughly half"
    fractions = "|".join(
        rf"{_group(f['verbs'])}\s+{_group(f['links'])}\s+{hedge}"
        + (rf"(?:{'|'.join(f['articles'])})[- ]" if f["articles"] else "") + f["part"]
        for f in changes["fractions"])
    verbs = "|".join(changes["percent_verbs"])
    percent = "|".join(_spaced(p, r"\s?") for p in units["percent"])
    # "cut GDP by 0.4%": the thing changed may stand between the verb and the link, a few
    # words with no number and no link in them
    link = changes["percent_link"]
    word = rf"(?!{link}\b)[“\"‘]?[A-Za-z][\w’'-]*[”\"’]?"  # a word, quoted or not
    thing = rf"(?:{word}\s+){{0,4}}{word}"
    return fast_pattern(
        rf"\b(?P<word>{multiples}|{fractions}|(?:{verbs})\s+(?:(?P<obj>{thing})\s+)?"
        rf"{link}\s+(?P<pct>\d+(?:\.\d+)?)\s*(?:{percent}))(?:\b|(?<=%))")


def _number_of(table: dict[str, Any], article: str) -> re.Pattern[str]:
    nouns, modifiers = "|".join(table["nouns"]), "|".join(table["modifiers"])
    return fast_pattern(rf"\b(?:{article}\s+)?(?:{nouns})\s+{table['link']}\s+"
                      rf"(?:(?:{modifiers})\s+)?(?P<what>[a-z]+)", re.I)


def _counted_tail(rules: dict[str, Any]) -> re.Pattern[str]:
    """"nine training grounds in Russia", "troops on the Polish border": a place after the
    thing counted."""
    links, borders = "|".join(rules["place_links"]), "|".join(rules["borders"])
    the = rules["article"]
    return fast_pattern(rf"\s+({links})\s+({the}\s+\w+\s+(?:{borders})|"
                      rf"(?:{the}\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){{0,2}})")


def _partitive(table: dict[str, Any], numbers: NumberReader) -> re.Pattern[str]:
    """"(57) of the country's 330 (townships)", "(a thousand) of their (troops)": where the
    thing counted starts after a partitive "of"; ``inner`` is a total between them."""
    return fast_pattern(rf"\s+{table['link']}\s+(?:{'|'.join(table['determiners'])})\s+"
                      r"(?:[\w-]+[’']s\s+)?"
                      rf"(?:(?:[\w-]+\s+){{0,2}}?(?P<inner>{numbers.pattern})\s+)?",
                      re.I)


def _range_move(changes: dict[str, Any], objects: list[str]) -> re.Pattern[str]:
    """"rose sharply from", "rose by 22 percent, from": a verb or noun of change (or a verb
    that changes its object, ``objects``: "lift the share of wind from") before the "from" of
    a range, maybe with the move's own amount between them (group ``amount``)."""
    amount = ""
    if link := changes.get("move_amount"):
        # "by 37 percent, from", "by half a point, from", "by 2% from"
        amount = (rf"(?P<amount>{link}\s+(?:[^\s,]+\s+){{0,3}}[^\s,]+,\s+|"
                  rf"{link}\s+(?:[a-z]+\s+){{0,2}}[\d.,]*\d[\d.,]*\s*(?:%|[a-z]+)?\s+)?")
    # "raised the fee from", "increase the efficiency of solar modules from": an object
    # between, but "rose in towns ranging from" is a range again
    between = rf"(?:(?!(?:{'|'.join(changes.get('range_words', []))})\b)[\w’'-]+\s+){{0,6}}"
    verbs = longest_first([*changes["moves"], *objects])
    return fast_pattern(rf"\b(?:{verbs})\s+{between}{amount}$", re.I)


def _noun_before(rules: dict[str, Any]) -> re.Pattern[str]:
    """"casualties rose by 20%", "casualties have risen by 20%", "the mass could be reduced
    by a third": the noun before a change, past its auxiliaries."""
    auxiliaries = "|".join(rf"{a}\s+" for a in [*rules["auxiliaries"],
                                                *rules.get("change_auxiliaries", [])])
    return fast_pattern(rf"\b([A-Za-z]{{3,}})\s+(?:{auxiliaries}){{0,2}}$")
