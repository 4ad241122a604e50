"""Figures: a value or a range, with its hedge, unit, the thing counted, who stated it and
which event instance it is about.

Found with patterns over the clean text (numbers in digits or words, ranges, "dozens of",
"halved", "four-day", date spans), then filtered: dates, years, event names, ordinals and
rhetorical counts ("two main goals") are not figures. The parts: :mod:`.figure_words` (the
language's words and patterns), :mod:`.figure_values` (finding values), :mod:`.figure_labels`
(numbers that name: "type 2", "five 787 jets"), :mod:`.counted` and :mod:`.counted_left`
(what a value counts, after it or named before it), :mod:`.measure_repairs`,
:mod:`.measure_moves` (a market's move), :mod:`.measure_qualifiers` (the phrase after a
plural head that says which are counted), :mod:`.measure_adjectives` ("a 14-day cruise":
its duration), :mod:`.measure_stakes` ("owns 12% of the firm": a stake) and
:mod:`.measure_shares` (a share of a group and what the group does), :mod:`.measure_wholes`
(a share of one whole), :mod:`.measure_results` ("a 9% improvement" of the torque named
before), :mod:`.measure_services` (homes a power cut reaches), :mod:`.measure_recipients`
(a payment to whom), :mod:`.measure_quantities` (tonnes that exports rose to) (measures
read again from the sentence), :mod:`.measure_labels`
("Average claim: $3,200"),
:mod:`.figure_restated` (conversions in brackets),
:mod:`.measure_samples` (a study's sample: adults studied), :mod:`.measure_superlatives`
("the most visited parks", "towns with the worst air"), :mod:`.measure_subject_phrases`
("two cyclists in a collision were ..."), :mod:`.measure_timescales` (what a "timescale"
times), :mod:`.measure_directions` (a move's direction read from far),
:mod:`.measure_relatives` (a count an object relative restricts), :mod:`.figure_subjects`
(what it is about); here the component, and :func:`attach`, where each figure is finalised.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from . import doc_values
from .attribution import Cue, cue_for
from .carry import Carrier
from .carry_claims import carried_family
from .carry_words import carry_words
from .clause_matters import ClauseMatters
from .counted import family_of, measure_family
from .figure_extremes import bounded_extremes
from .figure_increments import increment_changes
from .figure_matters import is_event_subject
from .figure_rates import flows
from .figure_ratios import as_shares
from .figure_restated import restating_measures, without_restated
from .figure_span_ranges import joined_spans
from .figure_subjects import subject
from .figure_sum_ranges import sum_ranges
from .figure_values import FigureFinder
from .figure_words import FigureWords, figure_words
from .measure_adjectives import adjective_measure
from .measure_change_in import changed_in
from .measure_comparisons import compared_measures
from .measure_complements import with_complements
from .measure_dimensions import dimension_measures, owned_sizes, shared_dimensions
from .measure_fates import verb_fates
from .measure_forecasts import forecast_measures
from .measure_heads import headed_measures
from .measure_kinds import kinds_named
from .measure_moves import move_family, moved_measures
from .measure_multiples import multiple_measures
from .measure_owners import owned_counts
from .measure_qualifiers import qualified_measure
from .measure_quantities import moved_quantities
from .measure_recipients import recipient_measures
from .measure_repairs import repaired_measures
from .measure_results import result_measures
from .measure_revisions import revised_measures
from .measure_samples import sampled_measure
from .measure_services import served_measures
from .measure_shares import shared_measures
from .measure_since import time_since
from .measure_stakes import staked_measure
from .measure_subject_phrases import subject_phrase
from .measure_superlatives import ranked_after
from .measure_timescales import timed_span
from .measure_titles import title_words, titled_measure
from .measure_wholes import whole_shares
from .measure_yields import bond_yield
from .page_matters import PageMatters
from .publisher_voice import publisher_voice
from .records import NO_ATTRIBUTION, Attribution, Figure
from .subjects import SentenceSubject

__all__ = ["FiguresComponent", "attach", "make_figures", "measure_family"]


def attach(doc: Doc, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """The figures with who states each (the cue of its sentence) and what it is about:
    the figure as stored."""
    sentences: list[SentenceSubject] = doc_values.get(doc, "subjects") or []
    out = []
    text = doc_values.get(doc, "text")
    cues = _reporting(text, doc_values.get(doc, "cues") or [], words)
    by_sentence = _by_sentence(cues)
    title, publisher = doc_values.get(doc, "title"), doc_values.get(doc, "publisher")
    said = title_words(title)
    figures = [titled_measure(fig, said, words) for fig in figures]  # "cost" of the title
    shares = whole_shares(shared_measures(text, as_shares(text, figures, words.numbers), words,
                                          _folded(doc)), words)
    figures = _once(without_restated(text, shares, words), words)
    if not figures:
        # nothing to attach: the page's matters and carriers below are read for figures
        # only (a text in four has none; each step below keeps an empty list empty)
        return []
    located = [(fig, _sentence_of(sentences, fig)) for fig in figures]
    families = [("dates" if fig.kind == "dates" else measure_family(fig.measure, fig.unit))
                for fig in figures]
    carried, by_family = _carried_families(located, families, sentences, words.lang)
    carrier = Carrier(doc_values.get(doc, "text"), sentences, by_sentence,
                      doc_values.get(doc, "mentions") or [], by_family, carry_words(words.lang),
                      doc_values.get(doc, "dates") or [])
    steps = increment_changes(text, figures, families, words.lang)
    matters = PageMatters.of(text, sentences, title, words.lang,
                             doc_values.get(doc, "mentions") or [], (c.content for c in cues),
                             doc_values.get(doc, "published"), sum(
                                 fig.measure is not None and move_family(
                                     fig.measure, words.lang) is not None for fig in figures))
    main = doc_values.get(doc, "main_event")
    clauses = ClauseMatters.of(text, sentences, doc_values.get(doc, "mentions") or [],
                               doc_values.get(doc, "published"), main, words.lang)
    for (fig, k), family, told, step in zip(located, families, carried, steps, strict=True):
        sentence = sentences[k] if k is not None else None
        cue = cue_for(by_sentence.get(sentence.start, []) if sentence else cues,
                      fig.evidence.start)
        # a share ("0.4 percent of the population") is a claim, never the setting
        said = None if k is not None and fig.unit != "%" and carrier.describes(
            k, told, fig.evidence.start) else cue
        if cue is None and k is not None and not by_sentence.get(sentences[k].start):
            # "... the ministry said. Another 40 are missing." / "40 are missing. ..., it said."
            said = carrier.cue(k, told) or carrier.closing(k, told)
        firm = _own_voice(carrier, k, publisher) if said is None else None
        about = subject(fig, doc, sentence, cue, words)
        # a matter its clause names in plain words ("toward Quill's 2022 campaign"): not
        # the story's event, whose claims it would join
        own = clauses.matter(fig, sentence, main or matters.page)
        about = None if own and about == main else about
        matter = own or (None if is_event_subject(about, main, sentence) else matters.matter(
                fig.evidence.start, k, said.attribution.org if said else None))
        out.append(replace(fig, attribution=said.attribution if said else (
                               Attribution(org=firm) if firm else NO_ATTRIBUTION),
                           subject=about, family=family, change=fig.change or step,
                           matter=matter))
    out = _unmattered(out, matters)
    # the fate a verb says is named last (the family, the speaker carried and what the figure
    # is about were read from the things counted), then what completes the things counted
    return with_complements(text, time_since(text, verb_fates(text, out, words), words), words)


def _own_voice(carrier: Carrier, k: int | None, publisher: str | None) -> str | None:
    """The body that speaks of itself in sentence ``k``: a firm its paragraph names as its
    subject, else the page's publisher where the paragraph says "we"."""
    if k is None:
        return None
    return carrier.own_voice(k) or publisher_voice(carrier, k, publisher)


def _folded(doc: Doc) -> str | None:
    """The text in lower case with its offsets kept, read once by the words component
    (None without it): the rules below need not lower the whole text again."""
    table = doc_values.get(doc, "words")
    return table.folded if table is not None else None


def _carried_families(located: list[tuple[Figure, int | None]], families: list[str | None],
                      sentences: list[SentenceSubject], lang: str
                      ) -> tuple[list[str | None], dict[int, set[str]]]:
    """The family the carrier reads for each figure (a prison term is a claim, not the
    setting: :mod:`.carry_claims`), and those of each sentence, by its start."""
    carried = [carried_family(family, fig.measure, lang)
               for (fig, _), family in zip(located, families, strict=True)]
    by_family: dict[int, set[str]] = {}
    for (_, k), family in zip(located, carried, strict=True):
        if k is not None:
            by_family.setdefault(sentences[k].start, set()).add(family)  # type: ignore
    return carried, by_family


def _reporting(text: str, cues: list[Cue], words: FigureWords) -> list[Cue]:
    """The cues that may report a figure: a verb that takes a noun phrase ("mentioned the
    exercises") reports none; with "that" after it ("mentioned that 300 left") it reports
    a clause, as "said" does."""
    return [c for c in cues if c.verb.text.lower() not in words.noun_phrase_verbs
            or _reports_clause(text, c, words.complementizer)]


def _by_sentence(cues: list[Cue]) -> dict[int, list[Cue]]:
    """The cues by the start of their sentence: a cue's content lies in its sentence, so a
    figure's cue is one of its sentence's."""
    out: dict[int, list[Cue]] = {}
    for c in cues:
        out.setdefault(c.sentence[0], []).append(c)
    return out


def _reports_clause(text: str, cue: Cue, that: str) -> bool:
    """Whether the word right after ``cue``'s verb is the complementizer ``that``."""
    after = text[cue.verb.end:cue.verb.end + 12].split()
    return bool(after) and after[0].lower() == that


def _unmattered(figures: list[Figure], matters: PageMatters) -> list[Figure]:
    """Each figure that has neither an event nor a matter ("According to the WHO, there
    were 3,000 cases worldwide" on a page about three cases) takes the page's matter as
    background: a figure about nothing tells the reader nothing of where it belongs."""
    if matters.page is None or matters.words.background is None:
        return figures
    behind = matters.words.background.format(matters.page)
    return [replace(f, matter=behind) if f.matter is None and f.subject is None else f
            for f in figures]


def _once(figures: list[Figure], words: FigureWords) -> list[Figure]:
    """The figures without repeats: a value stated again in the same text for the same
    family ("has risen to 93 ... 93 people are dead", a headline and its first line, a
    caption printed twice) is one claim, kept where it is first stated."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for fig in figures:
        if fig.kind in ("dates", "change"):
            out.append(fig)
            continue
        key = (fig.low, fig.high, fig.unit, fig.qualifier, family_of(fig.measure, fig.unit, words))
        if key in seen:
            continue
        seen.add(key)
        out.append(fig)
    return out


def _sentence_of(sentences: list[SentenceSubject], fig: Figure) -> int | None:
    k = bisect_right(sentences, fig.evidence.start, key=lambda s: s.start) - 1
    return k if k >= 0 and fig.evidence.start < sentences[k].end else None


class FiguresComponent:
    """The ``sitrep_figures`` pipeline component for one language."""

    def __init__(self, words: FigureWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        text = doc_values.get(doc, "text")
        found = joined_spans(text, FigureFinder(doc, self.words).run(), self.words)
        found = moved_measures(text, repaired_measures(text, found, self.words), self.words)
        found = dimension_measures(text, found, self.words)  # "a 9-metre-tall mast"
        found = multiple_measures(text, found, self.words)  # "2-3x as durable"
        found = headed_measures(text, kinds_named(text, found, self.words), self.words)
        found = owned_sizes(text, shared_dimensions(text, found, self.words), self.words)
        found = owned_counts(text, [_named(text, fig, self.words) for fig in found],
                             self.words)  # "one of Saturn's 83 moons"
        found = flows(text, compared_measures(text, found, self.words), self.words)
        found = restating_measures(text, forecast_measures(text, found, self.words))
        found = revised_measures(text, found, self.words.lang)  # "cut its estimate of"
        found = sum_ranges(text, found, self.words)  # "between €18 million and €22 million"
        found = served_measures(text, result_measures(text, found, self.words), self.words)
        found = moved_quantities(text, recipient_measures(text, found, self.words), self.words)
        found = bounded_extremes(text, found, self.words)  # "faces a maximum of 12 years"
        doc_values.put(doc, "figures", attach(doc, found, self.words))
        return doc


def _named(text: str, fig: Figure, words: FigureWords) -> Figure:
    """``fig`` with its measure named in full: the phrase that says which things are
    counted, the noun a span written as an adjective measures, a stake in a firm."""
    qualified = ranked_after(text, subject_phrase(text, qualified_measure(text, fig, words),
                                                  words), words)
    named = timed_span(text, adjective_measure(text, qualified, words), words)
    return bond_yield(changed_in(text, sampled_measure(text, staked_measure(
        text, named, words), words), words), words, text)


@Language.factory("sitrep_figures", default_config={"lang": "en"},
                  requires=["doc._.dates", "doc._.mentions", "doc._.cues", "doc._.subjects",
                            "doc._.words"],
                  assigns=["doc._.figures"])
def make_figures(nlp: Language, name: str, lang: str) -> FiguresComponent:
    """The component reading ``lang``'s words (see :mod:`sitrep.lang`)."""
    return FiguresComponent(figure_words(lang))
