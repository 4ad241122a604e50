"""The English carry-over (:mod:`sitrep.extract.carry`) over the sentences of a language
read by rules.

Why the same mechanism: news in every language names a source once ("Об этом сообщил
министр ...", "teilte die Behörde mit") and goes on with its figures over the next
sentences and paragraphs without a new verb of saying. The English rule says how far such
a source carries (the same paragraph; across one paragraph break only on the same topic;
never past a sentence that names another body or speaks in the writer's own voice), and
one rule for every language keeps the languages' claims alike. Only the words differ: the
phrases by which the writer speaks in their own voice or turns to another matter are the
language's (``carry_stops``, ``carry_stop_patterns`` and ``carry_breaks`` in
``lang/<code>/speech.json``: German tells the background before the news in the
pluperfect, a tense the writer speaks in); the
measure families of the setting and of one report are English names, shared.
"""

from __future__ import annotations

import re
from functools import cache

from ...lang import language_data
from ..carry import Carrier, CarryWords
from ..cue_phrases import Cue
from ..opening import fast_pattern
from ..records import Attribution, Mention, Span
from .places import owned_body
from .resources import Words
from .tokens import Sentence


@cache
def carry_words_of(code: str) -> CarryWords:
    """The carrying words of ``code``: its own stops and breaks, the English families.

    Verbs of saying are left empty: the reader finds its own cues (lemmas, source
    phrases), and a sentence with a cue but no source stands in the cue table with an
    empty attribution, which stops the carrying as an English verb of saying does."""
    english = language_data("en").table("speech_carry")
    speech = language_data(code).table("speech")

    def either(phrases: list[str]) -> str:
        return "|".join(r"\s+".join(re.escape(w) for w in p.lower().split())
                        for p in phrases) or "(?!)"

    patterns = "".join(f"|{p}" for p in speech.get("carry_stop_patterns", []))
    return CarryWords(fast_pattern(rf"(?<!\w)(?:{either(speech.get('carry_stops', []))})(?!\w)"
                                   + patterns),
                      fast_pattern(rf"^\W*(?:{either(speech.get('carry_breaks', []))})"),
                      frozenset(english["background"]), frozenset(),
                      language_data("en").table("speech_cues")["official_source"],
                      tuple(frozenset(x) for x in english["topics"]))


def org_mentions(text: str, words: Words, home: str | None = None) -> list[Mention]:
    """Every body the text names, by its English name (a common noun's with the country
    beside it, else ``home``'s, as :func:`.bodies.body_of` names it): a sentence naming
    another body stops a source being carried into it."""
    out = []
    for m in words.orgs.finditer(text):
        name = owned_body(words.org_names[m.lastgroup], text, m.start(), m.end(), words.code,
                          home) if m.lastgroup else None
        if name:
            out.append(Mention("org", Span(m.start(), m.end(), m.group()), name, name))
    return out


class ForeignCarrier(Carrier):
    """The English carrier, but a source announced in a sentence with no figure of its own
    ("Власти Мьянмы обновили данные по числу погибших", "Das teilte X mit") goes on into
    the next paragraph whatever its figures: the announcement says what follows is theirs.
    English leads name the figure with its source in one sentence; these languages often
    announce first and give the figures in the paragraph after."""

    def _announces(self, j: int, cue: Cue) -> bool:
        return True  # see the class: an announcement goes on whatever its verb's place

    def next_tag(self, k: int) -> Cue | None:
        """The cue of the sentence right after sentence ``k`` in its paragraph when that
        sentence closes with its source's tag ("..., hieß es aus dem Ministerium"): the
        source of a sentence in reported speech before it ("25 Verletzte lägen im
        Spital."), as the reported mood says someone is being reported."""
        j = k + 1
        if j >= len(self.sentences) or self.opens_paragraph(j):
            return None
        found = self._last_cue(self.sentences[j])
        if found is None or not (found.attribution.speaker or found.attribution.org):
            return None
        return found if self._announces(j, found) else None

    def _same_topic(self, family: str | None, sentence_start: int) -> bool:
        return not self.families.get(sentence_start) or super()._same_topic(family,
                                                                           sentence_start)


def carrier(text: str, sents: list[Sentence], said: list[tuple[Attribution | None, bool]],
            families: list[set[str]], mentions: list[Mention], words: Words) -> ForeignCarrier:
    """The carrier of one text: each sentence's own cue (an empty attribution where a verb
    of saying names no source), the families of its figures, the bodies and people named.

    A sentence that hands its source to the sentence before ("Об этом сообщил ...") reports
    that sentence's figures too: its families are the two sentences' together."""
    cues: dict[int, list[Cue]] = {}
    by_start: dict[int, set[str]] = {}
    for k, (sentence, (attribution, cued)) in enumerate(zip(sents, said, strict=True)):
        by_start[sentence.start] = set(families[k])
        if not cued:  # no cue, or a body's act (:mod:`.actors`), which says nothing more
            continue
        attribution = attribution or Attribution()
        verb = attribution.cue or Span(sentence.start, sentence.start, "")
        cues[sentence.start] = [Cue(verb, attribution, (sentence.start, sentence.end),
                                    (sentence.start, sentence.end))]
        if k and said[k - 1][0] is attribution:
            by_start[sentence.start] |= families[k - 1]
    ordered = sorted(mentions, key=lambda m: m.span.start)
    return ForeignCarrier(text, sents, cues, ordered, by_start,  # type: ignore[arg-type]
                   carry_words_of(words.code))
