"""Shopping copy: numbers that are offers made to a buyer ("a 35% discount", "save $40", "a
two-year warranty", "was $80, now $55"), no figures of the news.

Why apart from :mod:`.figure_filters`: the rule reads two scopes. A number that counts or
measures an offer, or that a verb of saving governs, is shopping copy in any text; its
sentence is enough. A sum or a share beside a word of commerce ("a nightly rate of $180,
cheaper than the shops in town") is shopping copy only in a deals post, a text that holds
several kinds of deal phrases ("% off", "free shipping", "price tag", "coupon"): the same
sentence in a report on retail may be news; in a deals post a measurement (a watch's depth
rating, a screen's inches, a battery's hours) in a paragraph with a price is a product's
spec, while outside one only the spec units and measures of :mod:`.figure_filters` are (a
car launch's range or a review's measured noise is the page's claim). A thing a customer
got free, told in the first person, is a review of an offer. Either way a sentence that
someone states ("the company cut prices by 10%, its chief executive said") is a claim and
stays, and a spec (hours of battery life, a screen's inches) is not read as a price: only
shares and small sums are. The words are ``figure_shopping`` of the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..lang import language_data
from .counted import DURATIONS
from .figure_index import TextIndex
from .literals import pattern_pieces, required_pieces
from .opening import fast_pattern
from .words import plain_lower

#: A sum written with a scale ("$2 billion", "$40m"): no price a shop puts on a thing.
_SCALED = fast_pattern(r"(?i)\d\s*(?:k|m|bn|mln|million|billion|trillion|thousand)\b")
_CURRENCIES = frozenset({"USD", "EUR", "GBP", "INR", "RUB", "UAH", "JPY", "CNY"})
#: The largest sum read as a price (a car or a laptop costs less; a budget more).
_PRICE_MAX = 10_000


@dataclass(frozen=True)
class ShoppingWords:
    """The patterns built from ``figure_shopping``."""

    offer_nouns: re.Pattern[str]
    offer_before: re.Pattern[str]
    offer_after: re.Pattern[str]
    offer_not_after: re.Pattern[str]
    offer_head_after: re.Pattern[str]
    market_after: re.Pattern[str]
    was_now: re.Pattern[str]
    imperative: re.Pattern[str]
    rating_before: re.Pattern[str]
    rating_measures: frozenset[str]
    deals_markers: tuple[re.Pattern[str], ...]
    #: per marker, strings one of which each of its matches holds (None: not known)
    deals_pieces: tuple[tuple[str, ...] | None, ...]
    deals_minimum: int
    commerce_words: re.Pattern[str]
    reported: re.Pattern[str]
    gift: re.Pattern[str]
    gift_pieces: tuple[str, ...]
    listed_price: re.Pattern[str]
    first_person: re.Pattern[str]
    spec_count_before: re.Pattern[str]
    spec_words: re.Pattern[str]


@cache
def shopping_words(lang: str) -> ShoppingWords:
    """The patterns of ``lang``."""
    table = language_data(lang).table("figure_shopping")
    markers = tuple(fast_pattern(p) for p in table["deals_markers"])
    return ShoppingWords(
        offer_nouns=fast_pattern(table["offer_nouns"], re.I),
        offer_before=fast_pattern(table["offer_before"], re.I),
        offer_after=fast_pattern(table["offer_after"], re.I),
        offer_not_after=fast_pattern(table["offer_not_after"], re.I),
        offer_head_after=fast_pattern(table["offer_head_after"], re.I),
        market_after=fast_pattern(table["market_after"]),
        was_now=fast_pattern(table["was_now"], re.I),
        imperative=fast_pattern(table["imperative"]),
        rating_before=fast_pattern(table["rating_before"], re.I),
        rating_measures=frozenset(table["rating_measures"]),
        # searched through the whole text: each opens with a class the matcher skips to,
        # and is searched only when the text holds one of its pieces
        deals_markers=markers,
        deals_pieces=tuple(required_pieces(re.compile(p)) for p in table["deals_markers"]),
        deals_minimum=int(table["deals_minimum"]),
        commerce_words=fast_pattern(table["commerce_words"], re.I),
        reported=fast_pattern(table["reported"], re.I),
        gift=fast_pattern(table["gift"], re.I),
        gift_pieces=tuple(table["gift_pieces"]),
        listed_price=fast_pattern(table["listed_price"]),
        first_person=fast_pattern(table["first_person"]),
        spec_count_before=fast_pattern(table["spec_count_before"], re.I),
        spec_words=fast_pattern(table["spec_words"], re.I))


class ShoppingCopy:
    """The shopping-copy rule over one text; whether the text is a deals post is decided
    once, on the first share or sum asked about."""

    def __init__(self, index: TextIndex, lang: str) -> None:
        self.index = index
        self.text = index.text
        self.words = shopping_words(lang)
        self._deals_post: bool | None = None
        self._gifts: bool | None = None  # whether anything anywhere is got "for free"

    def rejects(self, start: int, end: int, unit: str | None, measure: str | None,
                said: Callable[[int], bool]) -> bool:
        """The figure at ``start:end`` (``unit``, counting ``measure``) is an offer to a
        buyer; ``said(pos)``: whether the sentence at ``pos`` has a verb of saying."""
        words, text = self.words, self.text
        priced = self._price_or_share(start, end, unit)
        # in a deals post, a sum beside a word of commerce; a share only when it names
        # nothing ("a screen's 95% colour range" is a spec, "a further 20%" an offer)
        loose = priced and (unit != "%" or not measure)
        # in a deals post a measurement is a product's spec ("waterproof to 50 meters")
        spec = bool(unit) and unit not in _CURRENCIES and unit != "%"
        if not self._offered(start, end, unit, measure, priced) and not (
                loose and self._commerce_sentence(start, end) and self.deals_post()) and not (
                spec and self._listed(start) and self.deals_post()) and not (
                (spec or unit == "%") and self._spec_sentence(start)) and not self._gift(
                start, end) and not self._spec_count(start, unit):
            return False
        # "a $20 discount to Brent": a market's price, and a stated sentence is a claim
        return not (words.market_after.match(text, end) or said(start)
                    or self._reported(start))

    def _offered(self, start: int, end: int, unit: str | None, measure: str | None,
                 priced: bool) -> bool:
        """An offer in any text: its noun counted ("a two-year warranty", not "two
        coupons"), a verb of saving or a word of the offer around a share or a price, a
        price before and after a sale, an instruction to buy, a rating's scale."""
        words, text = self.words, self.text
        if (priced or unit in DURATIONS) and measure and words.offer_nouns.search(measure):
            return True
        if self.index.may_match(pattern_pieces(words.offer_head_after)) and (
                words.offer_head_after.match(text, end)):  # (no such noun in most texts)
            return True
        if priced and (words.offer_after.match(text, end) or (
                words.offer_before.search(text, max(0, start - 30), start)
                and not words.offer_not_after.search(text, start, min(len(text), end + 4)))):
            return True
        if unit in _CURRENCIES and self._was_now(start, end):
            return True
        return self._told_to_buy(start) or (
            (measure or "").lower() in words.rating_measures
            and bool(words.rating_before.search(text, max(0, start - 10), start)))

    def deals_post(self) -> bool:
        """The text holds at least ``deals_minimum`` kinds of deal phrases."""
        if self._deals_post is None:
            # the markers are lower case
            words, folded = self.words, plain_lower(self.text, self.index.folded)
            # a marker none of whose pieces the text holds cannot match: not searched
            left = [marker for marker, pieces in zip(words.deals_markers, words.deals_pieces,
                                                      strict=True)
                    if pieces is None or any(p in folded for p in pieces)]
            kinds = 0
            for n, marker in enumerate(left):
                if kinds + len(left) - n < words.deals_minimum:
                    break  # too few markers left to reach the minimum
                kinds += marker.search(folded) is not None
                if kinds >= words.deals_minimum:
                    break
            self._deals_post = kinds >= words.deals_minimum
        return self._deals_post

    def _price_or_share(self, start: int, end: int, unit: str | None) -> bool:
        """A share, or a sum small enough to be a price ("$249", not "$2 billion")."""
        if unit == "%":
            return True
        if unit not in _CURRENCIES or _SCALED.search(self.text, start, end):
            return False
        digits = re.sub(r"[^\d.]", "", self.text[start:end].split()[-1])
        try:
            return float(digits.rstrip(".") or "0") < _PRICE_MAX
        except ValueError:
            return False

    def _told_to_buy(self, pos: int) -> bool:
        """The sentence opens with a verb of buying said to the reader ("Buy two, get one
        free"): an instruction, as a recipe's "Bake for 20 minutes". One match tried
        where the sentence opens: no test of the whole text first (a match there is one
        the text holds; the text's pieces cost more to look for than the match)."""
        return bool(self.words.imperative.match(self.text, self.index.sentence_start(pos)))

    def _was_now(self, start: int, end: int) -> bool:
        """The sum is one of "was $32,000, now $28,500", of any size."""
        for m in self.words.was_now.finditer(self.text, max(0, start - 45),
                                             min(len(self.text), end + 45)):
            if m.start() < end and start < m.end():
                return True
        return False

    def _sentence(self, pos: int) -> tuple[int, int]:
        return self.index.sentence_start(pos), self.index.sentence_end(pos)

    def _commerce_sentence(self, start: int, end: int) -> bool:
        lo, hi = self._sentence(start)
        return bool(self.words.commerce_words.search(self.text, lo, start)
                    or self.words.commerce_words.search(self.text, end, max(end, hi)))

    def _listed(self, pos: int) -> bool:
        """The paragraph at ``pos`` prices what it describes (a sum written with a currency
        sign): a product on sale, whose measurements are its spec; a review's paragraph of
        tests in the same post is not."""
        lo = self.index.paragraph_start(pos)
        hi = self.index.next_at("\n", pos)
        hi = hi if hi >= 0 else len(self.text)
        return bool(self.words.listed_price.search(self.text, lo, hi))

    def _spec_sentence(self, start: int) -> bool:
        """In a deals post, the sentence names a product's spec ("99% colour coverage", "a
        10-minute charge adds two hours of play"): its measurements and shares are the
        spec, even where the paragraph names no price."""
        if self._deals_post is False:  # decided: no sentence is read outside a deals post
            return False
        # the sentence first: most texts hold no spec word near a value, and deciding what
        # the text is (a scan of all of it) waits for the first one that does
        lo, hi = self._sentence(start)
        return bool(self.words.spec_words.search(self.text, lo, hi)) and self.deals_post()

    def _spec_count(self, start: int, unit: str | None) -> bool:
        """A count a verb of listing a product's parts governs, in a deals post ("comes
        with 3 spare straps"): the product's spec."""
        return unit is None and bool(self.words.spec_count_before.search(
            self.text, max(0, start - 40), start)) and self.deals_post()

    def _gift(self, start: int, end: int) -> bool:
        """A thing a customer got for free, told in the first person ("my son got 2 bags of
        nuts for free"): a review of an offer, no figure of the news."""
        if self._gifts is False or not self.index.may_match(pattern_pieces(self.words.gift)):
            return False  # (no gift piece in the text, read once: no search near each value)
        # the words after the value first: a gift phrase there is rare, and whether the
        # text holds the gift pieces (a scan of all of it) is asked only then
        gift = self.words.gift.search(self.text, end, min(len(self.text), end + 200))
        if gift is None:
            return False
        if self._gifts is None:  # one search of the text, not a sentence found per value
            self._gifts = any(piece in self.text for piece in self.words.gift_pieces) and (
                self.words.gift.search(self.text) is not None)
        if not self._gifts:
            return False
        lo, hi = self._sentence(start)
        return gift.end() <= hi and self.words.first_person.search(self.text, lo, hi) is not None

    def _reported(self, pos: int) -> bool:
        """"..., according to the retailers' association": a stated figure."""
        lo, hi = self._sentence(pos)
        return bool(self.words.reported.search(self.text, lo, hi))
