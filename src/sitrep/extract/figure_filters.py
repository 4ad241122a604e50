"""Numbers that are no figures, told by their context rather than by what they count.

Why: news pages carry recipes, shopping copy, sports tables and product names beside the
reporting, and their numbers look like counts ("1 cup blueberries", "for $199", "10
assists", "Phase 1"). A list of such phrases would not carry to the next page; the shape of
the context does: a kitchen unit on the line, a sentence opening with a cooking verb, a small
price after "for" or in brackets, a line of mostly numbers, a capitalised word glued before
the number, a span of time that dates something ("two months later") or an age. The words
come from ``figure_context`` of the language (its patterns: :mod:`.figure_context_words`).

:func:`no_count` holds the older rules on what a single value counts (a name, a rank, a year,
a pronoun); :class:`Context` the rules on where a figure stands, checked for every figure.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .counted import DURATIONS, family_of, has_common_noun, is_label, without_place
from .figure_context_words import context_words
from .figure_index import TextIndex
from .figure_page_kinds import PageKinds
from .figure_pronouns import listed_after
from .figure_rates import goods_after, rate_after
from .figure_shopping import ShoppingCopy
from .figure_spec import is_promotion, is_spec
from .figure_words import FigureWords, figure_words
from .literals import pattern_pieces as _pieces
from .opening import fast_pattern

if TYPE_CHECKING:
    from .figure_values import FigureFinder

_YEAR = fast_pattern(r"(?:19|20)\d\d")
_NUMBER_TOKEN = fast_pattern(r"[-+–]?[$€£]?\d[\d,.:/-]*%?")
_TOKEN = fast_pattern(r"\S+")
_SIDE_BY_SIDE = fast_pattern(r"\d[\d,.:/%)-]*\s+\(?[-+–$€£]?\d")
_CURRENCIES = frozenset({"USD", "EUR", "GBP", "INR", "RUB", "UAH", "JPY", "CNY"})
_SCALED = fast_pattern(
    r"(?i)\d\s*(?:k|m|bn|mln|million|billion|trillion|thousand|lakhs?|crores?)\b")
_NAME_BEFORE = fast_pattern(r"(?:^|[\s(])([A-Z][\w’'&.-]*|[a-z]+[A-Z][\w’'&.-]*)\s$")
_QUOTE_OPEN = fast_pattern(r"[“\"‘][^“”\"‘’.!?]*$")
_QUOTE_CLOSE = fast_pattern(r"[^“”\"‘’.!?\w]{0,3}[”\"’]")
#: "180 mm in 24 hours", "rose 4% in two days": a span right after a measured value and
#: "in", "within" or "over" is the window the value was measured in, no figure of its own
_MEASURED_IN = fast_pattern(r"\d[\d,.]*\s*(%|[A-Za-z]{1,12})\s+(?:in|within|over)\s+$")
#: the same word opening the span itself, where it was read as no hedge ("rose 12% [over
#: three years]": a preposition of time, not "more than")
_WINDOW_WORD = fast_pattern(r"(?:in|within|over)\s+")
_CENTS = fast_pattern(r"\.\d\d$")
_CODE_WORD = fast_pattern(r"\S*\d")
_WORDS = fast_pattern(r"[A-Za-z][\w’'-]*")
#: a whole share or more: "100 percent", "110%", "a hundred percent"
_WHOLE = fast_pattern(r"(?:\D{0,12}\b)?(?:1[01]0|a hundred)\s*(?:%|percent|per cent)", re.I)
_CLAUSE_BREAK = fast_pattern(r"[,;:–—]|\s(?:and|but|while)\s")


class Context:
    """Where a figure stands in one text: the rules of this module, with what they learn
    about each line (a recipe line, a table line) kept for the next figure on it."""

    def __init__(self, index: TextIndex, lang: str) -> None:
        self.text = index.text
        self.index = index  # line and sentence starts by bisection, not by a scan back
        self.words = context_words(lang)
        self.lang = lang
        self.words_of_figures = figure_words(lang)
        self._lines: dict[int, bool] = {}
        self.shopping = ShoppingCopy(index, lang)
        self.pages = PageKinds(index, lang)  # link lists, tallies, recipes, windows

    def rejects(self, start: int, end: int, unit: str | None, measure: str | None,
                qualified: bool) -> bool:
        """The figure at ``start:end`` is no figure where it stands."""
        text = self.text
        return (self._listing_line(start) or self._quoted_phrase(start, end)
                or bool(self.words.phone_after.match(text, start))  # "911 calls": dialled
                or self._in_recipe_sentence(start) or self._imagined(start, end)
                or self._dates_or_ages(start, end, unit)
                or (unit in _CURRENCIES and self._price(start, end, measure))
                or (unit == "%" and bool(self.words.discount_after.match(text, end)))
                or self.shopping.rejects(start, end, unit, measure, self._reported)
                or (unit == "%" and self._idiom_of_certainty(start, end))
                or ((unit in self.words.trifle_units or (measure or "").lower() in (
                    self.words.trifle_units)) and self._negated(start))
                or (unit not in _CURRENCIES and self._game(start, measure))
                or self._spec_price_or_source(start, end, unit, measure)
                or (unit in self.words.spec_units and not _SCALED.search(text, start, end))
                or (unit in DURATIONS and bool(self.words.offer_after.match(text, end)))
                or (unit in DURATIONS and (self._dates_a_level(start, end)
                                           or self._measured_in(start)))
                or (unit in DURATIONS and self._before(self.words.talk_span_before, start, 120))
                or self._before(self.words.pool_before, start, 120)  # "12th among 127"
                or (unit in DURATIONS and "-" in text[start:end]  # "10-year notes": a tenor
                    and bool(self.words.tenor_after.match(text, end)))
                or bool(measure and _CODE_WORD.match(measure))  # "the last two i9 laptops"
                or (not qualified and (self._in_name(start) or self._titled_span(start, end)))
                or (unit is not None and self._unit_in_name(start, end))
                or is_spec(self.index, self.lang, start, end, unit)
                or self.pages.rejects(start, end, unit, measure, self._reported)
                or (is_promotion(self.index, self.lang, start) and not self._reported(start)))

    def _before(self, pattern: re.Pattern[str], start: int, reach: int) -> bool:
        """``pattern`` matches in the ``reach`` characters before ``start``; not searched
        near each figure of a text with none of its pieces ("among": asked once a text)."""
        return self.index.may_match(_pieces(pattern)) and bool(
            pattern.search(self.text, max(0, start - reach), start))

    def _dates_a_level(self, start: int, end: int) -> bool:
        """"a four-year high", "a 10 year low": a span of time before a word of extremity
        dates a level; it claims no duration. (After a superlative, "the worst in two
        decades", news-dev counts the span as a figure: left alone.)"""
        text = self.text
        unit_word = self.words.time_unit.search(text, start, end)
        after = unit_word.end() if unit_word else end
        return bool(self.words.extreme_after.match(text, after))

    def _idiom_of_certainty(self, start: int, end: int) -> bool:
        """"100 percent sure", "100 percent complete information": a whole share before a
        word of certainty is an idiom, no share of anything ("turnout was 100 percent" is
        one), and so is one after an object pronoun or a verb of agreeing ("suits you
        100%", "I agree 100 percent")."""
        whole = _WHOLE.match(self.text, start, end)
        return bool(whole and (self.words.certainty_after.match(self.text, whole.end())
                               or self.words.certainty_before.search(
                                   self.text, max(0, start - 30), start)))

    def _line(self, pos: int) -> tuple[int, int]:
        end = self.index.next_at("\n", pos)
        return self.index.paragraph_start(pos), len(self.text) if end < 0 else end

    def _listing_line(self, pos: int) -> bool:
        """A recipe line ("2 eggs, 1 cup flour") or a stretch of a table (mostly numbers:
        "225.86 -12.99 -5.44%", "Rockledge 14 11 6 15 — 44")."""
        start, end = self._line(pos)
        if start not in self._lines:
            self._lines[start] = bool(self.words.kitchen.search(self.text, start, end)
                                      or self.words.retail.search(self.text, start, end))
        if self._lines[start]:
            return True
        lo, hi = max(start, pos - 35), min(end, pos + 35)
        if not _SIDE_BY_SIDE.search(self.text, lo, hi):
            return False  # no two numbers side by side: no table (one search, not a count)
        tokens = _TOKEN.findall(self.text, lo, hi)
        numeric = [bool(_NUMBER_TOKEN.fullmatch(t.strip("()[],;:"))) for t in tokens]
        # numbers side by side with no word between: a table's cells, not a sentence's
        pairs = sum(1 for a, b in pairwise(numeric) if a and b)
        return pairs >= 2 and sum(numeric) * 3 >= len(tokens)

    def _quoted_phrase(self, start: int, end: int) -> bool:
        """"one country, two systems" in quotation marks: a slogan or a title, no count."""
        before = _QUOTE_OPEN.search(self.text, max(0, start - 25), start)
        after = _QUOTE_CLOSE.match(self.text, end)
        if not (before and after):
            return False
        quoted = _WORDS.findall(self.text, before.start(), end)
        small = self.words_of_figures.stop_words  # "we lost 300 soldiers" is a sentence
        return len(quoted) <= 4 and not any(
            w.lower() in small or w.lower().endswith("ed") for w in quoted)

    def _in_recipe_sentence(self, pos: int) -> bool:
        """"Bake for 20 minutes": a sentence opening with a cooking verb, an instruction."""
        first = _WORDS.match(self.text, self.index.period_start(pos))
        return bool(first and first.group(0)[0].isupper()
                    and first.group(0).lower() in self.words.cooking_verbs)

    def _negated(self, pos: int) -> bool:
        """"they never sent us 5 cents", "did not get a single cent": a trifle under a negation
        in its clause is a figure of speech for nothing, no sum."""
        begin, breaks = self._clause_breaks(pos, 80)
        return bool(self.words.negation.search(self.text, breaks[-1].end() if breaks
                                               else begin, pos))

    def _clause_breaks(self, pos: int, reach: int) -> tuple[int, list[re.Match[str]]]:
        """Where the sentence holding ``pos`` opens (at most ``reach`` characters back, not
        before its paragraph), and the clause breaks between there and ``pos``."""
        begin = max(self.index.period_start(pos), pos - reach)
        return begin, list(_CLAUSE_BREAK.finditer(self.text, begin, pos))

    def _imagined(self, start: int, end: int) -> bool:
        """A number after a simile ("seem like a thousand choices") in its own clause ("felt
        like a hurricane and killed 12" counts them), or under a supposition ("Had he lived
        and written five books", "would have hired 20", "300 homes would have flooded"),
        which holds back past an "and" to the last mark of punctuation: a figure of speech
        or a supposition, no claim. At most 150 characters back (a junk line is not read
        again for each of its numbers)."""
        pos = start
        begin, breaks = self._clause_breaks(pos, 150)
        if self.words.imagined_before.search(
                self.text, breaks[-1].end() if breaks else begin, pos):
            return True
        marks = [b for b in breaks if b.group(0).strip() not in ("and", "but", "while")]
        return bool(self.words.supposed_before.search(
            self.text, marks[-1].end() if marks else begin, pos)
            or (self.index.may_match(_pieces(self.words.supposed_after))
                and self.words.supposed_after.match(self.text, end)))

    def _dates_or_ages(self, start: int, end: int, unit: str | None) -> bool:
        """"a 12 year old boy"; "two months later", "after four days", "will play again in
        four days": time that dates something, not a duration anyone claims."""
        text = self.text
        if self.words.age.match(text, end):
            return True  # "aged between 12 to 17-years-old"
        unit_word = self.words.time_unit.search(text, start, min(len(text), end + 12))
        if unit_word is None or (unit not in DURATIONS and unit_word.start() > end):
            return False
        if unit not in DURATIONS and unit_word.start() < end:
            return False  # "12 billion light-years", "$9 million a year": the unit's, a rate's
        after = unit_word.end()
        pointer = self.words.future_pointer
        return bool(self.words.age.match(text, unit_word.start())
                    or self.words.relative_after.match(text, after)
                    or self.words.relative_before.search(text, max(0, start - 25), start)
                    or (pointer and pointer.search(text, max(0, start - 120), start)))

    def _price(self, start: int, end: int, measure: str | None) -> bool:
        """A small sum without a scale ("$199", not "$20 billion") that counts nothing named
        ("a fine of $500" counts a fine) or a price ("its listed $249 price"); or one
        where shopping copy puts a price: after "for", "regular", "(" or before "off",
        ")", "at"."""
        evidence = self.text[start:end]
        if _SCALED.search(evidence):
            return False
        digits = re.sub(r"[^\d.]", "", evidence.split()[-1] if evidence.split() else "")
        try:
            if float(digits or "0") >= 10_000:
                return False
        except ValueError:
            return False
        rate = rate_after(self.text, start + len((evidence.split() or [""])[0]),
                          self.words_of_figures)
        if goods_after(self.text, start, end, self.words_of_figures):
            return False  # "$96 a tonne", "$0.06/kWh": a market's price of goods, no shop's
        if _CENTS.search(evidence.split()[0] if evidence.split() else ""):
            # "$164.99": a price, unless someone states it or it is per share ("earned
            # $2.53 a share": earnings)
            return not self._reported(start) and not (rate and rate.noun in (
                self.words_of_figures.rules["left_measure"]["rates"].get("stock_nouns", ())))
        return not measure or not has_common_noun(measure, self.words_of_figures) or (
            "price" in measure.lower()) or bool(
            self.words.price_before.search(self.text, max(0, start - 20), start)
            or self.words.price_after.match(self.text, end))

    def _spec_price_or_source(self, start: int, end: int, unit: str | None,
                              measure: str | None) -> bool:
        """"the world's two largest economies" ranks; "a battery that lasts 30 hours",
        "10 airbags" are a product's specifications; "$50 cheaper", "a $50 gift card"
        shopping copy; "two people familiar with the talks" who a report relies on ("12 of
        the best ones" is a partitive, no rank)."""
        said = (measure or "").lower().split()
        return bool(said and (
            (said[0] in self.words.rank_words and " of " not in self.text[start:end]
             and said[0] in self.text[start:end].lower())  # not "a top speed of 155 mph"
            or self.words.spec_measures.search(measure or "")
            or (unit in _CURRENCIES and set(said) & self.words.price_measures))) or bool(
            not unit and said[-1:] == ["people"] and self.words.sourcing_after.match(
                self.text, end))

    def _reported(self, pos: int) -> bool:
        """The sentence holding ``pos`` has a verb of saying: "each ration pack costs $60.73,
        the ministry said" is a body's claim, not shopping copy. The sentence ends at its
        line's end too: a price alone on a line ("$139.00") is not said by a "by saying"
        in the product blurb on the lines after it."""
        return bool(self.words.saying.search(self.text, self.index.period_start(pos),
                                             self.index.sentence_end(pos)))

    def _game(self, start: int, measure: str | None) -> bool:
        """"10 assists", "25 points": a player's statistics (not "fell 300 points", nor a
        sum: "losses of up to $10 billion"; a market moves by points, a player who "added
        three assists" is no market)."""
        if not measure:
            return False
        said = measure.lower().split()
        game = said[0] in self.words.game_nouns or said[-1] in self.words.game_nouns
        return game and not (self.words.market_nouns.intersection(said) and (
            self.words.market_before.search(self.text, max(0, start - 25), start)))

    def _unit_in_name(self, start: int, end: int) -> bool:
        """"If you've done 80 Day Obsession": a unit written with a capital inside a
        sentence, followed by another capitalised word, is part of a title."""
        words = _WORDS.findall(self.text, start, min(len(self.text), end + 20))[:2]
        if len(words) < 2 or not all(w[0].isupper() for w in words):
            return False
        before = _WORDS.findall(self.text, max(0, start - 20), start)[-1:]
        return bool(before) and before[0][0].islower()

    def _in_name(self, start: int) -> bool:
        """"Phase 1", "RTX 2060", "iPhone 11": a capitalised word right before
        the number (not a possessive: "Friday's 7.7"), inside a sentence (not its first
        word) and not in a title ("Death Toll From Powerful 7.7 Magnitude Quake")."""
        if not self.text[start:start + 1].isdigit():
            return False  # "... Emergency Situations five days after": a word is no code
        before = _NAME_BEFORE.search(self.text, max(0, start - 30), start)
        if before is None or before.group(1).endswith(("'s", "’s")):
            return False
        raw = self.text[max(0, before.start(1) - 3):before.start(1)]
        lead = raw.rstrip()
        coded = any(c.isupper() for c in before.group(1)[1:])  # "iPadOS 13", "RTX 2060"
        if not coded and (not lead or lead[-1] in ".:!?\"“‘'" or "\n" in raw):
            return self._named_lead(before.group(1), start)  # the first word of a sentence
        around = (_WORDS.findall(self.text, max(0, start - 40), start)[-4:]
                  + _WORDS.findall(self.text, start, start + 30)[:2])
        caps = sum(1 for w in around if w[0].isupper())
        return caps * 6 < len(around) * 5  # a title capitalises (nearly) every word

    def _measured_in(self, start: int) -> bool:
        """A span right after a measurement ("180 mm in 24 hours", "4% in two days"), not a
        count ("treated 300 people in ten days": the span of the events counted)."""
        if window := _WINDOW_WORD.match(self.text, start):
            start = window.end()
        m = _MEASURED_IN.search(self.text, max(0, start - 40), start)
        return m is not None and (m.group(1) == "%" or (
            m.group(1).lower() in self.words_of_figures.units))

    def _titled_span(self, start: int, end: int) -> bool:
        """"the Fair Hill Three-Day Event": a span written as a capitalised adjective, a
        capitalised word after it and no sentence starting there, is part of a name."""
        said = self.text[start:end]
        after = _WORDS.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
        lead = self.text[max(0, start - 3):start].rstrip()
        return ("-" in said and " " not in said and said.rsplit("-", 1)[-1][:1].isupper()
                and after is not None
                and after.group(0)[:1].isupper() and bool(lead) and lead[-1] not in ".:!?\"“")

    def _named_lead(self, word: str, start: int) -> bool:
        """"Thunderbolt 3 docks are popular": a sentence that opens with a count opens with
        the number or with a word that leads one ("Another 20 soldiers", "Nearly 300
        homes", "March 3"); any other capitalised word glued to a number, with a common word
        after it, is a model, a version or a route, as inside a sentence."""
        digits = _CODE_WORD.match(self.text, start)
        after = self.text[digits.end():digits.end() + 2] if digits else ""
        lead = word.lower()
        return (len(word) > 1 and word.isalpha() and lead not in self.words.count_leads
                and not lead.endswith("ly")  # "Reportedly 40 people": an adverb leads a count
                and len(after) == 2 and after[0] == " " and after[1].islower())


def no_count(finder: FigureFinder, m: re.Match[str], value: float,
             found: tuple[str | None, str | None, int]) -> bool:
    """A number that counts nothing anyone tracks: a name, a rank, a year, a pronoun."""
    measure, unit, end = found
    raw = m.group("num")
    words = finder.words
    head = (measure or "").split()[0].lower() if measure else ""
    # one capitalised name a verb follows is a people: "700,000 Rohingya fled"
    people = bool(measure) and " " not in measure and measure[:1].isupper() and (
        _verb_after(finder.folded, end, words))
    if measure and unit is None and not people and not has_common_noun(measure, words) and not any(
            finder.gaz.demonym(w) or finder.gaz.demonym(w.removesuffix("s"))
            for w in measure.split()) and not (
            finder.predicates.happened(finder.folded, end)):
        return True  # "Three Amigos", "5 Tips", "3 Kevin Harvick": a name or a rank
        # (but "about 9,000 Belarusian and 150,000 Russian troops" counts troops,
        # "600,000 Israelis" people, and "700 Muslims were reported dead" counts people)
    if measure and unit is None and value != 1 and raw[:1].isdigit() and is_label(
            measure, words) and measure not in finder.predicates.sizes and not people and (
            not finder.predicates.ends_in_fate(measure)):
        return True  # "the 777 program": a name ("ten lost their lives" is a sentence;
        # "a population of 40,000" is a size)
    if measure and family_of(measure, None, words) in words.abstract_nouns and unit is None:
        return True  # "two main goals": a count of nothing anyone tracks
    if raw.isdigit() and _YEAR.fullmatch(raw.strip()) and unit is None and (
            head not in words.count_nouns):
        return True
    last = without_place(measure or "", words).split()[-1:]
    if words.back_reference.search(finder.text[max(0, m.start() - 7):m.start()]) and (
            not raw[0].isdigit() and value < 20) and (
            not last or last[0].lower() not in words.count_nouns):
        return True  # "the two countries", "those four engines" refer back; they claim
        # nothing (but "the four gunmen" counts people)
    # "one" is a pronoun more often than a count, unless it is listed with other
    # counts: "four hospitals and one health centre", "three children – one child"
    return not raw[0].isdigit() and value == 1 and not words.scale_word.search(raw) and (
        not _listed(finder, m.start(), measure))


def _listed(finder: FigureFinder, start: int, measure: str | None) -> bool:
    """The value at ``start`` comes right after another count, joined by "and", a comma
    or a dash, and counts a thing named by a common noun."""
    if not finder.figures or not measure or not has_common_noun(measure, finder.words) or (
            measure.split()[0].lower().endswith(("ing", "ed"))):
        return False  # "two missions, one carrying Orion": a pronoun
    return listed_after(finder, start)


def _verb_after(folded: str, end: int, words: FigureWords) -> bool:
    """Whether the word after ``end`` is a verb by its form: an auxiliary, a modal or a
    past ("fled", "were", "have"), so that the name before it is the verb's subject."""
    m = _WORDS.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if m is None:
        return False
    word, fates = m.group(0), words.rules.get("fate_verbs", {})
    return word in fates.get("auxiliaries", ()) or word in fates.get("modals", ()) or (
        word.endswith(words.rules["past"]) or word in words.rules["irregular_past"])
