"""Bodies named by a common noun: "the junta said", "state media reported", "the military
government said in a statement", "authorities said", "a junta spokesperson reported".

Why: wire copy names a government once by its country and then by what it is. Left as
"authorities" or unresolved, such figures have no source, or a source no analyst can place.
A body's country comes from the phrase itself when it says it ("Myanmar's ruling military",
"Thai authorities"); else, for a government, its army or its state media, from the country
the article is about (the one it names most); for local authorities and officials, from the
place named nearest before them in the sentence or the one before it (same paragraph), then
from the article's country. State media stand for their government. A text that calls a
country's government a junta or a military government names it so throughout.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.orgs import country_in
from ..lang import language_data
from .local_country import paragraph_country, setting_country
from .opening import fast_pattern
from .records import Mention, Span
from .scan import first_match
from .words import Sentence, Words


@dataclass(frozen=True, slots=True)
class BodyWords:
    """One language's words for bodies named by a common noun."""

    heads: dict[str, str]
    state_modifiers: frozenset[str]
    modifiers: frozenset[str]
    country_owners: frozenset[str]
    possessive_suffixes: frozenset[str]
    military_marks: re.Pattern[str]
    labels: dict[str, str]
    #: "the ruling military": words that make a military the government
    governing: frozenset[str]
    #: "the government of Laos": the word between a body and its country
    of: frozenset[str]
    #: "the state-run X newspaper": what makes a named outlet its government's voice
    state_outlet: re.Pattern[str]
    #: The first word of each military mark: every match of ``military_marks`` opens with one.
    mark_starts: tuple[str, ...] = ()


@cache
def body_words(lang: str) -> BodyWords:
    t = language_data(lang).table("speech_cues")
    b = t["bodies"]
    marks = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p))
                     for p in b["military_marks"])
    return BodyWords(dict(b["heads"]), frozenset(b["state_modifiers"]),
                     frozenset(b["modifiers"]), frozenset(b["country_owners"]),
                     frozenset(t["possessive_suffixes"]), fast_pattern(rf"\b(?:{marks})\b"),
                     dict(b["labels"]), frozenset(b["governing_modifiers"]),
                     frozenset(b["of"]),
                     fast_pattern(rf"(?:{'|'.join(b['state_outlet_leads'])})\s+(?:the\s+)?$",
                                re.I),
                     tuple(re.split(r"[\s-]+", p)[0] for p in b["military_marks"]))


class Bodies:
    """The bodies of one document: its countries, read once, and the phrases that name a
    body by a common noun."""

    def __init__(self, text: str, words: Words, gaz: Gazetteer, mentions: list[Mention],
                 lang: str) -> None:
        self.text = text
        self.words = words
        self.gaz = gaz
        self.vocab = body_words(lang)
        places = sorted((m for m in mentions if m.kind == "place" and m.country),
                        key=lambda m: m.span.start)
        self.place_starts = [m.span.start for m in places]
        self.place_codes = [m.country or "" for m in places]
        counts = Counter(self.place_codes).most_common(2)
        main = counts[0][0] if counts and counts[0][1] >= 2 else None
        if len(counts) > 1 and counts[1][1] * 3 > counts[0][1] * 2:
            main = None  # no country stands out: the article is about several
        self.main = main
        # where a dateline sets the story
        self.setting = setting_country(text, gaz, self.place_starts, self.place_codes)
        # tried only where a mark's first word is written (one substring search per word)
        military = first_match(self.vocab.military_marks, words.folded,
                               words.phrase_starts(self.vocab.mark_starts))
        self.military: str | None = None
        if military is not None:
            self.military = self._country_near_mark(military.start()) or main

    def _country_near_mark(self, at: int) -> str | None:
        """"Myanmar's junta", "the junta in Myanmar": a country within a few words."""
        k = bisect_left(self.place_starts, at - 30)
        near = [(abs(s - at), c) for s, c in zip(self.place_starts[k:k + 3],
                                                 self.place_codes[k:k + 3], strict=True)
                if abs(s - at) <= 30]
        return min(near)[1] if near else None

    def nearest_country(self, sent: Sentence, previous: Sentence | None, at: int,
                        local: bool = False) -> str | None:
        """The country of the place named nearest before ``at`` in ``sent`` or in the
        sentence before it (``previous``, when in the same paragraph), else the article's;
        for a ``local`` body (officials, police), the article's only where the story is set
        in it or its paragraph says so (:mod:`.local_country`)."""
        lo = sent.start_char
        if previous is not None and "\n" not in self.text[previous.end_char:sent.start_char]:
            lo = previous.start_char
        k = bisect_left(self.place_starts, at) - 1
        if k >= 0 and self.place_starts[k] >= lo:
            return self.place_codes[k]
        if local:
            return paragraph_country(self.text, self.place_starts, self.place_codes, at,
                                     self.setting, self.main)
        return self.main

    def body_of(self, sent: Sentence, previous: Sentence | None, k: int) -> Mention | None:
        """"the government of Laos", "the military of Cambodia": a body, then "of" and its
        country at token ``k``."""
        w = self.words
        code = self._country(w.text[k])
        if code is None or k - 2 < sent.start or w.lower[k - 1] not in self.vocab.of:
            return None
        head = k - 2
        start = w.idx[head - 1] if head > sent.start and w.lower[head - 1] in (
            self.vocab.modifiers) else w.idx[head]
        return self._mention(self.vocab.heads[w.lower[head]], w.lower[head], set(), code,
                             Span(start, w.end_char(k), self.text[start:w.end_char(k)]), sent,
                             previous)

    def body(self, sent: Sentence, previous: Sentence | None, k: int) -> Mention | None:
        """The body the phrase ending at token ``k`` names, or None: "the (ruling) military
        government", "Myanmar's junta", "state media", "a junta spokesperson"."""
        w, v = self.words, self.vocab
        head = w.lower[k]
        kind = v.heads.get(head)
        if kind is None and k > sent.start and v.heads.get(w.lower[k - 1]) in (
                "government", "military_government", "military"):
            k -= 1  # "a junta spokesperson", "a government spokesman": the body speaks
            head = w.lower[k]
            kind = v.heads[head]
        if kind is None:
            return None
        i, mods, code = k - 1, set(), None
        while i >= sent.start:
            word = w.lower[i]
            if word in v.possessive_suffixes and i - 1 >= sent.start:
                owner = w.text[i - 1]
                code = None if owner.lower() in v.country_owners else self._country(owner)
                if code is None and owner.lower() not in v.country_owners:
                    return None  # "the ministry's officials": someone else's
                i -= 2
                break
            if word in v.country_owners and word.endswith(tuple(v.possessive_suffixes)):
                i -= 1
                break
            code, width = self._country_before(i, sent)
            if code is not None:
                i -= width
                break
            if word not in v.modifiers:
                break
            mods.add(word)
            i -= 1
        if kind == "media" and not mods & v.state_modifiers:
            return None  # "local media": not the government's voice
        start = w.idx[i + 1]
        return self._mention(kind, head, mods, code, Span(start, w.end_char(k),
                                                          self.text[start:w.end_char(k)]),
                             sent, previous)

    def _country_before(self, i: int, sent: Sentence) -> tuple[str | None, int]:
        """The country the capitalised word ``i`` names, with the one before it when the
        two name it together ("North Korean", "South African": "Korean" alone is another
        country), and how many words that took."""
        w = self.words
        if not w.text[i][:1].isupper():
            return None, 0
        if i - 1 >= sent.start and w.text[i - 1][:1].isupper():
            code = self._country(f"{w.text[i - 1]} {w.text[i]}")
            if code is not None:
                return code, 2
        code = self._country(w.text[i])
        return code, 1 if code is not None else 0

    def _country(self, word: str) -> str | None:
        code = self.gaz.demonym(word)
        if code:
            return code
        place = self.gaz.place(word)
        return place.country if place is not None and place.kind == "country" else None

    def _mention(self, kind: str, head: str, mods: set[str], code: str | None, span: Span,
                 sent: Sentence, previous: Sentence | None) -> Mention | None:
        if kind == "local":
            code = code or self.nearest_country(sent, previous, span.start, local=True)
        else:
            code = code or self.military or self.main or self.nearest_country(
                sent, previous, span.start)
        adjective = self.gaz.adjective(code)
        if adjective is None:
            # "Reed was charged with two counts, police said": with no country in sight the
            # local body still speaks, as "authorities said" does, not the name before it
            return Mention("org", span, head, f"org:{head}") if kind == "local" else None
        military = code == self.military or kind == "military_government" or (
            kind == "government" and "military" in mods) or (
            kind == "military" and bool(mods & self.vocab.governing))  # "ruling military"
        if kind in ("government", "media", "military_government") or (
                kind == "military" and military):
            label = "military_government" if military else "government"
        else:
            label = kind
        name = self.vocab.labels[label].format(adjective=adjective, head=head)
        return Mention("org", span, name, f"org:{code.lower()}:{label}",  # type: ignore[union-attr]
                       country=code)

    def state_outlet(self, m: Mention, sent: Sentence, previous: Sentence | None
                     ) -> Mention:
        """"the state-run Global Star newspaper said": the outlet's government speaks
        (its country: the outlet's, else the article's); any other name stands, and so
        does a name after a title that holds a capitalised "State" inside its sentence
        ("Secretary of State Ada Lind": a title, not the state's outlet)."""
        if m.kind == "org" and m.country and m.country == self.military and (
                m.key.rsplit(":", 1)[-1] in self.vocab.heads
                and self.vocab.heads[m.key.rsplit(":", 1)[-1]] == "military"):
            # "Myanmar's military said", where the text calls its government military
            return self._named(m, m.country)
        lead = self.vocab.state_outlet.search(self.text, max(0, m.span.start - 30),
                                              m.span.start)
        if m.kind not in ("org", "person") or lead is None or (
                lead.group(0)[:1].isupper() and self.text[sent.start_char:lead.start()].strip(
                    " \"“‘'(")):
            return m
        code = m.country or country_in(m.name, self.gaz) or self.military or self.main or (
            self.nearest_country(sent, previous, m.span.start))
        return self._named(m, code)

    def _named(self, m: Mention, code: str | None) -> Mention:
        """``m`` as its country's government, named as the text calls it."""
        adjective = self.gaz.adjective(code)
        if adjective is None or code is None:
            return m
        label = "military_government" if code == self.military else "government"
        return Mention("org", m.span, self.vocab.labels[label].format(adjective=adjective),
                       f"org:{code.lower()}:{label}", country=code)

    def qualify(self, who: str, sent: Sentence, previous: Sentence | None, at: int) -> str:
        """"officials" -> "Thai officials": an unqualified local body with its country."""
        if any(c.isupper() for c in who) or self.vocab.heads.get(who.split()[-1]) != "local":
            return who  # "Thai officials", "sources": as written
        adjective = self.gaz.adjective(self.nearest_country(sent, previous, at, local=True))
        return f"{adjective} {who}" if adjective else who
