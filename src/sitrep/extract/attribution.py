"""Attribution: who said what, to whom, and when they said it.

A cue is a speech verb ("said", "announced", "told", "claimed", "state"), "according to X",
"Officially," or "X officials talk about". Each cue has a speaker (a person, an organisation,
or an anonymous source such as "Minsk officials"), the range of text it covers (what was
said), and the date it was said on (a date phrase outside what was said, or right after the
verb: "announced on Tuesday that ..."). Who the speaker is, is found by :mod:`.speakers`;
the words and patterns come from the language's data (:mod:`.speech_cues`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.gazetteer import load_gazetteer
from . import doc_values
from .bodies import Bodies
from .cue_phrases import Cue, CueReader
from .cue_places import cue_places, items_by_sentence
from .dates import DateMention
from .firm_subjects import firm_subject
from .interviews import answer_cues
from .polls import poll_cues
from .posts import post_cues
from .quotations import next_to_quote, opens_quote, quotation_cues, quotations, signatures
from .records import Mention, Span
from .reporting_verbs import forecast_reported, revises_estimate
from .speaker_clauses import date_after_audience, without_possessor
from .speakers import Speakers
from .speech_cues import SpeechCues, ends_a_name, speech_cues
from .statement_dates import date_after_object, date_after_verb, date_follow_ups, saying_dates
from .title_before_name import title_start
from .verb_objects import with_object
from .words import Sentence, Words

__all__ = ["AttributionComponent", "Cue", "cue_for", "make_attribution"]

class _Attributor(CueReader):
    """The cues of one document, found sentence by sentence."""

    def __init__(self, doc: Doc, cues: SpeechCues) -> None:
        self.doc = doc
        self.lexicon = cues
        self.text: str = doc_values.get(doc, "text")  # Doc._ builds a new accessor on every use
        self.words: Words = doc_values.get(doc, "words")
        self.mentions: list[Mention] = doc_values.get(doc, "mentions")
        self.dates: list[DateMention] = doc_values.get(doc, "dates") or []
        self.gaz = load_gazetteer()
        self.bodies = Bodies(self.text, self.words, self.gaz, self.mentions, cues.lang)
        self.speakers = Speakers(self.text, self.words, self.gaz, cues, self.bodies)
        self.cues: list[Cue] = []
        self.dateline: DateMention | None = None
        self.lead: int | None = None  # where an undated wire story's lead starts
        # per sentence (by its first character), filled in run(): read once per sentence,
        # not once per cue (quadratic on a sentence of many speakers)
        self.sentence_dates: dict[int, list[DateMention]] = {}

    def run(self) -> list[Cue]:
        self.dateline, self.lead = _dateline(self.doc)
        sents = self.words.sents
        speakers = self._read_sentences()
        scans = self._scans()
        places = cue_places(self.text, self.words, self.lexicon, scans)
        every = places.every
        marked = places.official | places.cited | places.anonymous | places.possessive
        previous: Cue | None = None  # the last speech cue, while a quotation may go on
        for n, (sent, mentions) in enumerate(zip(sents, speakers, strict=True)):
            if scans[4] or every or n in marked:
                self._phrase_cues(sent, mentions, scans[4], (
                    scans[0] and (every or n in places.official),
                    scans[1] and (every or n in places.cited), n in places.anonymous,
                    n in places.possessive))
            found = len(self.cues)
            if n in places.verbs:
                self._verb_cues(sent, mentions, places.verbs[n])
            spoke = [Mention("org", c.verb, c.attribution.org, c.attribution.speaker_key)
                     for c in self.cues[found:] if c.attribution.org
                     and not c.attribution.speaker and c.attribution.speaker_key
                     ] if len(self.cues) > found else None
            if len(self.cues) > found:
                previous = self.cues[-1]
            elif previous is not None:
                previous = self._quote_goes_on(sent, previous)
            # for "he", "it" and "the ministry" after it: the names, then the bodies that
            # spoke without one ("state media reported ... It also said"); a sentence with
            # neither leaves nothing to remember
            if mentions:
                self.speakers.note_study(sent, mentions)
            if spoke:
                self.speakers.remember(mentions + spoke)
            elif mentions:
                self.speakers.remember(mentions)
        # a quotation of several sentences is its speaker's throughout, and a quotation
        # signed on the line after it is its signer's (:mod:`.quotations`)
        quotes = quotations(self.text)
        self._signatures(quotes)
        self.cues += quotation_cues(self.text, sents, self.cues, quotes)
        self.cues += poll_cues(self.text, self.words, self.mentions, self.lexicon.lang,
                               lambda s, content, end: self.attribution_for(
                                   None, self.stated_on(s, content, end), None),
                               {c.sentence[0] for c in self.cues})
        # an embedded post's lines are the poster's, named on its signature line
        self.cues += post_cues(self.text, sents, self.mentions, self.dates,
                               lambda who, day: self.attribution_for(who, day, None),
                               self.lexicon.lang)
        # an answer of an interview printed as questions and answers: the interviewee's
        self.cues += answer_cues(self.text, sents, self.mentions,
                                 lambda who: self.attribution_for(who, self.dateline, None),
                                 self.lexicon.lang)
        return self.cues

    def _read_sentences(self) -> list[list[Mention]]:
        """The names (people and bodies) of each sentence, and its dates; the speakers'
        reading of each sentence (what stands in quotes, which sentence comes before)."""
        sents = self.words.sents
        starts = [s.start_char for s in sents]
        named = items_by_sentence(sents, starts, (m for m in self.mentions if m.kind in (
            "person", "org")), _start)
        speakers = [named.get(n) or [] for n in range(len(sents))]
        # only the sentences with dates: every reader asks with an empty list as default
        for n, dates in items_by_sentence(sents, starts, (
                d for d in self.dates if d.kind != "range" and not d.attributive),
                _date_start).items():
            self.sentence_dates[sents[n].start_char] = dates
        self.speakers.read_sentences(sents, speakers)
        return speakers

    def _signatures(self, quotes: list[tuple[int, int]]) -> None:
        """A cue for each signature line after a quotation ('- Ada Lind, owner'): the
        person or body named right after the dash, before a comma or the line's end."""
        sents, mentions = self.words.sents, self.mentions
        for dash in signatures(self.text, quotes):
            k = bisect_left(mentions, dash, key=_start)
            signer = mentions[k] if k < len(mentions) else None
            if signer is None or signer.kind not in ("person", "org") or self.text[
                    dash + 1:signer.span.start].strip() or self.text[signer.span.end:].lstrip(
                        " \t")[:1] not in ("", ",", "\n", "("):
                continue
            sent = sents[max(bisect_left(sents, dash + 1, key=_sent_start) - 1, 0)]
            line = self.text[signer.span.end:].split("\n", 1)[0].strip(" \t,")
            if signer.kind == "person" and not signer.role and 0 < len(line) <= 80:
                signer = replace(signer, role=line)  # "- Ada Lind, owner": her role
            self.cues.append(Cue(Span(dash, dash + 1, self.text[dash]),
                                 self.attribution_for(signer, self.dateline, None),
                                 (dash, sent.end_char), (sent.start_char, sent.end_char)))

    def _scans(self) -> tuple[bool, bool, bool, bool, bool]:
        """Which phrase scans the text may need: most articles hold none of their words,
        and the case-insensitive scans are skipped then."""
        words, c = self.words, self.lexicon
        return (c.official in words.folded, words.writes_any(c.source_leads),
                words.writes_any(c.anonymous_nouns),
                words.writes_any(c.possessive_marks) and words.writes_any(c.possessive_nouns),
                words.writes_any(c.passive_phrases))

    def _phrase_cues(self, sent: Sentence, mentions: list[Mention], passive: bool,
                     held: tuple[bool, bool, bool, bool]) -> None:
        """The cues of ``sent`` that are phrases, not verbs: "officially", "according to",
        anonymous sources, possessives ("NATO's estimate"), passives ("given by");
        ``held``: whether the sentence may hold the words of the first four
        (:func:`.cue_places.cue_places`), ``passive``: whether the text may hold the last."""
        official, according, anonymous, possessive = held
        if official:
            self.officially(sent)
        if according:
            self.according(sent, mentions)
        if anonymous:
            self.anonymous(sent)
        if possessive:
            self.possessive(sent, mentions)
        if passive and self.words.folded.find(f" {self.lexicon.passive_by} ", sent.start_char,
                                              sent.end_char) >= 0:
            self.passive(sent, mentions)

    def _verb_cues(self, sent: Sentence, mentions: list[Mention], verbs: list[int]) -> None:
        """The cues of ``sent`` that are verbs of saying (``verbs``: its tokens that may be)."""
        lower, c = self.words.lower, self.lexicon
        for i in verbs:
            firm = firm_subject(self.text, self.words, sent, i, mentions, c) if (
                lower[i] in c.company_verbs) else None
            if firm is not None:  # "Halvern Hardware sees sales growth": the firm's
                self.verb_cue(sent, i, mentions, firm)
            elif (lower[i] in c.speech_verbs and not self._noun_use(i)
                    and not with_object(self.text, self.words, i, c, mentions)) or (
                    lower[i] in c.put_verbs
                    and (c.put_figure.match(self.text, self.words.end_char(i))
                         or opens_quote(self.text, self.words.end_char(i)))) or (
                    lower[i] in c.finding_verbs
                    and (c.then_that(lower, i)
                         or self.speakers.study_group(i - 1) is not None)) or (
                    lower[i] in c.after_quote_verbs
                    and next_to_quote(self.text, self.words.idx[i], self.words.end_char(i))
                    ) or (
                    lower[i] in c.forecast_verbs and forecast_reported(
                        self.text, self.words, sent, i, mentions, c)) or (
                    revises_estimate(self.text, self.words, i, c.lang)):
                self.verb_cue(sent, i, mentions)

    def _quote_goes_on(self, sent: Sentence, previous: Cue) -> Cue | None:
        """'"We will bring 12,000 troops," Lazovsky said. "Another 3,000 come later."': a
        sentence that opens a quotation right after a quoted speaker, in the same paragraph,
        is still that speaker's. Returns the cue that may go on to the next sentence."""
        text = self.text[sent.start_char:sent.end_char]
        gap = self.text[previous.sentence[1]:sent.start_char]
        said = self.text[previous.sentence[0]:previous.sentence[1]]
        if "\n" in gap or not text.startswith(("\"", "“")) or not any(
                q in said for q in "\"“”"):
            return None
        self.cues.append(Cue(Span(sent.start_char, sent.start_char + 1, text[:1]),
                             previous.attribution, (sent.start_char, sent.end_char),
                             (sent.start_char, sent.end_char)))
        return self.cues[-1]

    def _noun_use(self, i: int) -> bool:
        """Whether the verb-like word at ``i`` is a noun ("a statement"), a participle after
        a figure's noun ("the total announced"), a gerund after a preposition ("of confirming")
        or a word after a count ("faces nine state charges"; not digits: "on Nov. 5 said"): no
        verb of saying. A syllable after a hyphen is no preposition ("Moon Jae-in said")."""
        hyphen = i > 1 and self.words.text[i - 2] in ("-", "‑")
        prev = self.words.lower[i - 1] if i > 0 and not hyphen else ""
        return (prev in self.lexicon.noun_determiners or prev in self.lexicon.participle_before
                or prev in self.lexicon.numerals or ends_a_name(self.words.text, i))

    def verb_cue(self, sent: Sentence, verb: int, mentions: list[Mention],
                 firm: Mention | None = None) -> None:
        """The cue of the verb of saying at token ``verb``, its speaker found around it
        (``firm``: the firm the sentence makes its subject, found by :mod:`.firm_subjects`)."""
        verb_start, verb_end = self.words.idx[verb], self.words.end_char(verb)
        k = bisect_left(mentions, verb_end, key=_start)
        after = mentions[k:k + 1]
        to = None
        if (self.words.lower[verb].startswith(self.lexicon.addressee_verb_prefixes) and after
                and after[0].span.start - verb_end <= 2):
            to = after[0].name
        speaker = firm or self.speakers.before(sent, verb)
        closed = self.text[sent.start_char:verb_start].rstrip().endswith((",", "”", "\""))
        named_after = None if firm else self.speakers.after(
            sent, verb, after[0] if after else None, closed, speaker is None)
        inverted = named_after is not None
        if named_after is not None:
            speaker = named_after  # "..., said Kestutis Rimkus", "..., reports Reuters"
        if speaker is None:
            stated = date_after_verb(self.sentence_dates.get(sent.start_char, []), self.text,
                                     verb_end) or self.stated_on(sent, (verb_end, sent.end_char),
                                                                 verb_end)
            if stated is not None and stated.value is not None:
                # a date without a speaker yields to any cue that names one ("up from the
                # 150 dead that state media reported on Friday": state media's)
                self.cues.append(Cue(Span(verb_start, verb_end, self.words.text[verb]),
                                     self.attribution_for(None, stated, None),
                                     (sent.start_char, sent.end_char),
                                     (sent.start_char, sent.end_char), priority=-1))
            return
        content = self._content(sent, speaker, verb, inverted)
        stated = self.stated_on(sent, content, verb_end)
        if stated is None or stated is self.dateline:  # "announced an order of 40 trams on Monday"
            stated = date_after_object(
                self.sentence_dates.get(sent.start_char, []), self.text, self.words.text[verb],
                verb_end, saying_dates(self.lexicon.lang), self.lexicon.complementizer) or stated
        # "researchers believe ...": an opinion holds for its own sentence; the writer's
        # next one is not theirs
        self.cues.append(Cue(Span(verb_start, verb_end, self.words.text[verb]),
                             self.attribution_for(speaker, stated, to), content,
                             (sent.start_char, sent.end_char),
                             carries=self.words.lower[verb] not in self.lexicon.opinion_verbs))

    def _content(self, sent: Sentence, speaker: Mention, verb: int, inverted: bool
                 ) -> tuple[int, int]:
        """What the verb at token ``verb`` reports: the words before the speaker ("...,
        Lazovsky said on Monday."), from "that" on, or the rest of the sentence."""
        verb_start, verb_end = self.words.idx[verb], self.words.end_char(verb)
        prefix = self.text[sent.start_char:speaker.span.start].rstrip()
        if prefix.endswith(self.lexicon.possessive_suffixes):  # the possessor's pattern ends
            # so (the search is slow): "..., Lithuania's Port Authority said"
            prefix = without_possessor(prefix, self.lexicon)
        title = (speaker.role or "").split(", ")[0]
        if title and prefix.endswith(title):  # "..., Defence Minister Vladimir Karpenko said"
            prefix = prefix[:-len(title)].rstrip()
        # "..., defence ministry spokesman Alexei Borisevich said": a title in lower case
        # (titles are short: the last 60 characters are enough)
        # (its last words are a title word: tested first, the full search is slow)
        lo = max(0, len(prefix) - 60)
        title_words = self.lexicon.trailing_title.search(prefix, lo) if (
            self.lexicon.title_at_end.search(prefix, lo)) else None
        if title_words:
            prefix = prefix[:title_words.start()]
        elif speaker.kind == "person" and (cut := title_start(prefix, self.lexicon.lang)):
            prefix = prefix[:cut]  # "..., harbour master Ilze Berzina said": any title
        relay = self.lexicon.relay.search(prefix, max(0, len(prefix) - 80))
        if relay:  # "..., TASS quoted Minister X as saying": X's words come before
            prefix = prefix[:relay.start() + 1]
        tail = self.text[verb_end:sent.end_char]
        that = self._that_clause(verb_end, tail)
        opened = self.text[sent.start_char:sent.start_char + 1] in "\"“"
        relative = self.lexicon.relative_end.search(prefix, max(0, len(prefix) - 12))
        content = (verb_end, sent.end_char)  # "Lazovsky said the drills ..."
        if verb > sent.start and self.words.text[verb - 1] == "," and self.words.lower[
                verb].endswith(self.lexicon.participle_suffix):
            # '"...," X wrote on Monday, adding that 300 homes had no power': what the
            # participle reports follows it
            return (that, sent.end_char) if that is not None else content
        if inverted or (opened and prefix.endswith(("”", "\"", ",\"", ",”"))):
            # "“...,” said X", "“...,” Deputy Secretary X told journalists"
            content = (sent.start_char, verb_start if inverted else speaker.span.start)
        elif relative and (len(tail.split()) <= 4 or self.lexicon.date_lead.match(tail)):
            # "up from the 144 dead that state media reported on Friday"
            clause = max(prefix.rfind(",", 0, relative.start()), 0)
            content = (sent.start_char + clause, sent.start_char + relative.start())
        elif (prefix.endswith((",", "”", "\"")) and (len(re.findall(r"\w+", prefix)) >= 4 or (
                re.search(r"\w", tail) is None))  # "Profit rose 12%, Selby said."
              and self.text[speaker.span.end:verb_start].strip() != ","
              and (len(tail.split()) <= 4 or (that is None and (
                  self.lexicon.date_lead.match(tail) or date_after_audience(
                      self.words.lower[verb], tail, self.lexicon))))):
            # not: "On Tuesday, Colonel X said ..." (no claim before the name), "The mayor of
            # X, Name, said ..." (the name is an appositive), "..., X said on Monday that ..."
            # "..., Lazovsky said on Monday."; "..., union chair Ilze Berzina said": the
            # claim ends at its comma, before the title (the title is no part of it)
            content = (sent.start_char, sent.start_char + len(prefix))
        elif that is not None:
            # "told attachés in Minsk on Tuesday that ...": what was said starts at "that";
            # a date before it dates the saying
            content = (that, sent.end_char)
        return content

def _dateline(doc: Doc) -> tuple[DateMention | None, int | None]:
    """The dateline's date (the day the story's statements were made), else where the lead
    of an undated wire story starts (see :mod:`.datelines`)."""
    found = doc_values.get(doc, "dateline")
    return (found.dateline, found.lead) if found is not None else (None, None)


def _start(m: Mention) -> int:
    return m.span.start


def _date_start(d: DateMention) -> int:
    return d.start


def _sent_start(s: Sentence) -> int:
    return s.start_char


def cue_for(cues: list[Cue], start: int) -> Cue | None:
    """The cue whose reported content holds ``start``: the nearest one before it, else after."""
    holding = [c for c in cues if c.content[0] <= start < c.content[1]]
    if not holding:
        return None
    top = max(c.priority for c in holding)
    holding = [c for c in holding if c.priority == top]
    before = [c for c in holding if c.verb.start <= start]
    if before:
        return max(before, key=lambda c: c.verb.start)
    return min(holding, key=lambda c: c.verb.start)


class AttributionComponent:
    """The ``sitrep_attribution`` pipeline component: the cues of a document
    (``doc._.cues``), read with one language's vocabulary."""

    def __init__(self, lexicon: SpeechCues) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        reader = _Attributor(doc, self.lexicon)
        cues = reader.run()
        told = frozenset(start for start, dates in reader.sentence_dates.items()
                         if any(d.value is not None for d in dates))
        doc_values.put(doc, "cues", date_follow_ups(
            cues, doc_values.get(doc, "text"),
            self.lexicon.pronouns | self.lexicon.org_pronouns, told))
        return doc


@Language.factory("sitrep_attribution", default_config={"lang": "en"},
                  requires=["doc._.text", "doc._.mentions", "doc._.dates", "doc._.words"],
                  assigns=["doc._.cues"])
def make_attribution(nlp: Language, name: str, lang: str) -> AttributionComponent:
    """Build the attribution component with the speech cues of ``lang``."""
    return AttributionComponent(speech_cues(lang))
