"""The word lists of one language whose places the rules look up (see :mod:`.phrases`).

Why apart: the index is built with the sentences component, before the components that
read it; building it here keeps the modules that own the lists free of that order.
"""

from __future__ import annotations

from functools import cache

from ..knowledge.gazetteer import load_gazetteer
from .bodies import body_words
from .cue_places import cue_word_list
from .date_words import date_words
from .entity_words import entity_words
from .event_types import event_types
from .events import event_words
from .figure_scan import number_phrases
from .figure_words import figure_words
from .phrases import PhraseIndex
from .sales_events import sales_events
from .speech_cues import speech_cues
from .subjects import event_references


@cache
def phrase_index(lang: str) -> PhraseIndex:
    """One automaton over every list the rules of ``lang`` search a whole text for."""
    types = event_types(lang)
    figures, cues, refs = figure_words(lang), speech_cues(lang), event_references(lang)
    return PhraseIndex([number_phrases(lang), figures.change_stems,
                        tuple(types.type_of), types.sending_verbs, date_words(lang).anchors,
                        event_words(lang).verb_words, body_words(lang).mark_starts,
                        # lists whose presence in the text a rule asks for
                        figures.vague_stems, figures.vague_range_stems, figures.number_of_pieces,
                        figures.vague_openers, figures.vague_bare_openers,
                        cues.source_leads, cues.anonymous_nouns, cues.possessive_marks,
                        cues.possessive_nouns, cues.passive_phrases, refs.previous_phrases,
                        refs.nouns, sales_events(lang).name_list,
                        # the words that may end a demonym, where a capitalised one is
                        load_gazetteer().plain_demonym_words,
                        # the first words of the bodies written in lower case
                        entity_words(lang).lowercase_org_starts, types.harm_words,
                        cue_word_list(cues.cue_words)])
