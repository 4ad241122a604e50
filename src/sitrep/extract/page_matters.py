"""The matter of a page, and which of its sentences go on about it.

Why: a page about one firm, study, court case or product tells most of its figures without
naming its matter again ("its shares fell 3%", "the jury awarded $2 million"): read one
sentence at a time, those figures had no matter. But a page also tells background about
another party (a rival chain's size on a page about a merger, a lawyer's own career on a
page about a death), and the page's matter is not the matter of those figures.

The rule, for a figure whose sentence and the one before name no matter of their own (see
:mod:`.figure_matters`), and whose sentence cites no study and tells no deal in lower-case
words ("a pilot trial in 60 teachers", "Orbis will buy Tallow": see
:mod:`.cited_matters`, read between the two sentences' names). The page's matter is its
title's matter; else the title's party (:mod:`.title_party`): a name of the title that is
no person or place and that the lead writes the same way (or the page writes often), with
what it owns in the title ("Nordvik Labs’ home test kit") or the common head the title
gives it ("Halden Air inks $3 billion order" -> "Halden Air order").
The sentences are then read in order. The lead goes on with the page's matter. A sentence
whose subject (a name at its start) is another party (a person, an organisation or a
place that neither the title nor the lead names) turns away from it ("Elsewhere, Fjordline
Group runs 30 weeklies"), unless that party speaks ("The Harbour Institute reported that
..."): then what it says goes on with the page's matter, and its own figures do not,
unless it reports its own results ("Brantwood Milling reported a loss of ..."). A
sentence that opens with a party the title or the lead names goes back to the page's
matter, and so does one that writes a word of the title or of the page's matter, or
refers back to the page's party ("the company", "the study", "the jury": the language's
``refers_back``). Any other goes on as the one before it did only when it opens with a
pronoun (the language's ``continuing_pronouns``: "It also runs ..."); one that opens
with a noun of its own ("The course of treatment lasted ...") goes back to the page's
matter.

A figure takes the page's matter when its sentence goes on with it, marked as background
(the language's ``background_matter``) when the sentence tells of another time or scope.
A figure of a sentence that turns away takes the party the sentence opens with (after no
word but the language's ``subject_openers`` since its start or last comma: "Elsewhere,
Fjordline Group runs 30 weeklies" is Fjordline Group's); it takes none when a word puts
the party in a setting or a source ("In Sacramento, ...", "According to the WHO, ...",
"Sacramento-based") or in a sentence that goes on about a party named before ("It also
runs ..."); what a party that turned away says is its own. Why: a figure with no matter told
the reader nothing of what it belongs to; a party's name, or the page's matter marked
as background, does, and still keeps the figure apart from the story's own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .cited_matters import Citations
from .clause_antecedents import antecedent
from .figure_background import (
    BackgroundWords,
    background_words_of,
    of_another_time_or_scope,
    page_background,
    years,
)
from .figure_matters import (
    MatterWords,
    matter_words,
    matters_in,
    nearest,
    title_matter,
    unlisted,
)
from .generic_subjects import opens_generically
from .historic_names import past_event
from .matter_fallbacks import (
    MOVES,
    headline_topic,
    incident_in,
    lead_matter,
    opens_continuing,
    own_results,
    product_in,
    session_matter,
    title_head_phrase,
    told_types,
)
from .matter_parties import (
    SUBJECT_AT,
    national_matter,
    national_spans,
    owner_place,
    page_parties,
    parties_of,
    turns_from,
)
from .matter_people import of_the_matter
from .matter_sources import named_as_source
from .opening import fast_pattern
from .records import Mention
from .subjects import SentenceSubject
from .title_party import read_title_party, written_openers

#: a word of the page's matter is written near a figure when its first letters are (a
#: crude stem: "merger" and "merged", "tariffs" and "tariff")
_STEM = 5
_WORD = fast_pattern(r"[^\W_]+")
#: the page's first sentences (its lead) are about its matter whatever words they use
_LEAD = 2
#: a sentence that refers back to a work ("the installation") looks this many sentences back
_WORK_BACK = 3
#: a year between an article and a noun names a thing ("the 2016 model")
_YEAR_NAMES = fast_pattern(r"\b((?:[Tt]he|[Aa]n?) )(?:19|20)\d\d(?= [a-z])")


def _stem(word: str) -> str:
    return word.removesuffix("s")[:_STEM]


def _stems(text: str, plain: frozenset[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower())
                     if len(w) > 3 and w not in plain)


@dataclass(frozen=True, slots=True)
class PageMatters:
    """What the matters of one page's figures are read from: its text, its sentences, the
    page's matter (read once), and which sentences go on with it (read in order, once)."""

    text: str
    sentences: list[SentenceSubject]
    #: the page's matter (see the module docstring)
    page: str | None
    words: MatterWords
    #: the first letters of the words of the title and of the page's matter
    stems: frozenset[str] = frozenset()
    #: where the text names a party (sorted offsets), its kind ("person", "org", "place";
    #: "own" for a party the title or the lead names), its name and where it ends
    others: tuple[tuple[int, str, str, int], ...] = ()
    #: the matters named in each sentence read so far (offsets into the text)
    named: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    #: what is said in the page (the content of its speech cues, sorted offsets)
    said: tuple[tuple[int, int], ...] = ()
    #: whether each sentence read so far goes on with the page's matter
    going_on: dict[int, bool] = field(default_factory=dict)
    #: the sentences read so far whose subject is a party that speaks: what it says
    #: and whether the page's matter goes on into it
    voiced: dict[int, tuple[int, int, bool]] = field(default_factory=dict)
    #: the sentences read so far that turn away to another party they open with, and
    #: its name
    opened: dict[int, str] = field(default_factory=dict)
    #: the page is a markets report: its session is the matter of every figure whose
    #: sentences name none (see :mod:`.matter_fallbacks`)
    session: bool = False
    #: the names of the parties the page names (lower case), on a page about a gathering
    #: (None on any other)
    parties: frozenset[str] | None = None
    #: the page's year (its publication's, else the latest the text names), read once
    year: list[int | None] = field(default_factory=list)
    published: date | None = None
    #: the language's words for background (None: it has none)
    background: BackgroundWords | None = None
    #: the event types the title tells of: a sentence turns away to another incident
    told: frozenset[str] = frozenset()
    lang: str = "en"
    #: the studies and deals the page's sentences name (see :mod:`.cited_matters`)
    cited: Citations | None = None
    #: where the text names the whole country of the town the page is about (sorted),
    #: and the matter of a sentence about it
    countries: tuple[tuple[int, int, str], ...] = ()

    @classmethod
    def of(cls, text: str, sentences: list[SentenceSubject], title: str | None,
           lang: str, mentions: list[Mention], said: Iterable[tuple[int, int]] = (),
           published: date | None = None, moves: int = 0) -> PageMatters:
        """The page's matters, from its ``title``, the ``mentions`` of its parties and what
        they are ``said`` to say (speech cues); ``moves``: how many are market moves."""
        words = matter_words(lang)
        lead = text[sentences[0].start:sentences[min(_LEAD, len(sentences)) - 1].end] if (
            sentences) else ""
        people = parties_of(mentions, frozenset({"person", "place"})) if title else frozenset()
        page = title_matter(title, words, parties_of(mentions), parties_of(  # its owner
            mentions, frozenset({"org"})) | written_openers(title, text, lead, people)
        ) if title else None
        party = None
        if page is None and title:
            party = read_title_party(title, text, lead, words, people)
            # a name alone is the matter of a page that refers back to it as a firm ("the
            # company"); of any other ("Taliban say ..."), the headline says more
            if party is not None and (party.headed or words.firm_refers_back.search(text)):
                page = party.text
            else:
                page = title_head_phrase(title, words)
        if page is None and sentences:
            page = lead_matter(title or "", text, sentences[:_LEAD], words, mentions)
        if page is None and moves >= MOVES:
            page = session_matter(words, published)
            if page is not None:
                return cls(text, sentences, page, words, session=True,
                           cited=Citations.of(text, sentences, lang))
        headline = page is None and title is not None
        if headline and title:
            page = headline_topic(title, words) or (party.text if party else None)
        if page is None:
            return cls(text, sentences, None, words, cited=Citations.of(text, sentences, lang))
        own = f"{title or ''} {lead}".lower()
        others = page_parties(mentions, own)  # "own": named in the title or the lead
        plain = words.title_plain_words
        gathering = page.rsplit(" ", 1)[-1].lower() in words.gathering_heads
        return cls(text, sentences, page, words,
                   _stems(f"{title or ''} {page}", plain), others, said=tuple(sorted(said)),
                   parties=parties_of(mentions) if gathering else None,
                   published=published, background=page_background(background_words_of(
                       lang), any(m.kind == "place" and m.span.text.lower() in own
                                  for m in mentions)),
                   told=told_types(title or "", lang) if words.incident_types else frozenset(),
                   lang=lang, cited=Citations.of(text, sentences, lang),
                   countries=national_spans(page, headline, mentions, words.background))

    def matter(self, at: int, k: int | None, source: str | None = None) -> str | None:
        """The matter of a figure at offset ``at`` in sentence ``k`` with no event
        instance for subject (see the module docstring). A named matter that ends with the
        figure's ``source`` (the body credited) tells the figure, and is not its matter."""
        if k is not None:
            # a name in the figure's sentence, else a study, a deal, a product (on a page
            # about a gathering) or a named thing it hangs on, else a name in the one before
            found = nearest(unlisted(self.text, at, self._not_source(k, source)), list, at)
            cited = None if found or self.cited is None else self.cited.matter(at, k, self.page)
            if not (found or cited) and self.parties is not None:
                cited = self._product(at, k, 0)
            cited = cited or (None if found or self.session else antecedent(self.text, self
                .sentences[k].start, at, self.others, self.lang, source))  # "Triton, which"
            if cited:
                return cited
            found = found or nearest([], lambda: self._earlier(k, source), at)
            if found:
                return " ".join(self.text[found[0]:found[1]].split())
            if self.page is None or self.session:
                return self.page
            national = national_matter(self.text, self.countries, self.sentences[k - 1].start
                                       if k else None, self.sentences[k], self.words)
            if national:  # "Kenya had the most cases" on a page about Nairobi
                return national
            goes = self._goes_on(k)
            voice = self.voiced.get(k)
            inside = voice is not None and voice[0] <= at < voice[1]
            if voice:  # "Ruiz, who has run a firm for 30 years, said ...": the speaker's own
                goes = voice[2] and inside
            if not goes:  # "Elsewhere, Fjordline Group runs 30 weeklies": the party's
                return self.opened.get(k)  # (also its words: "Brantwell reported ...")
            if self._background(k):  # "the Harbour Fever left ...": :mod:`.historic_names`
                return past_event(self.text, self.sentences[k].start, at, self.others, self
                                  .lang) or self.words.background.format(self.page)
            turned = self._incident(k)
            if turned:
                return turned
            if self.parties is not None:
                return self._product(at, k) or self.page
        return self.page

    def _incident(self, k: int) -> str | None:
        """The incident sentence ``k`` turns to, as it names it (:mod:`.matter_fallbacks`)."""
        sentence = self.sentences[k]
        return incident_in(self.text[sentence.start:sentence.end], self.told, self.words,
                           self.lang)

    def _product(self, at: int, k: int, back: int = 1) -> str | None:
        """The product a figure at ``at`` in sentence ``k`` is said of, on a page about a
        gathering (see :mod:`.matter_fallbacks`), named in its sentence or in the ``back``
        sentences before it."""
        own = self.sentences[k]
        texts = [self.text[own.start:at]]
        # "the installation uses ...", "It weighs ...": the work named a few sentences before
        if back and (self.words.work_refers_back.search(texts[0])
                     or opens_continuing(texts[0], self.words)):
            back = _WORK_BACK
        texts += [self.text[s.start:s.end] for s in self.sentences[max(0, k - back):k][::-1]]
        found = product_in(texts, self.page or "", self.words, self.parties or frozenset())
        return None if found is None else " ".join(texts[found[0]][found[1]:found[2]].split())

    def _background(self, k: int) -> bool:
        """Whether sentence ``k`` tells of another time or scope than the page's (a past
        year or era, the whole world): background ("in 1347 the plague killed ...")."""
        bg = self.background
        if bg is None:
            return False
        def reference() -> int | None:
            if not self.year:
                found = years(self.text, bg)
                self.year.append(self.published.year if self.published else (
                    max(found) if found else None))
            return self.year[0]

        sentence = self.sentences[k]
        # "the 2016 model": a year that names a thing dates nothing the sentence tells
        told = _YEAR_NAMES.sub(r"\1", self.text[sentence.start:sentence.end])
        return of_another_time_or_scope(told, reference, None, bg)

    def _goes_on(self, k: int) -> bool:
        """Whether sentence ``k`` goes on with the page's matter: read from the last
        sentence already read (a page's figures come in text order)."""
        if k < _LEAD:
            return True
        j = k
        while j >= _LEAD and j not in self.going_on:
            j -= 1
        state = j < _LEAD or self.going_on[j]
        for i in range(j + 1, k + 1):
            state = self._turn(i, state)
            self.going_on[i] = state
        return state

    def _turn(self, k: int, before: bool) -> bool:
        """Sentence ``k``'s own say on whether it goes on with the page's matter (see the
        module docstring); ``before``: whether the sentence before it did."""
        sentence = self.sentences[k]
        named, holder = self._parties(k)
        if (holder is None and before) or (holder and holder[1] == "own"):
            return True  # most sentences, and those that open with the page's own party
        near = self.text[sentence.start:sentence.end]
        back = self.words.refers_back.search(near)
        # "the company": the page's party, unless another firm was named before it
        own = bool(back and not any(kind == "org" and at < sentence.start + back.start()
                                    for at, kind, *_ in named)) or not self.stems.isdisjoint(
            _stem(w) for w in _WORD.findall(near.lower()) if len(w) > 3)
        if holder is None:  # "It runs ...": still the party turned to; "The deal ...": back
            return own or not opens_continuing(near, self.words)
        voice = self._says(holder[0], sentence.end)
        if voice:
            # "The Harbour Institute reported that 40 of ...": a source, whose words go on
            # with the page's matter, not the holder of the figures it gives; but the
            # sentences after it may speak of it ("It has 1,200 members")
            self.voiced[k] = (*voice, (before or own) and not own_results(
                self.text, holder[3], voice, self.lang))  # "X reported a loss of": X's
            self._open(k, holder)
            return own
        # a person of the page's party or work ("Ines Ruiz, the company's finance chief,
        # ...", "Halasz and her team ..."), or of a case: see :mod:`.matter_people`
        if holder[1] == "person" and of_the_matter(self.text, holder[3], self.page, self.words
                                                   .people_heads, back is not None, self.lang):
            return True
        self._open(k, holder)
        return False

    def _parties(self, k: int) -> tuple[list[tuple[int, str, str, int]],
                                         tuple[int, str, str, int] | None]:
        """The parties sentence ``k`` names, and the one that holds its figures: its
        subject, named at its start ("Elsewhere, Fjordline Group runs ..."); one named
        later is a speaker, a partner, a source ("..., Varga said", "according to
        Kestrel Data"); a place that owns the subject is none ("Japan's index")."""
        sentence = self.sentences[k]
        i = bisect_left(self.others, (sentence.start, ""))
        named = [other for other in self.others[i:i + 8] if other[0] < sentence.end]
        return named, next((other for other in named if len(_WORD.findall(
            self.text, sentence.start, other[0])) <= SUBJECT_AT and not owner_place(
                self.text, other)), None)

    def _earlier(self, k: int, source: str | None) -> list[tuple[int, int]]:
        """The matters the sentence before ``k`` names, which ``k`` goes on with unless
        it opens with a party of its own (see :func:`.matter_parties.turns_from`)."""
        if k == 0:
            return []
        named = self._not_source(k - 1, source)
        parties, holder = self._parties(k) if named else ([], None)
        s = self.sentences[k]  # "Brewers shipped ...": the whole trade, not a name before
        return [] if (holder and turns_from(self.text, holder, named)) or (
            named and opens_generically(self.text, s.start, s.end, named[-1], self.lang,
                                        parties[0][0] if parties else None)) else named

    def _open(self, k: int, holder: tuple[int, str, str, int]) -> None:
        """Note the party sentence ``k`` turns to when the sentence opens with it (after
        no word, or only the language's ``subject_openers``, since its start or its last
        comma: "Elsewhere, Fjordline Group runs ..."), not when a word puts it in a
        setting or a source ("In Porto, ...", "According to Kestrel Data, ...") or it
        qualifies a word ("Porto-based"). A place names no matter, whether it opens
        the sentence or sets it ("In Lyon, ..."): a sentence that turns to one tells the
        page's background (see :mod:`.matter_parties`)."""
        if self.text.startswith("-", holder[3]):
            return
        before = self.text[self.sentences[k].start:holder[0]].rsplit(",", 1)[-1]
        if holder[1] == "place":
            self.opened[k] = self.words.background.format(self.page)
        elif set(_WORD.findall(before.lower())) <= self.words.subject_openers:
            self.opened[k] = holder[2]

    def _says(self, at: int, end: int) -> tuple[int, int] | None:
        """What a party named at ``at`` says in its sentence (ending at ``end``): the
        content of a speech cue after it."""
        i = bisect_left(self.said, (at, 0))
        return self.said[i] if i < len(self.said) and self.said[i][0] < end else None

    def _not_source(self, k: int, source: str | None) -> list[tuple[int, int]]:
        """The matters named in sentence ``k`` that do not end with ``source``."""
        named = self._in(k)
        if not source or not named:
            return named
        # "the IEA's Solar Programme" when the Solar Programme is credited; but "Kestrel
        # Motors’ third-quarter results" are the matter its credited maker tells of
        return [(s, e) for s, e in named if not self.text[s:e].endswith(source)]

    def _in(self, k: int) -> list[tuple[int, int]]:
        if k not in self.named:
            start = self.sentences[k].start
            self.named[k] = [(start + s, start + e) for s, e in matters_in(
                self.text[start:self.sentences[k].end], self.words) if not named_as_source(
                    self.text, start + s, start + e, self.lang)]  # "according to X Report"
        return self.named[k]
