"""Figures: a value or a range, with its hedge, unit, the thing counted, who stated it and
which event instance it is about.

Found with patterns over the clean text (numbers in digits or words, ranges, "dozens of",
"halved", "four-day", date spans), then filtered: dates, years, event names, ordinals and
rhetorical counts ("two main goals") are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.gazetteer import load_gazetteer
from .attribution import Cue, cue_for
from .numbers import NUMBER, parse_number
from .records import NO_ATTRIBUTION, Figure, Mention, Span
from .subjects import SentenceSubject
from .vocab import ABSTRACT_NOUNS, COUNT_NOUN_HINTS, EVENT_NOUNS, UNITS

_QUALIFIERS = {
    # surface -> (bound kind): "low" = value is a lower bound, "high" = an upper bound
    "more than": "low", "over": "low", "at least": "low", "upwards of": "low",
    "in excess of": "low", "well over": "low", "just over": "low", "above": "low",
    "as many as": "high", "up to": "high", "at most": "high", "no more than": "high",
    "fewer than": "high", "less than": "high", "under": "high", "below": "high",
    "just under": "high", "about": "point", "around": "point", "some": "point",
    "nearly": "point", "almost": "point", "approximately": "point", "roughly": "point",
    "close to": "point", "an estimated": "point", "estimated": "point", "only": "point",
    "just": "point", "as few as": "point", "exactly": "point", "a total of": "point",
}
_QUAL = "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True))
_UNIT_ADJ = (r"(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|day|week|month|year|hour|"
             r"minute|mile)")
# Both start a word (or a currency sign): the leading check rejects other positions at once,
# which makes the scan about three times faster than trying every alternative everywhere.
# Both read the lower-cased text (Words.folded): without re.IGNORECASE the matcher rejects
# an alternative by its first letter, which halves the time again.
_RANGE = re.compile(
    rf"\b(?=\w)(?:(?P<qual>{_QUAL})\s+)?(?:between\s+|from\s+)?(?P<a>{NUMBER})"
    rf"(?P<a_unit>\s*(?:%|per ?cent|km))?\s*(?:and|to|-|–|—)\s*(?P<b>{NUMBER})(?![\d,.]?\d)")
_SINGLE = re.compile(
    rf"(?:(?<!\w)(?=\w)|(?=[$€£]))"
    rf"(?:(?P<qual>{_QUAL})\s+)?(?P<cur>[$€£])?(?P<num>{NUMBER})(?![\d,.]?\d)"
    rf"(?P<adj>-{_UNIT_ADJ}\b(?!-old)|-strong\b)?(?!\s*(?:st|nd|rd|th)\b)(?![a-z])")
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$")
_VAGUE = re.compile(
    r"\b(?P<vague>(?:several\s+)?(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|"
    r"hundreds\s+of\s+thousands|millions|tens\s+of\s+millions|billions|tens\s+of\s+billions))"
    r"\s+of\b", re.I)
_VAGUE_LOW = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
              "tens of thousands": 20_000, "hundreds of thousands": 200_000,
              "millions": 2_000_000, "tens of millions": 20_000_000,
              "billions": 2_000_000_000, "tens of billions": 20_000_000_000}
_CHANGE = re.compile(
    r"\b(?P<word>halved|halving|halve|doubled|doubling|tripled|trebled|quadrupled|"
    r"(?:cut|reduced|slashed)\s+(?:by|in)\s+half|(?:cut|reduced)\s+by\s+(?:a|one)[- ]third|"
    r"(?:cut|reduced)\s+by\s+(?:a|one)[- ]quarter|"
    r"(?:cut|reduced|increased|raised|boosted|decreased|lowered|rose|risen|grew|grown|"
    r"jumped|climbed|fell|fallen|dropped|declined|shrank|shrunk)\s+by\s+"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent))(?:\b|(?<=%))", re.I)
# Words at least one of which every _VAGUE / _CHANGE match holds: most articles have none, and
# a substring test skips the case-insensitive scan of the whole text.
_VAGUE_STEMS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
_CHANGE_STEMS = ("halv", "doubl", "tripl", "trebl", "quadrupl", "cut", "reduced", "slashed",
                 "increased", "raised", "boosted", "decreased", "lowered", "rose", "risen",
                 "grew", "grown", "jumped", "climbed", "fell", "fallen", "dropped", "declined",
                 "shrank", "shrunk")
_NOUN_BEFORE = re.compile(r"\b([A-Za-z]{3,})\s+(?:have\s+|has\s+|had\s+)?$")
_NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:number|size|strength|count)\s+of\s+"
                        r"(?:(?:participating|involved|deployed|the)\s+)?(?P<what>[a-z]+)", re.I)
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
# words before a bare value that make it refer to a measure already named
_REFERRING = re.compile(r"\b(?:figure|figures|number|total|estimates?|estimated|range|count|"
                        r"tally)\b[^.;\n]*$", re.I)
_STOP_AFTER = frozenset({
    "will", "would", "could", "should", "may", "might", "can", "must", "is", "are", "was", "were",
    "be", "been", "being", "have", "has", "had", "do", "does", "did", "that", "which", "who",
    "whom", "whose", "to", "for", "with", "by", "at", "on", "as", "than", "then", "if", "when",
    "while", "because", "but", "or", "nor", "so", "yet", "this", "these", "those", "its", "it",
    "his", "her", "their", "our", "your", "we", "they", "he", "she", "you", "i", "a", "an", "the",
    "not", "no", "also", "just", "only", "still", "even", "more", "most", "very",
    # prepositions and adverbs end the thing counted: "calories per serving", "two there"
    "per", "after", "before", "there", "here", "into", "over", "under", "about", "through",
    "during", "within", "without", "against", "across", "among", "since", "until", "like",
    "via", "up", "out", "off", "down", "ago", "later", "earlier", "each", "every", "old",
    "near", "along", "around", "outside", "inside", "beyond", "toward", "towards",
})
_PARTICIPANT_WORDS = frozenset({
    "troops", "soldiers", "personnel", "servicemen", "servicemembers", "participants", "forces",
})


def measure_family(measure: str | None, unit: str | None = None) -> str | None:
    """Group measures analysts compare: troops, soldiers, personnel -> participants."""
    if unit in ("day", "week", "month", "year", "hour", "minute"):
        return "duration"
    if unit in ("km", "m", "mile"):
        return "distance"
    if not measure:
        return None
    words = set(re.findall(r"[a-z]+", measure.lower()))
    if words & _PARTICIPANT_WORDS:
        return "participants"
    if measure == "dates":
        return "dates"
    head = re.sub(r"\s+(?:in|from|of|at|near)\s+.*$", "", measure).split()
    return head[-1].lower() if head else None


class _Figures:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc._.text
        self.folded = doc._.words.folded  # lower case, same offsets
        self.gaz = load_gazetteer()
        self.singles_found = list(_SINGLE.finditer(self.folded))
        self.blocked = self._blocked()
        self.taken: list[tuple[int, int]] = []
        # 1 on every character of a blocked or taken span: _free reads the characters of one
        # span instead of every span found so far (quadratic on a text of many numbers)
        self.covered = bytearray(len(self.text))
        self.odd_spans = False  # an empty span: _free must compare spans as before
        for start, end in self.blocked:
            self._cover(start, end)
        self.bounds = _Boundaries(self.text)
        # pieces every _NUMBER_OF match holds, even with a letter that only matches under
        # re.IGNORECASE ("ſ" for "s", "ı" for "i"): without one, no value names its measure so
        self.number_of_possible = any(piece in self.folded
                                      for piece in ("umber", "ze", "trength", "count"))
        self.figures: list[Figure] = []
        # (match, low, high) of values that name no measure: see referring()
        self.unnamed: list[tuple[re.Match[str], float, float]] = []

    def _blocked(self) -> list[tuple[int, int]]:
        """Spans where a number is not a figure: dates and event names."""
        spans = [(d.start, d.end) for d in self.doc._.dates or []]
        spans += [(m.span.start, m.span.end) for m in self.doc._.mentions if m.kind == "event"]
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

    # -- the thing counted -------------------------------------------------------------

    def _noun_phrase(self, pos: int) -> tuple[str | None, str | None, int]:
        """(measure, unit, end offset) for the words after a number."""
        words = []
        unit = None
        end = pos
        seen_noun = False
        for m in _WORD.finditer(self.text, pos, min(len(self.text), pos + 120)):
            w = m.group(0)
            low = w.lower()
            if not words and unit is None and low in UNITS:
                unit = UNITS[low]
                end = m.end()
                continue
            if not w[0].isalnum():
                break
            if low == "and":
                nxt = self.text[m.end():m.end() + 30].lstrip()
                if not (words and words[-1][:1].isupper() and nxt[:1].isupper()):
                    break  # "Belarusian and Russian personnel" only
            elif low in _STOP_AFTER or low in _QUALIFIERS:
                break
            if (w[0].isupper() or low.endswith("ing")) and seen_noun:
                break  # "particles representing ...": the head noun came first
            if low in ("of", "in", "from") or re.fullmatch(r"\d[\d,.]*", w):
                break
            if w[0].islower() and low != "and" and not seen_noun and low.endswith("ed") and (
                    low not in COUNT_NOUN_HINTS) and not self._counted_next(m.end()):
                break  # "12,000 arrived": a verb, not the thing counted ("armoured vehicles" is)
            words.append(w)
            end = m.end()
            if w[0].islower() and low != "and":
                seen_noun = True
                lowers = sum(1 for x in words if x[0].islower() and x.lower() != "and")
                # the head noun ends the phrase: "troops took part" stops at "troops"
                if low in COUNT_NOUN_HINTS or lowers >= 2:
                    break
            if len(words) >= 5:
                break
        while words and words[-1].lower() == "and":
            words.pop()
        measure = " ".join(words) or None
        # "nine training grounds in Russia": keep a place after "in"
        tail = re.match(r"\s+(in|from|of)\s+(the\s+\w+\s+(?:border|frontier|coast|line)|"
                        r"(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})",
                        self.text[end:end + 60])
        if tail and (measure or unit):
            phrase = f"{tail.group(1)} {tail.group(2).strip()}"
            base = measure or {"km": "distance", "m": "distance", "mile": "distance"}.get(
                unit or "", "")
            measure = f"{base} {phrase}".strip()
            end += tail.end()
        return measure, unit, end

    def _counted_next(self, pos: int) -> bool:
        nxt = _WORD.match(self.text, pos + 1) if self.text[pos:pos + 1] == " " else None
        return nxt is not None and nxt.group(0).lower() in COUNT_NOUN_HINTS

    # -- finding -------------------------------------------------------------------------

    def run(self) -> list[Figure]:
        self.date_spans()
        self.changes()
        self.vague()
        self.ranges()
        self.singles()
        self.referring()
        self.figures.sort(key=lambda f: f.evidence.start)
        return self.figures

    def add(self, start: int, end: int, **fields: object) -> None:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self._take(start, end)
        evidence = Span(start, end, self.text[start:end])
        self.figures.append(Figure(evidence=evidence, attribution=NO_ATTRIBUTION, subject=None,
                                   **fields))  # type: ignore[arg-type]

    def date_spans(self) -> None:
        for d in self.doc._.dates or []:
            if d.kind == "range" and d.value is not None:
                self._take(d.start, d.end)
                self.figures.append(Figure(Span(d.start, d.end, d.text), measure="dates",
                                           dates=d.value, kind="dates"))

    def changes(self) -> None:
        if not any(stem in self.folded for stem in _CHANGE_STEMS):
            return
        for m in _CHANGE.finditer(self.text):
            word = m.group("word").lower()
            if "half" in word or word.startswith("halv"):
                factor = 0.5
            elif "third" in word:
                factor = 2 / 3
            elif "quarter" in word:
                factor = 0.75
            elif word.startswith("doubl"):
                factor = 2.0
            elif word.startswith(("tripl", "trebl")):
                factor = 3.0
            elif word.startswith("quadrupl"):
                factor = 4.0
            else:
                pct = float(m.group("pct")) / 100
                up = ("incr", "rais", "boost", "rose", "risen", "grew", "grown", "jump", "climb")
                factor = 1 + pct if word.startswith(up) else 1 - pct
            # "the number of participating troops halved", "halved the number of troops"
            near = self.bounds.nearest_number_of(m.start(), m.end())
            measure = near.group("what") if near else None
            subject_noun = _NOUN_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            if measure is None and subject_noun and (
                    subject_noun.group(1).lower() not in _STOP_AFTER):
                measure = subject_noun.group(1).lower()  # "casualties rose by 20%"
            start, end = m.start(), m.end()
            if near and abs(near.start() - m.start()) < 80:
                start, end = min(start, near.start()), max(end, near.end())
            if not self._free(m.start(), m.end()):
                continue
            self.add(start, end, measure=measure, low=None, high=None, unit=None,
                     qualifier=None, change={"factor": round(factor, 4), "word": m.group("word")},
                     dates=None, vague=False, kind="change")

    def vague(self) -> None:
        if not any(stem in self.folded for stem in _VAGUE_STEMS):
            return
        for m in _VAGUE.finditer(self.text):
            if not self._free(m.start(), m.end()):
                continue
            measure, unit, end = self._noun_phrase(m.end())
            head = (measure or "").split()[-1].lower() if measure else ""
            if unit is not None or head not in COUNT_NOUN_HINTS:
                continue  # "thousands of kilometers", "billions of dollars": rhetoric
            word = " ".join(m.group("vague").lower().split()).replace("several ", "")
            self.add(m.start(), end, measure=measure, low=float(_VAGUE_LOW[word]), high=None,
                     unit=None, qualifier=word, change=None, dates=None, vague=True)

    def _range_matches(self) -> list[re.Match[str]]:
        """What ``_RANGE.finditer`` finds, tried only where a range can start.

        A range starts where a single number (with its qualifier) does, or at "between" /
        "from" right before one; matching there, instead of scanning every word of the text
        with both patterns, halves the cost of finding figures."""
        out: list[re.Match[str]] = []
        end = 0
        for single in self.singles_found:
            starts = [single.start()]
            before = _RANGE_OPENER.search(self.folded, max(0, single.start() - 10),
                                          single.start())
            if before:
                starts.insert(0, before.start())
            for start in starts:
                if start < end:
                    continue
                m = _RANGE.match(self.folded, start)
                if m:
                    out.append(m)
                    end = m.end()
                    break
        return out

    def ranges(self) -> None:
        for m in self._range_matches():
            if not self._free(m.start(), m.end()):
                continue
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is None or b is None or not a < b:
                continue
            if _year_like(m.group("a")) and _year_like(m.group("b")):
                continue
            measure, unit, end = self._noun_phrase(m.end())
            if a_unit := (m.group("a_unit") or "").strip():
                unit = unit or UNITS.get(a_unit.lower(), a_unit)
            scale = re.search(r"\b(thousand|million|billion)\b", m.group("b"), re.I)
            if scale and not re.search(r"thousand|million|billion", m.group("a"), re.I):
                a = a * parse_number("1 " + scale.group(1).lower())  # type: ignore[operator]
            if not measure and not unit:
                measure = self._stated_before(m.start())
                end = m.end()
            if not measure and not unit:
                # "puts the figure far higher, at 70,000-90,000": settled once every other
                # figure is known (see referring); its numbers are not singles meanwhile
                self._take(m.start(), m.end())
                self.unnamed.append((m, a, b))
                continue
            kind = "duration" if measure_family(measure, unit) == "duration" else (
                "measure" if unit else "count")
            qual = (m.group("qual") or "").lower() or None
            self.add(m.start(), end, measure=measure, low=a, high=b, unit=unit, qualifier=qual,
                     change=None, dates=None, vague=False, kind=kind)

    def singles(self) -> None:
        previous: Figure | None = None
        for m in self.singles_found:
            if not self._free(m.start("num"), m.end("num")):
                continue
            raw = m.group("num")
            value = parse_number(raw)
            if value is None or re.match(r"[:/]\d", self.text[m.end():m.end() + 2]):
                continue
            if _WORD_BEFORE_DIGIT.search(self.text, max(0, m.start() - 2), m.start() + 1):
                continue  # "Daily8", "F-16", the "23" of "2022-23"
            qual = (m.group("qual") or "").lower() or None
            adj = m.group("adj")
            if adj == "-strong":  # "a 30,000-strong force": a count of what follows
                measure, _, end = self._noun_phrase(m.end())
                if measure:
                    self.add(m.start(), end, measure=measure, low=value, high=value, unit=None,
                             qualifier=qual, change=None, dates=None, vague=False, kind="count")
                continue
            if adj:  # "four-day", "180-kilometer"
                unit = UNITS.get(adj[1:].lower().rstrip("s"), UNITS.get(adj[1:].lower()))
                measure, _, end = self._noun_phrase(m.end())
                kind = "duration" if unit in ("day", "week", "month", "year", "hour") else "measure"
                self.add(m.start(), m.end(), measure=measure, low=value, high=value, unit=unit,
                         qualifier=qual, change=None, dates=None, vague=False, kind=kind)
                continue
            measure, unit, end = self._noun_phrase(m.end())
            if m.group("cur"):
                unit = {"$": "USD", "€": "EUR", "£": "GBP"}[m.group("cur")]
            if not measure and not unit and value >= 100:
                measure = self._stated_before(m.start())
                if measure:
                    end = m.end()
                elif _REFERRING.search(self.text, max(0, m.start() - 40), m.start()):
                    self.unnamed.append((m, value, value))  # "gave a figure of 12,000"
                    continue
            if not measure and not unit:
                measure = self._elliptical(m, previous)
                if measure is None:
                    continue
                end = m.end() + len(self._place_tail(m.end()))
                measure = f"{measure}{self._place_tail(m.end())}".strip()
            head = (measure or "").split()[0].lower() if measure else ""
            if measure and unit is None and not _has_common_noun(measure) and not any(
                    self.gaz.demonym(w) for w in measure.split()):
                continue  # "Three Amigos", "5 Tips", "3 Kevin Harvick": a name or a rank
                # (but "about 9,000 Belarusian and 150,000 Russian troops" counts troops)
            if measure and measure_family(measure) in ABSTRACT_NOUNS and unit is None:
                continue  # "two main goals": a count of nothing anyone tracks
            if raw.isdigit() and _year_like(raw) and unit is None and (
                    head not in COUNT_NOUN_HINTS):
                continue
            if re.search(r"\bthe\s+$", self.text[max(0, m.start() - 5):m.start()], re.I) and (
                    not raw[0].isdigit() and value < 20):
                continue  # "the two countries" refers back; it claims nothing
            if not raw[0].isdigit() and value == 1 and not re.search(
                    r"million|billion|thousand|hundred", raw, re.I):
                continue  # "one" is a pronoun more often than a count
            low, high = value, value
            bound = _QUALIFIERS.get(qual or "")
            if bound == "low":
                high = None
            elif bound == "high":
                low = None
            fam = measure_family(measure, unit)
            kind = "duration" if fam == "duration" else ("measure" if unit else "count")
            self.add(m.start(), end, measure=measure, low=low, high=high, unit=unit,
                     qualifier=qual, change=None, dates=None, vague=False, kind=kind)
            previous = self.figures[-1]

    def referring(self) -> None:
        """Values that name no measure but refer to one ("puts the figure far higher, at
        70,000-90,000", "gave a figure of 12,000", "estimates between 70,000 and 90,000"):
        they count what the last figure of the paragraph before them counted."""
        counts = sorted((f for f in self.figures if f.kind == "count" and f.measure),
                        key=lambda f: f.evidence.start)
        for m, low, high in self.unnamed:
            if not _REFERRING.search(self.text, max(0, m.start() - 40), m.start()):
                continue
            paragraph = self.bounds.paragraph_start(m.start())
            last = _last_before(counts, m.start())
            if last is None or last.evidence.start < paragraph:
                continue
            measure = _without_place(last.measure or "")
            qual = (m.group("qual") or "").lower() or None
            bound = _QUALIFIERS.get(qual or "") if low == high else None
            self.add(m.start(), m.end(), measure=measure,
                     low=None if bound == "high" else low, high=None if bound == "low" else high,
                     unit=None, qualifier=qual, change=None, dates=None, vague=False,
                     kind="count")
            if measure:  # a count the next value may refer to, as the figures before it
                insort(counts, self.figures[-1], key=lambda f: f.evidence.start)

    def _stated_before(self, pos: int) -> str | None:
        """"put the number of participants at 70,000": the measure named before the value."""
        if not self.number_of_possible:
            return None
        found = self.bounds.last_number_of(pos)
        if found and pos - found.end() <= 40:
            return found.group("what")
        return None

    def _place_tail(self, pos: int) -> str:
        tail = re.match(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]+", self.text[pos:pos + 40])
        return tail.group(0) if tail else ""

    def _elliptical(self, m: re.Match[str], previous: Figure | None) -> str | None:
        """"nine training grounds in Russia and five in Belarus": five training grounds."""
        if previous is None or not previous.measure:
            return None
        between = self.text[previous.evidence.end:m.start()]
        if len(between) > 12 or not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between):
            return None
        if not self._place_tail(m.end()):
            return None
        return _without_place(previous.measure)


def _last_before(figures: list[Figure], pos: int) -> Figure | None:
    """Of ``figures`` (in text order), the first of those with the greatest start before
    ``pos``, as ``max`` by start would pick it."""
    k = bisect_left(figures, pos, key=lambda f: f.evidence.start)
    if k == 0:
        return None
    return figures[bisect_left(figures, figures[k - 1].evidence.start,
                               key=lambda f: f.evidence.start)]


class _Boundaries:
    """Sentence and paragraph starts and "the number of X" phrases, indexed once per text.

    The rules asked, for every value, where its sentence or paragraph starts (a scan back)
    and which "number of" phrases it holds (a scan of the sentence): quadratic on a text
    with many values and no sentence end. The answers here are the same, each found by a
    bisection, and each stretch of text is scanned once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._index: dict[str, list[int]] = {}
        self._scans: dict[tuple[int, int | None], tuple[list[re.Match[str]], list[int]]] = {}

    def _positions(self, needle: str) -> list[int]:
        if needle not in self._index:
            self._index[needle] = [m.start() for m in re.finditer(re.escape(needle), self.text)]
        return self._index[needle]

    def _last(self, needle: str, end: int) -> int:
        """``text.rfind(needle, 0, end)``."""
        found = self._positions(needle)
        k = bisect_right(found, end - len(needle)) - 1
        return found[k] if k >= 0 else -1

    def _next(self, needle: str, start: int) -> int:
        """``text.find(needle, start)``."""
        found = self._positions(needle)
        k = bisect_left(found, start)
        return found[k] if k < len(found) else -1

    def paragraph_start(self, pos: int) -> int:
        return self._last("\n", pos) + 1

    def _scan(self, start: int, end: int | None) -> tuple[list[re.Match[str]], list[int]]:
        """``_NUMBER_OF.finditer(text, start, end)`` (end None: to the end), and the ends."""
        if (start, end) not in self._scans:
            found = list(_NUMBER_OF.finditer(self.text, start, len(self.text)
                                             if end is None else end))
            self._scans[(start, end)] = found, [n.end() for n in found]
        return self._scans[(start, end)]

    def last_number_of(self, pos: int) -> re.Match[str] | None:
        """The last match of ``_NUMBER_OF.finditer(text, start, pos)``, where ``start`` is
        where the sentence before ``pos`` starts (". " or a line break)."""
        start = max(self._last(". ", pos), self._last("\n", pos), 0)
        # every value with this sentence start lies before the next sentence end: scanning
        # that far finds the same matches before the value as scanning to the text's end
        stops = [at + len(needle) for needle in (". ", "\n")
                 if (at := self._next(needle, start + 1)) >= 0]
        found, ends = self._scan(start, min(stops, default=None))
        k = bisect_right(ends, pos)  # found[:k] end by pos: the same when the scan stops there
        if k < len(found) and found[k].start() < pos:
            # a match running past pos may match shorter, or not at all, when cut at pos
            tail = list(_NUMBER_OF.finditer(self.text, found[k].start(), pos))
            if tail:
                return tail[-1]
        return found[k - 1] if k else None

    def nearest_number_of(self, start: int, end: int) -> re.Match[str] | None:
        """Of the "number of" phrases between the periods around ``start:end``, the one
        starting nearest ``start`` (the first of two as near)."""
        sent_start = self._last(".", start) + 1
        sent_end = self._next(".", end)
        found, _ = self._scan(sent_start, len(self.text) if sent_end < 0 else sent_end)
        k = bisect_left(found, start, key=lambda n: n.start())
        near = [n for n in found[max(0, k - 1):k + 1]]
        return min(near, key=lambda n: abs(n.start() - start), default=None)


_FEATURES = frozenset({"training", "range", "base", "airfield", "forest", "region", "district"})
_PLACE_TAIL = re.compile(r"\s+(?:in|from|of)\s+.*$")
_WORD_BEFORE_DIGIT = re.compile(r"[A-Za-z]\d|\d[-–/]\d")


def _without_place(measure: str) -> str:
    """"training grounds in Russia" -> "training grounds": the thing counted, no place."""
    return _PLACE_TAIL.sub("", measure)


def _has_common_noun(measure: str) -> bool:
    """A counted thing is named by a lower-case noun ("Belarusian troops"); a phrase of
    capitalised words only is a name or a title."""
    return any(w[:1].islower() and w != "and" for w in _without_place(measure).split())


def _year_like(raw: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", raw.strip()))


# -- attribution and subject -------------------------------------------------------------


def _subject(fig: Figure, doc: Doc, sentence: SentenceSubject | None,
             cue: Cue | None) -> str | None:
    main = doc._.main_event
    if sentence is None:
        return main
    if sentence.instances:  # R1: an instance named in the sentence, the nearest one
        return min(sentence.instances, key=lambda x: abs(x[0] - fig.evidence.start))[1]
    if sentence.context and sentence.context != main:  # R2: "last time" context
        return sentence.context
    fam = measure_family(fig.measure, fig.unit)
    event_noun_after = bool(_EVENT_NOUN_AFTER.match(doc._.text, fig.evidence.end,
                                                    fig.evidence.end + 40))
    if fig.kind == "dates" and fig.dates and main and fig.dates.start.year != int(
            main.rsplit("-", 1)[1]):
        return _event_phrase(doc, sentence, fig)  # another year: another event
    if fig.kind == "dates" and not sentence.refers_to_main:
        # dates of something else in an article about the event (a forest closed, flights
        # restricted): not the event's dates
        return _entity_before(doc, sentence, fig, cue) or _event_phrase(doc, sentence, fig)
    if main and (fam in ("participants", "dates") or fig.kind == "change"
                 or (fig.kind == "duration" and event_noun_after)
                 or (sentence.refers_to_main and fam not in ("distance", "duration"))):
        return main  # R3
    entity = _entity_before(doc, sentence, fig, cue)  # R4
    if entity:
        return entity
    if main and fig.kind == "count" and fam in _MILITARY_ASSETS:
        return main  # R4b: aircraft, trains, units counted in an article about the exercise
    if fig.kind == "count" and fig.measure:  # R5
        return _without_place(fig.measure)
    return main


def _entity_before(doc: Doc, sentence: SentenceSubject, fig: Figure, cue: Cue | None
                   ) -> str | None:
    speaker = cue.attribution.speaker_key if cue else None
    candidates = []
    mentions: list[Mention] = doc._.mentions  # in text order
    def start(m: Mention) -> int:
        return m.span.start

    for m in mentions[bisect_left(mentions, sentence.start, key=start):
                      bisect_left(mentions, fig.evidence.start, key=start)]:
        if m.span.end > fig.evidence.start:
            continue
        if m.kind in ("event", "person") or m.via == "demonym" or m.key == speaker:
            continue  # a person is who counts, not what a figure is about
        if cue and m.span.start < cue.verb.start and m.kind in ("person", "org"):
            continue  # the speaker and those around them
        follow = re.match(r" ([a-z]+)", doc._.text[m.span.end:m.span.end + 20])
        if (follow and m.kind != "person" and follow.group(1) not in _STOP_AFTER
                and follow.group(1) not in _FEATURES):
            continue  # "a NATO country": the name is used as an adjective
        candidates.append(m)
    if not candidates:
        return None
    best = candidates[-1]
    if best.place is not None and best.place.kind == "city":
        feature = re.match(r"\s+(training (?:ground|area)|range|base|airfield)\b",
                           doc._.text[best.span.end:best.span.end + 30])
        if feature:
            return f"{best.name} {feature.group(1)}"
    return best.name


def _event_phrase(doc: Doc, sentence: SentenceSubject, fig: Figure) -> str | None:
    text = doc._.text[sentence.start:fig.evidence.start]
    found = list(_EVENT_NOUN_PHRASE.finditer(text))
    year = fig.dates.start.year if fig.dates else ""
    if not found:
        return None
    phrase = re.sub(r"^(?:a|an|the|its|their)\s+", "", found[-1].group(0).strip(), flags=re.I)
    return f"{phrase} ({year})" if year else phrase


#: Things counted in an exercise or an operation: in an article about one, its counts.
_MILITARY_ASSETS = frozenset({
    "aircraft", "jets", "planes", "fighters", "bombers", "helicopters", "drones", "tanks",
    "vehicles", "trains", "wagons", "convoys", "units", "battalions", "brigades", "regiments",
    "ships", "vessels", "missiles", "rockets", "launchers", "batteries", "grounds", "ranges",
})
_EVENT_NOUN_ALTERNATIVES = "|".join(sorted(EVENT_NOUNS))
_EVENT_NOUN_AFTER = re.compile(rf"\s*(?:\w+\s+){{0,2}}(?:{_EVENT_NOUN_ALTERNATIVES})\b")
_EVENT_NOUN_PHRASE = re.compile(rf"(?:\b\w+\s+)?\b({_EVENT_NOUN_ALTERNATIVES})\b", re.I)
_NP_VERBS = frozenset({"mention", "mentions", "mentioned", "mentioning"})


def attach(doc: Doc, figures: list[Figure]) -> list[Figure]:
    cues = doc._.cues or []
    sentences: list[SentenceSubject] = doc._.subjects or []
    out = []
    # a verb that takes a noun phrase ("mentioned the exercises") reports no figure
    cues = [c for c in cues if c.verb.text.lower() not in _NP_VERBS]
    # a cue's content lies in its sentence: a figure's cue is one of its sentence's
    by_sentence: dict[int, list[Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence[0], []).append(c)
    for fig in figures:
        k = bisect_right(sentences, fig.evidence.start, key=lambda s: s.start) - 1
        sentence = sentences[k] if k >= 0 and fig.evidence.start < sentences[k].end else None
        cue = cue_for(by_sentence.get(sentence.start, []) if sentence else cues,
                      fig.evidence.start)
        out.append(replace(fig, attribution=cue.attribution if cue else NO_ATTRIBUTION,
                           subject=_subject(fig, doc, sentence, cue),
                           family="dates" if fig.kind == "dates"
                           else measure_family(fig.measure, fig.unit)))
    return out


@Language.component("sitrep_figures",
                    requires=["doc._.dates", "doc._.mentions", "doc._.cues", "doc._.subjects",
                              "doc._.words"],
                    assigns=["doc._.figures"])
def figures(doc: Doc) -> Doc:
    doc._.figures = attach(doc, _Figures(doc).run())
    return doc

