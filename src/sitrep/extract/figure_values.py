"""Finding figures' values: date spans, changes ("halved"), vague amounts (see
:mod:`.figure_vague`), ranges, single values, and values that refer to a measure named
before them.

Each kind is found in that order and takes its span, so a later kind never reads a number
an earlier one claimed; dates and event names are blocked from the start. What each value
counts is read by :mod:`.counted`; who states it and what it is about is added afterwards
(:func:`sitrep.extract.figures.attach`).
"""

from __future__ import annotations

import re
from bisect import insort

from spacy.tokens import Doc

from ..knowledge.gazetteer import load_gazetteer
from . import doc_values
from .counted import (
    DURATIONS,
    family_of,
    last_plural,
    noun_phrase,
    without_place,
)
from .counted_context import (
    no_noun,
    pronoun_object,
    quantity_near,
    restated_measure,
    restates,
    share_of,
    span_between,
)
from .counted_left import measure_around, place_only
from .figure_carried import carried_measure
from .figure_changes import find_changes, moved
from .figure_filters import Context, no_count
from .figure_increments import find_steps, skip_word_after
from .figure_index import TextIndex, last_before
from .figure_joined import no_range, shared_head
from .figure_labels import names_a_thing
from .figure_partitives import part_measure
from .figure_predicates import predicates
from .figure_pronouns import lone_one
from .figure_rates import joined_parts
from .figure_scan import single_matches
from .figure_told import told_around
from .figure_vague import find_vague
from .figure_words import FigureWords
from .measure_comparisons import comparative_after
from .measure_durations import duration_measure
from .measure_labels import label_before
from .opening import fast_pattern
from .records import NO_ATTRIBUTION, Figure, Span

_SENTENCE_END = fast_pattern(r"[.!?]\s")
_LONG = fast_pattern(r"(?:-long\b)?")
#: "2.252%": a decimal, though "2.252" alone reads as a thousands separator.
_DECIMAL_SHARE = fast_pattern(r"\d{1,3}\.\d{3}")
_YEAR = fast_pattern(r"(?:19|20)\d\d")
#: Unit codes of a duration written as an adjective ("a four-day exercise").
_ADJECTIVE_DURATIONS = ("day", "week", "month", "year", "hour")


class FigureFinder:
    """The figures' values in one document, before attribution."""

    def __init__(self, doc: Doc, words: FigureWords) -> None:
        self.doc = doc
        self.words = words
        self.predicates = predicates(words.lang)
        self.text = doc_values.get(doc, "text")
        self.table = doc_values.get(doc, "words")
        self.folded = self.table.folded  # lower case, same offsets
        self.gaz = load_gazetteer()
        self.singles_found = single_matches(self.folded, words, self.table.phrases)
        self.blocked = self._blocked()
        self.taken: list[tuple[int, int]] = []
        # 1 on every character of a blocked or taken span: _free reads one span's characters
        self.covered = bytearray(len(self.text))  # (not all spans found: quadratic)
        self.odd_spans = False  # an empty span: _free must compare spans as before
        for start, end in self.blocked:
            self._cover(start, end)
        self.index = TextIndex(self.text, words.number_of, self.folded)
        self.context = Context(self.index, words.lang)
        # pieces every number_of match holds, even with "ſ" or "ı" (matched under re.I)
        self.number_of_possible = self.table.writes_any(words.number_of_pieces)
        self.figures: list[Figure] = []
        # (match, low, high) of values that name no measure: see referring()
        self.unnamed: list[tuple[re.Match[str], float, float]] = []

    def _blocked(self) -> list[tuple[int, int]]:
        """Spans where a number is not a figure: dates and event names."""
        spans = [(d.start, d.end) for d in doc_values.get(self.doc, "dates") or []]
        spans += [(m.span.start, m.span.end) for m in doc_values.get(self.doc, "mentions")
                  if m.kind == "event"]
        return spans

    def _cover(self, start: int, end: int) -> None:
        if end > start:
            self.covered[start:end] = b"\x01" * (end - start)
        else:
            self.odd_spans = True

    def _take(self, start: int, end: int) -> None:
        self.taken.append((start, end))
        self._cover(start, end)

    def _free(self, start: int, end: int) -> bool:
        """No blocked or taken span overlaps ``start:end``."""
        if end > start and not self.odd_spans:
            return self.covered.find(1, start, end) < 0
        return not any(s < end and start < e for s, e in self.blocked + self.taken)

    def _noun_phrase(self, pos: int) -> tuple[str | None, str | None, int]:
        return noun_phrase(self.text, skip_word_after(self.text, pos, self.words.lang), self.words)

    def run(self) -> list[Figure]:
        self.date_spans()
        find_changes(self)
        find_steps(self)
        find_vague(self)
        self.ranges()
        self.singles()
        self.referring()
        self.figures.sort(key=lambda f: f.evidence.start)
        return self.figures

    def add(self, start: int, end: int, **fields: object) -> None:
        """A value found: its span is taken, its figure has no attribution yet; a value that
        is no figure where it stands (see :mod:`.figure_filters`) takes its span only."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self._take(start, end)
        if (scaled := self.words.scaled_units.get(fields.get("unit"))) is not None:  # type: ignore[arg-type]
            unit, factor = scaled  # "two decades": 20 years
            fields["unit"] = unit
            for bound in ("low", "high"):
                if fields.get(bound) is not None:
                    fields[bound] = fields[bound] * factor  # type: ignore[operator]
        if not fields.get("measure") and fields.get("unit") in self.words.quantities:
            fields["measure"] = quantity_near(self.folded, start, end,
                                              fields["unit"], self.words)  # type: ignore[arg-type]
        if fields.get("kind") != "change" and self.context.rejects(
                start, end, fields.get("unit"), fields.get("measure"),  # type: ignore[arg-type]
                bool(fields.get("qualifier"))):
            return
        if fields.get("unit") in DURATIONS and not fields.get("measure"):
            fields["measure"] = duration_measure(self.text, start, end, self.words)
        evidence = Span(start, end, self.text[start:end])
        self.figures.append(Figure(evidence=evidence, attribution=NO_ATTRIBUTION, subject=None,
                                   **fields))  # type: ignore[arg-type]

    def date_spans(self) -> None:
        for d in doc_values.get(self.doc, "dates") or []:
            if d.kind == "range" and d.value is not None:
                self._take(d.start, d.end)
                self.figures.append(Figure(Span(d.start, d.end, d.text), measure="dates",
                                           dates=d.value, kind="dates"))

    def _range_matches(self) -> list[re.Match[str]]:
        """What ``words.range.finditer`` finds, tried only where a range can start.

        A range starts where a single number (with its qualifier) does, or at "between" /
        "from" right before one; matching there, instead of scanning every word of the text
        with both patterns, halves the cost of finding figures."""
        out: list[re.Match[str]] = []
        end = 0
        for single in self.singles_found:
            starts = [single.start()]
            before = self.words.range_opener.search(self.folded, max(0, single.start() - 10),
                                                    single.start())
            if before:
                starts.insert(0, before.start())
            for start in starts:
                if start < end:
                    continue
                m = self.words.range.match(self.folded, start)
                if m:
                    out.append(m)
                    end = m.end()
                    break
        return out

    def _range_bounds(self, m: re.Match[str], fall: bool = False) -> tuple[float, float] | None:
        """The two values of a range, the first scaled as the second ("5 to 7 million")."""
        parse = self.words.numbers.parse
        a, b = parse(m.group("a")), parse(m.group("b"))
        if a is None or b is None or a == b or not (a < b or fall) or (
                _YEAR.fullmatch(m.group("a").strip()) and _YEAR.fullmatch(m.group("b").strip())):
            return None
        scale = self.words.range_scale.search(m.group("b"))
        if scale and not self.words.range_scale.search(m.group("a")):
            a = a * parse("1 " + scale.group(1).lower())  # type: ignore[operator]
        return (a, b) if a < b or fall else None  # "25 to 1.2 million" scaled past its end

    def ranges(self) -> None:
        for m in self._range_matches():
            if not self._free(m.start(), m.end()):
                continue
            if no_range(self.folded, m, self.words):  # "lost 40 and 55 homes": two figures
                continue
            left = moved(self.words, self.folded, m.start())  # "fell from 8% to 7%" too
            if (bounds := self._range_bounds(m, fall=left is not None)) is None:
                continue
            a, b = bounds[1] if left is not None else bounds[0], bounds[1]  # a move: its end
            measure, unit, end = self._noun_phrase(m.end())
            if left is not None and unit and measure and place_only(measure, self.words):
                measure, end = None, len(self.text[:self.text.find(measure, m.end())].rstrip())
            if (a_unit := (m.group("a_unit") or "").strip()) and \
                    unit != self.words.units.get(a_unit.lower(), a_unit):
                continue  # "3 km and 400 metres", "rose 25% to 1.2 million units": no range
            if unit and not measure and (
                    around := measure_around(self.text, m.start() if left is None else (
                        left if left < m.start() else self.folded.find(" ", m.start()) + 1), end,
                        self.words, unit=unit)):  # past "from": "raised the fee from 5% to 8%"
                measure, end = around  # "ranging from 40-500 MW"
            if not measure and not unit:
                measure, end = self._stated_before(m.start()), m.end()
            if not measure and not unit:
                # "puts the figure far higher, at 70,000-90,000": settled once every other
                # figure is known (see referring); its numbers are not singles meanwhile
                self._take(m.start(), m.end())
                self.unnamed.append((m, a, b))
                continue
            kind = "duration" if family_of(measure, unit, self.words) == "duration" else (
                "measure" if unit else "count")
            self.add(m.start(), end, measure=measure, low=a, high=b, unit=unit, qualifier=(
                m.group("qual") or "").lower() or None, change=None, dates=None, vague=False,
                kind=kind)

    def singles(self) -> None:
        previous: Figure | None = None
        for m in self.singles_found:
            value = self._single_value(m)
            if value is None:
                continue
            qual = self.predicates.hedge(self.folded, m)
            if m.group("adj"):
                self._adjectival(m, value, qual)
                continue
            phrase = self._noun_phrase(m.end())
            if lone_one(self, m, value, phrase[1]):
                continue  # a "one" no_count drops: what it counts is not read
            found = self._single_measure(m, value, previous, phrase)
            if found is None:
                continue
            measure, unit, end = found
            if joined := joined_parts(self.text, end, unit, value, self.words):
                value, unit, end = joined.value, joined.unit, joined.end  # "4 min and 15 s"
            if no_count(self, m, value, (measure, unit, end)):
                counted = None if unit else self._number_of_before(m.start())
                if counted is None or no_count(self, m, value, (counted, unit, m.end())):
                    continue  # "the number of evacuees rose to 2,400 overnight": evacuees
                measure, end = counted, m.end()
            bound = self.words.hedges.bound(qual)
            fam = family_of(measure, unit, self.words)
            kind = "duration" if fam == "duration" else ("measure" if unit else "count")
            self.add(m.start(), end, measure=measure, low=None if bound == "high" else value,
                     high=None if bound == "low" else value, unit=unit, qualifier=qual,
                     change=None, dates=None, vague=False, kind=kind)
            previous = self.figures[-1] if self.figures else None

    def _prior(self, previous: Figure | None, pos: int) -> Figure | None:
        """The value before ``pos`` a restating one follows: the last single, else a change
        read first ("reduce GDP by 0.3%, or $21 billion")."""
        return previous or max((f for f in self.figures if f.evidence.end <= pos),
                               key=lambda f: f.evidence.end, default=None)

    def _single_value(self, m: re.Match[str]) -> float | None:
        """The value of a single number, unless it is taken, a time or a ratio ("10:30",
        "3/4"), or part of a name or a code ("Daily8", "F-16", the "23" of "2022-23")."""
        if not self._free(m.start("num"), m.end("num")):
            return None
        value = self.words.numbers.parse(m.group("num"))
        if value is None or names_a_thing(self.text, m, self.words):
            return None
        num, end, text = m.group("num"), m.end(), self.text
        if "." in num and text[end:end + 1] == "%" and _DECIMAL_SHARE.fullmatch(num):
            return float(num)
        return value

    def _adjectival(self, m: re.Match[str], value: float, qual: str | None) -> None:
        """"a 30,000-strong force" counts what follows; "four-day", "180-kilometer" measure."""
        adj = m.group("adj")
        if adj == f"-{self.words.rules['strength']}":
            measure, _, end = self._noun_phrase(m.end())
            if measure:
                self.add(m.start(), end, measure=measure, low=value, high=value, unit=None,
                         qualifier=qual, change=None, dates=None, vague=False, kind="count")
            return
        unit = self.words.units.get(adj[1:].lower())
        after = m.end() + len(_LONG.match(self.text, m.end()).group(0))  # type: ignore[union-attr]
        measure, _, end = self._noun_phrase(after)  # "a three-year-long war": the war
        kind = "duration" if unit in _ADJECTIVE_DURATIONS else "measure"
        self.add(m.start(), m.end(), measure=measure, low=value, high=value, unit=unit,
                 qualifier=qual, change=None, dates=None, vague=False, kind=kind)

    def _single_measure(self, m: re.Match[str], value: float, previous: Figure | None,
                        phrase: tuple[str | None, str | None, int]
                        ) -> tuple[str | None, str | None, int] | None:
        """(measure, unit, end) of a single value: the words after it (``phrase``), else a
        measure named before it, else the measure of the figure just before ("twelve ferries
        at Tallinn and four at Turku"); None when it names none (a referring value is kept)."""
        measure, unit, end = phrase
        if not measure and (shared := shared_head(self.folded, end, unit, self.words,
                                                  self._noun_phrase)):
            return shared, unit, end  # "40 and 55 homes", "a 20% and 16% gain"
        if unit and measure and (place_only(measure, self.words) or no_noun(
                self.text, end, measure, self.words)):
            measure, end = None, self.text.find(measure, m.end())  # "5280 feet in Denver",
            # "up 40% year to date", "51 percent say"
        if m.group("cur"):
            unit = self.words.currency_signs[m.group("cur").strip().lower()]
        if unit in DURATIONS and (span := span_between(self.text, m.start(), m.end(), measure,
                                                       self.words)):
            return span.measure, unit, max(end, span.end)  # "five months between two floods"
        said = quantity_near(self.folded, m.start(), end, unit, self.words) if unit else None
        if not measure and said and said != self.words.quantities.get(unit):  # type: ignore[arg-type]
            return said, unit, end  # "107 degrees", very warm: a temperature
        if not measure and unit == "%" and (after := pronoun_object(self.text, end, self.words)) \
                and (found := last_plural(self.text, m.start(), self.words)):
            return found, unit, after  # "up to 99% of those": of the alarms named before
        if unit == "%" and not measure and (more := comparative_after(self.text, end, self.words)):
            return more[0], unit, more[1]  # "20% more powerful than the current model"
        prior = self._prior(previous, m.start()) if unit and not measure else None
        if prior and prior.measure and restates(
                self.text[prior.evidence.end:m.start()], self.words) and not (
                share_of(self.text, end, self.words)):  # "30 people, or 10% of the village"
            return restated_measure(prior.measure, self.words), unit, end  # "2%, or $6 bn"
        if not unit and (told := told_around(self.words.lang, self.folded, m, value,
                                             (measure, end))) is not None:
            return told
        if unit and not measure and unit not in self.words.rules["self_named_units"] and (
                around := measure_around(self.text, m.start(), end, self.words,
                                         sums=unit not in DURATIONS,
                                         subject=unit not in self.words.quantities, unit=unit)):
            return around[0], unit, around[1]  # "a loss of $5 million", "shares rose 4%",
            # "a diameter of 3,200 miles"
        if unit and not measure and previous and previous.unit == unit and (
                previous.measure and 0 <= m.start() - previous.evidence.end < 80
                and not _SENTENCE_END.search(self.text, previous.evidence.end, m.start())):
            measure = previous.measure  # "exports fell to $9.1 billion, down from $19.5 billion"
        if not measure and not unit and (part := part_measure(self, m)):
            return part
        if not measure and not unit and (value >= 100 or self._number_of_before(m.start())):
            measure = self._stated_before(m.start())
            if measure:
                end = m.end()
            elif self.words.referring.search(self.text, max(0, m.start() - 40), m.start()):
                self.unnamed.append((m, value, value))  # "gave a figure of 12,000"
                return None
        if not measure and not unit:
            carried = carried_measure(self.text, m, previous, self.words)
            if carried is None:
                return None
            measure, end = carried  # "five in Belarus", "rose to 143 from 139"
        return measure, unit, end

    def referring(self) -> None:
        """Values that name no measure but refer to one ("puts the figure far higher, at
        70,000-90,000", "gave a figure of 12,000", "estimates between 70,000 and 90,000"):
        they count what the last figure of the paragraph before them counted."""
        counts = sorted((f for f in self.figures if f.kind == "count" and f.measure),
                        key=lambda f: f.evidence.start)
        for m, low, high in self.unnamed:
            if not self.words.referring.search(self.text, max(0, m.start() - 40), m.start()):
                continue
            paragraph = self.index.paragraph_start(m.start())
            last = last_before(counts, m.start())
            if last is None or last.evidence.start < paragraph:
                continue
            measure = without_place(last.measure or "", self.words)
            qual = (m.group("qual") or "").lower() or None
            bound = self.words.hedges.bound(qual) if low == high else None
            self.add(m.start(), m.end(), measure=measure,
                     low=None if bound == "high" else low, high=None if bound == "low" else high,
                     unit=None, qualifier=qual, change=None, dates=None, vague=False,
                     kind="count")
            if measure:  # a count the next value may refer to, as the figures before it
                insort(counts, self.figures[-1], key=lambda f: f.evidence.start)

    def _stated_before(self, pos: int) -> str | None:
        """"put the number of participants at 70,000", "Homes damaged: 12,000": the measure
        named before the value."""
        if label := label_before(self.text, pos, self.words):
            return label
        return self._number_of_before(pos)

    def _number_of_before(self, pos: int) -> str | None:
        """What "the number of X" at most 40 characters before ``pos`` counts."""
        found = self.index.last_number_of(pos) if self.number_of_possible else None
        return found.group("what") if found and pos - found.end() <= 40 else None
