"""Extraction from news in languages other than English, by rules over words kept as data.

Why a second reader: the English pipeline's rules are written around English syntax;
Russian, Ukrainian, Polish and German (and any language whose folder under
``sitrep/lang/`` holds the tables of :data:`sitrep.lang.READER_TABLES`) are read here with one
set of rules: values with their hedges and ranges, the thing counted as one English
measure, who said it (a verb of saying or a source phrase, the name beside it, the body in
its English name), when, and the article's main event. The output contract is the
English one: :class:`~sitrep.extract.records.Extraction` with spans into the clean text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date

from ...knowledge.translit import person_key_any_script
from ..counted import measure_family
from ..figure_increments import without_other_groups
from ..interviews import answer_speakers
from ..link_lists import LinkList
from ..records import Attribution, Extraction, Figure, Mention, Span, Statement
from .attribution import attribute
from .carry import ForeignCarrier, carrier, org_mentions
from .datelines import dateline_day
from .dates import PageDays, as_of_day, incident_days, incident_week
from .ellipsis import with_elided_scales
from .events import find_events, instances, main_event
from .figures import RawFigure, sentence_figures
from .headlines import foreign_headline
from .measures import property_words
from .places import home_country
from .resources import Words, readable, words_of
from .tokens import Sentence, sentences


def extract_foreign(text: str, lang: str, published: date | None = None,
                    captured: date | None = None,
                    story_days: tuple[date, ...] = (),
                    story_events: tuple[tuple[str, int], ...] = (),
                    title: str | None = None) -> Extraction:
    """Figures, statements, speakers and events of ``text`` in ``lang``; ``story_days``:
    the publication days of the story's other pages, which give a year to the days named
    on a page with no publication date; ``story_events``: the story's dated incidents,
    whose days name no statement; ``title``: the page's, whose headline is the matter of
    its figures when no event is their subject (see :mod:`.headlines`)."""
    words = words_of(lang)
    sents = sentences(text, words)
    events = find_events(sents, words, text)
    subject = main_event(events, sents, text, words)
    days = _page_days(text, words, sents, published or captured, story_days,
                      incident_days(subject, story_events))
    extraction = Extraction(events=events, main_event=subject)
    home = home_country(text, words.code)
    said = _attributions(sents, words, text, days, home)
    # an interview's answers are the interviewee's (the name heading it)
    for k, name in enumerate(answer_speakers(text, lang, [(s.start, s.end) for s in sents])):
        if name is not None and said[k][0] is None:
            said[k] = (Attribution(speaker=name, speaker_key=person_key_any_script(name)), True)
    found = with_elided_scales([sentence_figures(sentence, words, text) for sentence in sents],
                               words, text)
    families = [{f for raw in raws if (f := measure_family(raw.measure, raw.unit))}
                for raws in found]
    for sentence, (attribution, _) in zip(sents, said, strict=True):
        if attribution is not None:
            extraction.statements.append(_statement(sentence, attribution, text))
            if attribution.speaker:
                extraction.mentions.append(_person(sentence, attribution, text))
    carry = carrier(text, sents, said, families,
                    org_mentions(text, words, home) + extraction.mentions, words)
    extraction.figures.extend(_figures(text, sents, said, found, carry, words, days, subject))
    figures = extraction.figures
    steps = without_other_groups(figures, [f.change for f in figures],
                                 [f.family for f in figures])
    headline = foreign_headline(title, lang)
    links = LinkList(text)  # "2) Gioco con 45 pesci" over its shop link: an item listed
    extraction.figures[:] = _once(_bare_counts(_restated([
        replace(f, change=s, matter=None if f.subject else headline)
        for f, s in zip(figures, steps, strict=True) if not links.holds(f.evidence.start)],
        sents), text, words), property_words(lang))
    return extraction


def _page_days(text: str, words: Words, sents: list[Sentence], published: date | None,
               story_days: tuple[date, ...], incidents: frozenset[date]) -> PageDays:
    """The days a page's statements are read against: its dateline's day, which is the day
    the news was told and beats the page's own (:mod:`.datelines`), else the page's."""
    told = dateline_day(text, words, published, story_days)
    reference = told or published
    return PageDays(reference, story_days, incidents,
                    None if reference else incident_week(sents, words, incidents))


def _figures(text: str, sents: list[Sentence], said: list[tuple[Attribution | None, bool]],
             found: list[list[RawFigure]], carry: ForeignCarrier, words: Words,
             days: PageDays, subject: str | None) -> list[Figure]:
    """The figures of each sentence with their source: the sentence's own, else one carried
    on ("... сообщил министр. Ещё 40 пропали без вести."), a source that closes the
    paragraph as in English, or in reported speech the tag of the next sentence ("80
    Verletzte würden behandelt. Vier seien kritisch, hieß es aus ..."); a count as of a
    day is dated by it."""
    reported = [any(t.lower in words.reported_mood for t in s.tokens) for s in sents]
    out = []
    for k, (sentence, (attribution, cued)) in enumerate(zip(sents, said, strict=True)):
        here = instances(text, sentence.start, sentence.end, words)
        for raw in found[k]:
            family = measure_family(raw.measure, raw.unit)
            own = None if carry.describes(k, family) else attribution
            if attribution is None and not cued and (
                    cue := carry.cue(k, family) or carry.closing(k, family) or (
                        reported[k] and carry.next_tag(k))):
                own = cue.attribution
            if (as_of := as_of_day(sentence, words, days)) is not None:
                own = replace(own or Attribution(), stated_on=as_of, stated_granularity="day")
            out.append(Figure(
                Span(raw.start, raw.end, text[raw.start:raw.end]), measure=raw.measure,
                low=raw.low, high=raw.high, unit=raw.unit, qualifier=raw.qualifier,
                change=raw.change, attribution=own or Attribution(),
                subject=here[0] if here else subject, family=family))
    return out


#: How far before a bare count the word for "the number" may stand ("die Zahl noch bei 9")
NUMBER_NOUN_REACH = 60


def _bare_counts(figures: list[Figure], text: str, words: Words) -> list[Figure]:
    """A count that names nothing it counts (no noun, outcome or unit) but "the number"
    (``number_nouns``), right after a figure of the same paragraph, counts what that
    figure counts: "In Bremen wurden 210 Menschen verletzt. Bis Dienstag stieg die Zahl auf
    385", "Am Morgen lag die Zahl noch bei 9": the writer names the
    thing once and goes on with its numbers. Without "the number" a bare value may be
    anything (a second magnitude, a place's share), and is left alone."""
    out = list(figures)
    for i in range(1, len(out)):
        fig, before = out[i], out[i - 1]
        if fig.measure is None and fig.unit is None and fig.low is not None \
                and before.measure is not None and before.unit is None \
                and "\n" not in text[before.evidence.end:fig.evidence.start] \
                and words.number_nouns.search(
                    text, max(before.evidence.end, fig.evidence.start - NUMBER_NOUN_REACH),
                    fig.evidence.start):
            out[i] = replace(fig, measure=before.measure, family=before.family)
    return out


def _sourced(fig: Figure) -> bool:
    return bool(fig.attribution.speaker or fig.attribution.org)


def _once(figures: list[Figure], properties: frozenset[str]) -> list[Figure]:
    """The figures without repeats: a value stated again in the same text for the same
    thing counted with the same hedge and no source of its own (a lead that names none
    restating what the body attributes, a caption printed twice) is one claim, as in the
    English reader. The one kept is the first stated with a source, else the first. Two
    statements that each name a source stay: "3,8 thousand" in the writer's summary and
    "3800" in the quote it sums up are both the speaker's, and which one an analyst
    cites is not for a rule to pick.

    The key is the measure itself, not its family: "troops" and "troops killed" fall in
    one family but count different things. Only counts are merged: a depth, a distance or
    a magnitude said twice may belong to two things (the quake and its aftershock both
    "at a depth of 10 km")."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, fig in enumerate(figures):
        if (fig.low is not None or fig.high is not None) and fig.unit is None \
                and fig.measure not in properties:
            groups.setdefault((fig.low, fig.high, fig.qualifier), []).append(i)
    dropped: set[int] = set()
    for members in groups.values():
        for i in members:
            same = [j for j in members if _same_count(figures[i].measure, figures[j].measure)]
            keep = next((j for j in same if _sourced(figures[j])), same[0])
            if i != keep and not _sourced(figures[i]):
                dropped.add(i)
    return [fig for i, fig in enumerate(figures) if i not in dropped]


def _same_count(one: str | None, other: str | None) -> bool:
    """Whether two measures count the same thing: the same words, or an outcome alone and
    the same outcome of someone named ("casualties", "troops casualties"). "troops" and
    "troops killed" are not: the troops sent are not the troops killed."""
    if one == other:
        return True
    if not one or not other:
        return False
    short, long = sorted((one.split(), other.split()), key=len)
    return len(short) == 1 and long[-1] == short[0]


#: How many sentences later a figure stated again with its source lends that source back
RESTATED_WITHIN = 2


def _restated(figures: list[Figure], sents: list[Sentence]) -> list[Figure]:
    """A figure with no source that the next sentences state again with one ("... ist die
    Zahl der Toten auf 133 gestiegen. «... ist auf 133 gestiegen», erklärte das
    Ermittlungskomitee") is that source's: one claim, written twice."""
    starts = [s.start for s in sents]
    index = [bisect_right(starts, f.evidence.start) - 1 for f in figures]
    out = []
    for i, fig in enumerate(figures):
        att = fig.attribution
        if not (att.speaker or att.org) and fig.low is not None:
            later = next((g for j, g in enumerate(figures[i + 1:], i + 1)
                          if 0 < index[j] - index[i] <= RESTATED_WITHIN
                          and (g.low, g.high) == (fig.low, fig.high)
                          and (g.attribution.speaker or g.attribution.org)), None)
            if later is not None:
                fig = replace(fig, attribution=later.attribution)
        out.append(fig)
    return out


def _attributions(sents: list[Sentence], words: Words, text: str, days: PageDays,
                  home: str | None) -> list[tuple[Attribution | None, bool]]:
    """Each sentence's own attribution, and whether it has a cue at all: named in it,
    referred to ("за його словами" takes the last person named, "на сайте ведомства" or
    "как указано в публикации" the last source), or pointed back at from the next
    sentence ("Об этом сообщил ..." speaks for the sentence before it)."""
    said = [attribute(sentence, words, text, days, home) for sentence in sents]
    out: list[Attribution | None] = []
    named: Attribution | None = None
    body: Attribution | None = None
    for each in said:
        attribution = each.attribution
        if attribution is None and each.refers:
            attribution = named
        if attribution is None and each.agency and body is not None:
            attribution = body
        if attribution is not None and attribution.speaker:
            named = attribution
        if attribution is not None and (attribution.org or attribution.speaker):
            body = attribution
        out.append(attribution)
    for i, each in enumerate(said):
        if each.back and i and out[i] is not None and out[i - 1] is None:
            out[i - 1] = out[i]
    # a body's act is its sentence's alone: no cue, so it is carried on to no other
    return [(attribution, each.cued or (attribution is not None
                                        and attribution is not each.attribution))
            for attribution, each in zip(out, said, strict=True)]


def _statement(sentence: Sentence, attribution: Attribution, text: str) -> Statement:
    span = Span(sentence.start, sentence.end, text[sentence.start:sentence.end])
    return Statement(span, attribution, span)


def _person(sentence: Sentence, attribution: Attribution, text: str) -> Mention:
    name = attribution.speaker or ""
    at = text.find(name.split()[-1][:4], sentence.start, sentence.end)
    start = at if at >= 0 else sentence.start
    end = start + len(name.split()[-1]) if at >= 0 else sentence.end
    return Mention("person", Span(start, end, text[start:end]), name, person_key_any_script(name))


__all__ = ["extract_foreign", "readable"]
